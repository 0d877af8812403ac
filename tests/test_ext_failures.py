"""Every failure a connect() client meets ends in the ArgusError tree (asyncio.CancelledError aside): one test per
path that used to let something else out. The faults are ones a real server will not produce on demand (a body
that does not decode, a nonstandard status, a page link without a cursor): httpx.MockTransport."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from argus_api_v2.api.incidents import create_incident, get_incident
from argus_api_v2.models import IncidentCreate

from argus_ext import (
    ArgusConnectionError,
    ArgusError,
    RequestRefusedError,
    UnexpectedResponseError,
    connect,
    paginate_incidents,
    refresh_token,
)
from argus_ext.auth import TokenAuth

pytestmark = pytest.mark.anyio
BASE = "http://argus.test"
Handler = Callable[[httpx.Request], httpx.Response]


def mocked(handler: Handler, **options: Any) -> Any:
    return connect(BASE, retry=None, httpx_args={"transport": httpx.MockTransport(handler)}, **options)


def recording(sent: list[httpx.Request], status: int) -> Handler:
    """A handler that keeps every request it is sent, answering each with `status`."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status)

    return answer


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refresh_answer_that_does_not_decode_is_a_connection_error(mode: str) -> None:
    # Used to escape as httpx.DecodingError: the renewal requests caught only TransportError.
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"not gzip", headers={"Content-Encoding": "gzip"})

    client = mocked(handler, token="t0k3n")
    with pytest.raises(ArgusConnectionError, match="DecodingError"):
        if mode == "sync":
            refresh_token(client)
        else:
            from argus_ext import arefresh_token

            await arefresh_token(client)


@pytest.mark.parametrize(
    "body",
    [
        {"token": "new", "expiry": "2030-01-01T00:00:00"},  # no time zone: could not be compared with the clock
        {"token": "new", "expiry": 12},
        ["new"],
        "new",
    ],
    ids=["naive-expiry", "number-expiry", "list", "string"],
)
def test_a_login_answer_without_a_readable_token_is_an_argus_error(body: object) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token/login/"):
            return httpx.Response(200, json=body)
        return httpx.Response(200, json={})

    client = mocked(handler, username="alice", password="secret-pw")
    with pytest.raises(ArgusError, match="without a readable token") as caught:
        client.get_httpx_client().get("/auth/user/")
    assert "secret-pw" not in str(caught.value)


def test_a_page_link_without_a_cursor_is_an_argus_error() -> None:
    page: dict[str, object] = {"next": f"{BASE}/api/v2/incidents/?page_size=1", "previous": None, "results": []}
    client = mocked(lambda request: httpx.Response(200, json=page), token="t0k3n")
    with pytest.raises(ArgusError, match="page link without a cursor"):
        list(paginate_incidents(client))


def test_a_bad_page_size_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    client = mocked(recording(sent, 200), token="t0k3n")
    with pytest.raises(RequestRefusedError, match=r"^page_size: expected a whole number >= 1; got 0$"):
        paginate_incidents(client, page_size=0)
    assert sent == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1", "url is not a valid URL"),  # httpx.InvalidURL used to escape
        ("http://argus\x00.test", "url is not a valid URL"),
        ("http://127.0.0.1:99999", "outside 1-65535"),  # async: an ExceptionGroup from the socket layer
    ],
)
def test_a_url_httpx_cannot_use_is_a_value_error_naming_it(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        connect(url, token="t0k3n")
    assert repr(url) in str(caught.value)


def test_a_ca_bundle_that_cannot_be_read_is_a_value_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.pem"
    with pytest.raises(ValueError, match=r"^verify: cannot read CA certificates from '.*missing\.pem'"):
        connect(BASE, token="t0k3n", verify=missing)
    empty = tmp_path / "empty.pem"
    empty.write_text("not a certificate\n")
    with pytest.raises(ValueError, match=r"^verify: cannot read CA certificates from '.*empty\.pem'"):
        connect(BASE, token="t0k3n", verify=empty)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_nonstandard_success_status_is_an_unexpected_response(mode: str) -> None:
    # Used to escape from the *_detailed functions as ValueError("299 is not a valid HTTPStatus").
    client = mocked(lambda request: httpx.Response(299, json={}), token="t0k3n")
    with pytest.raises(UnexpectedResponseError, match=r"^299 .* a status this operation does not document"):
        if mode == "sync":
            get_incident.sync_detailed(incident_pk=1, client=client)
        else:
            await get_incident.asyncio_detailed(incident_pk=1, client=client)


def test_a_body_json_cannot_hold_is_refused_before_sending() -> None:
    # A datetime in free-form metadata: json.dumps raised TypeError from inside httpx. (NaN: httpx 0.28 refuses it
    # the same way; httpx 0.26, the lowest supported, sends it and the server answers 400.)
    sent: list[httpx.Request] = []
    client = mocked(recording(sent, 201), token="t0k3n")
    metadata = {"seen": dt.datetime(2024, 5, 1, tzinfo=dt.UTC)}
    body = IncidentCreate.from_dict({"start_time": "2024-05-01T12:00:00Z", "tags": [], "metadata": metadata})
    with pytest.raises(
        RequestRefusedError, match=r"^POST /incidents/: cannot be sent as given \(TypeError: .*datetime"
    ):
        create_incident.sync(client=client, body=body)
    assert sent == []


def test_token_auth_refuses_knox_on_api_v1() -> None:
    with pytest.raises(ValueError, match="API v1 logs in with 'token-auth' only"):
        TokenAuth("http://argus.test/api/v1", username="alice", password="pw", login="knox")
    assert TokenAuth("http://argus.test/api/v1", username="alice", password="pw").login == "token-auth"
    assert TokenAuth("http://argus.test/api/v2", username="alice", password="pw").login == "knox"

"""argus_ext.errors: what the real Argus 2.10.2 answers, turned into typed errors by build_http_clients.

Each server test runs through the sync and the async client. The unit tests at the end cover the body shapes
and the safety rules (no token in any message or repr) without a server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from argus_ext.auth import TokenAuth
from argus_ext.errors import (
    ApiVersionUnavailableError,
    ArgusAPIError,
    ArgusError,
    BadRequestError,
    ForbiddenError,
    MethodNotAllowedError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
    error_from_response,
    flatten_field_errors,
)
from argus_ext.http import build_http_clients
from argus_local import ArgusServer, Identities

pytestmark = pytest.mark.anyio


class Caller:
    """One call shape for both clients: `await caller.call(method, path, ...)`."""

    def __init__(self, mode: str, api_url: str, token: str) -> None:
        self.mode = mode
        self.sync, self.async_ = build_http_clients(api_url, auth=TokenAuth(api_url, token))

    async def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if self.mode == "sync":
            return self.sync.request(method, path, **kwargs)
        return await self.async_.request(method, path, **kwargs)

    async def aclose(self) -> None:
        self.sync.close()
        await self.async_.aclose()


@pytest.fixture(params=["sync", "async"])
async def source(request: pytest.FixtureRequest, v2_server: ArgusServer, v2_ids: Identities) -> AsyncIterator[Caller]:
    caller = Caller(request.param, v2_server.api_url, v2_ids.source.token)
    yield caller
    await caller.aclose()


@pytest.fixture
async def user(source: Caller, v2_server: ArgusServer, v2_ids: Identities) -> AsyncIterator[Caller]:
    """The plain end user, same mode as `source`."""
    caller = Caller(source.mode, v2_server.api_url, v2_ids.user.token)
    yield caller
    await caller.aclose()


INCIDENT = {"description": "errors test", "start_time": "2024-05-01T12:00:00Z", "tags": [{"tag": "host=a"}]}


async def test_invalid_level_is_bad_request_naming_the_field(source: Caller, v2_server: ArgusServer) -> None:
    with pytest.raises(BadRequestError) as caught:
        await source.call("POST", "/incidents/", json={**INCIDENT, "level": 9})
    error = caught.value
    assert error.status_code == 400
    assert error.method == "POST"
    assert error.url == f"{v2_server.api_url}/incidents/"
    assert error.field_errors == {"level": ['"9" is not a valid choice.']}
    assert error.body == {"level": ['"9" is not a valid choice.']}
    assert str(error) == (
        f'400 Bad Request for POST {v2_server.api_url}/incidents/: level: ""9" is not a valid choice."'
    )


async def test_nested_tag_error_is_flattened(source: Caller) -> None:
    with pytest.raises(BadRequestError) as caught:
        await source.call("POST", "/incidents/", json={**INCIDENT, "tags": [{"tag": "no-delimiter"}]})
    assert caught.value.body == {"tags": {"0": {"tag": "The tag does not have its delimiter: =."}}}
    assert caught.value.field_errors == {"tags.0.tag": ["The tag does not have its delimiter: =."]}
    assert 'tags.0.tag: "The tag does not have its delimiter: =."' in str(caught.value)


async def test_read_only_field_string_error(source: Caller) -> None:
    pk = (await source.call("POST", "/incidents/", json=INCIDENT)).json()["pk"]
    with pytest.raises(BadRequestError) as caught:
        await source.call("PATCH", f"/incidents/{pk}/", json={"end_time": "2024-05-01T13:00:00Z"})
    assert caught.value.body == {"end_time": "The field is not allowed to be changed."}
    assert caught.value.field_errors == {"end_time": ["The field is not allowed to be changed."]}


async def test_end_user_creating_an_incident_gets_a_bare_list(user: Caller) -> None:
    with pytest.raises(BadRequestError) as caught:
        await user.call("POST", "/incidents/", json=INCIDENT)
    assert caught.value.body == ["The requesting user must have a connected source system."]
    assert caught.value.field_errors == {
        "non_field_errors": ["The requesting user must have a connected source system."]
    }
    assert str(caught.value).endswith(': "The requesting user must have a connected source system."')


async def test_wrong_token_is_unauthorized(source: Caller, v2_server: ArgusServer) -> None:
    wrong = Caller(source.mode, v2_server.api_url, "0123456789abcdef0123456789abcdef01234567")
    try:
        with pytest.raises(UnauthorizedError) as caught:
            await wrong.call("GET", "/auth/user/")
    finally:
        await wrong.aclose()
    error = caught.value
    assert (error.status_code, error.method, error.url) == (401, "GET", f"{v2_server.api_url}/auth/user/")
    assert error.body == {"detail": "Invalid token."}
    assert error.field_errors == {}
    assert str(error) == f"401 Unauthorized for GET {v2_server.api_url}/auth/user/: Invalid token."
    assert error.response is not None and error.response.status_code == 401
    for text in (str(error), repr(error)):
        assert "0123456789abcdef" not in text


async def test_missing_incident_is_not_found(source: Caller) -> None:
    with pytest.raises(NotFoundError) as caught:
        await source.call("GET", "/incidents/999999/")
    assert caught.value.body == {"detail": "No Incident matches the given query."}
    assert str(caught.value).endswith("/incidents/999999/: No Incident matches the given query.")


async def test_unknown_url_html_404_is_short_and_readable(source: Caller, v2_server: ArgusServer) -> None:
    with pytest.raises(NotFoundError) as caught:
        await source.call("GET", f"{v2_server.url}/api/v2/no-such-thing/")
    error = caught.value
    assert error.response is not None and error.response.headers["content-type"].startswith("text/html")
    assert error.body == "404 - Page Not Found"
    assert str(error) == f"404 Not Found for GET {v2_server.url}/api/v2/no-such-thing/: 404 - Page Not Found"


async def test_server_bug_html_500_is_server_error(source: Caller) -> None:
    # Argus answers an event for a missing incident with its HTML 500 page (a server bug).
    with pytest.raises(ServerError) as caught:
        await source.call("POST", "/incidents/999999/events/", json={"type": "CLO", "timestamp": "2024-05-01T12:00Z"})
    assert caught.value.status_code == 500
    assert caught.value.body == "500 - Internal Server Error"
    assert caught.value.attempts == 1  # a POST is never replayed
    assert "<" not in str(caught.value)


async def test_deleting_an_incident_is_method_not_allowed(source: Caller) -> None:
    pk = (await source.call("POST", "/incidents/", json=INCIDENT)).json()["pk"]
    with pytest.raises(MethodNotAllowedError) as caught:
        await source.call("DELETE", f"/incidents/{pk}/")
    assert caught.value.status_code == 405
    assert "INDELIBLE_INCIDENTS" in str(caught.value)


async def test_end_user_changing_a_source_system_is_forbidden(user: Caller, v2_ids: Identities) -> None:
    with pytest.raises(ForbiddenError) as caught:
        await user.call("PUT", f"/incidents/sources/{v2_ids.source.source_pk}/", json={})
    assert caught.value.status_code == 403
    assert caught.value.body == {"detail": "You do not have permission to perform this action."}


async def test_other_4xx_is_plain_api_error(source: Caller) -> None:
    # DRF answers a body it cannot parse with 415.
    with pytest.raises(ArgusAPIError) as caught:
        await source.call("POST", "/incidents/", content=b"x", headers={"Content-Type": "text/plain"})
    assert type(caught.value) is ArgusAPIError
    assert caught.value.status_code == 415
    assert caught.value.field_errors == {}
    assert 'Unsupported media type "text/plain" in request.' in str(caught.value)
    assert isinstance(caught.value, ArgusError)


async def test_a_removed_api_version_is_its_own_error(source: Caller, v2_server: ArgusServer) -> None:
    # 2.10.2 answers every API v1 URL with 410 Gone.
    with pytest.raises(ApiVersionUnavailableError) as caught:
        await source.call("GET", f"{v2_server.url}/api/v1/incidents/")
    assert caught.value.status_code == 410 and isinstance(caught.value, ArgusAPIError)
    assert "API v1 has been removed" in str(caught.value)


# -- units ---------------------------------------------------------------------------------------


def _response(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    url: str = "https://alice:pw@argus.example.org/api/v2/incidents/",
) -> httpx.Response:
    request = httpx.Request("POST", url, headers={"Authorization": "Token s3cr3t-t0ken"}, json={"password": "pw"})
    if text is not None:
        response = httpx.Response(status, text=text, headers=headers, request=request)
    else:
        response = httpx.Response(status, json=body, headers=headers, request=request)
    response.read()
    return response


def test_flatten_field_errors_shapes() -> None:
    assert flatten_field_errors({"level": ["too high"], "description": ["required", "too long"]}) == {
        "level": ["too high"],
        "description": ["required", "too long"],
    }
    assert flatten_field_errors({"non_field_errors": ["bad"]}) == {"non_field_errors": ["bad"]}
    assert flatten_field_errors({"tags": {"0": {"tag": ["no ="]}, "2": {"tag": "no = either"}}}) == {
        "tags.0.tag": ["no ="],
        "tags.2.tag": ["no = either"],
    }
    assert flatten_field_errors({"tags": [{}, {"tag": ["no ="]}]}) == {"tags.1.tag": ["no ="]}
    assert flatten_field_errors(["a", "b"]) == {"non_field_errors": ["a", "b"]}
    assert flatten_field_errors("just text") == {"non_field_errors": ["just text"]}
    assert flatten_field_errors({"end_time": "not allowed"}) == {"end_time": ["not allowed"]}
    assert flatten_field_errors({"ack": {"expiration": [{"code": 1}]}}) == {"ack.expiration.0.code": ["1"]}
    assert flatten_field_errors({}) == {} and flatten_field_errors([]) == {} and flatten_field_errors(None) == {}


def test_status_classes() -> None:
    expected = {
        400: BadRequestError,
        401: UnauthorizedError,
        403: ForbiddenError,
        404: NotFoundError,
        405: MethodNotAllowedError,
        418: ArgusAPIError,
        429: RateLimitedError,
        500: ServerError,
        503: ServerError,
    }
    for status, cls in expected.items():
        assert type(error_from_response(_response(status, {"detail": "x"}))) is cls


def test_field_errors_only_for_400() -> None:
    assert error_from_response(_response(410, {"status_code": 410, "status": "gone"})).field_errors == {}
    assert error_from_response(_response(400, {"detail": "JSON parse error"})).field_errors == {}
    assert str(error_from_response(_response(400, {"detail": "JSON parse error"}))).endswith(": JSON parse error")


def test_rate_limited_retry_after() -> None:
    error = error_from_response(_response(429, {"detail": "slow"}, headers={"Retry-After": "12"}))
    assert isinstance(error, RateLimitedError) and error.retry_after == 12.0
    without = error_from_response(_response(429, {}))
    assert isinstance(without, RateLimitedError) and without.retry_after is None


def test_secrets_never_in_message_or_repr() -> None:
    for status in (400, 401, 403, 404, 429, 500):
        error = error_from_response(_response(status, {"detail": "nope"}))
        for text in (str(error), repr(error), repr(error.args)):
            assert "s3cr3t" not in text
            assert "Token" not in text
            assert "alice:pw" not in text and ":pw@" not in text
            assert "password" not in text
        assert error.url == "https://argus.example.org/api/v2/incidents/"


def test_html_page_becomes_a_short_line() -> None:
    debug_page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>\n  OperationalError\n  at /api/v2/incidents/\n"
        "</title><style>body{}</style></head><body>" + "<p>traceback line</p>" * 5000 + "</body></html>"
    )
    error = error_from_response(_response(500, text=debug_page, headers={"Content-Type": "text/html"}))
    assert error.body == "OperationalError at /api/v2/incidents/"
    assert len(str(error)) < 200
    no_title = _response(
        502, text="<html><body><h1>Bad &amp; Gateway</h1></body></html>", headers={"Content-Type": "text/html"}
    )
    assert error_from_response(no_title).body == "Bad & Gateway"
    bare = _response(502, text="<html><body>" + "word " * 500 + "</body></html>", headers={"Content-Type": "text/html"})
    assert len(error_from_response(bare).body) <= 200


def test_text_and_broken_json_bodies() -> None:
    plain = error_from_response(_response(503, text="upstream  down\n", headers={"Content-Type": "text/plain"}))
    assert plain.body == "upstream  down\n" and str(plain).endswith(": upstream down")
    broken = error_from_response(_response(500, text="{not json", headers={"Content-Type": "application/json"}))
    assert broken.body == "{not json"
    empty = error_from_response(_response(502, text=""))
    assert str(empty) == "502 Bad Gateway for POST https://argus.example.org/api/v2/incidents/"
    long = error_from_response(_response(400, {"description": ["x" * 1000]}))
    assert len(str(long)) < 400 and str(long).endswith("...")

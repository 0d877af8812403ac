"""argus_ext.connect: a generated client with auth, retries and typed errors, on a real argus-server 2.10.2."""

from __future__ import annotations

import datetime as dt
import http.server
import re
import ssl
import subprocess
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from argus_api_v2 import Client
from argus_api_v2.api.auth import get_current_user
from argus_api_v2.api.incidents import create_incident, delete_incident, get_incident
from argus_api_v2.api.metadata import get_api_metadata
from argus_api_v2.models import CurrentUser, Incident, IncidentCreate, TagValue

from argus_ext import (
    ArgusConnectionError,
    BadRequestError,
    ConnectedClient,
    MethodNotAllowedError,
    NotFoundError,
    ServerError,
    TokenAuth,
    TokenInfo,
    UnauthorizedError,
    api_root_of,
    arefresh_token,
    connect,
    refresh_token,
    token_auth,
)
from argus_local import ArgusServer, Identities

pytestmark = pytest.mark.anyio
START = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize("suffix", ["", "/", "/api/v2", "/api/v2/"])
def test_connect_accepts_the_server_or_its_api_root(v2_server: ArgusServer, v2_ids: Identities, suffix: str) -> None:
    client = connect(v2_server.url + suffix, token=v2_ids.user.token)
    me = get_current_user.sync(client=client)
    assert isinstance(me, CurrentUser)
    assert me.username == v2_ids.user.username


async def test_connect_works_async_too(v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)
    me = await get_current_user.asyncio(client=client)
    assert isinstance(me, CurrentUser) and me.username == v2_ids.user.username
    meta = await get_api_metadata.asyncio(client=client)
    assert meta is not None and meta.server_version == "2.10.2"


def test_defaults_set_timeouts(v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)
    sync_http = client.get_httpx_client()
    assert sync_http.timeout == httpx.Timeout(30.0, connect=10.0)
    assert client.get_async_httpx_client().timeout == sync_http.timeout
    assert isinstance(token_auth(client), TokenAuth)


@pytest.fixture(scope="module")
def self_signed_https(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A loopback HTTPS server whose certificate no CA signed (made with the openssl command): URL, cert file."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", cert
    server.shutdown()
    server.server_close()


def test_tls_is_verified_by_default(self_signed_https: tuple[str, Path]) -> None:
    client = connect(self_signed_https[0], token="abc", retry=None)
    with pytest.raises(ArgusConnectionError) as caught:
        get_api_metadata.sync(client=client)
    assert "CERTIFICATE_VERIFY_FAILED" in repr(caught.value.__cause__)


@pytest.mark.parametrize("as_path", [False, True], ids=["str", "Path"])
def test_verify_takes_a_ca_bundle_path_without_httpx_deprecation(
    self_signed_https: tuple[str, Path], as_path: bool
) -> None:
    url, cert = self_signed_https
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # httpx 0.28 deprecates verify=<path>
        client = connect(url, token="abc", retry=None, verify=cert if as_path else str(cert))
        # The handshake succeeds; this bare test server answers every GET with 501.
        with pytest.raises(ServerError, match=r"^501"):
            get_api_metadata.sync(client=client)


def test_username_and_password_log_in_on_first_use(v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    client = connect(v2_server.url, username=v2_ids.user.username, password=v2_ids.user.password, on_token=saved.append)
    me = get_current_user.sync(client=client)
    assert isinstance(me, CurrentUser) and me.username == v2_ids.user.username
    assert len(saved) == 1 and saved[0].token != v2_ids.user.token
    assert saved[0].expiry is not None  # v2 logs in with knox: a token of its own, valid 10 hours
    assert accepted(v2_server, v2_ids.user.token)  # the user's own token survives the login


def test_two_clients_logged_in_as_one_user_both_keep_working(v2_server: ArgusServer, v2_ids: Identities) -> None:
    """Two replicas sharing a service account: each login makes its own token and logs nobody out."""
    logins: list[str] = []

    def count_logins(request: httpx.Request) -> None:
        if request.url.path.endswith(("/token-auth/", "/auth/token/login/")):
            logins.append(request.url.path)

    def replica() -> tuple[ConnectedClient, list[TokenInfo]]:
        tokens: list[TokenInfo] = []
        client = connect(
            v2_server.url,
            username=v2_ids.user.username,
            password=v2_ids.user.password,
            on_token=tokens.append,
            httpx_args={"event_hooks": {"request": [count_logins]}},
        )
        return client, tokens

    (first, first_tokens), (second, second_tokens) = replica(), replica()
    with first, second:
        assert get_current_user.sync(client=first).username == v2_ids.user.username
        assert get_current_user.sync(client=second).username == v2_ids.user.username  # logs in after the first
        for _ in range(2):
            assert get_current_user.sync(client=first).username == v2_ids.user.username
            assert get_current_user.sync(client=second).username == v2_ids.user.username
    assert logins == ["/api/v2/auth/token/login/"] * 2  # one login each, no re-login after a 401
    assert len(first_tokens) == len(second_tokens) == 1 and first_tokens[0].token != second_tokens[0].token
    assert accepted(v2_server, first_tokens[0].token) and accepted(v2_server, second_tokens[0].token)
    assert accepted(v2_server, v2_ids.user.token)


def test_token_auth_login_on_v2_is_there_when_asked_for(v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    client = connect(
        v2_server.url,
        username=v2_ids.user.username,
        password=v2_ids.user.password,
        login="token-auth",
        on_token=saved.append,
    )
    assert get_current_user.sync(client=client).username == v2_ids.user.username
    assert len(saved) == 1 and saved[0].expiry is None
    assert not accepted(v2_server, v2_ids.user.token)  # token-auth replaced the user's one token


def test_knox_on_api_v1_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(ValueError, match=r"^login='knox': API v1 logs in with 'token-auth' only \(knox tokens need"):
        connect("https://argus.example.org", api="v1", username="alice", password="secret", login="knox")
    with pytest.raises(ValueError, match=r"^login='kerberos': API v2 logs in with 'knox' or 'token-auth' only$"):
        connect("https://argus.example.org", username="alice", password="secret", login="kerberos")  # type: ignore[call-overload]


def accepted(server: ArgusServer, token: str) -> bool:
    """What the server says of a token, asked with plain httpx."""
    answer = httpx.get(f"{server.api_url}/auth/user/", headers={"Authorization": f"Token {token}"})
    assert answer.status_code in (200, 401), answer.text
    return answer.status_code == 200


async def test_generated_calls_raise_typed_errors(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    with pytest.raises(BadRequestError) as bad:
        create_incident.sync(client=source, body=IncidentCreate(start_time=START, tags=[], level=9))
    assert bad.value.status_code == 400 and bad.value.method == "POST"
    assert bad.value.url == f"{v2_server.api_url}/incidents/"
    assert bad.value.field_errors == {"level": ['"9" is not a valid choice.']}
    assert "level" in str(bad.value)

    with pytest.raises(BadRequestError) as bad_tag:
        await create_incident.asyncio(client=source, body=IncidentCreate(start_time=START, tags=[TagValue("x")]))
    assert bad_tag.value.field_errors == {"tags.0.tag": ["The tag does not have its delimiter: =."]}

    wrong = connect(v2_server.url, token="0" * 40)
    with pytest.raises(UnauthorizedError) as unauthorized:
        await get_incident.asyncio(client=wrong, incident_pk=1)
    assert unauthorized.value.body == {"detail": "Invalid token."}
    assert "0" * 40 not in str(unauthorized.value) + repr(unauthorized.value)

    user = connect(v2_server.url, token=v2_ids.user.token)
    with pytest.raises(NotFoundError) as missing:
        get_incident.sync(client=user, incident_pk=987654321)
    assert missing.value.body == {"detail": "No Incident matches the given query."}
    made = create_incident.sync(client=source, body=IncidentCreate(start_time=START, tags=[]))
    assert isinstance(made, Incident)
    with pytest.raises(MethodNotAllowedError) as refused:
        await delete_incident.asyncio(client=user, incident_pk=made.pk)
    assert refused.value.status_code == 405 and refused.value.method == "DELETE"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("argus.example.org", "url must be an http(s) URL"),
        ("ftp://argus.example.org", "url must be an http(s) URL"),
        ("https://argus.example.org/api/v1", "points at API v1, this client is for API v2"),
        ("https://argus.example.org/?x=1", "must not have a query"),
    ],
)
def test_bad_urls_are_refused_before_anything_is_sent(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)) as caught:
        connect(url, token="abc")
    assert repr(url) in str(caught.value)


@pytest.mark.parametrize("token", ["Token abc123", "Bearer abc123", "abc123\n", "   "])
def test_bad_tokens_are_refused_without_repeating_them(token: str) -> None:
    with pytest.raises(ValueError) as caught:
        connect("https://argus.example.org", token=token)
    assert "abc123" not in str(caught.value)


def test_api_root_of() -> None:
    assert api_root_of("https://argus.example.org") == "https://argus.example.org/api/v2"
    assert api_root_of("http://127.0.0.1:8000/sub/api/v2/") == "http://127.0.0.1:8000/sub/api/v2"


def test_the_token_stays_out_of_reprs(v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(
        v2_server.url, token=v2_ids.user.token, username=v2_ids.user.username, password=v2_ids.user.password
    )
    shown = repr(client) + repr(token_auth(client)) + repr(client.get_httpx_client().headers)
    assert v2_ids.user.token not in shown
    assert v2_ids.user.password not in shown
    assert isinstance(client, Client)


async def test_refresh_on_demand_keeps_the_client_working(v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[str] = []
    client = connect(v2_server.url, token=v2_ids.user.token, on_token=lambda info: saved.append(info.token))
    first = refresh_token(client)
    assert saved == [first.token] and first.token != v2_ids.user.token
    # A blocking probe on purpose: it must not share anything with the client under test.
    old_refused = httpx.get(f"{v2_server.api_url}/auth/user/", headers=v2_ids.user.headers)  # noqa: ASYNC210
    assert old_refused.status_code == 401
    me = get_current_user.sync(client=client)
    assert isinstance(me, CurrentUser) and me.username == v2_ids.user.username
    second = await arefresh_token(client)
    assert saved == [first.token, second.token] and second.token != first.token
    me_async = await get_current_user.asyncio(client=client)
    assert isinstance(me_async, CurrentUser)

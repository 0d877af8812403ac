"""argus_ext.auth.TokenAuth against real Argus servers: login, refresh, re-login on 401, concurrency, secrecy.

Requests are counted with httpx event hooks, which see every request the client sends (the auth flow's login
and refresh requests included); plain httpx checks what the server thinks of old and new tokens.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from argus_ext.auth import TokenAuth, TokenInfo
from argus_ext.errors import ArgusError, BadRequestError, ForbiddenError, UnauthorizedError
from argus_ext.http import ArgusAsyncHTTPClient, ArgusHTTPClient, build_http_clients
from argus_local import ArgusServer, Identities

pytestmark = pytest.mark.anyio


class Seen:
    """Every request the clients send, as (method, path, Authorization header)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str | None]] = []
        self._lock = threading.Lock()

    def hook(self, request: httpx.Request) -> None:
        with self._lock:
            self.requests.append((request.method, request.url.path, request.headers.get("Authorization")))

    async def ahook(self, request: httpx.Request) -> None:
        self.hook(request)

    @property
    def calls(self) -> list[tuple[str, str]]:
        return [(method, path) for method, path, _ in self.requests]

    def count(self, path_end: str) -> int:
        return sum(1 for _, path, _ in self.requests if path.endswith(path_end))


class Api:
    """The sync and async clients over one TokenAuth, called the same way in either mode."""

    def __init__(self, mode: str, api_url: str, auth: TokenAuth) -> None:
        self.mode = mode
        self.auth = auth
        self.seen = Seen()
        self.sync, self.async_ = build_http_clients(
            api_url, auth=auth, httpx_args={"event_hooks": {"request": [self.seen.hook, self.seen.ahook]}}
        )

    async def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if self.mode == "sync":
            return self.sync.request(method, path, **kwargs)
        return await self.async_.request(method, path, **kwargs)

    async def refresh(self) -> TokenInfo:
        return self.auth.refresh(self.sync) if self.mode == "sync" else await self.auth.arefresh(self.async_)

    async def aclose(self) -> None:
        self.sync.close()
        await self.async_.aclose()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_api(mode: str, v2_server: ArgusServer) -> AsyncIterator[Any]:
    made: list[Api] = []

    def make(**auth_kwargs: Any) -> Api:
        api = Api(mode, v2_server.api_url, TokenAuth(v2_server.api_url, **auth_kwargs))
        made.append(api)
        return api

    yield make
    for api in made:
        await api.aclose()


def server_accepts(server: ArgusServer, token: str) -> bool:
    """What the server itself says about a token, asked with plain httpx."""
    response = httpx.get(f"{server.api_url}/auth/user/", headers={"Authorization": f"Token {token}"})
    assert response.status_code in (200, 401), response.text
    return response.status_code == 200


def knox_login(server: ArgusServer, ids: Identities) -> str:
    """A knox token of the end user, got with plain httpx."""
    credentials = {"username": ids.user.username, "password": ids.user.password}
    response = httpx.post(f"{server.api_url}/auth/token/login/", json=credentials)
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


def revoke(server: ArgusServer, token: str) -> None:
    """Rotate the account's token behind the client's back: `token` is refused from now on."""
    response = httpx.post(f"{server.api_url}/auth/refresh-token/", headers={"Authorization": f"Token {token}"})
    assert response.status_code == 200, response.text
    assert not server_accepts(server, token)


USER = "/api/v2/auth/user/"
TOKEN_AUTH = "/api/v2/token-auth/"
REFRESH = "/api/v2/auth/refresh-token/"
KNOX = "/api/v2/auth/token/login/"


async def test_sends_token_scheme(make_api: Any, v2_ids: Identities) -> None:
    api = make_api(token=v2_ids.user.token)
    response = await api.call("GET", "/auth/user/")
    assert response.json()["username"] == v2_ids.user.username
    assert api.seen.requests == [("GET", USER, f"Token {v2_ids.user.token}")]


async def test_refresh_on_demand(make_api: Any, v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    old = v2_ids.user.token
    api = make_api(token=old, on_token=saved.append)
    api.auth.request_refresh()
    assert api.seen.calls == []  # nothing happens until the next request

    response = await api.call("GET", "/auth/user/")
    assert response.json()["username"] == v2_ids.user.username
    assert api.seen.calls == [("POST", REFRESH), ("GET", USER)]
    assert len(saved) == 1 and saved[0].token != old and saved[0].expiry is None
    assert api.auth.token_info == saved[0]
    assert not server_accepts(v2_server, old)  # the old token is refused at once
    assert server_accepts(v2_server, saved[0].token)

    await api.call("GET", "/incidents/")  # and the client keeps working, without refreshing again
    assert api.seen.calls[2:] == [("GET", "/api/v2/incidents/")]
    assert api.seen.requests[2][2] == f"Token {saved[0].token}"
    assert len(saved) == 1


async def test_refresh_now(make_api: Any, v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    api = make_api(token=v2_ids.user.token, on_token=saved.append)
    info = await api.refresh()
    assert saved == [info] and info.token != v2_ids.user.token
    assert not server_accepts(v2_server, v2_ids.user.token)
    assert (await api.call("GET", "/auth/user/")).json()["username"] == v2_ids.user.username


async def test_refresh_of_a_revoked_token_without_password_fails(
    make_api: Any, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    revoke(v2_server, v2_ids.user.token)
    api = make_api(token=v2_ids.user.token)
    with pytest.raises(UnauthorizedError) as caught:
        await api.refresh()
    assert caught.value.url.endswith(REFRESH)
    assert v2_ids.user.token not in repr(caught.value) + str(caught.value)


async def test_refresh_of_a_revoked_token_logs_in_with_password(
    make_api: Any, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    revoke(v2_server, v2_ids.user.token)
    saved: list[TokenInfo] = []
    api = make_api(
        token=v2_ids.user.token, username=v2_ids.user.username, password=v2_ids.user.password, on_token=saved.append
    )
    api.auth.request_refresh()
    assert (await api.call("GET", "/auth/user/")).status_code == 200
    assert api.seen.calls == [("POST", REFRESH), ("POST", KNOX), ("GET", USER)]  # v2 logs in with knox by default
    assert len(saved) == 1 and server_accepts(v2_server, saved[0].token)


async def test_knox_login_and_refresh(make_api: Any, v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    api = make_api(username=v2_ids.user.username, password=v2_ids.user.password, login="knox", on_token=saved.append)
    response = await api.call("GET", "/auth/user/")
    assert response.json()["username"] == v2_ids.user.username
    assert api.seen.calls == [("POST", KNOX), ("GET", USER)]
    assert api.seen.requests[0][2] is None  # the login sends the password in its JSON body, no token
    assert len(saved) == 1
    first = saved[0]
    assert first.expiry is not None
    assert timedelta(hours=9, minutes=59) < first.expiry - datetime.now(UTC) <= timedelta(hours=10)
    assert api.seen.requests[1][2] == f"Token {first.token}"
    assert server_accepts(v2_server, first.token)
    assert server_accepts(v2_server, v2_ids.user.token)  # knox tokens live beside the account's DRF token

    # A knox token is refreshed by logging in with it: a new knox token and expiry, no password sent.
    api.auth.request_refresh()
    await api.call("GET", "/auth/user/")
    assert api.seen.calls[2:] == [("POST", KNOX), ("GET", USER)]
    assert api.seen.requests[2][2] == f"Token {first.token}"
    assert len(saved) == 2 and saved[1].token != first.token
    assert saved[1].expiry is not None and saved[1].expiry >= first.expiry


@pytest.mark.parametrize(
    ("login", "endpoint", "kept"),
    [(None, KNOX, True), ("token-auth", TOKEN_AUTH, False)],
    ids=["default-knox", "token-auth"],
)
async def test_past_expiry_logs_in_before_the_request(
    make_api: Any, v2_server: ArgusServer, v2_ids: Identities, login: str | None, endpoint: str, kept: bool
) -> None:
    saved: list[TokenInfo] = []
    api = make_api(
        token=v2_ids.user.token,
        expiry=datetime.now(UTC) - timedelta(hours=1),
        username=v2_ids.user.username,
        password=v2_ids.user.password,
        login=login,
        on_token=saved.append,
    )
    assert (await api.call("GET", "/auth/user/")).status_code == 200
    assert api.seen.calls == [("POST", endpoint), ("GET", USER)]  # no 401 first: renewed ahead
    assert len(saved) == 1 and (saved[0].expiry is not None) == kept  # a knox token is valid 10 h
    # knox logs in beside the user's other tokens; token-auth (asked for) replaces the user's one token
    assert server_accepts(v2_server, v2_ids.user.token) == kept


async def test_near_expiry_refreshes_before_the_request(
    make_api: Any, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    saved: list[TokenInfo] = []
    knox_token = knox_login(v2_server, v2_ids)
    api = make_api(
        token=knox_token,
        expiry=datetime.now(UTC) + timedelta(seconds=30),  # a token with an expiry is a knox token
        refresh_margin=60,
        on_token=saved.append,
    )
    assert (await api.call("GET", "/auth/user/")).status_code == 200
    assert api.seen.calls == [("POST", KNOX), ("GET", USER)]  # refreshed the knox way: logging in with it
    assert api.seen.requests[0][2] == f"Token {knox_token}"
    assert len(saved) == 1 and saved[0].expiry is not None
    assert server_accepts(v2_server, saved[0].token) and server_accepts(v2_server, knox_token)

    far = make_api(token=saved[0].token, expiry=datetime.now(UTC) + timedelta(hours=1), refresh_margin=60)
    await far.call("GET", "/auth/user/")
    assert far.seen.calls == [("GET", USER)]  # far from expiry: nothing to do


async def test_revoked_token_with_password_logs_in_once_and_replays(
    make_api: Any, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    revoke(v2_server, v2_ids.source.token)
    saved: list[TokenInfo] = []
    api = make_api(
        token=v2_ids.source.token,
        username=v2_ids.source.username,
        password=v2_ids.source.password,
        on_token=saved.append,
    )
    body = {"description": "replayed after 401", "start_time": "2024-05-01T12:00:00Z", "tags": [{"tag": "a=b"}]}
    response = await api.call("POST", "/incidents/", json=body)
    assert response.status_code == 201
    assert response.json()["description"] == "replayed after 401"
    assert api.seen.calls == [("POST", "/api/v2/incidents/"), ("POST", KNOX), ("POST", "/api/v2/incidents/")]
    assert [r.status_code for r in response.history] == [401, 200]
    assert len(saved) == 1

    mine = await api.call("GET", "/incidents/", params={"source__id__in": str(v2_ids.source.source_pk)})
    assert [i["description"] for i in mine.json()["results"]] == ["replayed after 401"]  # created exactly once


async def test_wrong_password_and_wrong_token_give_up_after_one_login(make_api: Any, v2_ids: Identities) -> None:
    api = make_api(token="0" * 40, username=v2_ids.user.username, password="not-the-password-42", login="token-auth")
    with pytest.raises(BadRequestError) as caught:  # token-auth answers 400 for bad credentials
        await api.call("GET", "/auth/user/")
    assert caught.value.field_errors == {"non_field_errors": ["Unable to log in with provided credentials."]}
    assert api.seen.calls == [("GET", USER), ("POST", TOKEN_AUTH)]
    for text in (str(caught.value), repr(caught.value), repr(api.auth)):
        assert "not-the-password-42" not in text and "0" * 40 not in text

    knox = make_api(username=v2_ids.user.username, password="not-the-password-42", login="knox")
    with pytest.raises(ForbiddenError) as knox_caught:  # knox answers 403
        await knox.call("GET", "/auth/user/")
    assert "Unable to log in with provided credentials" in str(knox_caught.value)
    assert "not-the-password-42" not in str(knox_caught.value)


async def test_wrong_token_without_password_is_unauthorized(make_api: Any) -> None:
    api = make_api(token="0" * 40)
    with pytest.raises(UnauthorizedError):
        await api.call("GET", "/auth/user/")
    assert api.seen.calls == [("GET", USER)]


def _racing_auth(start: str, ids: Identities, api_url: str, saved: list[TokenInfo]) -> TokenAuth:
    """A TokenAuth with a password whose token the server refuses ("revoked") or that expired an hour ago."""
    token, expiry = ("0" * 40, None) if start == "revoked" else (ids.user.token, datetime.now(UTC) - timedelta(hours=1))
    return TokenAuth(
        api_url, token, expiry=expiry, username=ids.user.username, password=ids.user.password, on_token=saved.append
    )


@pytest.mark.parametrize("start", ["revoked", "expired"])
def test_concurrent_threads_log_in_once(start: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    seen = Seen()
    auth = _racing_auth(start, v2_ids, v2_server.api_url, saved)
    client = ArgusHTTPClient(base_url=v2_server.api_url, auth=auth, event_hooks={"request": [seen.hook]})
    barrier = threading.Barrier(8)
    results: list[Any] = []

    def work() -> None:
        barrier.wait()  # all eight start together
        try:
            results.append(client.get("/auth/user/").json()["username"])
        except Exception as exc:  # noqa: BLE001 - collected and checked below
            results.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    client.close()
    assert results == [v2_ids.user.username] * 8
    assert len(saved) == 1, saved
    assert seen.count(KNOX) == 1


@pytest.mark.parametrize("start", ["revoked", "expired"])
async def test_concurrent_tasks_log_in_once(start: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    seen = Seen()
    auth = _racing_auth(start, v2_ids, v2_server.api_url, saved)
    async with ArgusAsyncHTTPClient(
        base_url=v2_server.api_url, auth=auth, event_hooks={"request": [seen.ahook]}
    ) as client:
        responses = await asyncio.gather(*(client.get("/auth/user/") for _ in range(8)))
    assert [r.json()["username"] for r in responses] == [v2_ids.user.username] * 8
    assert len(saved) == 1, saved
    assert seen.count(KNOX) == 1


def test_threads_and_tasks_sharing_one_auth_log_in_once(v2_server: ArgusServer, v2_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    auth = TokenAuth(
        v2_server.api_url, "0" * 40, username=v2_ids.user.username, password=v2_ids.user.password, on_token=saved.append
    )
    sync_client, async_client = build_http_clients(v2_server.api_url, auth=auth)
    barrier = threading.Barrier(5)  # 4 sync threads and the thread running the event loop
    results: list[Any] = []

    def sync_work() -> None:
        barrier.wait()
        results.append(sync_client.get("/auth/user/").status_code)

    async def async_work() -> None:
        barrier.wait()
        async with async_client:
            responses = await asyncio.gather(*(async_client.get("/auth/user/") for _ in range(4)))
        results.extend(r.status_code for r in responses)

    threads = [threading.Thread(target=sync_work) for _ in range(4)]
    threads.append(threading.Thread(target=asyncio.run, args=(async_work(),)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    sync_client.close()
    assert results == [200] * 8
    assert len(saved) == 1


@pytest.mark.v1
def test_v1_login_with_password(v1_server: ArgusServer, v1_ids: Identities) -> None:
    saved: list[TokenInfo] = []
    auth = TokenAuth(
        v1_server.api_url, username=v1_ids.user.username, password=v1_ids.user.password, on_token=saved.append
    )
    assert auth.can_refresh is False  # v1 has no refresh endpoint: renewing means logging in
    seen = Seen()
    sync_client, _ = build_http_clients(
        v1_server.api_url, auth=auth, httpx_args={"event_hooks": {"request": [seen.hook]}}
    )
    with sync_client:
        assert sync_client.get("/auth/user/").json()["username"] == v1_ids.user.username
        auth.request_refresh()
        assert sync_client.get("/auth/user/").status_code == 200
    assert seen.calls == [("POST", "/api/v1/token-auth/"), ("GET", "/api/v1/auth/user/")] * 2
    assert len(saved) == 2 and saved[0].token != saved[1].token
    old = httpx.get(f"{v1_server.api_url}/auth/user/", headers={"Authorization": f"Token {saved[0].token}"})
    assert old.status_code == 401  # v1 token-auth rotates the token too


async def test_secrets_stay_out_of_reprs_and_logs(
    make_api: Any, v2_server: ArgusServer, v2_ids: Identities, caplog: pytest.LogCaptureFixture
) -> None:
    revoke(v2_server, v2_ids.user.token)
    saved: list[TokenInfo] = []
    with caplog.at_level(logging.DEBUG):
        api = make_api(
            token=v2_ids.user.token,
            username=v2_ids.user.username,
            password=v2_ids.user.password,
            login="token-auth",
            on_token=saved.append,
        )
        await api.call("GET", "/auth/user/")  # 401, login, replay
        await api.refresh()
        knox = make_api(
            username=v2_ids.user.username, password=v2_ids.user.password, login="knox", on_token=saved.append
        )
        await knox.call("GET", "/auth/user/")
    assert len(saved) == 3
    assert "argus token renewed by login" in caplog.text  # the renewals are logged...
    secrets = [v2_ids.user.token, v2_ids.user.password, *(info.token for info in saved)]
    texts = [caplog.text, repr(api.auth), str(api.auth), repr(knox.auth), *(repr(info) for info in saved)]
    for secret in secrets:
        for text in texts:
            assert secret not in text  # ...without any token or password
    assert repr(api.auth) == (
        f"TokenAuth(api_root='{v2_server.api_url}', login='token-auth', username='{v2_ids.user.username}', "
        "token=<hidden>)"
    )
    assert repr(saved[2]).startswith("TokenInfo(token=<hidden>, expiry=datetime.datetime(")


# -- units (no server) ---------------------------------------------------------------------------


def test_token_only_sent_to_the_api_origin() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("Authorization")))
        return httpx.Response(200)

    auth = TokenAuth("http://argus.test/api/v2", "tok")
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client:
        client.get("http://argus.test/api/v2/incidents/?cursor=x")
        client.get("http://elsewhere.test/api/v2/incidents/")
        client.get("https://argus.test/api/v2/incidents/")
        client.get("http://argus.test:8080/api/v2/incidents/")
    assert [auth for _, auth in seen] == ["Token tok", None, None, None]


def test_constructor_and_request_refresh_checks() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        TokenAuth("http://argus.test/api/v2", "tok", expiry=datetime(2030, 1, 1))
    with pytest.raises(ValueError, match="both username and password"):
        TokenAuth("http://argus.test/api/v2", username="alice")
    with pytest.raises(ValueError, match="absolute"):
        TokenAuth("/api/v2", "tok")
    with pytest.raises(ArgusError, match="cannot renew"):
        TokenAuth("http://argus.test/api/v1", "tok").request_refresh()  # v1: no refresh endpoint, no password
    assert TokenAuth("http://argus.test/api/v2", "tok").can_refresh is True
    assert repr(TokenInfo("tok", None)) == "TokenInfo(token=<hidden>, expiry=None)"

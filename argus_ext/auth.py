"""`TokenAuth`: the `Authorization: Token <key>` header, with login, refresh and one re-login on 401.

Argus takes `Token <key>` (never `Bearer`) for both its kinds of tokens:

- "knox" (v2 only; the default there): `POST {api_root}/auth/token/login/` with JSON `{username, password}` (the
  server does not take HTTP Basic there: it answers 403) answers `{"expiry", "token"}`, valid 10 hours. The same
  URL with an empty body and a valid token answers a new token and expiry: that is how a knox token is refreshed
  (`/auth/refresh-token/` would hand back a token of the other kind). Every login makes a token of its own: the
  user's other tokens (knox or not) stay valid, so clients sharing an account never log each other out.
- "token-auth" (v1 and v2; the only login of v1): `POST {api_root}/token-auth/` with JSON `{username, password}`
  answers `{"token"}`. `POST {api_root}/auth/refresh-token/` (v2 only) with the current token answers
  `{"token"}`. Both replace the user's one token: the old one is refused at once, by every client using it.
  The server marks token-auth deprecated on v2.

Renewal happens before a request (no token yet, a refresh was asked for, or the known expiry is near) and after a
401 (log in again once, when a password is known, and replay the request). Requests and tasks that run into it
together wait for one renewal and reuse its token: a generation counter says whether the token a request was
sent with is still the current one.

Sync and async share one flow (`_flow`), a generator of steps (send this request, enter or leave the renewal
lock); two small drivers run it with a `threading.Lock` or an `asyncio.Lock`, as the httpx docs advise for auth
that needs I/O locks (override `sync_auth_flow` and `async_auth_flow`).
"""

from __future__ import annotations

import enum
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

import httpx

if TYPE_CHECKING:
    import asyncio  # imported at run time only inside event loops, where it is loaded already: `import argus_ext`
    # stays ~50 ms lighter for sync users

from .errors import ArgusError, error_from_response, error_from_transport, safe_url

logger = logging.getLogger("argus_ext")

LoginMode = Literal["token-auth", "knox"]

# Argus's two kinds of tokens differ in length: DRF's are 40 hex digits, knox's 64 (its token key length).
KNOX_TOKEN_LENGTH = 64


def token_kind_by_length(token: str) -> LoginMode:
    """The kind of an Argus token, known from its length (knox: 64 characters; DRF: 40)."""
    return "knox" if len(token) == KNOX_TOKEN_LENGTH else "token-auth"


# An async task waiting for a sync thread's renewal polls at this pace instead of blocking the event loop.
_THREAD_LOCK_POLL = 0.005


@dataclass(frozen=True)
class TokenInfo:
    """A token and, when the server said, when it expires. The repr never shows the token."""

    token: str = field(repr=False)
    expiry: datetime | None = None

    def __repr__(self) -> str:
        return f"TokenInfo(token=<hidden>, expiry={self.expiry!r})"


class _Renewal(enum.Enum):
    LOGIN = "login"
    REFRESH = "refresh"


class _Acquire:
    """Step: enter the renewal critical section."""


class _Release:
    """Step: leave it."""


@dataclass(frozen=True)
class _Send:
    """Step: send this request; the driver sends back the response."""

    request: httpx.Request
    # Renewal answers are read (the token is in them); the caller's own answer is left alone (it may be streamed).
    read_body: bool


_ACQUIRE = _Acquire()
_RELEASE = _Release()
_Step = _Send | _Acquire | _Release
_Flow = Generator[_Step, httpx.Response | None, None]


class TokenAuth(httpx.Auth):
    """httpx auth for Argus; one instance can serve a sync and an async client at the same time.

    `api_root` is e.g. "https://argus.example.org/api/v2". The token is only sent to that scheme, host and port
    (an absolute URL elsewhere gets no token). `on_token` is called with every new token (e.g. to save it).
    `can_refresh`: whether the server has a token refresh endpoint; by default yes, except for an ".../api/v1"
    root (v1 has none: there the token is renewed by logging in). `login`: "knox" or "token-auth"; by default
    knox, except for an ".../api/v1" root, which has token-auth only (knox is refused there).
    """

    # Read the request body up front so a request refused with 401 can be sent again.
    requires_request_body = True

    def __init__(
        self,
        api_root: str,
        token: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        expiry: datetime | None = None,
        refresh_margin: timedelta | float = 60.0,
        on_token: Callable[[TokenInfo], None] | None = None,
        login: LoginMode | None = None,
        can_refresh: bool | None = None,
    ) -> None:
        v1 = api_root.rstrip("/").endswith("/api/v1")
        if login is None:
            login = "token-auth" if v1 else "knox"
        if login not in ("token-auth", "knox"):
            raise ValueError(f"login must be 'token-auth' or 'knox', not {login!r}")
        if login == "knox" and v1:
            raise ValueError("login='knox': API v1 logs in with 'token-auth' only (knox tokens need API v2)")
        if expiry is not None and expiry.tzinfo is None:
            raise ValueError("expiry must be timezone-aware (e.g. datetime.now(UTC) + ...)")
        if (username is None) != (password is None):
            raise ValueError("give both username and password, or neither")
        self.api_root = api_root.rstrip("/")
        self._root = httpx.URL(self.api_root)
        if not self._root.is_absolute_url:
            raise ValueError(f"api_root must be an absolute URL, not {api_root!r}")
        self.username = username
        self._password = password
        self.login = login
        self.refresh_margin = (
            refresh_margin if isinstance(refresh_margin, timedelta) else timedelta(seconds=refresh_margin)
        )
        self.can_refresh = can_refresh if can_refresh is not None else not v1
        self._on_token = on_token
        # (token, generation), replaced as one tuple so readers without the lock never see half an update.
        self._state: tuple[TokenInfo | None, int] = (TokenInfo(token, expiry) if token else None, 0)
        # The kind of the token held, which decides how it is refreshed (each kind has its own endpoint). A token
        # given here: knox if it has an expiry (knox tokens expire, DRF tokens never do) or a knox token's length,
        # else a DRF token (the kind the admin pages and `drf_create_token` hand out). Changed under the lock, with
        # the token.
        given_knox = expiry is not None or (token is not None and token_kind_by_length(token) == "knox")
        self._token_kind: LoginMode = "knox" if given_knox and not v1 else "token-auth"
        self._refresh_requested = False
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._async_locks_guard = threading.Lock()

    def __repr__(self) -> str:
        token = "<hidden>" if self._state[0] is not None else None
        return f"TokenAuth(api_root={self.api_root!r}, login={self.login!r}, username={self.username!r}, token={token})"

    # -- public ------------------------------------------------------------------------------
    @property
    def token_info(self) -> TokenInfo | None:
        """The token in use now (None before the first login)."""
        return self._state[0]

    def request_refresh(self) -> None:
        """Renew the token before the next request (refresh endpoint, or login when there is none)."""
        self._forced_renewal()  # fail now, not at the next request, when renewal is impossible
        self._refresh_requested = True

    def refresh(self, http_client: httpx.Client) -> TokenInfo:
        """Renew the token now, sending through `http_client` (its transport, TLS and proxy settings)."""
        driver = self._drive_sync(self._renew_now())
        try:
            request = next(driver)
            while True:
                request = driver.send(_send_unauthenticated(http_client, request))
        except StopIteration:
            pass
        finally:
            driver.close()
        return self._current()

    async def arefresh(self, http_client: httpx.AsyncClient) -> TokenInfo:
        """`refresh` for an async client."""
        driver = self._drive_async(self._renew_now())
        try:
            request = await driver.__anext__()
            while True:
                request = await driver.asend(await _asend_unauthenticated(http_client, request))
        except StopAsyncIteration:
            pass
        finally:
            await driver.aclose()
        return self._current()

    # -- httpx entry points ------------------------------------------------------------------
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        yield from self._drive_sync(self._flow(request))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        driver = self._drive_async(self._flow(request))
        try:
            outgoing = await driver.__anext__()
            while True:
                outgoing = await driver.asend((yield outgoing))
        except StopAsyncIteration:
            return
        finally:
            await driver.aclose()

    # -- the one flow ------------------------------------------------------------------------
    def _flow(self, request: httpx.Request) -> _Flow:
        if not self._applies_to(request.url):
            yield _Send(request, read_body=False)
            return
        if self._renewal_due(self._state[0]) is not None:
            yield _ACQUIRE
            action = self._renewal_due(self._state[0])  # again: the caller before us may have renewed it
            if action is not None:
                yield from self._renew(action)
            yield _RELEASE
        info, generation = self._state
        self._apply(request, info)
        response = yield _Send(request, read_body=False)
        assert response is not None  # noqa: S101 - for mypy: the driver answers every _Send
        if response.status_code != 401:
            return
        if self._state[1] == generation and not self._can_login:
            return  # no password and nobody has a newer token: the 401 is the answer
        yield _ACQUIRE
        if self._state[1] == generation:  # still the token the server refused: log in (once)
            yield from self._renew(_Renewal.LOGIN)
        yield _RELEASE
        self._apply(request, self._state[0])
        yield _Send(request, read_body=False)  # replayed once; whatever it answers is final

    def _renew_now(self) -> _Flow:
        yield _ACQUIRE
        yield from self._renew(self._forced_renewal())
        yield _RELEASE

    def _renew(self, action: _Renewal) -> _Flow:
        """Get a new token (caller holds the lock); raise the API error if the server refuses."""
        info, generation = self._state
        response: httpx.Response | None = None
        if action is _Renewal.REFRESH and info is not None:
            response = yield _Send(self._refresh_request(info), read_body=True)
            assert response is not None  # noqa: S101 - for mypy: the driver answers every _Send
            if response.status_code == 401 and self._can_login:
                action = _Renewal.LOGIN  # the token is dead already: only the password gets a new one
        if action is _Renewal.LOGIN or response is None:
            action = _Renewal.LOGIN
            response = yield _Send(self._login_request(), read_body=True)
            assert response is not None  # noqa: S101 - for mypy: the driver answers every _Send
        if response.status_code != 200:
            raise error_from_response(response)
        new = _token_from(response)
        if action is _Renewal.LOGIN:
            self._token_kind = self.login  # a refresh keeps the kind it refreshed
        self._state = (new, generation + 1)
        self._refresh_requested = False
        logger.debug(
            "argus token renewed by %s (%s) for %s, generation %d",
            action.value,
            self.login,
            self.username or "the token's user",
            generation + 1,
        )
        if self._on_token is not None:
            self._on_token(new)

    def _renewal_due(self, info: TokenInfo | None) -> _Renewal | None:
        if self._refresh_requested:
            return self._forced_renewal()
        if info is None:
            return _Renewal.LOGIN if self._can_login else None
        if info.expiry is not None:
            now = datetime.now(UTC)
            if now >= info.expiry - self.refresh_margin:
                if self._can_login:
                    return _Renewal.LOGIN
                if self.can_refresh and now < info.expiry:
                    return _Renewal.REFRESH  # still valid: trade it for a fresh one while we can
        return None

    def _forced_renewal(self) -> _Renewal:
        if self._state[0] is not None and self.can_refresh:
            return _Renewal.REFRESH
        if self._can_login:
            return _Renewal.LOGIN
        raise ArgusError("cannot renew the token: no refresh endpoint or no token, and no username/password")

    # -- requests ----------------------------------------------------------------------------
    @property
    def _can_login(self) -> bool:
        return self.username is not None and self._password is not None

    def _login_request(self) -> httpx.Request:
        path = "/token-auth/" if self.login == "token-auth" else "/auth/token/login/"
        credentials = {"username": self.username, "password": self._password}
        return httpx.Request("POST", self.api_root + path, json=credentials, headers={"Accept": "application/json"})

    def _refresh_request(self, info: TokenInfo) -> httpx.Request:
        path = "/auth/refresh-token/" if self._token_kind == "token-auth" else "/auth/token/login/"  # noqa: S105 - a kind of token, not one
        headers = {"Accept": "application/json", "Authorization": f"Token {info.token}"}
        return httpx.Request("POST", self.api_root + path, headers=headers)

    def _apply(self, request: httpx.Request, info: TokenInfo | None) -> None:
        if info is not None:
            request.headers["Authorization"] = f"Token {info.token}"

    def _applies_to(self, url: httpx.URL) -> bool:
        root = self._root
        return (url.scheme, url.host, url.port) == (root.scheme, root.host, root.port)

    def _current(self) -> TokenInfo:
        info = self._state[0]
        assert info is not None  # noqa: S101 - for mypy: a renewal just succeeded
        return info

    # -- drivers -----------------------------------------------------------------------------
    def _drive_sync(self, flow: _Flow) -> Generator[httpx.Request, httpx.Response, None]:
        held = False
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if isinstance(step, _Acquire):
                    self._lock.acquire()
                    held = True
                elif isinstance(step, _Release):
                    self._lock.release()
                    held = False
                else:
                    reply = yield step.request
                    if step.read_body:
                        reply.read()
                step = flow.send(reply)
        except StopIteration:
            return
        finally:
            if held:
                self._lock.release()
            flow.close()

    async def _drive_async(self, flow: _Flow) -> AsyncGenerator[httpx.Request, httpx.Response]:
        held: asyncio.Lock | None = None
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if isinstance(step, _Acquire):
                    held = await self._acquire_async()
                elif isinstance(step, _Release):
                    assert held is not None  # noqa: S101 - for mypy: a _Release follows its _Acquire
                    self._release_async(held)
                    held = None
                else:
                    reply = yield step.request
                    if step.read_body:
                        await reply.aread()
                step = flow.send(reply)
        except StopIteration:
            return
        finally:
            if held is not None:
                self._release_async(held)
            flow.close()

    async def _acquire_async(self) -> asyncio.Lock:
        import asyncio  # loaded already: this runs in an event loop

        # Tasks of this loop queue on the asyncio lock; the thread lock then keeps out sync threads (and other
        # loops) sharing this TokenAuth. It is polled, never blocked on, so the event loop keeps running.
        lock = self._async_lock()
        await lock.acquire()
        try:
            while not self._lock.acquire(blocking=False):  # noqa: ASYNC110 - a thread lock: no Event to await
                await asyncio.sleep(_THREAD_LOCK_POLL)
        except BaseException:
            lock.release()
            raise
        return lock

    def _release_async(self, lock: asyncio.Lock) -> None:
        self._lock.release()
        lock.release()

    def _async_lock(self) -> asyncio.Lock:
        # An asyncio.Lock belongs to one event loop: make one per running loop, when first needed.
        import asyncio  # loaded already: this runs in an event loop (see the import at the top)

        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock


def _token_from(response: httpx.Response) -> TokenInfo:
    # Never quote this body in an error: on success it holds the token.
    try:
        body = response.json()
        token = body["token"]
        expiry = datetime.fromisoformat(body["expiry"]) if body.get("expiry") else None
        if expiry is not None and expiry.tzinfo is None:
            raise ValueError("an expiry without a time zone")  # it could not be compared with the clock
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ArgusError(
            f"{response.request.method} {safe_url(response.request.url)} answered {response.status_code} "
            "without a readable token"
        ) from exc
    if not isinstance(token, str) or not token:
        raise ArgusError(f"{response.request.method} {safe_url(response.request.url)} answered an empty token")
    return TokenInfo(token, expiry)


def _send_unauthenticated(client: httpx.Client, request: httpx.Request) -> httpx.Response:
    # httpx.Client.send itself, not a subclass's override that raises on >= 400: the renewal flow reads the
    # status (a refused refresh falls back to login). auth=None: the request carries its own header.
    # RequestError, not only TransportError: a body that does not decode and too many redirects are failures too.
    try:
        return httpx.Client.send(client, request, auth=None)
    except httpx.RequestError as exc:
        raise error_from_transport(exc, request) from exc


async def _asend_unauthenticated(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    try:
        return await httpx.AsyncClient.send(client, request, auth=None)
    except httpx.RequestError as exc:
        raise error_from_transport(exc, request) from exc

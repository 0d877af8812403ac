"""`connect()`: the one way to get a ready generated client, with auth, retries and typed errors wired in.

    client = connect("https://argus.example.org", token="...")
    incident = get_incident.sync(incident_pk=7, client=client)      # any generated endpoint, sync or async

`connect` returns a `ConnectedClient`, a subclass of the generated `Client` that builds its httpx clients from
one `HTTPSettings` (http.py): `send()` raises `ArgusError` subclasses, `TokenAuth` sends and renews the token,
`RetryTransport` retries what is safe to repeat. What the generated `Client` would otherwise do on its own is
overridden so that no path leaves that wiring:
- `with_headers` / `with_cookies` / `with_timeout` return a ConnectedClient with the same token and wiring;
- `get_async_httpx_client()` gives each event loop its own httpx.AsyncClient (connections belong to one
  loop: a second `asyncio.run(...)` with the same client works);
- `unexpected_response()` (called by the generated functions for an undocumented status or an undecodable
  body) returns an `UnexpectedResponseError`;
- `set_httpx_client` / `set_async_httpx_client` are refused (they would drop the wiring): use `httpx_args`.
The generated package is never patched.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, NoReturn

import httpx
from argus_api_v2 import Client

from .auth import LoginMode, TokenAuth, TokenInfo
from .errors import error_from_unexpected
from .http import DEFAULT_RETRY, DEFAULT_TIMEOUT, ArgusAsyncHTTPClient, HTTPSettings
from .retries import RetryPolicy

API_PATH = "/api/v2"


class ConnectedClient(Client):
    """The generated `argus_api_v2.Client`, wired by `connect()` (see this module's docstring)."""

    # The generated Client is a slotted attrs class: our state goes into slots of our own.
    __slots__ = ("_loop_clients", "_loop_lock", "_settings")

    def __init__(self, settings: HTTPSettings) -> None:
        timeout = settings.timeout
        super().__init__(
            base_url=settings.base_url,
            timeout=timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout),
            verify_ssl=settings.verify,
            # The *_detailed functions raise for a status the spec does not document, instead of parsed=None.
            raise_on_unexpected_status=True,
        )
        self._settings = settings
        self._loop_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, ArgusAsyncHTTPClient] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_lock = threading.Lock()
        self._client = settings.sync_client()

    def __repr__(self) -> str:
        return f"ConnectedClient({self._settings.base_url!r}, auth={self._settings.auth!r})"

    @property
    def settings(self) -> HTTPSettings:
        """What this client's httpx clients are built from (the auth is shared with derived clients)."""
        return self._settings

    def get_httpx_client(self) -> httpx.Client:
        assert self._client is not None  # made in __init__; no method sets it back to None
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the running event loop, made on first use in that loop.

        Outside a running loop (to inspect it, say) one more client is kept for that case.
        """
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            if self._async_client is None:
                self._async_client = self._settings.async_client()
            return self._async_client
        with self._loop_lock:
            client = self._loop_clients.get(loop)
            if client is None or client.is_closed:
                client = self._loop_clients[loop] = self._settings.async_client()
            return client

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        _refuse_replacing(client)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        _refuse_replacing(async_client)

    def with_headers(self, headers: dict[str, str]) -> ConnectedClient:
        """A new client like this one (same token, retries, errors), sending these headers too."""
        return ConnectedClient(self._settings.updated(headers=headers))

    def with_cookies(self, cookies: dict[str, str]) -> ConnectedClient:
        """A new client like this one (same token, retries, errors), sending these cookies too."""
        return ConnectedClient(self._settings.updated(cookies=cookies))

    def with_timeout(self, timeout: httpx.Timeout) -> ConnectedClient:
        """A new client like this one (same token, retries, errors), with this timeout."""
        return ConnectedClient(replace(self._settings, timeout=timeout))

    def unexpected_response(self, response: httpx.Response, error: Exception | None = None) -> Exception:
        return error_from_unexpected(response, error)


def _refuse_replacing(client: object) -> NoReturn:
    raise TypeError(
        f"a connect() client builds its own httpx clients (token, retries, typed errors); got {type(client).__name__}:"
        " pass your transport, proxy, headers, event hooks, ... as connect(..., httpx_args={...}) instead"
    )


def connect(
    url: str,
    *,
    token: str | None = None,
    username: str | None = None,
    password: str | None = None,
    login: LoginMode = "token-auth",
    expiry: datetime | None = None,
    refresh_margin: timedelta | float = 60.0,
    on_token: Callable[[TokenInfo], None] | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
    httpx_args: Mapping[str, Any] | None = None,
) -> ConnectedClient:
    """A generated `argus_api_v2.Client` for the Argus server at `url`, ready for every endpoint, sync and async.

    `url`: the server ("https://argus.example.org") or its API v2 root (".../api/v2").
    Credentials: a `token`, or `username` and `password` (then the client logs in on first use and again once
    after a 401), or both. `login="knox"` logs in for an expiring knox token instead; `expiry` is a known expiry
    of `token` (the client renews `refresh_margin` before it). `on_token(info)` is called with every new token,
    so you can save it. No credentials at all: only the unauthenticated operations (metadata, logins) work.
    Defaults: TLS verified, 30 s timeout (10 s to connect), `RetryPolicy()` (2 retries of safe requests).
    `verify`: True (the system's CAs via httpx), False, an `ssl.SSLContext`, or the path of a CA bundle file.
    """
    api_root = api_root_of(url)
    if token is not None:
        _check_token(token)
    auth = None
    if token is not None or username is not None or password is not None:
        auth = TokenAuth(
            api_root,
            token,
            username=username,
            password=password,
            login=login,
            expiry=expiry,
            refresh_margin=refresh_margin,
            on_token=on_token,
        )
    if isinstance(verify, (str, os.PathLike)):
        # A CA bundle path becomes the SSLContext httpx wants (httpx 0.28 deprecates verify=<path>).
        verify = ssl.create_default_context(cafile=os.fspath(verify))
    return ConnectedClient(HTTPSettings(api_root, auth, timeout, retry, verify, dict(httpx_args or {})))


def token_auth(client: Client) -> TokenAuth:
    """The `TokenAuth` of a client made by `connect`: to refresh on demand or read the current token's expiry."""
    auth = client.get_httpx_client().auth
    if not isinstance(auth, TokenAuth):
        raise TypeError("this client has no TokenAuth: make it with argus_ext.connect(..., token=... or username=...)")
    return auth


def api_root_of(url: str) -> str:
    """The API v2 root for a server URL: "https://argus.example.org" (or ".../api/v2/") -> ".../api/v2"."""
    parsed = httpx.URL(url) if isinstance(url, str) else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(
            f"url must be an http(s) URL of the Argus server, such as https://argus.example.org; got {url!r}"
        )
    if parsed.query or parsed.fragment:
        raise ValueError(f"url must not have a query or fragment; got {url!r}")
    path = parsed.path.rstrip("/")
    if path.endswith(("/api/v1", "/api/v3")):
        raise ValueError(f"url points at {path.rsplit('/', 1)[1]}, this client speaks API v2; got {url!r}")
    if not path.endswith(API_PATH):
        path += API_PATH
    return str(parsed.copy_with(path=path))


def _check_token(token: str) -> None:
    # The token is a secret: the messages describe it without repeating it.
    if not isinstance(token, str) or not token.strip():
        raise ValueError("token must be a non-empty string")
    if token.split(" ", 1)[0].lower() in ("token", "bearer"):
        raise ValueError('token must be the key alone, without a "Token "/"Bearer " prefix: the client adds "Token "')
    if any(ch.isspace() for ch in token):
        raise ValueError("token must not contain white space (copied with a newline?)")


def refresh_token(client: Client) -> TokenInfo:
    """Renew the token of a `connect` client now (v2 refresh endpoint, or login) and keep using the new one.

    Use this, not the generated `refresh_token` operation: that one would replace the token on the server behind
    the client's back, and its next request would be refused.
    """
    return token_auth(client).refresh(client.get_httpx_client())


async def arefresh_token(client: Client) -> TokenInfo:
    """Async `refresh_token`."""
    return await token_auth(client).arefresh(client.get_async_httpx_client())

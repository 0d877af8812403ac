"""The clients `connect()` returns: the generated `Client` of each API version, wired once and kept wired.

A `ConnectedClient` (API v2) or `ConnectedV1Client` (API v1) builds its httpx clients from one `HTTPSettings`
(http.py): `send()` raises `ArgusError` subclasses, `TokenAuth` sends and renews the token, `RetryTransport`
retries what is safe to repeat. What the generated `Client` would otherwise do on its own is overridden so that
no path leaves that wiring:
- `with_headers` / `with_cookies` / `with_timeout` return a client of the same kind with the same token, over the
  same connection pool (`SharedTransports`, http.py: no new transport or TLS context per derived client);
- `get_async_httpx_client()` gives each event loop its own httpx.AsyncClient (connections belong to one
  loop: a second `asyncio.run(...)` with the same client works; a loop's connections close when it ends);
- `close()` / `aclose()` / `with` / `async with` on the client `connect()` returned close every connection it and
  its derived clients made, each event loop's included;
- `unexpected_response()` (called by the generated functions for an undocumented status or an undecodable
  body) returns an `UnexpectedResponseError`;
- `set_httpx_client` / `set_async_httpx_client` are refused (they would drop the wiring): use `httpx_args`.
The behaviour is written once (`_Connected`); the two classes only name their generated base. ConnectedV1Client
is in connected_v1.py, loaded only when asked for, so that a v2 user never loads argus_api_v1.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, NoReturn, Self

import argus_api_v2
import httpx

from .errors import error_from_unexpected
from .http import ArgusAsyncHTTPClient, HTTPSettings, SharedTransports, _running_loop

if TYPE_CHECKING:
    import asyncio


class _Connected:
    """What both versions' connected clients do (first base, so it overrides the generated Client's methods)."""

    # Declared by the generated Client (the second base), which stores them.
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None

    def __init__(self, settings: HTTPSettings, shared: SharedTransports | None = None) -> None:
        """`shared`: the transports of the client this one is derived from (None: this one makes and owns them)."""
        timeout = settings.timeout
        # The generated Client's __init__ (the next class in the MRO; a plain class, no longer attrs).
        super().__init__(  # type: ignore[call-arg]
            base_url=settings.base_url,
            timeout=timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout),
            verify_ssl=settings.verify,
            # The *_detailed functions raise for a status the spec does not document, instead of parsed=None.
            raise_on_unexpected_status=True,
        )
        self._settings = settings
        self._owns_transports = shared is None
        self._shared = SharedTransports(settings) if shared is None else shared
        self._loop_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, ArgusAsyncHTTPClient] = (
            weakref.WeakKeyDictionary()
        )
        self._loop_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings.base_url!r}, auth={self._settings.auth!r})"

    @property
    def settings(self) -> HTTPSettings:
        """What this client's httpx clients are built from (the auth is shared with derived clients)."""
        return self._settings

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client, made on first use (async-only users never build the sync pool)."""
        with self._loop_lock:
            if self._client is None:
                self._client = self._settings.sync_client(self._shared)
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the running event loop, made on first use in that loop.

        Outside a running loop (to inspect it, say) one more client is kept for that case.
        """
        loop = _running_loop()
        with self._loop_lock:
            if loop is None:
                if self._async_client is None:
                    self._async_client = self._settings.async_client(self._shared)
                return self._async_client
            client = self._loop_clients.get(loop)
            if client is None or client.is_closed:
                client = self._loop_clients[loop] = self._settings.async_client(self._shared)
            return client

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        _refuse_replacing(client)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        _refuse_replacing(async_client)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one (same token, retries, errors, connections), sending these headers too."""
        return type(self)(self._settings.updated(headers=headers), self._shared)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one (same token, retries, errors, connections), sending these cookies too."""
        return type(self)(self._settings.updated(cookies=cookies), self._shared)

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one (same token, retries, errors, connections), with this timeout."""
        return type(self)(replace(self._settings, timeout=timeout), self._shared)

    def close(self) -> None:
        """Close the connections. On the client `connect()` returned: every connection it and the clients derived
        from it made, sync and each event loop's (in async code prefer `aclose()`); the clients cannot be used
        after. On a derived client: only that client (the connections are its origin's)."""
        if self._owns_transports:
            self._shared.close()
        with self._loop_lock:
            sync = self._client
        if sync is not None:
            sync.close()

    async def aclose(self) -> None:
        """`close()`, awaiting the running event loop's connections."""
        if self._owns_transports:
            await self._shared.aclose()
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def unexpected_response(self, response: httpx.Response, error: Exception | None = None) -> Exception:
        return error_from_unexpected(response, error)


class ConnectedClient(_Connected, argus_api_v2.Client):
    """The generated `argus_api_v2.Client`, wired by `connect()`: use it with every `argus_api_v2.api` function."""


def _refuse_replacing(client: object) -> NoReturn:
    raise TypeError(
        f"a connect() client builds its own httpx clients (token, retries, typed errors); got {type(client).__name__}:"
        " pass your transport, proxy, headers, event hooks, ... as connect(..., httpx_args={...}) instead"
    )

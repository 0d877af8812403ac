"""The clients `connect()` returns: the generated `Client` of each API version, wired once and kept wired.

A `ConnectedClient` (API v2) or `ConnectedV1Client` (API v1) builds its httpx clients from one `HTTPSettings`
(http.py): `send()` raises `ArgusError` subclasses, `TokenAuth` sends and renews the token, `RetryTransport`
retries what is safe to repeat. What the generated `Client` would otherwise do on its own is overridden so that
no path leaves that wiring:
- `with_headers` / `with_cookies` / `with_timeout` return a client of the same kind with the same token;
- `get_async_httpx_client()` gives each event loop its own httpx.AsyncClient (connections belong to one
  loop: a second `asyncio.run(...)` with the same client works);
- `unexpected_response()` (called by the generated functions for an undocumented status or an undecodable
  body) returns an `UnexpectedResponseError`;
- `set_httpx_client` / `set_async_httpx_client` are refused (they would drop the wiring): use `httpx_args`.
The behaviour is written once (`_Connected`); the two classes only name their generated base.
"""

from __future__ import annotations

import sys
import threading
import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, NoReturn, Self

import argus_api_v1
import argus_api_v2
import httpx

from .errors import error_from_unexpected
from .http import ArgusAsyncHTTPClient, HTTPSettings

if TYPE_CHECKING:
    import asyncio


class _Connected:
    """What both versions' connected clients do (first base, so it overrides the generated Client's methods)."""

    # Declared by the generated Client (the second base), which stores them.
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None

    def __init__(self, settings: HTTPSettings) -> None:
        timeout = settings.timeout
        # The generated Client's attrs __init__ (the next class in the MRO).
        super().__init__(  # type: ignore[call-arg]
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
        return f"{type(self).__name__}({self._settings.base_url!r}, auth={self._settings.auth!r})"

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
        # No asyncio loaded, no loop running (asyncio is not imported at module level: a lighter `import argus_ext`).
        asyncio = sys.modules.get("asyncio")
        try:
            if asyncio is None:
                raise RuntimeError("no running event loop")
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

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one (same token, retries, errors), sending these headers too."""
        return type(self)(self._settings.updated(headers=headers))

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one (same token, retries, errors), sending these cookies too."""
        return type(self)(self._settings.updated(cookies=cookies))

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one (same token, retries, errors), with this timeout."""
        return type(self)(replace(self._settings, timeout=timeout))

    def unexpected_response(self, response: httpx.Response, error: Exception | None = None) -> Exception:
        return error_from_unexpected(response, error)


class ConnectedClient(_Connected, argus_api_v2.Client):
    """The generated `argus_api_v2.Client`, wired by `connect()`: use it with every `argus_api_v2.api` function."""


class ConnectedV1Client(_Connected, argus_api_v1.Client):
    """The generated `argus_api_v1.Client`, wired by `connect(..., api="v1")`: for the `argus_api_v1.api`
    functions (API v1, argus-server 1.x; deprecated by the server)."""


def _refuse_replacing(client: object) -> NoReturn:
    raise TypeError(
        f"a connect() client builds its own httpx clients (token, retries, typed errors); got {type(client).__name__}:"
        " pass your transport, proxy, headers, event hooks, ... as connect(..., httpx_args={...}) instead"
    )

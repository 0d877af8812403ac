"""The httpx clients the generated code is given: error statuses raise typed errors, transport failures too.

Before sending, a request the server would misread is refused (request_checks.py: naive date-times, repeated
filter keys).

Errors are raised in `send()`, above the auth flow: `TokenAuth` still sees a 401 first and can log in again and
replay the request; only what it could not fix reaches the caller. Below auth sits `RetryTransport`:

    send() [raise ArgusAPIError / ArgusConnectionError]
      -> TokenAuth [login, refresh, one replay on 401]
        -> RetryTransport [backoff, Retry-After]
          -> httpx's HTTP transport (or the caller's)
"""

from __future__ import annotations

import http
import inspect
import ssl
import sys
import threading
import urllib.request
import weakref
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx

from .errors import ArgusAPIError, RequestRefusedError, error_from_response, error_from_transport, error_from_unexpected
from .request_checks import V2_RULES, RequestRules, check_request
from .retries import RepeatTable, RetryPolicy, RetryTransport
from .versions import V2, ApiVersion

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_RETRY = RetryPolicy()

# Client options that httpx would hand to the transport it builds itself. We build the transports (to put
# RetryTransport in front of them), so these go to ours; else httpx would drop them silently.
_TRANSPORT_OPTIONS = ("cert", "http1", "http2", "limits", "proxy", "trust_env")


class ArgusHTTPClient(httpx.Client):
    """`httpx.Client` whose `send()` (so every request) raises `ArgusAPIError` subclasses for any status but 2xx
    (a redirect too, unless `follow_redirects` is on) and `ArgusConnectionError` for every httpx request error."""

    def __init__(self, rules: RequestRules = V2_RULES, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rules = rules

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return _build_checked(super().build_request, method, url, **kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        check_request(request, self.rules)
        try:
            response = super().send(request, **kwargs)
            if _answered(response):
                return response
            try:
                response.read()  # streamed or not, the error needs its body
            finally:
                response.close()
        except httpx.RequestError as exc:
            raise error_from_transport(exc, request) from exc
        raise _error_for(response)


class ArgusAsyncHTTPClient(httpx.AsyncClient):
    """`httpx.AsyncClient` whose `send()` raises like `ArgusHTTPClient.send()`."""

    def __init__(self, rules: RequestRules = V2_RULES, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rules = rules

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return _build_checked(super().build_request, method, url, **kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        check_request(request, self.rules)
        try:
            response = await super().send(request, **kwargs)
            if _answered(response):
                return response
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.RequestError as exc:
            raise error_from_transport(exc, request) from exc
        raise _error_for(response)


def _answered(response: httpx.Response) -> bool:
    # A success whose status HTTP defines (a 299 would make the generated *_detailed functions' HTTPStatus fail).
    return response.is_success and response.status_code in _KNOWN_STATUSES


def _error_for(response: httpx.Response) -> ArgusAPIError:
    return error_from_response(response) if not response.is_success else error_from_unexpected(response)


_KNOWN_STATUSES = frozenset(status.value for status in http.HTTPStatus)


def _build_checked(
    build: Callable[..., httpx.Request], method: str, url: httpx.URL | str, **kwargs: Any
) -> httpx.Request:
    # Building the request is where httpx refuses what cannot be sent at all: a URL it cannot parse, a header
    # value outside ASCII, a body JSON cannot hold (NaN, a datetime in free-form metadata). Nothing was sent.
    try:
        return build(method, url, **kwargs)
    except (httpx.InvalidURL, UnicodeEncodeError, TypeError, ValueError) as exc:
        raise RequestRefusedError(
            f"{method.upper()} {url}: cannot be sent as given ({type(exc).__name__}: {exc})"
        ) from exc


# connect() parameters that httpx_args must not repeat: one value each, never one silently winning.
_OWN_PARAMETERS = {
    "auth": "token=/username=/password=",
    "base_url": "url",
    "timeout": "timeout=",
    "verify": "verify=",
}


@dataclass(frozen=True)
class HTTPSettings:
    """Everything the httpx clients of one `connect()` client are built from (derived clients change a copy).

    `auth` (one `TokenAuth`) is shared by every client built from these settings, so a derived client or a
    new event loop keeps the same token. `retry=None`: no retries. TLS is verified (`verify`: True, an
    `ssl.SSLContext`, or a path to CA certificates) and every call has a finite timeout unless `timeout=None`.
    `version`: the API version (its request checks and which operations are harmless to resend: versions.py).

    `httpx_args` go to both clients (headers, cookies, follow_redirects, ...), except: `event_hooks`, where
    plain functions go to the sync client and `async def` ones to the async client; `transport` becomes the
    inner transport (the one that really sends; one implementing only sync or only async is used for that kind);
    `cert`, `http1`, `http2`, `limits`, `proxy` and `trust_env` configure the inner transports. HTTP(S)_PROXY /
    NO_PROXY from the environment are honoured for `base_url`'s host, as httpx would. `mounts` are passed
    through as given: requests they match skip the retries.
    """

    base_url: str
    auth: httpx.Auth | None
    timeout: httpx.Timeout | float | None
    retry: RetryPolicy | None
    verify: ssl.SSLContext | str | bool
    httpx_args: Mapping[str, Any]
    version: ApiVersion = V2

    def __post_init__(self) -> None:
        for key, parameter in _OWN_PARAMETERS.items():
            if key in self.httpx_args:
                raise ValueError(
                    f"httpx_args[{key!r}]: connect() sets this itself; pass {parameter} to connect() instead"
                )

    def updated(self, **httpx_args: Any) -> HTTPSettings:
        """A copy with these httpx_args merged in (headers and cookies added to the existing ones)."""
        merged = dict(self.httpx_args)
        for key, value in httpx_args.items():
            if key in ("headers", "cookies"):
                merged[key] = {**dict(merged.get(key) or {}), **dict(value)}
            else:
                merged[key] = value
        return replace(self, httpx_args=merged)

    def sync_client(self, shared: SharedTransports | None = None) -> ArgusHTTPClient:
        """A sync client; over `shared`'s connection pool if given (it stays open when this client closes), else
        over transports of its own."""
        args, hooks = self._client_args()
        transport = (SharedTransports(self) if shared is None else shared).sync_transport(owned=shared is None)
        return ArgusHTTPClient(
            self.version.rules, transport=transport, event_hooks=_hooks(hooks, asynchronous=False), **args
        )

    def async_client(self, shared: SharedTransports | None = None) -> ArgusAsyncHTTPClient:
        """An async client for the running event loop (an httpx.AsyncClient's connections belong to one loop);
        over `shared`'s pool for this loop if given, else over transports of its own."""
        args, hooks = self._client_args()
        transport = (SharedTransports(self) if shared is None else shared).async_transport(owned=shared is None)
        return ArgusAsyncHTTPClient(
            self.version.rules, transport=transport, event_hooks=_hooks(hooks, asynchronous=True), **args
        )

    def _client_args(self) -> tuple[dict[str, Any], Any]:
        # (client arguments, event hooks): what each httpx client gets; the transports take the rest.
        args = {key: value for key, value in self.httpx_args.items() if key not in ("transport", *_TRANSPORT_OPTIONS)}
        hooks = args.pop("event_hooks", None)
        if "trust_env" in self.httpx_args:
            args["trust_env"] = self.httpx_args["trust_env"]  # also governs .netrc and SSL_CERT_* on the client
        return {"base_url": self.base_url, "auth": self.auth, "timeout": self.timeout, **args}, hooks


class SharedTransports:
    """The transports that really send for one `connect()` client and every client derived from it.

    One pool of connections (and one TLS context) for sync calls, and one per event loop for async calls (an
    asyncio connection belongs to its loop), each behind `RetryTransport`. Clients borrow them (`_Borrowed`:
    closing a client leaves the pool open); `close()` / `aclose()` close them all. An event loop's pool is also
    closed when that loop shuts down (`asyncio.run` ends), so its sockets never outlive it.
    """

    def __init__(self, settings: HTTPSettings) -> None:
        self._settings = settings
        custom = settings.httpx_args.get("transport")
        self._custom_sync = custom if isinstance(custom, httpx.BaseTransport) else None
        self._custom_async = custom if isinstance(custom, httpx.AsyncBaseTransport) else None
        self._options = {key: settings.httpx_args[key] for key in _TRANSPORT_OPTIONS if key in settings.httpx_args}
        if self._options.get("trust_env", True) and self._options.get("proxy") is None:
            self._options["proxy"] = _environment_proxy(settings.base_url)
        self._repeats = RepeatTable(httpx.URL(settings.base_url).path, settings.version.repeats)
        self._lock = threading.Lock()
        self._verify: ssl.SSLContext | str | bool | None = None
        self._sync: httpx.BaseTransport | None = None
        # Per running event loop: its transport and the async generator that closes it when the loop shuts down.
        self._loops: weakref.WeakKeyDictionary[Any, tuple[httpx.AsyncBaseTransport, AsyncGenerator[None]]] = (
            weakref.WeakKeyDictionary()
        )
        self._unbound: httpx.AsyncBaseTransport | None = None  # asked for outside any event loop
        self.closed = False

    def sync_transport(self, *, owned: bool = False) -> httpx.BaseTransport:
        """The sync transport; `owned`: a new one for a client that closes it itself, else the shared one."""
        if owned:
            return self._wrap_sync(
                self._custom_sync or httpx.HTTPTransport(verify=self._settings.verify, **self._options)
            )
        with self._lock:
            if self._sync is None:
                inner = self._custom_sync or httpx.HTTPTransport(verify=self._shared_verify(), **self._options)
                self._sync = self._wrap_sync(inner)
        return _Borrowed(self, self._sync)

    def async_transport(self, *, owned: bool = False) -> httpx.AsyncBaseTransport:
        """The async transport of the running event loop (shared unless `owned`), made on first use there."""
        if owned:
            return self._wrap_async(self._custom_async or self._new_async_inner(self._settings.verify))
        loop = _running_loop()
        with self._lock:
            if loop is None:
                if self._unbound is None:
                    self._unbound = self._wrap_async(self._custom_async or self._new_async_inner(self._shared_verify()))
                return _Borrowed(self, self._unbound)
            entry = self._loops.get(loop)
            if entry is None:
                transport = self._wrap_async(self._custom_async or self._new_async_inner(self._shared_verify()))
                entry = self._loops[loop] = (transport, _close_at_loop_end(self, loop, transport))
            return _Borrowed(self, entry[0])

    def close(self) -> None:
        """Close every pool: the sync one, and each event loop's (in its loop; in a new task if that loop is the
        caller's own: prefer `aclose()` there)."""
        self.closed = True
        with self._lock:
            sync, self._sync = self._sync, None
            loops = list(self._loops.items())
        if sync is not None:
            sync.close()
        for loop, (_, closer) in loops:
            _close_in_its_loop(loop, closer)

    async def aclose(self) -> None:
        """Close every pool, this event loop's awaited here."""
        loop = _running_loop()
        with self._lock:
            entry = self._loops.get(loop) if loop is not None else None
        if entry is not None:
            await entry[1].aclose()  # runs its `finally`: closes the transport, forgets the loop
        for transport in (self._unbound, self._custom_async):  # those belong to no loop: closed where asked
            if transport is not None:
                await transport.aclose()
        self.close()

    def _forget(self, loop: Any) -> None:
        with self._lock:
            self._loops.pop(loop, None)

    def _shared_verify(self) -> ssl.SSLContext | str | bool:
        # One TLS context for every transport here (each would build its own: ~30 ms), unless a client
        # certificate or HTTP/2 makes httpx configure it per transport.
        if self._verify is None:
            if "cert" in self._options or self._options.get("http2"):
                self._verify = self._settings.verify
            else:
                trust_env = self._options.get("trust_env", True)
                self._verify = httpx.create_ssl_context(verify=self._settings.verify, trust_env=trust_env)
        return self._verify

    def _new_async_inner(self, verify: ssl.SSLContext | str | bool) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(verify=verify, **self._options)

    def _wrap_sync(self, inner: httpx.BaseTransport) -> httpx.BaseTransport:
        retry = self._settings.retry
        return inner if retry is None else RetryTransport(inner, policy=retry, repeats=self._repeats)

    def _wrap_async(self, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        retry = self._settings.retry
        return inner if retry is None else RetryTransport(async_transport=inner, policy=retry, repeats=self._repeats)


class _Borrowed(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A client's view of a shared transport: sends through it, but closing the client leaves it open."""

    def __init__(self, owner: SharedTransports, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self._owner = owner
        self._transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._check_open()
        assert isinstance(self._transport, httpx.BaseTransport)  # noqa: S101 - for mypy: a sync client's
        return self._transport.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._check_open()
        assert isinstance(self._transport, httpx.AsyncBaseTransport)  # noqa: S101 - for mypy: an async client's
        return await self._transport.handle_async_request(request)

    def close(self) -> None:
        pass  # the owner closes the shared transport

    async def aclose(self) -> None:
        pass

    def _check_open(self) -> None:
        if self._owner.closed:
            # httpx's own words for a closed client: using one is a mistake in the calling code, not a failure.
            raise RuntimeError("Cannot send a request, as the client has been closed.")


def _running_loop() -> Any:
    # asyncio is not imported at module level (a lighter `import argus_ext` for sync users): a running loop means
    # it is loaded already.
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _close_at_loop_end(owner: SharedTransports, loop: Any, transport: httpx.AsyncBaseTransport) -> AsyncGenerator[None]:
    """An async generator, started now, whose `finally` closes `transport` in `loop`: when the loop shuts down
    (`asyncio.run` ends: `loop.shutdown_asyncgens()` closes every started async generator), or on `aclose()`."""

    async def closer() -> AsyncGenerator[None]:
        try:
            yield
        finally:
            owner._forget(loop)
            await transport.aclose()

    generator = closer()
    # Started in a task: the loop registers it (its first-iteration hook) only once it runs.
    task = loop.create_task(_advance(generator))
    _STARTING.add(task)
    task.add_done_callback(_STARTING.discard)
    return generator


# Tasks starting a closer: asyncio keeps only weak references to tasks.
_STARTING: set[Any] = set()


async def _advance(generator: AsyncGenerator[None]) -> None:
    await anext(generator, None)


def _close_in_its_loop(loop: Any, closer: AsyncGenerator[None]) -> None:
    # A loop that has ended closed its transport already (shutdown_asyncgens); a stopped one is run until the
    # transport is closed; a running one (another thread's, or the caller's own) is asked to close it.
    if loop.is_closed():
        return
    if not loop.is_running():
        loop.run_until_complete(closer.aclose())
        return
    import asyncio  # loaded already: a loop is running

    if _running_loop() is loop:
        task = loop.create_task(closer.aclose())
        _STARTING.add(task)
        task.add_done_callback(_STARTING.discard)
    else:
        asyncio.run_coroutine_threadsafe(closer.aclose(), loop).result(timeout=10.0)


def _hooks(
    hooks: Mapping[str, list[Callable[..., Any]]] | None, *, asynchronous: bool
) -> dict[str, list[Callable[..., Any]]]:
    # httpx.Client calls hooks, httpx.AsyncClient awaits them: one list cannot serve both, so each client gets
    # the kind it can call.
    return {
        event: [hook for hook in functions if inspect.iscoroutinefunction(hook) == asynchronous]
        for event, functions in (hooks or {}).items()
    }


def _environment_proxy(base_url: str) -> str | None:
    # With an explicit transport, httpx ignores HTTP(S)_PROXY: read them here. These clients only ever talk to
    # base_url's host (pagination links point back to it), so one decision for that host is enough.
    url = httpx.URL(base_url)
    if not url.host or urllib.request.proxy_bypass(url.host):
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy:
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def build_http_clients(
    base_url: str,
    *,
    auth: httpx.Auth | None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    verify: ssl.SSLContext | str | bool = True,
    httpx_args: Mapping[str, Any] | None = None,
) -> tuple[ArgusHTTPClient, ArgusAsyncHTTPClient]:
    """A sync and an async client for `base_url` (the API root), as `HTTPSettings` describes them."""
    settings = HTTPSettings(base_url, auth, timeout, retry, verify, dict(httpx_args or {}))
    return settings.sync_client(), settings.async_client()

"""The httpx clients the generated code is given: error statuses raise typed errors, transport failures too.

Before sending, a request with a naive date-time in a time field is refused (naive_times.py).

Errors are raised in `send()`, above the auth flow: `TokenAuth` still sees a 401 first and can log in again and
replay the request; only what it could not fix reaches the caller. Below auth sits `RetryTransport`:

    send() [raise ArgusAPIError / ArgusConnectionError]
      -> TokenAuth [login, refresh, one replay on 401]
        -> RetryTransport [backoff, Retry-After]
          -> httpx's HTTP transport (or the caller's)
"""

from __future__ import annotations

import inspect
import ssl
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .errors import error_from_response, error_from_transport
from .naive_times import refuse_naive_times
from .retries import RetryPolicy, RetryTransport

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_RETRY = RetryPolicy()

# Client options that httpx would hand to the transport it builds itself. We build the transports (to put
# RetryTransport in front of them), so these go to ours; else httpx would drop them silently.
_TRANSPORT_OPTIONS = ("cert", "http1", "http2", "limits", "proxy", "trust_env")


class ArgusHTTPClient(httpx.Client):
    """`httpx.Client` whose `send()` (so every request) raises `ArgusAPIError` subclasses for status >= 400."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        refuse_naive_times(request)
        try:
            response = super().send(request, **kwargs)
            if response.status_code < 400:
                return response
            try:
                response.read()  # streamed or not, the error needs its body
            finally:
                response.close()
        except httpx.TransportError as exc:
            raise error_from_transport(exc, request) from exc
        raise error_from_response(response)


class ArgusAsyncHTTPClient(httpx.AsyncClient):
    """`httpx.AsyncClient` whose `send()` raises `ArgusAPIError` subclasses for status >= 400."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        refuse_naive_times(request)
        try:
            response = await super().send(request, **kwargs)
            if response.status_code < 400:
                return response
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            raise error_from_transport(exc, request) from exc
        raise error_from_response(response)


def build_http_clients(
    base_url: str,
    *,
    auth: httpx.Auth | None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    verify: ssl.SSLContext | str | bool = True,
    httpx_args: Mapping[str, Any] | None = None,
) -> tuple[ArgusHTTPClient, ArgusAsyncHTTPClient]:
    """A sync and an async client for `base_url` (the API root, e.g. "https://argus.example.org/api/v2").

    Both share `auth` (one `TokenAuth` serves both) and one `RetryTransport` (`retry=None`: no retries).
    TLS is verified (`verify`: True, a path to CA certificates or an `ssl.SSLContext`) and every call has a
    finite timeout unless you pass `timeout=None`.

    `httpx_args` go to both clients (headers, cookies, follow_redirects, ...), except: `event_hooks`, where
    plain functions go to the sync client and `async def` ones to the async client;
    `transport` becomes the inner transport (the one that really sends; one implementing only sync or only async
    is used for that kind); `cert`, `http1`, `http2`, `limits`, `proxy` and `trust_env` configure the inner
    transports. HTTP(S)_PROXY / NO_PROXY from the environment are honoured for `base_url`'s host, as httpx would.
    `mounts` are passed through as given: requests they match skip the retries.
    """
    args = dict(httpx_args or {})
    custom = args.pop("transport", None)
    options = {key: args.pop(key) for key in _TRANSPORT_OPTIONS if key in args}
    if options.get("trust_env", True) and options.get("proxy") is None:
        options["proxy"] = _environment_proxy(base_url)

    sync_inner: httpx.BaseTransport = (
        custom if isinstance(custom, httpx.BaseTransport) else httpx.HTTPTransport(verify=verify, **options)
    )
    async_inner: httpx.AsyncBaseTransport = (
        custom if isinstance(custom, httpx.AsyncBaseTransport) else httpx.AsyncHTTPTransport(verify=verify, **options)
    )
    sync_transport: httpx.BaseTransport = sync_inner
    async_transport: httpx.AsyncBaseTransport = async_inner
    if retry is not None:
        shared = RetryTransport(sync_inner, async_inner, policy=retry)
        sync_transport = async_transport = shared

    hooks = args.pop("event_hooks", None) or {}
    common: dict[str, Any] = {"base_url": base_url, "auth": auth, "timeout": timeout, **args}
    if "trust_env" in options:
        common["trust_env"] = options["trust_env"]  # also governs .netrc and SSL_CERT_* on the client
    return (
        ArgusHTTPClient(transport=sync_transport, event_hooks=_hooks(hooks, asynchronous=False), **common),
        ArgusAsyncHTTPClient(transport=async_transport, event_hooks=_hooks(hooks, asynchronous=True), **common),
    )


def _hooks(hooks: Mapping[str, list[Callable[..., Any]]], *, asynchronous: bool) -> dict[str, list[Callable[..., Any]]]:
    # httpx.Client calls hooks, httpx.AsyncClient awaits them: one list cannot serve both, so each client gets
    # the kind it can call.
    return {
        event: [hook for hook in functions if inspect.iscoroutinefunction(hook) == asynchronous]
        for event, functions in hooks.items()
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

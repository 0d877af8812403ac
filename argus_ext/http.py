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

import inspect
import ssl
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx

from .errors import error_from_response, error_from_transport
from .request_checks import V2_RULES, RequestRules, check_request
from .retries import RetryPolicy, RetryTransport

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

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        check_request(request, self.rules)
        try:
            response = super().send(request, **kwargs)
            if response.is_success:
                return response
            try:
                response.read()  # streamed or not, the error needs its body
            finally:
                response.close()
        except httpx.RequestError as exc:
            raise error_from_transport(exc, request) from exc
        raise error_from_response(response)


class ArgusAsyncHTTPClient(httpx.AsyncClient):
    """`httpx.AsyncClient` whose `send()` raises like `ArgusHTTPClient.send()`."""

    def __init__(self, rules: RequestRules = V2_RULES, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rules = rules

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        check_request(request, self.rules)
        try:
            response = await super().send(request, **kwargs)
            if response.is_success:
                return response
            try:
                await response.aread()
            finally:
                await response.aclose()
        except httpx.RequestError as exc:
            raise error_from_transport(exc, request) from exc
        raise error_from_response(response)


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
    rules: RequestRules = V2_RULES  # the request checks of this API version (request_checks.py)

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

    def sync_client(self) -> ArgusHTTPClient:
        args, hooks, custom, options = self._split()
        inner = (
            custom if isinstance(custom, httpx.BaseTransport) else httpx.HTTPTransport(verify=self.verify, **options)
        )
        transport: httpx.BaseTransport = inner if self.retry is None else RetryTransport(inner, policy=self.retry)
        return ArgusHTTPClient(self.rules, transport=transport, event_hooks=_hooks(hooks, asynchronous=False), **args)

    def async_client(self) -> ArgusAsyncHTTPClient:
        """A new async client: one per event loop (an httpx.AsyncClient's connections belong to one loop)."""
        args, hooks, custom, options = self._split()
        inner = (
            custom
            if isinstance(custom, httpx.AsyncBaseTransport)
            else httpx.AsyncHTTPTransport(verify=self.verify, **options)
        )
        transport: httpx.AsyncBaseTransport = (
            inner if self.retry is None else RetryTransport(async_transport=inner, policy=self.retry)
        )
        return ArgusAsyncHTTPClient(
            self.rules, transport=transport, event_hooks=_hooks(hooks, asynchronous=True), **args
        )

    def _split(self) -> tuple[dict[str, Any], Any, Any, dict[str, Any]]:
        # (client arguments, event hooks, the caller's transport or None, options for the transports we build)
        args = dict(self.httpx_args)
        hooks = args.pop("event_hooks", None)
        custom = args.pop("transport", None)
        options = {key: args.pop(key) for key in _TRANSPORT_OPTIONS if key in args}
        if options.get("trust_env", True) and options.get("proxy") is None:
            options["proxy"] = _environment_proxy(self.base_url)
        if "trust_env" in options:
            args["trust_env"] = options["trust_env"]  # also governs .netrc and SSL_CERT_* on the client
        return {"base_url": self.base_url, "auth": self.auth, "timeout": self.timeout, **args}, hooks, custom, options


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

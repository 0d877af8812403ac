"""`connect()`: the one way to get a ready generated client, with auth, retries and typed errors wired in.

    client = connect("https://argus.example.org", token="...")              # API v2: a ConnectedClient
    incident = get_incident.sync(incident_pk=7, client=client)              # any generated endpoint, sync or async
    old = connect("https://argus.example.org", token="...", api="v1")       # API v1: a ConnectedV1Client

The clients themselves are in connected.py; what differs between the versions is data in versions.py.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .auth import LoginMode, TokenAuth, TokenInfo
from .connected import ConnectedClient, _Connected
from .errors import error_from_response, error_from_transport, error_from_unexpected
from .http import DEFAULT_RETRY, DEFAULT_TIMEOUT, HTTPSettings
from .retries import RetryPolicy
from .versions import VERSIONS, ApiName, ApiVersion, GeneratedClient

if TYPE_CHECKING:
    from .connected_v1 import ConnectedV1Client  # loaded by the first connect(..., api="v1") (versions.py)


@overload
def connect(
    url: str,
    *,
    api: Literal["v2"] = "v2",
    token: str | None = None,
    username: str | None = None,
    password: str | None = None,
    login: LoginMode | None = None,
    expiry: datetime | None = None,
    refresh_margin: timedelta | float = 60.0,
    on_token: Callable[[TokenInfo], None] | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
    httpx_args: Mapping[str, Any] | None = None,
) -> ConnectedClient: ...


@overload
def connect(
    url: str,
    *,
    api: Literal["v1"],
    token: str | None = None,
    username: str | None = None,
    password: str | None = None,
    login: LoginMode | None = None,
    expiry: datetime | None = None,
    refresh_margin: timedelta | float = 60.0,
    on_token: Callable[[TokenInfo], None] | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
    httpx_args: Mapping[str, Any] | None = None,
) -> ConnectedV1Client: ...


def connect(
    url: str,
    *,
    api: ApiName = "v2",
    token: str | None = None,
    username: str | None = None,
    password: str | None = None,
    login: LoginMode | None = None,
    expiry: datetime | None = None,
    refresh_margin: timedelta | float = 60.0,
    on_token: Callable[[TokenInfo], None] | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = DEFAULT_RETRY,
    verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
    httpx_args: Mapping[str, Any] | None = None,
) -> _Connected:
    """A generated client for the Argus server at `url`, ready for every endpoint of its API, sync and async.

    `api`: "v2" (default: an `argus_api_v2.Client`, a `ConnectedClient`) or "v1" (argus-server 1.x only: an
    `argus_api_v1.Client`, a `ConnectedV1Client`). `url`: the server ("https://argus.example.org") or that
    API's root (".../api/v2"); a root of the other version is refused. A server without the version answers
    its first request with `ApiVersionUnavailableError` (`server_api_versions(url)` tells beforehand).
    Credentials: a `token`, or `username` and `password` (then the client logs in on first use and again once
    after a 401), or both. `login`: how a password becomes a token; on v2 "knox" by default (a new token of its
    own, valid 10 hours, beside the user's other tokens), on v1 "token-auth" (its only login, which replaces the
    user's one token: other clients using it are logged out); `login="token-auth"` on v2 asks for that. `expiry`
    is a known expiry of `token` (the client renews `refresh_margin` before it). `on_token(info)` is called with every new
    token, so you can save it. No credentials at all: only the unauthenticated operations (metadata, logins).
    Defaults: TLS verified, 30 s timeout (10 s to connect), `RetryPolicy()` (2 retries of safe requests).
    `verify`: True (the system's CAs via httpx), False, an `ssl.SSLContext`, or the path of a CA bundle file.
    """
    version = _version(api)
    api_root = api_root_of(url, api)
    login = _login_for(version, login)
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
        cafile = os.fspath(verify)
        try:
            verify = ssl.create_default_context(cafile=cafile)
        except OSError as exc:  # a missing file, or ssl.SSLError (an OSError) for one that holds no certificates
            raise ValueError(f"verify: cannot read CA certificates from {cafile!r} ({exc})") from exc
    settings = HTTPSettings(api_root, auth, timeout, retry, verify, dict(httpx_args or {}), version)
    return version.connected_class()(settings)


def server_api_versions(url: str, *, timeout: float = 10.0, verify: ssl.SSLContext | bool = True) -> set[str]:
    """The API versions the server at `url` serves, from its unauthenticated `GET /api/` ({"v2"} for 2.x)."""
    root = httpx.URL(api_root_of(url, "v2")).copy_with(path="/api/")
    try:
        answer = httpx.get(root, timeout=timeout, verify=verify)
    except httpx.RequestError as exc:
        raise error_from_transport(exc, exc.request) from exc
    if not answer.is_success:
        raise error_from_response(answer)
    try:
        return {str(name) for name in answer.json()["api-version"].values()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise error_from_unexpected(answer, exc) from exc


def _version(api: str) -> ApiVersion:
    if api not in VERSIONS:
        raise ValueError(f"api must be one of {', '.join(sorted(VERSIONS))}; got {api!r}")
    return VERSIONS[api]


def _login_for(version: ApiVersion, login: str | None) -> LoginMode:
    if login is None:
        return version.default_login
    for allowed in version.logins:
        if login == allowed:
            return allowed
    raise ValueError(
        f"login={login!r}: API {version.name} logs in with {' or '.join(map(repr, version.logins))} only"
        + (" (knox tokens need API v2, argus-server 2.x)" if login == "knox" else "")
    )


def token_auth(client: GeneratedClient) -> TokenAuth:
    """The `TokenAuth` of a client made by `connect`: to refresh on demand or read the current token's expiry."""
    auth = client.get_httpx_client().auth
    if not isinstance(auth, TokenAuth):
        raise TypeError("this client has no TokenAuth: make it with argus_ext.connect(..., token=... or username=...)")
    return auth


def api_root_of(url: str, api: ApiName = "v2") -> str:
    """The API root for a server URL: "https://argus.example.org" (or ".../api/v2/") -> ".../api/v2"."""
    version = _version(api)
    try:
        parsed = httpx.URL(url) if isinstance(url, str) else None
    except httpx.InvalidURL as exc:
        raise ValueError(f"url is not a valid URL ({exc}); got {url!r}") from exc
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(
            f"url must be an http(s) URL of the Argus server, such as https://argus.example.org; got {url!r}"
        )
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise ValueError(f"url has port {parsed.port}, outside 1-65535; got {url!r}")
    if parsed.query or parsed.fragment:
        raise ValueError(f"url must not have a query or fragment; got {url!r}")
    path = parsed.path.rstrip("/")
    other = [f"/api/v{n}" for n in range(1, 4) if f"/api/v{n}" != version.path]
    if path.endswith(tuple(other)):
        raise ValueError(
            f"url points at API {path.rsplit('/', 1)[1]}, this client is for API {version.name}"
            f" (connect(..., api=...) chooses); got {url!r}"
        )
    if not path.endswith(version.path):
        path += version.path
    return str(parsed.copy_with(path=path))


def _check_token(token: str) -> None:
    # The token is a secret: the messages describe it without repeating it.
    if not isinstance(token, str) or not token.strip():
        raise ValueError("token must be a non-empty string")
    if token.split(" ", 1)[0].lower() in ("token", "bearer"):
        raise ValueError('token must be the key alone, without a "Token "/"Bearer " prefix: the client adds "Token "')
    if any(ch.isspace() for ch in token):
        raise ValueError("token must not contain white space (copied with a newline?)")


def refresh_token(client: GeneratedClient) -> TokenInfo:
    """Renew the token of a `connect` client now (v2 refresh endpoint, or login) and keep using the new one.

    Use this, not the generated `refresh_token` operation: that one would replace the token on the server behind
    the client's back, and its next request would be refused.
    """
    return token_auth(client).refresh(client.get_httpx_client())


async def arefresh_token(client: GeneratedClient) -> TokenInfo:
    """Async `refresh_token`."""
    return await token_auth(client).arefresh(client.get_async_httpx_client())

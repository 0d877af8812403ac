"""`connect()`: the one way to get a ready generated client, with auth, retries and typed errors wired in.

    client = connect("https://argus.example.org", token="...")
    incident = get_incident.sync(incident_pk=7, client=client)      # any generated endpoint, sync or async

The generated `Client` builds its own httpx clients unless it is given ready ones; `connect` gives it ours
(`set_httpx_client` / `set_async_httpx_client`, the generator's hook for this), built by `build_http_clients`:
`ArgusHTTPClient.send` raises `ArgusAPIError` subclasses, `TokenAuth` sends and renews the token,
`RetryTransport` retries what is safe to repeat. The generated package is never patched.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

import httpx
from argus_api_v2 import Client

from .auth import LoginMode, TokenAuth, TokenInfo
from .http import DEFAULT_RETRY, DEFAULT_TIMEOUT, build_http_clients
from .retries import RetryPolicy

API_PATH = "/api/v2"


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
    verify: ssl.SSLContext | str | bool = True,
    httpx_args: Mapping[str, Any] | None = None,
) -> Client:
    """A generated `argus_api_v2.Client` for the Argus server at `url`, ready for every endpoint, sync and async.

    `url`: the server ("https://argus.example.org") or its API v2 root (".../api/v2").
    Credentials: a `token`, or `username` and `password` (then the client logs in on first use and again once
    after a 401), or both. `login="knox"` logs in for an expiring knox token instead; `expiry` is a known expiry
    of `token` (the client renews `refresh_margin` before it). `on_token(info)` is called with every new token,
    so you can save it. No credentials at all: only the unauthenticated operations (metadata, logins) work.
    Defaults: TLS verified, 30 s timeout (10 s to connect), `RetryPolicy()` (2 retries of safe requests).
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
    sync_client, async_client = build_http_clients(
        api_root, auth=auth, timeout=timeout, retry=retry, verify=verify, httpx_args=httpx_args
    )
    client = Client(base_url=api_root, timeout=sync_client.timeout, verify_ssl=verify)
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    return client


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

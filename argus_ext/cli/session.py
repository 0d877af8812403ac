"""Where the server URL and token come from, first found wins: --url/--token, ARGUS_URL/ARGUS_TOKEN, then the
profile (--profile, ARGUS_PROFILE, else the active one: `argus profile use`, "default") in the profiles file.

A profile's token belongs to the profile's server: a --url/ARGUS_URL naming another server does not get it (it
needs --token/ARGUS_TOKEN or a login of its own). A token (or password) is not sent over plain HTTP to a host
other than this machine unless --allow-http says the network is trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC
from functools import cached_property
from typing import TYPE_CHECKING

import click

from .config import Profile, load_profile, profile_name
from .errors import AUTHENTICATION, USAGE, cli_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from argus_ext import ConnectedClient, TokenInfo
    from argus_ext.auth import LoginMode

DEFAULT_TIMEOUT = 30.0
_API_PATH = re.compile(r"/api(/v\d+)?/?$")


def server_url(text: str) -> str:
    """`text` checked as the address of an Argus server ("https://argus.example.org", no API path), without a
    trailing slash; a usage error naming the value otherwise."""
    from urllib.parse import urlsplit  # imported when used: `argus --help` does not need it

    try:
        parts = urlsplit(text.strip())
        parts.port  # noqa: B018 - reading it checks it ("host:99999" raises ValueError)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise cli_error(f"{text!r} is not a server URL: expected http(s)://host[:port], such as https://{text}", USAGE)
    if parts.query or parts.fragment:
        raise cli_error(f"{text!r}: a server URL has no query or fragment", USAGE)
    match = _API_PATH.search(parts.path)
    if match:
        server = text.strip()[: len(text.strip()) - len(parts.path)] + parts.path[: match.start()]
        raise cli_error(f"{text!r} is an API address: give the server's, {server}", USAGE)
    return text.strip().rstrip("/")


def _server_key(url: str) -> tuple[str, str | None, int | None, str]:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return (parts.scheme.lower(), parts.hostname, port, parts.path.rstrip("/"))


def same_server(one: str, other: str) -> bool:
    """Whether two server URLs name the same server (scheme, host, port and path; default ports filled in)."""
    return _server_key(one) == _server_key(other)


def _expired(expiry: str | None) -> bool:
    from datetime import datetime

    if not expiry:
        return False
    try:
        return datetime.fromisoformat(expiry) <= datetime.now(UTC)
    except (ValueError, TypeError):  # not a time we wrote: let the server judge the token
        return False


def is_loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Session:
    url_given: str | None
    token_given: str | None = field(repr=False)
    profile_name: str | None
    debug: bool
    timeout: float = DEFAULT_TIMEOUT
    allow_http: bool = False

    @cached_property
    def profile(self) -> Profile:
        return load_profile(self.profile_name)

    def profile_label(self) -> str:
        return repr(profile_name(self.profile_name))

    def url(self) -> str:
        url = self.url_given or self.profile.url
        if not url:
            raise cli_error(
                "no Argus server configured: run `argus login --url URL`, give --url, or set ARGUS_URL", USAGE
            )
        return server_url(url)

    def token(self) -> str:
        if self.token_given:
            return self.token_given
        url, profile = self.url(), self.profile
        if profile.token and profile.url and not same_server(url, profile.url):
            raise cli_error(
                f"the token of profile {self.profile_label()} is for {profile.url}, not {url}; it is not sent to"
                " another server: give --token or ARGUS_TOKEN for it, or log in to it with"
                f" `argus --profile NAME login --url {url}`",
                AUTHENTICATION,
            )
        if not profile.token:
            raise cli_error("no token configured: run `argus login`, or set ARGUS_TOKEN", AUTHENTICATION)
        if _expired(profile.expiry):
            raise cli_error(
                f"the knox token of profile {self.profile_label()} expired at {profile.expiry}: run `argus login`",
                AUTHENTICATION,
            )
        return profile.token

    def check_transport(self, url: str) -> None:
        """Refuse to send secrets over plain HTTP beyond this machine unless --allow-http was given."""
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        if parts.scheme == "http" and not is_loopback(parts.hostname) and not self.allow_http:
            raise cli_error(
                f"{url} is plain HTTP: anyone on the way could read the token or password. Use https://, or"
                " --allow-http (ARGUS_ALLOW_HTTP=1) on a network you trust",
                USAGE,
            )

    def connect(
        self,
        url: str,
        *,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        login: LoginMode = "knox",
        on_token: Callable[[TokenInfo], None] | None = None,
    ) -> ConnectedClient:
        """connect() with this session's timeout, after the transport check; a refused argument is a usage error.

        `login` is always passed explicitly: the CLI logs in for knox tokens, whatever connect()'s default."""
        from argus_ext import connect

        self.check_transport(url)
        try:
            return connect(
                url,
                token=token,
                username=username,
                password=password,
                login=login,
                on_token=on_token,
                timeout=self.timeout,
            )
        except ValueError as exc:  # a URL or token of the wrong form, refused before anything is sent
            raise cli_error(str(exc), USAGE) from exc

    def client(self) -> ConnectedClient:
        """A connect() client with the configured URL and token (argus_ext's retries and typed errors)."""
        url, token = self.url(), self.token()
        return self.connect(url, token=token)


pass_session = click.make_pass_decorator(Session)

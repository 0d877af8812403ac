"""Where the server URL and token come from, first found wins: --url/--token, ARGUS_URL/ARGUS_TOKEN, then the
profile (--profile, ARGUS_PROFILE, else "default") in the profiles file."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import click

from .config import Profile, load_profile
from .errors import AUTHENTICATION, USAGE, cli_error

if TYPE_CHECKING:
    from argus_ext import ConnectedClient


@dataclass
class Session:
    url_given: str | None
    token_given: str | None = field(repr=False)
    profile_name: str | None
    debug: bool

    @cached_property
    def profile(self) -> Profile:
        return load_profile(self.profile_name)

    def url(self) -> str:
        url = self.url_given or self.profile.url
        if not url:
            raise cli_error(
                "no Argus server configured: run `argus login --url URL`, give --url, or set ARGUS_URL", USAGE
            )
        return url

    def token(self) -> str:
        token = self.token_given or self.profile.token
        if not token:
            raise cli_error("no token configured: run `argus login`, or set ARGUS_TOKEN", AUTHENTICATION)
        return token

    def client(self) -> ConnectedClient:
        """A connect() client with the configured URL and token (argus_ext's retries and typed errors)."""
        from argus_ext import connect

        url, token = self.url(), self.token()
        try:
            return connect(url, token=token)
        except ValueError as exc:  # a URL or token of the wrong form, refused before anything is sent
            raise cli_error(str(exc), USAGE) from exc


pass_session = click.make_pass_decorator(Session)

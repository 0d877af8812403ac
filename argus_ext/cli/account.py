"""`argus login`, `argus whoami` and `argus token refresh`: the credentials side."""

from __future__ import annotations

import click

from .config import Profile, save_profile
from .errors import AUTHENTICATION, USAGE, cli_error
from .output import Format, emit_record, format_options
from .session import Session, pass_session


@click.command()
@click.option("--url", "server_url", metavar="URL", help="The Argus server (default: the profile's, or ARGUS_URL).")
@click.option("--username", prompt=True, help="Prompted when not given.")
@pass_session
def login(session: Session, server_url: str | None, username: str) -> None:
    """Log in with username and password (prompted) and store the token in the profile (mode 0600)."""
    from argus_api_v2.api.auth import get_current_user

    from argus_ext import BadRequestError, TokenInfo, connect

    url = server_url or session.url()
    password = click.prompt("Password", hide_input=True)
    tokens: list[TokenInfo] = []
    try:
        client = connect(url, username=username, password=password, on_token=tokens.append)
    except ValueError as exc:
        raise cli_error(str(exc), USAGE) from exc
    try:
        me = get_current_user.sync(client=client)  # the first request logs in
    except BadRequestError as exc:  # the login endpoint answers wrong credentials with a 400
        raise cli_error(f"login refused: {exc}", AUTHENTICATION) from exc
    path = save_profile(session.profile_name, Profile(url=url, token=tokens[-1].token))
    click.echo(f"logged in to {url} as {me.username}; token saved in profile {_profile(session)} ({path})")


def _profile(session: Session) -> str:
    return repr(session.profile_name or "default")


@click.command()
@format_options
@pass_session
def whoami(session: Session, fmt: Format) -> None:
    """The user the token belongs to."""
    from argus_api_v2.api.auth import get_current_user

    me = get_current_user.sync(client=session.client())
    full_name = f"{me.first_name} {me.last_name}".strip()
    lines = [("username", me.username), ("name", full_name), ("email", me.email), ("server", session.url())]
    emit_record(me.to_dict(), fmt, lines)


@click.group()
def token() -> None:
    """The API token."""


@token.command()
@pass_session
def refresh(session: Session) -> None:
    """Get a new token (the old one stops working) and save it in the profile."""
    from argus_ext import refresh_token

    url = session.url()
    fresh = refresh_token(session.client())
    path = save_profile(session.profile_name, Profile(url=url, token=fresh.token))
    click.echo(f"token refreshed and saved in profile {_profile(session)} ({path})")
    if session.token_given is not None:
        click.echo("note: the token of --token/ARGUS_TOKEN no longer works; the profile has the new one", err=True)


COMMANDS = (login, whoami, token)

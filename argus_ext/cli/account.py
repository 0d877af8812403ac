"""`argus login`, `argus logout`, `argus whoami` and `argus token refresh`: the credentials side.

No token is ever lost. `login` asks the server for a knox token (API v2 `auth/token/login/`, valid 10 hours): the
user's other tokens keep working. The older `token-auth` login replaces (revokes) the user's one API token, so it
is used only when asked for with `--replace-token`, after saying so. Where a step cannot be undone (a refresh of
such a token revokes the old one), the profiles file is checked writable first, and a new token that still cannot
be saved is printed rather than dropped.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from .config import ConfigError, Profile, check_writable, save_profile
from .errors import API_ERROR, USAGE, cli_error
from .output import Format, emit_record, format_options, say
from .session import Session, pass_session, same_server, server_url

if TYPE_CHECKING:
    from argus_ext import TokenInfo
    from argus_ext.auth import LoginMode

KNOX, PLAIN = "knox", "token"
LABELS = {KNOX: "knox token", PLAIN: "API token"}


def token_kind(session: Session, token: str) -> str:
    """The kind of the token in use: as the profile recorded it, else as its length tells."""
    if not session.token_given and session.profile.token_kind:
        return session.profile.token_kind
    return kind_of(token)


def kind_of(token: str) -> str:
    # A token given on the command line, whose kind no profile records: told by its length, as TokenAuth does.
    from argus_ext.auth import token_kind_by_length

    return KNOX if token_kind_by_length(token) == "knox" else PLAIN


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline().strip()
    if not line:
        raise cli_error(f"no {what} on stdin", USAGE)
    return line


@click.command()
@click.option("--url", "url_option", metavar="URL", help="The Argus server (default: the profile's, or ARGUS_URL).")
@click.option("--username", help="Prompted when not given.")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin's first line (for scripts).")
@click.option(
    "--with-token", is_flag=True, help="Save a token read from stdin (a source system's, which has no password)."
)
@click.option(
    "--replace-token",
    is_flag=True,
    help="Log in with token-auth instead of knox: this REVOKES the user's current API token.",
)
@pass_session
def login(
    session: Session,
    url_option: str | None,
    username: str | None,
    password_stdin: bool,
    with_token: bool,
    replace_token: bool,
) -> None:
    """Log in and save the token in the profile (mode 0600). By default a knox token (valid 10 hours) is asked
    for with username and password (prompted); the user's other tokens keep working."""
    if with_token and (password_stdin or replace_token or username):
        raise cli_error(
            "--with-token reads a token: it takes no --username, --password-stdin or --replace-token", USAGE
        )
    url = server_url(url_option) if url_option else session.url()
    session.check_transport(url)
    check_writable()  # before asking the server for anything
    if with_token:
        token = _stdin_line("token")
        kind, info = kind_of(token), _token_info(token)
        me = _whoami(session.connect(url, token=token))
    else:
        kind = PLAIN if replace_token else KNOX
        me, info = _log_in(session, url, username, password_stdin, kind)
    expiry = info.expiry.isoformat() if info.expiry else None
    previous = _saved(session)
    path = save_profile(session.profile_name, Profile(url=url, token=info.token, token_kind=kind, expiry=expiry))
    until = f", valid until {expiry}" if expiry else ""
    say(f"logged in to {url} as {me}; {LABELS[kind]} saved in profile {session.profile_label()} ({path}){until}")
    if previous.token and previous.url and not same_server(previous.url, url):
        say(f"note: the profile was for {previous.url}; its token there was replaced here, not revoked", err=True)


def _token_info(token: str) -> TokenInfo:
    from argus_ext import TokenInfo  # imported when used: `argus --help` does not load argus_ext's HTTP side

    return TokenInfo(token)


def _log_in(session: Session, url: str, username: str | None, password_stdin: bool, kind: str) -> tuple[str, TokenInfo]:
    """Log in with username and password for a token of `kind`; the user's name and the token."""
    username = username or click.prompt("Username")
    password = _stdin_line("password") if password_stdin else click.prompt("Password", hide_input=True)
    if kind == PLAIN:
        say("note: token-auth login: the user's current API token is revoked; integrations using it stop", err=True)
    tokens: list[TokenInfo] = []
    client = session.connect(url, username=username, password=password, login=_login_mode(kind), on_token=tokens.append)
    me = _whoami_after_login(client, kind)
    return me, tokens[-1]


def _saved(session: Session) -> Profile:
    """The profile as it is before a login writes it; empty when it does not exist yet."""
    try:
        return session.profile
    except ConfigError:
        return Profile()


def _login_mode(kind: str) -> LoginMode:
    return "knox" if kind == KNOX else "token-auth"


def _whoami_after_login(client: object, kind: str) -> str:
    from argus_ext import NotFoundError

    try:
        return _whoami(client)  # the first request logs in
    except NotFoundError as error:
        if kind != KNOX:
            raise
        raise cli_error(
            f"this server has no knox login ({error}); `argus login --replace-token` logs in with token-auth,"
            " which revokes the user's current API token",
            API_ERROR,
        ) from error


def _whoami(client: object) -> str:
    from argus_api_v2.api.auth import get_current_user

    return get_current_user.sync(client=client).username  # type: ignore[arg-type]


@click.command()
@pass_session
def logout(session: Session) -> None:
    """Revoke the profile's knox token on the server and remove it from the profile (the URL stays).

    A token of the other kind (the user's API token, or a source system's) cannot be revoked alone: it is only
    removed from the profile, and keeps working on the server."""
    from argus_api_v2.api.auth import knox_logout

    token = session.token()
    kind = token_kind(session, token)
    if kind == KNOX:
        knox_logout.sync(client=session.client())
    if session.token_given:
        say("token revoked on the server" if kind == KNOX else "nothing to do: that token is not a knox token")
        return
    profile = session.profile
    path = save_profile(session.profile_name, Profile(url=profile.url))
    what = "revoked on the server and" if kind == KNOX else "still valid on the server, but"
    say(f"logged out: the token of profile {session.profile_label()} is {what} removed from {path}")


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
    """Get a new token and save it in the profile. A knox token's old value keeps working until it expires; the
    user's API token is replaced (the old one stops working at once).

    With --token/ARGUS_TOKEN no profile is written: the new token is printed on stdout."""
    from argus_ext import refresh_token

    url, old = session.url(), session.token()
    kind = token_kind(session, old)
    if not session.token_given:
        check_writable()  # a refresh may revoke the old token: find out now whether the new one can be saved
    fresh = refresh_token(session.connect(url, token=old, login=_login_mode(kind)))
    if session.token_given:
        click.echo(fresh.token)
        gone = "the old one keeps working until it expires" if kind == KNOX else "the old one no longer works"
        say(f"note: the new {LABELS[kind]} is printed above ({gone}); no profile was changed", err=True)
        return
    expiry = fresh.expiry.isoformat() if fresh.expiry else None
    try:
        path = save_profile(session.profile_name, Profile(url=url, token=fresh.token, token_kind=kind, expiry=expiry))
    except Exception:
        click.echo(fresh.token)
        say(
            "error: the new token could not be saved: it is printed above, keep it (the old one may be revoked)",
            err=True,
        )
        raise
    say(f"token refreshed and saved in profile {session.profile_label()} ({path})")


COMMANDS = (login, logout, whoami, token)

"""`argus profile list|use|remove`: the saved profiles (server URL and token), never showing a token."""

from __future__ import annotations

import click

from .config import active_profile, all_profiles, config_path, remove_profile, use_profile
from .output import Column, Format, emit_items, format_options, say

PROFILE_COLUMNS: tuple[Column[tuple[str, dict[str, str]]], ...] = (
    Column("ACTIVE", lambda named: "*" if named[1]["active"] else ""),
    Column("NAME", lambda named: named[0]),
    Column("URL", lambda named: named[1]["url"], flexible=True),
    Column("TOKEN", lambda named: named[1]["token"]),
    Column("EXPIRES", lambda named: named[1]["expiry"], drop=1),
)


@click.group()
def profile() -> None:
    """Saved profiles: a server URL and its token each."""


@profile.command("list")
@format_options
def list_profiles(fmt: Format) -> None:
    """Every profile, the active one (used when --profile is not given) marked with *."""
    active = active_profile()
    rows = [
        (
            name,
            {
                "active": "yes" if name == active else "",
                "url": saved.url or "",
                "token": ("knox" if saved.token_kind == "knox" else "API") if saved.token else "none",  # noqa: S105 - a kind of token, not one
                "expiry": saved.expiry or "",
            },
        )
        for name, saved in all_profiles().items()
    ]
    if not rows:
        say(f"no profiles in {config_path()} yet: argus login --url URL makes one", err=True)
    emit_items(
        rows, fmt, PROFILE_COLUMNS, lambda named: {"name": named[0], **named[1], "active": bool(named[1]["active"])}
    )


@profile.command("use")
@click.argument("name")
def use(name: str) -> None:
    """Make NAME the profile used when --profile and ARGUS_PROFILE are not given."""
    path = use_profile(name)
    say(f"profile {name!r} is now the active one ({path})")


@profile.command("remove")
@click.argument("name")
def remove(name: str) -> None:
    """Remove profile NAME and its token from the file (a knox token is not revoked: `argus logout` does that)."""
    path = remove_profile(name)
    say(f"profile {name!r} removed from {path}")


COMMANDS = (profile,)

"""The root `argus` command: global options, the session they make, and turning errors into exit codes."""

from __future__ import annotations

from typing import Any

import click

from . import account, events, incidents, server, sources
from .config import ConfigError, profile_names
from .errors import as_cli_error
from .session import Session


def _complete_profiles(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    return [name for name in profile_names() if name.startswith(incomplete)]


class ArgusGroup(click.Group):
    """Reports ArgusError and config errors as one line and an exit code (see errors.py), not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from argus_ext.errors import ArgusError

        try:
            return super().invoke(ctx)
        except (ArgusError, ConfigError) as error:
            session = ctx.find_object(Session)
            raise as_cli_error(error, debug=session is not None and session.debug) from error


EPILOG = """\b
Exit codes: 0 ok, 1 API error, 2 usage or configuration, 3 authentication
(no token, or the server refused the token or login), 4 connection.
Shell completion: eval "$(_ARGUS_COMPLETE=bash_source argus)" (zsh: zsh_source)."""


@click.group(cls=ArgusGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--url", envvar="ARGUS_URL", metavar="URL", help="The Argus server. [env: ARGUS_URL]")
@click.option(
    "--token",
    envvar="ARGUS_TOKEN",
    metavar="TOKEN",
    help="API token; better kept in ARGUS_TOKEN or the profile (`argus login`) than on the command line.",
)
@click.option(
    "--profile",
    envvar="ARGUS_PROFILE",
    metavar="NAME",
    shell_complete=_complete_profiles,
    help='Profile in the config file (default: "default"). [env: ARGUS_PROFILE]',
)
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.version_option(package_name="argus-openapi-client", prog_name="argus")
@click.pass_context
def cli(ctx: click.Context, url: str | None, token: str | None, profile: str | None, debug: bool) -> None:
    """The Argus incident registry from the command line."""
    ctx.obj = Session(url_given=url, token_given=token, profile_name=profile, debug=debug)


for command in (*account.COMMANDS, incidents.incidents, events.events, sources.sources, server.server):
    cli.add_command(command)

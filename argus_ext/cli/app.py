"""The root `argus` command: global options, the session they make, and turning errors into exit codes."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from . import account, events, glue, incidents, profiles, server, sources, views
from .config import ConfigError, profile_names
from .errors import BROKEN_PIPE, INTERRUPTED, as_cli_error
from .session import DEFAULT_TIMEOUT, Session


def _complete_profiles(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    return [name for name in profile_names() if name.startswith(incomplete)]


class ArgusGroup(click.Group):
    """Reports ArgusError and config errors as one line and an exit code (see errors.py), not a traceback;
    Ctrl-C (or an aborted prompt) exits 130, as a shell reports a command stopped by SIGINT."""

    def invoke(self, ctx: click.Context) -> Any:
        from argus_ext.errors import ArgusError

        try:
            return super().invoke(ctx)
        except (ArgusError, ConfigError) as error:
            session = ctx.find_object(Session)
            raise as_cli_error(error, debug=session is not None and session.debug) from error
        except (KeyboardInterrupt, click.Abort) as interrupted:
            click.echo("\ninterrupted", err=True)
            raise click.exceptions.Exit(INTERRUPTED) from interrupted
        except BrokenPipeError as closed:
            # The reader left (`argus incidents list | head`): nothing more to write, and not an API error. Exit as a
            # shell reports a command stopped by SIGPIPE; stdout now points at /dev/null so that the final flush
            # at exit cannot fail again (the recipe of Python's signal module documentation).
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(BROKEN_PIPE) from closed


EPILOG = """\b
Exit codes: 0 ok, 1 API error, 2 usage or configuration, 3 authentication
(no token, or the server refused the token or login), 4 connection,
5 `reconcile` incomplete (some problems failed), 130 interrupted (Ctrl-C),
141 output pipe closed (`| head`).
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
    help='Profile in the config file (default: the active one, `argus profile use`, else "default"). '
    "[env: ARGUS_PROFILE]",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    envvar="ARGUS_TIMEOUT",
    metavar="SECONDS",
    help="How long to wait for each answer. A GET that times out is tried 3 times in all, so a hung server "
    "fails after about 3 times this (and short pauses). [env: ARGUS_TIMEOUT]",
)
@click.option(
    "--allow-http",
    is_flag=True,
    envvar="ARGUS_ALLOW_HTTP",
    help="Send the token over plain http:// to another host (refused by default). [env: ARGUS_ALLOW_HTTP]",
)
@click.option("--utc", is_flag=True, help="Show times in UTC (default: this machine's time zone).")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.version_option(package_name="argus-openapi-client", prog_name="argus")
@click.pass_context
def cli(
    ctx: click.Context,
    url: str | None,
    token: str | None,
    profile: str | None,
    timeout: float,
    allow_http: bool,
    utc: bool,
    debug: bool,
) -> None:
    """The Argus incident registry from the command line."""
    from datetime import UTC

    views.TimeZone.shown_in = UTC if utc else None
    ctx.obj = Session(
        url_given=url, token_given=token, profile_name=profile, debug=debug, timeout=timeout, allow_http=allow_http
    )


COMMANDS = (
    *account.COMMANDS,
    *profiles.COMMANDS,
    incidents.incidents,
    events.events,
    sources.sources,
    server.server,
    *glue.COMMANDS,
)
for command in COMMANDS:
    cli.add_command(command)

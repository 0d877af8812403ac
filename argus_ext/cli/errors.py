"""Exit codes and error messages: one line on stderr naming what failed, no traceback (`--debug` adds it), never
a token. ArgusError messages carry no token (argus_ext keeps them out) but may quote the server's words, so every
message is printed through text.shown: the server's reason as it is, with no control character reaching the terminal.
"""

from __future__ import annotations

import traceback

import click

from .text import shown

OK, API_ERROR, USAGE, AUTHENTICATION, CONNECTION = 0, 1, 2, 3, 4
# What a shell reports for a command stopped by SIGINT (128 + 2) or SIGPIPE (128 + 13): scripts tell Ctrl-C and a
# reader that left early from an API error.
INTERRUPTED, BROKEN_PIPE = 130, 141


class CliError(click.ClickException):
    """A failure reported as "Error: <message>" with its documented exit code (click keeps it per class)."""

    exit_code = API_ERROR

    def format_message(self) -> str:
        return shown(self.message)


class UsageProblem(CliError):
    exit_code = USAGE


class AuthenticationProblem(CliError):
    exit_code = AUTHENTICATION


class ConnectionProblem(CliError):
    exit_code = CONNECTION


_BY_CODE: dict[int, type[CliError]] = {
    API_ERROR: CliError,
    USAGE: UsageProblem,
    AUTHENTICATION: AuthenticationProblem,
    CONNECTION: ConnectionProblem,
}


def cli_error(message: str, exit_code: int) -> CliError:
    return _BY_CODE[exit_code](message)


def exit_code_of(error: Exception) -> int:
    # Imported here: argus_ext.errors pulls in httpx, which `argus --help` does not need.
    from argus_ext.errors import (
        ArgusConnectionError,
        ForbiddenError,
        RequestRefusedError,
        UnauthorizedError,
    )

    if isinstance(error, UnauthorizedError | ForbiddenError):
        return AUTHENTICATION
    if isinstance(error, ArgusConnectionError):
        return CONNECTION
    if isinstance(error, RequestRefusedError):
        return USAGE
    return API_ERROR


def as_cli_error(error: Exception, *, debug: bool) -> CliError:
    """The CliError for an ArgusError (or a config problem), after printing the traceback in debug mode."""
    if debug:  # the traceback quotes the server's words too: escaped line by line, its line breaks kept
        lines = "".join(traceback.format_exception(error)).splitlines()
        click.echo("\n".join(shown(line) for line in lines), err=True)
    from .config import ConfigError

    code = USAGE if isinstance(error, ConfigError) else exit_code_of(error)
    return cli_error(str(error), code)

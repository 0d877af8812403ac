"""`argus reconcile` and `argus heartbeat`: a glue service as a cron line. A check prints the source's current
problems as JSON; `argus reconcile -` makes the source's open incidents in Argus match them (argus_ext's
reconcile: the same input twice writes nothing), and `argus heartbeat` says the source is alive.

Exit codes beyond the common ones (app.py): 5 when Argus does not match yet because some problems failed (each
named in the report; the next run tries them again). A connection lost during the run exits 4, as any connection
error, after the report: what was not attempted is in it.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

import click

from .errors import CONNECTION, USAGE, cli_error, exit_code_of
from .output import Column, Format, emit_items, emit_record, format_options, say
from .problem_input import BadInput, problems
from .session import Session, pass_session

if TYPE_CHECKING:
    from argus_ext import Problem, ReconcileReport
    from argus_ext.reconciliation import ClosedIdPolicy

INCOMPLETE = 5
OUTCOMES = ("created", "resolved", "updated", "reopened", "unchanged", "failed", "not_attempted")

REPORT_COLUMNS: list[Column[tuple[str, list[str]]]] = [
    Column("OUTCOME", lambda row: row[0]),
    Column("COUNT", lambda row: str(len(row[1]))),
    Column("IDS", lambda row: ", ".join(row[1]), flexible=True),
]


@click.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-", metavar="[FILE|-]")
@click.option("--no-update", is_flag=True, help="Change no existing incident: only create and resolve.")
@click.option(
    "--on-closed-id",
    type=click.Choice(["reopen", "fail"]),
    default="reopen",
    show_default=True,
    help="A problem whose id a closed incident holds: re-open that incident, or report it as failed.",
)
@click.option(
    "--concurrency", type=click.IntRange(min=1), default=1, show_default=True, help="Writes in flight at once."
)
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Let an input without problems resolve every open incident of the source (refused otherwise).",
)
@format_options
@pass_session
def reconcile(
    session: Session,
    source: IO[str],
    no_update: bool,
    on_closed_id: ClosedIdPolicy,
    concurrency: int,
    allow_empty: bool,
    fmt: Format,
) -> None:
    """Make the source system's open incidents match the problems in FILE (stdin: -), JSON lines or one JSON
    array of {"id", "description", "level", "tags", "start_time", "details_url", "metadata"} (id and description
    required). Every record is checked before anything is sent. Run it as the source system (its token).

    \b
    Exit codes: 0 Argus matches the input, 5 some problems failed (the next run
    tries again), 2 bad input (line, field, value; nothing sent), 3 authentication,
    4 connection (also when lost during the run, after the report)."""
    try:
        desired = problems(source.read())
    except BadInput as error:
        raise cli_error(f"{source.name}: {error}; nothing was sent", USAGE) from None
    except UnicodeDecodeError as error:
        raise cli_error(f"{source.name}: not UTF-8 text ({error.reason} at byte {error.start})", USAGE) from None
    if not desired and not allow_empty:
        raise cli_error(
            f"{source.name}: no problems in the input: that would resolve every open incident of the source system."
            " If the source truly has none, give --allow-empty; nothing was sent",
            USAGE,
        )
    if not desired:
        say("no problems in the input: every open incident of the source system is resolved (--allow-empty)", err=True)
    report = _run(session, desired, update=not no_update, on_closed_id=on_closed_id, concurrency=concurrency)
    _emit(report, fmt)
    _exit_for(report)


def _run(
    session: Session, desired: dict[str, Problem], *, update: bool, on_closed_id: ClosedIdPolicy, concurrency: int
) -> ReconcileReport:
    from argus_ext import areconcile, reconcile

    client = session.client()
    if concurrency == 1:
        return reconcile(client, desired, update=update, on_closed_id=on_closed_id)
    import asyncio

    return asyncio.run(areconcile(client, desired, concurrency=concurrency, update=update, on_closed_id=on_closed_id))


def _emit(report: ReconcileReport, fmt: Format) -> None:
    if fmt in ("json", "jsonl"):
        emit_record(report_document(report), fmt, [])
        return
    rows = [(name, sorted(getattr(report, name))) for name in OUTCOMES]
    emit_items(rows, fmt, REPORT_COLUMNS, lambda row: {})  # as_dict: for the JSON forms, written above
    for sid, error in sorted(report.failed.items()):  # each failure with the server's words, escaped by `say`
        say(f"failed {sid}: {error}", err=True)


def report_document(report: ReconcileReport) -> dict[str, Any]:
    """The report as JSON: each outcome's sorted ids, `failed` as id -> {"error": its class, "message"}."""
    document: dict[str, Any] = {name: sorted(getattr(report, name)) for name in OUTCOMES}
    document["failed"] = {
        sid: {"error": type(error).__name__, "message": str(error)} for sid, error in sorted(report.failed.items())
    }
    return {**document, "complete": report.complete}


def _exit_for(report: ReconcileReport) -> None:
    from argus_ext import ArgusConnectionError

    if report.complete:
        return
    lost = any(isinstance(error, ArgusConnectionError) for error in report.failed.values())
    summary = f"{len(report.failed)} failed, {len(report.not_attempted)} not attempted"
    if lost:
        raise cli_error(f"the connection was lost during the run ({summary}); the next run completes it", CONNECTION)
    say(f"Argus does not match the input yet: {summary}; the next run tries them again", err=True)
    raise click.exceptions.Exit(INCOMPLETE)


@click.command()
@pass_session
def heartbeat(session: Session) -> None:
    """Tell Argus the source system is alive (its last_seen becomes now). Run it as the source system; a source
    with nothing to report looks dead without it."""
    from argus_ext import ForbiddenError
    from argus_ext import heartbeat as send_heartbeat

    try:
        send_heartbeat(session.client())
    except ForbiddenError as error:
        raise cli_error(
            f"only a source system has a heartbeat, and this token's user is none ({error})", exit_code_of(error)
        ) from None


COMMANDS = (reconcile, heartbeat)

"""`argus incidents ...`: list with every filter of the API, show, ack, resolve, reopen, tag."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import click

from . import views
from .errors import USAGE, cli_error
from .output import Format, emit_items, emit_record, format_options, limited
from .params import FUTURE_TIME, PAST_TIME, TAG
from .session import Session, pass_session

if TYPE_CHECKING:
    from argus_api_v2.models import Event, Incident

    from argus_ext import ConnectedClient

DEFAULT_LIMIT = 100


@click.group()
def incidents() -> None:
    """List, show, acknowledge, resolve, re-open and tag incidents."""


def _filters(**given: Any) -> dict[str, Any]:
    # Only the filters given: an absent one is not the same as False.
    return {name: value for name, value in given.items() if value is not None and value != ()}


@incidents.command("list")
@click.option("--open/--closed", "open_", default=None, help="Open (stateful, not ended) or closed ones only.")
@click.option("--acked/--unacked", default=None, help="Acknowledged or unacknowledged ones only.")
@click.option("--stateful/--stateless", default=None, help="Stateful ones (with an end) or stateless ones only.")
@click.option("--level-max", type=click.IntRange(1, 5), help="This level or more severe (1 is the most severe).")
@click.option("--tag", "tags", type=TAG, multiple=True, help="key=value; repeat: same key any, different keys all.")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Source system name (repeatable).")
@click.option("--source-id", "source_ids", type=int, multiple=True, help="Source system pk (repeatable).")
@click.option("--source-type", "source_types", multiple=True, metavar="NAME", help="Source type (repeatable).")
@click.option("--source-incident-id", metavar="ID", help="The incident's id in its source system.")
@click.option("--ticket/--no-ticket", default=None, help="With or without a ticket URL.")
@click.option("--min-duration", type=click.IntRange(min=0), metavar="MINUTES", help="Open at least this long.")
@click.option("--started-after", type=PAST_TIME, help="ISO time or age such as 2h, 1d.")
@click.option("--started-before", type=PAST_TIME, help="ISO time or age such as 2h, 1d.")
@click.option("--ended-after", type=PAST_TIME, help="ISO time or age such as 2h, 1d.")
@click.option("--ended-before", type=PAST_TIME, help="ISO time or age such as 2h, 1d.")
@click.option("--mine", is_flag=True, help="Only the incidents I reported (a source system's own).")
@click.option("--limit", type=click.IntRange(min=0), default=DEFAULT_LIMIT, show_default=True, help="0: no limit.")
@click.option("--page-size", type=click.IntRange(min=1), help="Incidents per request (default: up to 1000).")
@format_options
@pass_session
def list_incidents(
    session: Session,
    /,
    *,
    mine: bool,
    limit: int,
    page_size: int | None,
    fmt: Format,
    tags: tuple[str, ...],
    sources: tuple[str, ...],
    source_ids: tuple[int, ...],
    source_types: tuple[str, ...],
    level_max: int | None,
    min_duration: int | None,
    started_after: datetime | None,
    started_before: datetime | None,
    ended_after: datetime | None,
    ended_before: datetime | None,
    **flags: Any,
) -> None:
    """List incidents, newest first (at most --limit, default 100), one page of the API at a time."""
    from argus_ext import paginate_incidents, paginate_my_incidents

    filters = _filters(
        tags=list(tags) or None,
        source_name_in=list(sources) or None,
        source_id_in=list(source_ids) or None,
        source_type_in=list(source_types) or None,
        level_lte=level_max,
        duration_gte=min_duration,
        start_time_gte=started_after,
        start_time_lte=started_before,
        end_time_gte=ended_after,
        end_time_lte=ended_before,
        **flags,
    )
    wanted = limit or None
    size = page_size or min(wanted or 1000, 1000)
    paginate = paginate_my_incidents if mine else paginate_incidents
    try:
        pager = paginate(session.client(), page_size=size, **filters)
    except ValueError as exc:  # a filter value the API cannot carry (a comma in a tag), refused before sending
        raise cli_error(str(exc), USAGE) from exc
    pages = (page.items for page in pager.pages())
    emit_items(limited(pages, wanted, "incidents"), fmt, views.INCIDENT_COLUMNS, lambda i: i.to_dict())


def _get(client: ConnectedClient, pk: int) -> Incident:
    from argus_api_v2.api.incidents import get_incident

    return get_incident.sync(pk, client=client)


@incidents.command("show")
@click.argument("pk", type=int)
@format_options
@pass_session
def show(session: Session, pk: int, fmt: Format) -> None:
    """Show one incident."""
    incident = _get(session.client(), pk)
    emit_record(incident.to_dict(), fmt, views.incident_lines(incident))


@incidents.command("ack")
@click.argument("pk", type=int)
@click.option("--until", "expiration", type=FUTURE_TIME, help="ISO time or duration such as 2h (default: for good).")
@click.option("-m", "--message", help="Why, or what is being done.")
@format_options
@pass_session
def ack(session: Session, pk: int, expiration: datetime | None, message: str | None, fmt: Format) -> None:
    """Acknowledge an incident (as an end user)."""
    from argus_ext import acknowledge

    made = acknowledge(session.client(), pk, description=message, expiration=expiration)
    until = "for good" if made.expiration is None else f"until {views.local(made.expiration)}"
    _report(fmt, made.to_dict(), f"incident {pk} acknowledged {until} by {made.event.actor.username}")


def _report(fmt: Format, record: dict[str, Any], sentence: str) -> None:
    if fmt == "table":
        click.echo(sentence)
    else:
        emit_record(record, fmt, [])


def _post_as_user_or_source(
    session: Session, pk: int, message: str | None, as_user: Literal["CLO", "REO"], as_source: Literal["END", "RES"]
) -> Event:
    # End users close with CLO and re-open with REO, source systems with END and RES. Nothing tells a client
    # whether its token is a source system's, but the server says so: a 400 on "type" for the wrong one.
    from argus_ext import BadRequestError, post_event

    client = session.client()
    try:
        return post_event(client, pk, as_user, description=message)
    except BadRequestError as error:
        if "type" not in (error.field_errors or {}):
            raise
        return post_event(client, pk, as_source, description=message)


def _state_command(
    name: str, done: str, as_user: Literal["CLO", "REO"], as_source: Literal["END", "RES"], summary: str
) -> click.Command:
    @incidents.command(name, help=f"{summary} ({as_user} as an end user, {as_source} as its source system).")
    @click.argument("pk", type=int)
    @click.option("-m", "--message", help="What happened, or why.")
    @format_options
    @pass_session
    def command(session: Session, pk: int, message: str | None, fmt: Format) -> None:
        event = _post_as_user_or_source(session, pk, message, as_user, as_source)
        _report(fmt, event.to_dict(), f"incident {pk} {done} ({event.type_.display}) by {event.actor.username}")

    return command


resolve = _state_command("resolve", "resolved", "CLO", "END", "Close an incident")
reopen = _state_command("reopen", "re-opened", "REO", "RES", "Re-open a closed incident")


@incidents.command("tag")
@click.argument("pk", type=int)
@click.argument("action", type=click.Choice(["add", "remove"]))
@click.argument("tag", type=TAG)
@pass_session
def tag(session: Session, pk: int, action: str, tag: str) -> None:
    """Add a key=value tag to an incident, or remove one."""
    from argus_api_v2.api.incident_tags import add_incident_tag, remove_incident_tag
    from argus_api_v2.models import TagValue

    client = session.client()
    if action == "add":
        add_incident_tag.sync(pk, client=client, body=TagValue(tag))
        click.echo(f"incident {pk}: tag {tag} added")
    else:
        remove_incident_tag.sync(pk, tag, client=client)
        click.echo(f"incident {pk}: tag {tag} removed")

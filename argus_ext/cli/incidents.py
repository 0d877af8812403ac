"""`argus incidents ...`: list with every filter of the API, show, create, update, ack, resolve, reopen, tag."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

import click

from . import views
from .errors import API_ERROR, USAGE, cli_error
from .output import Format, emit_items, emit_record, format_options, limited, say
from .params import FUTURE_TIME, PAST_TIME, TAG
from .session import Session, pass_session

if TYPE_CHECKING:
    from argus_api_v2.models import Acknowledgement, Incident

    from argus_ext import ConnectedClient

DEFAULT_LIMIT = 100


@click.group()
def incidents() -> None:
    """List, show, create, update, acknowledge, resolve, re-open and tag incidents."""


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
    pages = ((page.items, page.next_cursor is not None) for page in pager.pages())
    emit_items(limited(pages, wanted, "incidents"), fmt, views.INCIDENT_COLUMNS, lambda i: i.to_dict())


def _get(client: ConnectedClient, pk: int) -> Incident:
    from argus_api_v2.api.incidents import get_incident

    return get_incident.sync(pk, client=client)


def _acks(client: ConnectedClient, pk: int) -> list[Acknowledgement]:
    from argus_api_v2.api.incident_acks import list_incident_acks

    return list_incident_acks.sync(pk, client=client)


@incidents.command("show")
@click.argument("pk", type=int)
@format_options
@pass_session
def show(session: Session, pk: int, fmt: Format) -> None:
    """Show one incident, with its acknowledgements and when they end."""
    client = session.client()
    incident = _get(client, pk)
    if fmt in ("json", "jsonl"):
        emit_record(incident.to_dict(), fmt, [])
    else:
        emit_record({}, fmt, views.incident_lines(incident, _acks(client, pk)))


@incidents.command("create")
@click.option("-d", "--description", required=True, help="What is wrong.")
@click.option("--level", type=click.IntRange(1, 5), default=5, show_default=True, help="1 is the most severe.")
@click.option("--tag", "tags", type=TAG, multiple=True, help="key=value (repeatable).")
@click.option("--started", type=PAST_TIME, help="ISO time or age such as 10m (default: now).")
@click.option("--stateless", is_flag=True, help="A single point in time, with no open or closed state.")
@click.option("--source-incident-id", metavar="ID", help="The incident's id in its source system.")
@click.option("--details-url", metavar="URL", help="Where the source system shows it (may be relative).")
@click.option("--ticket-url", metavar="URL", help="The ticket about it.")
@format_options
@pass_session
def create(
    session: Session,
    description: str,
    level: int,
    tags: tuple[str, ...],
    started: datetime | None,
    stateless: bool,
    source_incident_id: str | None,
    details_url: str | None,
    ticket_url: str | None,
    fmt: Format,
) -> None:
    """Report a new incident (as a source system: end users cannot create incidents)."""
    from argus_api_v2.api.incidents import create_incident
    from argus_api_v2.models import IncidentCreate, TagValue

    from argus_ext import STATELESS, end_time_to_api

    body = IncidentCreate(
        start_time=started or datetime.now(UTC),
        tags=[TagValue(tag) for tag in tags],
        description=description,
        level=level,
    )
    for name, value in (
        ("source_incident_id", source_incident_id),
        ("details_url", details_url),
        ("ticket_url", ticket_url),
    ):
        if value is not None:
            setattr(body, name, value)
    if stateless:
        body.end_time = end_time_to_api(STATELESS)
    made = create_incident.sync(client=session.client(), body=body)
    _report(fmt, made.to_dict(), f"incident {made.pk} created ({views.state(made)}, level {made.level})")


@incidents.command("update")
@click.argument("pk", type=int)
@click.option("-d", "--description", help="A new description.")
@click.option("--level", type=click.IntRange(1, 5), help="A new level (1 is the most severe).")
@click.option("--ticket-url", metavar="URL", help="The ticket about it.")
@click.option("--details-url", metavar="URL", help="Where the source system shows it.")
@click.option("--tag", "tags", type=TAG, multiple=True, help="key=value, repeatable: REPLACES all its tags.")
@format_options
@pass_session
def update(
    session: Session,
    pk: int,
    description: str | None,
    level: int | None,
    ticket_url: str | None,
    details_url: str | None,
    tags: tuple[str, ...],
    fmt: Format,
) -> None:
    """Change an incident's level, description, ticket or details URL, or tags (`incidents tag` adds one by one)."""
    from argus_api_v2.api.incidents import update_incident
    from argus_api_v2.models import IncidentPatch, TagValue

    changes = _filters(description=description, level=level, ticket_url=ticket_url, details_url=details_url)
    if tags:
        changes["tags"] = [TagValue(tag) for tag in tags]
    if not changes:
        raise cli_error("nothing to change: give --description, --level, --ticket-url, --details-url or --tag", USAGE)
    made = update_incident.sync(pk, client=session.client(), body=IncidentPatch(**changes))
    _report(fmt, made.to_dict(), f"incident {pk} updated: {', '.join(sorted(changes))}")


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
    _report(fmt, made.to_dict(), f"incident {pk} acknowledged {views.ack_until(made)} by {made.event.actor.username}")


def _report(fmt: Format, record: dict[str, Any], sentence: str) -> None:
    if fmt in ("json", "jsonl"):
        emit_record(record, fmt, [])
    else:
        say(sentence)


def _caller_is_a_source_system(client: ConnectedClient, incident: Incident) -> bool:
    """Whether the token's user is a source system's own user. The API says it nowhere directly: the sources list
    gives each source's user pk, and the user endpoint that pk's username. The incident's own source is asked
    first; the others in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    from argus_api_v2.api.auth import get_current_user, get_user
    from argus_api_v2.api.sources import list_sources

    me = get_current_user.sync(client=client).username
    users = {source.pk: source.user for source in list_sources.sync(client=client)}
    own = users.pop(incident.source.pk, None)
    if own is not None and get_user.sync(own, client=client).username == me:
        return True
    with ThreadPoolExecutor(max_workers=8) as pool:
        return me in pool.map(lambda user: get_user.sync(user, client=client).username, set(users.values()))


def _state_command(
    name: str, done: str, as_user: Literal["CLO", "REO"], as_source: Literal["END", "RES"], summary: str
) -> click.Command:
    wanted = "closed" if as_user == "CLO" else "open"

    @incidents.command(name, help=f"{summary} ({as_user} as an end user, {as_source} as a source system).")
    @click.argument("pk", type=int)
    @click.option("-m", "--message", help="What happened, or why.")
    @format_options
    @pass_session
    def command(session: Session, pk: int, message: str | None, fmt: Format) -> None:
        # One event, of the type that fits the caller; the server's refusal is the answer, shown as it is. The
        # incident is read again afterwards: a state the server did not change is never reported as changed.
        from argus_ext import post_event

        client = session.client()
        incident = _get(client, pk)
        before = views.state(incident)
        if before == "stateless":
            raise cli_error(f"incident {pk} is stateless: it has no open or closed state to change", API_ERROR)
        type_ = as_source if _caller_is_a_source_system(client, incident) else as_user
        event = post_event(client, pk, type_, description=message)
        now = views.state(_get(client, pk))
        # A source system's END on a closed incident (or RES on an open one) is taken without a word: only the
        # states before and after tell that nothing changed.
        if before.startswith(wanted) or not now.startswith(wanted):
            raise cli_error(
                f"the server took the {type_} event (pk {event.pk}) but did not change incident {pk}: it was {before},"
                f" it is {now}",
                API_ERROR,
            )
        _report(fmt, event.to_dict(), f"incident {pk} {done} ({event.type_.display}) by {event.actor.username}")

    return command


resolve = _state_command("resolve", "resolved", "CLO", "END", "Close an incident")
reopen = _state_command("reopen", "re-opened", "REO", "RES", "Re-open a closed incident")


@incidents.command("tag")
@click.argument("pk", type=int)
@click.argument("action", type=click.Choice(["add", "remove"]))
@click.argument("tags", type=TAG, nargs=-1, required=True)
@pass_session
def tag(session: Session, pk: int, action: str, tags: tuple[str, ...]) -> None:
    """Add key=value tags to an incident, or remove them (several at once: one request each, in order)."""
    from argus_api_v2.api.incident_tags import add_incident_tag, remove_incident_tag
    from argus_api_v2.models import TagValue

    client = session.client()
    for one in tags:
        if action == "add":
            add_incident_tag.sync(pk, client=client, body=TagValue(one))
            say(f"incident {pk}: tag {one} added")
        else:
            remove_incident_tag.sync(pk, one, client=client)
            say(f"incident {pk}: tag {one} removed")

"""The everyday calls of a glue service and an operator, each one generated call away, sync and async.

    resolve(client, incident, description="disk cleaned")     # END event: the incident closes
    reopen(client, incident)                                   # RES event (a source system); REO for end users
    acknowledge(client, incident, expiration=in_two_hours)
    find_my_incident(client, "zabbix-4711")                    # by source_incident_id, or None
    heartbeat(client)                                          # "this source system is alive"
    post_event(client, incident, "OTH", description="a note")  # any other event

Each `a<name>` twin does the same with `await`. One function builds each request body (the decision), the
twins only send it through the generated `sync()` / `asyncio()` call, so both behave alike by construction.
An `incident` is an `Incident` or its primary key. Times default to now, in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from argus_api_v2 import AuthenticatedClient, Client
from argus_api_v2.api.incident_acks import create_incident_ack
from argus_api_v2.api.incident_events import create_incident_event
from argus_api_v2.api.incidents import list_my_incidents
from argus_api_v2.api.sources import send_source_heartbeat
from argus_api_v2.models import Acknowledgement, AcknowledgementCreate, Event, EventCreate, Incident
from argus_api_v2.models.event_create_type import EventCreateType
from argus_api_v2.types import UNSET

from .end_time import require_aware
from .pagination import apaginate_incidents, paginate_incidents

AnyClient = AuthenticatedClient | Client
IncidentRef = Incident | int
# END closes (source systems only), CLO closes (end users only); RES and REO re-open, respectively.
CloseType = Literal["END", "CLO"]
ReopenType = Literal["RES", "REO"]


def incident_pk(incident: IncidentRef) -> int:
    """The primary key of an `Incident` or of a pk given as is."""
    if isinstance(incident, Incident):
        return incident.pk
    if isinstance(incident, bool) or not isinstance(incident, int):
        raise TypeError(f"incident: expected an Incident or its pk (an int); got {incident!r}")
    return incident


def event_body(
    type_: EventCreateType, description: str | None = None, timestamp: datetime | None = None
) -> EventCreate:
    """An event of `type_` at `timestamp` (default: now, UTC), with an optional description."""
    when = datetime.now(UTC) if timestamp is None else require_aware(timestamp, field="timestamp")
    return EventCreate(type_=type_, timestamp=when, description=UNSET if description is None else description)


def ack_body(
    description: str | None = None, expiration: datetime | None = None, timestamp: datetime | None = None
) -> AcknowledgementCreate:
    """An acknowledgement made at `timestamp` (default: now), lasting until `expiration` (None: for good)."""
    return AcknowledgementCreate(
        timestamp=datetime.now(UTC) if timestamp is None else require_aware(timestamp, field="timestamp"),
        description=UNSET if description is None else description,
        expiration=None if expiration is None else require_aware(expiration, field="expiration"),
    )


def post_event(
    client: AnyClient,
    incident: IncidentRef,
    type_: EventCreateType,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
) -> Event:
    """Any event on an incident (OTH for a note; `resolve` and `reopen` are the common ones), now by default."""
    body = event_body(type_, description, timestamp)
    return create_incident_event.sync(incident_pk(incident), client=client, body=body)


async def apost_event(
    client: AnyClient,
    incident: IncidentRef,
    type_: EventCreateType,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
) -> Event:
    """Async `post_event`."""
    body = event_body(type_, description, timestamp)
    return await create_incident_event.asyncio(incident_pk(incident), client=client, body=body)


def resolve(
    client: AnyClient,
    incident: IncidentRef,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> Event:
    """Close an incident: an END event (from its source system; `type_="CLO"` for an end user). Its end_time
    becomes `timestamp`."""
    return post_event(client, incident, type_, description=description, timestamp=timestamp)


async def aresolve(
    client: AnyClient,
    incident: IncidentRef,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> Event:
    """Async `resolve`."""
    return await apost_event(client, incident, type_, description=description, timestamp=timestamp)


def reopen(
    client: AnyClient,
    incident: IncidentRef,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: ReopenType = "RES",
) -> Event:
    """Re-open a closed incident: a RES event (from its source system; `type_="REO"` for an end user)."""
    return post_event(client, incident, type_, description=description, timestamp=timestamp)


async def areopen(
    client: AnyClient,
    incident: IncidentRef,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: ReopenType = "RES",
) -> Event:
    """Async `reopen`."""
    return await apost_event(client, incident, type_, description=description, timestamp=timestamp)


def acknowledge(
    client: AnyClient,
    incident: IncidentRef,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> Acknowledgement:
    """Acknowledge an incident ("someone is on it") until `expiration`, or for good when it is None."""
    body = ack_body(description, expiration, timestamp)
    return create_incident_ack.sync(incident_pk(incident), client=client, body=body)


async def aacknowledge(
    client: AnyClient,
    incident: IncidentRef,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> Acknowledgement:
    """Async `acknowledge`."""
    body = ack_body(description, expiration, timestamp)
    return await create_incident_ack.asyncio(incident_pk(incident), client=client, body=body)


def find_my_incident(client: AnyClient, source_incident_id: str) -> Incident | None:
    """The calling source system's incident with this `source_incident_id` (open or closed), or None.

    The server keeps a source_incident_id unique per source system, for good: there is at most one.
    """
    page = list_my_incidents.sync(client=client, source_incident_id=_checked_id(source_incident_id), page_size=1)
    return page.results[0] if page.results else None


async def afind_my_incident(client: AnyClient, source_incident_id: str) -> Incident | None:
    """Async `find_my_incident`."""
    page = await list_my_incidents.asyncio(
        client=client, source_incident_id=_checked_id(source_incident_id), page_size=1
    )
    return page.results[0] if page.results else None


def find_incidents(client: AnyClient, source_incident_id: str, *, source_id: int | None = None) -> list[Incident]:
    """Every incident with this `source_incident_id`, of any source system (or only of `source_id`), newest first.

    Different source systems may use the same id, so this is a list; one source system has at most one.
    """
    filters = _find_filters(source_incident_id, source_id)
    return list(paginate_incidents(client, **filters))


async def afind_incidents(
    client: AnyClient, source_incident_id: str, *, source_id: int | None = None
) -> list[Incident]:
    """Async `find_incidents`."""
    filters = _find_filters(source_incident_id, source_id)
    return [incident async for incident in apaginate_incidents(client, **filters)]


def heartbeat(client: AnyClient) -> None:
    """Tell Argus the calling source system is alive (its `last_seen` becomes now). Only source systems may."""
    send_source_heartbeat.sync(client=client)


async def aheartbeat(client: AnyClient) -> None:
    """Async `heartbeat`."""
    await send_source_heartbeat.asyncio(client=client)


def _checked_id(source_incident_id: str) -> str:
    # An empty value would be no filter at all on the server: every incident would match.
    if not isinstance(source_incident_id, str) or not source_incident_id:
        raise ValueError(f"source_incident_id: expected a non-empty string; got {source_incident_id!r}")
    return source_incident_id


def _find_filters(source_incident_id: str, source_id: int | None) -> dict[str, object]:
    filters: dict[str, object] = {"source_incident_id": _checked_id(source_incident_id)}
    if source_id is not None:
        filters["source_id_in"] = [source_id]
    return filters

"""The everyday calls of a glue service and an operator, each one generated call away, sync and async.

    resolve(client, incident, description="disk cleaned")     # END event: the incident closes
    reopen(client, incident)                                   # RES event (a source system); REO for end users
    acknowledge(client, incident, expiration=in_two_hours)
    find_my_incident(client, "zabbix-4711")                    # by source_incident_id, or None
    heartbeat(client)                                          # "this source system is alive"
    post_event(client, incident, "OTH", description="a note")  # any other event

Each `a<name>` twin does the same with `await`. One function builds each request body (the decision), the
twins only send it through the generated `sync()` / `asyncio()` call, so both behave alike by construction.
An `incident` is an `Incident` or its primary key. Times default to now, in UTC. Each helper speaks the
version of the client it is given (API v1 or v2: the operations and bodies come from versions.py), and its
overloads give the result the model type of that version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, overload

from .end_time import require_aware
from .pagination import V2Client, apaginate_incidents, paginate_incidents
from .versions import ApiVersion, version_of_client

if TYPE_CHECKING:
    from argus_api_v1.models import Acknowledgement as V1Acknowledgement
    from argus_api_v1.models import Event as V1Event
    from argus_api_v1.models import Incident as V1Incident
    from argus_api_v1.models.event_create_type import EventCreateType as V1EventType
    from argus_api_v2.models import Acknowledgement, Event, Incident
    from argus_api_v2.models.event_create_type import EventCreateType

    from .pagination import V1Client

# END closes (source systems only), CLO closes (end users only); RES (v2 source systems) and REO (end users)
# re-open. API v1 has no RES: there only end users re-open.
CloseType = Literal["END", "CLO"]
ReopenType = Literal["RES", "REO"]
# The generated operations behind the helpers, looked up in the client's own version (versions.py).
_EVENT, _ACK = "incident_events.create_incident_event", "incident_acks.create_incident_ack"
_MINE, _HEARTBEAT = "incidents.list_my_incidents", "sources.send_source_heartbeat"
# A generated operation's module and the keyword arguments for its sync() or asyncio(): one decision, two drivers.
_Call = tuple[ModuleType, dict[str, Any]]


def incident_pk(incident: object) -> int:
    """The primary key of an incident (of either version's models) or of a pk given as is."""
    pk = incident if isinstance(incident, int) else getattr(incident, "pk", None)
    if isinstance(pk, bool) or not isinstance(pk, int):
        raise TypeError(f"incident: expected an Incident or its pk (an int); got {incident!r}")
    return pk


def _when(timestamp: datetime | None) -> datetime:
    return datetime.now(UTC) if timestamp is None else require_aware(timestamp, field="timestamp")


def _described(description: str | None) -> dict[str, str]:
    # Leave the field out rather than send the generated UNSET: each version's package has its own.
    return {} if description is None else {"description": description}


def event_body(version: ApiVersion, type_: str, description: str | None, timestamp: datetime | None) -> Any:
    """An event of `type_` at `timestamp` (default: now, UTC), with an optional description, as `version`'s
    EventCreate."""
    return version.models().EventCreate(type_=type_, timestamp=_when(timestamp), **_described(description))


def ack_body(
    version: ApiVersion, description: str | None, expiration: datetime | None, timestamp: datetime | None
) -> Any:
    """An acknowledgement made at `timestamp` (default: now), lasting until `expiration` (None: for good), as
    `version`'s AcknowledgementCreate (v1 nests the event)."""
    models = version.models()
    until = None if expiration is None else require_aware(expiration, field="expiration")
    if version.nested_ack_event:
        event = models.AcknowledgementEvent(timestamp=_when(timestamp), **_described(description))
        return models.AcknowledgementCreate(event=event, expiration=until)
    return models.AcknowledgementCreate(timestamp=_when(timestamp), expiration=until, **_described(description))


def _event_call(
    client: object, incident: object, type_: str | None, description: str | None, ts: datetime | None
) -> _Call:
    version = version_of_client(client)
    body = event_body(version, type_ or version.reopen_type, description, ts)
    return version.endpoint(_EVENT), {"incident_pk": incident_pk(incident), "client": client, "body": body}


@overload
def post_event(
    client: V2Client,
    incident: Incident | int,
    type_: EventCreateType,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
) -> Event: ...
@overload
def post_event(
    client: V1Client,
    incident: V1Incident | int,
    type_: V1EventType,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
) -> V1Event: ...
def post_event(
    client: Any, incident: Any, type_: str, *, description: str | None = None, timestamp: datetime | None = None
) -> Any:
    """Any event on an incident (OTH for a note; `resolve` and `reopen` are the common ones), now by default."""
    operation, kwargs = _event_call(client, incident, type_, description, timestamp)
    return operation.sync(**kwargs)


@overload
async def apost_event(
    client: V2Client,
    incident: Incident | int,
    type_: EventCreateType,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
) -> Event: ...
@overload
async def apost_event(
    client: V1Client,
    incident: V1Incident | int,
    type_: V1EventType,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
) -> V1Event: ...
async def apost_event(
    client: Any, incident: Any, type_: str, *, description: str | None = None, timestamp: datetime | None = None
) -> Any:
    """Async `post_event`."""
    operation, kwargs = _event_call(client, incident, type_, description, timestamp)
    return await operation.asyncio(**kwargs)


@overload
def resolve(
    client: V2Client,
    incident: Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> Event: ...
@overload
def resolve(
    client: V1Client,
    incident: V1Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> V1Event: ...
def resolve(
    client: Any,
    incident: Any,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> Any:
    """Close an incident: an END event (from its source system; `type_="CLO"` for an end user). Its end_time
    becomes `timestamp`."""
    return post_event(client, incident, type_, description=description, timestamp=timestamp)


@overload
async def aresolve(
    client: V2Client,
    incident: Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> Event: ...
@overload
async def aresolve(
    client: V1Client,
    incident: V1Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> V1Event: ...
async def aresolve(
    client: Any,
    incident: Any,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: CloseType = "END",
) -> Any:
    """Async `resolve`."""
    return await apost_event(client, incident, type_, description=description, timestamp=timestamp)


@overload
def reopen(
    client: V2Client,
    incident: Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: ReopenType | None = None,
) -> Event: ...
@overload
def reopen(
    client: V1Client,
    incident: V1Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: Literal["REO"] | None = None,
) -> V1Event: ...
def reopen(
    client: Any,
    incident: Any,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: str | None = None,
) -> Any:
    """Re-open a closed incident: by default RES (API v2, from its source system; `type_="REO"` for an end user)
    or REO (API v1, where only end users may re-open)."""
    operation, kwargs = _event_call(client, incident, type_, description, timestamp)
    return operation.sync(**kwargs)


@overload
async def areopen(
    client: V2Client,
    incident: Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: ReopenType | None = None,
) -> Event: ...
@overload
async def areopen(
    client: V1Client,
    incident: V1Incident | int,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: Literal["REO"] | None = None,
) -> V1Event: ...
async def areopen(
    client: Any,
    incident: Any,
    *,
    description: str | None = None,
    timestamp: datetime | None = None,
    type_: str | None = None,
) -> Any:
    """Async `reopen`."""
    operation, kwargs = _event_call(client, incident, type_, description, timestamp)
    return await operation.asyncio(**kwargs)


def _ack_call(
    client: object, incident: object, description: str | None, expiration: datetime | None, ts: datetime | None
) -> _Call:
    version = version_of_client(client)
    body = ack_body(version, description, expiration, ts)
    return version.endpoint(_ACK), {"incident_pk": incident_pk(incident), "client": client, "body": body}


@overload
def acknowledge(
    client: V2Client,
    incident: Incident | int,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> Acknowledgement: ...
@overload
def acknowledge(
    client: V1Client,
    incident: V1Incident | int,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> V1Acknowledgement: ...
def acknowledge(
    client: Any,
    incident: Any,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> Any:
    """Acknowledge an incident ("someone is on it") until `expiration`, or for good when it is None."""
    operation, kwargs = _ack_call(client, incident, description, expiration, timestamp)
    return operation.sync(**kwargs)


@overload
async def aacknowledge(
    client: V2Client,
    incident: Incident | int,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> Acknowledgement: ...
@overload
async def aacknowledge(
    client: V1Client,
    incident: V1Incident | int,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> V1Acknowledgement: ...
async def aacknowledge(
    client: Any,
    incident: Any,
    *,
    description: str | None = None,
    expiration: datetime | None = None,
    timestamp: datetime | None = None,
) -> Any:
    """Async `acknowledge`."""
    operation, kwargs = _ack_call(client, incident, description, expiration, timestamp)
    return await operation.asyncio(**kwargs)


def _mine_call(client: object, source_incident_id: str) -> _Call:
    kwargs: dict[str, Any] = {"client": client, "source_incident_id": _checked_id(source_incident_id), "page_size": 1}
    return version_of_client(client).endpoint(_MINE), kwargs


@overload
def find_my_incident(client: V2Client, source_incident_id: str) -> Incident | None: ...
@overload
def find_my_incident(client: V1Client, source_incident_id: str) -> V1Incident | None: ...
def find_my_incident(client: Any, source_incident_id: str) -> Any:
    """The calling source system's incident with this `source_incident_id` (open or closed), or None.

    The server keeps a source_incident_id unique per source system, for good: there is at most one.
    """
    operation, kwargs = _mine_call(client, source_incident_id)
    page = operation.sync(**kwargs)
    return page.results[0] if page.results else None


@overload
async def afind_my_incident(client: V2Client, source_incident_id: str) -> Incident | None: ...
@overload
async def afind_my_incident(client: V1Client, source_incident_id: str) -> V1Incident | None: ...
async def afind_my_incident(client: Any, source_incident_id: str) -> Any:
    """Async `find_my_incident`."""
    operation, kwargs = _mine_call(client, source_incident_id)
    page = await operation.asyncio(**kwargs)
    return page.results[0] if page.results else None


@overload
def find_incidents(client: V2Client, source_incident_id: str, *, source_id: int | None = None) -> list[Incident]: ...
@overload
def find_incidents(client: V1Client, source_incident_id: str, *, source_id: int | None = None) -> list[V1Incident]: ...
def find_incidents(client: Any, source_incident_id: str, *, source_id: int | None = None) -> Any:
    """Every incident with this `source_incident_id`, of any source system (or only of `source_id`), newest first.

    Different source systems may use the same id, so this is a list; one source system has at most one.
    """
    return list(paginate_incidents(client, **_find_filters(source_incident_id, source_id)))


@overload
async def afind_incidents(
    client: V2Client, source_incident_id: str, *, source_id: int | None = None
) -> list[Incident]: ...
@overload
async def afind_incidents(
    client: V1Client, source_incident_id: str, *, source_id: int | None = None
) -> list[V1Incident]: ...
async def afind_incidents(client: Any, source_incident_id: str, *, source_id: int | None = None) -> Any:
    """Async `find_incidents`."""
    return [incident async for incident in apaginate_incidents(client, **_find_filters(source_incident_id, source_id))]


def heartbeat(client: V2Client) -> None:
    """Tell Argus the calling source system is alive (its `last_seen` becomes now). Only source systems may;
    API v2 only (v1 has no heartbeat)."""
    version_of_client(client).endpoint(_HEARTBEAT).sync(client=client)


async def aheartbeat(client: V2Client) -> None:
    """Async `heartbeat`."""
    await version_of_client(client).endpoint(_HEARTBEAT).asyncio(client=client)


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

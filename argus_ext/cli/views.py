"""How incidents, events and source systems look in tables and detail views (JSON output is their API form).

Times are shown in this machine's time zone with their offset ("2026-12-07 01:05+01:00"), or in UTC with `--utc`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from .output import Column

if TYPE_CHECKING:
    from argus_api_v2.models import Acknowledgement, Event, Incident, SourceSystem


class TimeZone:
    """The zone times are shown in: None for this machine's, or UTC (`argus --utc`); set by the root command."""

    shown_in: tzinfo | None = None


def local(moment: datetime) -> str:
    """A time to the minute, with its offset (the JSON forms keep the server's full value)."""
    converted = moment.astimezone(TimeZone.shown_in)
    offset = converted.strftime("%z")
    zone = "Z" if TimeZone.shown_in is UTC else f"{offset[:3]}:{offset[3:]}"
    return converted.strftime("%Y-%m-%d %H:%M") + zone


def state(incident: Incident) -> str:
    from argus_ext import INFINITY, STATELESS, end_time_from_api

    end = end_time_from_api(incident.end_time)
    if end is INFINITY:
        return "open"
    if end is STATELESS:
        return "stateless"
    return f"closed {local(end)}"


def tags(incident: Incident) -> str:
    return ", ".join(tag.tag for tag in incident.tags)


def ack_until(ack: Acknowledgement) -> str:
    return "for good" if ack.expiration is None else f"until {local(ack.expiration)}"


INCIDENT_COLUMNS: Sequence[Column[Incident]] = (
    Column("PK", lambda i: str(i.pk)),
    Column("STARTED", lambda i: local(i.start_time), drop=4),
    Column("LEVEL", lambda i: str(i.level)),
    Column("STATE", state),
    Column("ACKED", lambda i: "yes" if i.acked else "no", drop=2),
    Column("SOURCE", lambda i: i.source.name, drop=3),
    Column("SOURCE ID", lambda i: i.source_incident_id, wide=True, drop=1),
    Column("DESCRIPTION", lambda i: i.description, flexible=True),
    Column("TAGS", tags, drop=1),
    Column("TICKET", lambda i: i.ticket_url, wide=True, drop=1),
)


def incident_lines(incident: Incident, acks: Sequence[Acknowledgement] = ()) -> list[tuple[str, str]]:
    lines = [
        ("pk", str(incident.pk)),
        ("description", incident.description),
        ("level", str(incident.level)),
        ("state", state(incident)),
        ("acked", "yes" if incident.acked else "no"),
        ("started", local(incident.start_time)),
        ("source", f"{incident.source.name} (pk {incident.source.pk})"),
        ("source incident id", incident.source_incident_id),
        ("tags", tags(incident)),
        ("details url", incident.details_url),
        ("ticket url", incident.ticket_url),
    ]
    lines.extend(("ack", f"{ack_until(ack)} by {ack.event.actor.username}: {ack.event.description}") for ack in acks)
    return lines


def event_columns(expirations: dict[int, str]) -> Sequence[Column[Event]]:
    """The events table; `expirations`: an ack event's pk -> when its acknowledgement ends (no ACK column when
    there is none)."""
    ack: tuple[Column[Event], ...] = (
        (Column("ACK", lambda e: expirations.get(e.pk, ""), drop=4),) if expirations else ()
    )
    return (
        Column("PK", lambda e: str(e.pk), drop=2),
        Column("INCIDENT", lambda e: str(e.incident), drop=1),
        Column("TIME", lambda e: local(e.timestamp)),
        Column("TYPE", lambda e: f"{e.type_.value} ({e.type_.display})"),
        Column("ACTOR", lambda e: e.actor.username, drop=3),
        *ack,
        Column("DESCRIPTION", lambda e: e.description, flexible=True),
    )


SOURCE_COLUMNS: Sequence[Column[SourceSystem]] = (
    Column("PK", lambda s: str(s.pk)),
    Column("NAME", lambda s: s.name),
    Column("TYPE", lambda s: s.type_.name),
    Column("USER", lambda s: str(s.user), drop=1),
    Column("BASE URL", lambda s: s.base_url, flexible=True),
)

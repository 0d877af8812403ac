"""How incidents, events and source systems look in tables and detail views (JSON output is their API form)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from .output import Column

if TYPE_CHECKING:
    from argus_api_v2.models import Event, Incident, SourceSystem


def local(moment: datetime) -> str:
    """A time in this machine's time zone, to the minute (the JSON forms keep the server's full value)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


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


INCIDENT_COLUMNS: Sequence[Column[Incident]] = (
    ("PK", lambda i: str(i.pk)),
    ("STARTED", lambda i: local(i.start_time)),
    ("LEVEL", lambda i: str(i.level)),
    ("STATE", state),
    ("ACKED", lambda i: "yes" if i.acked else "no"),
    ("SOURCE", lambda i: i.source.name),
    ("DESCRIPTION", lambda i: i.description),
    ("TAGS", tags),
)


def incident_lines(incident: Incident) -> list[tuple[str, str]]:
    return [
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


EVENT_COLUMNS: Sequence[Column[Event]] = (
    ("PK", lambda e: str(e.pk)),
    ("INCIDENT", lambda e: str(e.incident)),
    ("TIME", lambda e: local(e.timestamp)),
    ("TYPE", lambda e: f"{e.type_.value} ({e.type_.display})"),
    ("ACTOR", lambda e: e.actor.username),
    ("DESCRIPTION", lambda e: e.description),
)

SOURCE_COLUMNS: Sequence[Column[SourceSystem]] = (
    ("PK", lambda s: str(s.pk)),
    ("NAME", lambda s: s.name),
    ("TYPE", lambda s: s.type_.name),
    ("USER", lambda s: str(s.user)),
    ("BASE URL", lambda s: s.base_url),
)

"""`argus events list PK`: an incident's events (start, acks, closes, re-opens, notes), latest first, with when
each acknowledgement ends."""

from __future__ import annotations

import click

from . import views
from .output import Format, emit_items, format_options
from .session import Session, pass_session


@click.group()
def events() -> None:
    """Incident events."""


@events.command("list")
@click.argument("pk", type=int)
@format_options
@pass_session
def list_events(session: Session, pk: int, fmt: Format) -> None:
    """The events of incident PK, latest first; ACK shows when an acknowledgement ends."""
    from argus_api_v2.api.incident_acks import list_incident_acks
    from argus_api_v2.api.incident_events import list_incident_events

    client = session.client()
    found = list_incident_events.sync(pk, client=client)
    expirations: dict[int, str] = {}
    if fmt not in ("json", "jsonl") and any(event.type_.value == "ACK" for event in found):
        expirations = {ack.event.pk: views.ack_until(ack) for ack in list_incident_acks.sync(pk, client=client)}
    emit_items(found, fmt, views.event_columns(expirations), lambda event: event.to_dict())

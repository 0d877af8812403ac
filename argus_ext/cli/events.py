"""`argus events list PK`: an incident's events (start, acks, closes, re-opens, notes), latest first."""

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
    """The events of incident PK, latest first."""
    from argus_api_v2.api.incident_events import list_incident_events

    found = list_incident_events.sync(pk, client=session.client())
    emit_items(found, fmt, views.EVENT_COLUMNS, lambda event: event.to_dict())

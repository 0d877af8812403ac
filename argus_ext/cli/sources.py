"""`argus sources list`: the source systems (NAV, Zabbix, ... glue services) that report incidents."""

from __future__ import annotations

import click

from . import views
from .output import Format, emit_items, format_options
from .session import Session, pass_session


@click.group()
def sources() -> None:
    """Source systems."""


@sources.command("list")
@format_options
@pass_session
def list_sources(session: Session, fmt: Format) -> None:
    """Every source system."""
    from argus_api_v2.api.sources import list_sources as list_operation

    found = list_operation.sync(client=session.client())
    emit_items(found, fmt, views.SOURCE_COLUMNS, lambda source: source.to_dict())

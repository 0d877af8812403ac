"""pyargus 0.8.0's `pyargus.time`: its "no end" value and its clock."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["LOCAL_INFINITY", "now"]

# pyargus's "no end": the largest aware datetime. An incident's "infinity" end_time reads as this.
LOCAL_INFINITY = datetime.max.replace(tzinfo=UTC)


def now() -> datetime:
    """The current time in UTC, with its time zone."""
    return datetime.now(UTC)

"""Refuse naive date-times before they are sent: the server would read them in its own TIME_ZONE.

A generated model given `datetime(2024, 5, 1, 12, 0)` (no tzinfo) sends "2024-05-01T12:00:00", which
argus-server reads as local time in its TIME_ZONE (Europe/Oslo by default): an hour or two away from what a
caller in UTC meant, silently. `connect()` clients check every request for such values in the spec's
date-time fields (request_checks.py; the same rule as `end_time_to_api`) and raise before anything is sent.
"""

from __future__ import annotations

import re

from .errors import RequestRefusedError

# What datetime.isoformat() writes for a naive value: no "Z" and no "+hh:mm" after the time.
_NAIVE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?")


class NaiveDatetimeError(RequestRefusedError):
    """A date-time without a time zone: refused, never sent and never guessed at."""

    @classmethod
    def for_field(cls, field: str, iso_value: str, *, unsent: bool = False) -> NaiveDatetimeError:
        return cls(
            f"{field}: {iso_value} has no time zone; the server would read it in its own TIME_ZONE. "
            "Give an aware datetime, e.g. datetime.now(UTC) or value.replace(tzinfo=UTC)."
            + (" Nothing was sent." if unsent else "")
        )


def is_naive_iso(value: str) -> bool:
    """Whether `value` is an ISO date-time without a time zone (what isoformat() writes for a naive datetime)."""
    return _NAIVE_ISO.fullmatch(value) is not None

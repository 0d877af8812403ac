"""STATELESS and INFINITY: what an incident's end_time means, without the raw "infinity" string.

On the wire `end_time` is one of three things (spec/v2.yaml, schema EndTime):

    a date-time   the incident ended then (closed)
    "infinity"    stateful and still open; the server may also write this as a year-9999 date-time
    null          stateless: the incident is a single point in time and never ends

The generated models keep the wire form (`datetime | Literal["infinity"] | None`). These helpers turn it into
`datetime | INFINITY | STATELESS` and back, so a user never tests for the string, and `datetime.max` (what
Python code often uses for "no end") is understood as INFINITY.

Naive datetimes: refused with a ValueError naming the field. The server would read a naive time in its own
TIME_ZONE (Europe/Oslo by default), which silently shifts it by an hour or two from what a UTC caller meant;
we never guess. `datetime.max` is the one naive value accepted, because it only ever means "no end".
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Final, Literal

from .naive_times import NaiveDatetimeError

WireEndTime = datetime | Literal["infinity"] | None


class _EndTimeSentinel(enum.Enum):
    # An enum gives each sentinel one instance, a readable repr, pickling and `is` comparison for free.
    STATELESS = "STATELESS"
    INFINITY = "INFINITY"

    def __repr__(self) -> str:
        return self.value


STATELESS: Final = _EndTimeSentinel.STATELESS
"""A stateless incident: end_time null; it never opens or closes."""
INFINITY: Final = _EndTimeSentinel.INFINITY
"""A stateful incident with no end yet (open): end_time "infinity" or a year-9999 date-time."""

EndTime = datetime | Literal[_EndTimeSentinel.STATELESS, _EndTimeSentinel.INFINITY]

# The first year the server uses for "never": PostgreSQL's infinity comes back as 9999-12-31T23:59:59.999999.
_NEVER_YEAR = 9999


def end_time_from_api(value: WireEndTime) -> EndTime:
    """The wire end_time (as a generated model holds it) as a datetime, INFINITY or STATELESS."""
    if value is None:
        return STATELESS
    if value == "infinity":
        return INFINITY
    if isinstance(value, datetime):
        return INFINITY if value.year >= _NEVER_YEAR else value
    raise ValueError(f"end_time: expected a datetime, 'infinity' or None from the server; got {value!r}")


def end_time_to_api(value: EndTime | datetime, *, field: str = "end_time") -> WireEndTime:
    """What to send for end_time: STATELESS -> None, INFINITY or datetime.max (naive or aware) -> "infinity",
    an aware datetime as is."""
    if value is STATELESS:
        return None
    if value is INFINITY or (isinstance(value, datetime) and value.replace(tzinfo=None) == datetime.max):
        return "infinity"  # datetime.max, naive or in any time zone (pyargus's "no end"), means no end too
    if isinstance(value, datetime):
        return require_aware(value, field=field)
    raise ValueError(f"{field}: expected a timezone-aware datetime, INFINITY or STATELESS; got {value!r}")


def require_aware(value: datetime, *, field: str) -> datetime:
    """`value` unchanged if it carries a time zone; else NaiveDatetimeError (a ValueError) naming field and value."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError.for_field(field, value.isoformat())
    return value

"""Times as people type them, made aware explicitly: ISO 8601 ("2024-05-01T12:00", "2024-05-01T12:00Z") or a
duration relative to now ("2h", "1d12h", "30m", "90s", "2w"). An ISO time without an offset is the local time
of this machine, never sent naive (the server would read it in its own time zone).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_DURATION = re.compile(r"(?:\d+[smhdw])+")
_PART = re.compile(r"(\d+)([smhdw])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
FORMS = "an ISO 8601 time such as 2024-05-01T12:00 or 2024-05-01T12:00+02:00, or a duration such as 2h, 30m, 1d12h"


def parse_duration(text: str) -> timedelta | None:
    """ "1d12h" -> timedelta(days=1, hours=12); None when `text` is not a duration."""
    compact = text.strip().lower()
    if not _DURATION.fullmatch(compact):
        return None
    return sum((timedelta(**{_UNITS[unit]: int(amount)}) for amount, unit in _PART.findall(compact)), start=timedelta())


def parse_time(text: str, *, future: bool, now: datetime | None = None) -> datetime:
    """An aware datetime for `text`; a duration counts back from now (`future=True`: forward).

    Raises ValueError with the accepted forms when `text` is neither.
    """
    now = datetime.now(UTC) if now is None else now
    if text.strip().lower() == "now":
        return now
    duration = parse_duration(text)
    if duration is not None:
        return now + duration if future else now - duration
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a time: expected {FORMS}") from None
    # astimezone() on a naive datetime reads it as local time, with the DST offset of that date.
    return parsed.astimezone() if parsed.tzinfo is None else parsed

"""Refuse naive date-times before they are sent: the server would read them in its own TIME_ZONE.

A generated model given `datetime(2024, 5, 1, 12, 0)` (no tzinfo) sends "2024-05-01T12:00:00", which
argus-server reads as local time in its TIME_ZONE (Europe/Oslo by default): an hour or two away from what a
caller in UTC meant, silently. `connect()` clients check every request for such values in the API's
date-time fields (the same rule as `end_time_to_api`) and raise before anything is sent.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from .errors import ArgusError

# The date-time fields of request bodies and the date-time filters of spec/v2.yaml.
BODY_TIME_FIELDS = frozenset({"start_time", "end_time", "timestamp", "expiration"})
QUERY_TIME_PARAMS = frozenset({"start_time__gte", "start_time__lte", "end_time__gte", "end_time__lte"})
# What datetime.isoformat() writes for a naive value: no "Z" and no "+hh:mm" after the time.
_NAIVE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?")


class NaiveDatetimeError(ArgusError, ValueError):
    """A date-time without a time zone: refused, never sent and never guessed at."""

    @classmethod
    def for_field(cls, field: str, iso_value: str, *, unsent: bool = False) -> NaiveDatetimeError:
        return cls(
            f"{field}: {iso_value} has no time zone; the server would read it in its own TIME_ZONE. "
            "Give an aware datetime, e.g. datetime.now(UTC) or value.replace(tzinfo=UTC)."
            + (" Nothing was sent." if unsent else "")
        )


def refuse_naive_times(request: httpx.Request) -> None:
    """Raise NaiveDatetimeError naming the field and value if `request` carries a naive date-time."""
    for name, value in request.url.params.multi_items():
        if name in QUERY_TIME_PARAMS:
            _check(name, value)
    if request.headers.get("content-type", "").startswith("application/json") and request.content:
        try:
            body = json.loads(request.content)
        except ValueError:
            return  # not ours to judge: the server answers a 400
        _walk(body, "")


def _walk(value: Any, path: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            field = f"{path}.{key}" if path else str(key)
            if key in BODY_TIME_FIELDS and isinstance(item, str):
                _check(field, item)
            else:
                _walk(item, field)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, f"{path}.{index}")


def _check(field: str, value: str) -> None:
    if _NAIVE_ISO.fullmatch(value):
        raise NaiveDatetimeError.for_field(field, value, unsent=True)

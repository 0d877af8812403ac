"""Refuse, before sending, requests the server would silently misread. Each rule is checked against the spec's
own fields, listed here per API version (tests/test_ext_request_checks.py derives them from spec/v2.yaml and
fails when the two differ), so free-form data such as an incident's `metadata` is never touched.

- A naive date-time in a date-time field of the body or a date-time filter: the server would read it in its
  own TIME_ZONE (Europe/Oslo by default), hours away from what was meant. Raises `NaiveDatetimeError`.
- A repeated query key: the server keeps only the last value, silently. The generated functions send a list
  given for a string parameter that way. For the filters that take a comma-separated list (`tags`,
  `source__id__in`, ...) the values are joined into the one value the server reads; any other repeated key, or
  a value that would change meaning once joined (it contains a comma), raises `RequestRefusedError` (a
  `ValueError`) naming it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import RequestRefusedError
from .naive_times import NaiveDatetimeError, is_naive_iso


@dataclass(frozen=True)
class RequestRules:
    """What one API version's requests are checked for (from its spec)."""

    body_time_paths: frozenset[tuple[str, ...]]  # JSON paths of date-time fields in request bodies ("*": any item)
    query_time_params: frozenset[str]  # query parameters that are date-times
    comma_list_params: frozenset[str]  # query parameters that take ONE comma-separated list


V2_RULES = RequestRules(
    body_time_paths=frozenset(
        {
            ("start_time",),
            ("end_time",),
            ("timestamp",),
            ("expiration",),
            ("event", "timestamp"),
            ("ack", "timestamp"),
            ("ack", "expiration"),
        }
    ),
    query_time_params=frozenset({"start_time__gte", "start_time__lte", "end_time__gte", "end_time__lte"}),
    comma_list_params=frozenset({"tags", "source__id__in", "source__name__in", "source__type__in"}),
)


V1_RULES = RequestRules(
    body_time_paths=frozenset(
        {("start_time",), ("end_time",), ("timestamp",), ("expiration",), ("event", "timestamp")}
    ),
    query_time_params=V2_RULES.query_time_params,
    comma_list_params=V2_RULES.comma_list_params,
)


def check_request(request: httpx.Request, rules: RequestRules = V2_RULES) -> None:
    """Raise (naming the field and value) if the server would misread `request`; join comma-list filters."""
    _check_query(request, rules)
    if not rules.body_time_paths or "json" not in request.headers.get("content-type", ""):
        return
    try:
        body = json.loads(request.content)
    except (httpx.RequestNotRead, ValueError):
        return  # a streamed body (never one of the generated calls), or not JSON: the server answers a 400
    for path in rules.body_time_paths:
        for field, value in _values_at(body, path, ()):
            if isinstance(value, str) and is_naive_iso(value):
                raise NaiveDatetimeError.for_field(field, value, unsent=True)


def _check_query(request: httpx.Request, rules: RequestRules) -> None:
    params = request.url.params
    for name in params:
        if name in rules.query_time_params:
            for value in params.get_list(name):
                if is_naive_iso(value):
                    raise NaiveDatetimeError.for_field(name, value, unsent=True)
    repeated = [name for name in params if len(params.get_list(name)) > 1]
    if not repeated:
        return
    joined = params
    for name in repeated:
        values = params.get_list(name)
        if name not in rules.comma_list_params:
            raise RequestRefusedError(
                f"{name}: one value expected, got {values!r}; the server would use only the last. Nothing was sent."
            )
        for value in values:
            if not value or "," in value:
                raise RequestRefusedError(
                    f"{name}: {value!r} cannot be one of a comma-separated list of {values!r}. Nothing was sent."
                )
        joined = joined.set(name, ",".join(values))
    request.url = request.url.copy_with(params=joined)


def _values_at(value: Any, path: tuple[str, ...], done: tuple[str, ...]) -> Iterable[tuple[str, Any]]:
    # The values at `path` in a JSON document, with their dotted field names ("ack.expiration", "items.0.x").
    if not path:
        yield ".".join(done), value
        return
    step, rest = path[0], path[1:]
    if step == "*" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from _values_at(item, rest, (*done, str(index)))
    elif isinstance(value, dict) and step in value:
        yield from _values_at(value[step], rest, (*done, step))

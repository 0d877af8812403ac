"""The input of `argus reconcile`: a source's current problems as JSON, one array or JSON lines, read and checked
whole before anything is sent. A bad record is a usage error naming its line, the field and the value.

One record: {"id": "zbx-4711", "description": "db1: disk 97% full", "level": 2, "tags": {"host": "db1",
"problem": ["disk", "wal"]}, "start_time": "2026-12-07T00:05:00Z", "details_url": "...", "metadata": {...}};
`id` and `description` are required, the rest default as `Problem` does (level 5, no tags, start time: when first
posted, no details URL, metadata not managed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argus_ext import Problem

FIELDS = ("id", "description", "level", "tags", "start_time", "details_url", "metadata")
_WHITESPACE = " \t\r\n"
_KIND_NAMES: dict[type, str] = {str: "a string", dict: "an object"}


class BadInput(ValueError):
    """A record (or the document) that cannot be a problem; the message names line, field and value."""


@dataclass(frozen=True)
class Record:
    line: int
    value: Any


def records(text: str) -> list[Record]:
    """The JSON values of `text` with the line each starts on: the elements of one array, or one value per
    non-blank line (JSON lines)."""
    start = len(text) - len(text.lstrip(_WHITESPACE))
    if text.startswith("[", start):
        return _array_elements(text, start + 1)
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                found.append(Record(number, json.loads(line)))
            except json.JSONDecodeError as error:
                raise BadInput(f"line {number}: not JSON ({error.msg}, column {error.colno})") from None
    return found


def _array_elements(text: str, at: int) -> list[Record]:
    # json.loads would give the values without their lines: walk the array element by element instead.
    decoder = json.JSONDecoder()
    found: list[Record] = []
    at = _skip_blank(text, at)
    if text.startswith("]", at):
        return _nothing_after(text, at + 1, found)
    while True:
        try:
            value, end = decoder.raw_decode(text, at)
        except json.JSONDecodeError as error:
            raise BadInput(f"line {error.lineno}: not JSON ({error.msg}, column {error.colno})") from None
        found.append(Record(_line_of(text, at), value))
        at = _skip_blank(text, end)
        if text.startswith("]", at):
            return _nothing_after(text, at + 1, found)
        if not text.startswith(",", at):
            raise BadInput(f"line {_line_of(text, at)}: expected ',' or ']' after an element of the array")
        at = _skip_blank(text, at + 1)


def _nothing_after(text: str, at: int, found: list[Record]) -> list[Record]:
    rest = _skip_blank(text, at)
    if rest < len(text):
        raise BadInput(f"line {_line_of(text, rest)}: text after the end of the array")
    return found


def _skip_blank(text: str, at: int) -> int:
    while at < len(text) and text[at] in _WHITESPACE:
        at += 1
    return at


def _line_of(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def problems(text: str) -> dict[str, Problem]:
    """Every record of `text` as a checked Problem, keyed by its id; BadInput at the first bad one."""
    desired: dict[str, Problem] = {}
    lines: dict[str, int] = {}
    for record in records(text):
        source_incident_id, problem = _problem(record)
        if source_incident_id in desired:
            raise BadInput(
                f"line {record.line}: id {source_incident_id!r} is also on line {lines[source_incident_id]}:"
                " each problem once"
            )
        desired[source_incident_id], lines[source_incident_id] = problem, record.line
    return desired


def _problem(record: Record) -> tuple[str, Problem]:
    from argus_ext import Problem
    from argus_ext.reconciliation import check_desired

    where = f"line {record.line}"
    value = record.value
    if not isinstance(value, dict):
        raise BadInput(f"{where}: expected an object with id, description, ...; got {_short(value)}")
    unknown = [name for name in value if name not in FIELDS]
    if unknown:
        raise BadInput(f"{where}: unknown field {unknown[0]!r} (the fields: {', '.join(FIELDS)})")
    for required in ("id", "description"):
        if required not in value:
            raise BadInput(f"{where}: field {required!r} is missing")
    source_incident_id = _typed(value, "id", str, where)
    if not source_incident_id:
        raise BadInput(f"{where}: id: must not be empty")
    where = f"{where} (id {source_incident_id!r})"
    level = value.get("level", 5)
    if isinstance(level, bool) or not isinstance(level, int):
        raise BadInput(f"{where}: level: expected a whole number from 1 (most severe) to 5; got {_short(level)}")
    problem = Problem(
        description=_typed(value, "description", str, where),
        level=level,
        tags=_typed(value, "tags", dict, where, default={}),
        start_time=_start_time(value.get("start_time"), where),
        details_url=_typed(value, "details_url", str, where, default=""),
        metadata=value.get("metadata"),
    )
    # The library's own checks (level range, tag keys and values, what the server cannot store as given), with
    # their messages' "desired['id']." made "line N (id 'id'): ".
    try:
        check_desired({source_incident_id: problem})
    except (TypeError, ValueError) as error:
        message = str(error).removeprefix(f"desired[{source_incident_id!r}].")
        raise BadInput(f"{where}: {message}") from None
    return source_incident_id, problem


def _typed(value: dict[str, Any], name: str, kind: type, where: str, default: Any = None) -> Any:
    found = value.get(name, default)
    if not isinstance(found, kind):
        expected = _KIND_NAMES[kind]
        raise BadInput(f"{where}: {name}: expected {expected}; got {_short(found)}")
    return found


def _start_time(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInput(f"{where}: start_time: expected an ISO 8601 time as a string; got {_short(value)}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{where}: start_time: {value!r} is not an ISO 8601 time") from None
    if parsed.utcoffset() is None:
        # A time without offset means another instant on every machine and at every DST change: never guessed.
        raise BadInput(f"{where}: start_time: {value!r} has no UTC offset: add one, such as Z or +02:00")
    return parsed


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."

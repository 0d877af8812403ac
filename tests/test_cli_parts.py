"""The `argus` command line's parts that need no server: times as people type them, and keeping click and the
command line out of the library's imports."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from argus_ext.cli.output import _dump
from argus_ext.cli.times import parse_duration, parse_time

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("2h", dt.timedelta(hours=2)),
        ("30m", dt.timedelta(minutes=30)),
        ("1d12h", dt.timedelta(days=1, hours=12)),
        ("90s", dt.timedelta(seconds=90)),
        ("2w", dt.timedelta(weeks=2)),
        (" 1H ", dt.timedelta(hours=1)),
    ],
)
def test_durations_count_back_from_now_or_forward(text: str, back: dt.timedelta) -> None:
    assert parse_time(text, future=False, now=NOW) == NOW - back
    assert parse_time(text, future=True, now=NOW) == NOW + back


def test_iso_times_keep_their_offset() -> None:
    assert parse_time("2024-05-01T12:00+02:00", future=False) == dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)
    assert parse_time("2024-05-01T12:00Z", future=True) == dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    assert parse_time("now", future=False, now=NOW) == NOW


def test_a_time_without_offset_is_local_time_made_aware() -> None:
    parsed = parse_time("2024-05-01T12:00", future=False)
    assert parsed.tzinfo is not None
    assert parsed == dt.datetime(2024, 5, 1, 12, 0).astimezone()  # this machine's time zone, that date's offset


@pytest.mark.parametrize("text", ["yesterday", "2 hours", "h2", "", "2024-13-01", "1.5h"])
def test_anything_else_is_refused_with_the_forms_accepted(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not a time: expected an ISO 8601 time .* or a duration such as 2h"):
        parse_time(text, future=False)
    assert parse_duration(text) is None


def test_importing_argus_ext_does_not_import_the_command_line() -> None:
    code = "import sys, argus_ext; print('argus_ext.cli' in sys.modules)"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"


def test_help_imports_nothing_the_library_does_not_but_click_and_the_cli_itself() -> None:
    # `argus --help` must not pay for what only the commands need (httpx, rich's tables, the generated
    # operations): beside the standard library it loads click and the command line's own small modules.
    code = (
        "import sys; sys.argv = ['argus', '--help']\n"
        "import argus_ext\n"
        "before = set(sys.modules)\n"
        "from argus_ext.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "new = {m for m in set(sys.modules) - before if m.split('.')[0] not in sys.stdlib_module_names}\n"
        "print(sorted(m for m in new if not m.startswith(('argus_ext.cli', 'click'))))"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip().splitlines()[-1] == "[]"


def test_jsonl_lines_survive_every_unicode_line_reader() -> None:
    # A source name with a Unicode line separator in it (schemathesis makes such names) broke a --jsonl line in
    # two for str.splitlines(); the JSON escape keeps one object per line and the same value.
    name = "a\u2028b\u2029c\x85d\ne\x1cf"
    record = {"name": name, "pk": 1}
    line = _dump(record)
    assert line.splitlines() == [line]
    assert json.loads(line) == record

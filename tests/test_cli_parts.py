"""The `argus` command line's parts that need no server: the escaping of server text (byte for byte), fitting a
table to a terminal, times as people type them, and keeping click and the command line out of the library's
imports."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from argus_ext import ArgusError
from argus_ext.cli.app import cli
from argus_ext.cli.errors import CliError, as_cli_error
from argus_ext.cli.output import Column, fitting
from argus_ext.cli.session import Session, is_loopback, same_server, server_url
from argus_ext.cli.text import UNSAFE, json_text, shown
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
    line = json_text(record)
    assert line.splitlines() == [line]
    assert json.loads(line) == record


# Every hostile kind of server text, and exactly what people see of it (one line, no control character).
HOSTILE_SHOWN = [
    ("[bold red]ALERT[/bold red]", "[bold red]ALERT[/bold red]"),
    ("disk [/dev/sda1] full, closing tag [/] alone", "disk [/dev/sda1] full, closing tag [/] alone"),
    ("[link=https://evil.example]x[/link] :smile:", "[link=https://evil.example]x[/link] :smile:"),
    ("title \x1b]0;pwned\x07 end", "title \\x1b]0;pwned\\x07 end"),
    ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
    ("a\nb\tc\rd", "a\\nb\\tc\\rd"),
    ("nul\x00 del\x7f", "nul\\x00 del\\x7f"),
    ("c1 csi\x9b31m nel\x85", "c1 csi\\x9b31m nel\\x85"),
    ("rtl \u202eevil\u202c \u2066iso\u2069 \u200f", "rtl \\u202eevil\\u202c \\u2066iso\\u2069 \\u200f"),
    ("line\u2028sep\u2029para", "line\\u2028sep\\u2029para"),
    ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
    ("ordinary: æøå 日本 \\ back\\slash ✓", "ordinary: æøå 日本 \\ back\\slash ✓"),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE_SHOWN)
def test_shown_escapes_every_control_character_byte_for_byte(text: str, expected: str) -> None:
    assert shown(text) == expected
    assert shown(text).encode("utf-8") == expected.encode("utf-8")  # printable as UTF-8: no lone surrogate left


def test_shown_leaves_no_unsafe_character_and_json_text_keeps_the_value() -> None:
    every = "".join(map(chr, UNSAFE)) + "plain"
    assert not set(shown(every)) & set(map(chr, UNSAFE))
    assert len(shown(every).splitlines()) == 1
    line = json_text({"text": every})
    assert not set(line) & set(map(chr, UNSAFE))
    # A JSON reader joins an escaped high and low surrogate into one character: compare with surrogates one by one.
    no_surrogates = "".join(chr(code) for code in UNSAFE if not 0xD800 <= code < 0xE000)
    assert json.loads(json_text({"text": no_surrogates})) == {"text": no_surrogates}
    assert json.loads(json_text({"text": "a\ud800b"})) == {"text": "a\ud800b"}
    assert json_text({"d": "\x1b]0;x\x07\u202e\x9b"}) == '{"d": "\\u001b]0;x\\u0007\\u202e\\u009b"}'


def _columns() -> list[Column[int]]:
    return [
        Column("PK", str),
        Column("STARTED", str, drop=2),
        Column("DESCRIPTION", str, flexible=True),
        Column("TAGS", str, drop=1),
    ]


def test_a_table_that_fits_keeps_every_column_at_its_width() -> None:
    rows = [["1", "2026-12-07 01:00+01:00", "disk full", "host=db1"]]
    assert fitting(_columns(), rows, 160) == {0: 2, 1: 22, 2: 11, 3: 8}


def test_a_narrow_terminal_drops_columns_in_rank_order_then_cuts_the_flexible_one() -> None:
    rows = [["1", "2026-12-07 01:00+01:00", "d" * 100, "host=db1, team=ops"]]
    assert fitting(_columns(), rows, 60) == {0: 2, 1: 22, 2: 32}  # TAGS (rank 1) dropped, the description cut
    assert fitting(_columns(), rows, 30) == {0: 2, 2: 26}  # then STARTED (rank 2)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://argus.example.org", "https://argus.example.org"),
        ("https://argus.example.org/", "https://argus.example.org"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("https://example.org/argus/", "https://example.org/argus"),  # served under a path: kept
    ],
)
def test_server_urls_accepted(given: str, expected: str) -> None:
    assert server_url(given) == expected


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("127.0.0.1:8000", "'127.0.0.1:8000' is not a server URL: expected http(s)://host[:port]"),
        ("argus.example.org", "such as https://argus.example.org"),
        ("ftp://argus.example.org", "is not a server URL"),
        ("https://argus.example.org:99999", "is not a server URL"),
        ("https://argus.example.org/api/v2/", "is an API address: give the server's, https://argus.example.org"),
        ("https://example.org/argus/api/v1", "give the server's, https://example.org/argus"),
        ("https://argus.example.org/?x=1", "no query or fragment"),
    ],
)
def test_server_urls_refused_with_the_right_one_named(given: str, message: str) -> None:
    with pytest.raises(CliError, match=re.escape(message)) as raised:
        server_url(given)
    assert raised.value.exit_code == 2


def test_same_server_fills_in_default_ports_and_ignores_a_trailing_slash() -> None:
    assert same_server("https://argus.example.org", "https://ARGUS.example.org:443/")
    assert not same_server("https://argus.example.org", "http://argus.example.org")
    assert not same_server("http://127.0.0.1:8000", "http://127.0.0.1:8001")
    assert not same_server("https://example.org/a", "https://example.org/b")


def test_plain_http_is_allowed_to_this_machine_only_unless_opted_in() -> None:
    assert all(map(is_loopback, ["localhost", "127.0.0.1", "127.8.9.10", "::1", "app.localhost"]))
    assert not any(map(is_loopback, ["10.0.0.1", "argus.example.org", "localhost.example.org", None]))
    session = Session(url_given=None, token_given=None, profile_name=None, debug=False)
    session.check_transport("http://127.0.0.1:8000")
    session.check_transport("https://argus.example.org")
    with pytest.raises(CliError, match="is plain HTTP"):
        session.check_transport("http://argus.example.org")
    Session(url_given=None, token_given=None, profile_name=None, debug=False, allow_http=True).check_transport(
        "http://argus.example.org"
    )


def test_an_expired_knox_token_is_named_before_anything_is_sent(tmp_path: Path) -> None:
    config = tmp_path / "config.ini"
    config.write_text(
        "[default]\nurl = https://argus.example.org\ntoken = " + "a" * 64 + "\ntoken_kind = knox\n"
        "expiry = 2026-01-01T10:00:00+00:00\n"
    )
    config.chmod(0o600)
    env = {"ARGUS_CONFIG_DIR": str(tmp_path), "ARGUS_URL": None, "ARGUS_TOKEN": None, "ARGUS_PROFILE": None}
    result = CliRunner().invoke(cli, ["whoami"], env=env)
    assert result.exit_code == 3
    assert result.stderr == (
        "Error: the knox token of profile 'default' expired at 2026-01-01T10:00:00+00:00: run `argus login`\n"
    )


def test_debug_tracebacks_are_escaped_too() -> None:
    error = ArgusError("server said \x1b]0;pwned\x07")
    runner = CliRunner()
    with runner.isolation() as (_, err, _):
        as_cli_error(error, debug=True)
        shown_traceback = err.getvalue().decode()
    assert "server said \\x1b]0;pwned\\x07" in shown_traceback and "\x1b" not in shown_traceback

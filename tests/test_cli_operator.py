"""Issue 18, item 5, against a real argus-server 2.10.2: an operator's day. Creating and updating incidents, several
tags at once, `list` saying where it stopped, the output forms (`-o`, its old aliases, conflicts refused), times
with their zone or in UTC, when an acknowledgement ends, and a table fitted to a narrow terminal."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from argus_api_v2.api.incidents import get_incident

from argus_ext import connect
from argus_ext.cli import output
from argus_local import ArgusServer, Identities
from tests.test_cli import Run, argus, as_source, as_user, config_dir, failed, ok, post  # noqa: F401

# The fixtures of test_cli.py are imported, and pytest passes them back as parameters of the same names.
# ruff: noqa: F811

ZONED = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(Z|[+-]\d\d:\d\d)")


def tags_of(run: Run, pk: int) -> set[str]:
    return {tag["tag"] for tag in json.loads(ok(run("incidents", "show", str(pk), "--json")).stdout)["tags"]}


def test_create_and_update_an_incident(
    as_source: Run, as_user: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    made = json.loads(
        ok(
            as_source(
                "incidents",
                "create",
                "-d",
                "db1: disk full",
                "--level",
                "2",
                "--tag",
                "host=db1",
                "--tag",
                "problem=disk",
                "--source-incident-id",
                "nav-17",
                "--ticket-url",
                "https://tickets.example.org/1",
                "--json",
            )
        ).stdout
    )
    pk = made["pk"]
    incident = get_incident.sync(pk, client=connect(v2_server.url, token=v2_ids.user.token))
    assert (incident.description, incident.level, incident.source_incident_id) == ("db1: disk full", 2, "nav-17")
    assert {tag.tag for tag in incident.tags} == {"host=db1", "problem=disk"}
    assert incident.ticket_url == "https://tickets.example.org/1" and made["end_time"] == "infinity"
    said = ok(as_source("incidents", "create", "-d", "a log line", "--stateless")).stdout
    assert re.fullmatch(r"incident \d+ created \(stateless, level 5\)\n", said)

    updated = ok(as_user("incidents", "update", str(pk), "--level", "1", "-d", "db1: disk 99% full")).stdout
    assert updated == f"incident {pk} updated: description, level\n"
    ok(as_user("incidents", "update", str(pk), "--ticket-url", "https://tickets.example.org/2"))
    ok(as_source("incidents", "update", str(pk), "--tag", "host=db2", "--tag", "team=dba"))
    shown = json.loads(ok(as_user("incidents", "show", str(pk), "--json")).stdout)
    assert (shown["level"], shown["description"], shown["ticket_url"]) == (
        1,
        "db1: disk 99% full",
        "https://tickets.example.org/2",
    )
    assert tags_of(as_user, pk) == {"host=db2", "team=dba"}  # --tag on update replaces them all
    failed(as_user("incidents", "update", str(pk)), 2, "nothing to change")
    failed(as_user("incidents", "create", "-d", "not mine"), 1, "400 Bad Request")  # an end user cannot create


def test_tags_are_added_and_removed_several_at_once(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pk = post(v2_server, v2_ids, "to tag", tags=("host=db1",))
    said = ok(as_user("incidents", "tag", str(pk), "add", "team=dba", "site=osl")).stdout
    assert said == f"incident {pk}: tag team=dba added\nincident {pk}: tag site=osl added\n"
    assert tags_of(as_user, pk) == {"host=db1", "team=dba", "site=osl"}
    ok(as_user("incidents", "tag", str(pk), "remove", "host=db1", "site=osl"))
    assert tags_of(as_user, pk) == {"team=dba"}
    failed(as_user("incidents", "tag", str(pk), "add"), 2, "Missing argument 'TAGS...'")


def test_list_says_on_stderr_where_it_stopped(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    for n in range(3):
        post(v2_server, v2_ids, f"limit {n}")
    scoped = ("incidents", "list", "--source", v2_ids.source.source_name, "--jsonl")
    cut = ok(as_user(*scoped, "--limit", "2"))
    assert len(cut.stdout.splitlines()) == 2
    assert cut.stderr == "showing the first 2 incidents; there are more: --limit 0 for all\n"
    cut_in_a_page = ok(as_user(*scoped, "--limit", "2", "--page-size", "5"))  # the rest is in the same page
    assert cut_in_a_page.stderr == cut.stderr
    whole = ok(as_user(*scoped, "--limit", "3", "--page-size", "3"))  # exactly all: nothing more to say
    assert len(whole.stdout.splitlines()) == 3 and whole.stderr == ""


def test_output_forms_and_their_aliases(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pk = post(v2_server, v2_ids, "forms", tags=("host=db1",))
    scoped = ("incidents", "list", "--source", v2_ids.source.source_name)
    assert ok(as_user(*scoped, "-o", "json")).stdout == ok(as_user(*scoped, "--json")).stdout
    assert ok(as_user(*scoped, "-o", "jsonl")).stdout == ok(as_user(*scoped, "--jsonl")).stdout
    assert json.loads(ok(as_user(*scoped, "-o", "jsonl")).stdout)["pk"] == pk
    fields = ok(as_user(*scoped, "-o", "tsv")).stdout.rstrip("\n").split("\t")
    assert fields[0] == str(pk) and fields[6:] == ["forms", "host=db1"]
    assert ok(as_user(*scoped, "-o", "wide")).stdout.splitlines()[0].split("  ")[-1] == "TICKET"
    assert "TICKET" not in ok(as_user(*scoped)).stdout
    failed(as_user(*scoped, "--json", "--jsonl"), 2, "choose one output form, not json and jsonl")
    failed(as_user(*scoped, "--json", "-o", "tsv"), 2, "choose one output form, not json and tsv")
    ok(as_user(*scoped, "--json", "-o", "json"))  # the same form twice is no conflict
    show = ok(as_user("incidents", "show", str(pk), "-o", "tsv")).stdout
    assert "description\tforms\n" in show and f"pk\t{pk}\n" in show


def test_times_carry_their_zone_or_utc(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    started = dt.datetime(2026, 6, 1, 12, 30, tzinfo=dt.UTC)
    pk = post(v2_server, v2_ids, "zoned", started=started)
    line = ok(as_user("incidents", "show", str(pk), "-o", "tsv")).stdout
    local = re.search(r"started\t(.*)\n", line)
    assert local is not None and ZONED.fullmatch(local[1])
    assert dt.datetime.fromisoformat(local[1].replace(" ", "T")) == started
    utc = ok(as_user("--utc", "incidents", "show", str(pk), "-o", "tsv")).stdout
    assert "started\t2026-06-01 12:30Z\n" in utc


def test_the_acks_expiry_in_show_and_events_list(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pk = str(post(v2_server, v2_ids, "acked"))
    ok(as_user("incidents", "ack", pk, "--until", "2030-01-01T10:00Z", "-m", "on it"))
    show = ok(as_user("--utc", "incidents", "show", pk, "-o", "tsv")).stdout
    assert f"ack\tuntil 2030-01-01 10:00Z by {v2_ids.user.username}: on it\n" in show
    events = ok(as_user("--utc", "events", "list", pk, "-o", "tsv")).stdout.splitlines()
    ack = [line.split("\t") for line in events if "\tACK (" in line]
    assert [fields[5:] for fields in ack] == [["until 2030-01-01 10:00Z", "on it"]]


@pytest.mark.parametrize("columns", [60, 160])
def test_a_narrow_terminal_drops_and_cuts_columns_instead_of_wrapping(
    as_user: Run, v2_server: ArgusServer, v2_ids: Identities, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    long = "database server db1 has a disk that is almost full and will soon stop writing anything at all " * 2
    pk = post(v2_server, v2_ids, long.strip(), tags=("host=db1", "team=dba"))
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    table = ok(as_user("incidents", "list", "--source", v2_ids.source.source_name)).stdout
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in table.splitlines()]
    assert len(lines) == 2 and all(len(line) <= columns for line in lines)  # one line a row, within the width
    assert lines[1].startswith(f"{pk} ") and "…" in lines[1]  # the description cut short
    headings = lines[0].split()
    if columns == 60:
        assert headings == ["PK", "LEVEL", "STATE", "DESCRIPTION"] and lines[1].endswith("…")
    else:
        assert headings[:6] == ["PK", "STARTED", "LEVEL", "STATE", "ACKED", "SOURCE"] and "TAGS" in headings
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: False)
    piped = ok(as_user("incidents", "list", "--source", v2_ids.source.source_name))
    assert long.strip() in piped.stdout  # in a pipe nothing is cut

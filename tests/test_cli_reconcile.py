"""`argus reconcile` and `argus heartbeat` (issue 22) against a real argus-server 2.10.2, driven with files and
stdin: the library's reconcile scenarios through the command, every record checked before anything is sent, the
empty-input guard, an interrupted run followed by a complete one, the exit codes, and examples/cron_glue.sh.

Writes are counted at the server, from its access log: "writes nothing" is a claim about what reached it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from argus_api_v2.api.incident_tags import add_incident_tag
from argus_api_v2.models import TagValue
from click.testing import CliRunner, Result

from argus_ext import Problem, acknowledge, connect, find_my_incident, resolve, tags_from_api
from argus_ext.cli.app import cli
from argus_local import ArgusServer, Identities
from argus_local.access_log import AccessLog
from tests.test_reconcile import DroppingTransport, expected, open_in_argus

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent


def record(n: int, *, level: int = 3) -> dict[str, object]:
    return {
        "id": f"p{n}",
        "description": f"problem {n}",
        "level": level,
        "tags": {"host": f"h{n % 7}", "problem": ["disk", f"d{n % 3}"]},
    }


def as_problem(one: dict[str, object]) -> Problem:
    return Problem(str(one["description"]), level=int(one["level"]), tags=one["tags"])  # type: ignore[arg-type,call-overload]


def jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(one) + "\n" for one in records)


@pytest.fixture
def environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, v2_server: ArgusServer, v2_ids: Identities
) -> dict[str, str]:
    """The source system's URL and token, as a cron job has them; no profile from outside."""
    for name in ("ARGUS_URL", "ARGUS_TOKEN", "ARGUS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ARGUS_CONFIG_DIR", str(tmp_path / "config"))
    return {"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.source.token}


@pytest.fixture
def argus(environment: dict[str, str], v2_ids: Identities) -> Run:
    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        result = CliRunner().invoke(cli, list(args), input=input, env=env or environment, prog_name="argus")
        assert v2_ids.source.token not in result.output, "the token was printed"
        return result

    return run


def report_of(result: Result, code: int = 0) -> dict[str, object]:
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    document: dict[str, object] = json.loads(result.stdout)
    return document


def source_client(server: ArgusServer, ids: Identities):  # type: ignore[no-untyped-def]
    return connect(server.url, token=ids.source.token)


# -- the library's scenarios, through the command ----------------------------------------------------------------


def test_stdin_then_file_repeat_change_and_concurrency(
    argus: Run, tmp_path: Path, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    log = AccessLog(v2_server)
    client = source_client(v2_server, v2_ids)
    first = [record(n) for n in range(40)]

    # 1. JSON lines on stdin: every problem posted once.
    log.mark()
    report = report_of(argus("reconcile", "-", "-o", "json", input=jsonl(first)))
    assert report["created"] == sorted(f"p{n}" for n in range(40)) and report["complete"] is True
    assert log.writes() == {"POST incidents": 40}
    assert open_in_argus(client) == expected({str(one["id"]): as_problem(one) for one in first})

    # 2. The same problems as one JSON array in a file: nothing written.
    array = tmp_path / "problems.json"
    array.write_text(json.dumps(first, indent=2))
    log.mark()
    report = report_of(argus("reconcile", str(array), "-o", "json"))
    assert (len(report["unchanged"]), report["created"], report["updated"]) == (40, [], [])  # type: ignore[arg-type]
    assert log.writes() == {}

    # 3. 5 gone, 5 new, 3 changed, four writes in flight: 5 END, 5 POST, 3 PATCH of only the level.
    now = [record(n) for n in range(5, 45) if n not in (10, 11, 12)] + [record(n, level=1) for n in (10, 11, 12)]
    log.mark()
    report = report_of(argus("reconcile", "--concurrency", "4", "-o", "json", input=jsonl(now)))
    assert report["resolved"] == sorted(f"p{n}" for n in range(5))
    assert report["created"] == sorted(f"p{n}" for n in range(40, 45))
    assert report["updated"] == ["p10", "p11", "p12"] and report["failed"] == {}
    assert log.writes() == {"POST events": 5, "POST incidents": 5, "PATCH incidents": 3}
    assert open_in_argus(client) == expected({str(one["id"]): as_problem(one) for one in now})

    # 4. The table for people: one row per outcome, with its count and ids.
    table = argus("reconcile", str(array))
    assert table.exit_code == 0, table.output
    rows = {line.split()[0]: line.split()[1] for line in table.stdout.splitlines()[1:]}
    assert table.stdout.splitlines()[0].split() == ["OUTCOME", "COUNT", "IDS"]
    assert rows == {
        "created": "0", "resolved": "5", "updated": "3", "reopened": "5", "unchanged": "32", "failed": "0",
        "not_attempted": "0",
    }  # fmt: skip


def test_closed_ids_reopen_or_fail_with_exit_5_and_no_update(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    client = source_client(v2_server, v2_ids)
    disk = {"id": "disk", "description": "disk full", "level": 3, "tags": {"host": "db1"}}
    assert argus("reconcile", "-", input=jsonl([disk])).exit_code == 0
    first = find_my_incident(client, "disk")
    assert first is not None
    resolve(client, first)

    strict = argus("reconcile", "--on-closed-id", "fail", "-o", "json", input=jsonl([disk]))
    report = report_of(strict, 5)
    assert report["failed"]["disk"]["error"] == "DuplicateSourceIncidentError"  # type: ignore[index]
    assert report["complete"] is False
    assert "Argus does not match the input yet: 1 failed, 0 not attempted" in strict.stderr
    table = argus("reconcile", "--on-closed-id", "fail", input=jsonl([disk]))
    assert table.exit_code == 5 and "failed         1      disk" in table.stdout, table.output
    assert "failed disk: 400 Bad Request for POST" in table.stderr and "already has an incident" in table.stderr

    worse = {**disk, "description": "disk full again", "level": 1}
    report = report_of(argus("reconcile", "--no-update", "-o", "json", input=jsonl([worse])))
    assert report["reopened"] == ["disk"]
    now = find_my_incident(client, "disk")
    assert now is not None and now.pk == first.pk and now.open_
    assert (now.description, now.level) == ("disk full", 3)  # --no-update: re-opened, not changed
    report = report_of(argus("reconcile", "-o", "json", input=jsonl([worse])))
    assert report["updated"] == ["disk"]


def test_people_tags_acks_and_closes_through_the_command(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    source = source_client(v2_server, v2_ids)
    person = connect(v2_server.url, token=v2_ids.user.token)
    disk = {"id": "disk", "description": "db1: disk full", "level": 3, "tags": {"host": "db1", "problem": "disk"}}
    cert = {"id": "cert", "description": "web1: certificate", "level": 4, "tags": {"host": "web1"}}
    assert argus("reconcile", "-", input=jsonl([disk, cert])).exit_code == 0
    incident, closed = find_my_incident(source, "disk"), find_my_incident(source, "cert")
    assert incident is not None and closed is not None

    # A person tags and acknowledges one incident, and closes the other while its problem is still reported.
    add_incident_tag.sync(incident.pk, client=person, body=TagValue("team=dba"))
    acknowledge(person, incident, description="on it")
    resolve(person, closed, type_="CLO", description="not now")
    worse = {**disk, "level": 1, "tags": {"host": "db1", "problem": "wal"}}
    log = AccessLog(v2_server)
    log.mark()
    report = report_of(argus("reconcile", "-o", "json", input=jsonl([worse, cert])))
    assert (report["updated"], report["reopened"], report["failed"]) == (["disk"], ["cert"], {})
    assert log.writes() == {"PATCH incidents": 1, "POST tags": 1, "DELETE tags": 1, "POST events": 1}
    now, reopened = find_my_incident(source, "disk"), find_my_incident(source, "cert")
    assert now is not None and now.level == 1 and now.acked
    assert tags_from_api(now.tags) == {"host": ["db1"], "team": ["dba"], "problem": ["wal"]}
    assert reopened is not None and reopened.open_

    # The acknowledged incident is still closed (END) when its problem goes; the ack and the person's tag stay.
    report = report_of(argus("reconcile", "-o", "json", input=jsonl([cert])))
    assert report["resolved"] == ["disk"]
    gone = find_my_incident(source, "disk")
    assert gone is not None and not gone.open_ and gone.acked and tags_from_api(gone.tags)["team"] == ["dba"]


# -- input checked before anything is sent -----------------------------------------------------------------------

GOOD = '{"id": "a", "description": "fine"}\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD + '{"id": "b", "description": "x", "level": 9}\n', "line 2 (id 'b'): level: expected 1 (most severe) to 5; got 9"),
        (GOOD + '{"id": "b", "description": "x", "level": "2"}\n', "line 2 (id 'b'): level: expected a whole number"),
        (GOOD + '\n{"id": "b", "description": "x", "tags": {"Bad Key": "v"}}\n', "line 3 (id 'b'): tags: key 'Bad Key'"),
        (GOOD + '{"id": "b", "description": "x", "tags": {"path": "/var"}}\n', "tags['path']: value '/var' holds '/'"),
        (GOOD + '{"id": "b", "description": "x", "tags": ["host=db1"]}\n', "line 2 (id 'b'): tags: expected an object"),
        (GOOD + '{"id": "b", "description": "x", "start_time": "2026-12-07T01:00"}\n', "'2026-12-07T01:00' has no UTC offset"),
        (GOOD + '{"id": "b", "description": "x", "start_time": "yesterday"}\n', "start_time: 'yesterday' is not an ISO 8601"),
        (GOOD + '{"id": " b", "description": "x"}\n', "line 2 (id ' b'): source_incident_id: ' b' has surrounding whitespace"),
        (GOOD + '{"id": "b", "desc": "x"}\n', "line 2: unknown field 'desc'"),
        (GOOD + '{"id": "b"}\n', "line 2: field 'description' is missing"),
        (GOOD + '{"id": 7, "description": "x"}\n', "line 2: id: expected a string; got 7"),
        (GOOD + GOOD, "line 2: id 'a' is also on line 1"),
        (GOOD + '{"id": "b", "description": "x"\n', "line 2: not JSON"),
        (GOOD + '"just text"\n', 'line 2: expected an object with id, description, ...; got "just text"'),
        ('[\n {"id": "a", "description": "x"},\n\n {"id": "b", "description": "x", "level": 0}\n]', "line 4 (id 'b'): level"),
        ('[\n {"id": "a", "description": "x"}\n {"id": "b"}]', "line 3: expected ',' or ']'"),
    ],
)  # fmt: skip
def test_a_bad_record_exits_2_naming_line_field_and_value_and_nothing_is_sent(
    argus: Run, v2_server: ArgusServer, text: str, message: str
) -> None:
    log = AccessLog(v2_server)
    log.mark()
    result = argus("reconcile", "-", input=text)
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert message in result.stderr and "nothing was sent" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert log.requests() == []  # not even the read


def test_empty_input_resolves_everything_only_with_allow_empty(
    argus: Run, tmp_path: Path, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    client = source_client(v2_server, v2_ids)
    assert argus("reconcile", "-", input=jsonl([record(n) for n in range(3)])).exit_code == 0
    log = AccessLog(v2_server)
    log.mark()
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    for refused in (
        argus("reconcile", str(empty)),
        argus("reconcile", "-", input=""),
        argus("reconcile", "-", input="[]"),
    ):
        assert refused.exit_code == 2, refused.output
        assert "no problems in the input: that would resolve every open incident" in refused.stderr
        assert "--allow-empty" in refused.stderr
    assert log.writes() == {} and len(open_in_argus(client)) == 3

    allowed = argus("reconcile", "--allow-empty", "-o", "json", input="")
    assert report_of(allowed)["resolved"] == ["p0", "p1", "p2"]
    assert "every open incident of the source system is resolved (--allow-empty)" in allowed.stderr
    assert log.writes() == {"POST events": 3} and open_in_argus(client) == {}


def test_exit_codes_for_authentication_and_connection(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    bad_token = argus("reconcile", "-", input=GOOD, env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": "0" * 40})
    assert bad_token.exit_code == 3 and "401" in bad_token.stderr, bad_token.output
    nowhere = argus("reconcile", "-", input=GOOD, env={"ARGUS_URL": "http://127.0.0.1:9", "ARGUS_TOKEN": "t0k3n"})
    assert nowhere.exit_code == 4, nowhere.output
    # An end user's token: the read is allowed (the user reported nothing), each POST is refused by the server,
    # and its words name the cause.
    as_user = argus("reconcile", "-", input=GOOD, env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.user.token})
    assert as_user.exit_code == 5, as_user.output
    assert "failed a: 400 Bad Request" in as_user.stderr and "must have a connected source system" in as_user.stderr
    no_token = argus("reconcile", "-", input=GOOD, env={"ARGUS_URL": v2_server.url})
    assert no_token.exit_code == 3 and "no token configured" in no_token.stderr


# -- interrupted and completed ----------------------------------------------------------------------------------


def argus_process(environment: dict[str, str], *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "argus_ext.cli", *args]
    env = {**os.environ, **environment}
    return subprocess.Popen(
        command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.parametrize("concurrency", ["1", "4"])
def test_an_interrupted_run_then_a_complete_one_writes_nothing_twice(
    environment: dict[str, str], tmp_path: Path, concurrency: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    client = source_client(v2_server, v2_ids)
    problems = [record(n) for n in range(150)]
    checked = tmp_path / "problems.jsonl"
    checked.write_text(jsonl(problems))
    log = AccessLog(v2_server)
    log.mark()
    running = argus_process(environment, "reconcile", "--concurrency", concurrency, str(checked))
    deadline = time.monotonic() + 120
    while log.writes()["POST incidents"] < 20:  # part of the work done ...
        assert running.poll() is None, running.communicate()
        assert time.monotonic() < deadline, "no writes"
        time.sleep(0.05)
    running.send_signal(signal.SIGINT)  # ... then Ctrl-C (or a cron job's time limit)
    _, stderr = running.communicate(timeout=60)
    assert running.returncode == 130 and "interrupted" in stderr, (running.returncode, stderr)
    # Counted in Argus, not in the access log: the server finishes a request whose client is gone without
    # logging it. The requests in flight at the interrupt finish first.
    made = settled(lambda: len(open_in_argus(client)))
    assert 20 <= made < 150, made

    log.mark()
    finishing = argus_process(environment, "reconcile", "--concurrency", concurrency, "-", "-o", "json")
    stdout, stderr = finishing.communicate(jsonl(problems), timeout=300)
    assert finishing.returncode == 0, stderr
    report = json.loads(stdout)
    assert (len(report["created"]), len(report["unchanged"]), report["failed"]) == (150 - made, made, {})
    # Only the problems the first run did not post are posted (an id posted twice would be a 400 here).
    assert [f"{r.method} {r.kind} {r.status}" for r in log.requests() if r.is_write] == ["POST incidents 201"] * (
        150 - made
    )
    assert open_in_argus(client) == expected({str(one["id"]): as_problem(one) for one in problems})


def settled(count: Callable[[], int]) -> int:
    """`count()` once two readings half a second apart agree."""
    before, now = -1, count()
    while now != before:
        time.sleep(0.5)
        before, now = now, count()
    return now


@pytest.mark.parametrize("concurrency", ["1", "4"])
def test_a_connection_lost_during_the_run_exits_4_after_the_report(
    argus: Run, monkeypatch: pytest.MonkeyPatch, concurrency: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    # A fault a real server does not make on demand: after 5 writes, the 6th reaches the server, its answer is
    # lost, and nothing gets through any more (tests/test_reconcile.py's transport).
    import argus_ext

    transport = DroppingTransport(writes_before_drop=5)
    real_connect = argus_ext.connect

    def connect_through_a_dropping_line(url: str, **options: Any) -> Any:
        return real_connect(url, **options, retry=None, httpx_args={"transport": transport})

    monkeypatch.setattr(argus_ext, "connect", connect_through_a_dropping_line)
    problems = jsonl([record(n) for n in range(20)])
    log = AccessLog(v2_server)
    log.mark()
    dropped = argus("reconcile", "--concurrency", concurrency, "-o", "json", input=problems)
    report = report_of(dropped, 4)
    assert len(report["created"]) == 5 and report["complete"] is False  # type: ignore[arg-type]
    assert {failure["error"] for failure in report["failed"].values()} == {"ArgusConnectionError"}  # type: ignore[attr-defined]
    assert len(report["created"]) + len(report["failed"]) + len(report["not_attempted"]) == 20  # type: ignore[arg-type]
    assert "the connection was lost during the run" in dropped.stderr

    monkeypatch.setattr(argus_ext, "connect", real_connect)
    report = report_of(argus("reconcile", "--concurrency", concurrency, "-o", "json", input=problems))
    assert len(report["created"]) == 14 and report["complete"] is True  # type: ignore[arg-type]  # 6 made before
    assert log.writes() == {"POST incidents": 20}  # each problem posted once over both runs
    assert open_in_argus(source_client(v2_server, v2_ids)) == expected(
        {f"p{n}": as_problem(record(n)) for n in range(20)}
    )


# -- heartbeat ---------------------------------------------------------------------------------------------------


def test_heartbeat_as_source_system_and_refused_for_a_user(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    log = AccessLog(v2_server)
    log.mark()
    assert last_seen(v2_server, v2_ids) is None  # a new source system: never seen
    before = dt.datetime.now(dt.UTC)
    sent = argus("heartbeat")
    assert sent.exit_code == 0 and sent.output == "", sent.output
    assert log.writes() == {"POST heartbeat": 1}
    seen = last_seen(v2_server, v2_ids)
    assert seen is not None and before - dt.timedelta(seconds=1) <= seen <= dt.datetime.now(dt.UTC)
    as_user = argus("heartbeat", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.user.token})
    assert as_user.exit_code == 3, as_user.output
    assert "only a source system has a heartbeat" in as_user.stderr
    assert len(as_user.stderr.strip().splitlines()) == 1 and v2_ids.user.token not in as_user.output


def last_seen(server: ArgusServer, ids: Identities) -> dt.datetime | None:
    """The source system's last_seen, read in the server's database (the API does not show it)."""
    dumped = server.call_command("dumpdata", "argus_incident.SourceSystem", "--pks", str(ids.source.source_pk))
    value = json.loads(dumped)[0]["fields"]["last_seen"]
    return None if value is None else dt.datetime.fromisoformat(value)


# -- examples/cron_glue.sh ---------------------------------------------------------------------------------------


@pytest.fixture
def listening() -> Iterator[socket.socket]:
    with socket.create_server(("127.0.0.1", 0)) as server:
        yield server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_cron_glue_example(
    environment: dict[str, str], listening: socket.socket, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    client = source_client(v2_server, v2_ids)
    up, down = listening.getsockname()[1], free_port()
    venv_bin = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        **environment,
        "PATH": f"{venv_bin}:{os.environ['PATH']}",
        "PORTS": f"127.0.0.1:{up} 127.0.0.1:{down}",
    }

    def run_example() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", ROOT / "examples" / "cron_glue.sh"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    log = AccessLog(v2_server)
    log.mark()
    ran = run_example()
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert ran.stderr == ""
    assert open_in_argus(client) == {
        f"port-127.0.0.1-{down}": (
            f"127.0.0.1:{down} does not answer",
            2,
            {"host": ["127.0.0.1"], "port": [str(down)], "problem": ["port"]},
        )
    }
    assert log.writes() == {"POST heartbeat": 1, "POST incidents": 1}

    log.mark()
    assert run_example().returncode == 0
    assert log.writes() == {"POST heartbeat": 1}  # every minute: nothing new, nothing written

    with socket.create_server(("127.0.0.1", down)):  # the port answers again: an empty check, resolved
        ran = run_example()
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "every open incident of the source system is resolved" in ran.stderr
    assert open_in_argus(client) == {}

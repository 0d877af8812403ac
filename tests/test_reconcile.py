"""argus_ext.reconcile on a real argus-server 2.10.2: 500 problems, repeat runs, changes, a connection drop.

Writes are counted at the server, from its own access log (argus_local.access_log), not from the report: "a second run
writes nothing" is a claim about what reached the server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import httpx
import pytest
from argus_api_v2 import Client

from argus_ext import (
    ArgusConnectionError,
    BadRequestError,
    DuplicateSourceIncidentError,
    Problem,
    ReconcileReport,
    areconcile,
    connect,
    find_my_incident,
    paginate_my_incidents,
    reconcile,
    resolve,
    tags_from_api,
)
from argus_local import ArgusServer, Identities
from argus_local.access_log import AccessLog

pytestmark = pytest.mark.anyio
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def problems(numbers: range, *, level: int = 3) -> dict[str, Problem]:
    return {
        f"p{n}": Problem(f"problem {n}", level=level, tags={"host": f"h{n % 7}", "problem": ["disk", f"d{n % 3}"]})
        for n in numbers
    }


def open_in_argus(client: Client) -> dict[str, tuple[str, int, dict[str, list[str]]]]:
    """My open incidents as the server has them: {source_incident_id: (description, level, tags)}."""
    found = {}
    for incident in paginate_my_incidents(client, open_=True, page_size=1000):
        tags = {key: sorted(values) for key, values in tags_from_api(incident.tags).items()}
        found[incident.source_incident_id] = (incident.description, incident.level, tags)
    return found


def expected(desired: Mapping[str, Problem]) -> dict[str, tuple[str, int, dict[str, list[str]]]]:
    return {
        sid: (p.description, p.level, {k: sorted([v] if isinstance(v, str) else v) for k, v in p.tags.items()})
        for sid, p in desired.items()
    }


async def run(mode: str, client: Client, desired: Mapping[str, Problem]) -> tuple[ReconcileReport, float]:
    started = time.perf_counter()
    report = reconcile(client, desired) if mode == "sync" else await areconcile(client, desired, concurrency=8)
    return report, time.perf_counter() - started


class DroppingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends requests for real until `writes_before_drop` writes went through; the next write reaches the server
    but its answer is lost (the nastiest case for a POST), and from then on nothing gets through."""

    def __init__(self, writes_before_drop: int) -> None:
        self.left = writes_before_drop
        self.dropped = False
        self.lock = threading.Lock()
        self.sync_inner = httpx.HTTPTransport()
        self.async_inner = httpx.AsyncHTTPTransport()

    def _fate(self, request: httpx.Request) -> str:
        with self.lock:
            if self.dropped:
                return "refuse"
            if request.method != "GET":
                if self.left == 0:
                    self.dropped = True
                    return "lose answer"
                self.left -= 1
            return "send"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fate = self._fate(request)
        if fate == "refuse":
            raise httpx.ConnectError("connection refused (test)", request=request)
        response = self.sync_inner.handle_request(request)
        if fate == "lose answer":
            response.read()
            raise httpx.ReadError("connection reset (test)", request=request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fate = self._fate(request)
        if fate == "refuse":
            raise httpx.ConnectError("connection refused (test)", request=request)
        response = await self.async_inner.handle_async_request(request)
        if fate == "lose answer":
            await response.aread()
            raise httpx.ReadError("connection reset (test)", request=request)
        return response


@MODES
async def test_500_problems_repeat_change_and_drop(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(v2_server.url, token=v2_ids.source.token)
    log = AccessLog(v2_server)

    # 1. First run: every problem is posted once.
    desired = problems(range(500))
    log.mark()
    report, first_seconds = await run(mode, client, desired)
    assert sorted(report.created) == sorted(desired) and report.complete
    assert log.writes() == {"POST incidents": 500}
    assert open_in_argus(client) == expected(desired)

    # 2. The same input again: nothing to write, and nothing is written.
    log.mark()
    report, _ = await run(mode, client, desired)
    assert (len(report.unchanged), report.created, report.resolved, report.updated) == (500, [], [], [])
    assert log.writes() == {}

    # 3. 50 gone, 50 new, 10 changed: 50 END events, 50 POSTs, 10 PATCHes with only what changed.
    desired = problems(range(50, 550)) | problems(range(100, 110), level=1)
    log.mark()
    report, _ = await run(mode, client, desired)
    assert sorted(report.resolved) == sorted(f"p{n}" for n in range(50))
    assert sorted(report.created) == sorted(f"p{n}" for n in range(500, 550))
    assert sorted(report.updated) == sorted(f"p{n}" for n in range(100, 110))
    assert len(report.unchanged) == 440 and report.complete
    assert log.writes() == {"POST events": 50, "POST incidents": 50, "PATCH incidents": 10}
    assert open_in_argus(client) == expected(desired)

    # 4. 50 gone, 50 new, 20 changed, and the connection drops after 30 writes (the 31st reaches the server,
    #    its answer is lost); the next run completes the work, and no write is ever made twice.
    desired = problems(range(100, 600)) | problems(range(200, 210), level=2)
    transport = DroppingTransport(writes_before_drop=30)
    broken = connect(v2_server.url, token=v2_ids.source.token, retry=None, httpx_args={"transport": transport})
    log.mark()
    report, _ = await run(mode, broken, desired)
    assert transport.dropped and not report.complete
    assert all(isinstance(error, ArgusConnectionError) for error in report.failed.values())
    done = len(report.created) + len(report.resolved) + len(report.updated)
    assert done == 30 and done + len(report.failed) + len(report.not_attempted) == 120
    report, _ = await run(mode, client, desired)
    assert report.complete and report.failed == {}
    assert len(report.created) + len(report.resolved) + len(report.updated) == 120 - 31  # the lost one was made
    assert log.writes() == {"POST events": 50, "POST incidents": 50, "PATCH incidents": 20}
    assert open_in_argus(client) == expected(desired)
    print(f"\n{mode}: first run, 500 incidents posted in {first_seconds:.2f} s")


@MODES
async def test_a_recurring_problem_reopens_its_closed_incident(
    mode: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    client = connect(v2_server.url, token=v2_ids.source.token)
    await run(mode, client, {"disk": Problem("disk full", tags={"host": "db1"})})
    first = find_my_incident(client, "disk")
    assert first is not None
    resolve(client, first)  # the problem went away ...
    again = {"disk": Problem("disk full again", level=2, tags={"host": "db1"})}
    report, _ = await run(mode, client, again)  # ... and came back: the id is taken by the closed incident
    assert (report.reopened, report.created, report.failed) == (["disk"], [], {})
    now = find_my_incident(client, "disk")
    assert now is not None and now.pk == first.pk and now.open_
    assert (now.description, now.level) == ("disk full again", 2)
    report, _ = await run(mode, client, again)
    assert report.unchanged == ["disk"]

    resolve(client, first)
    strict = (
        reconcile(client, again, on_closed_id="fail")
        if mode == "sync"
        else await areconcile(client, again, on_closed_id="fail")
    )
    refused = strict.failed["disk"]
    assert list(strict.failed) == ["disk"] and isinstance(refused, DuplicateSourceIncidentError)
    assert refused.source_incident_id == "disk"


async def test_bad_input_is_refused_before_sending(v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)  # an end user: any request would fail
    with pytest.raises(ValueError, match=r"desired\['x'\]\.level: .* 9"):
        reconcile(client, {"x": Problem("x", level=9)})
    with pytest.raises(ValueError, match=r"desired\['x'\]\.tags: key 'Bad Key'"):
        await areconcile(client, {"x": Problem("x", tags={"Bad Key": "v"})})
    with pytest.raises(ValueError, match="non-empty string"):
        reconcile(client, {"": Problem("x")})
    with pytest.raises(ValueError, match="concurrency"):
        await areconcile(client, {}, concurrency=0)
    report = reconcile(client, {"x": Problem("x")})  # an end user trying a source system's job: reported
    assert list(report.failed) == ["x"] and isinstance(report.failed["x"], BadRequestError)


def test_the_glue_service_example_prints_its_reports(v2_server: ArgusServer, v2_ids: Identities) -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "glue_service.py"
    env = {**os.environ, "ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.source.token}
    ran = subprocess.run([sys.executable, example], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert ran.stdout.splitlines() == [
        "round 1 (three problems appear): created ['zbx-101', 'zbx-102', 'zbx-103']",
        (
            "round 2 (disk fixed, load worse, backup failed): created ['zbx-104']; resolved ['zbx-101']; "
            "updated ['zbx-103']; unchanged ['zbx-102']"
        ),
        "round 3 (nothing changed, async): unchanged ['zbx-102', 'zbx-103', 'zbx-104']",
        "round 4 (the disk fills up again): resolved ['zbx-102', 'zbx-103', 'zbx-104']; re-opened ['zbx-101']",
    ]
    client = connect(v2_server.url, token=v2_ids.source.token)
    assert open_in_argus(client) == expected(
        {"zbx-101": Problem("db1: disk 97% full", level=2, tags={"host": "db1", "problem": ["disk", "wal"]})}
    )


@MODES
async def test_a_failed_first_read_raises(mode: str) -> None:
    nowhere = connect("http://127.0.0.1:9", token="t0k3n", retry=None)  # the discard port: nothing listens
    with pytest.raises(ArgusConnectionError):
        await run(mode, nowhere, problems(range(3)))

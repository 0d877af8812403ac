"""Issue 17, item 5: reconcile at glue-service scale, every request counted at the server (its access log).

For each driver (`reconcile`, and `areconcile` at concurrency 8), a fresh source system and three runs, each in a
fresh process (`python -m bench.reconcile_scale`, the token in its environment, never in a process list), so that
its wall time and peak RSS (VmHWM, see memory.py) are its own:
1. "first": N problems into an empty Argus: exactly N POSTs.
2. "again": the same N problems: no write, and the read of the open incidents in ceil(N / 1000) GETs.
3. "changes": a person has tagged C incidents (before the run, not counted); the source raises the level of those
   same C, drops C others and reports C new ones: exactly C PATCHes, C END events, C POSTs, nothing failed, and
   no tag operation (the person's tags are not the source's).
Any count other than the expected one fails the benchmark: the figures are only reported for a correct run.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from argus_ext import connect
from argus_ext.versions import V2
from argus_local import ArgusServer
from argus_local.access_log import AccessLog

from .memory import peak_rss_kib
from .plan import Plan
from .stats import Measurement, Result

REPO = Path(__file__).resolve().parent.parent
DRIVERS = ("reconcile", "areconcile, concurrency 8")
PHASES = ("first", "again", "changes")
READ_PAGE = 1000


def desired(phase: str, count: int, changes: int) -> dict[str, Any]:
    """The source's problems in a phase: `count` of them, and in "changes" the changed, gone and new ones."""
    from argus_ext import Problem

    def problem(number: int, level: int = 3) -> Any:
        return Problem(f"h{number}: disk full", level=level, tags={"host": f"h{number}", "problem": "disk"})

    problems = {f"zbx-{n}": problem(n) for n in range(count)}
    if phase == "changes":
        problems.update({f"zbx-{n}": problem(n, level=1) for n in range(changes)})
        for n in range(changes, 2 * changes):
            del problems[f"zbx-{n}"]
        problems.update({f"zbx-{n}": problem(n) for n in range(count, count + changes)})
    return problems


def expected(phase: str, count: int, changes: int) -> tuple[Counter[str], Counter[str]]:
    """The requests the server must see in a phase: its writes, and its reads."""
    if phase == "first":
        return Counter({"POST incidents": count}), Counter({"GET mine": 1})
    if phase == "again":
        return Counter(), Counter({"GET mine": math.ceil(count / READ_PAGE)})
    writes = {"PATCH incidents": changes, "POST events": changes, "POST incidents": changes}
    return Counter(writes), Counter({"GET mine": math.ceil(count / READ_PAGE)})


def tag_as_a_person(server: ArgusServer, source_token: str, person_token: str, changes: int) -> None:
    """A person tags the incidents whose level the source will raise (their tags are not the source's)."""
    from argus_ext import find_my_incident

    source, person = connect(server.api_url, token=source_token), connect(server.api_url, token=person_token)
    add_tag = V2.endpoint("incident_tags.add_incident_tag")
    for n in range(changes):
        incident = find_my_incident(source, f"zbx-{n}")
        assert incident is not None
        add_tag.sync(incident.pk, client=person, body=V2.models().TagValue("team=dba"))


def run_phase(server: ArgusServer, token: str, driver: str, phase: str, plan: Plan) -> dict[str, Any]:
    log = AccessLog(server)
    log.mark()
    env = dict(
        os.environ,
        BENCH_URL=server.api_url,
        BENCH_TOKEN=token,
        BENCH_DRIVER=driver,
        BENCH_PHASE=phase,
        BENCH_COUNT=str(plan.reconcile_scale),
        BENCH_CHANGES=str(plan.reconcile_scale_changes),
    )
    done = subprocess.run(
        [sys.executable, "-m", "bench.reconcile_scale"], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{driver}, {phase}: the run failed: {done.stderr[-2000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    requests = log.requests()
    writes = Counter(f"{r.method} {r.kind}" for r in requests if r.is_write)
    reads = Counter(f"{r.method} {r.kind}" for r in requests if not r.is_write)
    want_writes, want_reads = expected(phase, plan.reconcile_scale, plan.reconcile_scale_changes)
    if writes != want_writes or reads != want_reads or figures["failed"]:
        raise AssertionError(
            f"{driver}, {phase}: the server saw writes {dict(writes)} and reads {dict(reads)}, "
            f"expected {dict(want_writes)} and {dict(want_reads)}; report: {figures}"
        )
    return {
        **figures,
        "writes": dict(writes),
        "reads": dict(reads),
        "requests": len(requests),
        "failed_statuses": sum(1 for r in requests if r.status >= 400),
    }


def run(server: ArgusServer, plan: Plan) -> Result:
    n, c = plan.reconcile_scale, plan.reconcile_scale_changes
    result = Result(
        "reconcile-scale",
        f"reconcile at scale: {n:,} problems; then {c} tagged by people and "
        f"level-changed, {c} gone, {c} new (requests counted at the server)",
    )
    runs: dict[str, dict[str, Any]] = {}
    for index, driver in enumerate(DRIVERS):
        ids = server.new_identities(f"bench-scale-{index}")
        for phase in PHASES:
            if phase == "changes":
                tag_as_a_person(server, ids.source.token, ids.user.token, c)
            figures = run_phase(server, ids.source.token, driver, phase, plan)
            runs[f"{driver}: {phase}"] = figures
            result.measurements[f"{driver}: {phase}, wall"] = Measurement((figures["seconds"],), "s")
            result.measurements[f"{driver}: {phase}, peak RSS"] = Measurement((figures["peak_kib"] / 1024,), "MiB")
            print(
                f"  {driver}: {phase}: {figures['seconds']:.1f} s, peak {figures['peak_kib'] / 1024:.0f} MiB, "
                f"writes {figures['writes']}, reads {figures['reads']}",
                flush=True,
            )
    result.notes = {"problems": n, "changes": c, "runs": runs}
    return result


def child() -> None:
    """Runs in the fresh process: one reconcile run; prints its figures as one JSON line."""
    from argus_ext import areconcile, reconcile

    client = connect(os.environ["BENCH_URL"], token=os.environ["BENCH_TOKEN"], timeout=120.0)
    problems = desired(os.environ["BENCH_PHASE"], int(os.environ["BENCH_COUNT"]), int(os.environ["BENCH_CHANGES"]))
    before = peak_rss_kib()
    started = time.perf_counter()
    if os.environ["BENCH_DRIVER"] == "reconcile":
        report = reconcile(client, problems)
    else:
        report = asyncio.run(areconcile(client, problems, concurrency=8))
    seconds = time.perf_counter() - started
    outcome = {
        name: len(getattr(report, name))
        for name in ("created", "resolved", "updated", "reopened", "unchanged", "not_attempted")
    }
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_kib": peak_rss_kib(),
                "before_kib": before,
                **outcome,
                "failed": {sid: str(error) for sid, error in list(report.failed.items())[:5]},
            }
        )
    )


if __name__ == "__main__":
    child()

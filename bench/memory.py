"""Issue 12, item 6: peak RSS while iterating 2,000 versus 20,000 incidents through the paginator.

Each run is a fresh interpreter (`python -m bench.memory`, reading the server and filter from its environment,
so the token is in no process list) that imports argus_ext, iterates the set one page at a time and prints its
peak RSS and the peak it had before the first page. One page in memory at a time means the peak barely grows
with the number of incidents.

The peak is the kernel's high-water mark of the process's own memory (`VmHWM` in /proc/self/status), not
`getrusage().ru_maxrss`: on Linux ru_maxrss survives fork+exec, so a child started by this (large) benchmark
process reports the parent's RSS at the fork, whatever the child does (measured: 310 MiB for a bare
interpreter started from a 300 MiB parent, whose VmHWM was 9 MiB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .dataset import DataSet
from .plan import Plan
from .stats import Measurement, Result, ratio

REPO = Path(__file__).resolve().parent.parent


def measure_once(data: DataSet, sources: tuple[int, ...], expected: int, page_size: int) -> dict[str, int]:
    env = dict(
        os.environ,
        BENCH_URL=data.api_url,
        BENCH_TOKEN=data.token,
        BENCH_SOURCES=",".join(map(str, sources)),
        BENCH_PAGE_SIZE=str(page_size),
    )
    done = subprocess.run(
        [sys.executable, "-m", "bench.memory"], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"the memory run failed: {done.stderr[-2000:]}")
    figures: dict[str, int] = json.loads(done.stdout.splitlines()[-1])
    if figures["incidents"] != expected:
        raise AssertionError(f"iterated {figures['incidents']} incidents, expected {expected}")
    return figures


def run(data: DataSet, plan: Plan) -> Result:
    sets = {plan.memory_small: data.small_sources, plan.memory_large: data.large_sources}
    runs: dict[int, list[dict[str, int]]] = {count: [] for count in sets}
    for _ in range(plan.memory_rounds):
        for count, sources in sets.items():
            runs[count].append(measure_once(data, sources, count, plan.memory_page_size))
    peaks = {count: Measurement(tuple(r["peak_kib"] / 1024 for r in runs[count]), "MiB") for count in sets}
    result = Result(
        "memory",
        f"Peak RSS iterating {plan.memory_small} vs {plan.memory_large} incidents "
        f"(page size {plan.memory_page_size}, a fresh process each)",
    )
    for count in sets:
        result.measurements[f"peak RSS, {count} incidents"] = peaks[count]
    for count in sets:
        growth = tuple((r["peak_kib"] - r["before_kib"]) / 1024 for r in runs[count])
        result.measurements[f"peak growth after import, {count}"] = Measurement(growth, "MiB")
    result.ratios = [ratio("memory: peak RSS large / small", peaks[plan.memory_large], peaks[plan.memory_small], 1.2)]
    result.notes = {"runs": {str(count): values for count, values in runs.items()}, "page_size": plan.memory_page_size}
    return result


def peak_rss_kib() -> int:
    """This process's peak resident set so far, in KiB (VmHWM; see the module doc for why not ru_maxrss)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status: the memory benchmark needs Linux")


def child() -> None:
    """Runs in the fresh process: iterate the set, print the figures as one JSON line."""
    from argus_ext import connect, paginate_incidents

    client = connect(os.environ["BENCH_URL"], token=os.environ["BENCH_TOKEN"], timeout=120.0)
    sources = [int(pk) for pk in os.environ["BENCH_SOURCES"].split(",")]
    before = peak_rss_kib()
    count = 0
    for _incident in paginate_incidents(client, page_size=int(os.environ["BENCH_PAGE_SIZE"]), source_id_in=sources):
        count += 1
    peak = peak_rss_kib()
    print(json.dumps({"incidents": count, "peak_kib": peak, "before_kib": before}))


if __name__ == "__main__":
    child()

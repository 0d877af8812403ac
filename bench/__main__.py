"""`python -m bench [--quick] [--only NAME ...]`: start one real argus-server 2.10.2, seed it, run every benchmark.

Prints each benchmark's figures (median, spread, rounds) and ratios as it goes, then writes bench/results.json
and the chart bench/ratios.png (under --out). Exits 1 when a benchmark failed (the others still run); a missed target is a figure, not a failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argus_local import V2, ArgusServer

from . import chart, cli_startup, concurrency, imports, listing, machine, memory, parsing, reconcile_scale, reconciling
from .dataset import DataSet, seed
from .plan import FULL, QUICK, Plan
from .profiling import print_profile
from .stats import Ratio, Result, print_result

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("parsing", "listing", "imports", "concurrency", "memory", "reconcile", "reconcile-scale", "cli")
NEED_SEEDED_DATA = frozenset({"parsing", "listing", "memory"})


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes and few rounds, for development")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these benchmarks")
    parser.add_argument(
        "--out",
        type=Path,
        help="folder for results.json and ratios.png (default: bench/ for a "
        "full run; .cache/bench-quick/ for --quick, so that it never overwrites the full run's)",
    )
    return parser.parse_args(argv)


def runners(server: ArgusServer, data: DataSet | None, plan: Plan) -> dict[str, Callable[[], Result]]:
    def seeded() -> DataSet:
        assert data is not None, "seeded only when a benchmark of NEED_SEEDED_DATA runs"
        return data

    return {
        "parsing": lambda: parsing.run(seeded(), plan),
        "listing": lambda: listing.run(seeded(), plan),
        "imports": lambda: imports.run(plan),
        "concurrency": lambda: concurrency.run(server, plan),
        "memory": lambda: memory.run(seeded(), plan),
        "reconcile": lambda: reconciling.run(server, plan),
        "reconcile-scale": lambda: reconcile_scale.run(server, plan),
        "cli": lambda: cli_startup.run(plan),
    }


def print_notes(result: Result) -> None:
    notes = result.notes
    if "failed" in notes:
        print(f"  failed: {notes['failed']}")
    if "skipped" in notes:
        print(f"  skipped: {notes['skipped']}")
    if "profile" in notes:
        print_profile(notes["profile_of"], notes["profile"])
    if "models_loaded" in notes:
        for statement, counts in notes["models_loaded"].items():
            print(f"  {statement}: loads {counts['loaded']} of {counts['total']} argus_api_v2.models modules")
        for statement, packages in notes["heaviest_packages"].items():
            heavy = ", ".join(f"{p['package']} {p['self_ms']:.1f}" for p in packages[:8])
            print(f"  {statement}: own ms per package: {heavy}")
        for statement, modules in notes.get("argus_api_v1_loaded", {}).items():
            print(f"  {statement}: loads {len(modules)} argus_api_v1 modules {modules}")
    if "census" in notes:
        print(f"  counted at the server by source_incident_id: {notes['lost']} lost, {notes['duplicated']} duplicated")
    if "incidents_per_second" in notes:
        rates = ", ".join(f"{name} {rate:,.0f}" for name, rate in notes["incidents_per_second"].items())
        print(f"  incidents per second: {rates}")


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    plan = QUICK if arguments.quick else FULL
    out: Path = arguments.out or (HERE.parent / ".cache" / "bench-quick" if arguments.quick else HERE)
    wanted = arguments.only or list(BENCHMARKS)
    started = time.perf_counter()
    failures: list[str] = []
    report: dict[str, Any] = {
        "command": shlex.join(["python", "-m", "bench", *argv]),
        "plan": plan.__dict__,
        "started_utc": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine.describe(),
        "code": machine.code_state(),
        "results": [],
    }
    print(
        f"bench ({plan.name}): {report['machine']['nproc']} CPUs, {report['machine']['cpu_model']}, "
        f"Python {report['machine']['python']}, load {report['machine']['load_average']}",
        flush=True,
    )
    with ArgusServer(V2) as server:
        report["argus_server"] = V2.version
        data = None
        if set(wanted) & NEED_SEEDED_DATA:  # the seeding takes minutes: only for the benchmarks that read it
            print(f"argus-server {V2.version} at {server.api_url}; seeding {plan.memory_large} incidents", flush=True)
            data = seed(server, plan)
            report["seconds_to_seed"] = time.perf_counter() - started
        todo = runners(server, data, plan)
        for name in wanted:
            step = time.perf_counter()
            try:
                result = todo[name]()
            except Exception as error:  # noqa: BLE001 - one broken benchmark must not cost the others their figures
                traceback.print_exc()
                result = Result(name, f"{name}: FAILED", notes={"failed": f"{type(error).__name__}: {error}"})
                failures.append(name)
            print_result(result)
            print_notes(result)
            print(f"  ({time.perf_counter() - step:.0f} s)", flush=True)
            report["results"].append(result.as_dict())
            ratios = [item for done in report["results"] for item in done["ratios"]]
            save(report, out, ratios, plan)  # after each benchmark: a failure later keeps what was measured
    report["seconds_total"] = time.perf_counter() - started
    report["load_average_at_end"] = machine.describe()["load_average"]
    save(report, out, [item for done in report["results"] for item in done["ratios"]], plan)
    print(f"\nwrote {out / 'results.json'} and {out / 'ratios.png'} ({report['seconds_total']:.0f} s in all)")
    if failures:
        print(f"FAILED: {', '.join(failures)}")
    return 1 if failures else 0


def save(report: dict[str, Any], out: Path, ratios: list[dict[str, Any]], plan: Plan) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(report, indent=1) + "\n")
    if ratios:
        chart.draw(
            [Ratio(r["name"], r["value"], r["target"], r["at_most"]) for r in ratios],
            out / "ratios.png",
            f"argus-openapi-client vs pyargus 0.8.0 and plain httpx ({plan.name} run, same-run ratios)",
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Issue 12, item 3 (end): the reconcile helper's writes per second, sequential and at bounded concurrency.

Each variant runs as a fresh source system: one reconcile creates N problems (N POSTs), a second one with no
problems left resolves them (N END events). Both runs are timed whole, the read of my open incidents included,
as a glue service would run them. The reports must say that everything was done.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from argus_ext import connect
from argus_local import ArgusServer

from .plan import Plan
from .stats import Measurement, Result, ratio, timed

try:
    from argus_ext import Problem, areconcile, reconcile
except ImportError:  # being written by another engineer: the benchmark says so instead of failing
    RECONCILE_MISSING = True
else:
    RECONCILE_MISSING = False

SEQUENTIAL = "reconcile (sync)"


def desired(count: int) -> dict[str, Any]:
    return {
        f"zbx-{number}": Problem(f"h{number}: disk full", level=3, tags={"host": f"h{number}", "problem": "disk"})
        for number in range(count)
    }


def run_areconcile(client: Any, problems: Mapping[str, Any], concurrency: int) -> Any:
    return asyncio.run(areconcile(client, problems, concurrency=concurrency))


def reconcile_twice(
    name: str, drive: Callable[[Any, Mapping[str, Any]], Any], client: Any, n: int
) -> tuple[float, float, dict[str, int]]:
    """Seconds to create n problems, seconds to resolve them all again, and what the reports said."""
    problems = desired(n)
    outcome: dict[str, Any] = {}
    create_s = timed(lambda: outcome.update(created=drive(client, problems)))
    resolve_s = timed(lambda: outcome.update(resolved=drive(client, {})))
    created, resolved = outcome["created"], outcome["resolved"]
    if len(created.created) != n or not created.complete or len(resolved.resolved) != n or not resolved.complete:
        raise AssertionError(
            f"{name}: created {len(created.created)}, resolved {len(resolved.resolved)} of {n}; "
            f"failed {created.failed or resolved.failed}"
        )
    return create_s, resolve_s, {"created": len(created.created), "resolved": len(resolved.resolved)}


def run(server: ArgusServer, plan: Plan) -> Result:
    result = Result(
        "reconcile",
        f"reconcile: {plan.reconcile_problems} creates, then {plan.reconcile_problems} resolves, writes per second",
    )
    if RECONCILE_MISSING:
        result.notes = {"skipped": "argus_ext.reconcile is not importable yet"}
        return result
    n = plan.reconcile_problems
    drivers: dict[str, Callable[[Any, Mapping[str, Any]], Any]] = {SEQUENTIAL: reconcile}
    for limit in plan.concurrency:
        drivers[f"areconcile, concurrency {limit}"] = partial(run_areconcile, concurrency=limit)
    rates: dict[str, list[float]] = {f"{name}: {phase}": [] for name in drivers for phase in ("creates", "resolves")}
    reports: dict[str, list[dict[str, int]]] = {name: [] for name in drivers}
    for round_number in range(plan.post_rounds):
        for index, (name, drive) in enumerate(drivers.items()):
            source = server.new_identities(f"bench-reconcile-{round_number}-{index}").source
            client = connect(server.api_url, token=source.token, timeout=120.0)
            create_s, resolve_s, report = reconcile_twice(name, drive, client, n)
            rates[f"{name}: creates"].append(n / create_s)
            rates[f"{name}: resolves"].append(n / resolve_s)
            reports[name].append(report)
    result.measurements = {name: Measurement(tuple(values), "writes/s") for name, values in rates.items()}
    for limit in plan.concurrency:
        for phase in ("creates", "resolves"):
            result.ratios.append(
                ratio(
                    f"reconcile {phase}: speed-up at {limit}",
                    result.measurements[f"areconcile, concurrency {limit}: {phase}"],
                    result.measurements[f"{SEQUENTIAL}: {phase}"],
                    at_most=False,
                )
            )
    result.notes = {"problems": n, "reports": reports}
    return result

"""Issue 12, item 3: listing N incidents end to end, page sizes 100 and 1000, one server.

Ours: `paginate_incidents(connect(url, token=...), page_size=..., source_id_in=[...])` and its async twin;
pyargus 0.8.0: `Client(api_root_url, token).get_incidents(...)`; the floor: a plain httpx loop with
`json.loads`, following the `next` links. Every variant keeps its client across rounds (as a glue service
would) and must return exactly the N incidents, or the run stops. Each listing's CPU time in this process is
measured too: the server runs in processes of its own, so that is what the client itself costs, without the
server's noise (its answers for the same page vary by tens of milliseconds).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx
from pyargus.client import Client as PyargusClient

from argus_ext import ConnectedClient, apaginate_incidents, connect, paginate_incidents

from .dataset import DataSet, source_filter
from .plain import plain_listing
from .plan import Plan
from .profiling import profile
from .stats import Result, interleaved_with_cpu, ratio

TIMEOUT = 120.0  # pyargus' default (2 s) is shorter than a 1,000-incident page takes on a busy machine


def sync_ours(client: ConnectedClient, page_size: int, source: int) -> int:
    return sum(1 for _ in paginate_incidents(client, page_size=page_size, source_id_in=[source]))


def async_ours(client: ConnectedClient, page_size: int, source: int) -> int:
    async def count() -> int:
        return len([i async for i in apaginate_incidents(client, page_size=page_size, source_id_in=[source])])

    return asyncio.run(count())


def pyargus_listing(client: Any, page_size: int, source: int) -> int:
    return sum(1 for _ in client.get_incidents(page_size=page_size, source__id__in=source))


def counted(expected: int, listing: Callable[[], int | list[Any]]) -> Callable[[], None]:
    """`listing` timed as it is, and its result checked after: every variant must see all N incidents."""

    def run() -> None:
        found = listing()
        count = found if isinstance(found, int) else len(found)
        if count != expected:
            raise AssertionError(f"listed {count} incidents, expected {expected}")

    return run


def run(data: DataSet, plan: Plan) -> Result:
    source = data.listing_source
    ours_client = connect(data.api_url, token=data.token, timeout=TIMEOUT)
    theirs = PyargusClient(data.api_url, data.token, timeout=TIMEOUT)
    http = httpx.Client(headers={"Authorization": f"Token {data.token}"}, timeout=TIMEOUT)
    n = plan.listing
    variants: dict[str, Callable[[], None]] = {}
    for size in plan.page_sizes:
        query = {"page_size": size, "source__id__in": source_filter((source,))}
        variants[f"httpx + json.loads, page {size}"] = counted(n, partial(plain_listing, http, data.api_url, query))
        variants[f"ours (sync paginator), page {size}"] = counted(n, partial(sync_ours, ours_client, size, source))
        variants[f"ours (async paginator), page {size}"] = counted(n, partial(async_ours, ours_client, size, source))
        variants[f"pyargus get_incidents, page {size}"] = counted(n, partial(pyargus_listing, theirs, size, source))
    try:
        # Warm the server (its database pages, its code) once, then time every variant in turn: a warm-up per
        # variant would cost a whole listing each.
        plain_listing(http, data.api_url, {"page_size": max(plan.page_sizes), "source__id__in": str(source)})
        measured, cpu = interleaved_with_cpu(variants, plan.listing_rounds, warmup=False)
    finally:
        http.close()
    result = Result("listing", f"Listing {n} incidents end to end (one server, {plan.listing_rounds} rounds)")
    result.measurements = {**measured, **{f"{name} (client CPU)": m for name, m in cpu.items()}}
    for size in plan.page_sizes:
        floor_time = measured[f"httpx + json.loads, page {size}"]
        sync_time = measured[f"ours (sync paginator), page {size}"]
        result.ratios += [
            ratio(f"listing p{size}: ours / httpx loop", sync_time, floor_time, 1.03),
            ratio(f"listing p{size}: ours / pyargus", sync_time, measured[f"pyargus get_incidents, page {size}"], 1.0),
            ratio(
                f"listing p{size}: ours async / httpx loop",
                measured[f"ours (async paginator), page {size}"],
                floor_time,
            ),
            ratio(
                f"listing p{size}: ours / httpx loop, client CPU",
                cpu[f"ours (sync paginator), page {size}"],
                cpu[f"httpx + json.loads, page {size}"],
            ),
        ]
    biggest = max(plan.page_sizes)
    result.notes = {
        "incidents": n,
        "profile_of": f"ours: listing {n} incidents, page {biggest} (the client's side)",
        "profile": profile(partial(sync_ours, ours_client, biggest, source)),
        "incidents_per_second": {name: n / m.median for name, m in measured.items()},
    }
    return result

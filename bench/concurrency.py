"""Issue 12, item 5: posting incidents one at a time versus with the async client at bounded concurrency.

Each variant posts as a fresh source system of its own (made outside the timing), so afterwards a count of that
source's incidents at the server, by `source_incident_id`, shows whether any was lost or posted twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from functools import partial

from argus_api_v2.api.incidents import create_incident
from argus_api_v2.models import IncidentCreate, TagValue

from argus_ext import ConnectedClient, connect
from argus_local import ArgusServer

from .plain import Census, count_source
from .plan import Plan
from .stats import Measurement, Result, ratio, timed

SEQUENTIAL = "sequential (sync create_incident)"
Poster = Callable[[ConnectedClient, str], None]


def body(prefix: str, number: int) -> IncidentCreate:
    return IncidentCreate(
        start_time=dt.datetime.now(dt.UTC),
        description=f"bench {prefix} #{number}",
        level=3,
        source_incident_id=f"{prefix}-{number}",
        tags=[TagValue("bench=concurrency"), TagValue(f"host=h{number % 50}")],
    )


def post_sequentially(client: ConnectedClient, prefix: str, count: int) -> None:
    for number in range(count):
        create_incident.sync(client=client, body=body(prefix, number))


def post_concurrently(client: ConnectedClient, prefix: str, count: int, limit: int) -> None:
    """The async client, at most `limit` requests in flight (asyncio.Semaphore + gather)."""
    gate = asyncio.Semaphore(limit)

    async def post(number: int) -> None:
        async with gate:
            await create_incident.asyncio(client=client, body=body(prefix, number))

    async def post_all() -> None:
        await asyncio.gather(*(post(number) for number in range(count)))

    asyncio.run(post_all())


def variant_name(limit: int) -> str:
    return f"async, at most {limit} in flight"


def post_as_fresh_source(server: ArgusServer, poster: Poster, label: str, count: int) -> tuple[float, Census]:
    """Seconds `poster` took to post `count` incidents as a new source system, and what the server then holds."""
    assert server.identities is not None
    source = server.new_identities(label).source
    client = connect(server.api_url, token=source.token, timeout=120.0)
    seconds = timed(partial(poster, client, label))
    return seconds, count_source(server.api_url, server.identities.user.token, source.source_pk, count)


def run(server: ArgusServer, plan: Plan) -> Result:
    posters: dict[str, Poster] = {SEQUENTIAL: partial(post_sequentially, count=plan.posts)}
    for limit in plan.concurrency:
        posters[variant_name(limit)] = partial(post_concurrently, count=plan.posts, limit=limit)
    samples: dict[str, list[float]] = {name: [] for name in posters}
    censuses: dict[str, list[dict[str, int]]] = {name: [] for name in posters}
    for round_number in range(plan.post_rounds):
        for index, (name, poster) in enumerate(posters.items()):
            seconds, census = post_as_fresh_source(server, poster, f"bench-post-{round_number}-{index}", plan.posts)
            samples[name].append(seconds)
            censuses[name].append(
                {
                    "incidents": census.incidents,
                    "distinct_ids": census.distinct_ids,
                    "lost": census.lost,
                    "duplicated": census.duplicated,
                }
            )
    measured = {name: Measurement(tuple(values)) for name, values in samples.items()}
    result = Result("concurrency", f"Posting {plan.posts} incidents, sequential vs async bounded concurrency")
    result.measurements = measured
    result.ratios = [
        ratio(
            f"posting: speed-up at {limit} in flight",
            measured[SEQUENTIAL],
            measured[variant_name(limit)],
            at_most=False,
        )
        for limit in plan.concurrency
    ]
    lost = sum(c["lost"] for runs in censuses.values() for c in runs)
    duplicated = sum(c["duplicated"] for runs in censuses.values() for c in runs)
    result.notes = {
        "posts": plan.posts,
        "census": censuses,
        "lost": lost,
        "duplicated": duplicated,
        "incidents_per_second": {name: plan.posts / m.median for name, m in measured.items()},
    }
    return result

"""The incidents every benchmark reads, seeded once into one local real argus-server.

Each set belongs to a source system of its own, so a `source__id__in` filter selects exactly it:
the listing set (also the page that is parsed comes from all of them), the small memory set, and a bulk set;
the three together are the large memory set. The server's own `create_fake_incident` command writes them
(about 6 ms an incident on an idle machine), each with three tags, a random level, open and stateful.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from argus_local import ArgusServer, SourceAccount

from .plan import Plan

SEED_BATCH = 1000  # incidents per management command call: progress is printed after each


@dataclass(frozen=True)
class DataSet:
    api_url: str
    token: str = field(repr=False)  # an end user's: reads every incident
    listing_source: int
    small_sources: tuple[int, ...]
    large_sources: tuple[int, ...]


def seed(server: ArgusServer, plan: Plan) -> DataSet:
    assert server.identities is not None
    sets = {"listing": plan.listing, "small": plan.memory_small, "bulk": plan.bulk}
    sources: dict[str, SourceAccount] = {}
    start = time.perf_counter()
    done = 0
    for name, count in sets.items():
        source = server.new_identities(f"bench-{name}").source
        sources[name] = source
        for first in range(0, count, SEED_BATCH):
            batch = min(SEED_BATCH, count - first)
            server.call_command("create_fake_incident", "-b", str(batch), "-s", source.source_name)
            done += batch
            print(f"  seeded {done}/{plan.memory_large} incidents ({time.perf_counter() - start:.0f} s)", flush=True)
    return DataSet(
        api_url=server.api_url,
        token=server.identities.user.token,
        listing_source=sources["listing"].source_pk,
        small_sources=(sources["small"].source_pk,),
        large_sources=tuple(source.source_pk for source in sources.values()),
    )


def source_filter(source_pks: tuple[int, ...]) -> str:
    """The server's `source__id__in` value: one comma-separated string."""
    return ",".join(str(pk) for pk in source_pks)

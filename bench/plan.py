"""How much each benchmark does: the issue's sizes for `python -m bench`, small ones for `--quick`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    name: str
    listing: int  # incidents listed end to end (issue: 3,000)
    memory_small: int  # incidents iterated for the smaller peak-RSS run (issue: 2,000)
    memory_large: int  # ... and the larger one (issue: 20,000); every seeded incident
    parse_page: int  # incidents in the page that is parsed (issue: 1,000)
    posts: int  # incidents posted per concurrency variant (issue: 1,000)
    reconcile_problems: int  # problems per reconcile variant (created, then resolved)
    reconcile_scale: int  # problems of the reconcile-at-scale benchmark (issue 17: 10,000)
    reconcile_scale_changes: int  # ... of which tagged by people and level-changed, gone, and new (issue 17: 100)
    page_sizes: tuple[int, ...]
    concurrency: tuple[int, ...]
    memory_page_size: int
    parse_rounds: int
    listing_rounds: int
    import_runs: int
    post_rounds: int  # rounds of posting and of reconcile: each round writes new incidents as new source systems
    memory_rounds: int
    parse_seconds: float  # each parsing sample repeats the parse until it took at least this long

    @property
    def bulk(self) -> int:
        """Incidents seeded beyond the listing and small memory sets, so that all of them make the large set."""
        return self.memory_large - self.listing - self.memory_small


FULL = Plan(
    name="full",
    listing=3000,
    memory_small=2000,
    memory_large=20000,
    parse_page=1000,
    posts=1000,
    reconcile_problems=300,
    reconcile_scale=10000,
    reconcile_scale_changes=100,
    page_sizes=(100, 1000),
    concurrency=(8, 16),
    memory_page_size=1000,
    parse_rounds=7,
    listing_rounds=3,
    import_runs=15,
    post_rounds=2,
    memory_rounds=2,
    parse_seconds=0.3,
)
QUICK = Plan(
    name="quick",
    listing=300,
    memory_small=100,
    memory_large=1000,
    parse_page=1000,
    posts=60,
    reconcile_problems=30,
    reconcile_scale=1200,
    reconcile_scale_changes=10,
    page_sizes=(100, 1000),
    concurrency=(8, 16),
    memory_page_size=100,
    parse_rounds=3,
    listing_rounds=2,
    import_runs=3,
    post_rounds=1,
    memory_rounds=1,
    parse_seconds=0.1,
)

"""A glue service in a few lines: keep Argus in step with a source system's current problems.

Start a server with `make server`, then run this with the URL and the source system's token it prints:

    ARGUS_URL=http://127.0.0.1:PORT ARGUS_TOKEN=<source system token> .venv/bin/python examples/glue_service.py

The monitoring system is a stand-in: four rounds of its current problems, keyed by its own ids. Each round is
one `reconcile` call (`areconcile` in the third), and its report is printed. Run it again against the same
server and the first round re-opens what the last one resolved: the ids are the source's, for good.
"""

from __future__ import annotations

import asyncio
import os

from argus_ext import Problem, ReconcileReport, areconcile, connect, heartbeat, reconcile

DISK = Problem("db1: disk 97% full", level=2, tags={"host": "db1", "problem": ["disk", "wal"]})
CERT = Problem("web1: certificate expires in 5 days", level=4, tags={"host": "web1", "problem": "tls"})
LOAD = Problem("app1: load 12 for 15 minutes", level=3, tags={"host": "app1", "problem": "load"})
BACKUP = Problem("db2: last backup failed", level=2, tags={"host": "db2", "problem": "backup"})

WORSE = {"zbx-102": CERT, "zbx-103": Problem(LOAD.description, level=1, tags=LOAD.tags), "zbx-104": BACKUP}
ROUNDS: list[tuple[str, dict[str, Problem]]] = [
    ("three problems appear", {"zbx-101": DISK, "zbx-102": CERT, "zbx-103": LOAD}),
    ("disk fixed, load worse, backup failed", WORSE),
    ("nothing changed, async", WORSE),
    ("the disk fills up again", {"zbx-101": DISK}),
]


def describe(report: ReconcileReport) -> str:
    parts = [
        f"{name} {sorted(ids)}"
        for name, ids in (
            ("created", report.created),
            ("resolved", report.resolved),
            ("updated", report.updated),
            ("re-opened", report.reopened),
            ("unchanged", report.unchanged),
        )
        if ids
    ]
    parts += [f"FAILED {sid}: {error}" for sid, error in report.failed.items()]
    return "; ".join(parts) or "nothing to do"


def main() -> None:
    client = connect(os.environ["ARGUS_URL"], token=os.environ["ARGUS_TOKEN"])
    heartbeat(client)  # a source with nothing to report looks dead without it
    for number, (what, problems) in enumerate(ROUNDS, start=1):
        if "async" in what:
            report = asyncio.run(areconcile(client, problems, concurrency=8))
        else:
            report = reconcile(client, problems)
        print(f"round {number} ({what}): {describe(report)}")


if __name__ == "__main__":
    main()

"""A tiny glue service: the service checks of a monitoring system, kept in Argus as incidents.

The monitoring system is a stand-in: its check run prints one line per check, `HOST CHECK STATE message...`
(STATE is OK, WARNING, CRITICAL or UNKNOWN, as Nagios's are). Every check that is not OK is a problem, keyed by
`HOST:CHECK` (the source's own id); `reconcile` makes Argus match: new problems are posted, changed ones updated,
problems no longer reported resolved. Run it after each check run (cron, a loop):

    check-run | ARGUS_URL=https://argus.example.org ARGUS_TOKEN=<source system token> python service_checks.py

Its tests, test_service_checks.py, run it against a real Argus server (argus_local's pytest plugin).
"""

from __future__ import annotations

import os
import sys

from argus_ext import ConnectedClient, Problem, ReconcileReport, connect, reconcile

# Argus levels: 1 is the most severe, 5 the least. An UNKNOWN check is a broken check, not a broken service.
LEVEL_OF_STATE = {"CRITICAL": 1, "WARNING": 3, "UNKNOWN": 4}


def desired_problems(check_output: str) -> dict[str, Problem]:
    """The problems a check run reports, by their ids (`HOST:CHECK`); an OK check is no problem."""
    problems = {}
    for line in check_output.splitlines():
        if not line.strip():
            continue
        host, check, state, *message = line.split()
        if state == "OK":
            continue
        problems[f"{host}:{check}"] = Problem(
            f"{host} {check} {state}: {' '.join(message)}",
            level=LEVEL_OF_STATE[state],
            tags={"host": host, "check": check},
        )
    return problems


def sync(client: ConnectedClient, check_output: str) -> ReconcileReport:
    """Make Argus hold exactly the problems of this check run (`client`: logged in as the source system)."""
    return reconcile(client, desired_problems(check_output))


def main() -> None:
    with connect(os.environ["ARGUS_URL"], token=os.environ["ARGUS_TOKEN"]) as client:
        report = sync(client, sys.stdin.read())
    print(f"created {report.created}, updated {report.updated}, resolved {report.resolved}, failed {report.failed}")
    sys.exit(0 if report.complete else 1)


if __name__ == "__main__":
    main()

"""`make demo`, the README's main job, runs in the test suite: exactly the command the README shows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_make_demo_runs_the_main_job_against_a_real_server(installed_servers: object) -> None:
    ran = subprocess.run(["make", "demo"], cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    steps = re.findall(r"^(\d)\. ", ran.stdout, re.MULTILINE)
    assert steps == [str(n) for n in range(1, 9)], ran.stdout
    assert "argus-server 2.10.2 answers at http://127.0.0.1:" in ran.stdout
    assert "the source system resolved it (Incident end): open=False, acked=True" in ran.stdout
    # Step 7, `argus incidents list --tag host=db1`: its table's heading and the one (closed, acked) incident.
    listing = ran.stdout.split("7. ", 1)[1].split("\n8. ", 1)[0].splitlines()[1:]
    assert listing[0].split() == ["PK", "STARTED", "LEVEL", "STATE", "ACKED", "SOURCE", "DESCRIPTION", "TAGS"]
    assert re.fullmatch(
        r"1 +\S+ \S+ +2 +closed \S+ \S+ +yes +main-source +db1: disk 97% full +host=db1, problem=disk", listing[1]
    ), listing
    assert len(listing) == 2, listing

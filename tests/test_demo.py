"""`make demo`, the README's main job, runs in the test suite: exactly the command the README shows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_make_demo_runs_the_main_job_against_a_real_server() -> None:
    ran = subprocess.run(["make", "demo"], cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    steps = re.findall(r"^(\d)\. ", ran.stdout, re.MULTILINE)
    assert steps == [str(n) for n in range(1, 8)], ran.stdout
    assert "argus-server 2.10.2 answers at http://127.0.0.1:" in ran.stdout
    assert "the source system resolved it (Incident end): open=False, acked=True" in ran.stdout

"""The run profile printed at the end of every test run (tests/run_profile.py) adds up what the processes sent."""

from __future__ import annotations

import os

import pytest

from tests.run_profile import ProcessCpu, RunProfile, machine_jiffies


def test_the_machine_has_done_work_since_boot() -> None:
    busy, total = machine_jiffies()
    assert 0 < busy <= total


def test_the_report_adds_up_every_worker(pytestconfig: pytest.Config) -> None:
    profile = RunProfile(pytestconfig)
    profile.processes = [ProcessCpu("gw1", 100.0, 30.0, 60.0), ProcessCpu("gw0", 90.0, 20.0, 50.0)]
    first, gw0, gw1, floor = profile.report()[1:]
    assert "this run's processes used 160 CPU-seconds" in first
    assert "tests 50, their child processes 110" in first
    assert gw0 == "run profile: gw0: 90 s, CPU: tests 20 s, child processes 50 s"
    assert gw1.startswith("run profile: gw1: 100 s")
    cpus = os.cpu_count() or 1
    assert floor == f"run profile: at full use of {cpus} CPUs this run's CPU time alone takes {160 / cpus:.0f} s"

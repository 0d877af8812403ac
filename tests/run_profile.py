"""Where a test run's time went, printed at its end: how busy the machine's CPUs were, and how much CPU the test
processes and the servers they started (runserver, the provisioner, PostgreSQL and its backends) used.

`make test` runs several test processes on the machine's CPUs. Whether more processes would make it faster
depends on this: a run whose processes kept every CPU busy is bound by its CPU time, and only less work per test,
or more CPUs, make it faster. The figures come from the kernel (/proc/stat, getrusage), not from timing tests.
"""

from __future__ import annotations

import os
import resource
import time
from dataclasses import asdict, dataclass
from typing import Any

import pytest

KEY = "argus_run_profile"


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU time of the whole machine since boot, in clock ticks, from /proc/stat's first line."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return sum(fields) - idle, sum(fields)


@dataclass
class ProcessCpu:
    """One test process: its wall time, its own CPU time, and that of the children it started and reaped (their
    children included: PostgreSQL's backends are reaped by the postmaster, the postmaster by the test process)."""

    name: str
    wall: float
    own: float
    children: float


def _cpu_seconds(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


class RunProfile:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.started = time.monotonic()
        self.machine_started = machine_jiffies()
        # CPU time from here on, as the wall time: what the interpreter spent before (start-up, imports) is left out.
        self.cpu_started = self._cpu_now()
        self.processes: list[ProcessCpu] = []

    @staticmethod
    def _cpu_now() -> tuple[float, float]:
        """(own, children's) CPU seconds so far."""
        return (
            _cpu_seconds(resource.getrusage(resource.RUSAGE_SELF)),
            _cpu_seconds(resource.getrusage(resource.RUSAGE_CHILDREN)),
        )

    def this_process(self) -> ProcessCpu:
        name = getattr(self.config, "workerinput", {}).get("workerid", "main")
        own, children = self._cpu_now()
        return ProcessCpu(
            name=name,
            wall=time.monotonic() - self.started,
            own=own - self.cpu_started[0],
            children=children - self.cpu_started[1],
        )

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self) -> None:
        # A pytest-xdist worker sends its figures to the controller (after its session servers stopped).
        if hasattr(self.config, "workeroutput"):
            self.config.workeroutput[KEY] = asdict(self.this_process())

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: object) -> None:
        figures = getattr(node, "workeroutput", {}).get(KEY)
        if figures is not None:
            self.processes.append(ProcessCpu(**figures))

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if hasattr(self.config, "workerinput"):
            return
        for line in self.report():
            terminalreporter.write_line(line)

    def report(self) -> list[str]:
        wall = time.monotonic() - self.started
        processes = self.processes or [self.this_process()]
        busy_then, total_then = self.machine_started
        busy_now, total_now = machine_jiffies()
        machine_busy = (busy_now - busy_then) / max(total_now - total_then, 1)
        cpus = os.cpu_count() or 1
        tests = sum(process.own for process in processes)
        servers = sum(process.children for process in processes)
        share = (tests + servers) / (wall * cpus)
        lines = [
            "",
            (
                f"run profile: {wall:.0f} s of wall time on {cpus} CPUs; the machine's CPUs were {machine_busy:.0%} busy "
                f"(every process on it); this run's processes used {tests + servers:.0f} CPU-seconds ({share:.0%} of "
                f"{cpus} CPUs over the run): tests {tests:.0f}, their child processes {servers:.0f} (servers, PostgreSQL, "
                "and the tools tests run: pip, mypy, ...)"
            ),
        ]
        lines += [
            f"run profile: {process.name}: {process.wall:.0f} s, CPU: tests {process.own:.0f} s, "
            f"child processes {process.children:.0f} s"
            for process in sorted(processes, key=lambda process: process.name)
        ]
        lines.append(
            f"run profile: at full use of {cpus} CPUs this run's CPU time alone takes {(tests + servers) / cpus:.0f} s"
        )
        return lines


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(RunProfile(config), "argus_run_profile")

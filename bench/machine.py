"""The machine the figures came from: they mean little without it."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def cpu_model() -> str:
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def describe() -> dict[str, Any]:
    memory = subprocess.run(["free", "-h"], capture_output=True, text=True, check=False).stdout.strip()
    return {
        "nproc": len(os.sched_getaffinity(0)),  # what `nproc` prints
        "cpu_model": cpu_model(),
        "memory": memory,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": os.getloadavg(),
    }


def code_state() -> dict[str, Any]:
    """The commit measured, and which of the measured packages' files differed from it (uncommitted work)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False).stdout.strip()

    changed = git("status", "--porcelain", "--", "argus_ext", "generated", "generator").splitlines()
    return {"commit": git("rev-parse", "HEAD"), "uncommitted_in_measured_code": changed}

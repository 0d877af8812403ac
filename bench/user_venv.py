"""Virtualenvs as users have them: this package (and what a benchmark compares it with) with their own
dependencies only.

Import and start-up times measured in the dev virtualenv would mislead: there httpx finds click, rich and
pygments (brought by schemathesis) and imports them for its command line, adding tens of milliseconds to ours
and pyargus' alike. Each is made once under .cache/bench/ (about 20 s) and again whenever pyproject.toml changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache" / "bench"
PYARGUS = "argus-api-client==0.8.0"


def bench_venv(name: str, requirements: list[str]) -> Path:
    """The bin folder of .cache/bench/<name> with `requirements` installed, (re)made if pyproject.toml is newer."""
    venv = CACHE / name
    stamp = venv / ".installed"
    pyproject = REPO / "pyproject.toml"
    if not (stamp.exists() and stamp.stat().st_mtime >= pyproject.stat().st_mtime):
        print(f"  making {venv.relative_to(REPO)} (pip install {' '.join(requirements)}, nothing else)", flush=True)
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, *requirements], check=True, capture_output=True)
        stamp.touch()
    return venv / "bin"


def user_python() -> Path:
    """The python of a virtualenv with this package and pyargus 0.8.0."""
    return bench_venv("user-venv", ["-e", str(REPO), PYARGUS]) / "python"

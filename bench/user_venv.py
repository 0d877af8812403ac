"""Virtualenvs as users have them: this package (and what a benchmark compares it with) with their own
dependencies only.

Import and start-up times measured in the dev virtualenv would mislead: there httpx finds click, rich and
pygments (brought by schemathesis) and imports them for its command line, adding tens of milliseconds to ours
and pyargus' alike. Each is made once under .cache/bench/ (about 20 s) and again whenever pyproject.toml changes.
"""

from __future__ import annotations

import functools
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
    _compile_sources(venv / "bin" / "python")
    return venv / "bin"


@functools.cache
def _compile_sources(python: Path) -> None:
    """Write the .pyc files of this repository's packages, as pip does when it installs a wheel.

    The editable install leaves them to the first import, which does not write them when PYTHONDONTWRITEBYTECODE
    is set (it is, on some shared machines): every measured import would then compile argus_ext and the generated
    packages from source (about 15 ms of `from argus_ext import connect`), while pyargus, installed by pip, has
    its .pyc files. compileall writes them whatever that variable says.
    """
    packages = [str(REPO / "argus_ext"), str(REPO / "argus_local"), str(REPO / "generated")]
    subprocess.run([str(python), "-m", "compileall", "-q", *packages], check=True, capture_output=True)


def user_python() -> Path:
    """The python of a virtualenv with this package and pyargus 0.8.0."""
    return bench_venv("user-venv", ["-e", str(REPO), PYARGUS]) / "python"

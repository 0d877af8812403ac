"""A virtualenv as a user would have it: this package and pyargus 0.8.0 with their own dependencies only.

Import times measured in the dev virtualenv would mislead: there httpx finds click, rich and pygments (brought
by schemathesis) and imports them for its command line, adding tens of milliseconds to ours and pyargus' alike.
Made once under .cache/bench/ (about 20 s) and again whenever pyproject.toml changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV = REPO / ".cache" / "bench" / "user-venv"
STAMP = VENV / ".installed"
PYARGUS = "argus-api-client==0.8.0"


def user_python() -> Path:
    """The python of the user-like virtualenv, (re)made if pyproject.toml is newer than it."""
    python = VENV / "bin" / "python"
    pyproject = REPO / "pyproject.toml"
    if STAMP.exists() and STAMP.stat().st_mtime >= pyproject.stat().st_mtime:
        return python
    print(f"  making {VENV.relative_to(REPO)} (this package and {PYARGUS}, nothing else)", flush=True)
    shutil.rmtree(VENV, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", str(REPO),
                    PYARGUS], check=True, capture_output=True)
    STAMP.touch()
    return python

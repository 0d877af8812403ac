"""Start and stop a real Argus server on loopback, with fresh users and tokens.

with ArgusServer(V2) as server:
    ids = server.new_identities()   # admin, plain end user, source system: each with a token
    httpx.get(server.api_url + "/auth/user/", headers={"Authorization": f"Token {ids.user.token}"})
"""

from __future__ import annotations

import atexit
import itertools
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import httpx

from .errors import ServerStartError
from .install import cache_root, ensure_server_venv
from .postgres import EmbeddedPostgres
from .versions import SETTINGS_TEMPLATE, ServerRelease

PROVISIONER = Path(__file__).with_name("provisioner.py")
# Set (to a test's id) where no server may start: the test suite sets it for every test whose fixtures need no
# server, so a test that starts one anyway fails instead of slowing the quick tiers down unnoticed.
NO_SERVERS_VARIABLE = "ARGUS_LOCAL_NO_SERVERS"
MIGRATE_TIMEOUT = 300.0
READY_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Account:
    username: str
    password: str = field(repr=False)
    token: str = field(repr=False)
    pk: int

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self.token}"}


@dataclass(frozen=True)
class SourceAccount(Account):
    """The user behind a source system (NAV, Zabbix, ...): the only kind that may create incidents."""

    source_pk: int = 0
    source_name: str = ""
    source_type: str = ""


@dataclass(frozen=True)
class Identities:
    admin: Account
    user: Account
    source: SourceAccount


class ArgusServer:
    def __init__(
        self, release: ServerRelease, *, time_zone: str = "Europe/Oslo", db_lc_messages: str | None = None
    ) -> None:
        """`db_lc_messages`: the language of the database's messages (e.g. "de_DE.UTF-8"); None: English."""
        self.release = release
        self.time_zone = time_zone
        self.db_lc_messages = db_lc_messages
        self.port = 0
        self.run_dir: Path | None = None
        self.identities: Identities | None = None
        self._postgres: EmbeddedPostgres | None = None
        self._provisioner: subprocess.Popen[str] | None = None
        self._web: subprocess.Popen[bytes] | None = None
        self._provision_lock = threading.Lock()
        self._prefixes = itertools.count(1)
        self._owner_pid: int | None = None  # the process that started it, the only one that stops it

    # -- addresses ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """The root of this release's reference API, e.g. http://127.0.0.1:8123/api/v2."""
        return f"{self.url}/api/{self.release.api_version}"

    @property
    def pids(self) -> list[int]:
        """The processes this server started directly (postgres forks its backends under its own pid)."""
        procs = (self._postgres.process if self._postgres else None, self._provisioner, self._web)
        return [p.pid for p in procs if p is not None]

    @property
    def web_log(self) -> Path:
        assert self.run_dir is not None
        return self.run_dir / "runserver.log"

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> Self:
        refused_for = os.environ.get(NO_SERVERS_VARIABLE)
        if refused_for:
            raise ServerStartError(
                "start",
                f"{refused_for} starts a server, but its fixtures say it needs none ({NO_SERVERS_VARIABLE} is set):"
                " give it a server fixture (v2_server, v1_server, or installed_servers for servers of its own)",
            )
        venv = ensure_server_venv(self.release)
        runs = cache_root() / "runs"
        runs.mkdir(parents=True, exist_ok=True)
        self.run_dir = Path(tempfile.mkdtemp(prefix=f"{self.release.version}-", dir=runs))
        self._owner_pid = os.getpid()
        atexit.register(self.stop)
        _RUNNING.add(self)
        _stop_servers_on_sigterm()
        try:
            self._write_settings()
            self._postgres = EmbeddedPostgres(self.run_dir, lc_messages=self.db_lc_messages)
            self._postgres.start()
            self._start_provisioner(venv)
            self.identities = self.new_identities("main")
            self._start_web(venv)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop every process this server started and remove its data. Safe to call twice.

        Only in the process that started it: a forked child (multiprocessing's default on Linux) inherits this
        object, its atexit entry and the SIGTERM handler, and a Pool ends its workers with SIGTERM. Without this
        check the child stopped its parent's servers and removed their data under them (seen: a test run's
        servers answered "could not open file base/16384/16646" after a test closed a multiprocessing Pool)."""
        if self._owner_pid is not None and self._owner_pid != os.getpid():
            return
        for proc in (self._web, self._provisioner):
            if proc is not None:
                _terminate(proc)
        self._web = self._provisioner = None
        if self._postgres is not None:
            self._postgres.stop()
            self._postgres = None
        if self.run_dir is not None:
            shutil.rmtree(self.run_dir, ignore_errors=True)
            self.run_dir = None
        atexit.unregister(self.stop)
        _RUNNING.discard(self)

    def keep_logs(self) -> Path:
        """Copy the server's logs (runserver, provisioner, PostgreSQL) to a folder that stop() leaves alone, under
        the cache's kept-logs/; returns it. For a test run that failed: the server's tracebacks say why."""
        assert self.run_dir is not None, "the server is not running"
        kept = cache_root() / "kept-logs" / self.run_dir.name
        kept.mkdir(parents=True, exist_ok=True)
        for log in self.run_dir.glob("*.log"):
            shutil.copy(log, kept / log.name)
        return kept

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- provisioning ------------------------------------------------------------------------
    def new_identities(self, prefix: str | None = None) -> Identities:
        """A fresh admin, end user and source system (each with a token) that no other test shares."""
        answer = self._ask({"op": "identities", "prefix": prefix or f"t{next(self._prefixes)}"})
        source = answer["source"]
        return Identities(
            admin=Account(**answer["admin"]),
            user=Account(**answer["user"]),
            source=SourceAccount(**source),
        )

    def call_command(self, *args: str) -> str:
        """Run a django-admin management command inside the server's environment; returns its output."""
        return str(self._ask({"op": "call_command", "args": list(args)})["output"])

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        if self._provisioner is None or self._provisioner.stdin is None or self._provisioner.stdout is None:
            raise RuntimeError("the server is not running")
        with self._provision_lock:
            self._provisioner.stdin.write(json.dumps(request) + "\n")
            self._provisioner.stdin.flush()
            line = self._provisioner.stdout.readline()
        if not line:
            raise ServerStartError("provision", "the provisioner exited", self._log("provisioner.log"))
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"argus_local provisioner: {answer['error']}")
        return answer

    # -- internals ---------------------------------------------------------------------------
    def _log(self, name: str) -> Path:
        assert self.run_dir is not None
        return self.run_dir / name

    def _env(self) -> dict[str, str]:
        assert self.run_dir is not None and self._postgres is not None
        return dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="argus_local_settings",
            PYTHONPATH=str(self.run_dir),
            DATABASE_URL=self._postgres.database_url,
            TIME_ZONE=self.time_zone,
            ARGUS_LOCAL_STATIC_ROOT=str(self.run_dir / "static"),
            PYTHONUNBUFFERED="1",
        )

    def _write_settings(self) -> None:
        text = SETTINGS_TEMPLATE.format(settings_base=self.release.settings_base)
        self._log("argus_local_settings.py").write_text(text)

    def _start_provisioner(self, venv: Path) -> None:
        log = self._log("provisioner.log")
        with open(log, "ab") as err:
            self._provisioner = subprocess.Popen(
                [str(venv / "bin" / "python"), str(PROVISIONER)],
                env=self._env(),
                text=True,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                start_new_session=True,
            )
        assert self._provisioner.stdout is not None
        ready, _, _ = select.select([self._provisioner.stdout], [], [], MIGRATE_TIMEOUT)
        line = self._provisioner.stdout.readline() if ready else ""
        if not line.startswith('{"ready"'):
            raise ServerStartError("migrate", "migrations did not finish", log)

    def _start_web(self, venv: Path) -> None:
        log = self._log("runserver.log")
        for _attempt in range(3):  # the free port we picked may be taken before runserver binds it
            self.port = _free_port()
            with open(log, "ab") as out:
                self._web = subprocess.Popen(
                    [str(venv / "bin" / "django-admin"), "runserver", "--noreload", f"127.0.0.1:{self.port}"],
                    env=self._env(),
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            if self._wait_ready(log):
                return
            _terminate(self._web)
        raise ServerStartError("runserver", "the web server did not start", log)

    def _wait_ready(self, log: Path) -> bool:
        """True once GET /api/ answers 200; False if runserver exited (e.g. port taken)."""
        assert self._web is not None
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self._web.poll() is not None:
                return False
            try:
                if httpx.get(f"{self.url}/api/", timeout=2.0).status_code == 200:
                    return True
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise ServerStartError("ready", f"GET {self.url}/api/ did not answer 200 within {READY_TIMEOUT:.0f} s", log)


# The servers this process has running. atexit stops them at a normal exit; a SIGTERM ends Python without
# running atexit, and their processes (each in a session of its own) and data would be left behind.
_RUNNING: set[ArgusServer] = set()


def _stop_servers_on_sigterm() -> None:
    """Make SIGTERM stop every running server first, then end the process as SIGTERM would have.

    Installed once, from the main thread, and only over the default handler: a program with a SIGTERM handler
    of its own (`python -m argus_local serve`) keeps it. SIGINT needs nothing: its KeyboardInterrupt unwinds
    through `with ArgusServer(...)` and pytest's fixture teardown."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _stop_all_then_die)


def _stop_all_then_die(signum: int, _frame: object) -> None:
    for server in list(_RUNNING):
        server.stop()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _terminate(proc: subprocess.Popen[Any]) -> None:
    """End a process and everything in its session (each child was started in a session of its own)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        except ProcessLookupError:
            pass
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()

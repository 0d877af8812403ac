"""SIGTERM and SIGINT leave no server process and no data behind (issue 20, item 3).

A test run (pytest holding a session server), `make server` and `make demo` are each started, in parallel, and
stopped by a signal once their server is up: SIGTERM and SIGINT to the pytest process, and to the whole process
group of `make` (what a terminal's Ctrl-C or a supervisor does). Then no process of any server they started is
left (runserver, the provisioner, PostgreSQL and its backends) and their run folders and PostgreSQL socket
folders are gone.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.processes import alive, descendants, mentioning

REPO = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 300.0
EXIT_TIMEOUT = 60.0

HOLDING_TEST = """
import os, time

def test_hold(v2_server):
    open(os.environ["READY_FILE"], "w").write(v2_server.url)
    time.sleep(600)
"""


@dataclass
class Run:
    name: str
    process: subprocess.Popen[str]
    ready: Path | None = None  # pytest: a file the test writes; make: a line on stdout
    ready_line: str = ""
    output: list[str] = field(default_factory=list)

    def is_ready(self) -> bool:
        if self.ready is not None:
            return self.ready.exists()
        assert self.process.stdout is not None
        os.set_blocking(self.process.stdout.fileno(), False)
        self.output += self.process.stdout.readlines()
        return any(self.ready_line in line for line in self.output)


def start(name: str, command: list[str], tmp_path: Path, ready_line: str = "") -> Run:
    env = {**os.environ, "PYTHONPATH": str(REPO), "READY_FILE": str(tmp_path / f"{name}.ready")}
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    return Run(name, process, ready_line=ready_line)


def processes_of(run_dir: Path) -> dict[int, str]:
    """The processes of one server: those whose command line or environment names its run folder (PostgreSQL's
    -D, runserver's and the provisioner's PYTHONPATH), and everything below them (PostgreSQL's backends)."""
    found = mentioning(str(run_dir), environment=True)
    return {**found, **descendants(list(found))}


def socket_dirs(commands: dict[int, str]) -> set[Path]:
    # PostgreSQL's unix-socket folder (argus_local.postgres: -k /tmp/argus-pg-...), from its command line.
    return {Path(word) for cmd in commands.values() for word in cmd.split() if "/argus-pg-" in word}


def url_of(run: Run) -> str:
    """The URL of the run's server, from what it printed (make) or wrote (pytest)."""
    text = run.ready.read_text() if run.ready is not None else "".join(run.output)
    match = re.search(r"http://127\.0\.0\.1:\d+", text)
    assert match, text
    return match.group(0)


def run_dir_of(url: str) -> Path:
    """The run folder of the server at `url`: its runserver's PYTHONPATH (argus_local.server)."""
    address = url.removeprefix("http://").encode()
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"runserver" in (cmd := (proc / "cmdline").read_bytes()) and address in cmd:
                environ = dict(item.split(b"=", 1) for item in (proc / "environ").read_bytes().split(b"\0") if item)
                return Path(environ[b"PYTHONPATH"].decode())
        except OSError:
            continue
    raise AssertionError(f"no runserver serves {url}")


def test_signals_stop_every_server_process_and_remove_its_data(tmp_path: Path, installed_servers: object) -> None:
    (tmp_path / "test_hold.py").write_text(HOLDING_TEST)
    pytest_run = [sys.executable, "-m", "pytest", "-p", "argus_local.pytest_plugin", "-p", "no:randomly", "-q"]
    pytest_run += ["-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(tmp_path / "test_hold.py")]
    runs: dict[str, tuple[Run, signal.Signals]] = {}
    for signum in (signal.SIGTERM, signal.SIGINT):
        tag = signum.name.lower()
        held = start(f"pytest-{tag}", pytest_run, tmp_path)
        held.ready = tmp_path / f"pytest-{tag}.ready"
        runs[held.name] = (held, signum)
        runs[f"server-{tag}"] = (
            start(f"server-{tag}", ["make", "-s", "server"], tmp_path, ready_line="Ctrl-C"),
            signum,
        )
        runs[f"demo-{tag}"] = (start(f"demo-{tag}", ["make", "-s", "demo"], tmp_path, ready_line="1. argus"), signum)

    # Each run is signalled as soon as its server is up (the demo goes on by itself), its server's processes noted.
    run_dirs: set[Path] = set()
    server_processes: dict[int, str] = {}
    waiting = dict(runs)
    deadline = time.monotonic() + READY_TIMEOUT
    while waiting:
        assert time.monotonic() < deadline, {name: "".join(run.output)[-2000:] for name, (run, _) in waiting.items()}
        for name, (run, signum) in list(waiting.items()):
            if not run.is_ready():
                assert run.process.poll() is None, f"{name} ended before its server was up: {''.join(run.output)}"
                continue
            run_dir = run_dir_of(url_of(run))
            run_dirs.add(run_dir)
            server_processes.update(processes_of(run_dir))
            if name.startswith("pytest"):
                run.process.send_signal(signum)  # the test run alone: its servers are in sessions of their own
            else:
                os.killpg(run.process.pid, signum)  # make and all it started, as a terminal or a supervisor does
            del waiting[name]
        time.sleep(0.2)

    sockets = socket_dirs(server_processes)
    assert len(run_dirs) == len(runs) and len(sockets) == len(runs), (run_dirs, server_processes)
    assert len(server_processes) >= 3 * len(runs), server_processes  # runserver, provisioner, postgres at least
    for run, _ in runs.values():
        run.process.wait(EXIT_TIMEOUT)

    left = {pid: command for pid, command in server_processes.items() if alive(pid)}
    assert left == {}
    assert [d for d in run_dirs | sockets if d.exists()] == []

"""The machine's processes, read from /proc: what tests of the server harness check is gone after a stop."""

from __future__ import annotations

import os
from pathlib import Path


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie, dead but not yet reaped, counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "zombie" not in status.read_text()


def process_table() -> dict[int, tuple[int, str]]:
    """Every live process: pid -> (parent pid, command line)."""
    table = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                stat = (proc / "stat").read_text()
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            except OSError:
                continue  # it ended while we looked
            # The name in (...) may hold spaces: the parent pid is the 2nd field after its ")".
            table[int(proc.name)] = (int(stat.rsplit(")", 1)[1].split()[1]), cmdline)
    return table


def descendants(pids: list[int]) -> dict[int, str]:
    """Every process below `pids` (PostgreSQL's backends are children of the postmaster): pid -> command line."""
    table, found, todo = process_table(), {}, list(pids)
    while todo:
        parent = todo.pop()
        for pid, (ppid, cmdline) in table.items():
            if ppid == parent and pid not in found:
                found[pid] = cmdline
                todo.append(pid)
    return found


def still_running(processes: dict[int, str]) -> dict[int, str]:
    """Those of `processes` alive with the same command line (a reused pid is another process)."""
    table = process_table()
    return {pid: cmd for pid, cmd in processes.items() if alive(pid) and table.get(pid, (0, ""))[1] == cmd}


def mentioning(text: str, *, environment: bool = False) -> dict[int, str]:
    """The processes whose command line (and, with `environment`, environment) contains `text`: pid -> command
    line."""
    found = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes()
            searched = command + ((proc / "environ").read_bytes() if environment else b"")
        except OSError:
            continue  # it ended while we looked
        if text.encode() in searched:
            found[int(proc.name)] = command.replace(b"\0", b" ").decode(errors="replace").strip()
    return found

"""Zino as zino-argus-glue 0.5.1 sees it: Zino's line protocol on two loopback sockets, spoken to zinolib.

The data channel (a port of the test's choosing) greets with an authentication challenge and answers `user`,
`caseids`, `getattrs`, `gethist`, `getlog`, `addhist`, `setstate` and `ntie`; the notification channel (port 8002,
where zinolib always connects) sends its key, then, once tied, the scenario's notifications ("<case> <type>
<info>") and closes: zinolib still hands every buffered notification to the glue, then raises
NotConnectedError, which ends the glue's event loop the way a lost Zino connection does.

A scenario's cases (JSON): `{"<id>": {"attrs": {"type": "reachability", "router": ..., ...}, "history":
[[epoch, "header", ["log line", ...]], ...]}}`. What the glue writes to Zino (`addhist`, `setstate`) is recorded
in `FakeZino.writes`.

Runs inside the glue services' virtualenv (tests/glue/driver.py), not in the test process.
"""

from __future__ import annotations

import socket
import threading
from typing import Any

NOTIFIER_PORT = 8002  # zinolib's notifier() default, which zino-argus-glue does not change
KEY = "k" * 40  # zinolib recognises the notifier's key by its length


class FakeZino:
    def __init__(self, host: str, cases: dict[str, dict[str, Any]], notifications: list[str]) -> None:
        self.cases = {int(case_id): case for case_id, case in cases.items()}
        self.notifications = notifications
        self.writes: list[list[Any]] = []
        self.tied = threading.Event()
        self.data = socket.create_server((host, 0))
        self.port = self.data.getsockname()[1]
        self.notifier = socket.create_server((host, NOTIFIER_PORT))
        for target in (self._serve_data, self._serve_notifier):
            threading.Thread(target=target, daemon=True).start()

    def close(self) -> None:
        self.data.close()
        self.notifier.close()

    # -- the notification channel -------------------------------------------------------------------------------

    def _serve_notifier(self) -> None:
        connection, _ = self.notifier.accept()
        with connection:
            connection.sendall(f"{KEY} notification channel\r\n".encode())
            self.tied.wait(30)
            for line in self.notifications:
                connection.sendall(f"{line}\r\n".encode())

    # -- the data channel -----------------------------------------------------------------------------------------

    def _serve_data(self) -> None:
        connection, _ = self.data.accept()
        with connection, connection.makefile("rb") as lines:
            connection.sendall(b"200 " + b"c" * 40 + b" Hello, there\r\n")
            for raw in lines:
                command = raw.decode().rstrip("\r\n")
                if command.startswith("addhist "):
                    connection.sendall(b"302 please provide new history entry, terminate with '.'\r\n")
                if command:
                    connection.sendall(self._answer(command, lines).encode())

    def _answer(self, command: str, lines: Any) -> str:
        verb, _, rest = command.partition(" ")
        args = rest.split()
        if verb in ("user", "ntie"):
            if verb == "ntie":
                self.tied.set()
            return "200 ok\r\n"
        if verb == "caseids":
            return listing("304 list of active cases follows", [str(case_id) for case_id in self.cases])
        case = self.cases.get(int(args[0])) if args and args[0].isdigit() else None
        if case is None:
            return f"500 unknown case or command: {command}\r\n"
        if verb == "getattrs":
            attrs = {"id": args[0], "priority": "100", "opened": "0", "updated": "0", "state": "open", **case["attrs"]}
            return listing("303 simple attributes follow", [f"{key}: {value}" for key, value in attrs.items()])
        if verb in ("gethist", "getlog"):
            entries = case.get("history" if verb == "gethist" else "log", [])
            return listing("301 history follows", [line for entry in entries for line in history_lines(entry)])
        if verb == "addhist":
            message = []
            for raw in lines:
                line = raw.decode().rstrip("\r\n")
                if line == ".":
                    break
                message.append(line)
            self.writes.append(["addhist", int(args[0]), "\n".join(message).strip()])
            return "200 ok\r\n"
        if verb == "setstate":
            self.writes.append(["setstate", int(args[0]), args[1]])
            case["attrs"]["state"] = args[1]
            return "200 ok\r\n"
        return f"500 unknown command: {command}\r\n"


def listing(header: str, lines: list[str]) -> str:
    return "".join(f"{line}\r\n" for line in [f"{header}, terminated with '.'", *lines, "."])


def history_lines(entry: list[Any]) -> list[str]:
    # Zino's history entry: "<epoch> <header>" then the entry's log lines, each indented by one space.
    epoch, header, log = entry
    return [f"{epoch} {header}", *(f" {line}" for line in log)]

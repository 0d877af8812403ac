"""The requests a local server answered, read from its own access log (runserver.log): counted at the server.

log = AccessLog(server)
log.mark()
...                                  # the client's work
log.requests()                       # [Request("POST", "/api/v2/incidents/", 201), ...] since mark()
"""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from .server import ArgusServer

_REQUEST_LINE = re.compile(r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3})')
_MARKER_PATH = "/api/"
WRITE_METHODS = frozenset({"POST", "PATCH", "PUT", "DELETE"})


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # with its query string
    status: int

    @property
    def kind(self) -> str:
        """What the request was about: "incidents", "events", "tags", "acks", ... (the API path's last noun)."""
        parts = [part for part in self.path.split("?")[0].split("/") if part]
        nouns = [part for part in parts[2:] if not part.isdigit() and "=" not in part and "%3D" not in part]
        return nouns[-1] if nouns else "root"

    @property
    def is_write(self) -> bool:
        return self.method in WRITE_METHODS


class AccessLog:
    """The requests in a server's access log since `mark()` (the marker requests themselves left out)."""

    def __init__(self, server: ArgusServer) -> None:
        self.log = server.web_log
        self.url = server.url
        self.offset = 0

    def mark(self) -> None:
        self._settle()
        self.offset = self.log.stat().st_size

    def requests(self) -> list[Request]:
        self._settle()
        text = self._since_mark().decode(errors="replace")
        found = (
            Request(match["method"], match["path"], int(match["status"])) for match in _REQUEST_LINE.finditer(text)
        )
        return [request for request in found if not request.path.startswith(f"{_MARKER_PATH}?marker=")]

    def writes(self) -> Counter[str]:
        """{"POST incidents": n, "POST events": n, "PATCH incidents": n, "DELETE tags": n, ...}: successful writes."""
        return Counter(f"{r.method} {r.kind}" for r in self.requests() if r.is_write and 200 <= r.status < 300)

    def _since_mark(self) -> bytes:
        # Only what was logged since mark(): a session server's log holds megabytes of other tests' requests,
        # and a test polling writes() must see the count grow while the writing process still runs.
        with self.log.open("rb") as log:
            log.seek(self.offset)
            return log.read()

    def _settle(self) -> None:
        # The server logs a request just after answering it: wait for the line of a marker request sent last.
        marker = uuid.uuid4().hex
        httpx.get(f"{self.url}{_MARKER_PATH}", params={"marker": marker}).raise_for_status()
        deadline = time.monotonic() + 10
        while marker.encode() not in self._since_mark():
            if time.monotonic() > deadline:
                raise AssertionError("the server did not log the marker request")
            time.sleep(0.02)
        time.sleep(0.05)

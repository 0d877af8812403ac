"""The one error the harness raises: which step failed, and the end of that step's log."""

from __future__ import annotations

from pathlib import Path

LOG_TAIL_LINES = 40


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"(no log at {path}: {exc})"
    # pip repeats a harmless warning for every package when an extra index folder is missing.
    kept = [line for line in text.splitlines() if not line.startswith("WARNING: Location ")]
    return "\n".join(kept[-lines:])


class ServerStartError(RuntimeError):
    """A local Argus server could not be installed or started."""

    def __init__(self, step: str, detail: str, log: Path | None = None) -> None:
        self.step = step
        self.log = log
        message = f"argus_local: step '{step}' failed: {detail}"
        if log is not None:
            message += f"\n--- last lines of {log} ---\n{log_tail(log)}"
        super().__init__(message)

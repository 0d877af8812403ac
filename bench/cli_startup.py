"""Issues 13 (item 5) and 18 (item 6): the start-up time of `argus --help`, the command line's first impression.

Wall time of the installed console script in a fresh process, in a virtualenv as a command-line user has it
(this package with its `cli` extra: click and rich, nothing of the dev tools), several runs, median and
spread. Beside it, `python -c pass` in the same virtualenv: the interpreter's own start-up, which no command
line can beat. Target: a median under 0.15 s.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from .plan import Plan
from .stats import Measurement, Ratio, Result, timed
from .user_venv import REPO, bench_venv

TARGET_SECONDS = 0.15


def cli_venv() -> Path:
    """The bin folder of a virtualenv with this package and its `cli` extra."""
    return bench_venv("cli-venv", ["-e", f"{REPO}[cli]"])


def wall_seconds(command: list[str]) -> float:
    return timed(lambda: subprocess.run(command, check=True, capture_output=True))


def run(plan: Plan) -> Result:
    bin_dir = cli_venv()
    commands = {
        "argus --help": [str(bin_dir / "argus"), "--help"],
        "python -c pass": [str(bin_dir / "python"), "-c", "pass"],
    }
    for command in commands.values():  # compile every .pyc first: a first run is not typical
        wall_seconds(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(plan.import_runs):
        for name, command in commands.items():  # taking turns: a burst of load slows both
            samples[name].append(wall_seconds(command))
    result = Result("cli", f"`argus --help` start-up, wall time, {plan.import_runs} fresh processes each")
    result.measurements = {name: Measurement(tuple(values), "s") for name, values in samples.items()}
    help_median = result.measurements["argus --help"].median
    result.ratios = [
        Ratio(f"argus --help, seconds (target: under {TARGET_SECONDS})", help_median, TARGET_SECONDS),
        Ratio("argus --help / python -c pass", help_median / result.measurements["python -c pass"].median),
    ]
    return result

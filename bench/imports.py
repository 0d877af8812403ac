"""Issue 12, item 4: import time of what a v2 user imports, against `import pyargus.client`.

Each figure is `python -X importtime -c STATEMENT` in a fresh process of a user-like virtualenv (see
user_venv.py), the median of several runs: the cumulative time of every module the statement imported, the
interpreter's own start-up imports (those of `-c pass`) left out. argus_ext loads its names on first use, so a
bare `import argus_ext` costs little: what counts is what a user's first lines import (`from argus_ext import
connect, ...`, the README's imports). Also: how many generated model modules are loaded (the issue: one endpoint
module must not import every model), and which packages took the time (own time per top-level package).
"""

from __future__ import annotations

import functools
import json
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .plan import Plan
from .stats import Measurement, Result, ratio
from .user_venv import user_python

REPO = Path(__file__).resolve().parent.parent
THEIRS = "import pyargus.client"
ENDPOINT = "import argus_api_v2.api.incidents.list_incidents"
FIRST_LINE = "from argus_ext import connect, paginate_incidents"
README = (
    "from argus_api_v2.api.incidents import create_incident, get_incident; "
    "from argus_api_v2.models import Incident, IncidentCreate, TagValue; from argus_ext import connect"
)
# label -> (the ratio's short name, the statement); the last one is the baseline
STATEMENTS = {
    "ours: import argus_ext": ("bare import argus_ext", "import argus_ext"),
    f"ours: {FIRST_LINE}": ("connect + paginate_incidents", FIRST_LINE),
    "ours: the README's first imports (connect, 2 endpoints, 3 models)": ("the README's imports", README),
    "ours: one endpoint module (list_incidents)": ("one endpoint module", ENDPOINT),
    f"pyargus: {THEIRS}": ("pyargus", THEIRS),
}
HEAVIEST = 12

_COUNT_MODELS = """
import json, pkgutil, sys
{statement}
import argus_api_v2.models as models
loaded = sorted(m for m in sys.modules if m.startswith("argus_api_v2.models."))
every = [info.name for info in pkgutil.iter_modules(models.__path__)]
print(json.dumps({{"loaded": len(loaded), "total": len(every)}}))
"""


@dataclass(frozen=True)
class Imported:
    """One line of -X importtime: a module, its own and cumulative microseconds, how deep it was imported."""

    name: str
    self_us: int
    cumulative_us: int
    depth: int


def importtime(statement: str) -> list[Imported]:
    """`python -X importtime -c statement` in a fresh interpreter, its lines parsed."""
    done = subprocess.run(
        [str(user_python()), "-X", "importtime", "-c", statement], cwd=REPO, capture_output=True, text=True, check=True
    )
    lines = []
    for line in done.stderr.splitlines():
        # "import time:  self [us] | cumulative | imported package"; nested imports are indented under theirs
        fields = line.removeprefix("import time:").split("|")
        if not line.startswith("import time:") or len(fields) != 3 or not fields[0].strip().isdigit():
            continue
        name = fields[2].rstrip()
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        lines.append(Imported(name.strip(), int(fields[0]), int(fields[1]), depth))
    return lines


@functools.cache
def start_up() -> frozenset[str]:
    """The modules the interpreter imports before running any statement."""
    return frozenset(line.name for line in importtime("pass"))


def imported_by(statement: str) -> list[Imported]:
    """The -X importtime lines of the modules `statement` imported (start-up's left out)."""
    lines = [line for line in importtime(statement) if line.name not in start_up()]
    if not lines:
        raise RuntimeError(f"-X importtime printed nothing for {statement!r}")
    return lines


def import_seconds(statement: str) -> float:
    """Seconds the imports of `statement` took: the cumulative times of the modules it imported at top level."""
    return sum(line.cumulative_us for line in imported_by(statement) if line.depth == 0) / 1e6


def heaviest(statement: str, count: int = HEAVIEST) -> list[dict[str, Any]]:
    """The top-level packages whose modules took the most time of their own while `statement` ran."""
    per_package: dict[str, int] = defaultdict(int)
    for line in imported_by(statement):
        per_package[line.name.split(".")[0]] += line.self_us
    ranked = sorted(per_package.items(), key=lambda item: item[1], reverse=True)[:count]
    return [{"package": name, "self_ms": us / 1e3} for name, us in ranked]


def models_loaded(statement: str) -> dict[str, int]:
    """How many argus_api_v2.models.* modules `statement` loads, out of how many there are."""
    done = subprocess.run(
        [str(user_python()), "-c", _COUNT_MODELS.format(statement=statement)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    counts: dict[str, int] = json.loads(done.stdout.splitlines()[-1])
    return counts


_COUNT_V1 = """
import json, sys
{statement}
print(json.dumps(sorted(m for m in sys.modules if m == "argus_api_v1" or m.startswith("argus_api_v1."))))
"""


def v1_modules_loaded(statement: str) -> list[str]:
    """The argus_api_v1 modules a (v2 user's) statement loads: none would be needed (issue 19)."""
    done = subprocess.run(
        [str(user_python()), "-c", _COUNT_V1.format(statement=statement)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    modules: list[str] = json.loads(done.stdout.splitlines()[-1])
    return modules


def run(plan: Plan) -> Result:
    for _short, statement in STATEMENTS.values():  # compile every .pyc first: a first run is not typical
        import_seconds(statement)
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(plan.import_runs):
        for name, (_short, statement) in STATEMENTS.items():
            samples[name].append(import_seconds(statement) * 1e3)
    measured = {name: Measurement(tuple(values), "ms") for name, values in samples.items()}
    theirs = measured[f"pyargus: {THEIRS}"]
    result = Result("imports", f"Import time, -X importtime, {plan.import_runs} fresh processes each")
    result.measurements = measured
    result.ratios = [
        ratio(f"import: {STATEMENTS[name][0]} / pyargus", m, theirs, 1.0)
        for name, m in measured.items()
        if name.startswith("ours: ")
    ]
    endpoint_models = models_loaded(ENDPOINT)
    result.notes = {
        "statements": {name: statement for name, (_short, statement) in STATEMENTS.items()},
        "models_loaded": {
            statement: models_loaded(statement) if statement != ENDPOINT else endpoint_models
            for statement in (ENDPOINT, FIRST_LINE, README)
        },
        "heaviest_packages": {statement: heaviest(statement) for statement in (FIRST_LINE, README, THEIRS)},
        "argus_api_v1_loaded": {statement: v1_modules_loaded(statement) for statement in (FIRST_LINE, README)},
        "one_endpoint_imports_every_model": endpoint_models["loaded"] >= endpoint_models["total"],
    }
    return result

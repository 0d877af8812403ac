"""Issue 12, item 4: import time of what a v2 user imports, against `import pyargus.client`.

Each figure is `python -X importtime -c "import X"` in a fresh process of a user-like virtualenv (see
user_venv.py): the cumulative time of X and the packages above it (the interpreter's own start-up imports are
left out), the median of several runs. Also: how many of the generated model modules one endpoint module pulls
in (the issue: not all of them), and which packages took the time (own time summed per top-level package).
"""

from __future__ import annotations

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
OURS = "argus_ext"
ENDPOINT = "argus_api_v2.api.incidents.list_incidents"
THEIRS = "pyargus.client"
HEAVIEST = 12

_COUNT_MODELS = """
import json, pkgutil, sys
import {module}
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


def importtime(module: str) -> list[Imported]:
    """`python -X importtime -c "import module"` in a fresh interpreter, its lines parsed."""
    done = subprocess.run([str(user_python()), "-X", "importtime", "-c", f"import {module}"], cwd=REPO,
                          capture_output=True, text=True, check=True)
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


def _wanted(module: str) -> set[str]:
    """`a.b.c` -> {a, a.b, a.b.c}: the names -X importtime may show at top level for `import a.b.c`."""
    return {".".join(module.split(".")[: depth + 1]) for depth in range(module.count(".") + 1)}


def import_seconds(module: str) -> float:
    """Seconds `import module` took: the cumulative time of the module and the packages above it, each imported at
    top level by the -c statement (the interpreter's own start-up imports are left out)."""
    wanted = _wanted(module)
    total_us = sum(line.cumulative_us for line in importtime(module) if line.depth == 0 and line.name in wanted)
    if total_us == 0:
        raise RuntimeError(f"-X importtime printed nothing for {module}")
    return total_us / 1e6


def heaviest(module: str, count: int = HEAVIEST) -> list[dict[str, Any]]:
    """The top-level packages whose modules took the most time of their own while `import module` ran."""
    lines = importtime(module)
    wanted = _wanted(module)
    last = max(index for index, line in enumerate(lines) if line.depth == 0 and line.name in wanted)
    first = min(index for index, line in enumerate(lines) if line.depth == 0 and line.name in wanted)
    # importtime prints a module after everything it imported: the statement's lines follow start-up's last one.
    start = max((index for index in range(first) if lines[index].depth == 0 and lines[index].name not in wanted),
                default=-1) + 1
    per_package: dict[str, int] = defaultdict(int)
    for line in lines[start: last + 1]:
        per_package[line.name.split(".")[0]] += line.self_us
    ranked = sorted(per_package.items(), key=lambda item: item[1], reverse=True)[:count]
    return [{"package": name, "self_ms": us / 1e3} for name, us in ranked]


def models_loaded(module: str) -> dict[str, int]:
    """How many argus_api_v2.models.* modules `import module` loads, out of how many there are."""
    done = subprocess.run([str(user_python()), "-c", _COUNT_MODELS.format(module=module)], cwd=REPO,
                          capture_output=True, text=True, check=True)
    counts: dict[str, int] = json.loads(done.stdout.splitlines()[-1])
    return counts


def run(plan: Plan) -> Result:
    modules = {"ours: import argus_ext": OURS, f"ours: import {ENDPOINT}": ENDPOINT,
               "pyargus: import pyargus.client": THEIRS}
    for module in modules.values():  # compile every .pyc first: the first run of a changed tree is not typical
        import_seconds(module)
    samples: dict[str, list[float]] = {name: [] for name in modules}
    for _ in range(plan.import_runs):
        for name, module in modules.items():
            samples[name].append(import_seconds(module) * 1e3)
    measured = {name: Measurement(tuple(values), "ms") for name, values in samples.items()}
    names = list(modules)
    result = Result("imports", f"Import time, -X importtime, {plan.import_runs} fresh processes each")
    result.measurements = measured
    result.ratios = [
        ratio("import: argus_ext / pyargus.client", measured[names[0]], measured[names[2]], 1.0),
        ratio("import: one endpoint / pyargus.client", measured[names[1]], measured[names[2]], 1.0),
    ]
    endpoint_models = models_loaded(ENDPOINT)
    result.notes = {"models_loaded": {ENDPOINT: endpoint_models, OURS: models_loaded(OURS)},
                    "heaviest_packages": {OURS: heaviest(OURS), THEIRS: heaviest(THEIRS)},
                    "one_endpoint_imports_every_model": endpoint_models["loaded"] >= endpoint_models["total"]}
    return result

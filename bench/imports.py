"""Issue 12, item 4: import time of what a v2 user imports, against `import pyargus.client`.

Each figure is `python -X importtime -c "import X"` in a fresh process: the cumulative time of X and the
packages above it (the interpreter's own start-up imports are left out), the median of several runs.
Also: how many of the generated model modules one endpoint module pulls in (the issue: not all of them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .plan import Plan
from .stats import Measurement, Result, ratio

REPO = Path(__file__).resolve().parent.parent
OURS = "argus_ext"
ENDPOINT = "argus_api_v2.api.incidents.list_incidents"
THEIRS = "pyargus.client"

_COUNT_MODELS = """
import json, pkgutil, sys
import {module}
import argus_api_v2.models as models
loaded = sorted(m for m in sys.modules if m.startswith("argus_api_v2.models."))
every = [info.name for info in pkgutil.iter_modules(models.__path__)]
print(json.dumps({{"loaded": len(loaded), "total": len(every)}}))
"""


def import_seconds(module: str) -> float:
    """Seconds `import module` took in a fresh interpreter, as -X importtime counts them."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], cwd=REPO,
                          capture_output=True, text=True, check=True)
    wanted = {".".join(module.split(".")[: depth + 1]) for depth in range(module.count(".") + 1)}
    total_us = 0
    for line in done.stderr.splitlines():
        # "import time:  self [us] | cumulative | imported package"; nested imports are indented under theirs
        if not line.startswith("import time:") or "|" not in line:
            continue
        _self, cumulative, name = line.removeprefix("import time:").split("|")
        if not name.startswith(" ") or not cumulative.strip().isdigit():
            continue
        if name[1:] in wanted:  # one space: imported at top level by the -c statement, not by another module
            total_us += int(cumulative)
    if total_us == 0:
        raise RuntimeError(f"-X importtime printed nothing for {module}: {done.stderr[-500:]}")
    return total_us / 1e6


def models_loaded(module: str) -> dict[str, int]:
    """How many argus_api_v2.models.* modules `import module` loads, out of how many there are."""
    done = subprocess.run([sys.executable, "-c", _COUNT_MODELS.format(module=module)], cwd=REPO,
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
                    "one_endpoint_imports_every_model": endpoint_models["loaded"] >= endpoint_models["total"]}
    return result

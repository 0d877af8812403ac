"""generated/ must be exactly what generator/generate.py makes from spec/ (never edited by hand).

Each spec is regenerated into a temporary folder (a second or two) and compared with generated/;
a failure shows which files differ, are missing or extra, with their diffs. Fix: `make generate`.
"""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SPECS = sorted((REPO / "spec").glob("*.yaml"))


def test_v2_spec_exists() -> None:
    assert (REPO / "spec" / "v2.yaml").is_file(), "spec/v2.yaml is the source of the argus_api_v2 package"


@pytest.mark.parametrize("spec", SPECS, ids=[spec.name for spec in SPECS])
def test_generated_package_is_current(spec: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "generator" / "generate.py"), "--check", str(spec)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if done.returncode != 0:
        pytest.fail(f"{done.stdout}{done.stderr}", pytrace=False)


def test_every_generated_package_has_a_spec() -> None:
    packages = sorted(path.name for path in (REPO / "generated").glob("argus_api_*"))
    wanted = [f"argus_api_{spec.stem}" for spec in SPECS]
    assert [p for p in packages if p not in wanted] == [], "generated/ has packages whose spec is gone: `make generate`"

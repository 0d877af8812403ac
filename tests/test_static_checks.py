"""The handwritten code passes `mypy --strict` and ruff, as the generated code passes the regeneration check."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HANDWRITTEN = ["argus_ext", "argus_local", "bench", "examples", "generator", "tests"]


def run(*command: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, input=stdin, capture_output=True, text=True, check=False)


def test_mypy_strict_passes_on_the_handwritten_code() -> None:
    result = run(str(VENV_BIN / "mypy"), "--strict", *HANDWRITTEN)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_passes_on_the_handwritten_code() -> None:
    lint = run(str(VENV_BIN / "ruff"), "check", *HANDWRITTEN)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_the_handwritten_code_is_ruff_formatted() -> None:
    formatted = run(str(VENV_BIN / "ruff"), "format", "--check", *HANDWRITTEN)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


# One line for each rule family pyproject.toml selects beyond ruff's defaults, and the code each must report.
BAD_SNIPPET = """\
import subprocess
import os
import tempfile
from typing import List


def run(command: str, seen: List[str] = []) -> None:
    assert command
    subprocess.run(command, shell=True, check=True)
    password = "hunter2"
    print(password, tempfile.mktemp())
    try:
        os.remove(command)
    except OSError:
        pass
"""
EVERYWHERE = {
    "I001": "isort: the imports are not sorted",
    "UP006": "pyupgrade: typing.List for list",
    "B006": "bugbear: a mutable default argument",
    "S602": "bandit: a subprocess through the shell",
    "S306": "bandit: tempfile.mktemp, whose name another process can take first",
    "SIM105": "simplify: try/except/pass for contextlib.suppress",
}
# Only where no per-file ignore lifts them: tests assert, and their tokens are made up.
OUTSIDE_TESTS = {"S101": "bandit: assert, gone under python -O", "S105": "bandit: a password in the code"}


def reported(path: str) -> set[str]:
    """The codes ruff reports for BAD_SNIPPET as if it were the file `path` of this repo (with its settings)."""
    result = run(
        str(VENV_BIN / "ruff"), "check", "--output-format", "json", "--stdin-filename", path, "-", stdin=BAD_SNIPPET
    )
    assert result.returncode == 1, result.stdout + result.stderr  # 1: findings (2 would be ruff failing)
    return {finding["code"] for finding in json.loads(result.stdout)}


def test_ruff_selects_its_rules_itself_not_by_its_defaults() -> None:
    selected = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]["select"]
    assert {"B", "UP", "SIM", "I", "S"} <= set(selected)


def test_ruff_enforces_the_selected_families_on_the_cli_and_the_token_code() -> None:
    for path in ("argus_ext/cli/bad.py", "argus_ext/auth.py"):
        codes = reported(path)
        missing = {code: why for code, why in (EVERYWHERE | OUTSIDE_TESTS).items() if code not in codes}
        assert not missing, f"{path}: not reported: {missing} (reported: {sorted(codes)})"


def test_the_tests_per_file_ignores_lift_assert_but_not_the_shell() -> None:
    codes = reported("tests/test_bad.py")
    assert not codes & OUTSIDE_TESTS.keys(), codes
    missing = {code: why for code, why in EVERYWHERE.items() if code not in codes}
    assert not missing, f"not reported: {missing} (reported: {sorted(codes)})"

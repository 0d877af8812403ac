"""The handwritten code passes `mypy --strict` and ruff, as the generated code passes the regeneration check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HANDWRITTEN = ["argus_ext", "argus_local", "bench", "examples", "generator", "tests"]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


def test_mypy_strict_passes_on_argus_ext_and_argus_local() -> None:
    result = run(str(VENV_BIN / "mypy"), "--strict", "argus_ext", "argus_local", "bench", "examples/demo.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_passes_on_the_handwritten_code() -> None:
    lint = run(str(VENV_BIN / "ruff"), "check", *HANDWRITTEN)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_the_handwritten_code_is_ruff_formatted() -> None:
    formatted = run(str(VENV_BIN / "ruff"), "format", "--check", *HANDWRITTEN)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr

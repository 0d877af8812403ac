"""The modules with slow tests run first (tests/conftest.py), whatever order pytest-randomly drew."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest

from tests.conftest import _slow_modules_first


@dataclass
class Collected:
    """What _slow_modules_first reads of a pytest.Item: its node id and its markers."""

    nodeid: str
    markers: set[str] = field(default_factory=set)

    def get_closest_marker(self, name: str) -> object | None:
        return name if name in self.markers else None


def test_slow_modules_move_to_the_front_and_every_order_within_is_kept() -> None:
    drawn = [
        Collected("tests/test_fast.py::test_b"),
        Collected("tests/test_mixed.py::test_quick"),
        Collected("tests/test_fast.py::test_a"),
        Collected("tests/test_mixed.py::test_heavy[sync]", {"server", "slow"}),
        Collected("tests/test_other.py::test_c", {"server"}),
        Collected("tests/test_slow.py::test_z", {"slow"}),
        Collected("tests/test_mixed.py::test_heavy[async]", {"server", "slow"}),
    ]
    items = cast("list[pytest.Item]", list(drawn))
    _slow_modules_first(items)
    assert [item.nodeid for item in items] == [
        "tests/test_mixed.py::test_quick",  # a module with a slow test moves whole: its quick test too
        "tests/test_mixed.py::test_heavy[sync]",
        "tests/test_slow.py::test_z",
        "tests/test_mixed.py::test_heavy[async]",
        "tests/test_fast.py::test_b",
        "tests/test_fast.py::test_a",
        "tests/test_other.py::test_c",
    ]


def test_a_run_without_slow_tests_keeps_its_order() -> None:
    drawn = [Collected(f"tests/test_{name}.py::test") for name in "dcab"]
    items = cast("list[pytest.Item]", list(drawn))
    _slow_modules_first(items)
    assert [item.nodeid for item in items] == [item.nodeid for item in drawn]


def test_the_makefile_keeps_this_order_for_xdist() -> None:
    """Without --no-loadscope-reorder, xdist hands out the modules with the most tests first, whatever the order."""
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    [parallel] = [line for line in makefile.splitlines() if line.startswith("PARALLEL :=")]
    assert "--dist loadscope" in parallel and "--no-loadscope-reorder" in parallel

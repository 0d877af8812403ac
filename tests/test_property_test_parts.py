"""The property tests come in parts, a module each (tests/fuzzing/property_tests.py, PARTS): every part of
each API version is in exactly one module, so no part can be dropped (or run twice) by a file moved."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from tests.fuzzing.property_tests import PARTS, property_tests

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_every_part_is_in_exactly_one_module(api: str) -> None:
    wanted = {part: {name for name in property_tests(api, part) if name.startswith("test_")} for part in PARTS}
    found: dict[str, set[str]] = {}
    for path in sorted((TESTS / api).glob("test_schemathesis*.py")):
        module = importlib.import_module(f"tests.{api}.{path.stem}")
        found[path.stem] = {name for name in vars(module) if name.startswith("test_")}
    assert sorted(found.values(), key=sorted) == sorted(wanted.values(), key=sorted)
    assert {stem.removeprefix("test_schemathesis_") for stem in found} == set(PARTS)


def test_an_unknown_part_is_refused() -> None:
    with pytest.raises(ValueError, match="'admins' is none of"):
        property_tests("v2", "admins")

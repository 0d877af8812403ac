"""Every operation in spec/v2.yaml has an integration test that calls its generated function (sync and async).

The integration tests call endpoints as `await call(<operation module>, ...)`, the `call` fixture running
each test once with `sync_detailed` and once with `asyncio_detailed`. This reads the test sources and fails
naming any operation of the spec that no test calls that way: adding an operation to the spec without a
test turns the suite red.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SPEC = HERE.parent.parent / "spec" / "v2.yaml"
HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}
CALLED = re.compile(r"await call\(\s*([a-z_0-9]+)\s*,")


def spec_operations() -> set[str]:
    spec = yaml.safe_load(SPEC.read_text())
    return {
        op["operationId"] for item in spec["paths"].values() for method, op in item.items() if method in HTTP_METHODS
    }


def called_operations() -> dict[str, set[str]]:
    called: dict[str, set[str]] = {}
    for test_file in sorted(HERE.glob("test_*.py")):
        for name in CALLED.findall(test_file.read_text()):
            called.setdefault(name, set()).add(test_file.name)
    return called


def test_the_spec_has_all_documented_operations_and_more() -> None:
    operations = spec_operations()
    # 48 documented v2 operations (../shared/reference/documented-operations.tsv) plus those users need beyond.
    assert len(operations) >= 48


def test_every_spec_operation_is_called_by_an_integration_test() -> None:
    untested = sorted(spec_operations() - called_operations().keys())
    assert untested == [], f"operations in spec/v2.yaml without an integration test: {untested}"

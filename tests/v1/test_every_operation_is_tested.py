"""Every operation in spec/v1.yaml has an integration test in tests/v1/ that calls its generated
function, sync and async (`await call(<operation module>, ...)`; see tests/spec_checks.py)."""

from __future__ import annotations

from tests import spec_checks

# The v1 operations of ../shared/reference/documented-operations.tsv, as (method, documented path).
DOCUMENTED_V1 = 42


def test_the_spec_has_all_documented_operations_and_more() -> None:
    # 42 documented v1 operations plus the undocumented ones users need (tags, sources, source
    # types, phone-number PATCH, profile preview, the metadata, ...).
    assert len(spec_checks.operation_ids("v1")) >= DOCUMENTED_V1


def test_every_spec_operation_is_called_by_an_integration_test() -> None:
    untested = spec_checks.untested_operations("v1")
    assert untested == [], f"operations in spec/v1.yaml without an integration test: {untested}"

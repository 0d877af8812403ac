"""Every operation in spec/v2.yaml has an integration test in tests/v2/ that calls its generated
function, sync and async (`await call(<operation module>, ...)`; see tests/spec_checks.py)."""

from __future__ import annotations

from tests import spec_checks


def test_the_spec_has_all_documented_operations_and_more() -> None:
    # 48 documented v2 operations (../shared/reference/documented-operations.tsv) plus those users need beyond.
    assert len(spec_checks.operation_ids("v2")) >= 48


def test_every_spec_operation_is_called_by_an_integration_test() -> None:
    untested = spec_checks.untested_operations("v2")
    assert untested == [], f"operations in spec/v2.yaml without an integration test: {untested}"

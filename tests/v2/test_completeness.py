"""spec/v2.yaml covers every operation the running argus-server 2.10.2 has, and invents none.

How: tests/spec_checks.py (the server's own `django-admin spectacular --api-version v2` operation
list against ours). Differences we mean to have are listed below, each with its reason; any other
difference fails the test and is printed.
"""

from __future__ import annotations

import pytest

from argus_local import ArgusServer
from tests import spec_checks
from tests.spec_checks import Operation

# Operations the server has that our spec leaves out on purpose.
LEFT_OUT: dict[Operation, str] = {
    ("GET", "/api/schema/"): "the server's own drf-spectacular schema (not part of the API a client uses)",
    ("GET", "/api/v2/schema/"): "the same schema, for API v2 only",
    ("POST", "/api/v2/incidents/mine/"): (
        "the router also maps the 'mine' view's create: the very same incident creation as POST "
        "/incidents/ (create_incident), same body, same answers; one operation for it is enough"
    ),
}

# Operations in our spec that the server's schema does not list, each served all the same.
NOT_IN_SERVER_SCHEMA: dict[Operation, str] = {}


@pytest.fixture(scope="module")
def server_operations(v2_server: ArgusServer, tmp_path_factory: pytest.TempPathFactory) -> set[Operation]:
    return spec_checks.server_routes(v2_server, "v2", tmp_path_factory.mktemp("spectacular") / "server-v2.yaml")


def test_normalise() -> None:
    assert spec_checks.normalise("/api/v2/../") == "/api/"
    assert spec_checks.normalise("/api/v2/incidents/{incident_pk}/acks/{ack_pk}/") == "/api/v2/incidents/{}/acks/{}/"
    assert spec_checks.normalise("/api/v2/auth/token/logoutall") == "/api/v2/auth/token/logoutall"


def test_spec_has_every_operation_the_server_has(server_operations: set[Operation]) -> None:
    spec_checks.assert_spec_has_every_server_operation("v2", server_operations, spec_checks.spec_routes("v2"), LEFT_OUT)


def test_spec_has_no_operation_the_server_lacks(server_operations: set[Operation]) -> None:
    spec_checks.assert_spec_has_no_operation_the_server_lacks(
        "v2", server_operations, spec_checks.spec_routes("v2"), NOT_IN_SERVER_SCHEMA
    )

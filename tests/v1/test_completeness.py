"""spec/v1.yaml covers every v1 operation the running argus-server 1.37.0 has, and invents none.

How: tests/spec_checks.py (the server's own `django-admin spectacular --api-version v1` operation
list against ours). 1.37.0's v1 schema lists 63 operations; the differences we mean to have are
listed below, each with its reason; any other difference fails the test and is printed.
"""

from __future__ import annotations

import pytest

from argus_local import ArgusServer
from tests import spec_checks
from tests.spec_checks import Operation

# Operations the server's schema lists that our spec leaves out on purpose.
LEFT_OUT: dict[Operation, str] = {
    ("GET", "/api/v1/schema/"): "the server's own drf-spectacular schema for v1 (not part of the API a client uses)",
    ("POST", "/api/v1/incidents/mine/"): (
        "the router also maps the 'mine' view's create: the very same incident creation as POST "
        "/incidents/ (create_incident), same body, same answers; one operation for it is enough"
    ),
    ("GET", "/api/v1/incidents/openunacked/"): (
        "a path the server does not serve (404 'Not found.'): drf-spectacular drops the '+' of the real "
        "route incidents/open+unacked/, which the spec has (list_open_unacked_incidents)"
    ),
}

# Operations in our spec that the server's v1 schema does not list, each served all the same
# (tests/v1/test_incidents.py and test_auth_sources.py call them).
NOT_IN_SERVER_SCHEMA: dict[Operation, str] = {
    ("GET", "/api/v1/incidents/open+unacked/"): "the real path of what the server's schema calls openunacked/",
    ("GET", "/api/"): (
        "the server metadata (get_api_metadata), one level above /api/v1: the v1 schema does not "
        "list it, but it answers the same for both API versions and tells a client which versions "
        "the server has"
    ),
}


@pytest.fixture(scope="module")
def server_operations(v1_server: ArgusServer, tmp_path_factory: pytest.TempPathFactory) -> set[Operation]:
    return spec_checks.server_routes(v1_server, "v1", tmp_path_factory.mktemp("spectacular") / "server-v1.yaml")


def test_spec_has_every_operation_the_server_has(server_operations: set[Operation]) -> None:
    spec_checks.assert_spec_has_every_server_operation("v1", server_operations, spec_checks.spec_routes("v1"), LEFT_OUT)


def test_spec_has_no_operation_the_server_lacks(server_operations: set[Operation]) -> None:
    spec_checks.assert_spec_has_no_operation_the_server_lacks(
        "v1", server_operations, spec_checks.spec_routes("v1"), NOT_IN_SERVER_SCHEMA
    )

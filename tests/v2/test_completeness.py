"""spec/v2.yaml covers every operation the running argus-server 2.10.2 has, and invents none.

The server describes itself with drf-spectacular: `django-admin spectacular --api-version v2`, run
inside the server's own environment (its settings, its database), lists every route its URLconf
serves. Its schema is known to be wrong in many details (see test_schemathesis.py), but its list
of operations is the server's routing table, so it is the right reference for completeness.

Operations are compared as (METHOD, path) with every path parameter's name dropped
(`{incident_pk}`, `{pk}` and `{id}` all become `{}`), and our paths resolved against our
`servers` entry (`/api/v2`, so `/../` is `/api/`). Differences we mean to have are listed below,
each with its reason; any other difference fails the test and is printed.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
import yaml

from argus_local import ArgusServer

SPEC = Path(__file__).resolve().parents[2] / "spec" / "v2.yaml"
HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options", "trace"}

Operation = tuple[str, str]

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


def operations(paths: dict[str, dict[str, object]], base: str = "") -> set[Operation]:
    return {
        (method.upper(), normalise(base + path))
        for path, item in paths.items()
        for method in item
        if method in HTTP_METHODS
    }


def normalise(path: str) -> str:
    """Drop path parameter names and resolve `..` (keeping the trailing slash)."""
    resolved = posixpath.normpath(path) + ("/" if path.endswith("/") else "")
    return re.sub(r"\{[^}/]+\}", "{}", resolved)


@pytest.fixture(scope="module")
def server_operations(v2_server: ArgusServer, tmp_path_factory: pytest.TempPathFactory) -> set[Operation]:
    out = tmp_path_factory.mktemp("spectacular") / "server-v2.yaml"
    v2_server.call_command("spectacular", "--api-version", "v2", "--file", str(out))
    schema = yaml.safe_load(out.read_text())
    return operations(schema["paths"])


@pytest.fixture(scope="module")
def spec_operations() -> set[Operation]:
    spec = yaml.safe_load(SPEC.read_text())
    (server,) = spec["servers"]
    return operations(spec["paths"], base=server["url"])


def test_normalise() -> None:
    assert normalise("/api/v2/../") == "/api/"
    assert normalise("/api/v2/incidents/{incident_pk}/acks/{ack_pk}/") == "/api/v2/incidents/{}/acks/{}/"
    assert normalise("/api/v2/auth/token/logoutall") == "/api/v2/auth/token/logoutall"


def test_spec_has_every_operation_the_server_has(
    server_operations: set[Operation], spec_operations: set[Operation]
) -> None:
    missing = sorted(server_operations - spec_operations - LEFT_OUT.keys())
    for method, path in missing:
        print(f"the server has {method} {path}; spec/v2.yaml does not")
    assert missing == []
    # Each leave-out must still be real, or its entry is stale.
    assert sorted(LEFT_OUT.keys() - server_operations) == []


def test_spec_has_no_operation_the_server_lacks(
    server_operations: set[Operation], spec_operations: set[Operation]
) -> None:
    extra = sorted(spec_operations - server_operations - NOT_IN_SERVER_SCHEMA.keys())
    for method, path in extra:
        print(f"spec/v2.yaml has {method} {path}; the server's schema does not")
    assert extra == []
    assert sorted(NOT_IN_SERVER_SCHEMA.keys() - spec_operations) == []

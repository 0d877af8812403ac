"""Checks that hold for every spec/v<N>.yaml: every operation has an integration test, and the spec's
operations are exactly the running server's (minus reasoned exceptions).

tests/v<N>/test_every_operation_is_tested.py and tests/v<N>/test_completeness.py call these with
their version and their own lists of exceptions.

Every-operation: the integration tests call endpoints as `await call(<operation module>, ...)`, the
`call` fixture running each test once with `sync_detailed` and once with `asyncio_detailed`. The
test sources of tests/v<N>/ are read, and any operation of the spec that no test calls that way is
reported: adding an operation to a spec without a test turns the suite red.

Completeness: the server describes itself with drf-spectacular: `django-admin spectacular
--api-version v<N>`, run inside the server's own environment (its settings, its database), lists
every route its URLconf serves. Its schema is wrong in many details, but its list of operations is
the server's routing table, so it is the right reference for completeness. Operations are compared
as (METHOD, path) with every path parameter's name dropped (`{incident_pk}`, `{pk}` and `{id}` all
become `{}`), and our paths resolved against our `servers` entry (`/api/v2`, so `/../` is `/api/`).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

import yaml

from argus_local import ArgusServer

REPO = Path(__file__).resolve().parent.parent
HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options", "trace"}
CALLED = re.compile(r"await call\(\s*([a-z_0-9]+)\s*,")

Operation = tuple[str, str]


def load_spec(version: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((REPO / "spec" / f"{version}.yaml").read_text())
    return spec


def operation_ids(version: str) -> set[str]:
    return {
        op["operationId"]
        for item in load_spec(version)["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def called_operations(version: str) -> dict[str, set[str]]:
    """Operation module name -> the test files of tests/<version>/ that call it through `call`."""
    called: dict[str, set[str]] = {}
    for test_file in sorted((REPO / "tests" / version).glob("test_*.py")):
        for name in CALLED.findall(test_file.read_text()):
            called.setdefault(name, set()).add(test_file.name)
    return called


def untested_operations(version: str) -> list[str]:
    return sorted(operation_ids(version) - called_operations(version).keys())


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


def spec_routes(version: str) -> set[Operation]:
    spec = load_spec(version)
    (server,) = spec["servers"]
    return operations(spec["paths"], base=server["url"])


def server_routes(server: ArgusServer, version: str, out: Path) -> set[Operation]:
    """The operations of `version` that the running server's own drf-spectacular schema lists."""
    server.call_command("spectacular", "--api-version", version, "--file", str(out))
    return operations(yaml.safe_load(out.read_text())["paths"])


def assert_spec_has_every_server_operation(
    version: str, server: set[Operation], spec: set[Operation], left_out: dict[Operation, str]
) -> None:
    missing = sorted(server - spec - left_out.keys())
    for method, path in missing:
        print(f"the server has {method} {path}; spec/{version}.yaml does not")
    assert missing == []
    # Each leave-out must still be real, or its entry is stale.
    assert sorted(left_out.keys() - server) == []


def assert_spec_has_no_operation_the_server_lacks(
    version: str, server: set[Operation], spec: set[Operation], not_in_server_schema: dict[Operation, str]
) -> None:
    extra = sorted(spec - server - not_in_server_schema.keys())
    for method, path in extra:
        print(f"spec/{version}.yaml has {method} {path}; the server's schema does not")
    assert extra == []
    # Each exception must still be in the spec and still missing from the server's schema.
    assert sorted(not_in_server_schema.keys() - spec) == []
    assert sorted(not_in_server_schema.keys() & server) == []

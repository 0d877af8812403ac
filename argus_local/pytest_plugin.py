"""pytest fixtures for real Argus servers. Enable with `pytest_plugins = ["argus_local.pytest_plugin"]`.

One server per API version per test session (started on first use, ~5 s), and fresh users for
every test, so tests share no accounts or incidents' owners and pass in any order. A server that
cannot start fails the tests that need it, loudly: nothing is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import ArgusServer, Identities
from .versions import V1, V2


@pytest.fixture(scope="session")
def v2_server() -> Iterator[ArgusServer]:
    with ArgusServer(V2) as server:
        yield server


@pytest.fixture(scope="session")
def v1_server() -> Iterator[ArgusServer]:
    with ArgusServer(V1) as server:
        yield server


@pytest.fixture
def v2_ids(v2_server: ArgusServer) -> Identities:
    """An admin, an end user and a source system on the v2 server, new for this test."""
    return v2_server.new_identities()


@pytest.fixture
def v1_ids(v1_server: ArgusServer) -> Identities:
    """An admin, an end user and a source system on the v1 server, new for this test."""
    return v1_server.new_identities()

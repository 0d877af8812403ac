pytest_plugins = ["argus_local.pytest_plugin"]


import pytest

from tests.api_support import Caller


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (`@pytest.mark.anyio`) run on asyncio, the loop our users have."""
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Caller:
    """Runs an integration test twice: through the generated `sync_detailed`, then `asyncio_detailed`."""
    return Caller(request.param)

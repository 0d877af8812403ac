pytest_plugins = ["argus_local.pytest_plugin"]


import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (`@pytest.mark.anyio`) run on asyncio, the loop our users have."""
    return "asyncio"

"""Fixtures for the API v2 integration tests (see tests/api_support.py for what they give)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import argus_api_v2
import pytest

from argus_local import ArgusServer, Identities
from tests.api_support import ApiClients, api_clients


@pytest.fixture
async def v2(v2_server: ArgusServer, v2_ids: Identities) -> AsyncIterator[ApiClients]:
    async for clients in api_clients(argus_api_v2, v2_server, v2_ids):
        yield clients

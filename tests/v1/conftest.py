"""Fixtures for the API v1 integration tests (see tests/api_support.py for what they give)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import argus_api_v1
import pytest

from argus_local import ArgusServer, Identities
from tests.api_support import ApiClients, api_clients


@pytest.fixture
async def v1(v1_server: ArgusServer, v1_ids: Identities) -> AsyncIterator[ApiClients]:
    """Generated argus_api_v1 clients for this test's fresh admin, end user and source system on 1.37.0."""
    async for clients in api_clients(argus_api_v1, v1_server, v1_ids):
        yield clients

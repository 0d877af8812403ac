"""Fixtures for the API v2 integration tests (see support.py for what they give)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from argus_api_v2 import Client

from argus_local import ArgusServer, Identities

from .support import Caller, V2Clients, client_for


@pytest.fixture
async def v2(v2_server: ArgusServer, v2_ids: Identities) -> AsyncIterator[V2Clients]:
    clients = V2Clients(
        server=v2_server,
        ids=v2_ids,
        admin=client_for(v2_server, v2_ids.admin.token),
        user=client_for(v2_server, v2_ids.user.token),
        source=client_for(v2_server, v2_ids.source.token),
        anonymous=Client(base_url=v2_server.api_url),
    )
    yield clients
    # Close only the httpx clients a test made: get_*_httpx_client() would build (and pay for) new ones.
    for client in (clients.admin, clients.user, clients.source, clients.anonymous):
        if client._client is not None:
            client._client.close()
        if client._async_client is not None:
            await client._async_client.aclose()


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Caller:
    return Caller(request.param)

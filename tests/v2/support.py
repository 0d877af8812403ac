"""Shared pieces of the API v2 integration tests: the generated client, as fresh users, sync or async.

Every test that takes `call` runs twice, once through the generated `sync_detailed` and once through
`asyncio_detailed`, against the same real argus-server 2.10.2. The clients are the bare generated
`AuthenticatedClient` (no argus_ext): these tests prove the spec and the generated code, including
the documented error models, which argus_ext would turn into exceptions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

from argus_api_v2 import AuthenticatedClient, Client
from argus_api_v2.api.incidents import create_incident
from argus_api_v2.models import Incident, IncidentCreate, TagValue
from argus_api_v2.types import Response

from argus_local import ArgusServer, Identities

START = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
ModelT = TypeVar("ModelT")


def parsed_as(model: type[ModelT], response: Response[Any], status: int = 201) -> ModelT:
    """The parsed model of a response that must have `status` (the body is shown when it has not)."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, model)
    return response.parsed


def client_for(server: ArgusServer, token: str) -> AuthenticatedClient:
    """The generated client as the owner of `token`; its default prefix is "Token" (our template)."""
    return AuthenticatedClient(base_url=server.api_url, token=token)


@dataclass
class V2Clients:
    """Generated clients for one test's fresh identities; `anonymous` sends no token."""

    server: ArgusServer
    ids: Identities
    admin: AuthenticatedClient
    user: AuthenticatedClient
    source: AuthenticatedClient
    anonymous: Client

    def with_token(self, token: str) -> AuthenticatedClient:
        return client_for(self.server, token)

    def new_incident(self, description: str = "integration test", **fields: Any) -> Incident:
        """Set-up helper: one incident posted by this test's source system (sync, always)."""
        body = IncidentCreate(
            start_time=fields.pop("start_time", START), tags=fields.pop("tags", []), description=description, **fields
        )
        return parsed_as(Incident, create_incident.sync_detailed(client=self.source, body=body))


@dataclass(frozen=True)
class Caller:
    """Calls a generated endpoint module the way this run of the test was parametrised."""

    mode: str

    async def __call__(self, endpoint: ModuleType, **kwargs: Any) -> Response[Any]:
        if self.mode == "sync":
            return endpoint.sync_detailed(**kwargs)  # type: ignore[no-any-return]
        return await endpoint.asyncio_detailed(**kwargs)  # type: ignore[no-any-return]


def tag_values(*tags: str) -> list[TagValue]:
    return [TagValue(tag=tag) for tag in tags]

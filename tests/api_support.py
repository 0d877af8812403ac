"""What the integration tests of every API version share: generated clients as fresh users, sync or async.

Each API version has its own generated package (argus_api_v1, argus_api_v2) with the same layout:
`AuthenticatedClient`, `Client`, `api.incidents.create_incident`, `models.IncidentCreate`, ... So
one `ApiClients` serves every version, given the package; tests/v<N>/support.py only names it.

Every test that takes `call` runs twice, once through the generated `sync_detailed` and once through
`asyncio_detailed`, against the same real server. The clients are the bare generated
`AuthenticatedClient` (no argus_ext): these tests prove the spec and the generated code, including
the documented error models, which argus_ext would turn into exceptions.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

from argus_local import ArgusServer, Identities

START = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
ModelT = TypeVar("ModelT")


def parsed_as(model: type[ModelT], response: Any, status: int = 201) -> ModelT:
    """The parsed model of a response that must have `status` (the body is shown when it has not)."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, model)
    return response.parsed


def client_for(package: ModuleType, server: ArgusServer, token: str) -> Any:
    """The package's generated client as the owner of `token`; its default prefix is "Token" (our template)."""
    return package.AuthenticatedClient(base_url=server.api_url, token=token)


@dataclass
class ApiClients:
    """Generated clients of one API version for one test's fresh identities; `anonymous` sends no token."""

    package: ModuleType
    server: ArgusServer
    ids: Identities
    admin: Any
    user: Any
    source: Any
    anonymous: Any

    @classmethod
    def for_identities(cls, package: ModuleType, server: ArgusServer, ids: Identities) -> ApiClients:
        return cls(
            package=package,
            server=server,
            ids=ids,
            admin=client_for(package, server, ids.admin.token),
            user=client_for(package, server, ids.user.token),
            source=client_for(package, server, ids.source.token),
            anonymous=package.Client(base_url=server.api_url),
        )

    def with_token(self, token: str) -> Any:
        return client_for(self.package, self.server, token)

    def new_incident(self, description: str = "integration test", **fields: Any) -> Any:
        """Set-up helper: one incident posted by this test's source system (sync, always)."""
        create_incident = importlib.import_module(f"{self.package.__name__}.api.incidents.create_incident")
        models = importlib.import_module(f"{self.package.__name__}.models")
        body = models.IncidentCreate(
            start_time=fields.pop("start_time", START), tags=fields.pop("tags", []), description=description, **fields
        )
        return parsed_as(models.Incident, create_incident.sync_detailed(client=self.source, body=body))

    def tag_values(self, *tags: str) -> list[Any]:
        models = importlib.import_module(f"{self.package.__name__}.models")
        return [models.TagValue(tag=tag) for tag in tags]

    async def aclose(self) -> None:
        # Close only the httpx clients a test made: get_*_httpx_client() would build (and pay for) new ones.
        for client in (self.admin, self.user, self.source, self.anonymous):
            if client._client is not None:
                client._client.close()
            if client._async_client is not None:
                await client._async_client.aclose()


async def api_clients(package: ModuleType, server: ArgusServer, ids: Identities) -> AsyncIterator[ApiClients]:
    """The body of a per-test clients fixture: yields the clients, closes what the test opened."""
    clients = ApiClients.for_identities(package, server, ids)
    yield clients
    await clients.aclose()


@dataclass(frozen=True)
class Caller:
    """Calls a generated endpoint module the way this run of the test was parametrised."""

    mode: str

    async def __call__(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        if self.mode == "sync":
            return endpoint.sync_detailed(**kwargs)
        return await endpoint.asyncio_detailed(**kwargs)

"""pyargus 0.8.0's `Client` and `AsyncClient` (`pyargus.client`, `pyargus.async_client`) on our client.

    from argus_ext.pyargus.client import Client           # was: from pyargus.client import Client
    c = Client(api_root_url="https://argus.example.org/api/v2", token="...")
    for incident in c.get_incidents(open=True, acked=False): ...

The 13 methods keep pyargus's names, arguments and results; each is one generated call or workflow helper
through a `connect()` client, so they gain its retries, token handling and typed errors (raised under the
pyargus names too: see `exceptions`). Where pyargus is wrong, this is not (see `models` and the README's
"Coming from pyargus"): `update_incident` sends only what can change and never wipes tags, `refresh_token`
works and the client keeps working with the new token, `datetime.max` stays "infinity".
The generated client is `self.api` (pyargus: its simple_rest_client API object).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime
from typing import Any

from argus_api_v2 import Client as ApiClient
from argus_api_v2.api.incident_acks import list_incident_acks
from argus_api_v2.api.incident_events import create_incident_event, list_incident_events
from argus_api_v2.api.incidents import create_incident, get_incident, update_incident

from ..client import arefresh_token, connect, refresh_token
from ..errors import ArgusAPIError, NotFoundError, UnauthorizedError
from ..pagination import apaginate_incidents, apaginate_my_incidents, paginate_incidents, paginate_my_incidents
from ..workflows import aheartbeat, areopen, aresolve, heartbeat, reopen, resolve
from .exceptions import pyargus_errors
from .models import Acknowledgement, Event, ExpiringToken, Incident

__all__ = ["AsyncClient", "Client"]

IncidentType = Incident | int
# pyargus probes for the heartbeat endpoint with a GET (the endpoint takes POST only): 405 means it exists.
HEARTBEAT_PATH = "incidents/sources/heartbeat/"


class _Base:
    def __init__(self, api_root_url: str, token: str, timeout: float = 2.0, **options: Any) -> None:
        """`options` go to `argus_ext.connect` (retry=..., verify=..., httpx_args=...)."""
        self.api: ApiClient = connect(api_root_url, token=token, timeout=timeout, **options)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {str(self.api.get_httpx_client().base_url).rstrip('/')!r}>"


class Client(_Base):
    """pyargus's `Client`: the same methods, on the generated API."""

    def get_incident(self, incident_id: int) -> Incident:
        with pyargus_errors():
            return Incident.from_api(get_incident.sync(incident_id, client=self.api))

    def get_incidents(self, **filters: Any) -> Iterator[Incident]:
        """Every incident matching the filters, given as the API names them (open=True, source__id__in=...)."""
        with pyargus_errors():
            for incident in paginate_incidents(self.api, **api_filters(filters)):
                yield Incident.from_api(incident)

    def get_my_incidents(self, **filters: Any) -> Iterator[Incident]:
        with pyargus_errors():
            for incident in paginate_my_incidents(self.api, **api_filters(filters)):
                yield Incident.from_api(incident)

    def get_incident_events(self, incident: IncidentType) -> list[Event]:
        with pyargus_errors():
            return [Event.from_api(e) for e in list_incident_events.sync(pk_of(incident), client=self.api)]

    def get_incident_acknowledgements(self, incident: IncidentType) -> list[Acknowledgement]:
        with pyargus_errors():
            return [Acknowledgement.from_api(a) for a in list_incident_acks.sync(pk_of(incident), client=self.api)]

    def post_incident(self, incident: Incident) -> Incident:
        with pyargus_errors():
            return Incident.from_api(create_incident.sync(client=self.api, body=incident.to_create()))

    def update_incident(self, incident: Incident) -> Incident:
        with pyargus_errors():
            patched = update_incident.sync(pk_of(incident), client=self.api, body=incident.to_patch())
            return Incident.from_api(patched)

    def resolve_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | None = None
    ) -> Event:
        with pyargus_errors():
            return Event.from_api(resolve(self.api, pk_of(incident), description=description, timestamp=timestamp))

    def restart_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | None = None
    ) -> Event:
        with pyargus_errors():
            return Event.from_api(reopen(self.api, pk_of(incident), description=description, timestamp=timestamp))

    def post_incident_event(self, incident: IncidentType, event: Event) -> Event:
        with pyargus_errors():
            posted = create_incident_event.sync(pk_of(incident), client=self.api, body=event.to_create())
            return Event.from_api(posted)

    def supports_heartbeat(self) -> bool:
        """True when the server has the heartbeat endpoint (pyargus's probe: a GET, 404 on older servers)."""
        with pyargus_errors():
            try:
                self.api.get_httpx_client().get(HEARTBEAT_PATH)
            except ArgusAPIError as error:
                return heartbeat_supported(error)
            return True

    def send_heartbeat(self) -> None:
        with pyargus_errors():
            heartbeat(self.api)

    def refresh_token(self) -> ExpiringToken:
        """A new token (the old one stops working). Unlike pyargus, this client goes on with the new one."""
        with pyargus_errors():
            info = refresh_token(self.api)
        return ExpiringToken(expiration=info.expiry, token=info.token)


class AsyncClient(_Base):
    """pyargus's `AsyncClient`: the same methods as `Client`, awaited (the listings are async iterators)."""

    async def get_incident(self, incident_id: int) -> Incident:
        with pyargus_errors():
            return Incident.from_api(await get_incident.asyncio(incident_id, client=self.api))

    async def get_incidents(self, **filters: Any) -> AsyncIterator[Incident]:
        with pyargus_errors():
            async for incident in apaginate_incidents(self.api, **api_filters(filters)):
                yield Incident.from_api(incident)

    async def get_my_incidents(self, **filters: Any) -> AsyncIterator[Incident]:
        with pyargus_errors():
            async for incident in apaginate_my_incidents(self.api, **api_filters(filters)):
                yield Incident.from_api(incident)

    async def get_incident_events(self, incident: IncidentType) -> list[Event]:
        with pyargus_errors():
            return [Event.from_api(e) for e in await list_incident_events.asyncio(pk_of(incident), client=self.api)]

    async def get_incident_acknowledgements(self, incident: IncidentType) -> list[Acknowledgement]:
        with pyargus_errors():
            acks = await list_incident_acks.asyncio(pk_of(incident), client=self.api)
            return [Acknowledgement.from_api(a) for a in acks]

    async def post_incident(self, incident: Incident) -> Incident:
        with pyargus_errors():
            return Incident.from_api(await create_incident.asyncio(client=self.api, body=incident.to_create()))

    async def update_incident(self, incident: Incident) -> Incident:
        with pyargus_errors():
            patched = await update_incident.asyncio(pk_of(incident), client=self.api, body=incident.to_patch())
            return Incident.from_api(patched)

    async def resolve_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | None = None
    ) -> Event:
        with pyargus_errors():
            event = await aresolve(self.api, pk_of(incident), description=description, timestamp=timestamp)
            return Event.from_api(event)

    async def restart_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | None = None
    ) -> Event:
        with pyargus_errors():
            event = await areopen(self.api, pk_of(incident), description=description, timestamp=timestamp)
            return Event.from_api(event)

    async def post_incident_event(self, incident: IncidentType, event: Event) -> Event:
        with pyargus_errors():
            posted = await create_incident_event.asyncio(pk_of(incident), client=self.api, body=event.to_create())
            return Event.from_api(posted)

    async def supports_heartbeat(self) -> bool:
        with pyargus_errors():
            try:
                await self.api.get_async_httpx_client().get(HEARTBEAT_PATH)
            except ArgusAPIError as error:
                return heartbeat_supported(error)
            return True

    async def send_heartbeat(self) -> None:
        with pyargus_errors():
            await aheartbeat(self.api)

    async def refresh_token(self) -> ExpiringToken:
        with pyargus_errors():
            info = await arefresh_token(self.api)
        return ExpiringToken(expiration=info.expiry, token=info.token)


def api_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    """pyargus passes the API's query names (`open`, `source__id__in`); the generated calls name them
    `open_`, `source_id_in`. Unknown names are refused by the generated call, before sending."""
    renamed = {name.replace("__", "_"): value for name, value in filters.items()}
    if "open" in renamed:
        renamed["open_"] = renamed.pop("open")
    return renamed


def pk_of(incident: IncidentType) -> int:
    pk = incident.pk if isinstance(incident, Incident) else incident
    if pk is None or isinstance(pk, bool) or not isinstance(pk, int):
        raise ValueError(f"incident: expected an Incident with a pk, or a pk (an int); got {incident!r}")
    return pk


def heartbeat_supported(error: ArgusAPIError) -> bool:
    # pyargus's reading of its probe: 405 (or any other refusal but 401) means the endpoint exists.
    if isinstance(error, UnauthorizedError):
        raise error
    return not isinstance(error, NotFoundError)

"""pyargus 0.8.0's `Client` (`pyargus.client`) and `AsyncClient` (`pyargus.async_client`) on our client.

    from argus_ext.pyargus.client import Client           # was: from pyargus.client import Client
    c = Client(api_root_url="https://argus.example.org/api/v2", token="...")
    for incident in c.get_incidents(open=True, acked=False): ...

The 13 methods keep pyargus's names, arguments and results, and send what pyargus sends, through pyargus's
low-level API (`c.api`, see `api`) on a `connect()` client (`c.api.client`): they gain its retries, token
handling and typed errors (raised under the pyargus names too: see `exceptions`). Where pyargus is wrong, this
is not (see `models` and the README's "Coming from pyargus"): `update_incident` sends only what can change and
never wipes tags, `refresh_token` works and the client keeps working with the new token, `datetime.max` stays
"infinity".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlparse

from ..client import arefresh_token, refresh_token
from ..errors import error_from_unexpected
from . import api, models
from .api import API, RESOURCES, Response
from .async_api import ASYNC_RESOURCES
from .exceptions import AuthError, ClientError, NotFoundError, as_pyargus_error, pyargus_errors
from .models import Acknowledgement, Event, ExpiringToken, Incident
from .time import now as utcnow

__all__ = [
    "Client",
    "IncidentType",
    "api",
    "extract_params",
    "has_next_page",
    "is_paginated_response",
    "models",
    "paginated_query",
    "utcnow",
]

IncidentType = Incident | int
T = TypeVar("T")


def _read(response: Response, parse: Callable[[Any], T]) -> T:
    """The answer's body parsed as documented, or UnexpectedResponseError (also a pyargus ClientError)."""
    try:
        return parse(response.body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise as_pyargus_error(error_from_unexpected(response.client_response, exc)) from exc


def _read_list(response: Response, parse: Callable[[Any], T]) -> list[T]:
    return _read(response, lambda body: [parse(record) for record in body])


def _incidents(page: Response, results: Any) -> list[Incident]:
    # One page's incidents (`results`: the page's list, or the whole body of an unpaginated answer).
    return _read(page, lambda _body: [Incident.from_json(record) for record in results])


class _Base:
    _resources = RESOURCES

    def __init__(self, api_root_url: str, token: str, timeout: float = 2.0, **options: Any) -> None:
        """`options` go to `argus_ext.connect` (retry=..., verify=..., httpx_args=...)."""
        self.api = API(api_root_url, token, timeout, resources=self._resources, **options)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.api.api_root_url!r}>"

    def _refreshed(self, token: Any) -> ExpiringToken:
        return ExpiringToken(expiration=token.expiry, token=token.token)


class Client(_Base):
    """pyargus's `Client`: the same methods, sending what pyargus sends."""

    def get_incident(self, incident_id: int) -> Incident:
        """An incident by its Argus id."""
        return _read(self.api.incidents.retrieve(incident_id), Incident.from_json)

    def get_incidents(self, **filters: Any) -> Iterator[Incident]:
        """Every incident matching the filters, named as the API names them (open=True, source__id__in=...)."""
        for response, results in paginated_query(self.api.incidents.list, params=filters):
            yield from _incidents(response, results)

    def get_my_incidents(self, **filters: Any) -> Iterator[Incident]:
        """Every incident of this client's source system matching the filters."""
        for response, results in paginated_query(self.api.incidents.list_mine, params=filters):
            yield from _incidents(response, results)

    def get_incident_events(self, incident: IncidentType) -> list[Event]:
        return _read_list(self.api.events.list(pk_of(incident)), Event.from_json)

    def get_incident_acknowledgements(self, incident: IncidentType) -> list[Acknowledgement]:
        return _read_list(self.api.acknowledgements.list(pk_of(incident)), Acknowledgement.from_json)

    def post_incident(self, incident: Incident) -> Incident:
        return _read(self.api.incidents.create(body=incident.to_json()), Incident.from_json)

    def update_incident(self, incident: Incident) -> Incident:
        return _read(self.api.incidents.update(pk_of(incident), body=incident.to_patch_json()), Incident.from_json)

    def resolve_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | str | None = None
    ) -> Event:
        """Posts an END event (timestamp: now if not given)."""
        return self.post_incident_event(incident, _event("END", description, timestamp))

    def restart_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | str | None = None
    ) -> Event:
        """Posts a RES event (timestamp: now if not given)."""
        return self.post_incident_event(incident, _event("RES", description, timestamp))

    def post_incident_event(self, incident: IncidentType, event: Event) -> Event:
        return _read(self.api.events.create(pk_of(incident), body=event.to_json()), Event.from_json)

    def supports_heartbeat(self) -> bool:
        """True when the server has the heartbeat endpoint (pyargus's probe: a GET, 404 on older servers)."""
        try:
            self.api.sources.heartbeat_probe()
        except ClientError as refusal:
            return _supported_despite(refusal)
        return True

    def send_heartbeat(self) -> None:
        self.api.sources.heartbeat()

    def refresh_token(self) -> ExpiringToken:
        """A new token of the same kind (a DRF token's predecessor stops working at once, a knox token's when it
        expires). Unlike pyargus, this client goes on with the new one."""
        with pyargus_errors():
            return self._refreshed(refresh_token(self.api.client))


def _event(type_: str, description: str | None, timestamp: datetime | str | None) -> Event:
    return Event(description=description, timestamp=utcnow() if timestamp is None else timestamp, type=type_)


def _supported_despite(refusal: ClientError) -> bool:
    """pyargus's reading of its heartbeat probe's refusal: 404 means no endpoint; 401/403 cannot tell (raised);
    any other (405: the endpoint takes POST only) means it exists."""
    if isinstance(refusal, AuthError):
        raise refusal
    return not isinstance(refusal, NotFoundError)


def pk_of(incident: IncidentType) -> int:
    """An incident's pk, from an Incident or anything int() takes (as pyargus)."""
    pk = incident.pk if isinstance(incident, Incident) else incident
    try:
        return int(pk)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValueError(f"incident: expected an Incident with a pk, or a pk (an int); got {incident!r}") from None


# -- pyargus's pagination helpers (also for your own calls through `c.api`) -----------------------------------------


def paginated_query(method: Callable[..., Response], *args: Any, **kwargs: Any) -> Iterator[tuple[Response, list[Any]]]:
    """Every page of an API call as `(response, results)`: follows `next` until the last page. A call that
    is not paginated gives one `(response, body)`."""
    response = method(*args, **kwargs)
    if not is_paginated_response(response):
        yield response, response.body
        return
    yield response, response.body["results"]
    while has_next_page(response):
        kwargs["params"] = extract_params(response.body["next"])
        response = method(*args, **kwargs)
        yield response, response.body["results"]


def is_paginated_response(response: Response) -> bool:
    """Whether an answer is one page of a paginated listing."""
    return isinstance(response.body, dict) and "next" in response.body and "results" in response.body


def has_next_page(response: Response) -> bool:
    """Whether a paginated answer links to a further page."""
    return bool(response.body.get("next"))


def extract_params(url: str) -> dict[str, list[str]]:
    """The query parameters of a URL (the `next` link), as a dict of lists."""
    return parse_qs(urlparse(url).query)


# -- AsyncClient: the same, awaited ---------------------------------------------------------------------------------


class AsyncClient(_Base):
    """pyargus's `AsyncClient`: the same methods as `Client`, awaited (the listings are async iterators)."""

    _resources = ASYNC_RESOURCES

    async def get_incident(self, incident_id: int) -> Incident:
        return _read(await self.api.incidents.retrieve(incident_id), Incident.from_json)

    async def get_incidents(self, **filters: Any) -> AsyncIterator[Incident]:
        async for response, results in async_paginated_query(self.api.incidents.list, params=filters):
            for incident in _incidents(response, results):
                yield incident

    async def get_my_incidents(self, **filters: Any) -> AsyncIterator[Incident]:
        async for response, results in async_paginated_query(self.api.incidents.list_mine, params=filters):
            for incident in _incidents(response, results):
                yield incident

    async def get_incident_events(self, incident: IncidentType) -> list[Event]:
        return _read_list(await self.api.events.list(pk_of(incident)), Event.from_json)

    async def get_incident_acknowledgements(self, incident: IncidentType) -> list[Acknowledgement]:
        return _read_list(await self.api.acknowledgements.list(pk_of(incident)), Acknowledgement.from_json)

    async def post_incident(self, incident: Incident) -> Incident:
        return _read(await self.api.incidents.create(body=incident.to_json()), Incident.from_json)

    async def update_incident(self, incident: Incident) -> Incident:
        patched = await self.api.incidents.update(pk_of(incident), body=incident.to_patch_json())
        return _read(patched, Incident.from_json)

    async def resolve_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | str | None = None
    ) -> Event:
        return await self.post_incident_event(incident, _event("END", description, timestamp))

    async def restart_incident(
        self, incident: IncidentType, description: str | None = None, timestamp: datetime | str | None = None
    ) -> Event:
        return await self.post_incident_event(incident, _event("RES", description, timestamp))

    async def post_incident_event(self, incident: IncidentType, event: Event) -> Event:
        return _read(await self.api.events.create(pk_of(incident), body=event.to_json()), Event.from_json)

    async def supports_heartbeat(self) -> bool:
        try:
            await self.api.sources.heartbeat_probe()
        except ClientError as refusal:
            return _supported_despite(refusal)
        return True

    async def send_heartbeat(self) -> None:
        await self.api.sources.heartbeat()

    async def refresh_token(self) -> ExpiringToken:
        with pyargus_errors():
            return self._refreshed(await arefresh_token(self.api.client))


async def async_paginated_query(
    method: Callable[..., Any], *args: Any, **kwargs: Any
) -> AsyncIterator[tuple[Response, list[Any]]]:
    """`paginated_query` for the coroutine actions of an AsyncClient's `api`."""
    response = await method(*args, **kwargs)
    if not is_paginated_response(response):
        yield response, response.body
        return
    yield response, response.body["results"]
    while has_next_page(response):
        kwargs["params"] = extract_params(response.body["next"])
        response = await method(*args, **kwargs)
        yield response, response.body["results"]

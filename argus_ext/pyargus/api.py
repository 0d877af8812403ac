"""pyargus 0.8.0's low-level API (`pyargus.api`, `pyargus.async_api`) on this client's transport.

pyargus's `Client.api` is a simple_rest_client `API`: `client.api.api_root_url`, and one resource per kind of
object whose actions send one request and return a `Response(url, method, body, headers, status_code,
client_response)`, the body decoded:

    client.api.incidents.list(params={"open": True})       # GET incidents/?open=true
    client.api.events.create(8, body={"type": "OTH", ...}) # POST incidents/8/events/

Here the same resources and actions (the `actions` tables are pyargus's) send through a `connect()` client, so
they gain its retries, token handling and typed errors (raised under pyargus's names too: see `exceptions`).
The `connect()` client itself is `api.client`, for the generated operations:
`get_incident.sync(8, client=c.api.client)`.

One difference from `connect()`, for what pyargus code sends: date-times without a time zone are sent as given
(the server reads them in its own TIME_ZONE, as it did for pyargus); the native API refuses them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, ClassVar, NamedTuple

import httpx

from ..client import connect as argus_connect
from ..connected import ConnectedClient
from ..request_checks import RequestRules
from .exceptions import pyargus_errors

__all__ = [
    "API",
    "ExpiringTokenResource",
    "IncidentAcknowledgementResource",
    "IncidentEventResource",
    "IncidentResource",
    "Resource",
    "Response",
    "SourceSystemResource",
    "connect",
]


class Response(NamedTuple):
    """simple_rest_client's `Response`: the request's URL and method, the decoded body, and the httpx response
    (`client_response`), whose other attributes (`.json()`, `.text`, `.request`) are reachable here too."""

    url: str
    method: str
    body: Any
    headers: httpx.Headers
    status_code: int
    client_response: httpx.Response

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.client_response, name)

    @classmethod
    def of(cls, response: httpx.Response) -> Response:
        """Decoded as simple_rest_client decodes: text for text/*, JSON (None when empty) for JSON, else bytes."""
        content_type = response.headers.get("Content-Type", "")
        body: Any
        if "text" in content_type:
            body = response.text
        elif "json" in content_type:
            body = response.json() if response.content else None
        else:
            body = response.content
        return cls(str(response.url), response.request.method, body, response.headers, response.status_code, response)


class Resource:
    """One kind of object of pyargus's API: each entry of `actions` becomes a method of that name."""

    actions: ClassVar[dict[str, dict[str, str]]] = {}

    def __init__(self, client: ConnectedClient) -> None:
        self.client = client

    def __getattr__(self, action: str) -> Any:
        if action not in type(self).actions:
            raise AttributeError(f"{type(self).__name__} has no action {action!r}")
        method, url = type(self).actions[action]["method"], type(self).actions[action]["url"]

        def send(
            *parts: Any,
            body: Any = None,
            params: Mapping[str, Any] | None = None,
            headers: Mapping[str, str] | None = None,
        ) -> Any:
            request = self.client.get_httpx_client().build_request(
                method, _path(url, parts), params=params, headers=headers, json=_json_for(method, body)
            )
            return self._send(request)

        send.__name__ = action
        return send

    def _send(self, request: httpx.Request) -> Any:
        with pyargus_errors():
            return Response.of(self.client.get_httpx_client().send(request))


class AsyncResource(Resource):
    """`Resource` whose actions are coroutines (pyargus.async_api)."""

    async def _send(self, request: httpx.Request) -> Response:
        with pyargus_errors():
            return Response.of(await self.client.get_async_httpx_client().send(request))


def _path(url: str, parts: tuple[Any, ...]) -> str:
    # pyargus's URLs, formatted with the call's arguments, with a trailing slash (append_slash=True), relative to
    # the API root.
    path = url.format(*parts)
    return path if path.endswith("/") else f"{path}/"


def _json_for(method: str, body: Any) -> Any:
    # simple_rest_client sends a JSON body for POST, PUT and PATCH only.
    return body if method in ("POST", "PUT", "PATCH") else None


class IncidentResource(Resource):
    actions: ClassVar[dict[str, dict[str, str]]] = {
        "list": {"method": "GET", "url": "incidents"},
        "list_mine": {"method": "GET", "url": "incidents/mine"},
        "list_open": {"method": "GET", "url": "incidents/open"},
        "list_open_unacked": {"method": "GET", "url": "incidents/open+unacked"},
        "create": {"method": "POST", "url": "incidents"},
        "retrieve": {"method": "GET", "url": "incidents/{}"},
        "update": {"method": "PATCH", "url": "incidents/{}"},
        "set_ticket_url": {"method": "PUT", "url": "incidents/{}/ticket_url/"},
    }


class IncidentEventResource(Resource):
    actions: ClassVar[dict[str, dict[str, str]]] = {
        "list": {"method": "GET", "url": "incidents/{}/events"},
        "create": {"method": "POST", "url": "incidents/{}/events"},
        "retrieve": {"method": "GET", "url": "incidents/{}/events/{}"},
    }


class IncidentAcknowledgementResource(Resource):
    actions: ClassVar[dict[str, dict[str, str]]] = {
        "list": {"method": "GET", "url": "incidents/{}/acks"},
        "create": {"method": "POST", "url": "incidents/{}/acks"},
        "retrieve": {"method": "GET", "url": "incidents/{}/acks/{}"},
    }


class SourceSystemResource(Resource):
    actions: ClassVar[dict[str, dict[str, str]]] = {
        "heartbeat": {"method": "POST", "url": "incidents/sources/heartbeat/"},
        # pyargus probes for the heartbeat endpoint with a GET: 405 means it exists, 404 that it does not.
        "heartbeat_probe": {"method": "GET", "url": "incidents/sources/heartbeat/"},
    }


class ExpiringTokenResource(Resource):
    actions: ClassVar[dict[str, dict[str, str]]] = {
        "refresh": {"method": "POST", "url": "auth/token/login/"},
    }


RESOURCES: dict[str, type[Resource]] = {
    "incidents": IncidentResource,
    "events": IncidentEventResource,
    "acknowledgements": IncidentAcknowledgementResource,
    "sources": SourceSystemResource,
    "tokens": ExpiringTokenResource,
}


class API:
    """pyargus's API object: `api_root_url`, the `connect()` client (`client`) and one attribute per resource
    (`incidents`, `events`, `acknowledgements`, `sources`, `tokens`)."""

    incidents: IncidentResource
    events: IncidentEventResource
    acknowledgements: IncidentAcknowledgementResource
    sources: SourceSystemResource
    tokens: ExpiringTokenResource

    def __init__(
        self,
        api_root_url: str,
        token: str,
        timeout: float = 2.0,
        *,
        resources: Mapping[str, type[Resource]] = RESOURCES,
        **options: Any,
    ) -> None:
        self.api_root_url = api_root_url
        self.client = _pyargus_client(argus_connect(api_root_url, token=token, timeout=timeout, **options))
        self._resources = dict(resources)
        for name, resource in self._resources.items():
            setattr(self, name, resource(self.client))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.api_root_url!r}>"

    def get_resource_list(self) -> list[str]:
        return list(self._resources)

    def close_client(self) -> None:
        self.client.close()

    async def aclose_client(self) -> None:
        await self.client.aclose()


def _pyargus_client(client: ConnectedClient) -> ConnectedClient:
    # The same client with the naive date-time checks off; the one connect() made is closed, unused.
    # What pyargus code sends: date-times as it gives them, naive ones included (see the module's docstring).
    version = client.settings.version
    rules: RequestRules = replace(version.rules, body_time_paths=frozenset(), query_time_params=frozenset())
    relaxed = type(client)(replace(client.settings, version=replace(version, rules=rules)))
    client.close()
    return relaxed


def connect(api_root_url: str, token: str, timeout: float = 2.0, **options: Any) -> API:
    """pyargus's `api.connect`: the API object for `api_root_url` (API v2), on a `connect()` client; `options`
    go to `argus_ext.connect` (retry=..., verify=..., httpx_args=...)."""
    return API(api_root_url, token, timeout, **options)

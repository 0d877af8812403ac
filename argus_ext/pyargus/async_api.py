"""pyargus 0.8.0's `pyargus.async_api`: the resources of `api`, their actions coroutines."""

from __future__ import annotations

from typing import Any

from .api import (
    API,
    AsyncResource,
    ExpiringTokenResource,
    IncidentAcknowledgementResource,
    IncidentEventResource,
    IncidentResource,
    Resource,
    SourceSystemResource,
)

__all__ = [
    "AsyncExpiringTokenResource",
    "AsyncIncidentAcknowledgementResource",
    "AsyncIncidentEventResource",
    "AsyncIncidentResource",
    "AsyncSourceSystemResource",
    "async_connect",
]


# Each takes its actions from the sync resource and its coroutine sending from AsyncResource (first in the MRO).
class AsyncIncidentResource(AsyncResource, IncidentResource):
    pass


class AsyncIncidentEventResource(AsyncResource, IncidentEventResource):
    pass


class AsyncIncidentAcknowledgementResource(AsyncResource, IncidentAcknowledgementResource):
    pass


class AsyncSourceSystemResource(AsyncResource, SourceSystemResource):
    pass


class AsyncExpiringTokenResource(AsyncResource, ExpiringTokenResource):
    pass


ASYNC_RESOURCES: dict[str, type[Resource]] = {
    "incidents": AsyncIncidentResource,
    "events": AsyncIncidentEventResource,
    "acknowledgements": AsyncIncidentAcknowledgementResource,
    "sources": AsyncSourceSystemResource,
    "tokens": AsyncExpiringTokenResource,
}


def async_connect(api_root_url: str, token: str, timeout: float = 2.0, **options: Any) -> API:
    """pyargus's `async_connect`: the API object for `api_root_url`, its actions awaited."""
    return API(api_root_url, token, timeout, resources=ASYNC_RESOURCES, **options)

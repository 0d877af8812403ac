"""pyargus 0.8.0's `pyargus.async_client`: `AsyncClient` and `async_paginated_query` (and the helpers pyargus's
module shares with `client`)."""

from . import async_api, models
from .client import (
    AsyncClient,
    IncidentType,
    async_paginated_query,
    extract_params,
    has_next_page,
    is_paginated_response,
    utcnow,
)

__all__ = [
    "AsyncClient",
    "IncidentType",
    "async_api",
    "async_paginated_query",
    "extract_params",
    "has_next_page",
    "is_paginated_response",
    "models",
    "utcnow",
]

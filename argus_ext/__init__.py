"""The handwritten layer over the generated Argus API package (argus_api_v2): see the README.

from argus_ext import connect, paginate_incidents, STATELESS, INFINITY, ArgusAPIError
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._version import __version__
    from .auth import TokenAuth, TokenInfo
    from .client import api_root_of, arefresh_token, connect, refresh_token, server_api_versions, token_auth
    from .connected import ConnectedClient
    from .connected_v1 import ConnectedV1Client
    from .end_time import INFINITY, STATELESS, EndTime, end_time_from_api, end_time_to_api, require_aware
    from .errors import (
        ApiVersionUnavailableError,
        ArgusAPIError,
        ArgusConnectionError,
        ArgusError,
        ArgusTimeoutError,
        BadRequestError,
        ConflictError,
        DuplicateSourceIncidentError,
        ForbiddenError,
        MethodNotAllowedError,
        NotFoundError,
        RateLimitedError,
        RequestRefusedError,
        ServerError,
        UnauthorizedError,
        UnexpectedResponseError,
    )
    from .filters import join_ids, join_names, join_tags
    from .naive_times import NaiveDatetimeError
    from .pagination import (
        AsyncPaginator,
        Page,
        Paginator,
        apaginate_events,
        apaginate_incidents,
        apaginate_my_incidents,
        cursor_of,
        paginate_events,
        paginate_incidents,
        paginate_my_incidents,
    )
    from .reconciliation import Problem, ReconcileReport, ReconcileStopped, areconcile, reconcile
    from .retries import RetryPolicy, allow_unsafe_retries
    from .tags import Tags, tags_from_api, tags_to_api
    from .workflows import (
        aacknowledge,
        acknowledge,
        afind_incidents,
        afind_my_incident,
        aheartbeat,
        apost_event,
        areopen,
        aresolve,
        find_incidents,
        find_my_incident,
        heartbeat,
        post_event,
        reopen,
        resolve,
    )

# Every name loads on first use (PEP 562), from the module that defines it: `import argus_ext` costs nothing,
# `from argus_ext import connect` loads httpx and the client, `reconcile` adds the workflow helpers, and the
# command line's `argus --help` none of them. Type checkers read the names from the imports above (they never
# see __getattr__, so a misspelt name is an error). No module is named like one of these names (a submodule
# import would bind the module over the name). The imports, _MODULE_OF and __all__ name the same things:
# tests/test_typing_surface.py checks it.
_MODULE_OF = {
    "TokenAuth": "auth",
    "TokenInfo": "auth",
    "api_root_of": "client",
    "arefresh_token": "client",
    "connect": "client",
    "refresh_token": "client",
    "server_api_versions": "client",
    "token_auth": "client",
    "ConnectedClient": "connected",
    "ConnectedV1Client": "connected_v1",
    "EndTime": "end_time",
    "INFINITY": "end_time",
    "STATELESS": "end_time",
    "end_time_from_api": "end_time",
    "end_time_to_api": "end_time",
    "require_aware": "end_time",
    "ApiVersionUnavailableError": "errors",
    "ArgusAPIError": "errors",
    "ArgusConnectionError": "errors",
    "ArgusError": "errors",
    "ArgusTimeoutError": "errors",
    "BadRequestError": "errors",
    "ConflictError": "errors",
    "DuplicateSourceIncidentError": "errors",
    "ForbiddenError": "errors",
    "MethodNotAllowedError": "errors",
    "NotFoundError": "errors",
    "RateLimitedError": "errors",
    "RequestRefusedError": "errors",
    "ServerError": "errors",
    "UnauthorizedError": "errors",
    "UnexpectedResponseError": "errors",
    "join_ids": "filters",
    "join_names": "filters",
    "join_tags": "filters",
    "NaiveDatetimeError": "naive_times",
    "AsyncPaginator": "pagination",
    "Page": "pagination",
    "Paginator": "pagination",
    "apaginate_events": "pagination",
    "apaginate_incidents": "pagination",
    "apaginate_my_incidents": "pagination",
    "cursor_of": "pagination",
    "paginate_events": "pagination",
    "paginate_incidents": "pagination",
    "paginate_my_incidents": "pagination",
    "__version__": "_version",  # read from the installed metadata on first use (importlib.metadata is slow)
    "Problem": "reconciliation",
    "ReconcileReport": "reconciliation",
    "ReconcileStopped": "reconciliation",
    "areconcile": "reconciliation",
    "reconcile": "reconciliation",
    "RetryPolicy": "retries",
    "allow_unsafe_retries": "retries",
    "Tags": "tags",
    "tags_from_api": "tags",
    "tags_to_api": "tags",
    "aacknowledge": "workflows",
    "acknowledge": "workflows",
    "afind_incidents": "workflows",
    "afind_my_incident": "workflows",
    "aheartbeat": "workflows",
    "apost_event": "workflows",
    "areopen": "workflows",
    "aresolve": "workflows",
    "find_incidents": "workflows",
    "find_my_incident": "workflows",
    "heartbeat": "workflows",
    "post_event": "workflows",
    "reopen": "workflows",
    "resolve": "workflows",
}


if not TYPE_CHECKING:  # type checkers read the imports above, and call a misspelt name an error

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value  # the next lookup is a plain module attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = [
    "INFINITY",
    "STATELESS",
    "ApiVersionUnavailableError",
    "ArgusAPIError",
    "ArgusConnectionError",
    "ArgusError",
    "ArgusTimeoutError",
    "AsyncPaginator",
    "BadRequestError",
    "ConflictError",
    "ConnectedClient",
    "ConnectedV1Client",
    "DuplicateSourceIncidentError",
    "EndTime",
    "ForbiddenError",
    "MethodNotAllowedError",
    "NaiveDatetimeError",
    "NotFoundError",
    "Page",
    "Paginator",
    "RateLimitedError",
    "RequestRefusedError",
    "RetryPolicy",
    "ServerError",
    "TokenAuth",
    "TokenInfo",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "allow_unsafe_retries",
    "apaginate_events",
    "apaginate_incidents",
    "apaginate_my_incidents",
    "api_root_of",
    "arefresh_token",
    "connect",
    "cursor_of",
    "end_time_from_api",
    "end_time_to_api",
    "join_ids",
    "join_names",
    "join_tags",
    "paginate_events",
    "paginate_incidents",
    "paginate_my_incidents",
    "refresh_token",
    "require_aware",
    "server_api_versions",
    "token_auth",
]
__all__ += [
    "Problem",
    "ReconcileReport",
    "ReconcileStopped",
    "Tags",
    "__version__",
    "aacknowledge",
    "acknowledge",
    "afind_incidents",
    "afind_my_incident",
    "aheartbeat",
    "apost_event",
    "areconcile",
    "areopen",
    "aresolve",
    "find_incidents",
    "find_my_incident",
    "heartbeat",
    "post_event",
    "reconcile",
    "reopen",
    "resolve",
    "tags_from_api",
    "tags_to_api",
]

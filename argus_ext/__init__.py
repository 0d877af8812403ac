"""The handwritten layer over the generated Argus API package (argus_api_v2): see the README.

from argus_ext import connect, paginate_incidents, STATELESS, INFINITY, ArgusAPIError
"""

from .auth import TokenAuth, TokenInfo
from .client import ConnectedClient, api_root_of, arefresh_token, connect, refresh_token, token_auth
from .end_time import INFINITY, STATELESS, EndTime, end_time_from_api, end_time_to_api, require_aware
from .errors import (
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
from .retries import RetryPolicy, allow_unsafe_retries

__all__ = [
    "INFINITY",
    "STATELESS",
    "ArgusAPIError",
    "ArgusConnectionError",
    "ArgusError",
    "ArgusTimeoutError",
    "AsyncPaginator",
    "BadRequestError",
    "ConflictError",
    "ConnectedClient",
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
    "token_auth",
]

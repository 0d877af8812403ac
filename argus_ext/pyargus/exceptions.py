"""The exception names pyargus users catch (pyargus raises simple_rest_client's), on our typed errors.

Every error raised by this module's clients is BOTH our typed error (`argus_ext.NotFoundError`, with
`status_code`, `body`, `field_errors`, ...) and the pyargus name for it, so `except NotFoundError:` written for
pyargus keeps working, and new code can catch the precise class:

| status | pyargus name (also in simple_rest_client.exceptions) |
| --- | --- |
| 401, 403 | `AuthError` (a `ClientError`) |
| 404 | `NotFoundError` (a `ClientError`) |
| other 4xx | `ClientError` (an `ErrorWithResponse`) |
| 5xx | `ServerError` (an `ErrorWithResponse`) |
| no connection | `ClientConnectionError` |

Each also answers what simple_rest_client's errors answer: `error.message`, and for an answer from the server
`error.response`, simple_rest_client's `Response` (`.body` decoded, `.status_code`, `.headers`, `.url`,
`.method`, `.client_response`: the httpx.Response). Our own `status_code`, `body`, `field_errors`, `method`
and `url` are there as on any of our errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import ArgusAPIError, ArgusConnectionError, ArgusError, ForbiddenError, UnauthorizedError
from ..errors import NotFoundError as ArgusNotFoundError


class ClientConnectionError(Exception):
    """No answer from the server."""

    message: str  # as_pyargus_error sets it, as on every error here


class ErrorWithResponse(Exception):
    """The server answered with an error: `message`, and `response` (simple_rest_client's Response)."""

    message: str
    response: Any

    def __init__(self, message: str, response: Any) -> None:
        super().__init__(message, response)
        self.message = message
        self.response = response


class ClientError(ErrorWithResponse):
    """4xx."""


class AuthError(ClientError):
    """401 or 403."""


class NotFoundError(ClientError):
    """404."""


class ServerError(ErrorWithResponse):
    """5xx."""


def pyargus_name_for(error: ArgusError) -> type[Exception]:
    """The pyargus exception class matching one of our errors."""
    if isinstance(error, ArgusConnectionError):
        return ClientConnectionError
    if isinstance(error, UnauthorizedError | ForbiddenError):
        return AuthError
    if isinstance(error, ArgusNotFoundError):
        return NotFoundError
    status = error.status_code if isinstance(error, ArgusAPIError) else 0
    return ServerError if status >= 500 else ClientError if status >= 400 else ErrorWithResponse


_COMBINED: dict[tuple[type[ArgusError], type[Exception]], type[ArgusError]] = {}


def _both(ours: type[ArgusError], theirs: type[Exception]) -> type[ArgusError]:
    # A class that is our error class and the pyargus name at once, named like ours; made once per pair.
    key = (ours, theirs)
    if key not in _COMBINED:
        namespace = {"__module__": ours.__module__, "__doc__": ours.__doc__}
        _COMBINED[key] = type(ours.__name__, (ours, theirs), namespace)
    return _COMBINED[key]


def as_pyargus_error(error: ArgusError) -> ArgusError:
    """The same error (same attributes and message), also an instance of its pyargus name."""
    combined = _both(type(error), pyargus_name_for(error))
    twin = combined.__new__(combined)
    twin.__dict__.update(error.__dict__)
    twin.args = error.args
    twin.message = str(error)  # type: ignore[attr-defined]
    if isinstance(error, ArgusAPIError) and error.response is not None:
        from .api import Response  # api imports this module

        twin.response = Response.of(error.response)  # type: ignore[attr-defined]
    return twin


@contextmanager
def pyargus_errors() -> Iterator[None]:
    """Raise our errors under their pyargus names too (the original is the `__cause__`)."""
    try:
        yield
    except ArgusError as error:
        raise as_pyargus_error(error) from error

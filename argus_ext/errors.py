"""The exceptions this client raises: one tree rooted at `ArgusError`, one class per status that callers handle.

Every API error carries the status, method, URL and the decoded body (never raw bytes), plus DRF's field errors
flattened to dotted keys, so `except BadRequestError as e: e.field_errors["level"]` just works.

Safety: messages and reprs are built only from the status, method, URL (user:password removed) and the response
body. Request headers (the token) and the request body (passwords at login) never go into them.
"""

from __future__ import annotations

import ast
import email.utils
import http
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

# RetryTransport records how many attempts a call took here (a response extension, an attribute on an
# exception), so the error raised once retries run out can say so. Kept here so errors depend on nothing else.
ATTEMPTS_EXTENSION = "argus_ext.attempts"
ATTEMPTS_ATTRIBUTE = "argus_ext_attempts"

# Long enough for a handful of DRF messages, short enough for a log line.
_SUMMARY_LIMIT = 300
_TEXT_BODY_LIMIT = 2000


class ArgusError(Exception):
    """Base of everything this client raises on purpose."""


class RequestRefusedError(ArgusError, ValueError):
    """Refused before anything was sent: the server would have misread the request (a naive date-time, a
    repeated query key). The message names the field and the value."""


class ArgusAPIError(ArgusError):
    """The server answered with an error status (>= 400)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any,
        response: httpx.Response | None = None,
        field_errors: Mapping[str, list[str]] | None = None,
        attempts: int = 1,
    ) -> None:
        # Only the message goes to Exception.args: the default repr is then `BadRequestError('400 Bad ...')`,
        # which never shows the response object (and so never its request headers).
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.response = response
        self.field_errors: Mapping[str, list[str]] = field_errors if field_errors is not None else {}
        self.attempts = attempts


class BadRequestError(ArgusAPIError):
    """400: the server refused the data; see `field_errors`."""


class DuplicateSourceIncidentError(BadRequestError):
    """400: the source system already has an incident with this `source_incident_id`.

    The id stays taken after that incident is closed. The server says so only in raw PostgreSQL text (a
    unique-violation message); this class reads the id and the source's pk out of it.
    """

    def __init__(self, message: str, *, source_incident_id: str, source_pk: int, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.source_incident_id = source_incident_id
        self.source_pk = source_pk


class ApiVersionUnavailableError(ArgusAPIError):
    """The server does not serve this API version (argus-server 2.x answers every /api/v1/ URL with 410 "API v1
    has been removed"): connect with the version it has (`server_api_versions(url)` lists them)."""


class UnexpectedResponseError(ArgusAPIError):
    """A response the client cannot return as documented: a redirect (e.g. an SSO proxy in front of Argus), a
    status the spec does not document for the operation, or a body that does not decode as documented (an HTML
    page with status 200, a missing field). For a body, the decoding error is `__cause__`."""


class UnauthorizedError(ArgusAPIError):
    """401: no token, a wrong, revoked or expired token (Argus wants `Authorization: Token <key>`)."""


class ForbiddenError(ArgusAPIError):
    """403: authenticated, but not allowed (e.g. an end user changing a source system)."""


class NotFoundError(ArgusAPIError):
    """404: no such object, or no such URL (Argus answers unknown URLs with an HTML page)."""


class MethodNotAllowedError(ArgusAPIError):
    """405: e.g. deleting an incident (Argus keeps incidents forever by default)."""


class ConflictError(ArgusAPIError):
    """409."""


class RateLimitedError(ArgusAPIError):
    """429: slow down; `retry_after` is the server's Retry-After in seconds, if it sent one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(ArgusAPIError):
    """5xx: the server failed (Argus answers some of its own bugs with an HTML 500)."""


class ArgusConnectionError(ArgusError):
    """No answer: the connection failed or broke. The httpx exception is `__cause__`."""

    def __init__(self, message: str, *, method: str, url: str, attempts: int = 1) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.attempts = attempts


class ArgusTimeoutError(ArgusConnectionError):
    """No answer in time (connect, read, write or pool timeout). The httpx exception is `__cause__`."""


_CLASS_BY_STATUS: dict[int, type[ArgusAPIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    429: RateLimitedError,
}


def error_from_response(response: httpx.Response) -> ArgusAPIError:
    """The typed error for an error response. Its body must already be read (`response.read()`)."""
    status = response.status_code
    method = response.request.method
    url = safe_url(response.request.url)
    body = decode_body(response)
    field_errors = flatten_field_errors(body) if status == 400 else {}
    attempts = int(response.extensions.get(ATTEMPTS_EXTENSION, 1))

    message = f"{status} {_reason(response)} for {method} {url}"
    summary = _summarize(body, field_errors)
    if summary:
        message += f": {summary}"
    if attempts > 1:
        message += f" (after {attempts} attempts)"

    kwargs: dict[str, Any] = {
        "status_code": status,
        "method": method,
        "url": url,
        "body": body,
        "response": response,
        "field_errors": field_errors,
        "attempts": attempts,
    }
    if status == 429:
        return RateLimitedError(message, retry_after=parse_retry_after(response.headers.get("Retry-After")), **kwargs)
    duplicate = _duplicate_source_incident(body) if status == 400 else None
    if duplicate is not None:
        source_incident_id, source_pk = duplicate
        message = (
            f"{status} {_reason(response)} for {method} {url}: source system {source_pk} already has an incident "
            f"with source_incident_id {source_incident_id!r} (ids stay taken after the incident closes)"
        )
        return DuplicateSourceIncidentError(
            message, source_incident_id=source_incident_id, source_pk=source_pk, **kwargs
        )
    if status == 410 and _names_a_removed_api(body):
        return ApiVersionUnavailableError(
            f"{message} (this server has no such API version; argus_ext.server_api_versions(url) lists its versions"
            " and connect(url, api=...) chooses one)",
            **kwargs,
        )
    if status < 400:  # a redirect (or 1xx) nobody followed: not an answer of the API
        location = response.headers.get("Location")
        message += f", redirected to {location}" if location else ""
        return UnexpectedResponseError(message + " (an authentication proxy in front of Argus?)", **kwargs)
    cls = _CLASS_BY_STATUS.get(status, ServerError if status >= 500 else ArgusAPIError)
    return cls(message, **kwargs)


def error_from_unexpected(response: httpx.Response, error: Exception | None = None) -> UnexpectedResponseError:
    """The error for a success response the generated code cannot return: an undocumented status (`error` None)
    or a body that did not decode as documented (`error`: what decoding raised)."""
    method, url = response.request.method, safe_url(response.request.url)
    if error is None:
        problem = "a status this operation does not document"
    else:
        problem = f"a body that does not decode as documented ({type(error).__name__}: {error})"
    message = f"{response.status_code} {_reason(response)} for {method} {url}: {problem}"
    body = decode_body(response)
    summary = _summarize(body, {})
    if summary:
        message += f": {summary}"
    return UnexpectedResponseError(
        message, status_code=response.status_code, method=method, url=url, body=body, response=response
    )


def error_from_transport(exc: httpx.RequestError, request: httpx.Request) -> ArgusConnectionError:
    """The typed error for an httpx request failure (connection, timeout, protocol, content decoding, too many
    redirects); raise it `from exc` to keep the cause."""
    attempts = int(getattr(exc, ATTEMPTS_ATTRIBUTE, 1))
    cls = ArgusTimeoutError if isinstance(exc, httpx.TimeoutException) else ArgusConnectionError
    what = "timed out" if cls is ArgusTimeoutError else "failed"
    url = safe_url(request.url)
    message = f"{request.method} {url} {what} ({type(exc).__name__}: {str(exc) or 'no details'})"
    if attempts > 1:
        message += f" after {attempts} attempts"
    return cls(message, method=request.method, url=url, attempts=attempts)


def safe_url(url: httpx.URL) -> str:
    """The URL as text without any user:password part (never put credentials in a message)."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)


def decode_body(response: httpx.Response) -> Any:
    """Parsed JSON when the body is JSON; a short readable text for an HTML page; else the text itself."""
    content_type = response.headers.get("Content-Type", "").lower()
    if "json" in content_type or content_type == "":
        try:
            return response.json()
        except ValueError:  # not JSON after all (json.JSONDecodeError and UnicodeDecodeError both are)
            pass
    text = response.text
    if "html" in content_type or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html", "<head")):
        return _html_summary(text)
    return text if len(text) <= _TEXT_BODY_LIMIT else text[:_TEXT_BODY_LIMIT] + "..."


def flatten_field_errors(body: Any) -> dict[str, list[str]]:
    """DRF validation errors as `{"dotted.key": ["message", ...]}`.

    `{"level": ["..."]}` stays as is; nested serializers (`{"tags": {"0": {"tag": [...]}}}` or lists of per-item
    errors) become "tags.0.tag"; a bare list or string (raised without a field) goes under "non_field_errors";
    a bare string value (`{"end_time": "The field is not allowed to be changed."}`) becomes a one-item list.
    """
    flat: dict[str, list[str]] = {}
    if isinstance(body, Mapping) and set(body) == {"detail"}:
        return flat  # DRF's shape for errors that are not about fields (e.g. "JSON parse error")
    if isinstance(body, Mapping):
        _flatten_into(flat, "", body)
    elif isinstance(body, (list, str)) and body:
        _flatten_into(flat, "non_field_errors", body)
    return flat


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; parsedate_to_datetime leaves "-0000" naive
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _flatten_into(flat: dict[str, list[str]], key: str, value: Any) -> None:
    if isinstance(value, Mapping):
        for sub_key, sub_value in value.items():
            _flatten_into(flat, f"{key}.{sub_key}" if key else str(sub_key), sub_value)
    elif isinstance(value, list):
        if all(not isinstance(item, (Mapping, list)) for item in value):
            if value:
                flat.setdefault(key or "non_field_errors", []).extend(str(item) for item in value)
        else:
            # A list serializer's errors: one entry per item, `{}` for the items that were fine.
            for index, item in enumerate(value):
                _flatten_into(flat, f"{key}.{index}" if key else str(index), item)
    elif isinstance(value, str) and _LIST_REPR.fullmatch(value):
        # Some server validators send a Python list's repr as the message: "['Enter a valid key ...']".
        _flatten_into(flat, key, _read_list_repr(value))
    elif value is not None:
        flat.setdefault(key or "non_field_errors", []).append(str(value))


_LIST_REPR = re.compile(r"\[\s*(['\"]).*\1\s*\]", re.DOTALL)


def _read_list_repr(text: str) -> list[str] | str:
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    return text


# The server's 400 for a reused source_incident_id: PostgreSQL's unique-violation text, in a bare list.
_DUPLICATE = re.compile(
    r"incident_unique_source_incident_id_per_source.*Key \(source_incident_id, source_id\)=\((.*), (\d+)\)",
    re.DOTALL,
)


def _names_a_removed_api(body: Any) -> bool:
    # argus-server 2.x: {"status_code": 410, "status": "API v1 has been removed"}
    return isinstance(body, Mapping) and "has been removed" in str(body.get("status", ""))


def _duplicate_source_incident(body: Any) -> tuple[str, int] | None:
    messages = body if isinstance(body, list) else [body]
    for message in messages:
        match = _DUPLICATE.search(message) if isinstance(message, str) else None
        if match:
            return match.group(1), int(match.group(2))
    return None


def _summarize(body: Any, field_errors: Mapping[str, list[str]]) -> str:
    if field_errors:
        parts = []
        for key, messages in field_errors.items():
            quoted = ", ".join(f'"{m}"' for m in messages)
            parts.append(quoted if key == "non_field_errors" else f"{key}: {quoted}")
        text = "; ".join(parts)
    elif isinstance(body, Mapping) and isinstance(body.get("detail"), str):
        text = body["detail"]
    elif isinstance(body, str):
        text = " ".join(body.split())
    elif body is None or body == "":
        text = ""
    else:
        text = json.dumps(body, ensure_ascii=False, default=str)
    return text if len(text) <= _SUMMARY_LIMIT else text[: _SUMMARY_LIMIT - 3] + "..."


def _reason(response: httpx.Response) -> str:
    if response.reason_phrase:
        return response.reason_phrase
    try:
        return http.HTTPStatus(response.status_code).phrase
    except ValueError:
        return "Error"


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)


def _html_summary(page: str) -> str:
    """An HTML error page as one short line: its <title>, else its first <h1>, else its text, truncated.

    Django's debug pages are hundreds of kilobytes of tracebacks and settings: never put those in a message.
    """
    for pattern in (_TITLE, _HEADING):
        match = pattern.search(page)
        if match and _TAG.sub("", match.group(1)).strip():
            text = _TAG.sub("", match.group(1))
            break
    else:
        text = _TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", page))
    import html  # here, not at the top: only an HTML error page needs it (httpx does not load it: ~1 ms of import)

    text = " ".join(html.unescape(text).split())
    return text if len(text) <= 200 else text[:197] + "..."

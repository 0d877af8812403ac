"""Retry what is safe to repeat, with exponential backoff, full jitter and Retry-After.

`RetryTransport` sits between httpx and the real transport, so one object serves `httpx.Client` and
`httpx.AsyncClient` alike; the decision (retry or not, and after how long) is `RetryPolicy.retry_delay`,
written once for both.

What may be sent again: a request whose answer was lost (a read timeout, a reset, a 502/503/504 from a proxy) may
well have been done by the server already. GET, HEAD and OPTIONS only read. Whether a PUT, PATCH or DELETE is
harmless to repeat depends on the operation, so it is data: each API version lists every one of its PUT, PATCH
and DELETE operations with the verdict and the reason (`ApiVersion.repeats` in versions.py; `RepeatTable` finds a
request's operation by method and path). `create_automatic_ticket` (PUT) is not: the server opens the external
ticket before it stores its URL, so a second request while the first still runs opens a second ticket. POST
creates (an incident, an event, an acknowledgement): never replayed, and neither is a PUT/PATCH/DELETE the table
does not know. A caller who knows a call is safe to repeat opts in for that call only:

    with allow_unsafe_retries():
        client.post(...)

The one exception is a failure to connect at all (`ConnectError`, `ConnectTimeout`, `PoolTimeout`): the request
never left this machine, so trying again cannot repeat it (`RetryPolicy.retry_unsent`, on by default).
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from .errors import ATTEMPTS_ATTRIBUTE, ATTEMPTS_EXTENSION, parse_retry_after, safe_url

logger = logging.getLogger("argus_ext")

# A ContextVar, not a flag on the client: it is per thread and per asyncio task (tasks copy the context when
# created), so opting in for one call never leaks into calls made concurrently elsewhere.
_unsafe_retries: ContextVar[bool] = ContextVar("argus_ext_unsafe_retries", default=False)


@contextmanager
def allow_unsafe_retries() -> Iterator[None]:
    """Let calls made inside this block (in this thread or task) be retried even where a repeat may not be
    harmless: a POST, or a PUT/PATCH/DELETE the operation table marks unsafe (versions.py).

    Only for calls you know are idempotent: a retried POST /incidents/ may create the incident twice.
    A new thread does not inherit the block: enter it in the thread (or task) that makes the call.
    """
    token = _unsafe_retries.set(True)
    try:
        yield
    finally:
        _unsafe_retries.reset(token)


def full_jitter(cap: float) -> float:
    """A uniform delay in [0, cap]: clients that failed together do not come back together."""
    return random.uniform(0.0, cap)  # noqa: S311 - a delay, not a secret


@dataclass(frozen=True)
class Repeat:
    """Whether sending one PUT/PATCH/DELETE operation twice is harmless, and why (versions.py lists them)."""

    method: str
    path: str  # under the API root, with the spec's {placeholders}: "/incidents/{incident_pk}/automatic-ticket/"
    harmless: bool
    reason: str


class RepeatTable:
    """Finds the operation of a request to one API root by its method and path, to tell whether it may be resent."""

    def __init__(self, api_root_path: str, repeats: Mapping[str, Repeat]) -> None:
        root = re.escape(api_root_path.rstrip("/"))
        self._patterns = [
            (repeat.method, re.compile(root + _path_pattern(repeat.path)), name, repeat)
            for name, repeat in repeats.items()
        ]

    def lookup(self, method: str, path: str) -> tuple[str, Repeat] | None:
        """(operationId, Repeat) of the listed operation this request is, or None."""
        method = method.upper()
        for listed_method, pattern, name, repeat in self._patterns:
            if listed_method == method and pattern.match(path):
                return name, repeat
        return None

    def harmless(self, method: str, path: str) -> bool | None:
        """The listed verdict for this request; None for a request the table does not list."""
        found = self.lookup(method, path)
        return None if found is None else found[1].harmless


def _path_pattern(template: str) -> str:
    # "/incidents/{incident_pk}/" -> "/incidents/[^/]+/$": a placeholder is one path segment, percent-encoded.
    return "[^/]+".join(re.escape(part) for part in re.split(r"\{\w+\}", template)) + "$"


# Failures before anything was sent: safe to repeat whatever the method.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that may be transient. Not UnsupportedProtocol, LocalProtocolError or ProxyError: those repeat.
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait. `RetryPolicy(max_retries=0)` turns retries off."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    # A server asking for minutes would hang the caller: wait at most this long, then try anyway.
    retry_after_max: float = 60.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 502, 503, 504})
    # Methods that only read, so repeating them is harmless. A PUT, PATCH or DELETE is judged per operation by the
    # client's RepeatTable (versions.py); one the table does not list is not repeated.
    safe_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS"})
    retry_unsent: bool = True
    jitter: Callable[[float], float] = field(default=full_jitter, repr=False, compare=False)

    def backoff(self, retries_done: int) -> float:
        """The wait before retry number `retries_done + 1`: base * 2**n, capped, then jittered."""
        return self.jitter(min(self.backoff_max, self.backoff_base * 2**retries_done))

    def retry_delay(
        self,
        method: str,
        retries_done: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
        unsafe_allowed: bool = False,
        harmless: bool | None = None,
        now: datetime | None = None,
    ) -> float | None:
        """Seconds to wait before retrying, or None to give up. Give exactly one of `response` and `error`.

        `harmless`: the operation table's verdict on this request (None: not listed; then `safe_methods` decide).
        `unsafe_allowed` (inside `allow_unsafe_retries()`) allows a repeat whatever the verdict.
        """
        if retries_done >= self.max_retries:
            return None
        repeatable = unsafe_allowed or (method.upper() in self.safe_methods if harmless is None else harmless)
        if error is not None:
            if self.retry_unsent and isinstance(error, _UNSENT_ERRORS):
                return self.backoff(retries_done)
            if repeatable and isinstance(error, _RETRYABLE_ERRORS):
                return self.backoff(retries_done)
            return None
        if response is None or not repeatable or response.status_code not in self.retry_statuses:
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now)
        if retry_after is not None:
            return min(retry_after, self.retry_after_max)
        return self.backoff(retries_done)


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that retries per `RetryPolicy`; usable as `transport=` of both httpx clients.

    `transport` / `async_transport` are the inner transports that really send (default: httpx's own, made on
    first use); `repeats` tells which PUT/PATCH/DELETE requests are harmless to resend (None: none are);
    `sleep` / `async_sleep` are injectable so tests can record the delays instead of waiting.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        repeats: RepeatTable | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.policy = policy if policy is not None else RetryPolicy()
        self.repeats = repeats
        self._transport = transport
        self._async_transport = async_transport
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._init_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RetryTransport(policy={self.policy!r})"

    # -- sync --------------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._sync_inner()
        unsafe = _unsafe_retries.get()
        if self.policy.max_retries:
            request.read()  # a streamed body would be consumed by the first attempt: keep it for replays
        retries = 0
        while True:
            try:
                response = inner.handle_request(request)
            except httpx.TransportError as exc:
                delay = self._decide(request, retries, unsafe, error=exc)
                if delay is None:
                    setattr(exc, ATTEMPTS_ATTRIBUTE, retries + 1)
                    raise
            else:
                delay = self._decide(request, retries, unsafe, response=response)
                if delay is None:
                    return _with_attempts(response, retries + 1)
                response.close()  # frees the connection; nobody will read this answer
            self._sleep(delay)
            retries += 1

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    # -- async -------------------------------------------------------------------------------
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._async_inner()
        unsafe = _unsafe_retries.get()
        if self.policy.max_retries:
            await request.aread()
        retries = 0
        while True:
            try:
                response = await inner.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = self._decide(request, retries, unsafe, error=exc)
                if delay is None:
                    setattr(exc, ATTEMPTS_ATTRIBUTE, retries + 1)
                    raise
            else:
                delay = self._decide(request, retries, unsafe, response=response)
                if delay is None:
                    return _with_attempts(response, retries + 1)
                await response.aclose()
            await (self._async_sleep or _asyncio_sleep)(delay)
            retries += 1

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()

    # -- shared ------------------------------------------------------------------------------
    def _decide(
        self,
        request: httpx.Request,
        retries: int,
        unsafe: bool,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        # The path as sent (percent-encoded): a tag's "/" stays inside its segment.
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        harmless = None if self.repeats is None else self.repeats.harmless(request.method, path)
        delay = self.policy.retry_delay(
            request.method, retries, response=response, error=error, unsafe_allowed=unsafe, harmless=harmless
        )
        if delay is not None and logger.isEnabledFor(logging.DEBUG):
            # Method, URL and the reason only: never headers (the token lives there) nor bodies.
            reason = f"status {response.status_code}" if response is not None else type(error).__name__
            logger.debug(
                "retrying %s %s in %.2f s after %s (retry %d of %d)",
                request.method,
                safe_url(request.url),
                delay,
                reason,
                retries + 1,
                self.policy.max_retries,
            )
        return delay

    def _sync_inner(self) -> httpx.BaseTransport:
        if self._transport is None:
            with self._init_lock:
                if self._transport is None:
                    self._transport = httpx.HTTPTransport()
        return self._transport

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async_transport is None:
            with self._init_lock:
                if self._async_transport is None:
                    self._async_transport = httpx.AsyncHTTPTransport()
        return self._async_transport


def _with_attempts(response: httpx.Response, attempts: int) -> httpx.Response:
    # Read by error_from_response, so "503 ... (after 3 attempts)" tells the caller retries already happened.
    response.extensions = {**response.extensions, ATTEMPTS_EXTENSION: attempts}
    return response


async def _asyncio_sleep(delay: float) -> None:
    # asyncio is imported here, inside the running loop (where it is loaded already), not at module level: that
    # keeps `import argus_ext` ~50 ms lighter for sync users.
    import asyncio

    await asyncio.sleep(delay)

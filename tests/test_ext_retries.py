"""argus_ext.retries: fault injection with httpx.MockTransport (a real server does not fail on demand).

Every test runs the sync path (httpx.Client) and the async path (httpx.AsyncClient) through the same
RetryTransport object, as build_http_clients wires it. Sleeps are recorded, never slept.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from argus_ext.errors import (
    ArgusConnectionError,
    ArgusTimeoutError,
    RateLimitedError,
    ServerError,
    parse_retry_after,
)
from argus_ext.http import ArgusAsyncHTTPClient, ArgusHTTPClient, build_http_clients
from argus_ext.retries import RepeatTable, RetryPolicy, RetryTransport, allow_unsafe_retries
from argus_ext.versions import V2

pytestmark = pytest.mark.anyio

BASE = "http://argus.test/api/v2"
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Harness:
    """A RetryTransport over a MockTransport that counts calls, with sleeps recorded instead of slept; it knows
    API v2's operations, as connect() wires it."""

    def __init__(self, handler: Handler, policy: RetryPolicy | None = None) -> None:
        self.calls: list[httpx.Request] = []
        self.delays: list[float] = []

        def counting(request: httpx.Request) -> httpx.Response:
            self.calls.append(request)
            return handler(request)

        mock = httpx.MockTransport(counting)
        self.transport = RetryTransport(
            mock,
            mock,
            policy=policy or RetryPolicy(),
            repeats=RepeatTable("/api/v2", V2.repeats),
            sleep=self.delays.append,
            async_sleep=self._async_sleep,
        )

    async def _async_sleep(self, delay: float) -> None:
        self.delays.append(delay)

    async def request(self, mode: str, method: str, path: str = "/incidents/", **kwargs: Any) -> httpx.Response:
        if mode == "sync":
            with ArgusHTTPClient(base_url=BASE, transport=self.transport) as client:
                return client.request(method, path, **kwargs)
        async with ArgusAsyncHTTPClient(base_url=BASE, transport=self.transport) as aclient:
            return await aclient.request(method, path, **kwargs)


def script(*outcomes: httpx.Response | Exception) -> Handler:
    """A handler that answers (or raises) the given outcomes in order, then repeats the last one."""
    remaining = list(outcomes)

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return handler


def ok() -> httpx.Response:
    return httpx.Response(200, json={"results": []})


async def test_get_is_retried_after_connection_errors(mode: str) -> None:
    harness = Harness(script(httpx.ConnectError("refused"), httpx.RemoteProtocolError("connection reset"), ok()))
    response = await harness.request(mode, "GET")
    assert response.status_code == 200
    assert len(harness.calls) == 3
    assert len(harness.delays) == 2
    assert response.extensions["argus_ext.attempts"] == 3


async def test_get_read_timeouts_exhaust_retries_into_typed_error(mode: str) -> None:
    harness = Harness(script(httpx.ReadTimeout("read timed out")))
    with pytest.raises(ArgusTimeoutError) as caught:
        await harness.request(mode, "GET")
    assert len(harness.calls) == 3  # the first attempt and max_retries=2
    assert caught.value.attempts == 3
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert caught.value.method == "GET" and caught.value.url == f"{BASE}/incidents/"
    assert "after 3 attempts" in str(caught.value)


async def test_get_retried_n_times(mode: str) -> None:
    harness = Harness(script(httpx.Response(502), httpx.Response(503), httpx.Response(504), ok()), RetryPolicy(5))
    response = await harness.request(mode, "GET")
    assert response.status_code == 200
    assert len(harness.calls) == 4


async def test_retry_after_seconds_is_honoured(mode: str) -> None:
    harness = Harness(script(httpx.Response(503, headers={"Retry-After": "2"}), ok()))
    response = await harness.request(mode, "GET")
    assert response.status_code == 200
    assert harness.delays == [2.0]


async def test_retry_after_over_the_cap_is_capped(mode: str) -> None:
    policy = RetryPolicy(retry_after_max=60.0)
    harness = Harness(script(httpx.Response(429, headers={"Retry-After": "3600"}), ok()), policy)
    response = await harness.request(mode, "GET")
    assert response.status_code == 200
    assert harness.delays == [60.0]


async def test_429_exhausted_is_rate_limited_error_with_retry_after(mode: str) -> None:
    harness = Harness(script(httpx.Response(429, headers={"Retry-After": "7"}, json={"detail": "slow down"})))
    with pytest.raises(RateLimitedError) as caught:
        await harness.request(mode, "GET")
    assert harness.delays == [7.0, 7.0]
    assert caught.value.retry_after == 7.0
    assert caught.value.attempts == 3
    assert "slow down" in str(caught.value) and "after 3 attempts" in str(caught.value)


async def test_backoff_grows_exponentially_up_to_the_maximum(mode: str) -> None:
    no_jitter = RetryPolicy(max_retries=6, backoff_base=0.5, backoff_max=8.0, jitter=lambda cap: cap)
    harness = Harness(script(httpx.Response(502)), no_jitter)
    with pytest.raises(ServerError) as caught:
        await harness.request(mode, "GET")
    assert harness.delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(harness.calls) == 7
    assert caught.value.status_code == 502 and caught.value.attempts == 7


async def test_full_jitter_stays_within_bounds(mode: str) -> None:
    policy = RetryPolicy(max_retries=6, backoff_base=0.5, backoff_max=8.0)
    delays: list[float] = []
    for _ in range(20):
        harness = Harness(script(httpx.Response(503)), policy)
        with pytest.raises(ServerError):
            await harness.request(mode, "GET")
        caps = [min(8.0, 0.5 * 2**n) for n in range(6)]
        assert all(0.0 <= d <= cap for d, cap in zip(harness.delays, caps, strict=True))
        delays.extend(harness.delays)
    assert len(set(delays)) > 100  # jittered: 120 random waits, not a fixed schedule


async def test_post_that_timed_out_is_sent_once(mode: str) -> None:
    harness = Harness(script(httpx.ReadTimeout("read timed out"), httpx.Response(201)))
    with pytest.raises(ArgusTimeoutError) as caught:
        await harness.request(mode, "POST", json={"description": "disk full", "tags": []})
    assert len(harness.calls) == 1
    assert harness.delays == []
    assert caught.value.attempts == 1 and "after" not in str(caught.value)


async def test_post_and_patch_are_not_retried_on_503(mode: str) -> None:
    for method in ("POST", "PATCH"):
        harness = Harness(script(httpx.Response(503), httpx.Response(200)))
        with pytest.raises(ServerError):
            await harness.request(mode, method, json={})
        assert len(harness.calls) == 1


async def test_post_connection_reset_after_sending_is_not_retried(mode: str) -> None:
    harness = Harness(script(httpx.RemoteProtocolError("Server disconnected"), httpx.Response(201)))
    with pytest.raises(ArgusConnectionError) as caught:
        await harness.request(mode, "POST", json={})
    assert not isinstance(caught.value, ArgusTimeoutError)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert len(harness.calls) == 1


async def test_post_that_never_connected_is_retried_unless_disabled(mode: str) -> None:
    harness = Harness(script(httpx.ConnectError("refused"), httpx.Response(201)))
    assert (await harness.request(mode, "POST", json={})).status_code == 201
    assert len(harness.calls) == 2

    strict = Harness(script(httpx.ConnectError("refused"), httpx.Response(201)), RetryPolicy(retry_unsent=False))
    with pytest.raises(ArgusConnectionError):
        await strict.request(mode, "POST", json={})
    assert len(strict.calls) == 1


async def test_post_inside_allow_unsafe_retries_is_retried(mode: str) -> None:
    harness = Harness(script(httpx.ReadTimeout("read timed out"), httpx.Response(503), httpx.Response(201)))
    with allow_unsafe_retries():
        response = await harness.request(mode, "POST", json={"description": "x", "tags": []})
    assert response.status_code == 201
    assert len(harness.calls) == 3
    assert len({call.content for call in harness.calls}) == 1  # the same body each time
    assert json.loads(harness.calls[0].content) == {"description": "x", "tags": []}

    after = Harness(script(httpx.ReadTimeout("read timed out"), httpx.Response(201)))
    with pytest.raises(ArgusTimeoutError):
        await after.request(mode, "POST", json={})  # the opt-in ended with the block
    assert len(after.calls) == 1


async def test_allow_unsafe_retries_stays_in_its_own_task() -> None:
    harness = Harness(script(httpx.ReadTimeout("timeout")))
    entered = asyncio.Event()

    async def opted_in() -> None:
        with allow_unsafe_retries():
            entered.set()
            with pytest.raises(ArgusTimeoutError):
                await harness.request("async", "POST", "/opted-in/")

    async def not_opted_in() -> None:
        await entered.wait()
        with pytest.raises(ArgusTimeoutError):
            await harness.request("async", "POST", "/plain/")

    await asyncio.gather(opted_in(), not_opted_in())
    paths = [call.url.path for call in harness.calls]
    assert paths.count("/api/v2/opted-in/") == 3
    assert paths.count("/api/v2/plain/") == 1


def test_allow_unsafe_retries_does_not_reach_other_threads() -> None:
    harness = Harness(script(httpx.ReadTimeout("timeout")))
    errors: list[BaseException] = []

    def other_thread() -> None:
        try:
            asyncio.run(harness.request("sync", "POST", "/plain/"))
        except BaseException as exc:  # noqa: BLE001 - collected and checked below
            errors.append(exc)

    with allow_unsafe_retries():
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
    assert len(harness.calls) == 1
    assert [type(e) for e in errors] == [ArgusTimeoutError]


async def test_non_retryable_statuses_are_not_retried(mode: str) -> None:
    for status in (400, 404, 409, 500):
        harness = Harness(script(httpx.Response(status), ok()))
        with pytest.raises(Exception) as caught:
            await harness.request(mode, "GET")
        assert getattr(caught.value, "status_code", None) == status
        assert len(harness.calls) == 1


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"busy"

    async def __aiter__(self) -> Any:
        yield b"busy"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


async def test_discarded_responses_are_closed_before_retrying(mode: str) -> None:
    streams = [TrackedStream(), TrackedStream()]
    harness = Harness(script(httpx.Response(503, stream=streams[0]), httpx.Response(502, stream=streams[1]), ok()))
    assert (await harness.request(mode, "GET")).status_code == 200
    assert [s.closed for s in streams] == [True, True]


async def test_put_body_is_replayed_identically(mode: str) -> None:
    harness = Harness(script(httpx.Response(503), httpx.Response(200)))

    def chunks() -> Iterator[bytes]:  # a one-shot generator: only replayable because the transport buffered it
        yield b'{"ticket_url": '
        yield b'"https://tickets.example.org/1"}'

    if mode == "sync":
        await harness.request(mode, "PUT", "/incidents/1/ticket_url/", content=chunks())
    else:
        await harness.request(mode, "PUT", "/incidents/1/ticket_url/", content=b"".join(chunks()))
    assert [call.content for call in harness.calls] == [b'{"ticket_url": "https://tickets.example.org/1"}'] * 2


async def test_retries_are_logged_at_debug_without_header_values(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    secret = "0123456789abcdef-secret-token"
    harness = Harness(script(httpx.Response(503, headers={"Retry-After": "1"}), ok()))
    with caplog.at_level(logging.DEBUG, logger="argus_ext"):
        await harness.request(mode, "GET", headers={"Authorization": f"Token {secret}"})
    messages = [r.getMessage() for r in caplog.records if r.name == "argus_ext"]
    assert messages == [f"retrying GET {BASE}/incidents/ in 1.00 s after status 503 (retry 1 of 2)"]
    assert secret not in caplog.text


async def test_build_http_clients_wraps_a_custom_transport_and_keeps_httpx_args(mode: str) -> None:
    calls: list[httpx.Request] = []
    hooked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503) if len(calls) == 1 else ok()

    def hook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    async def ahook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    sync_client, async_client = build_http_clients(
        BASE,
        auth=None,
        retry=RetryPolicy(backoff_base=0.001),
        httpx_args={
            "transport": httpx.MockTransport(handler),
            "headers": {"X-Trace": "abc"},
            "event_hooks": {"request": [hook if mode == "sync" else ahook]},
        },
    )
    with sync_client:
        async with async_client:
            assert isinstance(sync_client._transport, RetryTransport)
            assert isinstance(async_client._transport, RetryTransport)
            if mode == "sync":
                response = sync_client.get("/incidents/")
            else:
                response = await async_client.get("/incidents/")
    assert response.status_code == 200
    assert len(calls) == 2  # retried inside the transport: the client (and its hooks) saw one request
    assert hooked == ["/api/v2/incidents/"]
    assert all(call.headers["X-Trace"] == "abc" for call in calls)


def test_build_http_clients_defaults_are_safe() -> None:
    sync_client, async_client = build_http_clients(BASE, auth=None)
    with sync_client:
        assert sync_client.timeout == httpx.Timeout(30.0, connect=10.0)
        assert isinstance(sync_client._transport, RetryTransport)
        assert sync_client._transport.policy == RetryPolicy()
    assert async_client.timeout == httpx.Timeout(30.0, connect=10.0)
    no_retry, _ = build_http_clients(BASE, auth=None, retry=None, timeout=5.0)
    assert isinstance(no_retry._transport, httpx.HTTPTransport)
    assert no_retry.timeout == httpx.Timeout(5.0)


def test_parse_retry_after() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_retry_after_http_date_is_honoured_and_capped() -> None:
    policy = RetryPolicy()
    now = datetime.now(UTC)
    in_ten = httpx.Response(503, headers={"Retry-After": format_datetime(now + timedelta(seconds=10), usegmt=True)})
    delay = policy.retry_delay("GET", 0, response=in_ten, now=now)
    assert delay is not None and 9.0 <= delay <= 10.0
    far = httpx.Response(503, headers={"Retry-After": format_datetime(now + timedelta(hours=2), usegmt=True)})
    assert policy.retry_delay("GET", 0, response=far, now=now) == 60.0
    assert policy.retry_delay("GET", 2, response=in_ten, now=now) is None  # retries used up
    assert policy.retry_delay("POST", 0, response=in_ten, now=now) is None
    assert policy.retry_delay("POST", 0, response=in_ten, now=now, unsafe_allowed=True) is not None

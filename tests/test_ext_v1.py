"""One argus_ext for both API versions: connect(..., api="v1") on a real argus-server 1.37.0 gets the same
wiring (typed errors, guards, pagination, end times, token handling, derived clients, retries) as v2, and a
version the server lacks is a clear error."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from argus_api_v1.api.auth import get_current_user
from argus_api_v1.api.incident_acks import create_incident_ack
from argus_api_v1.api.incidents import create_incident, get_incident
from argus_api_v1.models import AcknowledgementCreate, AcknowledgementEvent, IncidentCreate, TagValue

from argus_ext import (
    INFINITY,
    STATELESS,
    ApiVersionUnavailableError,
    BadRequestError,
    ConnectedV1Client,
    NaiveDatetimeError,
    NotFoundError,
    UnauthorizedError,
    apaginate_incidents,
    connect,
    end_time_from_api,
    paginate_incidents,
    paginate_my_incidents,
    refresh_token,
    server_api_versions,
)
from argus_ext.versions import V1
from argus_local import ArgusServer, Identities

pytestmark = pytest.mark.anyio
START = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def test_connect_v1_gives_the_v1_client_wired_like_v2(v1_server: ArgusServer, v1_ids: Identities) -> None:
    for url in (v1_server.url, v1_server.url + "/api/v1/"):
        client = connect(url, api="v1", token=v1_ids.user.token)
        assert isinstance(client, ConnectedV1Client)
        assert get_current_user.sync(client=client).username == v1_ids.user.username
    with pytest.raises(NotFoundError):
        get_incident.sync(incident_pk=10**9, client=client)
    derived = client.with_timeout(httpx.Timeout(5.0))
    assert isinstance(derived, ConnectedV1Client)
    assert get_current_user.sync(client=derived).username == v1_ids.user.username
    with pytest.raises(UnauthorizedError):
        get_current_user.sync(client=connect(v1_server.url, api="v1", token="0" * 40))


def test_the_versions_a_server_has(v1_server: ArgusServer, v2_server: ArgusServer, v2_ids: Identities) -> None:
    assert "v1" in server_api_versions(v1_server.url)
    assert server_api_versions(v2_server.url) == {"v2"}
    # Asked for v1 anyway, a 2.x server answers 410 "API v1 has been removed": a typed, clear error.
    client = connect(v2_server.url, api="v1", token=v2_ids.user.token)
    with pytest.raises(ApiVersionUnavailableError, match=r"^410 .*API v1 has been removed.*server_api_versions"):
        get_current_user.sync(client=client)


def test_a_root_of_the_other_version_is_refused() -> None:
    with pytest.raises(ValueError, match=r"points at API v2, this client is for API v1"):
        connect("https://argus.example.org/api/v2", api="v1", token="abc")
    with pytest.raises(ValueError, match=r"points at API v1, this client is for API v2"):
        connect("https://argus.example.org/api/v1/", token="abc")
    with pytest.raises(ValueError, match=r"api must be one of v1, v2; got 'v3'"):
        connect("https://argus.example.org", api="v3", token="abc")  # type: ignore[call-overload]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_v1_pagination_end_times_and_errors(v1_server: ArgusServer, v1_ids: Identities, mode: str) -> None:
    source = connect(v1_server.url, api="v1", token=v1_ids.source.token)
    key = f"v1pager=s{v1_ids.source.source_pk}"
    made = [
        create_incident.sync(
            client=source,
            body=IncidentCreate(start_time=START + dt.timedelta(minutes=n), tags=[TagValue(key)], description=f"{n}"),
        ).pk
        for n in range(5)
    ]
    stateless = create_incident.sync(client=source, body=IncidentCreate(start_time=START, tags=[], end_time=None))
    assert end_time_from_api(stateless.end_time) is STATELESS
    if mode == "sync":
        pager = paginate_incidents(source, tags=[key], page_size=2)
        passes = [[i.pk for i in pager], [i.pk for i in pager]]
        assert [len(page.items) for page in pager.pages()] == [2, 2, 1]
    else:
        apager = apaginate_incidents(source, tags=[key], page_size=2)
        passes = [[i.pk async for i in apager], [i.pk async for i in apager]]
    assert passes == [list(reversed(made))] * 2  # newest start_time first, the whole set on every pass
    mine = {i.pk for i in paginate_my_incidents(source, page_size=4)}
    assert set(made) | {stateless.pk} <= mine
    assert all(end_time_from_api(i.end_time) is INFINITY for i in paginate_incidents(source, tags=[key]))
    with pytest.raises(BadRequestError) as error:
        create_incident.sync(client=source, body=IncidentCreate(start_time=START, tags=[TagValue("Bad Key=1")]))
    assert list(error.value.field_errors) == ["tags.0.tag"]


def test_v1_request_checks_cover_the_nested_ack_event(v1_server: ArgusServer, v1_ids: Identities) -> None:
    assert V1.rules.body_time_paths >= {("event", "timestamp")}
    user = connect(v1_server.url, api="v1", token=v1_ids.user.token)
    naive = AcknowledgementCreate(event=AcknowledgementEvent(timestamp=dt.datetime(2024, 5, 1, 12, 0)))
    with pytest.raises(NaiveDatetimeError, match=r"^event\.timestamp: 2024-05-01T12:00:00 has no time zone"):
        create_incident_ack.sync(incident_pk=1, client=user, body=naive)


def test_v1_token_renewal_logs_in_again(v1_server: ArgusServer, v1_ids: Identities) -> None:
    """API v1 has no refresh endpoint: with a username and password the client renews by logging in."""
    client = connect(v1_server.url, api="v1", username=v1_ids.user.username, password=v1_ids.user.password)
    first = refresh_token(client).token
    assert get_current_user.sync(client=client).username == v1_ids.user.username
    second = refresh_token(client).token
    assert second != first
    assert httpx.get(f"{v1_server.api_url}/auth/user/", headers={"Authorization": f"Token {first}"}).status_code == 401
    assert get_current_user.sync(client=client).username == v1_ids.user.username


def test_v1_retries_safe_requests_like_v2() -> None:
    answers = [
        httpx.Response(503),
        httpx.Response(
            200, json={"username": "u", "first_name": "", "last_name": "", "email": "", "phone_numbers": []}
        ),
    ]
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return answers.pop(0)

    from argus_ext import RetryPolicy

    client = connect(
        "http://argus.test",
        api="v1",
        token="t0k3n",
        retry=RetryPolicy(backoff_base=0.001),
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    assert get_current_user.sync(client=client).username == "u"
    assert [str(call.url) for call in calls] == ["http://argus.test/api/v1/auth/user/"] * 2

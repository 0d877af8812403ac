"""One argus_ext for both API versions: connect(..., api="v1") on a real argus-server 1.37.0 gets the same
wiring (typed errors, guards, pagination, end times, token handling, derived clients, retries) as v2, and a
version the server lacks is a clear error."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
    mine = [v1_ids.source.source_pk]  # with the tag: other tests' incidents (fuzzed tags) cannot match
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
        pager = paginate_incidents(source, tags=[key], source_id_in=mine, page_size=2)
        passes = [[i.pk for i in pager], [i.pk for i in pager]]
        assert [len(page.items) for page in pager.pages()] == [2, 2, 1]
    else:
        apager = apaginate_incidents(source, tags=[key], source_id_in=mine, page_size=2)
        passes = [[i.pk async for i in apager], [i.pk async for i in apager]]
    assert passes == [list(reversed(made))] * 2  # newest start_time first, the whole set on every pass
    reported = {i.pk for i in paginate_my_incidents(source, page_size=4)}
    assert set(made) | {stateless.pk} <= reported
    tagged = list(paginate_incidents(source, tags=[key], source_id_in=mine))
    assert len(tagged) == 5 and all(end_time_from_api(i.end_time) is INFINITY for i in tagged)
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


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_workflow_helpers_speak_v1(v1_server: ArgusServer, v1_ids: Identities, mode: str) -> None:
    from argus_ext import (
        aacknowledge,
        acknowledge,
        afind_incidents,
        afind_my_incident,
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

    source = connect(v1_server.url, api="v1", token=v1_ids.source.token)
    user = connect(v1_server.url, api="v1", token=v1_ids.user.token)
    sid = f"v1-workflow-{mode}-{v1_ids.source.source_pk}"
    incident = create_incident.sync(
        client=source, body=IncidentCreate(start_time=START, tags=[], source_incident_id=sid)
    )
    until = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    if mode == "sync":
        assert find_my_incident(source, sid) is not None
        assert [i.pk for i in find_incidents(user, sid)] == [incident.pk]
        note = post_event(user, incident, "OTH", description="looking")
        ack = acknowledge(user, incident, description="on it", expiration=until)  # v1's nested event body
        ended = resolve(source, incident, description="gone")
        reopened = reopen(user, incident)  # v1: only end users re-open, with REO
    else:
        assert await afind_my_incident(source, sid) is not None
        assert [i.pk for i in await afind_incidents(user, sid)] == [incident.pk]
        note = await apost_event(user, incident, "OTH", description="looking")
        ack = await aacknowledge(user, incident, description="on it", expiration=until)
        ended = await aresolve(source, incident, description="gone")
        reopened = await areopen(user, incident)
    assert note.type_.value == "OTH" and note.description == "looking"
    assert ack.event.description == "on it" and ack.expiration is not None
    assert ended.type_.value == "END" and reopened.type_.value == "REO"
    assert end_time_from_api(get_incident.sync(incident_pk=incident.pk, client=user).end_time) is INFINITY
    with pytest.raises(NotImplementedError, match="API v1 has no send_source_heartbeat operation"):
        heartbeat(source)  # type: ignore[arg-type]  # v2 only: mypy says so too


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_reconcile_speaks_v1(v1_server: ArgusServer, v1_ids: Identities, mode: str) -> None:
    from argus_ext import DuplicateSourceIncidentError, Problem, ReconcileReport, areconcile, reconcile

    source = connect(v1_server.url, api="v1", token=v1_ids.source.token)

    async def run(desired: dict[str, Problem], **options: Any) -> ReconcileReport:
        if mode == "sync":
            return reconcile(source, desired, **options)
        return await areconcile(source, desired, concurrency=4, **options)

    desired = {f"p{n}": Problem(f"problem {n}", level=3, tags={"host": f"h{n}"}) for n in range(8)}
    first = await run(desired)
    assert sorted(first.created) == sorted(desired) and first.complete
    again = await run(desired)  # nothing to write
    assert (again.created, again.resolved, again.updated, sorted(again.unchanged)) == ([], [], [], sorted(desired))
    changed = {k: v for k, v in desired.items() if k not in ("p0", "p1")}
    changed["p2"] = Problem("problem 2", level=1, tags={"host": "h2"})
    changed["p8"] = Problem("problem 8", tags={"host": "h8", "problem": ["disk", "cpu"]})
    third = await run(changed)
    assert (sorted(third.resolved), third.created, third.updated) == (["p0", "p1"], ["p8"], ["p2"])
    mine = {i.source_incident_id: i for i in paginate_my_incidents(source, open_=True)}
    assert sorted(mine) == sorted(changed) and mine["p2"].level == 1
    # A recurring problem whose id a closed incident holds: API v1 lets no source system re-open an incident,
    # so the "reopen" policy reports the server's refusal, and "fail" the duplicate; the run goes on.
    back = {**changed, "p0": desired["p0"]}
    refused = await run(back)
    assert list(refused.failed) == ["p0"] and isinstance(refused.failed["p0"], BadRequestError)
    assert "A source system cannot post events of type 'REO'" in str(refused.failed["p0"])
    failed = await run(back, on_closed_id="fail")
    assert isinstance(failed.failed["p0"], DuplicateSourceIncidentError)
    assert sorted(failed.unchanged) == sorted(changed)

"""argus_ext.tags and argus_ext.workflows on a real argus-server 2.10.2, each helper sync and async."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from argus_api_v2.api.incidents import create_incident, get_incident
from argus_api_v2.models import Incident, IncidentCreate

from argus_ext import (
    INFINITY,
    ForbiddenError,
    NaiveDatetimeError,
    aacknowledge,
    acknowledge,
    afind_incidents,
    afind_my_incident,
    aheartbeat,
    apost_event,
    areopen,
    aresolve,
    connect,
    end_time_from_api,
    find_incidents,
    find_my_incident,
    heartbeat,
    post_event,
    reopen,
    resolve,
    tags_from_api,
    tags_to_api,
)
from argus_local import ArgusServer, Identities
from tests.v2.support import START

pytestmark = pytest.mark.anyio
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


async def twin(
    mode: str, sync_fn: Callable[..., Any], async_fn: Callable[..., Awaitable[Any]], *a: Any, **kw: Any
) -> Any:
    """Call the sync helper or await its async twin, as this run of the test was parametrised."""
    return sync_fn(*a, **kw) if mode == "sync" else await async_fn(*a, **kw)


def post(server: ArgusServer, ids: Identities, **fields: Any) -> Incident:
    source = connect(server.url, token=ids.source.token)
    body = IncidentCreate(start_time=fields.pop("start_time", START), tags=fields.pop("tags", []), **fields)
    return create_incident.sync(client=source, body=body)


# -- tags --------------------------------------------------------------------------------------------------------


def test_tags_round_trip_through_the_server(v2_server: ArgusServer, v2_ids: Identities) -> None:
    tags = {"host": "db1", "problem": ["disk", "cpu"], "note": "", "expr": "a=b"}
    incident = post(v2_server, v2_ids, tags=tags_to_api(tags))
    read = tags_from_api(incident.tags)
    assert {key: sorted(values) for key, values in read.items()} == {
        "host": ["db1"],
        "problem": ["cpu", "disk"],
        "note": [""],
        "expr": ["a=b"],
    }
    assert [t.tag for t in tags_to_api({"problem": ("disk", "cpu")})] == ["problem=disk", "problem=cpu"]
    assert tags_from_api(["a=1", "a=2", "b="]) == {"a": ["1", "2"], "b": [""]}


def test_bad_tags_are_refused_naming_them() -> None:
    with pytest.raises(ValueError, match="'Host'"):
        tags_to_api({"Host": "db1"})
    with pytest.raises(ValueError, match="'my key'"):
        tags_to_api({"my key": "x"})
    with pytest.raises(TypeError, match=r"tags\['host'\].*5"):
        tags_to_api({"host": [5]})  # type: ignore[list-item]


# -- resolve, reopen, acknowledge -----------------------------------------------------------------------------------


@MODES
async def test_resolve_then_reopen(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    incident = post(v2_server, v2_ids, description="resolve me")
    when = START + dt.timedelta(hours=1)
    event = await twin(mode, resolve, aresolve, source, incident, description="fixed", timestamp=when)
    assert (event.type_.value, event.description, event.timestamp, event.incident) == (
        "END",
        "fixed",
        when,
        incident.pk,
    )
    closed = get_incident.sync(incident.pk, client=source)
    assert (closed.open_, end_time_from_api(closed.end_time)) == (False, when)

    event = await twin(mode, reopen, areopen, source, incident.pk)  # a pk works as well as the Incident
    assert event.type_.value == "RES" and event.description == ""
    reopened = get_incident.sync(incident.pk, client=source)
    assert reopened.open_ and end_time_from_api(reopened.end_time) is INFINITY
    note = await twin(mode, post_event, apost_event, source, incident, "OTH", description="a note")
    assert (note.type_.value, note.description) == ("OTH", "a note")


@MODES
async def test_end_users_close_with_clo_and_reopen_with_reo(
    mode: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    user = connect(v2_server.url, token=v2_ids.user.token)
    incident = post(v2_server, v2_ids)
    event = await twin(mode, resolve, aresolve, user, incident, type_="CLO")
    assert event.type_.value == "CLO" and not get_incident.sync(incident.pk, client=user).open_
    event = await twin(mode, reopen, areopen, user, incident, type_="REO", description="not fixed")
    assert event.type_.value == "REO" and get_incident.sync(incident.pk, client=user).open_


@MODES
async def test_acknowledge_with_and_without_expiration(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    user = connect(v2_server.url, token=v2_ids.user.token)
    incident = post(v2_server, v2_ids)
    until = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    ack = await twin(mode, acknowledge, aacknowledge, user, incident, description="on it", expiration=until)
    assert (ack.event.type_.value, ack.event.description, ack.expiration, ack.event.incident) == (
        "ACK",
        "on it",
        until,
        incident.pk,
    )
    assert get_incident.sync(incident.pk, client=user).acked
    forever = await twin(mode, acknowledge, aacknowledge, user, incident.pk)
    assert forever.expiration is None


def test_naive_times_are_refused_before_sending(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    with pytest.raises(NaiveDatetimeError, match="timestamp"):
        resolve(source, 1, timestamp=dt.datetime(2024, 5, 1, 12))
    with pytest.raises(NaiveDatetimeError, match="expiration"):
        acknowledge(source, 1, expiration=dt.datetime(2024, 5, 1, 12))
    with pytest.raises(TypeError, match=r"incident: .*'7'"):
        resolve(source, "7")  # type: ignore[call-overload]


# -- find, heartbeat -------------------------------------------------------------------------------------------------


@MODES
async def test_find_by_source_incident_id(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    sid = f"find-{v2_ids.source.source_pk}"
    mine = post(v2_server, v2_ids, source_incident_id=sid)
    other_ids = v2_server.new_identities()
    theirs = post(v2_server, other_ids, source_incident_id=sid)  # another source system may use the same id
    source = connect(v2_server.url, token=v2_ids.source.token)
    found = await twin(mode, find_my_incident, afind_my_incident, source, sid)
    assert found is not None and found.pk == mine.pk
    assert await twin(mode, find_my_incident, afind_my_incident, source, sid + "-nope") is None
    resolve(source, mine)
    closed = await twin(mode, find_my_incident, afind_my_incident, source, sid)  # closed ones too
    assert closed is not None and closed.pk == mine.pk and not closed.open_

    user = connect(v2_server.url, token=v2_ids.user.token)
    every = await twin(mode, find_incidents, afind_incidents, user, sid)
    assert sorted(i.pk for i in every) == sorted([mine.pk, theirs.pk])
    only = await twin(mode, find_incidents, afind_incidents, user, sid, source_id=other_ids.source.source_pk)
    assert [i.pk for i in only] == [theirs.pk]
    with pytest.raises(ValueError, match="source_incident_id"):
        find_my_incident(source, "")  # an empty filter would match every incident


@MODES
async def test_heartbeat(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    assert await twin(mode, heartbeat, aheartbeat, source) is None
    user = connect(v2_server.url, token=v2_ids.user.token)
    with pytest.raises(ForbiddenError):  # only a source system has a heartbeat
        await twin(mode, heartbeat, aheartbeat, user)

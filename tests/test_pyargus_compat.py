"""argus_ext.pyargus against pyargus 0.8.0 itself (the dev extra installs it; never a runtime dependency).

Each example of pyargus's README and each of its 13 methods runs through pyargus and through ours, against the
same real argus-server 2.10.2, and the results are compared field by field. Where they differ on purpose, the
difference is listed (INTENDED_DIFFERENCES and the tests at the end); anything else fails.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pyargus.async_client
import pyargus.client
import pyargus.models
import pytest
import simple_rest_client.exceptions
from argus_api_v2.api.incidents import create_incident
from argus_api_v2.models import IncidentCreate

import argus_ext
import argus_ext.pyargus.async_client
import argus_ext.pyargus.client
import argus_ext.pyargus.exceptions
import argus_ext.pyargus.models
from argus_local import ArgusServer, Identities

pytestmark = pytest.mark.anyio
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
WHEN = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)

# Fields that differ between two results only because they are two different objects on the server.
DIFFERENT_OBJECTS = {"pk", "incident", "received", "start_time"}
INTENDED_DIFFERENCES = {
    # post_incident without start_time (the README's example): pyargus sends none and argus-server 2.10.2
    # refuses it (400 "start_time: This field is required."); ours sends the client's "now".
    "start_time": "defaults to now",
    # update_incident without tags: pyargus sends "tags": [] and wipes them; ours leaves them alone.
    "update_incident tags": "kept",
    # update_incident of an incident read from the server: pyargus sends its read-only fields, the server
    # refuses the whole update (400); ours sends only what can change.
    "update_incident fetched": "works",
    # refresh_token: pyargus raises KeyError (it logs in through knox and reads a missing "expiration");
    # ours renews the token and goes on with it.
    "refresh_token": "works",
    # datetime.max as end_time: pyargus sends it as a date-time, which the server reads as "infinity" only when
    # its UTC offset is >= 0 (west of UTC: 400 "Datetime value out of range."); ours sends "infinity".
    "end_time datetime.max": "infinity",
    # A list of values for a tag key: pyargus posts the list's repr as one value; ours posts one tag per value.
    "tags list": "several values",
    # Errors: ours are argus_ext errors (status_code, body, field_errors) that are also the pyargus names;
    # `.response` is an httpx.Response (pyargus: simple_rest_client's Response).
    "errors": "typed too",
}


def plain(value: Any) -> Any:
    """A model of either library as plain data, so pyargus's and ours compare with ==."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "allitems"):  # MultiValueDict, theirs or ours
        return sorted(value.allitems())
    if value is pyargus.models.STATELESS or value is argus_ext.STATELESS:
        return "STATELESS"
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def differences(theirs: Any, ours: Any, ignore: set[str] = DIFFERENT_OBJECTS) -> dict[str, Any]:
    a, b = plain(theirs), plain(ours)
    return {key: (a[key], b[key]) for key in a if key not in ignore and a[key] != b[key]}


async def call(client: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call a method of a sync or async client, pyargus's or ours; listings come back as lists."""
    result = getattr(client, method)(*args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    if inspect.isasyncgen(result):
        return [item async for item in result]
    if isinstance(result, Iterator):
        return list(result)
    return result


@dataclasses.dataclass
class Pair:
    """pyargus's client and ours, for the same user of the same server."""

    theirs: Any
    ours: Any

    async def both(self, method: str, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
        return await call(self.theirs, method, *args, **kwargs), await call(self.ours, method, *args, **kwargs)


def pair_for(mode: str, server: ArgusServer, token: str) -> Pair:
    if mode == "sync":
        return Pair(
            pyargus.client.Client(server.api_url, token), argus_ext.pyargus.client.Client(server.api_url, token)
        )
    return Pair(
        pyargus.async_client.AsyncClient(server.api_url, token),
        argus_ext.pyargus.async_client.AsyncClient(server.api_url, token),
    )


# -- the README's examples -----------------------------------------------------------------------------------------


@MODES
async def test_readme_examples(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = pair_for(mode, v2_server, v2_ids.source.token)
    Incident = argus_ext.pyargus.models.Incident
    before = dt.datetime.now(dt.UTC)

    # "Post a new incident" (each library posts its own, then the two are compared)
    example: dict[str, Any] = {
        "description": "The earth was demolished to make way for a hyperspace bypass",
        "tags": {"host": ""},
    }
    with pytest.raises(simple_rest_client.exceptions.ClientError):  # INTENDED_DIFFERENCES["start_time"]
        await call(source.theirs, "post_incident", pyargus.models.Incident(**example))
    ours = await call(source.ours, "post_incident", Incident(**example))
    assert before - dt.timedelta(seconds=5) < ours.start_time < dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    theirs = await call(source.theirs, "post_incident", pyargus.models.Incident(start_time=ours.start_time, **example))
    assert differences(theirs, ours) == {}
    assert (
        theirs.tags == {"host": ""} and ours.tags == {"host": ""} and ours.end_time == argus_ext.pyargus.LOCAL_INFINITY
    )

    # "Listing open incidents that have not been acknowledged" and "List only my incidents"
    mine = {"source__id__in": str(v2_ids.source.source_pk)}
    listed = await source.both("get_incidents", open=True, acked=False, **mine)
    assert plain(listed[0]) == plain(listed[1]) and {i.pk for i in listed[1]} == {theirs.pk, ours.pk}
    listed = await source.both("get_my_incidents", open=True, acked=False)
    assert plain(listed[0]) == plain(listed[1]) and len(listed[1]) == 2

    # "Close an existing incident"
    their_end = await call(
        source.theirs, "resolve_incident", incident=theirs.pk, description="cancelled", timestamp=WHEN
    )
    our_end = await call(source.ours, "resolve_incident", incident=ours.pk, description="cancelled", timestamp=WHEN)
    assert differences(their_end, our_end) == {} and our_end.type == "END" and our_end.incident == ours.pk

    # "Modify an existing incident"
    tags = {"host": "", "location": "Milky way"}
    theirs = await call(source.theirs, "update_incident", pyargus.models.Incident(pk=theirs.pk, tags=tags))
    ours = await call(source.ours, "update_incident", Incident(pk=ours.pk, tags=tags))
    assert differences(theirs, ours) == {} and sorted(ours.tags.allitems()) == [("host", ""), ("location", "Milky way")]

    # "Stateless incidents"
    theirs = await call(
        source.theirs,
        "post_incident",
        pyargus.models.Incident(description="x", start_time=WHEN, end_time=pyargus.models.STATELESS),
    )
    ours = await call(
        source.ours, "post_incident", Incident(description="x", start_time=WHEN, end_time=argus_ext.pyargus.STATELESS)
    )
    assert differences(theirs, ours) == {} and ours.end_time is argus_ext.STATELESS and ours.stateful is False


# -- every method ----------------------------------------------------------------------------------------------------


@MODES
async def test_every_method(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = pair_for(mode, v2_server, v2_ids.source.token)
    user = pair_for(mode, v2_server, v2_ids.user.token)
    body: dict[str, Any] = {
        "description": "d",
        "source_incident_id": "m1",
        "level": 2,
        "details_url": "/x",
        "metadata": {"a": 1},
    }
    theirs = await call(source.theirs, "post_incident", pyargus.models.Incident(start_time=WHEN, **body))
    body["source_incident_id"] = "m2"
    ours = await call(source.ours, "post_incident", argus_ext.pyargus.Incident(start_time=WHEN, **body))
    assert differences(theirs, ours, ignore={"pk"}) == {"source_incident_id": ("m1", "m2")}

    read = await source.both("get_incident", ours.pk)
    assert plain(read[0]) == plain(read[1]) == plain(ours)

    events = [argus_ext.pyargus.Event(type="OTH", description="note", timestamp=WHEN)]
    noted = (
        await call(source.theirs, "post_incident_event", theirs, pyargus.models.Event(**vars(events[0]))),
        await call(source.ours, "post_incident_event", ours, events[0]),
    )
    assert differences(*noted) == {} and noted[1].type == "OTH"
    later = WHEN + dt.timedelta(hours=1)
    for method, kind in (("resolve_incident", "END"), ("restart_incident", "RES")):
        done = (
            await call(source.theirs, method, theirs.pk, "why", later),
            await call(source.ours, method, ours.pk, "why", later),
        )
        assert differences(*done) == {} and done[1].type == kind and done[1].timestamp == later

    listed = await source.both("get_incident_events", ours.pk)
    assert plain(listed[0]) == plain(listed[1]) and sorted(e.type for e in listed[1]) == ["END", "OTH", "RES", "STA"]

    ack = argus_ext.acknowledge(argus_ext.connect(v2_server.url, token=v2_ids.user.token), ours.pk, description="ok")
    acks = await user.both("get_incident_acknowledgements", ours.pk)
    assert plain(acks[0]) == plain(acks[1]) and [a.pk for a in acks[1]] == [ack.pk]
    assert acks[1][0].event.type == "ACK" and acks[1][0].expiration is None

    assert await source.both("send_heartbeat") == (None, None)
    assert await source.both("supports_heartbeat") == (True, True)


@MODES
async def test_errors_keep_pyargus_names_and_gain_ours(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = pair_for(mode, v2_server, v2_ids.source.token)
    with pytest.raises(simple_rest_client.exceptions.NotFoundError):
        await call(source.theirs, "get_incident", 10**9)
    with pytest.raises(argus_ext.pyargus.exceptions.NotFoundError) as caught:
        await call(source.ours, "get_incident", 10**9)
    assert isinstance(caught.value, argus_ext.NotFoundError) and caught.value.status_code == 404
    assert isinstance(caught.value, argus_ext.pyargus.exceptions.ClientError)
    assert isinstance(caught.value.__cause__, argus_ext.NotFoundError)

    bad = pair_for(mode, v2_server, "not-a-token")
    with pytest.raises(simple_rest_client.exceptions.AuthError):
        await call(bad.theirs, "get_incident", 1)
    with pytest.raises(argus_ext.pyargus.exceptions.AuthError) as refused:
        await call(bad.ours, "get_incident", 1)
    assert isinstance(refused.value, argus_ext.UnauthorizedError) and "not-a-token" not in str(refused.value)

    with pytest.raises(argus_ext.pyargus.exceptions.ClientError) as invalid:
        await call(source.ours, "post_incident", argus_ext.pyargus.Incident(description="x", level=9))
    assert isinstance(invalid.value, argus_ext.BadRequestError) and "level" in invalid.value.field_errors


# -- the intended differences: where pyargus is wrong ----------------------------------------------------------------


def test_update_incident_keeps_tags_and_takes_a_fetched_incident(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = pair_for("sync", v2_server, v2_ids.source.token)
    tagged: dict[str, Any] = {"description": "d", "tags": {"host": "db1"}, "start_time": WHEN}
    theirs = source.theirs.post_incident(pyargus.models.Incident(**tagged))
    ours = source.ours.post_incident(argus_ext.pyargus.Incident(**tagged))

    # INTENDED_DIFFERENCES["update_incident tags"]
    theirs = source.theirs.update_incident(pyargus.models.Incident(pk=theirs.pk, description="new"))
    ours = source.ours.update_incident(argus_ext.pyargus.Incident(pk=ours.pk, description="new"))
    assert differences(theirs, ours) == {"tags": ([], [("host", "db1")])}

    # INTENDED_DIFFERENCES["update_incident fetched"]
    fetched = source.theirs.get_incident(theirs.pk)
    fetched.level = 1
    with pytest.raises(simple_rest_client.exceptions.ClientError):
        source.theirs.update_incident(fetched)
    fetched = source.ours.get_incident(ours.pk)
    fetched.level = 1
    assert source.ours.update_incident(fetched).level == 1


def test_datetime_max_and_tag_lists(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = pair_for("sync", v2_server, v2_ids.source.token)
    # INTENDED_DIFFERENCES["end_time datetime.max"]
    west_max = dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    with pytest.raises(simple_rest_client.exceptions.ClientError, match="out of range"):
        source.theirs.post_incident(pyargus.models.Incident(description="x", start_time=WHEN, end_time=west_max))
    oslo_max = dt.datetime.max.replace(tzinfo=ZoneInfo("Europe/Oslo"))
    for end in (dt.datetime.max, argus_ext.pyargus.LOCAL_INFINITY, oslo_max, west_max):
        ours = source.ours.post_incident(argus_ext.pyargus.Incident(description="x", end_time=end))
        assert ours.end_time == argus_ext.pyargus.LOCAL_INFINITY and ours.open is True

    # INTENDED_DIFFERENCES["tags list"]
    tags = {"problem": ["disk", "cpu"]}
    theirs = source.theirs.post_incident(pyargus.models.Incident(description="x", start_time=WHEN, tags=tags))
    ours = source.ours.post_incident(argus_ext.pyargus.Incident(description="x", tags=tags))
    assert theirs.tags.allitems() == [("problem", "['disk', 'cpu']")]
    assert sorted(ours.tags.getlist("problem")) == ["cpu", "disk"]


@MODES
async def test_refresh_token(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    # INTENDED_DIFFERENCES["refresh_token"]
    source = pair_for(mode, v2_server, v2_ids.source.token)
    with pytest.raises(KeyError):
        await call(source.theirs, "refresh_token")
    token = await call(source.ours, "refresh_token")
    assert isinstance(token, argus_ext.pyargus.ExpiringToken) and token.token != v2_ids.source.token
    assert await call(source.ours, "get_my_incidents") == []  # goes on with the new token
    with pytest.raises(argus_ext.pyargus.exceptions.AuthError):  # the old one is refused from now on
        await call(pair_for(mode, v2_server, v2_ids.source.token).ours, "get_my_incidents")
    renewed = pair_for(mode, v2_server, token.token)  # the README's "c = Client(..., token=tokenobj.token)"
    assert await call(renewed.theirs, "get_my_incidents") == []


def test_multi_valued_tags_behave_like_pyargus_ones() -> None:
    pairs = [("host", "a"), ("host", "b"), ("room", "1")]
    theirs, ours = pyargus.MultiValueDict(pairs), argus_ext.pyargus.MultiValueDict(pairs)
    assert dict(ours) == dict(theirs) == {"host": "b", "room": "1"}
    assert ours.getlist("host") == theirs.getlist("host") == ["a", "b"]
    assert ours.allitems() == theirs.allitems() and ours.lists() == theirs.lists()
    for tags in (theirs, ours):
        tags.add("room", "2")
        tags["host"] = "c"  # a dict-style assignment replaces every value of the key
        del tags["room"]
        tags.add("site", "x")
    assert ours.allitems() == theirs.allitems() == [("host", "c"), ("site", "x")]
    assert ours == argus_ext.pyargus.MultiValueDict([("host", "c"), ("site", "x")])
    assert ours != argus_ext.pyargus.MultiValueDict([("host", "b"), ("host", "c"), ("site", "x")])


def test_tags_changed_like_a_dict_are_sent(v2_server: ArgusServer, v2_ids: Identities) -> None:
    ours = argus_ext.pyargus.client.Client(v2_server.api_url, v2_ids.source.token)
    posted = ours.post_incident(argus_ext.pyargus.Incident(description="x", tags={"host": "a"}))
    assert posted.pk is not None
    fetched = ours.get_incident(posted.pk)
    assert isinstance(fetched.tags, argus_ext.pyargus.MultiValueDict)
    fetched.tags["location"] = "Milky way"
    fetched.tags.add("host", "b")
    updated = ours.update_incident(fetched)
    assert isinstance(updated.tags, argus_ext.pyargus.MultiValueDict)
    assert sorted(updated.tags.allitems()) == [("host", "a"), ("host", "b"), ("location", "Milky way")]


# -- pyargus's inputs, sent as pyargus sends them (issue 16) ----------------------------------------------------------


@MODES
async def test_naive_and_string_times_go_out_as_pyargus_sends_them(
    mode: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    # NAV passes naive local times (Django with USE_TZ=False) and its event engine's "time" string. pyargus sends
    # them as given and the server reads a naive time in its own TIME_ZONE (Europe/Oslo here); so do we.
    source = pair_for(mode, v2_server, v2_ids.source.token)
    naive = dt.datetime(2024, 5, 1, 12, 0)
    oslo = naive.replace(tzinfo=ZoneInfo("Europe/Oslo"))
    posted = [
        await call(client, "post_incident", models.Incident(description="naive", start_time=naive, end_time=end))
        for client, models, end in (
            (source.theirs, pyargus.models, naive.max),
            (source.ours, argus_ext.pyargus.models, naive.max),
        )
    ]
    assert differences(posted[0], posted[1], ignore={"pk"}) == {}
    assert posted[1].start_time == oslo and posted[1].end_time == argus_ext.pyargus.LOCAL_INFINITY

    as_text = "2024-05-01T13:30:00.250000"  # the event engine's form: naive, with microseconds
    for when in (naive + dt.timedelta(minutes=5), as_text):
        events = (
            await call(
                source.theirs, "post_incident_event", posted[0], pyargus.models.Event(type="OTH", timestamp=when)
            ),
            await call(
                source.ours, "post_incident_event", posted[1], argus_ext.pyargus.Event(type="OTH", timestamp=when)
            ),
        )
        assert differences(*events) == {}
    assert events[1].timestamp == dt.datetime(2024, 5, 1, 13, 30, 0, 250000, tzinfo=ZoneInfo("Europe/Oslo"))

    ended = (
        await call(source.theirs, "resolve_incident", posted[0], "gone", "2024-05-01T14:00:00+00:00"),
        await call(source.ours, "resolve_incident", posted[1], "gone", "2024-05-01T14:00:00+00:00"),
    )
    assert differences(*ended) == {} and ended[1].timestamp == dt.datetime(2024, 5, 1, 14, tzinfo=dt.UTC)
    assert (await call(source.ours, "get_incident", posted[1].pk)).end_time == ended[1].timestamp


def test_the_native_api_still_refuses_naive_times(v2_server: ArgusServer, v2_ids: Identities) -> None:
    # Only the pyargus layer sends naive times (this module has it imported and a pyargus client made): a connect()
    # client refuses them before sending.
    argus_ext.pyargus.client.Client(v2_server.api_url, v2_ids.source.token)
    client = argus_ext.connect(v2_server.url, token=v2_ids.source.token)
    with pytest.raises(argus_ext.RequestRefusedError, match="start_time"):
        create_incident.sync(client=client, body=IncidentCreate(start_time=dt.datetime(2024, 5, 1, 12), tags=[]))


def test_tag_values_are_formatted_as_pyargus_formats_them(v2_server: ArgusServer, v2_ids: Identities) -> None:
    # NAV's `always-add` tags come from YAML and may be numbers; pyargus formats every value into "key=value".
    source = pair_for("sync", v2_server, v2_ids.source.token)
    tags = {"room": 101, "rack": 4.5, "active": True}
    posted = (
        source.theirs.post_incident(pyargus.models.Incident(description="x", start_time=WHEN, tags=tags)),
        source.ours.post_incident(argus_ext.pyargus.Incident(description="x", start_time=WHEN, tags=tags)),
    )
    assert differences(*posted) == {}
    assert sorted(posted[1].tags.allitems()) == [("active", "True"), ("rack", "4.5"), ("room", "101")]


# -- errors answer what simple_rest_client's errors answer ------------------------------------------------------------


@MODES
async def test_errors_answer_like_simple_rest_client_errors(
    mode: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    source = pair_for(mode, v2_server, v2_ids.source.token)
    bad_level = (argus_ext.pyargus.Incident(description="x", start_time=WHEN, level=9), "post_incident")
    cases: list[tuple[str, tuple[int | None], Any]]  # simple_rest_client's error classes: untyped
    cases = [("get_incident", (10**9,), simple_rest_client.exceptions.NotFoundError)]
    cases.append(("post_incident", (None,), simple_rest_client.exceptions.ClientError))
    for method, args, expected in cases:
        theirs_args = (pyargus.models.Incident(**vars(bad_level[0])),) if method == "post_incident" else args
        ours_args = (bad_level[0],) if method == "post_incident" else args
        with pytest.raises(expected) as their_error:
            await call(source.theirs, method, *theirs_args)
        with pytest.raises(argus_ext.pyargus.exceptions.ClientError) as our_error:
            await call(source.ours, method, *ours_args)
        theirs, ours = their_error.value, our_error.value
        assert isinstance(ours, argus_ext.ArgusAPIError) and ours.message == str(ours) and ours.message
        for attribute in ("body", "status_code", "url", "method"):
            assert getattr(ours.response, attribute) == getattr(theirs.response, attribute), attribute
        assert ours.response.headers["content-type"] == theirs.response.headers["content-type"]
        assert ours.response.client_response.status_code == theirs.response.status_code
        assert ours.response.json() == theirs.response.client_response.json()  # the httpx.Response's own API too
        assert v2_ids.source.token not in repr(ours.response) + ours.message

    # The duplicate-id check zabbix-argus-glue makes: "source_incident_id" in str(error.response.body).
    await call(source.theirs, "post_incident", pyargus.models.Incident(start_time=WHEN, source_incident_id="z1"))
    with pytest.raises(simple_rest_client.exceptions.ClientError) as their_duplicate:
        await call(source.theirs, "post_incident", pyargus.models.Incident(start_time=WHEN, source_incident_id="z1"))
    assert "source_incident_id" in str(their_duplicate.value.response.body)
    with pytest.raises(argus_ext.pyargus.exceptions.ClientError) as duplicate:
        await call(source.ours, "post_incident", argus_ext.pyargus.Incident(description="d", source_incident_id="z1"))
    assert duplicate.value.response.status_code == 400 and "source_incident_id" in str(duplicate.value.response.body)
    assert isinstance(duplicate.value, argus_ext.DuplicateSourceIncidentError)

    unreachable = pair_for(mode, v2_server, v2_ids.source.token)
    unreachable.ours = type(source.ours)("http://127.0.0.1:9/api/v2", v2_ids.source.token, retry=None)
    with pytest.raises(argus_ext.pyargus.exceptions.ClientConnectionError) as no_answer:
        await call(unreachable.ours, "get_incident", 1)
    assert isinstance(no_answer.value, argus_ext.ArgusConnectionError) and no_answer.value.message

"""incident_events, incident_acks and incident_tags: every operation, sync and async, on a real 2.10.2."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from argus_api_v2.api.incident_acks import (
    bulk_create_acks,
    create_incident_ack,
    get_incident_ack,
    list_incident_acks,
    replace_incident_ack,
    update_incident_ack,
)
from argus_api_v2.api.incident_events import (
    bulk_create_events,
    create_incident_event,
    get_incident_event,
    list_events,
    list_incident_events,
)
from argus_api_v2.api.incident_tags import (
    add_incident_tag,
    get_incident_tag,
    list_incident_tags,
    remove_incident_tag,
)
from argus_api_v2.api.incidents import get_incident
from argus_api_v2.models import (
    Acknowledgement,
    AcknowledgementCreate,
    AcknowledgementPatch,
    AcknowledgementUpdate,
    Actor,
    BulkAckRequest,
    BulkAckResponse,
    BulkEventRequest,
    BulkEventResponse,
    Detail,
    Event,
    EventCreate,
    EventCreateType,
    EventPage,
    EventTypeValue,
    FieldErrors,
    Incident,
    TagValue,
)
from argus_api_v2.types import Response

from .support import START, Caller, V2Clients, parsed_as, tag_values

pytestmark = pytest.mark.anyio

MISSING = 987654321  # no incident, event or acknowledgement has this primary key
FUTURE = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)  # an expiration still ahead while these tests run


def event_of(response: Response[object], status: int = 201) -> Event:
    return parsed_as(Event, response, status)


def ack_of(response: Response[object], status: int = 201) -> Acknowledgement:
    return parsed_as(Acknowledgement, response, status)


def field_errors(response: Response[object]) -> dict[str, object]:
    assert response.status_code == 400, response.content
    assert isinstance(response.parsed, FieldErrors)
    return response.parsed.additional_properties


async def incident_now(v2: V2Clients, call: Caller, pk: int) -> Incident:
    response = await call(get_incident, client=v2.user, incident_pk=pk)
    assert isinstance(response.parsed, Incident)
    return response.parsed


# ------------------------------------------------------------------------------------------- events


async def test_list_incident_events_starts_with_the_start_event(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident("cpu hot")
    response = await call(list_incident_events, client=v2.user, incident_pk=made.pk)
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    [start] = response.parsed
    assert isinstance(start, Event)
    assert start.incident == made.pk
    assert start.type_ == EventTypeValue(value="STA", display="Incident start")
    assert start.actor == Actor(pk=v2.ids.source.pk, username=v2.ids.source.username)
    assert start.timestamp == START
    assert start.description == "cpu hot"  # the start event carries the incident's description

    later = START + dt.timedelta(minutes=5)
    note = event_of(
        await call(
            create_incident_event,
            client=v2.source,
            incident_pk=made.pk,
            body=EventCreate(type_="OTH", timestamp=later, description="fan replaced"),
        )
    )
    listed = await call(list_incident_events, client=v2.user, incident_pk=made.pk)
    # Latest timestamp first.
    assert [event.pk for event in listed.parsed] == [note.pk, start.pk]


async def test_create_event_by_end_user_defaults_its_timestamp(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    before = dt.datetime.now(dt.UTC)
    note = event_of(
        await call(
            create_incident_event,
            client=v2.user,
            incident_pk=made.pk,
            body=EventCreate(type_="OTH", description="looking into it"),
        )
    )
    after = dt.datetime.now(dt.UTC)
    assert note.type_ == EventTypeValue(value="OTH", display="Other")
    assert note.actor == Actor(pk=v2.ids.user.pk, username=v2.ids.user.username)
    assert (note.incident, note.description) == (made.pk, "looking into it")
    # Without a timestamp an end user's event happens when the server receives it (same host clock).
    assert before - dt.timedelta(seconds=5) <= note.timestamp <= after + dt.timedelta(seconds=5)
    assert before - dt.timedelta(seconds=5) <= note.received <= after + dt.timedelta(seconds=5)

    got = await call(get_incident_event, client=v2.user, incident_pk=made.pk, event_pk=note.pk)
    assert event_of(got, 200) == note


async def test_end_from_the_source_closes_the_incident(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    ended_at = START + dt.timedelta(hours=1)
    end = event_of(
        await call(
            create_incident_event,
            client=v2.source,
            incident_pk=made.pk,
            body=EventCreate(type_="END", timestamp=ended_at, description="recovered"),
        )
    )
    assert end.type_ == EventTypeValue(value="END", display="Incident end")
    assert end.actor.pk == v2.ids.source.pk
    assert (end.timestamp, end.description) == (ended_at, "recovered")
    closed = await incident_now(v2, call, made.pk)
    assert (closed.end_time, closed.open_) == (ended_at, False)

    # A source system's event is never refused for the incident's state: a second END is
    # recorded, but the incident keeps its first end_time.
    again = event_of(
        await call(
            create_incident_event,
            client=v2.source,
            incident_pk=made.pk,
            body=EventCreate(type_="END", timestamp=ended_at + dt.timedelta(hours=1)),
        )
    )
    assert again.type_.value == "END"
    assert (await incident_now(v2, call, made.pk)).end_time == ended_at

    # RES (incident restart) from the source reopens it.
    restart = event_of(
        await call(
            create_incident_event,
            client=v2.source,
            incident_pk=made.pk,
            body=EventCreate(type_="RES", timestamp=ended_at + dt.timedelta(hours=2)),
        )
    )
    assert restart.type_ == EventTypeValue(value="RES", display="Incident restart")
    reopened = await incident_now(v2, call, made.pk)
    assert (reopened.end_time, reopened.open_) == ("infinity", True)


async def test_end_user_closes_and_reopens(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    closed_at = START + dt.timedelta(hours=2)
    close = event_of(
        await call(
            create_incident_event,
            client=v2.user,
            incident_pk=made.pk,
            body=EventCreate(type_="CLO", timestamp=closed_at, description="false alarm"),
        )
    )
    assert close.type_ == EventTypeValue(value="CLO", display="Close")
    assert close.actor.pk == v2.ids.user.pk
    closed = await incident_now(v2, call, made.pk)
    assert (closed.end_time, closed.open_) == (closed_at, False)
    already_closed = await call(
        create_incident_event, client=v2.user, incident_pk=made.pk, body=EventCreate(type_="CLO")
    )
    assert field_errors(already_closed) == {"type": "The incident is already closed."}

    reopen = event_of(
        await call(
            create_incident_event,
            client=v2.user,
            incident_pk=made.pk,
            body=EventCreate(type_="REO", timestamp=closed_at + dt.timedelta(minutes=1)),
        )
    )
    assert reopen.type_ == EventTypeValue(value="REO", display="Reopen")
    reopened = await incident_now(v2, call, made.pk)
    assert (reopened.end_time, reopened.open_) == ("infinity", True)
    already_open = await call(create_incident_event, client=v2.user, incident_pk=made.pk, body=EventCreate(type_="REO"))
    assert field_errors(already_open) == {"type": "The incident is already open."}


async def test_event_types_a_caller_may_not_post_are_400(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    at = START + dt.timedelta(hours=1)
    refused_types: tuple[EventCreateType, ...] = ("END", "STA")
    for refused in refused_types:
        response = await call(
            create_incident_event, client=v2.user, incident_pk=made.pk, body=EventCreate(type_=refused, timestamp=at)
        )
        assert field_errors(response) == {"type": f"An end user cannot post events of type '{refused}'."}
    by_source = await call(
        create_incident_event, client=v2.source, incident_pk=made.pk, body=EventCreate(type_="CLO", timestamp=at)
    )
    assert field_errors(by_source) == {"type": "A source system cannot post events of type 'CLO'."}
    no_timestamp = await call(
        create_incident_event, client=v2.source, incident_pk=made.pk, body=EventCreate(type_="OTH")
    )
    assert field_errors(no_timestamp) == {"timestamp": ["This field is required."]}
    stateless = v2.new_incident("stateless", end_time=None)
    no_state = await call(
        create_incident_event, client=v2.user, incident_pk=stateless.pk, body=EventCreate(type_="CLO")
    )
    assert field_errors(no_state) == {"type": "Cannot change the state of a stateless incident."}

    # Nothing above changed the incident: still open, only its start event.
    assert (await incident_now(v2, call, made.pk)).open_ is True
    listed = await call(list_incident_events, client=v2.user, incident_pk=made.pk)
    assert [event.type_.value for event in listed.parsed] == ["STA"]


async def test_sta_from_a_source_system_is_recorded_and_changes_nothing(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    extra_start = event_of(
        await call(
            create_incident_event,
            client=v2.source,
            incident_pk=made.pk,
            body=EventCreate(type_="STA", timestamp=START + dt.timedelta(hours=1)),
        )
    )
    assert extra_start.type_ == EventTypeValue(value="STA", display="Incident start")
    after = await incident_now(v2, call, made.pk)
    assert (after.start_time, after.end_time, after.open_) == (START, "infinity", True)


async def test_missing_events_and_incidents_are_404(v2: V2Clients, call: Caller) -> None:
    made, other = v2.new_incident("one"), v2.new_incident("other")
    events_of_other = await call(list_incident_events, client=v2.user, incident_pk=other.pk)
    other_start = events_of_other.parsed[0]
    for incident_pk, event_pk, detail in [
        (made.pk, MISSING, "No Event matches the given query."),
        (made.pk, other_start.pk, "No Event matches the given query."),  # an event of another incident
        (MISSING, other_start.pk, "No Incident matches the given query."),
    ]:
        response = await call(get_incident_event, client=v2.user, incident_pk=incident_pk, event_pk=event_pk)
        assert response.status_code == 404
        assert response.parsed == Detail(detail=detail)
    missing_list = await call(list_incident_events, client=v2.user, incident_pk=MISSING)
    assert missing_list.status_code == 404
    assert missing_list.parsed == Detail(detail="No Incident matches the given query.")
    # (create_incident_event on a missing incident is an HTML 500 on 2.10.2: a server bug, not tested.)


MAX_PAGES = 10_000


async def test_list_events_pages_with_a_cursor(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    # Timestamps near the latest the server stores put these events near the top of the
    # server-wide list (latest timestamp first); the pages are read until all three are seen,
    # however many events other tests (the property tests post them at any date) left above.
    base = dt.datetime(9999, 12, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=v2.ids.source.source_pk)
    mine = [
        event_of(
            await call(
                create_incident_event,
                client=v2.source,
                incident_pk=made.pk,
                body=EventCreate(type_="OTH", timestamp=base + dt.timedelta(minutes=i)),
            )
        )
        for i in range(3)
    ]
    first = await call(list_events, client=v2.user, page_size=2)
    assert first.status_code == 200
    assert isinstance(first.parsed, EventPage)
    assert len(first.parsed.results) == 2
    assert first.parsed.previous is None
    seen = list(first.parsed.results)
    page = first.parsed
    for _ in range(MAX_PAGES):  # the bound keeps a server bug from looping forever
        if page.next_ is None or {e.pk for e in mine} <= {e.pk for e in seen}:
            break
        cursor = parse_qs(urlsplit(page.next_).query)["cursor"][0]
        following = await call(list_events, client=v2.user, page_size=2, cursor=cursor)
        assert isinstance(following.parsed, EventPage)
        assert isinstance(following.parsed.previous, str) and "cursor=" in following.parsed.previous
        assert len(following.parsed.results) <= 2
        page = following.parsed
        seen.extend(page.results)
    assert len({e.pk for e in seen}) == len(seen)  # no event on two pages
    ours = [e for e in seen if e.incident == made.pk]
    assert ours == list(reversed(mine))  # the same events, latest timestamp first
    timestamps = [e.timestamp for e in seen]
    assert timestamps == sorted(timestamps, reverse=True)

    invalid_cursor = await call(list_events, client=v2.user, cursor="not-a-cursor")
    assert invalid_cursor.status_code == 404
    assert invalid_cursor.parsed == Detail(detail="Invalid cursor")


async def test_bulk_create_events(v2: V2Clients, call: Caller) -> None:
    first, second = v2.new_incident("bulk 1"), v2.new_incident("bulk 2")
    response = await call(
        bulk_create_events,
        client=v2.user,
        body=BulkEventRequest(
            ids=[first.pk, second.pk, MISSING], event=EventCreate(type_="OTH", description="checked both")
        ),
    )
    assert response.status_code == 201
    assert isinstance(response.parsed, BulkEventResponse)
    changes = response.parsed.changes.additional_properties
    assert set(changes) == {str(first.pk), str(second.pk), str(MISSING)}
    for incident in (first, second):
        result = changes[str(incident.pk)]
        assert (result.status, result.errors) == (201, None)
        assert isinstance(result.event, Event)
        assert result.event.incident == incident.pk
        assert result.event.type_ == EventTypeValue(value="OTH", display="Other")
        assert result.event.actor.pk == v2.ids.user.pk
        assert result.event.description == "checked both"
    failed = changes[str(MISSING)]
    assert (failed.status, failed.event) == (400, None)
    assert failed.errors.additional_properties == {  # type: ignore[union-attr]
        "ids": f"Incident with id {MISSING} could not be found."
    }
    listed = await call(list_incident_events, client=v2.user, incident_pk=first.pk)
    assert changes[str(first.pk)].event.pk in [e.pk for e in listed.parsed]  # type: ignore[union-attr]


async def test_bulk_close_and_reopen(v2: V2Clients, call: Caller) -> None:
    first, second = v2.new_incident("bulk 1"), v2.new_incident("bulk 2")
    closed_at = START + dt.timedelta(hours=3)
    close = await call(
        bulk_create_events,
        client=v2.user,
        body=BulkEventRequest(ids=[first.pk, second.pk], event=EventCreate(type_="CLO", timestamp=closed_at)),
    )
    assert close.status_code == 201
    assert isinstance(close.parsed, BulkEventResponse)
    assert {r.event.type_.value for r in close.parsed.changes.additional_properties.values()} == {"CLO"}  # type: ignore[union-attr]
    for incident in (first, second):
        now = await incident_now(v2, call, incident.pk)
        assert (now.end_time, now.open_) == (closed_at, False)

    reopen = await call(
        bulk_create_events,
        client=v2.user,
        body=BulkEventRequest(
            ids=[first.pk, second.pk], event=EventCreate(type_="REO", timestamp=closed_at + dt.timedelta(hours=1))
        ),
    )
    assert reopen.status_code == 201
    for incident in (first, second):
        now = await incident_now(v2, call, incident.pk)
        assert (now.end_time, now.open_) == ("infinity", True)


async def test_bulk_end_from_an_end_user_is_only_recorded(v2: V2Clients, call: Caller) -> None:
    """Bulk events skip the per-user type check: an end user's END is stored but closes nothing."""
    made = v2.new_incident()
    response = await call(
        bulk_create_events,
        client=v2.user,
        body=BulkEventRequest(ids=[made.pk], event=EventCreate(type_="END", timestamp=START + dt.timedelta(hours=1))),
    )
    assert response.status_code == 201
    assert isinstance(response.parsed, BulkEventResponse)
    result = response.parsed.changes.additional_properties[str(made.pk)]
    assert result.event.type_.value == "END" and result.event.actor.pk == v2.ids.user.pk  # type: ignore[union-attr]
    assert (await incident_now(v2, call, made.pk)).open_ is True


async def test_bulk_create_events_refusals_are_400(v2: V2Clients, call: Caller) -> None:
    all_missing = await call(
        bulk_create_events, client=v2.user, body=BulkEventRequest(ids=[MISSING], event=EventCreate(type_="OTH"))
    )
    # Nothing worked: 400, with the same per-incident body as a 201.
    assert all_missing.status_code == 400
    assert isinstance(all_missing.parsed, BulkEventResponse)
    failed = all_missing.parsed.changes.additional_properties[str(MISSING)]
    assert (failed.status, failed.event) == (400, None)

    made = v2.new_incident()
    no_timestamp = await call(
        bulk_create_events, client=v2.source, body=BulkEventRequest(ids=[made.pk], event=EventCreate(type_="OTH"))
    )
    assert field_errors(no_timestamp) == {"event": {"timestamp": ["This field is required."]}}


# ------------------------------------------------------------------------------------------- acks


async def test_create_incident_ack_acks_the_incident(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    assert made.acked is False
    acked_at = START + dt.timedelta(minutes=30)
    ack = ack_of(
        await call(
            create_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            body=AcknowledgementCreate(timestamp=acked_at, description="on it", expiration=FUTURE),
        )
    )
    assert ack.pk == ack.event.pk  # the acknowledgement is keyed by its event
    assert ack.expiration == FUTURE
    assert ack.event.type_ == EventTypeValue(value="ACK", display="Acknowledge")
    assert ack.event.actor == Actor(pk=v2.ids.user.pk, username=v2.ids.user.username)
    assert (ack.event.incident, ack.event.timestamp, ack.event.description) == (made.pk, acked_at, "on it")
    assert (await incident_now(v2, call, made.pk)).acked is True
    # The acknowledgement is an event of the incident too.
    events = await call(list_incident_events, client=v2.user, incident_pk=made.pk)
    assert ack.event in events.parsed


async def test_ack_by_a_source_system_is_accepted(v2: V2Clients, call: Caller) -> None:
    """The Argus docs say only end users may acknowledge; 2.10.2 does not check."""
    made = v2.new_incident()
    ack = ack_of(
        await call(
            create_incident_ack, client=v2.source, incident_pk=made.pk, body=AcknowledgementCreate(timestamp=START)
        )
    )
    assert ack.event.actor.pk == v2.ids.source.pk
    assert ack.expiration is None
    assert (await incident_now(v2, call, made.pk)).acked is True


async def test_expired_ack_does_not_count_and_cannot_change(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    # An expiration after the timestamp but already past is accepted: the ack is born expired.
    expired = ack_of(
        await call(
            create_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            body=AcknowledgementCreate(timestamp=START, expiration=START + dt.timedelta(days=1)),
        )
    )
    assert expired.expiration == START + dt.timedelta(days=1)
    assert (await incident_now(v2, call, made.pk)).acked is False
    put = await call(
        replace_incident_ack,
        client=v2.user,
        incident_pk=made.pk,
        ack_pk=expired.pk,
        body=AcknowledgementUpdate(expiration=None),
    )
    assert put.status_code == 400
    assert put.parsed == ["Cannot change expired Acknowledgement"]
    patch = await call(
        update_incident_ack,
        client=v2.user,
        incident_pk=made.pk,
        ack_pk=expired.pk,
        body=AcknowledgementPatch(expiration=FUTURE),
    )
    assert patch.status_code == 400
    assert patch.parsed == ["Cannot change expired Acknowledgement"]


async def test_ack_expiring_before_its_timestamp_is_400(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    response = await call(
        create_incident_ack,
        client=v2.user,
        incident_pk=made.pk,
        body=AcknowledgementCreate(timestamp=START, expiration=START - dt.timedelta(minutes=1)),
    )
    assert field_errors(response) == {"non_field_errors": ["'expiration' is earlier than creation timestamp."]}
    assert (await incident_now(v2, call, made.pk)).acked is False


async def test_list_and_get_incident_acks(v2: V2Clients, call: Caller) -> None:
    made, other = v2.new_incident("acked twice"), v2.new_incident("not acked")
    by_user = ack_of(
        await call(
            create_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            body=AcknowledgementCreate(timestamp=START, description="user"),
        )
    )
    by_admin = ack_of(
        await call(
            create_incident_ack,
            client=v2.admin,
            incident_pk=made.pk,
            body=AcknowledgementCreate(
                timestamp=START + dt.timedelta(minutes=1), description="admin", expiration=FUTURE
            ),
        )
    )
    listed = await call(list_incident_acks, client=v2.user, incident_pk=made.pk)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    assert sorted(listed.parsed, key=lambda a: a.pk) == [by_user, by_admin]
    none = await call(list_incident_acks, client=v2.user, incident_pk=other.pk)
    assert none.status_code == 200
    assert none.parsed == []

    got = await call(get_incident_ack, client=v2.user, incident_pk=made.pk, ack_pk=by_admin.pk)
    assert ack_of(got, 200) == by_admin
    for incident_pk, ack_pk in [(made.pk, MISSING), (other.pk, by_user.pk)]:  # missing; another incident's
        response = await call(get_incident_ack, client=v2.user, incident_pk=incident_pk, ack_pk=ack_pk)
        assert response.status_code == 404
        assert response.parsed == Detail(detail="No Acknowledgement matches the given query.")


async def test_acks_of_a_missing_incident_are_404(v2: V2Clients, call: Caller) -> None:
    not_found = Detail(detail="No Incident matches the given query.")
    responses = [
        await call(list_incident_acks, client=v2.user, incident_pk=MISSING),
        await call(
            create_incident_ack, client=v2.user, incident_pk=MISSING, body=AcknowledgementCreate(timestamp=START)
        ),
        await call(get_incident_ack, client=v2.user, incident_pk=MISSING, ack_pk=1),
        await call(
            replace_incident_ack,
            client=v2.user,
            incident_pk=MISSING,
            ack_pk=1,
            body=AcknowledgementUpdate(expiration=None),
        ),
        await call(
            update_incident_ack,
            client=v2.user,
            incident_pk=MISSING,
            ack_pk=1,
            body=AcknowledgementPatch(expiration=None),
        ),
    ]
    assert [(r.status_code, r.parsed) for r in responses] == [(404, not_found)] * 5


async def test_replace_incident_ack(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    ack = ack_of(
        await call(
            create_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            body=AcknowledgementCreate(timestamp=START, description="first"),
        )
    )
    later = FUTURE + dt.timedelta(days=365)
    replaced = ack_of(
        await call(
            replace_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            ack_pk=ack.pk,
            body=AcknowledgementUpdate(expiration=later),
        ),
        200,
    )
    assert replaced.expiration == later
    assert replaced.event == ack.event  # only the expiration changes
    never = ack_of(
        await call(
            replace_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            ack_pk=ack.pk,
            body=AcknowledgementUpdate(expiration=None),
        ),
        200,
    )
    assert never.expiration is None

    past = await call(
        replace_incident_ack,
        client=v2.user,
        incident_pk=made.pk,
        ack_pk=ack.pk,
        body=AcknowledgementUpdate(expiration=START),
    )
    messages = field_errors(past)["expiration"]
    assert isinstance(messages, list) and len(messages) == 1
    assert messages[0].startswith("'expiration' must be later than current moment")
    reread = await call(get_incident_ack, client=v2.user, incident_pk=made.pk, ack_pk=ack.pk)
    assert ack_of(reread, 200).expiration is None


async def test_update_incident_ack(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    ack = ack_of(
        await call(
            create_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            body=AcknowledgementCreate(timestamp=START, expiration=FUTURE),
        )
    )
    cleared = ack_of(
        await call(
            update_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            ack_pk=ack.pk,
            body=AcknowledgementPatch(expiration=None),
        ),
        200,
    )
    assert cleared.expiration is None
    assert cleared.event == ack.event
    assert (await incident_now(v2, call, made.pk)).acked is True

    set_again = ack_of(
        await call(
            update_incident_ack,
            client=v2.user,
            incident_pk=made.pk,
            ack_pk=ack.pk,
            body=AcknowledgementPatch(expiration=FUTURE),
        ),
        200,
    )
    assert set_again.expiration == FUTURE
    # Server quirk: an empty PATCH does not leave the expiration alone, it clears it.
    empty = ack_of(
        await call(
            update_incident_ack, client=v2.user, incident_pk=made.pk, ack_pk=ack.pk, body=AcknowledgementPatch()
        ),
        200,
    )
    assert empty.expiration is None


async def test_bulk_create_acks(v2: V2Clients, call: Caller) -> None:
    first, second = v2.new_incident("bulk 1"), v2.new_incident("bulk 2")
    response = await call(
        bulk_create_acks,
        client=v2.user,
        body=BulkAckRequest(
            ids=[first.pk, second.pk, MISSING],
            ack=AcknowledgementCreate(timestamp=START, description="both", expiration=FUTURE),
        ),
    )
    assert response.status_code == 201
    assert isinstance(response.parsed, BulkAckResponse)
    changes = response.parsed.changes.additional_properties
    assert set(changes) == {str(first.pk), str(second.pk), str(MISSING)}
    for incident in (first, second):
        result = changes[str(incident.pk)]
        assert (result.status, result.errors) == (201, None)
        assert isinstance(result.ack, Acknowledgement)
        assert result.ack.expiration == FUTURE
        assert result.ack.event.incident == incident.pk
        assert result.ack.event.type_ == EventTypeValue(value="ACK", display="Acknowledge")
        assert (result.ack.event.actor.pk, result.ack.event.timestamp) == (v2.ids.user.pk, START)
        assert (await incident_now(v2, call, incident.pk)).acked is True
        listed = await call(list_incident_acks, client=v2.user, incident_pk=incident.pk)
        assert listed.parsed == [result.ack]
    failed = changes[str(MISSING)]
    assert (failed.status, failed.ack) == (400, None)
    assert failed.errors.additional_properties == {  # type: ignore[union-attr]
        "ids": f"Incident with id {MISSING} could not be found."
    }


async def test_bulk_create_acks_refusals_are_400(v2: V2Clients, call: Caller) -> None:
    all_missing = await call(
        bulk_create_acks, client=v2.user, body=BulkAckRequest(ids=[MISSING], ack=AcknowledgementCreate(timestamp=START))
    )
    assert all_missing.status_code == 400
    assert isinstance(all_missing.parsed, BulkAckResponse)
    failed = all_missing.parsed.changes.additional_properties[str(MISSING)]
    assert (failed.status, failed.ack) == (400, None)

    made = v2.new_incident()
    backwards = await call(
        bulk_create_acks,
        client=v2.user,
        body=BulkAckRequest(
            ids=[made.pk], ack=AcknowledgementCreate(timestamp=START, expiration=START - dt.timedelta(hours=1))
        ),
    )
    assert field_errors(backwards) == {
        "ack": {"non_field_errors": ["'expiration' is earlier than creation timestamp."]}
    }
    assert (await incident_now(v2, call, made.pk)).acked is False


# ------------------------------------------------------------------------------------------- tags


async def test_list_incident_tags(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident(tags=tag_values("host=db1", "problem=disk"))
    response = await call(list_incident_tags, client=v2.user, incident_pk=made.pk)
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    assert sorted(response.parsed, key=lambda t: t.tag) == [TagValue(tag="host=db1"), TagValue(tag="problem=disk")]
    bare = v2.new_incident()
    empty = await call(list_incident_tags, client=v2.user, incident_pk=bare.pk)
    assert empty.parsed == []


async def test_add_get_and_remove_incident_tag(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident(tags=tag_values("host=db1"))
    added = await call(add_incident_tag, client=v2.user, incident_pk=made.pk, body=TagValue(tag="role=db"))
    assert added.status_code == 201
    assert added.parsed == TagValue(tag="role=db")
    # Adding it again is accepted and changes nothing.
    again = await call(add_incident_tag, client=v2.user, incident_pk=made.pk, body=TagValue(tag="role=db"))
    assert (again.status_code, again.parsed) == (201, TagValue(tag="role=db"))
    incident = await incident_now(v2, call, made.pk)
    assert sorted(t.tag for t in incident.tags) == ["host=db1", "role=db"]
    assert next(t for t in incident.tags if t.tag == "role=db").added_by == v2.ids.user.pk

    got = await call(get_incident_tag, client=v2.user, incident_pk=made.pk, tag="role=db")
    assert (got.status_code, got.parsed) == (200, TagValue(tag="role=db"))

    removed = await call(remove_incident_tag, client=v2.user, incident_pk=made.pk, tag="role=db")
    assert removed.status_code == 204
    assert removed.parsed is None
    not_found = Detail(detail="No Tag matches the given query.")
    gone = await call(get_incident_tag, client=v2.user, incident_pk=made.pk, tag="role=db")
    assert (gone.status_code, gone.parsed) == (404, not_found)
    removed_again = await call(remove_incident_tag, client=v2.user, incident_pk=made.pk, tag="role=db")
    assert (removed_again.status_code, removed_again.parsed) == (404, not_found)

    # Anyone may remove a tag, whoever added it (here the source system's own tag).
    theirs = await call(remove_incident_tag, client=v2.user, incident_pk=made.pk, tag="host=db1")
    assert theirs.status_code == 204
    left = await call(list_incident_tags, client=v2.user, incident_pk=made.pk)
    assert left.parsed == []


async def test_a_tag_with_an_empty_value_is_read_and_addressed(v2: V2Clients, call: Caller) -> None:
    """The server takes "k=" (and stores "k= " as "k="): the spec's patterns allow it, so it can be read and removed."""
    made = v2.new_incident(tags=tag_values("empty="))
    added = await call(add_incident_tag, client=v2.user, incident_pk=made.pk, body=TagValue(tag="blank="))
    assert (added.status_code, added.parsed) == (201, TagValue(tag="blank="))
    incident = await incident_now(v2, call, made.pk)
    assert sorted(t.tag for t in incident.tags) == ["blank=", "empty="]
    got = await call(get_incident_tag, client=v2.user, incident_pk=made.pk, tag="empty=")
    assert (got.status_code, got.parsed) == (200, TagValue(tag="empty="))
    removed = await call(remove_incident_tag, client=v2.user, incident_pk=made.pk, tag="empty=")
    assert removed.status_code == 204
    left = await call(list_incident_tags, client=v2.user, incident_pk=made.pk)
    assert left.parsed == [TagValue(tag="blank=")]


async def test_invalid_tags_are_400(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident()
    no_delimiter = await call(add_incident_tag, client=v2.user, incident_pk=made.pk, body=TagValue(tag="nokey"))
    assert field_errors(no_delimiter) == {"tag": "The tag does not have its delimiter: =."}
    upper_key = await call(add_incident_tag, client=v2.user, incident_pk=made.pk, body=TagValue(tag="Role=db"))
    assert "lowercase letters, numbers and underscores" in str(field_errors(upper_key)["tag"])
    bad_path = await call(get_incident_tag, client=v2.user, incident_pk=made.pk, tag="nokey")
    assert bad_path.status_code == 400
    assert bad_path.parsed == ["The tag does not have its delimiter: =."]
    assert (await incident_now(v2, call, made.pk)).tags == []


async def test_tags_of_a_missing_incident_are_a_400_list(v2: V2Clients, call: Caller) -> None:
    expected = (400, [f"An incident with pk={MISSING} does not exist"])
    responses = [
        await call(list_incident_tags, client=v2.user, incident_pk=MISSING),
        await call(add_incident_tag, client=v2.user, incident_pk=MISSING, body=TagValue(tag="a=b")),
        await call(get_incident_tag, client=v2.user, incident_pk=MISSING, tag="a=b"),
        await call(remove_incident_tag, client=v2.user, incident_pk=MISSING, tag="a=b"),
    ]
    assert [(r.status_code, r.parsed) for r in responses] == [expected] * 4


# ------------------------------------------------------------------------------------------- auth


async def test_wrong_token_is_401_everywhere(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident(tags=tag_values("host=a"))
    stranger = v2.with_token("not-a-real-token")
    pk = made.pk
    responses = [
        await call(list_incident_events, client=stranger, incident_pk=pk),
        await call(create_incident_event, client=stranger, incident_pk=pk, body=EventCreate(type_="OTH")),
        await call(get_incident_event, client=stranger, incident_pk=pk, event_pk=1),
        await call(list_events, client=stranger),
        await call(
            bulk_create_events, client=stranger, body=BulkEventRequest(ids=[pk], event=EventCreate(type_="OTH"))
        ),
        await call(list_incident_acks, client=stranger, incident_pk=pk),
        await call(create_incident_ack, client=stranger, incident_pk=pk, body=AcknowledgementCreate(timestamp=START)),
        await call(get_incident_ack, client=stranger, incident_pk=pk, ack_pk=1),
        await call(
            replace_incident_ack, client=stranger, incident_pk=pk, ack_pk=1, body=AcknowledgementUpdate(expiration=None)
        ),
        await call(update_incident_ack, client=stranger, incident_pk=pk, ack_pk=1, body=AcknowledgementPatch()),
        await call(
            bulk_create_acks, client=stranger, body=BulkAckRequest(ids=[pk], ack=AcknowledgementCreate(timestamp=START))
        ),
        await call(list_incident_tags, client=stranger, incident_pk=pk),
        await call(add_incident_tag, client=stranger, incident_pk=pk, body=TagValue(tag="x=y")),
        await call(get_incident_tag, client=stranger, incident_pk=pk, tag="host=a"),
        await call(remove_incident_tag, client=stranger, incident_pk=pk, tag="host=a"),
    ]
    assert [(r.status_code, r.parsed) for r in responses] == [(401, Detail(detail="Invalid token."))] * 15
    anonymous = await call(list_incident_events, client=v2.anonymous, incident_pk=pk)
    assert (anonymous.status_code, anonymous.parsed) == (
        401,
        Detail(detail="Authentication credentials were not provided."),
    )
    # Nothing was changed by the refused calls.
    after = await incident_now(v2, call, pk)
    assert ([t.tag for t in after.tags], after.acked) == (["host=a"], False)

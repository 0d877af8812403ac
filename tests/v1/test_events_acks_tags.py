"""incident_events, incident_acks and incident_tags of API v1: every operation, sync and async, on a real 1.37.0."""

from __future__ import annotations

import datetime as dt

import pytest
from argus_api_v1.api.incident_acks import (
    create_incident_ack,
    get_incident_ack,
    list_incident_acks,
    replace_incident_ack,
    update_incident_ack,
)
from argus_api_v1.api.incident_events import create_incident_event, get_incident_event, list_incident_events
from argus_api_v1.api.incident_tags import add_incident_tag, get_incident_tag, list_incident_tags, remove_incident_tag
from argus_api_v1.api.incidents import get_incident
from argus_api_v1.models import (
    Acknowledgement,
    AcknowledgementCreate,
    AcknowledgementEvent,
    AcknowledgementPatch,
    AcknowledgementUpdate,
    Detail,
    Event,
    EventCreate,
    FieldErrors,
    Incident,
    TagValue,
)

from .support import START, Caller, V1Clients, parsed_as, tag_values

pytestmark = pytest.mark.anyio
FUTURE = dt.datetime(2099, 1, 1, tzinfo=dt.UTC)


# ----------------------------------------------------------------------------------------- events


async def test_create_incident_event_by_end_user_and_source(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("events")
    note = EventCreate(type_="OTH", description="looked at it")
    other = parsed_as(Event, await call(create_incident_event, client=v1.user, incident_pk=incident.pk, body=note))
    assert (other.type_.value, other.type_.display, other.description) == ("OTH", "Other", "looked at it")
    assert (other.incident, other.actor.pk, other.actor.username) == (incident.pk, v1.ids.user.pk, v1.ids.user.username)

    ended_at = START + dt.timedelta(hours=2)
    end = EventCreate(type_="END", timestamp=ended_at)
    closing = parsed_as(Event, await call(create_incident_event, client=v1.source, incident_pk=incident.pk, body=end))
    assert (closing.type_.value, closing.timestamp) == ("END", ended_at)
    closed = parsed_as(Incident, get_incident.sync_detailed(client=v1.user, incident_pk=incident.pk), 200)
    assert (closed.open_, closed.end_time) == (False, ended_at)


async def test_create_incident_event_refusals(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("refusals")
    end_by_user = await call(
        create_incident_event, client=v1.user, incident_pk=incident.pk, body=EventCreate(type_="END")
    )
    assert end_by_user.status_code == 400
    assert end_by_user.parsed == FieldErrors.from_dict({"type": "An end user cannot post events of type 'END'."})
    clo_by_source = EventCreate(type_="CLO", timestamp=START)
    refused = await call(create_incident_event, client=v1.source, incident_pk=incident.pk, body=clo_by_source)
    assert refused.status_code == 400
    assert refused.parsed == FieldErrors.from_dict({"type": "A source system cannot post events of type 'CLO'."})
    no_timestamp = EventCreate(type_="OTH")
    source_without = await call(create_incident_event, client=v1.source, incident_pk=incident.pk, body=no_timestamp)
    assert source_without.status_code == 400
    assert source_without.parsed == FieldErrors.from_dict({"timestamp": ["This field is required."]})
    reopen_open = EventCreate(type_="REO")
    already_open = await call(create_incident_event, client=v1.user, incident_pk=incident.pk, body=reopen_open)
    assert already_open.parsed == FieldErrors.from_dict({"type": "The incident is already open."})


async def test_list_and_get_incident_events(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("log")
    note = EventCreate(type_="OTH", description="note")
    made = parsed_as(Event, create_incident_event.sync_detailed(client=v1.user, incident_pk=incident.pk, body=note))
    listed = await call(list_incident_events, client=v1.user, incident_pk=incident.pk)
    assert listed.status_code == 200
    assert all(isinstance(event, Event) for event in listed.parsed)
    # Latest first: our note, then the STA the server made with the incident.
    assert [e.type_.value for e in listed.parsed] == ["OTH", "STA"]
    assert listed.parsed[0] == made
    one = await call(get_incident_event, client=v1.user, incident_pk=incident.pk, event_pk=made.pk)
    assert parsed_as(Event, one, 200) == made
    missing = await call(get_incident_event, client=v1.user, incident_pk=incident.pk, event_pk=987654321)
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No Event matches the given query.")
    no_incident = await call(list_incident_events, client=v1.user, incident_pk=987654321)
    assert no_incident.parsed == Detail(detail="No Incident matches the given query.")


# ----------------------------------------------------------------------------------------- acks


def v1_ack(description: str = "", expiration: dt.datetime | None = None, **event: dt.datetime) -> AcknowledgementCreate:
    """The v1 acknowledgement body: the event's fields nested under `event`."""
    return AcknowledgementCreate(event=AcknowledgementEvent(description=description, **event), expiration=expiration)


async def test_create_incident_ack_with_the_v1_body(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("ack me")
    acked_at = START + dt.timedelta(minutes=5)
    body = v1_ack("on it", FUTURE, timestamp=acked_at)
    ack = parsed_as(
        Acknowledgement, await call(create_incident_ack, client=v1.user, incident_pk=incident.pk, body=body)
    )
    assert (ack.event.type_.value, ack.event.description, ack.event.timestamp) == ("ACK", "on it", acked_at)
    assert (ack.expiration, ack.event.actor.pk) == (FUTURE, v1.ids.user.pk)
    reread = parsed_as(Incident, get_incident.sync_detailed(client=v1.user, incident_pk=incident.pk), 200)
    assert reread.acked is True

    # {"event": {}} is enough from an end user: the timestamp is now and it never expires.
    minimal = AcknowledgementCreate(event=AcknowledgementEvent())
    bare = parsed_as(
        Acknowledgement, await call(create_incident_ack, client=v1.user, incident_pk=incident.pk, body=minimal)
    )
    assert bare.expiration is None
    assert abs(bare.event.timestamp - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    # Source systems may acknowledge too, but must give the timestamp (as for events).
    from_source = await call(create_incident_ack, client=v1.source, incident_pk=incident.pk, body=minimal)
    assert from_source.status_code == 400
    assert from_source.parsed == FieldErrors.from_dict({"event": {"timestamp": ["This field is required."]}})
    with_timestamp = v1_ack(timestamp=acked_at)
    by_source = await call(create_incident_ack, client=v1.source, incident_pk=incident.pk, body=with_timestamp)
    assert parsed_as(Acknowledgement, by_source).event.actor.pk == v1.ids.source.pk


async def test_create_incident_ack_refusals(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("ack refusals")
    expired_before = v1_ack(expiration=START - dt.timedelta(days=1), timestamp=START)
    refused = await call(create_incident_ack, client=v1.user, incident_pk=incident.pk, body=expired_before)
    assert refused.status_code == 400
    assert refused.parsed == FieldErrors.from_dict(
        {"non_field_errors": ["'expiration' is earlier than creation timestamp."]}
    )
    missing = await call(create_incident_ack, client=v1.user, incident_pk=987654321, body=v1_ack())
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No Incident matches the given query.")


async def test_list_and_get_incident_acks(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("acks")
    made = parsed_as(
        Acknowledgement, create_incident_ack.sync_detailed(client=v1.user, incident_pk=incident.pk, body=v1_ack("a"))
    )
    listed = await call(list_incident_acks, client=v1.user, incident_pk=incident.pk)
    assert listed.status_code == 200
    assert listed.parsed == [made]
    one = await call(get_incident_ack, client=v1.user, incident_pk=incident.pk, ack_pk=made.pk)
    assert parsed_as(Acknowledgement, one, 200) == made
    missing = await call(get_incident_ack, client=v1.user, incident_pk=incident.pk, ack_pk=987654321)
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No Acknowledgement matches the given query.")


async def test_replace_and_update_incident_ack(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("expirations")
    made = parsed_as(
        Acknowledgement, create_incident_ack.sync_detailed(client=v1.user, incident_pk=incident.pk, body=v1_ack())
    )
    put = await call(
        replace_incident_ack,
        client=v1.user,
        incident_pk=incident.pk,
        ack_pk=made.pk,
        body=AcknowledgementUpdate(expiration=FUTURE),
    )
    assert parsed_as(Acknowledgement, put, 200).expiration == FUTURE
    patch = await call(
        update_incident_ack,
        client=v1.user,
        incident_pk=incident.pk,
        ack_pk=made.pk,
        body=AcknowledgementPatch(expiration=None),
    )
    assert parsed_as(Acknowledgement, patch, 200).expiration is None
    in_the_past = AcknowledgementUpdate(expiration=START)
    refused = await call(
        replace_incident_ack, client=v1.user, incident_pk=incident.pk, ack_pk=made.pk, body=in_the_past
    )
    assert refused.status_code == 400
    assert isinstance(refused.parsed, FieldErrors)
    assert "must be later than current moment" in refused.parsed.additional_properties["expiration"][0]

    expired = parsed_as(
        Acknowledgement,
        create_incident_ack.sync_detailed(
            client=v1.user,
            incident_pk=incident.pk,
            body=v1_ack(expiration=START + dt.timedelta(days=1), timestamp=START),
        ),
    )
    frozen = await call(
        update_incident_ack,
        client=v1.user,
        incident_pk=incident.pk,
        ack_pk=expired.pk,
        body=AcknowledgementPatch(expiration=FUTURE),
    )
    assert frozen.status_code == 400
    assert frozen.parsed == ["Cannot change expired Acknowledgement"]


# ----------------------------------------------------------------------------------------- tags


async def test_add_get_list_remove_incident_tags(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("tags", tags=tag_values("host=a"))
    added = await call(add_incident_tag, client=v1.user, incident_pk=incident.pk, body=TagValue(tag="problem=disk"))
    assert parsed_as(TagValue, added) == TagValue(tag="problem=disk")
    listed = await call(list_incident_tags, client=v1.user, incident_pk=incident.pk)
    assert listed.status_code == 200
    assert sorted(tag.tag for tag in listed.parsed) == ["host=a", "problem=disk"]
    one = await call(get_incident_tag, client=v1.user, incident_pk=incident.pk, tag="problem=disk")
    assert parsed_as(TagValue, one, 200) == TagValue(tag="problem=disk")
    removed = await call(remove_incident_tag, client=v1.user, incident_pk=incident.pk, tag="problem=disk")
    assert removed.status_code == 204
    gone = await call(get_incident_tag, client=v1.user, incident_pk=incident.pk, tag="problem=disk")
    assert gone.status_code == 404
    assert gone.parsed == Detail(detail="No Tag matches the given query.")
    remove_again = await call(remove_incident_tag, client=v1.user, incident_pk=incident.pk, tag="problem=disk")
    assert remove_again.status_code == 404


async def test_a_tag_with_an_empty_value_is_read_and_addressed(v1: V1Clients, call: Caller) -> None:
    """The server takes "k=" (and stores "k= " as "k="): the spec's patterns allow it, so it can be read and removed."""
    incident = v1.new_incident("empty tag value", tags=tag_values("empty="))
    added = await call(add_incident_tag, client=v1.user, incident_pk=incident.pk, body=TagValue(tag="blank="))
    assert parsed_as(TagValue, added) == TagValue(tag="blank=")
    listed = await call(list_incident_tags, client=v1.user, incident_pk=incident.pk)
    assert sorted(tag.tag for tag in listed.parsed) == ["blank=", "empty="]
    one = await call(get_incident_tag, client=v1.user, incident_pk=incident.pk, tag="empty=")
    assert parsed_as(TagValue, one, 200) == TagValue(tag="empty=")
    removed = await call(remove_incident_tag, client=v1.user, incident_pk=incident.pk, tag="empty=")
    assert removed.status_code == 204
    left = await call(list_incident_tags, client=v1.user, incident_pk=incident.pk)
    assert [tag.tag for tag in left.parsed] == ["blank="]


async def test_incident_tag_errors(v1: V1Clients, call: Caller) -> None:
    incident = v1.new_incident("tag errors")
    no_delimiter = await call(add_incident_tag, client=v1.user, incident_pk=incident.pk, body=TagValue(tag="nodelim"))
    assert no_delimiter.status_code == 400
    assert no_delimiter.parsed == FieldErrors.from_dict({"tag": "The tag does not have its delimiter: =."})
    # A missing incident is a 400 with a bare list for the tag operations, not a 404.
    missing = await call(list_incident_tags, client=v1.user, incident_pk=987654321)
    assert missing.status_code == 400
    assert missing.parsed == ["An incident with pk=987654321 does not exist"]

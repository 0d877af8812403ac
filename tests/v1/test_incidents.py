"""incidents tag of API v1: every operation through the generated client, sync and async, on a real 1.37.0."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from argus_api_v1.api.incident_acks import create_incident_ack
from argus_api_v1.api.incidents import (
    create_incident,
    delete_incident,
    get_incident,
    get_incidents_metadata,
    list_incidents,
    list_my_incidents,
    list_open_incidents,
    list_open_unacked_incidents,
    replace_incident,
    set_incident_ticket_url,
    update_incident,
)
from argus_api_v1.models import (
    Acknowledgement,
    AcknowledgementCreate,
    AcknowledgementEvent,
    Detail,
    FieldErrors,
    Incident,
    IncidentCreate,
    IncidentPage,
    IncidentPatch,
    IncidentReplace,
    IncidentsMetadata,
    TicketUrl,
)
from argus_api_v1.types import Unset

from .support import START, Caller, V1Clients, parsed_as, tag_values

pytestmark = pytest.mark.anyio


async def test_create_incident_stateful_stateless_and_closed(v1: V1Clients, call: Caller) -> None:
    body = IncidentCreate(
        start_time=START,
        description="disk full",
        level=2,
        source_incident_id="nav-17",
        tags=tag_values("host=db1", "problem=disk"),
        metadata={"rack": 4},
    )
    incident = parsed_as(Incident, await call(create_incident, client=v1.source, body=body))
    assert (incident.description, incident.level, incident.source_incident_id) == ("disk full", 2, "nav-17")
    assert incident.start_time == START
    assert incident.end_time == "infinity"
    assert (incident.stateful, incident.open_, incident.acked) == (True, True, False)
    assert sorted(tag.tag for tag in incident.tags) == ["host=db1", "problem=disk"]
    assert incident.tags[0].added_by == v1.ids.source.pk
    assert incident.source.pk == v1.ids.source.source_pk

    stateless_body = IncidentCreate(start_time=START, end_time=None, tags=[])
    stateless = parsed_as(Incident, await call(create_incident, client=v1.source, body=stateless_body))
    assert stateless.end_time is None
    assert (stateless.stateful, stateless.open_, stateless.level) == (False, False, 5)  # level defaults to 5

    closed_at = START + dt.timedelta(hours=1)
    closed_body = IncidentCreate(start_time=START, end_time=closed_at, tags=[])
    closed = parsed_as(Incident, await call(create_incident, client=v1.source, body=closed_body))
    assert closed.end_time == closed_at
    assert (closed.stateful, closed.open_) == (True, False)


async def test_create_incident_errors(v1: V1Clients, call: Caller) -> None:
    invalid = await call(create_incident, client=v1.source, body=IncidentCreate(start_time=START, tags=[], level=9))
    assert invalid.status_code == 400
    assert isinstance(invalid.parsed, FieldErrors)
    assert invalid.parsed.additional_properties == {"level": ['"9" is not a valid choice.']}
    by_end_user = await call(create_incident, client=v1.user, body=IncidentCreate(start_time=START, tags=[]))
    assert by_end_user.status_code == 400
    assert by_end_user.parsed == ["The requesting user must have a connected source system."]


async def test_wrong_token_is_401_and_missing_incident_is_404(v1: V1Clients, call: Caller) -> None:
    refused = await call(list_incidents, client=v1.with_token("not-a-real-token"))
    assert refused.status_code == 401
    assert refused.parsed == Detail(detail="Invalid token.")
    anonymous = await call(get_incident, client=v1.anonymous, incident_pk=1)
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")
    missing = await call(get_incident, client=v1.user, incident_pk=987654321)
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No Incident matches the given query.")


async def test_get_incident(v1: V1Clients, call: Caller) -> None:
    made = v1.new_incident("to read back", tags=tag_values("host=a"), metadata={"k": 1})
    response = await call(get_incident, client=v1.user, incident_pk=made.pk)
    incident = parsed_as(Incident, response, 200)
    # GET leaves metadata out (create, PATCH and PUT answers carry it); everything else is the same.
    assert isinstance(incident.metadata, Unset)
    assert (incident.pk, incident.description, incident.tags) == (made.pk, made.description, made.tags)


async def test_list_incidents_pages_and_filters(v1: V1Clients, call: Caller) -> None:
    marker = str(v1.ids.source.source_pk)
    made = [v1.new_incident(f"page {i}", start_time=START + dt.timedelta(minutes=i)) for i in range(3)]
    first = parsed_as(
        IncidentPage, await call(list_incidents, client=v1.user, source_id_in=marker, page_size=2, open_=True), 200
    )
    # Newest start_time first; `next` carries the cursor and the filters.
    assert [i.pk for i in first.results] == [made[2].pk, made[1].pk]
    assert first.previous is None
    assert isinstance(first.next_, str)
    cursor = parse_qs(urlsplit(first.next_).query)["cursor"][0]
    second = parsed_as(
        IncidentPage, await call(list_incidents, client=v1.user, source_id_in=marker, page_size=2, cursor=cursor), 200
    )
    assert [i.pk for i in second.results] == [made[0].pk]
    assert second.next_ is None

    key = f"t{marker}"
    tagged = v1.new_incident("a+x", tags=tag_values(f"{key}=a", "problem=x"), level=1)
    v1.new_incident("a+y", tags=tag_values(f"{key}=a", "problem=y"))
    by_tags = parsed_as(
        IncidentPage, await call(list_incidents, client=v1.user, tags=f"{key}=a,problem=x", source_id_in=marker), 200
    )
    assert [i.pk for i in by_tags.results] == [tagged.pk]
    severe = parsed_as(IncidentPage, await call(list_incidents, client=v1.user, source_id_in=marker, level_lte=1), 200)
    assert [i.pk for i in severe.results] == [tagged.pk]
    stateless = v1.new_incident("stateless", end_time=None)
    only_stateless = await call(
        list_incidents, client=v1.user, source_id_in=marker, stateful=False, end_time_isnull=True, acked=False
    )
    assert [i.pk for i in parsed_as(IncidentPage, only_stateless, 200).results] == [stateless.pk]

    invalid_cursor = await call(list_incidents, client=v1.user, cursor="not-a-cursor")
    assert invalid_cursor.status_code == 404
    assert invalid_cursor.parsed == Detail(detail="Invalid cursor")


async def test_list_incidents_time_source_and_ticket_filters(v1: V1Clients, call: Caller) -> None:
    source = v1.ids.source
    closed = v1.new_incident("closed after an hour", end_time=START + dt.timedelta(hours=1))
    ticketed = v1.new_incident("with a ticket", ticket_url="https://tickets.example.org/1")
    by_source = await call(
        list_incidents,
        client=v1.user,
        source_id_in=f"{source.source_pk},987654321",
        source_name_in=source.source_name,
        source_type_in=source.source_type,
    )
    assert {i.pk for i in parsed_as(IncidentPage, by_source, 200).results} == {closed.pk, ticketed.pk}
    in_window = await call(
        list_incidents,
        client=v1.user,
        source_id_in=str(source.source_pk),
        start_time_gte=START - dt.timedelta(minutes=1),
        start_time_lte=START,
        end_time_gte=START,
        end_time_lte=START + dt.timedelta(hours=2),
        duration_gte=60,
    )
    assert [i.pk for i in parsed_as(IncidentPage, in_window, 200).results] == [closed.pk]
    with_ticket = await call(list_incidents, client=v1.user, source_id_in=str(source.source_pk), ticket=True)
    assert [i.pk for i in parsed_as(IncidentPage, with_ticket, 200).results] == [ticketed.pk]
    by_id = await call(
        list_incidents, client=v1.user, source_incident_id="no-such-id", source_id_in=str(source.source_pk)
    )
    assert parsed_as(IncidentPage, by_id, 200).results == []


async def test_list_my_incidents(v1: V1Clients, call: Caller) -> None:
    mine = v1.new_incident("mine")
    response = await call(list_my_incidents, client=v1.source, page_size=50, open_=True)
    assert [i.pk for i in parsed_as(IncidentPage, response, 200).results] == [mine.pk]
    end_user = await call(list_my_incidents, client=v1.user)
    assert parsed_as(IncidentPage, end_user, 200).results == []


async def test_open_and_open_unacked_are_plain_lists(v1: V1Clients, call: Caller) -> None:
    unacked = v1.new_incident("open, nobody on it")
    acked = v1.new_incident("open, acknowledged")
    closed = v1.new_incident("closed", end_time=START + dt.timedelta(hours=1))
    ack = AcknowledgementCreate(event=AcknowledgementEvent(description="on it"))
    parsed_as(Acknowledgement, create_incident_ack.sync_detailed(client=v1.user, incident_pk=acked.pk, body=ack))

    open_response = await call(list_open_incidents, client=v1.user)
    assert open_response.status_code == 200
    open_pks = {i.pk for i in open_response.parsed if isinstance(i, Incident)}
    assert {unacked.pk, acked.pk} <= open_pks and closed.pk not in open_pks
    unacked_response = await call(list_open_unacked_incidents, client=v1.user)
    assert unacked_response.status_code == 200
    unacked_pks = {i.pk for i in unacked_response.parsed if isinstance(i, Incident)}
    assert unacked.pk in unacked_pks and acked.pk not in unacked_pks and closed.pk not in unacked_pks
    anonymous = await call(list_open_unacked_incidents, client=v1.anonymous)
    assert anonymous.status_code == 401


async def test_get_incidents_metadata(v1: V1Clients, call: Caller) -> None:
    metadata = parsed_as(IncidentsMetadata, await call(get_incidents_metadata, client=v1.user), 200)
    ours = [source for source in metadata.source_systems if source.pk == v1.ids.source.source_pk]
    assert [(s.name, s.type_.name, s.user) for s in ours] == [
        (v1.ids.source.source_name, v1.ids.source.source_type, v1.ids.source.pk)
    ]


async def test_update_incident(v1: V1Clients, call: Caller) -> None:
    made = v1.new_incident("before", tags=tag_values("host=a"))
    body = IncidentPatch(level=1, description="after", metadata={"m": 2}, tags=tag_values("host=b", "extra=yes"))
    changed = parsed_as(Incident, await call(update_incident, client=v1.source, incident_pk=made.pk, body=body), 200)
    assert (changed.level, changed.description, changed.metadata) == (1, "after", {"m": 2})
    assert sorted(t.tag for t in changed.tags) == ["extra=yes", "host=b"]  # tags given replace the old ones
    assert changed.start_time == made.start_time
    invalid = await call(update_incident, client=v1.source, incident_pk=made.pk, body=IncidentPatch(level=0))
    assert invalid.status_code == 400
    assert isinstance(invalid.parsed, FieldErrors) and "level" in invalid.parsed.additional_properties
    missing = await call(update_incident, client=v1.source, incident_pk=987654321, body=IncidentPatch(level=1))
    assert missing.status_code == 404
    # Only who added a tag may drop it this way (remove_incident_tag has no such rule).
    others_tags = IncidentPatch(tags=tag_values("host=mine"))
    refused = await call(update_incident, client=v1.user, incident_pk=made.pk, body=others_tags)
    not_yours = "Cannot remove this tag when you're not the one who added it."
    assert refused.parsed == FieldErrors.from_dict({"host=b": not_yours, "extra=yes": not_yours})


async def test_replace_incident(v1: V1Clients, call: Caller) -> None:
    made = v1.new_incident("before", tags=tag_values("host=a"))
    body = IncidentReplace(tags=tag_values("host=c"), description="replaced", level=3)
    replaced = parsed_as(Incident, await call(replace_incident, client=v1.source, incident_pk=made.pk, body=body), 200)
    assert (replaced.description, replaced.level, [t.tag for t in replaced.tags]) == ("replaced", 3, ["host=c"])
    missing = await call(replace_incident, client=v1.source, incident_pk=987654321, body=body)
    assert missing.status_code == 404


async def test_delete_incident_is_refused_with_405(v1: V1Clients, call: Caller) -> None:
    made = v1.new_incident("indelible")
    response = await call(delete_incident, client=v1.admin, incident_pk=made.pk)
    assert response.status_code == 405
    assert isinstance(response.parsed, Detail) and "INDELIBLE_INCIDENTS" in response.parsed.detail
    # 1.37.0 refuses before looking the incident up: an unknown one is a 405 too.
    unknown = await call(delete_incident, client=v1.admin, incident_pk=987654321)
    assert unknown.status_code == 405
    still_there = await call(get_incident, client=v1.user, incident_pk=made.pk)
    assert still_there.status_code == 200


async def test_set_incident_ticket_url(v1: V1Clients, call: Caller) -> None:
    made = v1.new_incident("needs a ticket")
    url = "https://tickets.example.org/42"
    response = await call(set_incident_ticket_url, client=v1.user, incident_pk=made.pk, body=TicketUrl(ticket_url=url))
    assert parsed_as(TicketUrl, response, 200) == TicketUrl(ticket_url=url)
    reread = parsed_as(Incident, await call(get_incident, client=v1.user, incident_pk=made.pk), 200)
    assert reread.ticket_url == url
    not_a_url = TicketUrl(ticket_url="not a url")  # not validated here
    assert (
        parsed_as(
            TicketUrl, await call(set_incident_ticket_url, client=v1.user, incident_pk=made.pk, body=not_a_url), 200
        )
        == not_a_url
    )
    missing = await call(set_incident_ticket_url, client=v1.user, incident_pk=987654321, body=TicketUrl(ticket_url=url))
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No Incident matches the given query.")

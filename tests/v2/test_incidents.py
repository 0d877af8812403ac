"""incidents tag: every operation through the generated client, sync and async, on a real 2.10.2."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from argus_api_v2.api.incidents import (
    bulk_set_ticket_url,
    create_automatic_ticket,
    create_incident,
    delete_incident,
    get_incident,
    list_incidents,
    list_my_incidents,
    replace_incident,
    set_incident_ticket_url,
    update_incident,
)
from argus_api_v2.models import (
    BulkTicketUrlRequest,
    BulkTicketUrlResponse,
    Detail,
    FieldErrors,
    Incident,
    IncidentCreate,
    IncidentPage,
    IncidentPatch,
    IncidentReplace,
    TicketUrl,
)

from .support import START, Caller, V2Clients, tag_values

pytestmark = pytest.mark.anyio


async def test_create_incident_stateful_and_stateless(v2: V2Clients, call: Caller) -> None:
    stateful = await call(
        create_incident,
        client=v2.source,
        body=IncidentCreate(
            start_time=START,
            description="disk full",
            level=2,
            source_incident_id="nav-17",
            details_url="/alerts/17",
            tags=tag_values("host=db1", "problem=disk"),
            metadata={"rack": 4},
        ),
    )
    assert stateful.status_code == 201
    incident = stateful.parsed
    assert isinstance(incident, Incident)
    assert (incident.description, incident.level, incident.source_incident_id) == ("disk full", 2, "nav-17")
    assert incident.start_time == START
    assert incident.end_time == "infinity"
    assert (incident.stateful, incident.open_, incident.acked) == (True, True, False)
    assert sorted(tag.tag for tag in incident.tags) == ["host=db1", "problem=disk"]
    assert incident.tags[0].added_by == v2.ids.source.pk
    assert incident.source.pk == v2.ids.source.source_pk
    assert incident.metadata == {"rack": 4}

    stateless = await call(
        create_incident, client=v2.source, body=IncidentCreate(start_time=START, end_time=None, tags=[])
    )
    assert isinstance(stateless.parsed, Incident)
    assert stateless.parsed.end_time is None
    assert (stateless.parsed.stateful, stateless.parsed.open_) == (False, False)

    closed_at = START + dt.timedelta(hours=1)
    closed = await call(
        create_incident, client=v2.source, body=IncidentCreate(start_time=START, end_time=closed_at, tags=[])
    )
    assert isinstance(closed.parsed, Incident)
    assert closed.parsed.end_time == closed_at
    assert (closed.parsed.stateful, closed.parsed.open_) == (True, False)


async def test_create_incident_with_invalid_level_parses_the_400_model(v2: V2Clients, call: Caller) -> None:
    response = await call(create_incident, client=v2.source, body=IncidentCreate(start_time=START, tags=[], level=9))
    assert response.status_code == 400
    assert isinstance(response.parsed, FieldErrors)
    assert response.parsed.additional_properties == {"level": ['"9" is not a valid choice.']}


async def test_create_incident_by_an_end_user_is_a_400_list(v2: V2Clients, call: Caller) -> None:
    response = await call(create_incident, client=v2.user, body=IncidentCreate(start_time=START, tags=[]))
    assert response.status_code == 400
    assert response.parsed == ["The requesting user must have a connected source system."]


async def test_wrong_token_is_401_and_missing_incident_is_404(v2: V2Clients, call: Caller) -> None:
    refused = await call(list_incidents, client=v2.with_token("not-a-real-token"))
    assert refused.status_code == 401
    assert refused.parsed == Detail(detail="Invalid token.")
    anonymous = await call(get_incident, client=v2.anonymous, incident_pk=1)
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")
    missing = await call(get_incident, client=v2.user, incident_pk=987654321)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, Detail)
    assert missing.parsed.detail == "No Incident matches the given query."


async def test_get_incident(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident("to read back", tags=tag_values("host=a"))
    response = await call(get_incident, client=v2.user, incident_pk=made.pk)
    assert response.status_code == 200
    assert response.parsed == made


async def test_list_incidents_pages_with_filters(v2: V2Clients, call: Caller) -> None:
    marker = str(v2.ids.source.source_pk)
    made = [v2.new_incident(f"page {i}", start_time=START + dt.timedelta(minutes=i)) for i in range(3)]
    first = await call(list_incidents, client=v2.user, source_id_in=marker, page_size=2, open_=True)
    assert first.status_code == 200
    assert isinstance(first.parsed, IncidentPage)
    # Newest start_time first; `next` carries the cursor and the filters.
    assert [i.pk for i in first.parsed.results] == [made[2].pk, made[1].pk]
    assert first.parsed.previous is None
    assert isinstance(first.parsed.next_, str) and "cursor=" in first.parsed.next_
    cursor = parse_qs(urlsplit(first.parsed.next_).query)["cursor"][0]
    second = await call(list_incidents, client=v2.user, source_id_in=marker, page_size=2, cursor=cursor)
    assert isinstance(second.parsed, IncidentPage)
    assert [i.pk for i in second.parsed.results] == [made[0].pk]
    assert second.parsed.next_ is None

    invalid_cursor = await call(list_incidents, client=v2.user, cursor="not-a-cursor")
    assert invalid_cursor.status_code == 404
    assert invalid_cursor.parsed == Detail(detail="Invalid cursor")


async def test_tags_filter_is_one_comma_separated_value(v2: V2Clients, call: Caller) -> None:
    """host=a OR host=b, AND problem=x: exactly the documented set, not just the last tag."""
    key = f"t{v2.ids.source.source_pk}"
    wanted_a = v2.new_incident("a+x", tags=tag_values(f"{key}=a", "problem=x"))
    wanted_b = v2.new_incident("b+x", tags=tag_values(f"{key}=b", "problem=x"))
    v2.new_incident("a, other problem", tags=tag_values(f"{key}=a", "problem=y"))
    v2.new_incident("c+x", tags=tag_values(f"{key}=c", "problem=x"))
    v2.new_incident("x only", tags=tag_values("problem=x"))
    # Within our source system: other tests' incidents (the property tests' fuzzed tags) cannot match.
    mine = str(v2.ids.source.source_pk)
    response = await call(list_incidents, client=v2.user, tags=f"{key}=a,{key}=b,problem=x", source_id_in=mine)
    assert isinstance(response.parsed, IncidentPage)
    assert sorted(i.pk for i in response.parsed.results) == sorted([wanted_a.pk, wanted_b.pk])
    assert response.parsed.next_ is None


async def test_list_incidents_other_filters(v2: V2Clients, call: Caller) -> None:
    open_one = v2.new_incident("open", level=1)
    stateless = v2.new_incident("stateless", end_time=None)
    mine = await call(
        list_incidents,
        client=v2.user,
        source_id_in=f"{v2.ids.source.source_pk},999999",
        source_name_in=v2.ids.source.source_name,
        source_type_in=v2.ids.source.source_type,
    )
    assert isinstance(mine.parsed, IncidentPage)
    assert {i.pk for i in mine.parsed.results} == {open_one.pk, stateless.pk}
    severe = await call(list_incidents, client=v2.user, source_id_in=str(v2.ids.source.source_pk), level_lte=1)
    assert [i.pk for i in severe.parsed.results] == [open_one.pk]
    only_stateless = await call(
        list_incidents,
        client=v2.user,
        source_id_in=str(v2.ids.source.source_pk),
        stateful=False,
        end_time_isnull=True,
        acked=False,
        ticket=False,
    )
    assert [i.pk for i in only_stateless.parsed.results] == [stateless.pk]
    closed = v2.new_incident("closed", end_time=START + dt.timedelta(hours=1))
    ended_in_window = await call(
        list_incidents,
        client=v2.user,
        source_id_in=str(v2.ids.source.source_pk),
        start_time_gte=START - dt.timedelta(minutes=1),
        start_time_lte=START,
        end_time_gte=START,
        end_time_lte=START + dt.timedelta(hours=2),
        duration_gte=60,
    )
    assert [i.pk for i in ended_in_window.parsed.results] == [closed.pk]


async def test_list_my_incidents(v2: V2Clients, call: Caller) -> None:
    other = v2.server.new_identities()
    mine = v2.new_incident("mine")
    response = await call(list_my_incidents, client=v2.source, page_size=50, open_=True)
    assert response.status_code == 200
    assert isinstance(response.parsed, IncidentPage)
    assert [i.pk for i in response.parsed.results] == [mine.pk]
    theirs = await call(list_my_incidents, client=v2.with_token(other.source.token))
    assert theirs.parsed.results == []


async def test_update_incident(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident("before", tags=tag_values("host=a"))
    response = await call(
        update_incident,
        client=v2.source,
        incident_pk=made.pk,
        body=IncidentPatch(level=1, description="after", details_url="/x/1", tags=tag_values("host=b", "extra=yes")),
    )
    assert response.status_code == 200
    assert isinstance(response.parsed, Incident)
    assert (response.parsed.level, response.parsed.description, response.parsed.details_url) == (
        1,
        "after",
        "http://source.example.org/x/1",
    )
    assert sorted(t.tag for t in response.parsed.tags) == ["extra=yes", "host=b"]
    # A relative details_url comes back joined to the source's base_url; untouched fields stay.
    assert response.parsed.start_time == made.start_time
    invalid = await call(update_incident, client=v2.source, incident_pk=made.pk, body=IncidentPatch(level=0))
    assert invalid.status_code == 400
    assert isinstance(invalid.parsed, FieldErrors)
    assert "level" in invalid.parsed.additional_properties


async def test_replace_incident(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident("before", tags=tag_values("host=a"))
    response = await call(
        replace_incident,
        client=v2.source,
        incident_pk=made.pk,
        body=IncidentReplace(tags=tag_values("host=c"), description="replaced", level=3),
    )
    assert response.status_code == 200
    assert isinstance(response.parsed, Incident)
    assert (response.parsed.description, response.parsed.level) == ("replaced", 3)
    assert [t.tag for t in response.parsed.tags] == ["host=c"]


async def test_delete_incident_is_refused_with_405(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident("indelible")
    response = await call(delete_incident, client=v2.admin, incident_pk=made.pk)
    assert response.status_code == 405
    assert isinstance(response.parsed, Detail)
    assert "INDELIBLE_INCIDENTS" in response.parsed.detail
    still_there = await call(get_incident, client=v2.user, incident_pk=made.pk)
    assert still_there.status_code == 200


async def test_set_incident_ticket_url(v2: V2Clients, call: Caller) -> None:
    made = v2.new_incident("needs a ticket")
    url = "https://tickets.example.org/42"
    response = await call(set_incident_ticket_url, client=v2.user, incident_pk=made.pk, body=TicketUrl(ticket_url=url))
    assert response.status_code == 200
    assert response.parsed == TicketUrl(ticket_url=url)
    reread = await call(get_incident, client=v2.user, incident_pk=made.pk)
    assert reread.parsed.ticket_url == url
    missing = await call(set_incident_ticket_url, client=v2.user, incident_pk=987654321, body=TicketUrl(ticket_url=url))
    assert missing.status_code == 404


async def test_create_automatic_ticket(v2: V2Clients, call: Caller) -> None:
    with_ticket = v2.new_incident("has a ticket", ticket_url="https://tickets.example.org/7")
    response = await call(create_automatic_ticket, client=v2.user, incident_pk=with_ticket.pk)
    assert response.status_code == 200
    assert response.parsed == TicketUrl(ticket_url="https://tickets.example.org/7")
    # No ticket plugin is configured on the test server: without a ticket URL the server refuses.
    without = v2.new_incident("no ticket")
    refused = await call(create_automatic_ticket, client=v2.user, incident_pk=without.pk)
    assert refused.status_code == 400, refused.content


async def test_bulk_set_ticket_url(v2: V2Clients, call: Caller) -> None:
    first, second = v2.new_incident("bulk 1"), v2.new_incident("bulk 2")
    url = "https://tickets.example.org/bulk"
    response = await call(
        bulk_set_ticket_url,
        client=v2.user,
        body=BulkTicketUrlRequest(ids=[first.pk, second.pk, 987654321], ticket_url=url),
    )
    assert response.status_code == 201
    assert isinstance(response.parsed, BulkTicketUrlResponse)
    changes = response.parsed.changes.additional_properties
    assert changes[str(first.pk)].ticket_url == url and changes[str(first.pk)].status == 201
    assert changes[str(second.pk)].errors is None
    failed = changes["987654321"]
    assert failed.status == 400 and failed.ticket_url is None
    assert "could not be found" in str(failed.errors.additional_properties["ids"])  # type: ignore[union-attr]

"""argus_ext pagination over the three cursor-paginated operations, on a real argus-server 2.10.2."""

from __future__ import annotations

import datetime as dt

import pytest
from argus_api_v2.api.incident_events import create_incident_event
from argus_api_v2.api.incidents import create_incident
from argus_api_v2.models import EventCreate, Incident, IncidentCreate, TagValue

from argus_ext import (
    ArgusError,
    NotFoundError,
    apaginate_events,
    apaginate_incidents,
    apaginate_my_incidents,
    connect,
    cursor_of,
    join_tags,
    paginate_events,
    paginate_incidents,
)
from argus_local import ArgusServer, Identities
from tests.v2.support import START, client_for

pytestmark = pytest.mark.anyio
PAGE_SIZE = 4


def _post_incidents(server: ArgusServer, ids: Identities, count: int, tags: list[str]) -> list[Incident]:
    source = client_for(server, ids.source.token)
    made = []
    for minute in range(count):
        body = IncidentCreate(
            start_time=START + dt.timedelta(minutes=minute),
            tags=[TagValue(t) for t in tags],
            description=f"paginated {minute}",
        )
        incident = create_incident.sync(client=source, body=body)
        assert isinstance(incident, Incident)
        made.append(incident)
    return list(reversed(made))  # the server lists newest start_time first


@pytest.fixture
def eleven_incidents(v2_server: ArgusServer, v2_ids: Identities) -> list[Incident]:
    return _post_incidents(v2_server, v2_ids, 11, [f"pager=s{v2_ids.source.source_pk}"])


def test_items_across_pages_hold_one_page_at_a_time(
    v2_server: ArgusServer, v2_ids: Identities, eleven_incidents: list[Incident]
) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)
    paginator = paginate_incidents(client, source_id_in=[v2_ids.source.source_pk], page_size=PAGE_SIZE)
    pages = list(paginator.pages())
    assert [len(page.items) for page in pages] == [4, 4, 3]
    assert [i.pk for page in pages for i in page.items] == [i.pk for i in eleven_incidents]
    assert pages[0].cursor is None and pages[0].previous_cursor is None
    assert pages[1].cursor == pages[0].next_cursor and pages[2].next_cursor is None
    items = list(paginate_incidents(client, source_id_in=[v2_ids.source.source_pk], page_size=PAGE_SIZE))
    assert [i.pk for i in items] == [i.pk for i in eleven_incidents]


async def test_async_items_and_pages(
    v2_server: ArgusServer, v2_ids: Identities, eleven_incidents: list[Incident]
) -> None:
    client = connect(v2_server.url, token=v2_ids.source.token)
    items = [i async for i in apaginate_my_incidents(client, page_size=PAGE_SIZE, open_=True)]
    assert [i.pk for i in items] == [i.pk for i in eleven_incidents]
    sizes = [
        len(p.items)
        async for p in apaginate_incidents(client, source_id_in=str(v2_ids.source.source_pk), page_size=5).pages()
    ]
    assert sizes == [5, 5, 1]


def test_resume_from_a_saved_cursor(
    v2_server: ArgusServer, v2_ids: Identities, eleven_incidents: list[Incident]
) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)
    first_run = paginate_incidents(client, source_id_in=[v2_ids.source.source_pk], page_size=PAGE_SIZE)
    seen = []
    for incident in first_run:
        seen.append(incident.pk)
        if len(seen) == 6:  # a crash in the middle of the second page
            break
    saved = first_run.cursor
    assert saved is not None
    resumed = paginate_incidents(client, source_id_in=[v2_ids.source.source_pk], page_size=PAGE_SIZE, cursor=saved)
    # Resuming restarts the interrupted page (items 5..8), not the whole list.
    assert [i.pk for i in resumed] == [i.pk for i in eleven_incidents[4:]]


def test_filters_open_and_tags_with_two_keys(v2_server: ArgusServer, v2_ids: Identities) -> None:
    key = f"k{v2_ids.source.source_pk}"
    wanted = _post_incidents(v2_server, v2_ids, 3, [f"{key}=a", "site=x"])
    _post_incidents(v2_server, v2_ids, 2, [f"{key}=b", "site=x"])  # other value of the first key
    _post_incidents(v2_server, v2_ids, 2, [f"{key}=a", "site=y"])  # other value of the second key
    also_wanted = _post_incidents(v2_server, v2_ids, 2, [f"{key}=c", "site=x"])
    client = connect(v2_server.url, token=v2_ids.user.token)
    # Within our source system: other tests' incidents (the property tests' fuzzed tags) cannot match.
    tags = [f"{key}=a", f"{key}=c", "site=x"]
    found = list(paginate_incidents(client, tags=tags, source_id_in=[v2_ids.source.source_pk], open_=True, page_size=2))
    assert sorted(i.pk for i in found) == sorted(i.pk for i in wanted + also_wanted)
    assert join_tags([f"{key}=a", "site=x"]) == f"{key}=a,site=x"


async def test_events_paginate_sync_and_async(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = client_for(v2_server, v2_ids.source.token)
    incident = _post_incidents(v2_server, v2_ids, 1, [])[0]
    # Events are listed newest timestamp first, across every test's incidents: ours are in the future, and
    # later in it than any earlier run's of this test in the same server (source pks only grow).
    future = dt.datetime(2100, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=v2_ids.source.source_pk)
    for n in range(5):
        create_incident_event.sync(
            client=source,
            incident_pk=incident.pk,
            body=EventCreate(type_="OTH", description=f"note {n}", timestamp=future + dt.timedelta(minutes=n)),
        )
    client = connect(v2_server.url, token=v2_ids.user.token)
    # Other tests' events may be listed among ours (the same server, any timestamps): keep ours, in order.
    ours = []
    for event in paginate_events(client, page_size=3):
        if event.incident == incident.pk:
            ours.append(event)
        if len(ours) == 6:
            break
    assert [e.description for e in ours[:5]] == [f"note {n}" for n in reversed(range(5))]
    # The first of ours, not the whole server-wide list: other tests' events are no business of this test's.
    first_async = None
    async for event in apaginate_events(client, page_size=2):
        if event.incident == incident.pk:
            first_async = event
            break
    assert first_async is not None and first_async.pk == ours[0].pk


def test_bad_input_is_refused_before_sending(v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)
    with pytest.raises(ValueError, match="tags: each tag must be"):
        paginate_incidents(client, tags=["host=a", "no delimiter"])
    with pytest.raises(ValueError, match="page_size"):
        paginate_incidents(client, page_size=0)
    with pytest.raises(ValueError, match="source_id_in"):
        paginate_incidents(client, source_id_in=[1, "2"])
    with pytest.raises(NotFoundError):
        list(paginate_incidents(client, cursor="not-a-cursor"))


def test_cursor_of() -> None:
    assert cursor_of("http://h/api/v2/incidents/?cursor=cD0yMDI0&page_size=2") == "cD0yMDI0"
    assert cursor_of(None) is None
    with pytest.raises(ArgusError, match="without a cursor"):
        cursor_of("http://h/api/v2/incidents/?page_size=2")

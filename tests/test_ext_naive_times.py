"""Naive date-times are refused by connect() clients before anything is sent (real argus-server 2.10.2)."""

from __future__ import annotations

import datetime as dt

import pytest
from argus_api_v2.api.incident_acks import bulk_create_acks
from argus_api_v2.api.incidents import create_incident, list_my_incidents
from argus_api_v2.models import AcknowledgementCreate, BulkAckRequest, Incident, IncidentCreate, IncidentPage

from argus_ext import NaiveDatetimeError, connect, paginate_incidents
from argus_local import ArgusServer, Identities

pytestmark = pytest.mark.anyio
NAIVE = dt.datetime(2024, 5, 1, 12, 0)
AWARE = NAIVE.replace(tzinfo=dt.UTC)


async def test_a_naive_start_time_is_refused_and_nothing_is_created(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    with pytest.raises(NaiveDatetimeError, match=r"^start_time: 2024-05-01T12:00:00 has no time zone") as sync_error:
        create_incident.sync(client=source, body=IncidentCreate(start_time=NAIVE, tags=[]))
    assert isinstance(sync_error.value, ValueError)
    with pytest.raises(NaiveDatetimeError, match=r"^start_time: 2024-05-01T12:00:00"):
        await create_incident.asyncio(client=source, body=IncidentCreate(start_time=NAIVE, tags=[]))
    mine = list_my_incidents.sync(client=source)
    assert isinstance(mine, IncidentPage) and mine.results == []  # nothing reached the server

    made = create_incident.sync(client=source, body=IncidentCreate(start_time=AWARE, tags=[]))
    assert isinstance(made, Incident) and made.start_time == AWARE


def test_nested_fields_and_query_filters_are_checked(v2_server: ArgusServer, v2_ids: Identities) -> None:
    user = connect(v2_server.url, token=v2_ids.user.token)
    ack = AcknowledgementCreate(timestamp=AWARE, expiration=NAIVE + dt.timedelta(days=1))
    with pytest.raises(NaiveDatetimeError, match=r"^ack\.expiration: 2024-05-02T12:00:00 has no time zone"):
        bulk_create_acks.sync(client=user, body=BulkAckRequest(ids=[1], ack=ack))
    with pytest.raises(NaiveDatetimeError, match=r"^start_time__gte: 2024-05-01T12:00:00 has no time zone"):
        list(paginate_incidents(user, start_time_gte=NAIVE))
    assert list(paginate_incidents(user, start_time_gte=AWARE, source_id_in=[v2_ids.source.source_pk])) == []


def test_text_that_merely_looks_like_a_time_is_not_touched(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    made = create_incident.sync(
        client=source, body=IncidentCreate(start_time=AWARE, tags=[], description="2024-05-01T12:00:00")
    )
    assert isinstance(made, Incident) and made.description == "2024-05-01T12:00:00"

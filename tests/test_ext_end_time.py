"""STATELESS / INFINITY and the naive-datetime rule; round trips through a real argus-server 2.10.2."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from argus_api_v2.api.incidents import create_incident, get_incident
from argus_api_v2.models import Incident, IncidentCreate

from argus_ext import INFINITY, STATELESS, EndTime, connect, end_time_from_api, end_time_to_api, require_aware
from argus_local import ArgusServer, Identities

START = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
OSLO_SUMMER = dt.timezone(dt.timedelta(hours=2))


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (INFINITY, INFINITY),
        (dt.datetime.max, INFINITY),  # what Python code often uses for "no end"
        (STATELESS, STATELESS),
        (START + dt.timedelta(hours=3), START + dt.timedelta(hours=3)),
        (dt.datetime(2024, 5, 1, 17, tzinfo=OSLO_SUMMER), dt.datetime(2024, 5, 1, 15, tzinfo=dt.UTC)),
    ],
    ids=["infinity", "datetime.max", "stateless", "closed-utc", "closed-offset"],
)
def test_round_trip_through_the_server(
    v2_server: ArgusServer, v2_ids: Identities, sent: EndTime | dt.datetime, expected: object
) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    body = IncidentCreate(start_time=START, tags=[], end_time=end_time_to_api(sent))
    created = create_incident.sync(client=source, body=body)
    assert isinstance(created, Incident)
    fetched = get_incident.sync(client=source, incident_pk=created.pk)
    assert isinstance(fetched, Incident)
    read_back = end_time_from_api(fetched.end_time)
    assert read_back == expected
    if expected is STATELESS:
        assert (fetched.stateful, fetched.open_) == (False, False)
    elif expected is INFINITY:
        assert (fetched.stateful, fetched.open_) == (True, True)
    else:
        assert (fetched.stateful, fetched.open_) == (True, False)
        assert isinstance(read_back, dt.datetime) and read_back.utcoffset() is not None


def test_year_9999_from_the_server_means_infinity() -> None:
    never = dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)
    assert end_time_from_api(never) is INFINITY
    assert end_time_from_api("infinity") is INFINITY
    assert end_time_from_api(None) is STATELESS
    assert end_time_from_api(START) == START


def test_naive_datetimes_are_refused_naming_the_field() -> None:
    naive = dt.datetime(2024, 5, 1, 12, 0)
    with pytest.raises(ValueError, match=r"end_time: 2024-05-01T12:00:00 has no time zone"):
        end_time_to_api(naive)
    with pytest.raises(ValueError, match=r"start_time: 2024-05-01T12:00:00 has no time zone"):
        require_aware(naive, field="start_time")
    assert require_aware(START, field="start_time") is START


def test_wrong_types_are_refused() -> None:
    with pytest.raises(ValueError, match="end_time: expected a timezone-aware datetime"):
        end_time_to_api("infinity")  # type: ignore[arg-type]  # the raw string is what the sentinels replace
    with pytest.raises(ValueError, match="expected a datetime, 'infinity' or None"):
        end_time_from_api("soon")  # type: ignore[arg-type]


def test_sentinels_are_singletons_with_readable_reprs() -> None:
    assert repr(STATELESS) == "STATELESS" and repr(INFINITY) == "INFINITY"
    assert pickle.loads(pickle.dumps(INFINITY)) is INFINITY
    assert STATELESS is not INFINITY
    assert end_time_to_api(STATELESS) is None and end_time_to_api(INFINITY) == "infinity"

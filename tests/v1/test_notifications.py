"""notification_profiles, timeslots and filters of API v1: every operation, sync and async, on a real 1.37.0.

v1 profiles name their media by code ("EM", "SM") and take one of the user's phone numbers; v1
filters carry `filter_string` (a JSON string) beside `filter`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from argus_api_v1.api.auth import create_phone_number
from argus_api_v1.api.filters import (
    create_filter,
    delete_filter,
    get_filter,
    list_filters,
    preview_filter,
    replace_filter,
    update_filter,
)
from argus_api_v1.api.notification_profiles import (
    create_notification_profile,
    delete_notification_profile,
    get_notification_profile,
    list_notification_profile_incidents,
    list_notification_profiles,
    preview_notification_profile,
    replace_notification_profile,
    update_notification_profile,
)
from argus_api_v1.api.timeslots import (
    create_timeslot,
    delete_timeslot,
    get_timeslot,
    list_timeslots,
    replace_timeslot,
    update_timeslot,
)
from argus_api_v1.models import (
    Detail,
    FieldErrors,
    FilterContent,
    FilterCreate,
    FilterPatch,
    Incident,
    NotificationFilter,
    NotificationProfile,
    NotificationProfileCreate,
    NotificationProfilePatch,
    PhoneNumber,
    PhoneNumberRequest,
    TimeRecurrenceCreate,
    Timeslot,
    TimeslotCreate,
    TimeslotPatch,
)

from .support import Caller, V1Clients, parsed_as, tag_values

pytestmark = pytest.mark.anyio

WEEKDAYS = [1, 2, 3, 4, 5]


def make_timeslot(client: Any, name: str = "office hours") -> Timeslot:
    recurrence = TimeRecurrenceCreate(days=WEEKDAYS, start="08:00", end="16:00")
    body = TimeslotCreate(name=name, time_recurrences=[recurrence])
    return parsed_as(Timeslot, create_timeslot.sync_detailed(client=client, body=body))


def make_filter(client: Any, name: str, **content: Any) -> NotificationFilter:
    body = FilterCreate(name=name, filter_=FilterContent(**content))
    return parsed_as(NotificationFilter, create_filter.sync_detailed(client=client, body=body))


def make_phone_number(client: Any, number: str) -> PhoneNumber:
    body = PhoneNumberRequest(phone_number=number)
    return parsed_as(PhoneNumber, create_phone_number.sync_detailed(client=client, body=body))


def own_source(v1: V1Clients) -> list[int]:
    """A filter condition only this test's incidents meet (the server is shared by the whole session)."""
    return [v1.ids.source.source_pk]


def make_profile(v1: V1Clients, **fields: Any) -> NotificationProfile:
    timeslot = fields.pop("timeslot", None) or make_timeslot(v1.user)
    filters = fields.pop("filters", None) or [make_filter(v1.user, "profile filter", open_=True)]
    body = NotificationProfileCreate(timeslot=timeslot.pk, filters=[f.pk for f in filters], **fields)
    return parsed_as(NotificationProfile, create_notification_profile.sync_detailed(client=v1.user, body=body))


async def test_wrong_or_missing_token_is_401(v1: V1Clients, call: Caller) -> None:
    bad_token = v1.with_token("not-a-real-token")
    for endpoint in (list_notification_profiles, list_timeslots, list_filters):
        refused = await call(endpoint, client=bad_token)
        assert (refused.status_code, refused.parsed) == (401, Detail(detail="Invalid token.")), endpoint.__name__
    anonymous = await call(preview_filter, client=v1.anonymous, body=FilterContent(open_=True))
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")


# ----------------------------------------------------------------------------------------- timeslots


async def test_create_list_and_get_timeslots(v1: V1Clients, call: Caller) -> None:
    recurrences = [
        TimeRecurrenceCreate(days=WEEKDAYS, start="08:00", end="16:00"),
        TimeRecurrenceCreate(days=[6, 7], all_day=True),
    ]
    made = await call(create_timeslot, client=v1.user, body=TimeslotCreate(name="week", time_recurrences=recurrences))
    timeslot = parsed_as(Timeslot, made)
    # The server lists a timeslot's recurrences in no fixed order (seen: the weekend first, once in a full run).
    office, weekend = sorted(timeslot.time_recurrences, key=lambda recurrence: recurrence.days)
    assert (office.days, office.start, office.end) == (WEEKDAYS, "08:00:00", "16:00:00")
    assert (weekend.days, weekend.start, weekend.end, weekend.all_day) == ([6, 7], "00:00:00", "23:59:59.999999", True)
    listed = await call(list_timeslots, client=v1.user)
    assert listed.status_code == 200
    # Every user starts with the server's own "All the time" timeslot.
    assert [t.name for t in listed.parsed] == ["All the time", "week"]
    one = await call(get_timeslot, client=v1.user, pk=timeslot.pk)
    assert parsed_as(Timeslot, one, 200) == timeslot
    others = await call(get_timeslot, client=v1.admin, pk=timeslot.pk)
    assert others.status_code == 404
    assert others.parsed == Detail(detail="No Timeslot matches the given query.")


async def test_create_timeslot_refusals(v1: V1Clients, call: Caller) -> None:
    make_timeslot(v1.user, "taken")
    taken = await call(create_timeslot, client=v1.user, body=TimeslotCreate(name="taken", time_recurrences=[]))
    assert taken.status_code == 400
    assert isinstance(taken.parsed, FieldErrors) and "already in use" in taken.parsed.additional_properties["name"][0]
    backwards = TimeRecurrenceCreate(days=[1], start="10:00", end="09:00")
    body = TimeslotCreate(name="backwards", time_recurrences=[backwards])
    refused = await call(create_timeslot, client=v1.user, body=body)
    assert refused.status_code == 400
    assert refused.parsed == FieldErrors.from_dict(
        {"time_recurrences": {"0": {"non_field_errors": ["'start' must be before 'end'."]}}}
    )


async def test_replace_and_update_timeslot(v1: V1Clients, call: Caller) -> None:
    timeslot = make_timeslot(v1.user, "before")
    body = TimeslotCreate(name="after", time_recurrences=[TimeRecurrenceCreate(days=[3], all_day=True)])
    replaced = parsed_as(Timeslot, await call(replace_timeslot, client=v1.user, pk=timeslot.pk, body=body), 200)
    assert (replaced.name, replaced.time_recurrences[0].days, replaced.time_recurrences[0].all_day) == (
        "after",
        [3],
        True,
    )
    renamed = await call(update_timeslot, client=v1.user, pk=timeslot.pk, body=TimeslotPatch(name="renamed"))
    assert parsed_as(Timeslot, renamed, 200).time_recurrences == replaced.time_recurrences
    assert renamed.parsed.name == "renamed"
    missing = await call(update_timeslot, client=v1.user, pk=987654321, body=TimeslotPatch(name="x"))
    assert missing.status_code == 404


async def test_delete_timeslot_deletes_the_profiles_using_it(v1: V1Clients, call: Caller) -> None:
    timeslot = make_timeslot(v1.user)
    profile = make_profile(v1, timeslot=timeslot)
    deleted = await call(delete_timeslot, client=v1.user, pk=timeslot.pk)
    assert deleted.status_code == 204
    assert get_notification_profile.sync_detailed(client=v1.user, pk=profile.pk).status_code == 404
    again = await call(delete_timeslot, client=v1.user, pk=timeslot.pk)
    assert again.parsed == Detail(detail="No Timeslot matches the given query.")


# ----------------------------------------------------------------------------------------- filters


async def test_create_list_and_get_filters(v1: V1Clients, call: Caller) -> None:
    as_object = FilterCreate(name="object", filter_=FilterContent(tags=["host=a"], open_=True, maxlevel=2))
    made = parsed_as(NotificationFilter, await call(create_filter, client=v1.user, body=as_object))
    assert (made.filter_.tags, made.filter_.open_, made.filter_.acked, made.filter_.maxlevel) == (
        ["host=a"],
        True,
        None,
        2,
    )
    assert json.loads(made.filter_string) == {"sourceSystemIds": [], "tags": ["host=a"]}
    as_string = FilterCreate(name="string", filter_string=json.dumps({"sourceSystemIds": [1], "tags": ["host=b"]}))
    from_string = parsed_as(NotificationFilter, await call(create_filter, client=v1.user, body=as_string))
    assert json.loads(from_string.filter_string) == {"sourceSystemIds": [1], "tags": ["host=b"]}
    listed = await call(list_filters, client=v1.user)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    # Filters have no ordering on the server: it lists them in no fixed order (a CI run saw the newer first).
    assert sorted(listed.parsed, key=lambda made_filter: made_filter.pk) == [made, from_string]
    one = await call(get_filter, client=v1.user, pk=made.pk)
    assert parsed_as(NotificationFilter, one, 200) == made
    others = await call(get_filter, client=v1.admin, pk=made.pk)
    assert others.status_code == 404


async def test_create_filter_refusals(v1: V1Clients, call: Caller) -> None:
    not_json = await call(create_filter, client=v1.user, body=FilterCreate(name="bad", filter_string="not json"))
    assert not_json.status_code == 400
    assert not_json.parsed == FieldErrors.from_dict({"filter_string": ["Expecting value: line 1 column 1 (char 0)"]})
    too_severe = FilterContent.from_dict({"maxlevel": 9})  # the spec forbids it; sent anyway to see the server refuse
    refused = await call(create_filter, client=v1.user, body=FilterCreate(name="bad", filter_=too_severe))
    assert refused.status_code == 400
    assert isinstance(refused.parsed, FieldErrors)


async def test_replace_and_update_filter(v1: V1Clients, call: Caller) -> None:
    made = make_filter(v1.user, "before", tags=["host=a"])
    body = FilterCreate(name="after", filter_string=json.dumps({"sourceSystemIds": [], "tags": ["host=c"]}))
    replaced = parsed_as(NotificationFilter, await call(replace_filter, client=v1.user, pk=made.pk, body=body), 200)
    assert (replaced.name, json.loads(replaced.filter_string)["tags"]) == ("after", ["host=c"])
    only_known_keys = FilterCreate(name="after", filter_string=json.dumps({"maxlevel": 2}))
    refused = await call(replace_filter, client=v1.user, pk=made.pk, body=only_known_keys)
    assert refused.status_code == 400
    assert isinstance(refused.parsed, FieldErrors) and "filter_string" in refused.parsed.additional_properties
    # A `filter` given replaces the whole content: the tags are gone.
    patch = FilterPatch(filter_=FilterContent(acked=False))
    updated = parsed_as(NotificationFilter, await call(update_filter, client=v1.user, pk=made.pk, body=patch), 200)
    assert (updated.name, updated.filter_.acked) == ("after", False)
    assert json.loads(updated.filter_string) == {"sourceSystemIds": [], "tags": []}
    missing = await call(update_filter, client=v1.user, pk=987654321, body=FilterPatch(name="x"))
    assert missing.status_code == 404


async def test_delete_filter_refused_while_in_use(v1: V1Clients, call: Caller) -> None:
    used = make_filter(v1.user, "used", open_=True)
    profile = make_profile(v1, filters=[used])
    in_use = await call(delete_filter, client=v1.user, pk=used.pk)
    assert in_use.status_code == 400
    assert isinstance(in_use.parsed, str) and in_use.parsed.startswith("Cannot delete this filter since it is in use")
    delete_notification_profile.sync_detailed(client=v1.user, pk=profile.pk)
    deleted = await call(delete_filter, client=v1.user, pk=used.pk)
    assert deleted.status_code == 204
    # A server bug of 1.37.0: deleting a filter that does not exist is an HTML 500, not a 404.
    again = await call(delete_filter, client=v1.user, pk=used.pk)
    assert (again.status_code, again.parsed) == (500, None)
    assert b"Server Error (500)" in again.content
    admins = make_filter(v1.admin, "the admin's", open_=True)
    not_theirs = await call(delete_filter, client=v1.user, pk=admins.pk)
    assert not_theirs.status_code == 500


async def test_preview_filter(v1: V1Clients, call: Caller) -> None:
    wanted = v1.new_incident("wanted", tags=tag_values("host=preview"))
    v1.new_incident("other", tags=tag_values("host=elsewhere"))
    body = FilterContent(source_system_ids=own_source(v1), tags=["host=preview"])
    response = await call(preview_filter, client=v1.user, body=body)
    assert response.status_code == 200
    assert [i.pk for i in response.parsed] == [wanted.pk]
    assert isinstance(response.parsed[0], Incident)
    refused = await call(preview_filter, client=v1.user, body=FilterContent.from_dict({"maxlevel": 9}))
    assert refused.parsed == FieldErrors.from_dict({"maxlevel": ["Ensure this value is less than or equal to 5."]})


# ----------------------------------------------------------------------------------------- profiles


async def test_create_and_get_notification_profile_with_sms(v1: V1Clients, call: Caller) -> None:
    timeslot = make_timeslot(v1.user)
    wanted = make_filter(v1.user, "wanted", open_=True)
    phone = make_phone_number(v1.user, "+4790011001")
    body = NotificationProfileCreate(
        timeslot=timeslot.pk, filters=[wanted.pk], media=["EM", "SM"], active=True, phone_number=phone.pk
    )
    profile = parsed_as(NotificationProfile, await call(create_notification_profile, client=v1.user, body=body))
    assert (profile.timeslot, profile.filters, profile.media, profile.active) == (
        timeslot,
        [wanted],
        ["EM", "SM"],
        True,
    )
    assert profile.phone_number == phone
    listed = await call(list_notification_profiles, client=v1.user)
    assert listed.status_code == 200
    assert listed.parsed == [profile]
    one = await call(get_notification_profile, client=v1.user, pk=profile.pk)
    assert parsed_as(NotificationProfile, one, 200) == profile
    others = await call(get_notification_profile, client=v1.admin, pk=profile.pk)
    assert others.parsed == Detail(detail="No NotificationProfile matches the given query.")


async def test_create_notification_profile_refusals(v1: V1Clients, call: Caller) -> None:
    timeslot = make_timeslot(v1.user)
    used = make_filter(v1.user, "f", open_=True)
    sms_without_phone = NotificationProfileCreate(timeslot=timeslot.pk, filters=[used.pk], media=["SM"])
    refused = await call(create_notification_profile, client=v1.user, body=sms_without_phone)
    assert refused.status_code == 400
    assert refused.parsed == FieldErrors.from_dict({"phone_number": ["This field may not be null."]})
    others_timeslot = NotificationProfileCreate(timeslot=timeslot.pk, filters=[used.pk])
    not_theirs = await call(create_notification_profile, client=v1.admin, body=others_timeslot)
    assert not_theirs.parsed == FieldErrors.from_dict(
        {"non_field_errors": ["The user of 'timeslot' must be the same as the requesting user."]}
    )
    no_filters = NotificationProfileCreate(timeslot=timeslot.pk, filters=[])
    empty = await call(create_notification_profile, client=v1.user, body=no_filters)
    assert empty.parsed == FieldErrors.from_dict({"filters": ["This list may not be empty."]})


async def test_media_default_to_email(v1: V1Clients, call: Caller) -> None:
    timeslot, used = make_timeslot(v1.user), make_filter(v1.user, "f", open_=True)
    body = NotificationProfileCreate(timeslot=timeslot.pk, filters=[used.pk])
    profile = parsed_as(NotificationProfile, await call(create_notification_profile, client=v1.user, body=body))
    assert (profile.media, profile.phone_number) == (["EM"], None)


async def test_replace_and_update_notification_profile(v1: V1Clients, call: Caller) -> None:
    phone = make_phone_number(v1.user, "+4790011002")
    profile = make_profile(v1, media=["EM", "SM"], phone_number=phone.pk)
    second = make_filter(v1.user, "second", acked=False)
    body = NotificationProfileCreate(
        timeslot=profile.timeslot.pk, filters=[second.pk], media=["EM"], active=False, phone_number=None
    )
    put = await call(replace_notification_profile, client=v1.user, pk=profile.pk, body=body)
    replaced = parsed_as(NotificationProfile, put, 200)
    assert ([f.pk for f in replaced.filters], replaced.media, replaced.active) == ([second.pk], ["EM"], False)
    assert replaced.phone_number is None
    patch = NotificationProfilePatch(timeslot=profile.timeslot.pk, media=["SM"], active=True, phone_number=phone.pk)
    updated = parsed_as(
        NotificationProfile, await call(update_notification_profile, client=v1.user, pk=profile.pk, body=patch), 200
    )
    assert (updated.media, updated.active, updated.phone_number) == (["SM"], True, phone)
    assert [f.pk for f in updated.filters] == [second.pk]
    missing = await call(update_notification_profile, client=v1.user, pk=987654321, body=patch)
    assert missing.status_code == 404


async def test_delete_notification_profile(v1: V1Clients, call: Caller) -> None:
    profile = make_profile(v1)
    deleted = await call(delete_notification_profile, client=v1.user, pk=profile.pk)
    assert deleted.status_code == 204
    again = await call(delete_notification_profile, client=v1.user, pk=profile.pk)
    assert again.status_code == 404
    assert again.parsed == Detail(detail="No NotificationProfile matches the given query.")


async def test_list_notification_profile_incidents(v1: V1Clients, call: Caller) -> None:
    wanted = v1.new_incident("for the profile", tags=tag_values("host=profiled"))
    matching = make_filter(v1.user, "mine", source_system_ids=own_source(v1), tags=["host=profiled"])
    profile = make_profile(v1, filters=[matching])
    response = await call(list_notification_profile_incidents, client=v1.user, pk=profile.pk)
    assert response.status_code == 200
    assert [i.pk for i in response.parsed] == [wanted.pk]
    assert isinstance(response.parsed[0], Incident)
    unknown = await call(list_notification_profile_incidents, client=v1.user, pk=987654321)
    assert unknown.status_code == 400
    assert unknown.parsed == ["Notification profile with pk=987654321 does not exist."]


async def test_preview_notification_profile(v1: V1Clients, call: Caller) -> None:
    wanted = v1.new_incident("previewed", tags=tag_values("host=np-preview"))
    body = FilterContent(source_system_ids=own_source(v1), tags=["host=np-preview"])
    response = await call(preview_notification_profile, client=v1.user, body=body)
    assert response.status_code == 200
    assert [i.pk for i in response.parsed] == [wanted.pk]
    anonymous = await call(preview_notification_profile, client=v1.anonymous, body=body)
    assert anonymous.status_code == 401

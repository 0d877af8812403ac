"""Notification tags (profiles, destinations, media, timeslots, filters): every operation through the
generated client, sync and async, on a real argus-server 2.10.2.

All of these objects belong to one user: another user gets 404 for them, except where the server
answers 400 (profile incidents, destination duplicate check) or 403 (reading another user's public
filter), noted per test. Values that must be unique server-wide (profile names, phone numbers for
the duplicate check) are derived from this test's own user, because every test shares one server.
"""

from __future__ import annotations

import pytest
from argus_api_v2 import AuthenticatedClient
from argus_api_v2.api.destinations import (
    check_destination_duplicate,
    create_destination,
    delete_destination,
    get_destination,
    list_destinations,
    update_destination,
)
from argus_api_v2.api.filters import (
    create_filter,
    delete_filter,
    get_filter,
    list_filters,
    preview_filter,
    replace_filter,
    update_filter,
)
from argus_api_v2.api.media import get_media, get_media_json_schema, list_media
from argus_api_v2.api.notification_profiles import (
    create_notification_profile,
    delete_notification_profile,
    get_notification_profile,
    list_notification_profile_incidents,
    list_notification_profiles,
    preview_notification_profile,
    replace_notification_profile,
    update_notification_profile,
)
from argus_api_v2.api.timeslots import (
    create_timeslot,
    delete_timeslot,
    get_timeslot,
    list_timeslots,
    replace_timeslot,
    update_timeslot,
)
from argus_api_v2.models import (
    Destination,
    DestinationCreate,
    DestinationPatch,
    DestinationSettings,
    Detail,
    DuplicateCheck,
    FieldErrors,
    FilterContent,
    FilterCreate,
    FilterPatch,
    Incident,
    Media,
    MediaJsonSchema,
    NotificationFilter,
    NotificationProfile,
    NotificationProfileCreate,
    NotificationProfilePatch,
    TimeRecurrence,
    TimeRecurrenceCreate,
    Timeslot,
    TimeslotCreate,
    TimeslotPatch,
)
from argus_api_v2.types import UNSET

from .support import Caller, V2Clients, parsed_as, tag_values

pytestmark = pytest.mark.anyio

WEEKDAYS = [1, 2, 3, 4, 5]


# -- set-up helpers (sync, always; the operations under test go through `call`) ------------------
def stranger(v2: V2Clients) -> AuthenticatedClient:
    """Another user, with no special rights, for the owner-only checks: this test's source system's user."""
    source: AuthenticatedClient = v2.source  # ApiClients holds either API version's clients
    return source


def recurrences_of(timeslot: Timeslot) -> list[TimeRecurrence]:
    """A timeslot's recurrences in a fixed order: the server lists them in none (seen on 1.37.0, same code)."""
    return sorted(timeslot.time_recurrences, key=lambda recurrence: (recurrence.days, recurrence.start))


def make_timeslot(client: AuthenticatedClient, name: str) -> Timeslot:
    body = TimeslotCreate(
        name=name, time_recurrences=[TimeRecurrenceCreate(days=WEEKDAYS, start="08:00:00", end="16:00:00")]
    )
    return parsed_as(Timeslot, create_timeslot.sync_detailed(client=client, body=body))


def make_filter(
    client: AuthenticatedClient, name: str, content: FilterContent, public: bool = False
) -> NotificationFilter:
    return parsed_as(
        NotificationFilter,
        create_filter.sync_detailed(client=client, body=FilterCreate(name=name, filter_=content, public=public)),
    )


def make_sms_destination(client: AuthenticatedClient, label: str, phone_number: str) -> Destination:
    body = DestinationCreate(
        media="sms", label=label, settings=DestinationSettings.from_dict({"phone_number": phone_number})
    )
    return parsed_as(Destination, create_destination.sync_detailed(client=client, body=body))


def make_profile(
    v2: V2Clients, name: str, filters: list[int], timeslot: int | None = None, destinations: list[int] | None = None
) -> NotificationProfile:
    if timeslot is None:
        timeslot = make_timeslot(v2.user, f"{name} slot").pk
    body = NotificationProfileCreate(name=name, timeslot=timeslot, filters=filters, destinations=destinations or [])
    return parsed_as(NotificationProfile, create_notification_profile.sync_detailed(client=v2.user, body=body))


def own_source(v2: V2Clients, **conditions: object) -> FilterContent:
    """Filter content limited to this test's source system, so other tests' incidents never match."""
    return FilterContent(source_system_ids=[v2.ids.source.source_pk], **conditions)  # type: ignore[arg-type]


def phone_number_for(v2: V2Clients) -> str:
    """A valid Norwegian mobile number no other test uses (the duplicate check looks at every user)."""
    return f"+4790{v2.ids.user.pk:06d}"


# -- authentication (one operation per tag) ------------------------------------------------------
async def test_wrong_or_missing_token_is_401_on_every_tag(v2: V2Clients, call: Caller) -> None:
    bad_token = v2.with_token("not-a-real-token")
    for endpoint in (list_notification_profiles, list_destinations, list_media, list_timeslots, list_filters):
        refused = await call(endpoint, client=bad_token)
        assert refused.status_code == 401, endpoint.__name__
        assert refused.parsed == Detail(detail="Invalid token.")
    anonymous = await call(preview_filter, client=v2.anonymous, body=own_source(v2))
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")


# -- media -----------------------------------------------------------------------------------------
async def test_list_and_get_media_and_their_json_schemas(v2: V2Clients, call: Caller) -> None:
    listed = await call(list_media, client=v2.user)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    # Media have no ordering on the server: compared by slug, not in the order listed.
    assert sorted(listed.parsed, key=lambda medium: medium.slug) == [
        Media(slug="email", name="Email", installed=True),
        Media(slug="sms", name="SMS", installed=True),
    ]
    sms = await call(get_media, client=v2.user, slug="sms")
    assert sms.status_code == 200
    assert sms.parsed == Media(slug="sms", name="SMS", installed=True)
    missing = await call(get_media, client=v2.user, slug="carrier-pigeon")
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No Media matches the given query.")

    response = await call(get_media_json_schema, client=v2.user, slug="sms")
    assert response.status_code == 200
    assert isinstance(response.parsed, MediaJsonSchema)
    schema = response.parsed.json_schema
    assert (schema["type"], schema["required"]) == ("object", ["phone_number"])
    assert schema["properties"]["phone_number"]["type"] == "string"
    assert schema["$id"].endswith("/json-schema/sms")
    email = await call(get_media_json_schema, client=v2.user, slug="email")
    assert isinstance(email.parsed, MediaJsonSchema)
    assert email.parsed.json_schema["required"] == ["email_address"]
    # Unlike get_media, an unknown slug is a 400 with a bare list here.
    unknown = await call(get_media_json_schema, client=v2.user, slug="carrier-pigeon")
    assert unknown.status_code == 400
    assert unknown.parsed == ['Medium "carrier-pigeon" is not installed.']


# -- destinations ----------------------------------------------------------------------------------
async def test_the_synced_email_destination_and_update_refusals(v2: V2Clients, call: Caller) -> None:
    address = f"{v2.ids.user.username}@example.org"
    response = await call(list_destinations, client=v2.user)
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    [own_email] = response.parsed
    assert isinstance(own_email, Destination)
    assert own_email.media == Media(slug="email", name="Email", installed=True)
    assert own_email.label is None
    assert own_email.suggested_label == f"Email: {address}"
    assert own_email.settings.to_dict() == {"email_address": address, "synced": True}
    # The synced destination is the server's: it cannot be deleted.
    refused = await call(delete_destination, client=v2.user, pk=own_email.pk)
    assert refused.status_code == 400
    assert refused.parsed == ["Cannot delete this destination since it was defined by an outside source."]

    sms = make_sms_destination(v2.user, "phone", phone_number_for(v2))
    media_change = await call(update_destination, client=v2.user, pk=sms.pk, body=DestinationPatch(media="email"))
    assert media_change.status_code == 400
    assert isinstance(media_change.parsed, FieldErrors)
    assert media_change.parsed.additional_properties == {"media": ["Media cannot be updated, only settings."]}

    # Changing the synced email's address unsyncs it, and the server makes a new synced one.
    changed = await call(
        update_destination,
        client=v2.user,
        pk=own_email.pk,
        body=DestinationPatch(settings=DestinationSettings.from_dict({"email_address": f"other-{address}"})),
    )
    assert changed.status_code == 200
    assert isinstance(changed.parsed, Destination)
    assert changed.parsed.settings.to_dict() == {"email_address": f"other-{address}", "synced": False}
    listed = list_destinations.sync(client=v2.user)
    assert isinstance(listed, list)
    emails = sorted((d.settings.email_address, d.settings.synced) for d in listed if d.media.slug == "email")
    assert emails == sorted([(address, True), (f"other-{address}", False)])


async def test_create_get_update_and_delete_an_sms_destination(v2: V2Clients, call: Caller) -> None:
    number = phone_number_for(v2)
    created = await call(
        create_destination,
        client=v2.user,
        body=DestinationCreate(
            media="sms", label="Work phone", settings=DestinationSettings.from_dict({"phone_number": number})
        ),
    )
    assert created.status_code == 201
    made = created.parsed
    assert isinstance(made, Destination)
    assert (made.media.slug, made.label, made.suggested_label) == ("sms", "Work phone", f"SMS: {number}")
    assert made.settings.to_dict() == {"phone_number": number}

    read = await call(get_destination, client=v2.user, pk=made.pk)
    assert read.status_code == 200
    assert read.parsed == made
    listed = await call(list_destinations, client=v2.user)
    assert isinstance(listed.parsed, list)
    assert made in listed.parsed

    new_number = f"+4791{v2.ids.user.pk:06d}"
    updated = await call(
        update_destination,
        client=v2.user,
        pk=made.pk,
        body=DestinationPatch(label="Mobile", settings=DestinationSettings.from_dict({"phone_number": new_number})),
    )
    assert updated.status_code == 200
    assert isinstance(updated.parsed, Destination)
    assert (updated.parsed.pk, updated.parsed.label) == (made.pk, "Mobile")
    assert updated.parsed.settings.to_dict() == {"phone_number": new_number}
    assert (await call(get_destination, client=v2.user, pk=made.pk)).parsed == updated.parsed

    deleted = await call(delete_destination, client=v2.user, pk=made.pk)
    assert deleted.status_code == 204
    gone = await call(get_destination, client=v2.user, pk=made.pk)
    assert gone.status_code == 404
    assert gone.parsed == Detail(detail="No DestinationConfig matches the given query.")


async def test_create_email_destination_and_refusals(v2: V2Clients, call: Caller) -> None:
    address = f"work-{v2.ids.user.username}@example.org"
    settings = DestinationSettings.from_dict({"email_address": address})
    created = await call(
        create_destination, client=v2.user, body=DestinationCreate(media="email", label="Work email", settings=settings)
    )
    assert created.status_code == 201
    assert isinstance(created.parsed, Destination)
    assert created.parsed.label == "Work email"
    # Email settings always carry `synced`; only the server-made destination is synced.
    assert created.parsed.settings.to_dict() == {"email_address": address, "synced": False}
    again = await call(create_destination, client=v2.user, body=DestinationCreate(media="email", settings=settings))
    assert again.status_code == 400
    assert isinstance(again.parsed, FieldErrors)
    assert again.parsed.additional_properties == {
        "non_field_errors": ["A destination with these settings already exists"]
    }

    bad_phone = await call(
        create_destination,
        client=v2.user,
        body=DestinationCreate(media="sms", settings=DestinationSettings.from_dict({"phone_number": "12"})),
    )
    assert bad_phone.status_code == 400
    assert isinstance(bad_phone.parsed, FieldErrors)
    # The server appends the error code ("invalid") to the messages.
    assert bad_phone.parsed.additional_properties == {
        "phone_number": ["Enter a valid phone number (e.g. +12125552368).", "invalid"]
    }
    unknown_media = await call(
        create_destination,
        client=v2.user,
        body=DestinationCreate(media="fax", settings=DestinationSettings.from_dict({"number": "1"})),
    )
    assert unknown_media.status_code == 400
    assert isinstance(unknown_media.parsed, FieldErrors)
    assert unknown_media.parsed.additional_properties == {"media": ['Invalid pk "fax" - object does not exist.']}
    make_sms_destination(v2.user, "Taken label", phone_number_for(v2))
    same_label = await call(
        create_destination,
        client=v2.user,
        body=DestinationCreate(
            media="sms",
            label="Taken label",
            settings=DestinationSettings.from_dict({"phone_number": f"+4741{v2.ids.user.pk:06d}"}),
        ),
    )
    assert same_label.status_code == 400
    assert isinstance(same_label.parsed, FieldErrors)
    assert same_label.parsed.additional_properties == {
        "label": ["A destination with this medium and label already exists"]
    }


async def test_check_destination_duplicate(v2: V2Clients, call: Caller) -> None:
    number = phone_number_for(v2)
    mine = make_sms_destination(v2.user, "phone", number)
    alone = await call(check_destination_duplicate, client=v2.user, pk=mine.pk)
    assert alone.status_code == 200
    assert alone.parsed == DuplicateCheck(is_duplicate=False)
    other = stranger(v2)
    make_sms_destination(other, "same phone", number)
    shared = await call(check_destination_duplicate, client=v2.user, pk=mine.pk)
    assert shared.parsed == DuplicateCheck(is_duplicate=True)
    # Unknown, or another user's: a 400 with a bare list, not a 404.
    refused = await call(check_destination_duplicate, client=other, pk=mine.pk)
    assert refused.status_code == 400
    assert refused.parsed == [f"Destination with pk={mine.pk} does not exist."]
    unknown = await call(check_destination_duplicate, client=v2.user, pk=987654321)
    assert (unknown.status_code, unknown.parsed) == (400, ["Destination with pk=987654321 does not exist."])


async def test_destinations_are_owner_only(v2: V2Clients, call: Caller) -> None:
    mine = make_sms_destination(v2.user, "phone", phone_number_for(v2))
    other = stranger(v2)
    not_found = Detail(detail="No DestinationConfig matches the given query.")
    read = await call(get_destination, client=other, pk=mine.pk)
    assert (read.status_code, read.parsed) == (404, not_found)
    changed = await call(update_destination, client=other, pk=mine.pk, body=DestinationPatch(label="mine now"))
    assert (changed.status_code, changed.parsed) == (404, not_found)
    deleted = await call(delete_destination, client=other, pk=mine.pk)
    assert (deleted.status_code, deleted.parsed) == (404, not_found)
    listed = await call(list_destinations, client=other)
    assert isinstance(listed.parsed, list)
    assert mine.pk not in [d.pk for d in listed.parsed]
    assert get_destination.sync(client=v2.user, pk=mine.pk) == mine


# -- timeslots -------------------------------------------------------------------------------------
async def test_create_list_and_get_timeslots(v2: V2Clients, call: Caller) -> None:
    response = await call(
        create_timeslot,
        client=v2.user,
        body=TimeslotCreate(
            name="Work hours",
            time_recurrences=[
                TimeRecurrenceCreate(days=[5, 1, 3], start="08:00:00", end="12:00:00"),
                TimeRecurrenceCreate(days=[2], start="12:30", end="16:00:00.5"),
            ],
        ),
    )
    assert response.status_code == 201
    made = response.parsed
    assert isinstance(made, Timeslot)
    assert made.name == "Work hours"
    # Days come back sorted, times as "HH:MM:SS[.ffffff]"; all_day appears only when true.
    assert [(r.days, r.start, r.end, r.all_day) for r in recurrences_of(made)] == [
        ([1, 3, 5], "08:00:00", "12:00:00", UNSET),
        ([2], "12:30:00", "16:00:00.500000", UNSET),
    ]

    listed = await call(list_timeslots, client=v2.user)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    by_name = {t.name: t for t in listed.parsed}
    # Every new user gets an "All the time" timeslot from the server.
    assert sorted(by_name) == ["All the time", "Work hours"]
    [always] = by_name["All the time"].time_recurrences
    assert (always.days, always.start, always.end, always.all_day) == (
        [1, 2, 3, 4, 5, 6, 7],
        "00:00:00",
        "23:59:59.999999",
        True,
    )
    assert by_name["Work hours"] == made
    read = await call(get_timeslot, client=v2.user, pk=made.pk)
    assert read.status_code == 200
    assert read.parsed == made


async def test_create_timeslot_all_day_and_refusals(v2: V2Clients, call: Caller) -> None:
    # all_day overrides whatever start and end say.
    all_day = await call(
        create_timeslot,
        client=v2.user,
        body=TimeslotCreate(
            name="Weekends",
            time_recurrences=[TimeRecurrenceCreate(days=[6, 7], all_day=True, start="10:00:00", end="11:00:00")],
        ),
    )
    assert all_day.status_code == 201
    assert isinstance(all_day.parsed, Timeslot)
    [recurrence] = all_day.parsed.time_recurrences
    assert (recurrence.days, recurrence.start, recurrence.end, recurrence.all_day) == (
        [6, 7],
        "00:00:00",
        "23:59:59.999999",
        True,
    )

    duplicate = await call(create_timeslot, client=v2.user, body=TimeslotCreate(name="Weekends", time_recurrences=[]))
    assert duplicate.status_code == 400
    assert isinstance(duplicate.parsed, FieldErrors)
    assert duplicate.parsed.additional_properties == {
        "name": [f'The name "Weekends" is already in use for a another timeslot owned by user {v2.ids.user.username}.']
    }
    # Names are unique per user only.
    elsewhere = await call(
        create_timeslot, client=stranger(v2), body=TimeslotCreate(name="Weekends", time_recurrences=[])
    )
    assert elsewhere.status_code == 201

    backwards = await call(
        create_timeslot,
        client=v2.user,
        body=TimeslotCreate(
            name="Backwards", time_recurrences=[TimeRecurrenceCreate(days=[1], start="10:00:00", end="09:00:00")]
        ),
    )
    assert backwards.status_code == 400
    assert isinstance(backwards.parsed, FieldErrors)
    assert backwards.parsed.additional_properties == {
        "time_recurrences": {"0": {"non_field_errors": ["'start' must be before 'end'."]}}
    }
    no_such_day = await call(
        create_timeslot,
        client=v2.user,
        body=TimeslotCreate(name="Day 8", time_recurrences=[TimeRecurrenceCreate(days=[8], all_day=True)]),
    )
    assert no_such_day.status_code == 400
    assert isinstance(no_such_day.parsed, FieldErrors)
    assert no_such_day.parsed.additional_properties == {
        "time_recurrences": {"0": {"days": ['"8" is not a valid choice.']}}
    }


async def test_replace_timeslot(v2: V2Clients, call: Caller) -> None:
    made = make_timeslot(v2.user, "Before")
    replaced = await call(
        replace_timeslot,
        client=v2.user,
        pk=made.pk,
        body=TimeslotCreate(
            name="After",
            time_recurrences=[
                TimeRecurrenceCreate(days=[6], start="09:00:00", end="10:00:00"),
                TimeRecurrenceCreate(days=[7], all_day=True),
            ],
        ),
    )
    assert replaced.status_code == 200
    assert isinstance(replaced.parsed, Timeslot)
    assert (replaced.parsed.pk, replaced.parsed.name) == (made.pk, "After")
    assert [(r.days, r.start, r.end) for r in recurrences_of(replaced.parsed)] == [
        ([6], "09:00:00", "10:00:00"),
        ([7], "00:00:00", "23:59:59.999999"),
    ]
    read = get_timeslot.sync(client=v2.user, pk=made.pk)
    assert isinstance(read, Timeslot)
    assert (read.pk, read.name, recurrences_of(read)) == (made.pk, "After", recurrences_of(replaced.parsed))


async def test_update_timeslot(v2: V2Clients, call: Caller) -> None:
    made = make_timeslot(v2.user, "Old name")
    renamed = await call(update_timeslot, client=v2.user, pk=made.pk, body=TimeslotPatch(name="New name"))
    assert renamed.status_code == 200
    assert isinstance(renamed.parsed, Timeslot)
    assert renamed.parsed.name == "New name"
    assert recurrences_of(renamed.parsed) == recurrences_of(made)
    # Recurrences given replace all of them; the name stays.
    new_hours = await call(
        update_timeslot,
        client=v2.user,
        pk=made.pk,
        body=TimeslotPatch(time_recurrences=[TimeRecurrenceCreate(days=[3], start="01:00:00", end="02:00:00")]),
    )
    assert isinstance(new_hours.parsed, Timeslot)
    assert new_hours.parsed.name == "New name"
    assert [(r.days, r.start, r.end) for r in new_hours.parsed.time_recurrences] == [([3], "01:00:00", "02:00:00")]
    taken = await call(update_timeslot, client=v2.user, pk=made.pk, body=TimeslotPatch(name="All the time"))
    assert taken.status_code == 400
    assert isinstance(taken.parsed, FieldErrors)
    assert list(taken.parsed.additional_properties) == ["name"]


async def test_delete_timeslot_deletes_the_profiles_using_it(v2: V2Clients, call: Caller) -> None:
    slot = make_timeslot(v2.user, "Doomed")
    a_filter = make_filter(v2.user, "any", own_source(v2))
    profile = make_profile(v2, f"{v2.ids.user.username} doomed", [a_filter.pk], timeslot=slot.pk)
    deleted = await call(delete_timeslot, client=v2.user, pk=slot.pk)
    assert deleted.status_code == 204
    gone = await call(get_timeslot, client=v2.user, pk=slot.pk)
    assert (gone.status_code, gone.parsed) == (404, Detail(detail="No Timeslot matches the given query."))
    profile_gone = await call(get_notification_profile, client=v2.user, pk=profile.pk)
    assert profile_gone.status_code == 404
    assert get_filter.sync(client=v2.user, pk=a_filter.pk) == a_filter


async def test_timeslots_are_owner_only(v2: V2Clients, call: Caller) -> None:
    mine = make_timeslot(v2.user, "Private hours")
    other = stranger(v2)
    not_found = Detail(detail="No Timeslot matches the given query.")
    read = await call(get_timeslot, client=other, pk=mine.pk)
    assert (read.status_code, read.parsed) == (404, not_found)
    replaced = await call(
        replace_timeslot, client=other, pk=mine.pk, body=TimeslotCreate(name="x", time_recurrences=[])
    )
    assert (replaced.status_code, replaced.parsed) == (404, not_found)
    updated = await call(update_timeslot, client=other, pk=mine.pk, body=TimeslotPatch(name="x"))
    assert (updated.status_code, updated.parsed) == (404, not_found)
    deleted = await call(delete_timeslot, client=other, pk=mine.pk)
    assert (deleted.status_code, deleted.parsed) == (404, not_found)
    listed = await call(list_timeslots, client=other)
    assert isinstance(listed.parsed, list)
    assert [t.name for t in listed.parsed] == ["All the time"]
    assert get_timeslot.sync(client=v2.user, pk=mine.pk) == mine


# -- filters ---------------------------------------------------------------------------------------
async def test_create_list_and_get_filters(v2: V2Clients, call: Caller) -> None:
    content = FilterContent(
        source_system_ids=[v2.ids.source.source_pk],
        source_types=["argus-local"],
        tags=["host=db1", "problem=disk"],
        open_=True,
        acked=False,
        stateful=True,
        maxlevel=2,
        event_types=["STA", "END"],
    )
    response = await call(create_filter, client=v2.user, body=FilterCreate(name="Critical", filter_=content))
    assert response.status_code == 201
    made = response.parsed
    assert isinstance(made, NotificationFilter)
    assert (made.name, made.public) == ("Critical", False)
    stored = made.filter_
    assert (stored.source_system_ids, stored.source_types, stored.tags) == (
        [v2.ids.source.source_pk],
        ["argus-local"],
        ["host=db1", "problem=disk"],
    )
    assert (stored.open_, stored.acked, stored.stateful, stored.maxlevel) == (True, False, True, 2)
    assert stored.event_types == ["STA", "END"]
    assert stored.hide_closed_acked is False
    read = await call(get_filter, client=v2.user, pk=made.pk)
    assert read.status_code == 200
    assert read.parsed == made

    # Without content: every tristate and maxlevel is stored as null, and nothing matches.
    bare = await call(create_filter, client=v2.user, body=FilterCreate(name="Bare"))
    assert bare.status_code == 201
    assert isinstance(bare.parsed, NotificationFilter)
    assert bare.parsed.filter_.to_dict() == {
        "open": None,
        "acked": None,
        "stateful": None,
        "maxlevel": None,
        "hide_closed_acked": False,
    }
    listed = await call(list_filters, client=v2.user)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    # The list is the user's own filters and everyone's public ones (other tests' users may have made some).
    mine = {made.pk, bare.parsed.pk}
    assert mine <= {f.pk for f in listed.parsed}
    assert all(f.public for f in listed.parsed if f.pk not in mine)


async def test_create_filter_refusals(v2: V2Clients, call: Caller) -> None:
    too_high = await call(
        create_filter, client=v2.user, body=FilterCreate(name="Nine", filter_=FilterContent(maxlevel=9))
    )
    assert too_high.status_code == 400
    assert isinstance(too_high.parsed, FieldErrors)
    assert too_high.parsed.additional_properties == {
        "filter": {"maxlevel": ["Ensure this value is less than or equal to 5."]}
    }
    no_name = await call(create_filter, client=v2.user, body=FilterCreate(name=""))
    assert no_name.status_code == 400
    assert isinstance(no_name.parsed, FieldErrors)
    assert no_name.parsed.additional_properties == {"name": ["This field may not be blank."]}


async def test_replace_filter(v2: V2Clients, call: Caller) -> None:
    made = make_filter(v2.user, "Before", own_source(v2, tags=["host=a"], open_=True), public=True)
    replaced = await call(
        replace_filter, client=v2.user, pk=made.pk, body=FilterCreate(name="After", filter_=FilterContent(maxlevel=3))
    )
    assert replaced.status_code == 200
    assert isinstance(replaced.parsed, NotificationFilter)
    assert (replaced.parsed.pk, replaced.parsed.name) == (made.pk, "After")
    # The new content replaces the old one entirely; `public` left out keeps its value.
    assert replaced.parsed.filter_.to_dict() == {
        "open": None,
        "acked": None,
        "stateful": None,
        "maxlevel": 3,
        "hide_closed_acked": False,
    }
    assert replaced.parsed.public is True
    # A PUT without `filter` keeps the content.
    renamed = await call(replace_filter, client=v2.user, pk=made.pk, body=FilterCreate(name="Renamed", public=False))
    assert isinstance(renamed.parsed, NotificationFilter)
    assert (renamed.parsed.name, renamed.parsed.public, renamed.parsed.filter_.maxlevel) == ("Renamed", False, 3)
    assert get_filter.sync(client=v2.user, pk=made.pk) == renamed.parsed


async def test_update_filter(v2: V2Clients, call: Caller) -> None:
    made = make_filter(v2.user, "Patch me", own_source(v2, maxlevel=2))
    published = await call(update_filter, client=v2.user, pk=made.pk, body=FilterPatch(public=True))
    assert published.status_code == 200
    assert isinstance(published.parsed, NotificationFilter)
    assert (published.parsed.name, published.parsed.public) == ("Patch me", True)
    assert published.parsed.filter_ == made.filter_
    # A `filter` given replaces the whole content.
    retagged = await call(
        update_filter,
        client=v2.user,
        pk=made.pk,
        body=FilterPatch(name="Patched", filter_=FilterContent(tags=["host=b"])),
    )
    assert isinstance(retagged.parsed, NotificationFilter)
    assert retagged.parsed.name == "Patched"
    assert retagged.parsed.filter_.tags == ["host=b"]
    assert retagged.parsed.filter_.source_system_ids is UNSET
    assert retagged.parsed.filter_.maxlevel is None
    invalid = await call(update_filter, client=v2.user, pk=made.pk, body=FilterPatch(filter_=FilterContent(maxlevel=0)))
    assert invalid.status_code == 400
    assert isinstance(invalid.parsed, FieldErrors)
    assert invalid.parsed.additional_properties == {
        "filter": {"maxlevel": ["Ensure this value is greater than or equal to 1."]}
    }


async def test_delete_filter(v2: V2Clients, call: Caller) -> None:
    unused = make_filter(v2.user, "Unused", own_source(v2))
    deleted = await call(delete_filter, client=v2.user, pk=unused.pk)
    assert deleted.status_code == 204
    gone = await call(get_filter, client=v2.user, pk=unused.pk)
    assert (gone.status_code, gone.parsed) == (404, Detail(detail="No Filter matches the given query."))

    used = make_filter(v2.user, "Used", own_source(v2))
    profile_name = f"{v2.ids.user.username} uses it"
    make_profile(v2, profile_name, [used.pk])
    refused = await call(delete_filter, client=v2.user, pk=used.pk)
    assert refused.status_code == 400
    # A bare JSON string, naming the profile.
    assert isinstance(refused.parsed, str)
    assert refused.parsed.startswith("Cannot delete this filter since it is in use in the notification profile(s): ")
    assert profile_name in refused.parsed
    assert get_filter.sync(client=v2.user, pk=used.pk) == used


async def test_filters_are_owner_only_unless_public(v2: V2Clients, call: Caller) -> None:
    private = make_filter(v2.user, "Private", own_source(v2))
    shared = make_filter(v2.user, "Shared", own_source(v2, maxlevel=1), public=True)
    other = stranger(v2)
    not_found = Detail(detail="No Filter matches the given query.")
    hidden = await call(get_filter, client=other, pk=private.pk)
    assert (hidden.status_code, hidden.parsed) == (404, not_found)
    # A public filter is in everyone's list, yet reading it alone is a 403 (superusers excepted)...
    listed = await call(list_filters, client=other)
    assert isinstance(listed.parsed, list)
    assert shared in listed.parsed and private not in listed.parsed
    forbidden = await call(get_filter, client=other, pk=shared.pk)
    assert forbidden.status_code == 403
    assert forbidden.parsed == Detail(detail="You do not have permission to perform this action.")
    by_superuser = await call(get_filter, client=v2.admin, pk=shared.pk)
    assert (by_superuser.status_code, by_superuser.parsed) == (200, shared)
    # ...and only its owner may change or delete it.
    for pk in (private.pk, shared.pk):
        replaced = await call(replace_filter, client=other, pk=pk, body=FilterCreate(name="x"))
        assert (replaced.status_code, replaced.parsed) == (404, not_found)
        updated = await call(update_filter, client=other, pk=pk, body=FilterPatch(name="x"))
        assert (updated.status_code, updated.parsed) == (404, not_found)
        deleted = await call(delete_filter, client=other, pk=pk)
        assert (deleted.status_code, deleted.parsed) == (404, not_found)
    assert get_filter.sync(client=v2.user, pk=shared.pk) == shared


async def test_preview_filter(v2: V2Clients, call: Caller) -> None:
    severe = v2.new_incident("severe", level=1, tags=tag_values("host=db1"))
    mild = v2.new_incident("mild", level=4, tags=tag_values("host=db2"))
    stateless = v2.new_incident("stateless", level=3, end_time=None)
    everything = await call(preview_filter, client=v2.user, body=own_source(v2))
    assert everything.status_code == 200
    assert isinstance(everything.parsed, list)
    assert all(isinstance(i, Incident) for i in everything.parsed)
    assert sorted(i.pk for i in everything.parsed) == sorted([severe.pk, mild.pk, stateless.pk])
    by_level = await call(preview_filter, client=v2.user, body=own_source(v2, maxlevel=3))
    assert isinstance(by_level.parsed, list)
    assert sorted(i.pk for i in by_level.parsed) == sorted([severe.pk, stateless.pk])
    by_tag = await call(preview_filter, client=v2.user, body=own_source(v2, tags=["host=db2"]))
    assert isinstance(by_tag.parsed, list)
    assert [i.pk for i in by_tag.parsed] == [mild.pk]
    assert by_tag.parsed[0] == mild
    stateful_only = await call(preview_filter, client=v2.user, body=own_source(v2, stateful=False))
    assert isinstance(stateful_only.parsed, list)
    assert [i.pk for i in stateful_only.parsed] == [stateless.pk]
    # A filter with no condition matches nothing at all.
    empty = await call(preview_filter, client=v2.user, body=FilterContent())
    assert (empty.status_code, empty.parsed) == (200, [])
    invalid = await call(preview_filter, client=v2.user, body=own_source(v2, maxlevel=0))
    assert invalid.status_code == 400
    assert isinstance(invalid.parsed, FieldErrors)
    assert invalid.parsed.additional_properties == {"maxlevel": ["Ensure this value is greater than or equal to 1."]}


# -- notification profiles -------------------------------------------------------------------------
async def test_create_and_get_notification_profile(v2: V2Clients, call: Caller) -> None:
    slot = make_timeslot(v2.user, "Office hours")
    first = make_filter(v2.user, "Severe", own_source(v2, maxlevel=2))
    second = make_filter(v2.user, "Stateless", own_source(v2, stateful=False))
    phone = make_sms_destination(v2.user, "phone", phone_number_for(v2))
    name = f"{v2.ids.user.username} on call"
    created = await call(
        create_notification_profile,
        client=v2.user,
        body=NotificationProfileCreate(
            name=name, timeslot=slot.pk, filters=[first.pk, second.pk], destinations=[phone.pk], active=False
        ),
    )
    assert created.status_code == 201
    profile = created.parsed
    assert isinstance(profile, NotificationProfile)
    assert (profile.name, profile.active) == (name, False)
    # The response nests the whole objects.
    assert profile.timeslot == slot
    assert sorted(f.pk for f in profile.filters) == sorted([first.pk, second.pk])
    assert first in profile.filters
    assert profile.destinations == [phone]

    read = await call(get_notification_profile, client=v2.user, pk=profile.pk)
    assert read.status_code == 200
    assert read.parsed == profile
    listed = await call(list_notification_profiles, client=v2.user)
    assert listed.status_code == 200
    assert listed.parsed == [profile]

    # Only timeslot and filters are required; the name may be null and active defaults to true.
    minimal = await call(
        create_notification_profile,
        client=v2.user,
        body=NotificationProfileCreate(timeslot=slot.pk, filters=[first.pk]),
    )
    assert minimal.status_code == 201
    assert isinstance(minimal.parsed, NotificationProfile)
    assert (minimal.parsed.name, minimal.parsed.active, minimal.parsed.destinations) == (None, True, [])


async def test_create_notification_profile_refusals(v2: V2Clients, call: Caller) -> None:
    slot = make_timeslot(v2.user, "Hours")
    a_filter = make_filter(v2.user, "Any", own_source(v2))
    no_filters = await call(
        create_notification_profile, client=v2.user, body=NotificationProfileCreate(timeslot=slot.pk, filters=[])
    )
    assert no_filters.status_code == 400
    assert isinstance(no_filters.parsed, FieldErrors)
    assert no_filters.parsed.additional_properties == {"filters": ["This list may not be empty."]}
    missing_slot = await call(
        create_notification_profile,
        client=v2.user,
        body=NotificationProfileCreate(timeslot=987654321, filters=[a_filter.pk]),
    )
    assert missing_slot.status_code == 400
    assert isinstance(missing_slot.parsed, FieldErrors)
    assert missing_slot.parsed.additional_properties == {
        "timeslot": ['Invalid pk "987654321" - object does not exist.']
    }
    other = stranger(v2)
    theirs = make_timeslot(other, "Their hours")
    foreign_slot = await call(
        create_notification_profile,
        client=v2.user,
        body=NotificationProfileCreate(timeslot=theirs.pk, filters=[a_filter.pk]),
    )
    assert foreign_slot.status_code == 400
    assert isinstance(foreign_slot.parsed, FieldErrors)
    assert foreign_slot.parsed.additional_properties == {
        "non_field_errors": ["The user of 'timeslot' must be the same as the requesting user."]
    }
    # Profile names are checked against every user's profiles (argus-server 2.10.2).
    name = f"{v2.ids.user.username} taken"
    make_profile(v2, name, [a_filter.pk], timeslot=slot.pk)
    their_filter = make_filter(other, "Theirs", own_source(v2))
    same_name = await call(
        create_notification_profile,
        client=other,
        body=NotificationProfileCreate(name=name, timeslot=theirs.pk, filters=[their_filter.pk]),
    )
    assert same_name.status_code == 400
    assert isinstance(same_name.parsed, FieldErrors)
    assert same_name.parsed.additional_properties == {
        "non_field_errors": ["The requesting user already has a profile with that name."]
    }


async def test_replace_notification_profile(v2: V2Clients, call: Caller) -> None:
    first = make_filter(v2.user, "First", own_source(v2))
    second = make_filter(v2.user, "Second", own_source(v2, maxlevel=1))
    profile = make_profile(v2, f"{v2.ids.user.username} before", [first.pk])
    new_slot = make_timeslot(v2.user, "New hours")
    phone = make_sms_destination(v2.user, "phone", phone_number_for(v2))
    new_name = f"{v2.ids.user.username} after"
    replaced = await call(
        replace_notification_profile,
        client=v2.user,
        pk=profile.pk,
        body=NotificationProfileCreate(
            name=new_name, timeslot=new_slot.pk, filters=[second.pk], destinations=[phone.pk], active=False
        ),
    )
    assert replaced.status_code == 200
    result = replaced.parsed
    assert isinstance(result, NotificationProfile)
    assert (result.pk, result.name, result.active) == (profile.pk, new_name, False)
    assert result.timeslot.pk == new_slot.pk
    assert [f.pk for f in result.filters] == [second.pk]
    assert [d.pk for d in result.destinations] == [phone.pk]
    assert get_notification_profile.sync(client=v2.user, pk=profile.pk) == result
    invalid = await call(
        replace_notification_profile,
        client=v2.user,
        pk=profile.pk,
        body=NotificationProfileCreate(timeslot=new_slot.pk, filters=[]),
    )
    assert invalid.status_code == 400
    assert isinstance(invalid.parsed, FieldErrors)
    assert list(invalid.parsed.additional_properties) == ["filters"]


async def test_update_notification_profile(v2: V2Clients, call: Caller) -> None:
    """argus-server 2.10.2 answers an HTML 500 to a PATCH without `timeslot`: send it along."""
    a_filter = make_filter(v2.user, "Any", own_source(v2))
    profile = make_profile(v2, f"{v2.ids.user.username} patch", [a_filter.pk])
    phone = make_sms_destination(v2.user, "phone", phone_number_for(v2))
    new_name = f"{v2.ids.user.username} patched"
    updated = await call(
        update_notification_profile,
        client=v2.user,
        pk=profile.pk,
        body=NotificationProfilePatch(
            timeslot=profile.timeslot.pk, name=new_name, active=False, destinations=[phone.pk]
        ),
    )
    assert updated.status_code == 200
    result = updated.parsed
    assert isinstance(result, NotificationProfile)
    assert (result.name, result.active) == (new_name, False)
    assert [d.pk for d in result.destinations] == [phone.pk]
    # Fields left out stay.
    assert result.timeslot == profile.timeslot
    assert result.filters == profile.filters
    assert get_notification_profile.sync(client=v2.user, pk=profile.pk) == result


async def test_delete_notification_profile(v2: V2Clients, call: Caller) -> None:
    a_filter = make_filter(v2.user, "Any", own_source(v2))
    phone = make_sms_destination(v2.user, "phone", phone_number_for(v2))
    profile = make_profile(v2, f"{v2.ids.user.username} delete", [a_filter.pk], destinations=[phone.pk])
    # While the profile uses the destination, the destination cannot go.
    in_use = await call(delete_destination, client=v2.user, pk=phone.pk)
    assert in_use.status_code == 400
    assert isinstance(in_use.parsed, list)
    assert in_use.parsed[0].startswith("Cannot delete this destination since it is in use in the notification profile")

    deleted = await call(delete_notification_profile, client=v2.user, pk=profile.pk)
    assert deleted.status_code == 204
    gone = await call(get_notification_profile, client=v2.user, pk=profile.pk)
    assert (gone.status_code, gone.parsed) == (404, Detail(detail="No NotificationProfile matches the given query."))
    # Its timeslot, filters and destinations stay.
    assert get_timeslot.sync(client=v2.user, pk=profile.timeslot.pk) == profile.timeslot
    assert get_filter.sync(client=v2.user, pk=a_filter.pk) == a_filter
    assert delete_destination.sync_detailed(client=v2.user, pk=phone.pk).status_code == 204


async def test_list_notification_profile_incidents(v2: V2Clients, call: Caller) -> None:
    severe = v2.new_incident("severe", level=1)
    v2.new_incident("mild", level=4)
    stateless = v2.new_incident("stateless", level=5, end_time=None)
    # A profile matches what any of its filters matches.
    severe_filter = make_filter(v2.user, "Severe", own_source(v2, maxlevel=2))
    stateless_filter = make_filter(v2.user, "Stateless", own_source(v2, stateful=False))
    profile = make_profile(v2, f"{v2.ids.user.username} incidents", [severe_filter.pk, stateless_filter.pk])
    response = await call(list_notification_profile_incidents, client=v2.user, pk=profile.pk)
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    assert all(isinstance(i, Incident) for i in response.parsed)
    assert sorted(i.pk for i in response.parsed) == sorted([severe.pk, stateless.pk])
    assert {i.pk: i for i in response.parsed}[severe.pk] == severe
    # Unknown, or another user's: a 400 with a bare list, not a 404.
    unknown = await call(list_notification_profile_incidents, client=v2.user, pk=987654321)
    assert unknown.status_code == 400
    assert unknown.parsed == ["Notification profile with pk=987654321 does not exist."]
    foreign = await call(list_notification_profile_incidents, client=stranger(v2), pk=profile.pk)
    assert (foreign.status_code, foreign.parsed) == (
        400,
        [f"Notification profile with pk={profile.pk} does not exist."],
    )


async def test_preview_notification_profile(v2: V2Clients, call: Caller) -> None:
    open_one = v2.new_incident("open", level=2, tags=tag_values("host=web1"))
    v2.new_incident("closed", level=2, tags=tag_values("host=web1"), end_time=open_one.start_time)
    response = await call(
        preview_notification_profile, client=v2.user, body=own_source(v2, open_=True, tags=["host=web1"])
    )
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    assert response.parsed == [open_one]
    empty = await call(preview_notification_profile, client=v2.user, body=FilterContent())
    assert (empty.status_code, empty.parsed) == (200, [])
    invalid = await call(preview_notification_profile, client=v2.user, body=FilterContent(maxlevel=9))
    assert invalid.status_code == 400
    assert isinstance(invalid.parsed, FieldErrors)
    assert invalid.parsed.additional_properties == {"maxlevel": ["Ensure this value is less than or equal to 5."]}


async def test_notification_profiles_are_owner_only(v2: V2Clients, call: Caller) -> None:
    a_filter = make_filter(v2.user, "Any", own_source(v2))
    profile = make_profile(v2, f"{v2.ids.user.username} private", [a_filter.pk])
    other = stranger(v2)
    their_slot = make_timeslot(other, "Their hours")
    their_filter = make_filter(other, "Theirs", own_source(v2))
    not_found = Detail(detail="No NotificationProfile matches the given query.")
    read = await call(get_notification_profile, client=other, pk=profile.pk)
    assert (read.status_code, read.parsed) == (404, not_found)
    replaced = await call(
        replace_notification_profile,
        client=other,
        pk=profile.pk,
        body=NotificationProfileCreate(timeslot=their_slot.pk, filters=[their_filter.pk]),
    )
    assert (replaced.status_code, replaced.parsed) == (404, not_found)
    updated = await call(
        update_notification_profile,
        client=other,
        pk=profile.pk,
        body=NotificationProfilePatch(timeslot=their_slot.pk, active=False),
    )
    assert (updated.status_code, updated.parsed) == (404, not_found)
    deleted = await call(delete_notification_profile, client=other, pk=profile.pk)
    assert (deleted.status_code, deleted.parsed) == (404, not_found)
    listed = await call(list_notification_profiles, client=other)
    assert listed.parsed == []
    assert get_notification_profile.sync(client=v2.user, pk=profile.pk) == profile

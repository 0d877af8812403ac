"""metadata, auth (users, tokens, phone numbers), sources and source_types of API v1, sync and async, on 1.37.0."""

from __future__ import annotations

import pytest
from argus_api_v1.api.auth import (
    create_phone_number,
    delete_phone_number,
    get_current_user,
    get_phone_number,
    get_user,
    list_phone_numbers,
    obtain_token,
    replace_phone_number,
    update_phone_number,
)
from argus_api_v1.api.metadata import get_api_metadata
from argus_api_v1.api.source_types import create_source_type, get_source_type, list_source_types
from argus_api_v1.api.sources import create_source, get_source, list_sources, replace_source, update_source
from argus_api_v1.models import (
    ApiMetadata,
    CurrentUser,
    Detail,
    FieldErrors,
    LoginRequest,
    PhoneNumber,
    PhoneNumberPatch,
    PhoneNumberRequest,
    SourceSystem,
    SourceSystemCreate,
    SourceSystemPatch,
    SourceSystemType,
    SourceSystemUpdate,
    Token,
    User,
)

from .support import Caller, V1Clients, parsed_as

pytestmark = pytest.mark.anyio

INVALID_TOKEN = Detail(detail="Invalid token.")
FORBIDDEN = Detail(detail="You do not have permission to perform this action.")


def unique(v1: V1Clients, name: str) -> str:
    """A name no other test uses: the server is shared by the whole session."""
    return f"{name}-{v1.ids.user.pk}"


def new_phone(v1: V1Clients, number: str) -> PhoneNumber:
    body = PhoneNumberRequest(phone_number=number)
    return parsed_as(PhoneNumber, create_phone_number.sync_detailed(client=v1.user, body=body))


def phone(v1: V1Clients, n: int) -> str:
    """A valid Norwegian mobile number of this test's own (numbers are unique per user only, but readable)."""
    return f"+479{v1.ids.user.pk % 10000:04d}{n:03d}"


# ----------------------------------------------------------------------------------------- metadata and users


async def test_get_api_metadata_without_a_token(v1: V1Clients, call: Caller) -> None:
    metadata = parsed_as(ApiMetadata, await call(get_api_metadata, client=v1.anonymous), 200)
    assert metadata.server_version == "1.37.0"
    assert metadata.api_version.additional_properties == {"deprecated": "v1", "stable": "v2"}
    assert metadata.jsonapi_schema is not None
    assert metadata.jsonapi_schema.additional_properties["v1"] == "/api/v1/schema/"  # type: ignore[union-attr]


async def test_get_current_user_with_phone_numbers(v1: V1Clients, call: Caller) -> None:
    me = parsed_as(CurrentUser, await call(get_current_user, client=v1.user), 200)
    assert (me.username, me.email, me.phone_numbers) == (
        v1.ids.user.username,
        f"{v1.ids.user.username}@example.org",
        [],
    )
    number = new_phone(v1, phone(v1, 1))
    again = parsed_as(CurrentUser, await call(get_current_user, client=v1.user), 200)
    assert again.phone_numbers == [number]
    anonymous = await call(get_current_user, client=v1.anonymous)
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")


async def test_get_user_by_pk_and_404_for_a_missing_one(v1: V1Clients, call: Caller) -> None:
    other = parsed_as(User, await call(get_user, client=v1.user, pk=v1.ids.source.pk), 200)
    assert (other.username, other.email) == (v1.ids.source.username, f"{v1.ids.source.username}@example.org")
    missing = await call(get_user, client=v1.user, pk=987654321)
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No User matches the given query.")


async def test_obtain_token_replaces_the_old_token(v1: V1Clients, call: Caller) -> None:
    login = LoginRequest(username=v1.ids.user.username, password=v1.ids.user.password)
    new_token = parsed_as(Token, await call(obtain_token, client=v1.anonymous, body=login), 200).token
    assert new_token != v1.ids.user.token
    me = parsed_as(CurrentUser, await call(get_current_user, client=v1.with_token(new_token)), 200)
    assert me.username == v1.ids.user.username
    old = await call(get_current_user, client=v1.user)
    assert (old.status_code, old.parsed) == (401, INVALID_TOKEN)


async def test_obtain_token_refusals(v1: V1Clients, call: Caller) -> None:
    wrong = LoginRequest(username=v1.ids.user.username, password="not-the-password")
    refused = await call(obtain_token, client=v1.anonymous, body=wrong)
    assert refused.status_code == 400
    assert refused.parsed == FieldErrors.from_dict(
        {"non_field_errors": ["Unable to log in with provided credentials."]}
    )
    # A stale token in the header is checked before the password: 401, even with the right password.
    right = LoginRequest(username=v1.ids.user.username, password=v1.ids.user.password)
    stale = await call(obtain_token, client=v1.with_token("stale-token"), body=right)
    assert (stale.status_code, stale.parsed) == (401, INVALID_TOKEN)


# ----------------------------------------------------------------------------------------- phone numbers


async def test_create_list_and_get_phone_numbers(v1: V1Clients, call: Caller) -> None:
    body = PhoneNumberRequest(phone_number=phone(v1, 2))
    made = parsed_as(PhoneNumber, await call(create_phone_number, client=v1.user, body=body))
    assert (made.user, made.phone_number) == (v1.ids.user.pk, phone(v1, 2))
    listed = await call(list_phone_numbers, client=v1.user)
    assert (listed.status_code, listed.parsed) == (200, [made])
    one = await call(get_phone_number, client=v1.user, pk=made.pk)
    assert parsed_as(PhoneNumber, one, 200) == made
    others = await call(get_phone_number, client=v1.admin, pk=made.pk)
    assert others.status_code == 404
    assert others.parsed == Detail(detail="No DestinationConfig matches the given query.")


async def test_create_phone_number_refusals(v1: V1Clients, call: Caller) -> None:
    invalid = await call(create_phone_number, client=v1.user, body=PhoneNumberRequest(phone_number="12345"))
    assert invalid.status_code == 400
    assert invalid.parsed == FieldErrors.from_dict(
        {"phone_number": ["Enter a valid phone number (e.g. +12125552368)."]}
    )
    new_phone(v1, phone(v1, 3))
    taken = await call(create_phone_number, client=v1.user, body=PhoneNumberRequest(phone_number=phone(v1, 3)))
    assert taken.parsed == FieldErrors.from_dict({"phone_number": ["Phone number already exists"]})


async def test_replace_and_update_phone_number_answer_201(v1: V1Clients, call: Caller) -> None:
    made = new_phone(v1, phone(v1, 4))
    put = await call(
        replace_phone_number, client=v1.user, pk=made.pk, body=PhoneNumberRequest(phone_number=phone(v1, 5))
    )
    assert parsed_as(PhoneNumber, put, 201) == PhoneNumber(pk=made.pk, user=v1.ids.user.pk, phone_number=phone(v1, 5))
    patch = await call(
        update_phone_number, client=v1.user, pk=made.pk, body=PhoneNumberPatch(phone_number=phone(v1, 6))
    )
    assert parsed_as(PhoneNumber, patch, 201).phone_number == phone(v1, 6)
    invalid = await call(update_phone_number, client=v1.user, pk=made.pk, body=PhoneNumberPatch(phone_number="12345"))
    assert invalid.status_code == 400
    patch_unknown = await call(
        update_phone_number, client=v1.user, pk=987654321, body=PhoneNumberPatch(phone_number=phone(v1, 9))
    )
    assert patch_unknown.parsed == Detail(detail="No DestinationConfig matches the given query.")
    # PUT to a pk the user has no phone number with creates a new one (a new pk), not a 404.
    unknown = await call(
        replace_phone_number, client=v1.user, pk=987654321, body=PhoneNumberRequest(phone_number=phone(v1, 7))
    )
    created = parsed_as(PhoneNumber, unknown, 201)
    assert created.pk != 987654321 and created.phone_number == phone(v1, 7)


async def test_delete_phone_number(v1: V1Clients, call: Caller) -> None:
    made = new_phone(v1, phone(v1, 8))
    deleted = await call(delete_phone_number, client=v1.user, pk=made.pk)
    assert deleted.status_code == 204
    again = await call(delete_phone_number, client=v1.user, pk=made.pk)
    assert again.status_code == 404
    assert again.parsed == Detail(detail="No DestinationConfig matches the given query.")


# ----------------------------------------------------------------------------------------- sources and types


async def test_list_and_get_sources(v1: V1Clients, call: Caller) -> None:
    listed = await call(list_sources, client=v1.user)
    assert listed.status_code == 200
    ours = [s for s in listed.parsed if isinstance(s, SourceSystem) and s.pk == v1.ids.source.source_pk]
    assert [(s.name, s.type_.name, s.user) for s in ours] == [
        (v1.ids.source.source_name, v1.ids.source.source_type, v1.ids.source.pk)
    ]
    one = await call(get_source, client=v1.user, pk=v1.ids.source.source_pk)
    assert parsed_as(SourceSystem, one, 200) == ours[0]
    missing = await call(get_source, client=v1.user, pk=987654321)
    assert missing.parsed == Detail(detail="No SourceSystem matches the given query.")


async def test_create_source_and_refusals(v1: V1Clients, call: Caller) -> None:
    name = unique(v1, "zabbix")
    body = SourceSystemCreate(name=name, type_=v1.ids.source.source_type, base_url="https://zabbix.example.org/")
    made = parsed_as(SourceSystem, await call(create_source, client=v1.admin, body=body))
    assert (made.name, made.type_.name, made.base_url) == (
        name,
        v1.ids.source.source_type,
        "https://zabbix.example.org/",
    )
    by_end_user = await call(create_source, client=v1.user, body=body)
    assert (by_end_user.status_code, by_end_user.parsed) == (403, FORBIDDEN)
    taken = await call(create_source, client=v1.admin, body=body)
    assert taken.parsed == FieldErrors.from_dict({"__all__": ["Source system with this Name and Type already exists."]})
    unknown_type = SourceSystemCreate(name=unique(v1, "other"), type_="no-such-type")
    refused = await call(create_source, client=v1.admin, body=unknown_type)
    assert refused.status_code == 400
    assert isinstance(refused.parsed, FieldErrors) and "type" in refused.parsed.additional_properties


async def test_replace_and_update_source(v1: V1Clients, call: Caller) -> None:
    pk = v1.ids.source.source_pk
    put = await call(replace_source, client=v1.admin, pk=pk, body=SourceSystemUpdate(name=unique(v1, "renamed")))
    assert parsed_as(SourceSystem, put, 200).name == unique(v1, "renamed")
    patch = await call(update_source, client=v1.admin, pk=pk, body=SourceSystemPatch(name=unique(v1, "again")))
    assert parsed_as(SourceSystem, patch, 200).name == unique(v1, "again")
    unchanged = await call(update_source, client=v1.admin, pk=pk, body=SourceSystemPatch())
    assert parsed_as(SourceSystem, unchanged, 200).name == unique(v1, "again")
    by_end_user = await call(update_source, client=v1.user, pk=pk, body=SourceSystemPatch(name="x"))
    assert (by_end_user.status_code, by_end_user.parsed) == (403, FORBIDDEN)
    missing = await call(replace_source, client=v1.admin, pk=987654321, body=SourceSystemUpdate(name="x"))
    assert missing.status_code == 404


async def test_create_list_and_get_source_types(v1: V1Clients, call: Caller) -> None:
    name = unique(v1, "nav")
    made = await call(create_source_type, client=v1.user, body=SourceSystemType(name=name))  # no superuser needed
    assert parsed_as(SourceSystemType, made) == SourceSystemType(name=name)
    listed = await call(list_source_types, client=v1.user)
    assert listed.status_code == 200
    assert SourceSystemType(name=name) in listed.parsed
    one = await call(get_source_type, client=v1.user, name=name)
    assert parsed_as(SourceSystemType, one, 200) == SourceSystemType(name=name)
    missing = await call(get_source_type, client=v1.user, name=unique(v1, "missing"))
    assert missing.parsed == Detail(detail="No SourceSystemType matches the given query.")
    upper = await call(create_source_type, client=v1.user, body=SourceSystemType(name="Upper"))
    assert upper.parsed == FieldErrors.from_dict({"name": ["'Upper' is not a lowercase string"]})
    taken = await call(create_source_type, client=v1.user, body=SourceSystemType(name=name))
    assert taken.parsed == FieldErrors.from_dict({"name": ["source system type with this name already exists."]})

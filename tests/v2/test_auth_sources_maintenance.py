"""metadata, auth, sources, source_types and planned_maintenance tags: every operation through the
generated client, sync and async, on a real 2.10.2.

The token tests replace or revoke tokens, so they only ever use this test's fresh identities
(`v2.ids`), never the server's shared ones.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from argus_api_v2.api.auth import (
    get_current_user,
    get_user,
    knox_login,
    knox_logout,
    knox_logout_all,
    obtain_token,
    refresh_token,
)
from argus_api_v2.api.filters import create_filter
from argus_api_v2.api.metadata import get_api_metadata
from argus_api_v2.api.planned_maintenance import (
    create_planned_maintenance,
    delete_planned_maintenance,
    get_planned_maintenance,
    list_planned_maintenance,
    replace_planned_maintenance,
    update_planned_maintenance,
)
from argus_api_v2.api.source_types import create_source_type, get_source_type, list_source_types
from argus_api_v2.api.sources import (
    create_source,
    get_source,
    list_sources,
    replace_source,
    send_source_heartbeat,
    update_source,
)
from argus_api_v2.models import (
    ApiMetadata,
    CurrentUser,
    Detail,
    ExpiringToken,
    FieldErrors,
    FilterContent,
    FilterCreate,
    LoginRequest,
    NotificationFilter,
    PlannedMaintenance,
    PlannedMaintenanceCreate,
    PlannedMaintenancePatch,
    SourceSystem,
    SourceSystemCreate,
    SourceSystemPatch,
    SourceSystemType,
    SourceSystemUpdate,
    Token,
    User,
)

from .support import Caller, V2Clients, parsed_as

pytestmark = pytest.mark.anyio

FORBIDDEN = Detail(detail="You do not have permission to perform this action.")
INVALID_TOKEN = Detail(detail="Invalid token.")
WINDOW_START = dt.datetime(2030, 1, 1, 8, 0, tzinfo=dt.UTC)
WINDOW_END = dt.datetime(2030, 1, 1, 16, 0, tzinfo=dt.UTC)
FILTER_NUMBERS = itertools.count(1)


# ----------------------------------------------------------------------------------- metadata
async def test_get_api_metadata_without_a_token(v2: V2Clients, call: Caller) -> None:
    response = await call(get_api_metadata, client=v2.anonymous)
    # The spec's path is /../ below the /api/v2 base: only /api/ answers this body.
    assert response.status_code == 200
    metadata = response.parsed
    assert isinstance(metadata, ApiMetadata)
    assert metadata.server_version == "2.10.2"
    assert metadata.api_version.additional_properties == {"stable": "v2"}
    assert metadata.jsonapi_schema.additional_properties["v2"] == "/api/v2/schema/"  # type: ignore[union-attr]
    assert metadata.ticket_plugin is None
    assert "argus.notificationprofile.media.email.EmailNotification" in metadata.destination_plugins  # type: ignore[operator]


# ----------------------------------------------------------------------------------- auth
async def test_get_current_user_admin_url_only_for_the_admin(v2: V2Clients, call: Caller) -> None:
    plain = await call(get_current_user, client=v2.user)
    assert plain.status_code == 200
    assert isinstance(plain.parsed, CurrentUser)
    assert (plain.parsed.username, plain.parsed.email) == (v2.ids.user.username, f"{v2.ids.user.username}@example.org")
    assert plain.parsed.admin_url is None

    admin = await call(get_current_user, client=v2.admin)
    assert isinstance(admin.parsed, CurrentUser)
    assert admin.parsed.username == v2.ids.admin.username
    assert admin.parsed.admin_url == f"{v2.server.url}/admin/"

    anonymous = await call(get_current_user, client=v2.anonymous)
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")


async def test_get_user_by_pk_and_404_for_a_missing_one(v2: V2Clients, call: Caller) -> None:
    response = await call(get_user, client=v2.user, pk=v2.ids.admin.pk)
    assert response.status_code == 200
    assert isinstance(response.parsed, User)
    assert response.parsed.username == v2.ids.admin.username
    assert response.parsed.email == f"{v2.ids.admin.username}@example.org"
    # The public view has no admin_url, even for an admin.
    assert "admin_url" not in response.parsed.additional_properties

    missing = await call(get_user, client=v2.user, pk=987654321)
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No User matches the given query.")


async def test_obtain_token_replaces_the_old_token(v2: V2Clients, call: Caller) -> None:
    login = LoginRequest(username=v2.ids.user.username, password=v2.ids.user.password)
    response = await call(obtain_token, client=v2.anonymous, body=login)
    assert response.status_code == 200
    assert isinstance(response.parsed, Token)
    new_token = response.parsed.token
    assert new_token != v2.ids.user.token

    me = await call(get_current_user, client=v2.with_token(new_token))
    assert me.status_code == 200
    assert me.parsed.username == v2.ids.user.username
    old = await call(get_current_user, client=v2.user)
    assert old.status_code == 401
    assert old.parsed == INVALID_TOKEN


async def test_obtain_token_refusals(v2: V2Clients, call: Caller) -> None:
    wrong = await call(
        obtain_token, client=v2.anonymous, body=LoginRequest(username=v2.ids.user.username, password="not-the-password")
    )
    assert wrong.status_code == 400
    assert isinstance(wrong.parsed, FieldErrors)
    assert wrong.parsed.additional_properties == {"non_field_errors": ["Unable to log in with provided credentials."]}

    # A stale Authorization header is checked before the password: 401 even with the right password.
    stale = await call(
        obtain_token,
        client=v2.with_token("not-a-real-token"),
        body=LoginRequest(username=v2.ids.user.username, password=v2.ids.user.password),
    )
    assert stale.status_code == 401
    assert stale.parsed == INVALID_TOKEN
    still_valid = await call(get_current_user, client=v2.user)
    assert still_valid.status_code == 200


async def test_refresh_token_replaces_the_token_used(v2: V2Clients, call: Caller) -> None:
    response = await call(refresh_token, client=v2.source)
    assert response.status_code == 200
    assert isinstance(response.parsed, Token)
    assert response.parsed.token != v2.ids.source.token

    me = await call(get_current_user, client=v2.with_token(response.parsed.token))
    assert me.status_code == 200
    assert me.parsed.username == v2.ids.source.username
    old = await call(get_current_user, client=v2.source)
    assert old.status_code == 401
    assert old.parsed == INVALID_TOKEN

    anonymous = await call(refresh_token, client=v2.anonymous)
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")


async def test_knox_login_gives_an_extra_expiring_token(v2: V2Clients, call: Caller) -> None:
    before = dt.datetime.now(dt.UTC)
    response = await call(
        knox_login,
        client=v2.anonymous,
        body=LoginRequest(username=v2.ids.admin.username, password=v2.ids.admin.password),
    )
    assert response.status_code == 200
    knox = response.parsed
    assert isinstance(knox, ExpiringToken)
    # Knox's default lifetime is 10 hours.
    assert dt.timedelta(hours=9, minutes=59) < knox.expiry - before < dt.timedelta(hours=10, minutes=1)

    me = await call(get_current_user, client=v2.with_token(knox.token))
    assert me.status_code == 200
    assert me.parsed.username == v2.ids.admin.username
    # Unlike obtain_token, the user's ordinary token keeps working.
    ordinary = await call(get_current_user, client=v2.admin)
    assert ordinary.status_code == 200


async def test_knox_login_with_a_wrong_password_is_a_403(v2: V2Clients, call: Caller) -> None:
    response = await call(
        knox_login, client=v2.anonymous, body=LoginRequest(username=v2.ids.user.username, password="not-the-password")
    )
    assert response.status_code == 403
    assert isinstance(response.parsed, Detail)
    # The server puts DRF's validation errors, as Python text, in `detail`.
    assert "non_field_errors" in response.parsed.detail
    assert "Unable to log in with provided credentials." in response.parsed.detail


async def test_knox_logout_revokes_only_that_knox_token(v2: V2Clients, call: Caller) -> None:
    login = LoginRequest(username=v2.ids.user.username, password=v2.ids.user.password)
    first = (await call(knox_login, client=v2.anonymous, body=login)).parsed
    second = (await call(knox_login, client=v2.anonymous, body=login)).parsed
    assert isinstance(first, ExpiringToken) and isinstance(second, ExpiringToken)

    response = await call(knox_logout, client=v2.with_token(first.token))
    assert response.status_code == 204
    assert response.content == b""
    revoked = await call(get_current_user, client=v2.with_token(first.token))
    assert revoked.status_code == 401
    assert revoked.parsed == INVALID_TOKEN
    other_knox = await call(get_current_user, client=v2.with_token(second.token))
    assert other_knox.status_code == 200

    # Only knox tokens authenticate the knox views.
    ordinary = await call(knox_logout, client=v2.user)
    assert ordinary.status_code == 401
    assert ordinary.parsed == INVALID_TOKEN


async def test_knox_logout_all_revokes_every_knox_token(v2: V2Clients, call: Caller) -> None:
    login = LoginRequest(username=v2.ids.admin.username, password=v2.ids.admin.password)
    tokens = [(await call(knox_login, client=v2.anonymous, body=login)).parsed for _ in range(2)]
    assert all(isinstance(token, ExpiringToken) for token in tokens)

    response = await call(knox_logout_all, client=v2.with_token(tokens[0].token))
    assert response.status_code == 204
    for token in tokens:
        revoked = await call(get_current_user, client=v2.with_token(token.token))
        assert revoked.status_code == 401
    ordinary = await call(get_current_user, client=v2.admin)
    assert ordinary.status_code == 200

    anonymous = await call(knox_logout_all, client=v2.anonymous)
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")


# ----------------------------------------------------------------------------------- sources
async def test_list_and_get_sources(v2: V2Clients, call: Caller) -> None:
    listed = await call(list_sources, client=v2.user)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    mine = [source for source in listed.parsed if source.pk == v2.ids.source.source_pk]
    assert len(mine) == 1
    assert isinstance(mine[0], SourceSystem)
    assert (mine[0].name, mine[0].type_.name, mine[0].user) == (
        v2.ids.source.source_name,
        v2.ids.source.source_type,
        v2.ids.source.pk,
    )

    one = await call(get_source, client=v2.user, pk=v2.ids.source.source_pk)
    assert one.status_code == 200
    assert one.parsed == mine[0]

    missing = await call(get_source, client=v2.user, pk=987654321)
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No SourceSystem matches the given query.")


async def test_create_source(v2: V2Clients, call: Caller) -> None:
    name = f"created-{v2.ids.source.source_pk}-{call.mode}"
    response = await call(
        create_source,
        client=v2.admin,
        body=SourceSystemCreate(
            name=name, type_=v2.ids.source.source_type, base_url="https://nav.example.org", username=f"{name}-user"
        ),
    )
    assert response.status_code == 201
    created = response.parsed
    assert isinstance(created, SourceSystem)
    assert (created.name, created.type_.name, created.base_url) == (
        name,
        v2.ids.source.source_type,
        "https://nav.example.org",
    )
    its_user = await call(get_user, client=v2.admin, pk=created.user)
    assert its_user.parsed.username == f"{name}-user"
    reread = await call(get_source, client=v2.user, pk=created.pk)
    assert reread.parsed == created

    duplicate = await call(
        create_source, client=v2.admin, body=SourceSystemCreate(name=name, type_=v2.ids.source.source_type)
    )
    assert duplicate.status_code == 400
    assert isinstance(duplicate.parsed, FieldErrors)
    assert duplicate.parsed.additional_properties == {
        "__all__": ["Source system with this Name and Type already exists."]
    }


async def test_create_source_with_a_taken_username_gets_a_suffix(v2: V2Clients, call: Caller) -> None:
    response = await call(
        create_source,
        client=v2.admin,
        body=SourceSystemCreate(
            name=f"suffix-{v2.ids.source.source_pk}-{call.mode}",
            type_=v2.ids.source.source_type,
            username=v2.ids.user.username,
        ),
    )
    assert response.status_code == 201
    assert isinstance(response.parsed, SourceSystem)
    assert response.parsed.user != v2.ids.user.pk
    assert response.parsed.base_url == ""
    its_user = await call(get_user, client=v2.admin, pk=response.parsed.user)
    assert re.fullmatch(rf"{re.escape(v2.ids.user.username)}_[0-9A-F]{{6}}", its_user.parsed.username)


async def test_create_source_refusals(v2: V2Clients, call: Caller) -> None:
    body = SourceSystemCreate(name=f"refused-{v2.ids.source.source_pk}", type_=v2.ids.source.source_type)
    for not_superuser in (v2.user, v2.source):
        forbidden = await call(create_source, client=not_superuser, body=body)
        assert forbidden.status_code == 403
        assert forbidden.parsed == FORBIDDEN

    unknown_type = await call(
        create_source,
        client=v2.admin,
        body=SourceSystemCreate(name=body.name, type_=f"no-such-type-{v2.ids.source.source_pk}"),
    )
    assert unknown_type.status_code == 400
    assert isinstance(unknown_type.parsed, FieldErrors)
    assert unknown_type.parsed.additional_properties == {
        "type": ["Select a valid choice. That choice is not one of the available choices."]
    }


async def test_replace_source_changes_only_the_name(v2: V2Clients, call: Caller) -> None:
    pk = v2.ids.source.source_pk
    new_name = f"renamed-{pk}-{call.mode}"
    response = await call(replace_source, client=v2.admin, pk=pk, body=SourceSystemUpdate(name=new_name))
    assert response.status_code == 200
    assert isinstance(response.parsed, SourceSystem)
    assert (response.parsed.pk, response.parsed.name) == (pk, new_name)
    assert (response.parsed.type_.name, response.parsed.user) == (v2.ids.source.source_type, v2.ids.source.pk)
    reread = await call(get_source, client=v2.user, pk=pk)
    assert reread.parsed.name == new_name

    forbidden = await call(replace_source, client=v2.user, pk=pk, body=SourceSystemUpdate(name="nope"))
    assert forbidden.status_code == 403
    assert forbidden.parsed == FORBIDDEN
    missing = await call(replace_source, client=v2.admin, pk=987654321, body=SourceSystemUpdate(name="nope"))
    assert missing.status_code == 404
    blank = await call(replace_source, client=v2.admin, pk=pk, body=SourceSystemUpdate(name=""))
    assert blank.status_code == 400
    assert blank.parsed.additional_properties == {"name": ["This field may not be blank."]}


async def test_update_source(v2: V2Clients, call: Caller) -> None:
    pk = v2.ids.source.source_pk
    new_name = f"patched-{pk}-{call.mode}"
    response = await call(update_source, client=v2.admin, pk=pk, body=SourceSystemPatch(name=new_name))
    assert response.status_code == 200
    assert isinstance(response.parsed, SourceSystem)
    assert (response.parsed.pk, response.parsed.name) == (pk, new_name)

    # Every field is optional: an empty PATCH changes nothing.
    unchanged = await call(update_source, client=v2.admin, pk=pk, body=SourceSystemPatch())
    assert unchanged.status_code == 200
    assert unchanged.parsed == response.parsed

    forbidden = await call(update_source, client=v2.source, pk=pk, body=SourceSystemPatch(name="nope"))
    assert forbidden.status_code == 403
    assert forbidden.parsed == FORBIDDEN
    missing = await call(update_source, client=v2.admin, pk=987654321, body=SourceSystemPatch(name="nope"))
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No SourceSystem matches the given query.")


async def test_send_source_heartbeat(v2: V2Clients, call: Caller) -> None:
    response = await call(send_source_heartbeat, client=v2.source)
    assert response.status_code == 204
    assert response.content == b""

    # Users without a source system, superusers too, get a 403 with an empty body (no JSON detail).
    for not_a_source in (v2.user, v2.admin):
        refused = await call(send_source_heartbeat, client=not_a_source)
        assert refused.status_code == 403
        assert refused.content == b""
        assert refused.parsed is None

    anonymous = await call(send_source_heartbeat, client=v2.anonymous)
    assert anonymous.status_code == 401
    assert anonymous.parsed == Detail(detail="Authentication credentials were not provided.")


# ----------------------------------------------------------------------------------- source types
async def test_create_list_and_get_source_type(v2: V2Clients, call: Caller) -> None:
    name = f"type-{v2.ids.source.source_pk}-{call.mode}"
    response = await call(create_source_type, client=v2.admin, body=SourceSystemType(name=name))
    assert response.status_code == 201
    assert response.parsed == SourceSystemType(name=name)

    listed = await call(list_source_types, client=v2.user)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    names = [source_type.name for source_type in listed.parsed]
    assert name in names and v2.ids.source.source_type in names

    one = await call(get_source_type, client=v2.user, name=name)
    assert one.status_code == 200
    assert one.parsed == SourceSystemType(name=name)
    missing = await call(get_source_type, client=v2.user, name=f"missing-{name}")
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No SourceSystemType matches the given query.")


async def test_create_source_type_needs_no_superuser(v2: V2Clients, call: Caller) -> None:
    # Unlike sources, source types have no permission check beyond being logged in.
    name = f"by-user-{v2.ids.source.source_pk}-{call.mode}"
    response = await call(create_source_type, client=v2.user, body=SourceSystemType(name=name))
    assert response.status_code == 201
    assert response.parsed == SourceSystemType(name=name)


async def test_create_source_type_refusals(v2: V2Clients, call: Caller) -> None:
    name = f"taken-{v2.ids.source.source_pk}-{call.mode}"
    first = await call(create_source_type, client=v2.admin, body=SourceSystemType(name=name))
    assert first.status_code == 201
    refusals = {
        name: ["source system type with this name already exists."],
        name.upper(): [f"'{name.upper()}' is not a lowercase string"],
    }
    for refused_name, messages in refusals.items():
        refused = await call(create_source_type, client=v2.admin, body=SourceSystemType(name=refused_name))
        assert refused.status_code == 400
        assert isinstance(refused.parsed, FieldErrors)
        assert refused.parsed.additional_properties == {"name": messages}

    anonymous = await call(create_source_type, client=v2.anonymous, body=SourceSystemType(name=f"anon-{name}"))
    assert anonymous.status_code == 401


# ----------------------------------------------------------------------------------- planned maintenance
def maintenance_filter(v2: V2Clients) -> NotificationFilter:
    """Set-up: an admin's filter matching this test's source system (sync, always)."""
    # Filter names are unique per user (a reused one is a server 500).
    return parsed_as(
        NotificationFilter,
        create_filter.sync_detailed(
            client=v2.admin,
            body=FilterCreate(
                name=f"maintenance {next(FILTER_NUMBERS)} of {v2.ids.source.source_name}",
                filter_=FilterContent(source_system_ids=[v2.ids.source.source_pk]),
            ),
        ),
    )


def new_maintenance(v2: V2Clients, filter_pk: int, description: str = "set-up") -> PlannedMaintenance:
    """Set-up: a bounded maintenance window created by this test's admin (sync, always)."""
    return parsed_as(
        PlannedMaintenance,
        create_planned_maintenance.sync_detailed(
            client=v2.admin,
            body=PlannedMaintenanceCreate(
                start_time=WINDOW_START, end_time=WINDOW_END, description=description, filters=[filter_pk]
            ),
        ),
    )


async def test_create_planned_maintenance(v2: V2Clients, call: Caller) -> None:
    flt = maintenance_filter(v2)
    response = await call(
        create_planned_maintenance,
        client=v2.admin,
        body=PlannedMaintenanceCreate(
            start_time=WINDOW_START, end_time=WINDOW_END, description="core router swap", filters=[flt.pk]
        ),
    )
    assert response.status_code == 201
    task = response.parsed
    assert isinstance(task, PlannedMaintenance)
    assert (task.start_time, task.end_time) == (WINDOW_START, WINDOW_END)
    assert task.description == "core router swap"
    assert (task.created_by.pk, task.created_by.username) == (v2.ids.admin.pk, v2.ids.admin.username)
    assert [f.pk for f in task.filters] == [flt.pk]
    assert task.filters[0].filter_.source_system_ids == [v2.ids.source.source_pk]
    assert abs(task.created - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


async def test_create_planned_maintenance_defaults(v2: V2Clients, call: Caller) -> None:
    flt = maintenance_filter(v2)
    before = dt.datetime.now(dt.UTC)
    # Without start_time it starts now; without end_time it lasts until further notice (year 9999).
    response = await call(create_planned_maintenance, client=v2.admin, body=PlannedMaintenanceCreate(filters=[flt.pk]))
    assert response.status_code == 201
    task = response.parsed
    assert isinstance(task, PlannedMaintenance)
    assert before - dt.timedelta(seconds=5) < task.start_time < dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    assert task.end_time.year == 9999
    assert task.description == ""

    explicit_null = await call(
        create_planned_maintenance,
        client=v2.admin,
        body=PlannedMaintenanceCreate(start_time=WINDOW_START, end_time=None, filters=[flt.pk]),
    )
    assert explicit_null.status_code == 201
    assert explicit_null.parsed.end_time.year == 9999


async def test_create_planned_maintenance_refusals(v2: V2Clients, call: Caller) -> None:
    flt = maintenance_filter(v2)
    body = PlannedMaintenanceCreate(start_time=WINDOW_START, filters=[flt.pk])
    for not_superuser in (v2.user, v2.source):
        forbidden = await call(create_planned_maintenance, client=not_superuser, body=body)
        assert forbidden.status_code == 403
        assert forbidden.parsed == FORBIDDEN

    no_filters = await call(
        create_planned_maintenance, client=v2.admin, body=PlannedMaintenanceCreate(start_time=WINDOW_START, filters=[])
    )
    assert no_filters.status_code == 400
    assert isinstance(no_filters.parsed, FieldErrors)
    assert no_filters.parsed.additional_properties == {"filters": ["This list may not be empty."]}

    ends_before_start = await call(
        create_planned_maintenance,
        client=v2.admin,
        body=PlannedMaintenanceCreate(start_time=WINDOW_END, end_time=WINDOW_START, filters=[flt.pk]),
    )
    assert ends_before_start.status_code == 400
    assert ends_before_start.parsed.additional_properties == {
        "non_field_errors": ["End_time needs to be after start_time"]
    }


async def test_list_and_get_planned_maintenance(v2: V2Clients, call: Caller) -> None:
    task = new_maintenance(v2, maintenance_filter(v2).pk, "to read back")
    listed = await call(list_planned_maintenance, client=v2.user)
    assert listed.status_code == 200
    assert isinstance(listed.parsed, list)
    assert [t for t in listed.parsed if t.pk == task.pk] == [task]

    one = await call(get_planned_maintenance, client=v2.source, pk=task.pk)
    assert one.status_code == 200
    assert one.parsed == task
    missing = await call(get_planned_maintenance, client=v2.user, pk=987654321)
    assert missing.status_code == 404
    assert missing.parsed == Detail(detail="No PlannedMaintenanceTask matches the given query.")


async def test_replace_planned_maintenance(v2: V2Clients, call: Caller) -> None:
    first, second = maintenance_filter(v2), maintenance_filter(v2)
    task = new_maintenance(v2, first.pk)
    later_start, later_end = WINDOW_START + dt.timedelta(days=7), WINDOW_END + dt.timedelta(days=7)
    response = await call(
        replace_planned_maintenance,
        client=v2.admin,
        pk=task.pk,
        body=PlannedMaintenanceCreate(
            start_time=later_start, end_time=later_end, description="postponed", filters=[second.pk]
        ),
    )
    assert response.status_code == 200
    replaced = response.parsed
    assert isinstance(replaced, PlannedMaintenance)
    assert (replaced.pk, replaced.created, replaced.created_by) == (task.pk, task.created, task.created_by)
    assert (replaced.start_time, replaced.end_time, replaced.description) == (later_start, later_end, "postponed")
    assert [f.pk for f in replaced.filters] == [second.pk]

    # A PUT without end_time reopens the window until further notice.
    open_ended = await call(
        replace_planned_maintenance,
        client=v2.admin,
        pk=task.pk,
        body=PlannedMaintenanceCreate(start_time=later_start, filters=[second.pk]),
    )
    assert open_ended.status_code == 200
    assert open_ended.parsed.end_time.year == 9999

    body = PlannedMaintenanceCreate(start_time=later_start, filters=[first.pk])
    forbidden = await call(replace_planned_maintenance, client=v2.user, pk=task.pk, body=body)
    assert forbidden.status_code == 403
    assert forbidden.parsed == FORBIDDEN
    missing = await call(replace_planned_maintenance, client=v2.admin, pk=987654321, body=body)
    assert missing.status_code == 404


async def test_update_planned_maintenance(v2: V2Clients, call: Caller) -> None:
    task = new_maintenance(v2, maintenance_filter(v2).pk, "before")
    response = await call(
        update_planned_maintenance, client=v2.admin, pk=task.pk, body=PlannedMaintenancePatch(description="after")
    )
    assert response.status_code == 200
    patched = response.parsed
    assert isinstance(patched, PlannedMaintenance)
    assert patched.description == "after"
    # Untouched fields stay.
    assert (patched.start_time, patched.end_time, patched.filters) == (task.start_time, task.end_time, task.filters)

    open_ended = await call(
        update_planned_maintenance, client=v2.admin, pk=task.pk, body=PlannedMaintenancePatch(end_time=None)
    )
    assert open_ended.status_code == 200
    assert open_ended.parsed.end_time.year == 9999

    no_filters = await call(
        update_planned_maintenance, client=v2.admin, pk=task.pk, body=PlannedMaintenancePatch(filters=[])
    )
    assert no_filters.status_code == 400
    assert no_filters.parsed.additional_properties == {"filters": ["This list may not be empty."]}
    forbidden = await call(
        update_planned_maintenance, client=v2.user, pk=task.pk, body=PlannedMaintenancePatch(description="nope")
    )
    assert forbidden.status_code == 403
    assert forbidden.parsed == FORBIDDEN
    missing = await call(
        update_planned_maintenance, client=v2.admin, pk=987654321, body=PlannedMaintenancePatch(description="nope")
    )
    assert missing.status_code == 404


async def test_delete_planned_maintenance(v2: V2Clients, call: Caller) -> None:
    task = new_maintenance(v2, maintenance_filter(v2).pk, "cancelled")
    forbidden = await call(delete_planned_maintenance, client=v2.user, pk=task.pk)
    assert forbidden.status_code == 403
    assert forbidden.parsed == FORBIDDEN

    response = await call(delete_planned_maintenance, client=v2.admin, pk=task.pk)
    assert response.status_code == 204
    assert response.content == b""
    gone = await call(get_planned_maintenance, client=v2.user, pk=task.pk)
    assert gone.status_code == 404
    assert gone.parsed == Detail(detail="No PlannedMaintenanceTask matches the given query.")
    again = await call(delete_planned_maintenance, client=v2.admin, pk=task.pk)
    assert again.status_code == 404

"""What a connect() client promises beyond single calls: nothing silent, derived clients keep their wiring,
several event loops, guards that protect without biting valid data, errors a glue service can branch on.

Real argus-server 2.10.2 wherever the server is involved; `httpx.MockTransport` only for what it will not do
on demand (an SSO proxy's redirect or HTML page, a body of the wrong shape, a broken gzip stream).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from argus_api_v2 import Client
from argus_api_v2.api.auth import get_current_user
from argus_api_v2.api.incident_events import create_incident_event
from argus_api_v2.api.incidents import create_incident, get_incident, list_incidents
from argus_api_v2.errors import UnexpectedStatus
from argus_api_v2.models import EventCreate, IncidentCreate, TagValue

from argus_ext import (
    INFINITY,
    ArgusConnectionError,
    BadRequestError,
    DuplicateSourceIncidentError,
    NotFoundError,
    RequestRefusedError,
    UnauthorizedError,
    UnexpectedResponseError,
    connect,
    end_time_from_api,
    end_time_to_api,
    paginate_incidents,
)
from argus_local import ArgusServer, Identities
from tests.v2.support import START

pytestmark = pytest.mark.anyio
BASE = "http://argus.test"


def mocked(handler: Callable[[httpx.Request], httpx.Response]) -> Client:
    return connect(BASE, token="t0k3n", retry=None, httpx_args={"transport": httpx.MockTransport(handler)})


async def call_get_incident(mode: str, client: Client) -> object:
    if mode == "sync":
        return get_incident.sync(incident_pk=1, client=client)
    return await get_incident.asyncio(incident_pk=1, client=client)


# -- nothing silent -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_redirect_raises_instead_of_returning_none(mode: str) -> None:
    client = mocked(lambda request: httpx.Response(302, headers={"Location": "https://sso.example.org/login"}))
    with pytest.raises(UnexpectedResponseError, match=r"302 Found for GET .*redirected to https://sso") as error:
        await call_get_incident(mode, client)
    assert error.value.status_code == 302 and error.value.method == "GET"


def test_the_real_server_s_own_redirect_raises_too(v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)
    # Django answers a path without its trailing slash with a 301 to the slashed one.
    with pytest.raises(UnexpectedResponseError, match=r"^301 Moved Permanently for GET .*/incidents, redirected"):
        client.get_httpx_client().get("/incidents")


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_html_page_with_status_200_raises_an_argus_error(mode: str) -> None:
    page = "<html><head><title>Log in - Example SSO</title></head><body>...</body></html>"
    client = mocked(lambda request: httpx.Response(200, text=page, headers={"Content-Type": "text/html"}))
    with pytest.raises(UnexpectedResponseError, match=r"does not decode as documented.*Log in - Example SSO") as error:
        await call_get_incident(mode, client)
    assert isinstance(error.value.__cause__, json.JSONDecodeError)
    assert error.value.body == "Log in - Example SSO"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_json_of_the_wrong_shape_raises_an_argus_error(mode: str) -> None:
    client = mocked(lambda request: httpx.Response(200, json={"unexpected": True}))
    with pytest.raises(UnexpectedResponseError, match=r"KeyError") as error:
        await call_get_incident(mode, client)
    assert isinstance(error.value.__cause__, KeyError)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_undocumented_success_status_raises(mode: str) -> None:
    client = mocked(lambda request: httpx.Response(202, json={}))
    with pytest.raises(UnexpectedResponseError, match=r"^202 Accepted for GET .*a status this operation does not"):
        await call_get_incident(mode, client)
    with pytest.raises(UnexpectedResponseError):  # the *_detailed functions too, instead of parsed=None
        get_incident.sync_detailed(incident_pk=1, client=client)


def test_transport_level_failures_stay_in_the_argus_error_tree() -> None:
    broken_gzip = mocked(lambda request: httpx.Response(200, content=b"not gzip", headers={"Content-Encoding": "gzip"}))
    with pytest.raises(ArgusConnectionError, match=r"DecodingError"):
        get_incident.sync(incident_pk=1, client=broken_gzip)
    loop = connect(
        BASE,
        token="t0k3n",
        retry=None,
        httpx_args={
            "transport": httpx.MockTransport(lambda request: httpx.Response(302, headers={"Location": "/again/"})),
            "follow_redirects": True,
        },
    )
    with pytest.raises(ArgusConnectionError, match=r"TooManyRedirects"):
        get_incident.sync(incident_pk=1, client=loop)


def test_the_bare_generated_client_raises_from_sync_and_keeps_models_in_detailed(v2_server: ArgusServer) -> None:
    bare = Client(base_url=v2_server.api_url)
    with pytest.raises(UnexpectedStatus) as error:
        get_current_user.sync(client=bare)
    assert error.value.status_code == 401
    detailed = get_current_user.sync_detailed(client=bare)
    assert detailed.status_code == 401 and detailed.parsed is not None
    assert detailed.parsed.to_dict() == {"detail": "Authentication credentials were not provided."}


# -- derived clients and event loops ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "derive",
    [
        lambda client: client.with_timeout(httpx.Timeout(5.0)),
        lambda client: client.with_headers({"X-Request-Source": "tests"}),
        lambda client: client.with_cookies({"flavour": "oat"}),
    ],
    ids=["with_timeout", "with_headers", "with_cookies"],
)
async def test_derived_clients_keep_token_errors_and_retries(
    v2_server: ArgusServer, v2_ids: Identities, derive: Callable[[Client], Client]
) -> None:
    seen: list[httpx.Request] = []
    client = connect(v2_server.url, token=v2_ids.user.token, httpx_args={"event_hooks": {"request": [seen.append]}})
    derived = derive(client)
    assert get_current_user.sync(client=derived).username == v2_ids.user.username
    assert (await get_current_user.asyncio(client=derived)).username == v2_ids.user.username
    with pytest.raises(NotFoundError):
        get_incident.sync(incident_pk=10**9, client=derived)
    assert seen, "the caller's event hook stays too"
    assert derived.get_httpx_client().auth is client.get_httpx_client().auth  # one token for both


def test_derived_clients_change_what_they_say_and_leave_the_original_alone(
    v2_server: ArgusServer, v2_ids: Identities
) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token, httpx_args={"headers": {"X-Team": "ops"}})
    derived = client.with_headers({"X-Request-Source": "tests"}).with_timeout(httpx.Timeout(5.0))
    assert derived.get_httpx_client().headers["X-Team"] == "ops"
    assert derived.get_httpx_client().headers["X-Request-Source"] == "tests"
    assert derived.get_httpx_client().timeout == httpx.Timeout(5.0)
    assert "X-Request-Source" not in client.get_httpx_client().headers
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)


def test_a_client_serves_several_event_loops_in_a_row(v2_server: ArgusServer, v2_ids: Identities) -> None:
    client = connect(v2_server.url, token=v2_ids.user.token)
    names = [asyncio.run(get_current_user.asyncio(client=client)).username for _ in range(3)]
    assert names == [v2_ids.user.username] * 3


def test_replacing_the_httpx_clients_is_refused() -> None:
    client = connect(BASE, token="t0k3n")
    with pytest.raises(TypeError, match="httpx_args"):
        client.set_httpx_client(httpx.Client())
    with pytest.raises(TypeError, match="httpx_args"):
        client.set_async_httpx_client(httpx.AsyncClient())


@pytest.mark.parametrize(
    ("key", "value", "instead"),
    [
        ("verify", False, "verify="),
        ("auth", ("u", "p"), "token="),
        ("timeout", 1.0, "timeout="),
        ("base_url", BASE, "url"),
    ],
)
def test_httpx_args_that_repeat_connect_parameters_are_refused(key: str, value: Any, instead: str) -> None:
    with pytest.raises(ValueError, match=rf"httpx_args\['{key}'\]: .*pass {instead}"):
        connect(BASE, token="t0k3n", httpx_args={key: value})


def test_a_wrong_token_still_raises_through_a_derived_client(v2_server: ArgusServer) -> None:
    derived = connect(v2_server.url, token="0" * 40).with_timeout(httpx.Timeout(5.0))
    with pytest.raises(UnauthorizedError):
        get_current_user.sync(client=derived)


# -- guards that protect without biting -------------------------------------------------------------------------


def _post(source: Client, description: str, tags: list[str], **fields: Any) -> int:
    body = IncidentCreate(start_time=START, tags=[TagValue(t) for t in tags], description=description, **fields)
    return create_incident.sync(client=source, body=body).pk


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_list_for_a_comma_filter_is_joined_not_repeated(
    v2_server: ArgusServer, v2_ids: Identities, mode: str
) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    key = f"k{v2_ids.source.source_pk}"
    a = _post(source, "a", [f"{key}=a"])
    b = _post(source, "b", [f"{key}=b"])
    _post(source, "c", [f"{key}=c"])
    tags: Any = [f"{key}=a", f"{key}=b"]  # typed str in the spec: a list is what mypy would flag
    if mode == "sync":
        page = list_incidents.sync(client=source, tags=tags)
    else:
        page = await list_incidents.asyncio(client=source, tags=tags)
    # Sent as repeated keys the server would keep only the last (just b).
    assert sorted(incident.pk for incident in page.results) == sorted([a, b])


def test_repeated_keys_that_cannot_be_joined_are_refused_before_sending(
    v2_server: ArgusServer, v2_ids: Identities
) -> None:
    sent: list[httpx.Request] = []
    user = connect(v2_server.url, token=v2_ids.user.token, httpx_args={"event_hooks": {"request": [sent.append]}})
    levels: Any = [1, 2]
    with pytest.raises(RequestRefusedError, match=r"^level__lte: one value expected, got \['1', '2'\]"):
        list_incidents.sync(client=user, level_lte=levels)
    names: Any = ["nav,1", "zabbix"]
    with pytest.raises(RequestRefusedError, match=r"^source__name__in: 'nav,1' cannot be one of"):
        list_incidents.sync(client=user, source_name_in=names)
    assert sent == []


def test_free_form_metadata_passes_untouched(v2_server: ArgusServer, v2_ids: Identities) -> None:
    """A glue service copies its source's payload into metadata: naive-looking times there are not ours."""
    source = connect(v2_server.url, token=v2_ids.source.token)
    payload = {"nav": {"timestamp": "2024-05-01T12:00:00", "start_time": "2024-05-01 12:00"}, "expiration": "never"}
    pk = _post(source, "with metadata", [], metadata=payload)
    assert get_incident.sync(incident_pk=pk, client=source).metadata == payload


@pytest.mark.parametrize("zone", [dt.UTC, dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=-7))])
def test_an_aware_datetime_max_means_infinity_both_ways(v2_server: ArgusServer, v2_ids: Identities, zone: Any) -> None:
    assert end_time_to_api(dt.datetime.max.replace(tzinfo=zone)) == "infinity"
    source = connect(v2_server.url, token=v2_ids.source.token)
    pk = _post(source, "no end", [], end_time=end_time_to_api(dt.datetime.max.replace(tzinfo=zone)))
    assert end_time_from_api(get_incident.sync(incident_pk=pk, client=source).end_time) is INFINITY


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_paginator_iterated_twice_yields_everything_both_times(
    v2_server: ArgusServer, v2_ids: Identities, mode: str
) -> None:
    from argus_ext import apaginate_incidents

    source = connect(v2_server.url, token=v2_ids.source.token)
    made = sorted(_post(source, f"twice {n}", [f"twice=s{v2_ids.source.source_pk}"]) for n in range(5))
    filters = {"tags": [f"twice=s{v2_ids.source.source_pk}"], "page_size": 2}
    if mode == "sync":
        pager = paginate_incidents(source, **filters)
        passes = [sorted(i.pk for i in pager), sorted(i.pk for i in pager)]
    else:
        apager = apaginate_incidents(source, **filters)
        passes = [sorted([i.pk async for i in apager]), sorted([i.pk async for i in apager])]
    assert passes == [made, made]


# -- errors a glue service can branch on ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_reused_source_incident_id_raises_a_duplicate_error(
    v2_server: ArgusServer, v2_ids: Identities, mode: str
) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    pk = _post(source, "first", [], source_incident_id="zabbix-4711")
    # Close it: the id stays taken.
    create_incident_event.sync(incident_pk=pk, client=source, body=EventCreate(type_="END", timestamp=START))
    again = IncidentCreate(start_time=START, tags=[], source_incident_id="zabbix-4711")
    with pytest.raises(DuplicateSourceIncidentError) as error:
        if mode == "sync":
            create_incident.sync(client=source, body=again)
        else:
            await create_incident.asyncio(client=source, body=again)
    assert isinstance(error.value, BadRequestError) and error.value.status_code == 400
    assert error.value.source_incident_id == "zabbix-4711"
    assert error.value.source_pk == v2_ids.source.source_pk
    assert "already has an incident with source_incident_id 'zabbix-4711'" in str(error.value)


def test_field_errors_sent_as_a_python_list_repr_read_as_plain_messages(
    v2_server: ArgusServer, v2_ids: Identities
) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    with pytest.raises(BadRequestError) as error:
        create_incident.sync(client=source, body=IncidentCreate(start_time=START, tags=[TagValue("Bad Key=1")]))
    assert error.value.field_errors == {
        "tags.0.tag": ["Enter a valid key consisting of lowercase letters, numbers and underscores."]
    }


# -- the server behaviours the README warns about ---------------------------------------------------------------


def test_server_behaviours_the_readme_warns_about(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    user = connect(v2_server.url, token=v2_ids.user.token)
    key = f"readme=s{v2_ids.source.source_pk}"
    stateless = _post(source, "stateless", [key], end_time=None)
    listed = {flag: {i.pk for i in paginate_incidents(user, tags=[key], open_=flag)} for flag in (True, False)}
    assert stateless not in listed[True] and stateless not in listed[False]  # neither open nor closed
    assert stateless in {i.pk for i in paginate_incidents(user, tags=[key])}
    # Any end user may PATCH an incident a source system owns.
    from argus_api_v2.api.incidents import update_incident
    from argus_api_v2.models import IncidentPatch

    assert update_incident.sync(incident_pk=stateless, client=user, body=IncidentPatch(level=1)).level == 1

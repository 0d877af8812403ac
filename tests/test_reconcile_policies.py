"""reconcile in a shared Argus (issue 17), on real servers: people's tags and acks are kept, the server's own
tidying does not make a second run write, every path honours update=False, the stateless / closed-by-a-person /
acknowledged policies, and areconcile's structured stop.

Writes are counted at the server, from its access log (argus_local.access_log): "writes nothing" is a claim
about what reached the server.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from typing import Any, Literal

import httpx
import pytest

from argus_ext import (
    STATELESS,
    Problem,
    ReconcileReport,
    ReconcileStopped,
    acknowledge,
    areconcile,
    connect,
    end_time_to_api,
    find_my_incident,
    paginate_my_incidents,
    reconcile,
    resolve,
    tags_from_api,
)
from argus_ext.versions import version_of_client
from argus_local import ArgusServer, Identities
from argus_local.access_log import AccessLog

pytestmark = pytest.mark.anyio
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


async def run(mode: str, client: Any, desired: dict[str, Problem], **options: Any) -> ReconcileReport:
    if mode == "sync":
        return reconcile(client, desired, **options)
    return await areconcile(client, desired, concurrency=4, **options)


def add_tag(client: Any, incident_pk: int, tag: str) -> None:
    """A person's tag, added with the per-tag operation of the client's API version."""
    version = version_of_client(client)
    version.endpoint("incident_tags.add_incident_tag").sync(
        incident_pk, client=client, body=version.models().TagValue(tag)
    )


def tags_of(incident: Any) -> dict[str, list[str]]:
    return {key: sorted(values) for key, values in tags_from_api(incident.tags).items()}


def attempted_writes(log: AccessLog) -> list[str]:
    """Every write request since the mark, whatever its answer (a refused POST is still a request)."""
    return [f"{r.method} {r.kind} {r.status}" for r in log.requests() if r.is_write]


@pytest.fixture(params=["v2", "v1"])
def server_and_ids(
    request: pytest.FixtureRequest, installed_servers: object
) -> tuple[ArgusServer, Identities, Literal["v2", "v1"]]:
    # installed_servers: the server is picked at run time, so the tests' tier says it (tests/conftest.py).
    server: ArgusServer = request.getfixturevalue(f"{request.param}_server")
    return server, server.new_identities(), request.param


@MODES
async def test_people_tags_and_acks_are_kept(
    mode: str, server_and_ids: tuple[ArgusServer, Identities, Literal["v2", "v1"]]
) -> None:
    server, ids, api = server_and_ids
    source: Any = connect(server.url, api=api, token=ids.source.token)  # either API
    person: Any = connect(server.url, api=api, token=ids.user.token)
    log = AccessLog(server)
    first = {"disk": Problem("db1: disk full", level=3, tags={"host": "db1", "problem": "disk"})}
    assert (await run(mode, source, first)).created == ["disk"]
    incident = find_my_incident(source, "disk")
    assert incident is not None

    # A person tags the incident (a key of the source's too) and acknowledges it ...
    add_tag(person, incident.pk, "team=dba")
    add_tag(person, incident.pk, "problem=ticket_4711")
    acknowledge(person, incident, description="on it")
    # ... and the source raises the level and changes one of its own tags.
    worse = {"disk": Problem("db1: disk full", level=1, tags={"host": "db1", "problem": "wal"})}
    log.mark()
    report = await run(mode, source, worse)
    assert (report.updated, report.failed) == (["disk"], {})
    assert log.writes() == {"PATCH incidents": 1, "POST tags": 1, "DELETE tags": 1}
    now = find_my_incident(source, "disk")
    assert now is not None and now.level == 1 and now.acked
    assert tags_of(now) == {"host": ["db1"], "problem": ["ticket_4711", "wal"], "team": ["dba"]}

    # Nothing changed: nothing written, and the person's tags are not the source's to remove.
    log.mark()
    assert (await run(mode, source, worse)).unchanged == ["disk"]
    assert attempted_writes(log) == []

    # The acknowledged incident is still closed when its problem goes; the ack and the person's tags stay.
    report = await run(mode, source, {})
    assert report.resolved == ["disk"]
    gone = find_my_incident(source, "disk")
    assert gone is not None and not gone.open_ and gone.acked and tags_of(gone)["team"] == ["dba"]


STORED_DIFFERENTLY = {
    "trailing-newline": Problem("db1: disk full\n", tags={"host": "db1"}),
    "padded-tag": Problem("db2: disk full", tags={"host": " db2 ", "problem": ["disk ", " disk"]}),
    "relative-url": Problem("db3: disk full", details_url="/hosts/db3"),
    "padded-absolute-url": Problem("db4: disk full", details_url=" https://nav.example.org/db4 \t"),
    "relative-url-padded": Problem("db5: disk full", details_url=" hosts/db5\n"),
    "tuple-metadata": Problem("db6: disk full", metadata={"sizes": (1, 2), "nested": {"ok": True}}),
    "int-keyed-metadata": Problem("db7: disk full", metadata={1: "one"}),
    "empty-tag-value": Problem("db8: disk full", tags={"note": ["", "  "]}),
}


@MODES
async def test_what_the_server_tidies_is_not_written_again(
    mode: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    log = AccessLog(v2_server)
    assert sorted((await run(mode, source, STORED_DIFFERENTLY)).created) == sorted(STORED_DIFFERENTLY)
    stored = find_my_incident(source, "relative-url")
    assert stored is not None and stored.details_url == "http://source.example.org/hosts/db3"  # joined to base_url

    log.mark()
    report = await run(mode, source, STORED_DIFFERENTLY)
    assert sorted(report.unchanged) == sorted(STORED_DIFFERENTLY) and report.complete
    assert attempted_writes(log) == []

    # A real change to a tidied problem is still seen, and written once.
    changed = {**STORED_DIFFERENTLY, "padded-tag": Problem("db2: disk full", tags={"host": " db2 "})}
    log.mark()
    assert (await run(mode, source, changed)).updated == ["padded-tag"]
    assert log.writes() == {"DELETE tags": 1}


async def test_what_the_server_cannot_keep_is_refused_before_sending(
    v2_server: ArgusServer, v2_ids: Identities
) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    log = AccessLog(v2_server)
    log.mark()
    with pytest.raises(
        ValueError, match=r"desired\[' zbx-1'\]\.source_incident_id: ' zbx-1' has surrounding whitespace"
    ):
        reconcile(source, {" zbx-1": Problem("x")})
    with pytest.raises(ValueError, match=r"desired\['zbx-2\\n'\]\.source_incident_id"):
        await areconcile(source, {"zbx-2\n": Problem("x")})
    with pytest.raises(ValueError, match=r"desired\['zbx-3'\]\.tags\['url'\]: value 'http://x/y' holds '/'"):
        reconcile(source, {"zbx-3": Problem("x", tags={"url": "http://x/y"})})
    with pytest.raises(ValueError, match=r"desired\['zbx-4'\]\.tags: key ' host'"):
        reconcile(source, {"zbx-4": Problem("x", tags={" host": "db1"})})  # the server would rewrite the key
    with pytest.raises(TypeError, match=r"desired\['zbx-5'\]\.metadata: not JSON"):
        reconcile(source, {"zbx-5": Problem("x", metadata={"when": dt.datetime.now(dt.UTC)})})
    assert log.requests() == []


@MODES
async def test_update_false_never_changes_an_incident(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    log = AccessLog(v2_server)
    await run(mode, source, {"cpu": Problem("app1: load", level=3, tags={"host": "app1"})})
    changed = {"cpu": Problem("app1: load 12", level=1, tags={"host": "app2"})}

    log.mark()
    assert (await run(mode, source, changed, update=False)).unchanged == ["cpu"]
    assert attempted_writes(log) == []

    # The re-open path: the closed incident is re-opened, and nothing else is changed.
    closed = find_my_incident(source, "cpu")
    assert closed is not None
    resolve(source, closed)
    log.mark()
    report = await run(mode, source, changed, update=False)
    assert (report.reopened, report.failed) == (["cpu"], {})
    assert log.writes() == {"POST events": 1}
    now = find_my_incident(source, "cpu")
    assert now is not None and now.open_ and (now.description, now.level) == ("app1: load", 3)
    assert tags_of(now) == {"host": ["app1"]}


@MODES
async def test_a_stateless_incident_gets_no_event(mode: str, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    version = version_of_client(source)
    body = version.models().IncidentCreate(
        start_time=dt.datetime.now(dt.UTC),
        end_time=end_time_to_api(STATELESS),
        description="backup ran late",
        source_incident_id="backup",
        tags=[],
        level=4,
    )
    version.endpoint("incidents.create_incident").sync(client=source, body=body)
    log = AccessLog(v2_server)
    log.mark()
    report = await run(mode, source, {"backup": Problem("backup ran late", level=2)})
    assert (report.updated, report.failed) == (["backup"], {})
    assert log.writes() == {"PATCH incidents": 1}  # no RES, no END: it has no state to change
    log.mark()
    report = await run(mode, source, {"backup": Problem("backup ran late", level=2)})
    assert (report.unchanged, report.failed) == (["backup"], {})
    assert log.writes() == {}  # the create is refused (the id is taken); nothing is written
    stateless = find_my_incident(source, "backup")
    assert stateless is not None and stateless.end_time is None and stateless.level == 2


@MODES
async def test_an_incident_a_person_closed_is_reopened_while_reported(
    mode: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    person = connect(v2_server.url, token=v2_ids.user.token)
    desired = {"cert": Problem("web1: certificate expires", level=4, tags={"host": "web1"})}
    await run(mode, source, desired)
    incident = find_my_incident(source, "cert")
    assert incident is not None
    resolve(person, incident, type_="CLO", description="not now")
    log = AccessLog(v2_server)
    log.mark()
    report = await run(mode, source, desired)
    assert (report.reopened, report.failed) == (["cert"], {})
    assert log.writes() == {"POST events": 1}
    log.mark()
    assert (await run(mode, source, desired)).unchanged == ["cert"]
    assert attempted_writes(log) == []


class BuggyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A real transport whose `fail_at`-th write raises an error that is not a transport error (a bug in a
    transport, a hook, ...); the writes are slowed a little, so that others are in flight when it happens."""

    def __init__(self, fail_at: int) -> None:
        self.fail_at = fail_at
        self.writes = 0
        self.lock = threading.Lock()
        self.sync_inner = httpx.HTTPTransport()
        self.async_inner = httpx.AsyncHTTPTransport()

    def _count(self, request: httpx.Request) -> None:
        if request.method != "GET":
            with self.lock:
                self.writes += 1
                if self.writes == self.fail_at:
                    raise RuntimeError("a bug (test)")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        return self.sync_inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        await asyncio.sleep(0.05)
        return await self.async_inner.handle_async_request(request)


@MODES
async def test_an_unexpected_error_stops_the_run_with_its_report(
    mode: str, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    transport = BuggyTransport(fail_at=10)
    buggy = connect(v2_server.url, token=v2_ids.source.token, retry=None, httpx_args={"transport": transport})
    desired = {f"p{n}": Problem(f"problem {n}") for n in range(40)}
    with pytest.raises(ReconcileStopped) as stopped:
        await run(mode, buggy, desired)
    assert isinstance(stopped.value.__cause__, RuntimeError)
    report = stopped.value.report
    assert len(report.created) + len(report.not_attempted) == 40 and report.failed == {}
    # Counted at the server by id (a cancelled request may reach the server, yet its access-log line be lost).
    source = connect(v2_server.url, token=v2_ids.source.token)
    made = my_ids(source)
    await asyncio.sleep(0.5)
    assert my_ids(source) == made  # the other writes were stopped, not left running
    if mode == "sync":
        assert sorted(report.created) == sorted(made) and len(made) == 9
    else:  # the steps in flight when it happened were cancelled: in not_attempted, whatever their fate
        assert set(report.created) <= set(made) and len(made) <= len(report.created) + 3  # concurrency 4
    # Nothing is written twice: the next run completes the work.
    done = await run(mode, source, desired)
    assert done.complete and sorted(done.unchanged) == sorted(made) and len(done.created) == 40 - len(made)
    assert sorted(my_ids(source)) == sorted(desired)


def my_ids(client: Any) -> list[str]:
    """The ids of my open incidents, one entry per incident (a duplicate would show twice)."""
    return [i.source_incident_id for i in paginate_my_incidents(client, open_=True, page_size=1000)]


class PersonFirst(httpx.BaseTransport):
    """A real transport; just before the source removes a tag, a person removes that tag (a race, made sure)."""

    def __init__(self, person_token: str) -> None:
        self.person = {"Authorization": f"Token {person_token}"}
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE" and "/tags/" in request.url.path:
            httpx.delete(request.url, headers=self.person).raise_for_status()
        return self.inner.handle_request(request)


def test_a_tag_someone_removed_meanwhile_is_not_a_failure(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    reconcile(source, {"x": Problem("x", tags={"host": "db1", "problem": "disk"})})
    racing = connect(v2_server.url, token=v2_ids.source.token, httpx_args={"transport": PersonFirst(v2_ids.user.token)})
    report = reconcile(racing, {"x": Problem("x", tags={"host": "db1"})})
    assert (report.updated, report.failed) == (["x"], {})  # the source's DELETE got a 404: the tag is gone, as wanted
    now = find_my_incident(source, "x")
    assert now is not None and tags_of(now) == {"host": ["db1"]}

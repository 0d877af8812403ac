"""A reused source_incident_id is recognised whatever language the database speaks (issue 17, item 4).

argus-server 2.10.2 answers a reused id with PostgreSQL's own unique-violation text. The server here runs on a
PostgreSQL whose messages are German (lc_messages=de_DE.UTF-8; argus_local uses the machine's NLS-enabled
PostgreSQL for it): the text errors.py reads is not there, and reconcile still knows the duplicate, because it
looks the id up after the 400 instead of reading the message.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from argus_api_v2.api.incidents import create_incident
from argus_api_v2.models import IncidentCreate

from argus_ext import (
    BadRequestError,
    ConnectedClient,
    DuplicateSourceIncidentError,
    Problem,
    ReconcileReport,
    areconcile,
    connect,
    find_my_incident,
    reconcile,
    resolve,
)
from argus_ext.reconciliation import ClosedIdPolicy
from argus_local import V2, ArgusServer, Identities
from argus_local.access_log import AccessLog

pytestmark = pytest.mark.anyio
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@pytest.fixture(scope="module")
def german_server(installed_servers: object) -> Iterator[ArgusServer]:
    # installed_servers: a server of its own, so the tests' tier says it (tests/conftest.py).
    with ArgusServer(V2, db_lc_messages="de_DE.UTF-8") as server:
        yield server


async def run(
    mode: str, client: ConnectedClient, desired: dict[str, Problem], on_closed_id: ClosedIdPolicy = "reopen"
) -> ReconcileReport:
    if mode == "sync":
        return reconcile(client, desired, on_closed_id=on_closed_id)
    return await areconcile(client, desired, on_closed_id=on_closed_id)


@MODES
async def test_a_duplicate_is_known_on_a_german_database(mode: str, german_server: ArgusServer) -> None:
    ids = german_server.new_identities()
    source = connect(german_server.url, token=ids.source.token)
    disk = {"disk": Problem("db1: disk full", level=3)}
    assert (await run(mode, source, disk)).created == ["disk"]
    first = find_my_incident(source, "disk")
    assert first is not None
    resolve(source, first)

    # The server's answer to the reused id is German: errors.py's reading of the English text finds nothing.
    with pytest.raises(BadRequestError) as refused:
        create_incident.sync(
            client=source, body=IncidentCreate(start_time=datetime.now(UTC), tags=[], source_incident_id="disk")
        )
    assert not isinstance(refused.value, DuplicateSourceIncidentError)
    assert "Schlüssel" in str(refused.value.body) and "Key (" not in str(refused.value.body)

    # reconcile knows it all the same: the typed error with "fail", the re-open with "reopen".
    strict = await run(mode, source, disk, on_closed_id="fail")
    duplicate = strict.failed["disk"]
    assert isinstance(duplicate, DuplicateSourceIncidentError)
    assert (duplicate.source_incident_id, duplicate.source_pk) == ("disk", ids.source.source_pk)
    assert isinstance(duplicate.__cause__, BadRequestError)
    report = await run(mode, source, {"disk": Problem("db1: disk full again", level=2)})
    assert (report.reopened, report.failed) == (["disk"], {})
    again = find_my_incident(source, "disk")
    assert again is not None and again.pk == first.pk and again.open_ and again.level == 2


async def test_a_400_about_another_field_is_not_looked_up(v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = connect(v2_server.url, token=v2_ids.source.token)
    log = AccessLog(v2_server)
    log.mark()
    report = reconcile(source, {"nul": Problem("a NUL \x00 the server refuses")})
    refused = report.failed["nul"]
    assert type(refused) is BadRequestError and set(refused.field_errors) == {"description"}
    assert [r.kind for r in log.requests() if r.method == "GET"] == ["mine"]  # the read only: no look-up

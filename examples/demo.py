"""The main job, end to end: a real Argus 2.10.2 on loopback, driven through the generated client and argus_ext.

A source system (think NAV or a Zabbix glue service) reports an incident; an end user lists the open ones and
acknowledges it; the source system resolves it; `argus incidents list` shows it from the command line. Run with
`make demo`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from argus_api_v2.api.incident_acks import create_incident_ack
from argus_api_v2.api.incident_events import create_incident_event
from argus_api_v2.api.incidents import create_incident, get_incident
from argus_api_v2.api.metadata import get_api_metadata
from argus_api_v2.models import AcknowledgementCreate, EventCreate, IncidentCreate, TagValue

from argus_ext import INFINITY, BadRequestError, connect, end_time_from_api, paginate_incidents
from argus_local import V2, ArgusServer


def main() -> None:
    with ArgusServer(V2) as server:
        ids = server.identities
        assert ids is not None
        source = connect(server.url, token=ids.source.token)
        person = connect(server.url, username=ids.user.username, password=ids.user.password)

        meta = get_api_metadata.sync(client=source)
        print(f"1. argus-server {meta.server_version} answers at {server.api_url}")

        now = dt.datetime.now(dt.UTC)
        incident = create_incident.sync(
            client=source,
            body=IncidentCreate(
                start_time=now,
                description="db1: disk 97% full",
                level=2,
                source_incident_id="disk-db1",
                tags=[TagValue("host=db1"), TagValue("problem=disk")],
            ),
        )
        print(
            f"2. source system {ids.source.source_name!r} posted incident #{incident.pk} "
            f"(level {incident.level}, end_time {end_time_from_api(incident.end_time)!r})"
        )

        open_ones = list(paginate_incidents(person, open_=True, tags=["host=db1"]))
        print(
            f"3. end user {ids.user.username!r} sees {len(open_ones)} open incident(s) tagged host=db1: "
            + ", ".join(f"#{i.pk} {i.description!r}" for i in open_ones)
        )

        ack = create_incident_ack.sync(
            client=person,
            incident_pk=incident.pk,
            body=AcknowledgementCreate(
                timestamp=dt.datetime.now(dt.UTC),
                description="On it: cleaning old WAL files",
                expiration=dt.datetime.now(dt.UTC) + dt.timedelta(hours=4),
            ),
        )
        until = f"until {ack.expiration.astimezone(dt.UTC):%H:%M} UTC" if ack.expiration else "for good"
        print(f"4. {ack.event.actor.username!r} acknowledged it {until}: {ack.event.description!r}")

        try:
            create_incident_ack.sync(
                client=person,
                incident_pk=incident.pk,
                body=AcknowledgementCreate(
                    timestamp=dt.datetime.now(dt.UTC), expiration=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
                ),
            )
        except BadRequestError as error:  # the server's validation errors arrive as a typed exception
            print(f"5. an ack that expired in 2000 is refused: {error.field_errors}")
        else:
            raise SystemExit("5. the server accepted an ack that expired in 2000")

        end = create_incident_event.sync(
            client=source,
            incident_pk=incident.pk,
            body=EventCreate(type_="END", timestamp=dt.datetime.now(dt.UTC), description="disk usage back to 60%"),
        )
        resolved = get_incident.sync(client=person, incident_pk=incident.pk)
        ended = end_time_from_api(resolved.end_time)
        assert ended is not INFINITY
        print(
            f"6. the source system resolved it ({end.type_.display}): open={resolved.open_}, "
            f"acked={resolved.acked}, end_time={ended}"
        )

        # The `argus` command line (the `cli` extra), as a script would run it: URL and token from the environment.
        # (The source system's token: the end user's was replaced when `person` logged in with its password.)
        command = [sys.executable, "-m", "argus_ext.cli", "incidents", "list", "--tag", "host=db1"]
        env = {**os.environ, "ARGUS_URL": server.url, "ARGUS_TOKEN": ids.source.token}
        listing = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        print("7. the same incident from the command line, `argus incidents list --tag host=db1`:")
        print(listing.stdout, end="")
    print("8. server stopped and its data removed")


if __name__ == "__main__":
    main()

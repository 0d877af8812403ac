"""A server filled with hostile objects (issue 20, item 2): source systems, users, source types, incidents, tags,
events and acknowledgements whose names and texts carry line and paragraph separators, NEL, C0 and C1 controls,
direction overrides, rich markup, HTML, ANSI escapes, JSON look-alikes and very long strings.

`fill(server)` makes them through the server's own API (the users through argus_local's provisioner and Django's
shell: no API names users), checks that the server lists the source systems by the names sent, and returns how many
of each kind it made. Lengths go to the server's limits where it has any (user names 150, filter names 40,
maintenance descriptions 255). tests/conftest.py calls it on the session servers when ARGUS_TESTS_PREFILL_HOSTILE is
set; tests/test_isolation.py runs the CLI and listing tests against such servers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import httpx

from argus_local import ArgusServer, Identities

# Each piece is one family of trouble; the objects get them one by one and all at once.
PIECES = (
    "line\u2028separator\u2029paragraph\x85next-line",
    "c0\x01\x07\x08\x0b\x0c\x1c\x1d\x1e\x1f del\x7f c1\x80\x9b\x9f",
    "bidi\u202eevil\u202c \u2066isolate\u2069 \u200fmark\u061c",
    "[bold red]rich[/bold red] [link=https://evil.example.org]x[/link] :thumbs_up: <b>html</b><script>x()</script>",
    "ansi\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b[2J\x1b[H\rcarriage",
    'json", "pk": 1} \\" {"pk": 2}',
    "tab\tnew\nline\r\nend",
)
EVERYTHING = " ".join(PIECES)
NO_NEWLINE = EVERYTHING.replace("\n", " ")  # a tag's value is one line: the server's pattern refuses "\n"
LONG = " ".join([EVERYTHING] * 200)  # 57,599 characters: text columns have no limit
USERNAME_ROOM = 150 - len("-source")  # Django's username column is 150 long; argus_local adds "-admin" etc.
FAR_FUTURE = dt.datetime(9999, 6, 1, tzinfo=dt.UTC)  # first in every newest-first listing
LONG_AGO = dt.datetime(1970, 1, 2, tzinfo=dt.UTC)
VARIANTS = len(PIECES) + 1  # one object set per piece, and one with everything at full length
# Decoys: the tags tests filter on as if no other test had them (t<n>=a or k<n>=a with problem=x and site=x, and
# v1pager=s<n>), for the first thousand source systems' numbers: a test that filters on its tag namespace alone,
# not on its own source system too, lists the decoy as well.
DECOYS = range(1, 1001)


def text(variant: int, serial: str = "") -> str:
    """The hostile text of a variant: one piece, or (the last) everything, very long."""
    return f"{serial}{PIECES[variant]}" if variant < len(PIECES) else f"{serial}{LONG}"


def fill(server: ArgusServer) -> dict[str, int]:
    """Fill `server` with hostile objects; {kind: how many were made}. Fails if one is refused or not listed."""
    api = server.release.api_version
    made: Counter[str] = Counter()
    names = []
    for variant in range(VARIANTS):
        ids = _hostile_identities(server, variant)
        made["users"] += 3
        names.append(ids.source.source_name)
        admin, user, source = (_client(server, account.token) for account in (ids.admin, ids.user, ids.source))
        with admin, user, source:
            source_type = text(variant, f"type{variant}-").lower()
            _created(admin.post("incidents/source-types/", json={"name": source_type}))
            made["source types"] += 1
            name = text(variant, f"source{variant}-")
            username = f"hostile-{ids.admin.pk}"  # the API's users are named by Django's rules; ours above are not
            _created(admin.post("incidents/sources/", json={"name": name, "type": source_type, "username": username}))
            made["source systems"] += 1
            names.append(name)
            for started in (FAR_FUTURE, dt.datetime.now(dt.UTC), LONG_AGO):
                pk = _incident(source, variant, started)
                made["incidents"] += 1
                _created(source.post(f"incidents/{pk}/tags/", json={"tag": f"{'k' * 200}={text(variant)[:2000]}"}))
                _created(source.post(f"incidents/{pk}/events/", json=_event(variant, started)))
                made["events"] += 1
                _created(user.post(f"incidents/{pk}/acks/", json=_ack(api, variant, started)))
                made["acks"] += 1
            if api == "v2":
                _planned_maintenance(admin, variant, ids)
                made["planned maintenance"] += 1
            if variant == 0:
                made["decoy tags"] = _decoy(source, api)
        _name_user(server, ids, variant)
    _listed(server, names)
    return dict(made)


def _hostile_identities(server: ArgusServer, variant: int) -> Identities:
    prefix = text(variant, f"h{variant}-")[:USERNAME_ROOM]
    return server.new_identities(prefix)


def _client(server: ArgusServer, token: str) -> httpx.Client:
    # Plain httpx: the objects reach the server as they are, whatever argus_ext would check first.
    return httpx.Client(base_url=server.api_url + "/", headers={"Authorization": f"Token {token}"}, timeout=60)


def _created(response: httpx.Response) -> Any:
    assert response.status_code in (200, 201), (response.request.method, response.url, response.text[:500])
    return response.json()


def _incident(source: httpx.Client, variant: int, started: dt.datetime) -> int:
    body = {
        "start_time": started.isoformat(),
        "description": text(variant),
        "source_incident_id": text(variant, f"{started.year}-"),
        "details_url": text(variant),
        "level": variant % 5 + 1,
        "tags": [{"tag": f"host={text(variant).replace(chr(10), ' ')[:500]}"}, {"tag": f"all={NO_NEWLINE}"}],
        "metadata": {text(variant)[:100]: text(variant)},
    }
    if variant % 3 == 0:
        body["end_time"] = None  # stateless
    return int(_created(source.post("incidents/", json=body))["pk"])


def _decoy(source: httpx.Client, api: str) -> int:
    tags = [f"{key}{n}=a" for key in ("t", "k") for n in DECOYS] + ["problem=x", "site=x"]
    if api == "v1":
        tags += [f"v1pager=s{n}" for n in DECOYS]
    body = {
        "start_time": dt.datetime.now(dt.UTC).isoformat(),
        "description": "decoy",
        "tags": [{"tag": tag} for tag in tags],
    }
    _created(source.post("incidents/", json=body))
    return len(tags)


def _event(variant: int, started: dt.datetime) -> dict[str, str]:
    return {"type": "OTH", "timestamp": max(started, FAR_FUTURE).isoformat(), "description": text(variant)}


def _ack(api: str, variant: int, started: dt.datetime) -> dict[str, Any]:
    event = {"timestamp": max(started, dt.datetime.now(dt.UTC)).isoformat(), "description": text(variant)}
    return {"event": event} if api == "v1" else event


def _planned_maintenance(admin: httpx.Client, variant: int, ids: Identities) -> None:
    content = {"sourceSystemIds": [ids.source.source_pk]}
    made = _created(admin.post("notificationprofiles/filters/", json={"name": text(variant)[:40], "filter": content}))
    end = FAR_FUTURE + dt.timedelta(days=1)
    task = {"start_time": FAR_FUTURE.isoformat(), "end_time": end.isoformat(), "filters": [made["pk"]]}
    _created(admin.post("plannedmaintenance/", json={**task, "description": text(variant)[:255]}))  # 255 at most


def _name_user(server: ArgusServer, ids: Identities, variant: int) -> None:
    # No API sets a user's names; Django's shell does, in the server's own environment.
    first, last = text(variant)[:150], text(len(PIECES) - 1 - variant % len(PIECES))[:150]
    pks = [ids.admin.pk, ids.user.pk, ids.source.pk]
    server.call_command(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.filter(pk__in={pks!r}).update(first_name={first!r}, last_name={last!r})",
    )


def _listed(server: ArgusServer, names: list[str]) -> None:
    """Every hostile source system is in the server's own listing, its name as sent."""
    assert server.identities is not None
    with _client(server, server.identities.admin.token) as admin:
        listed = {source["name"] for source in _created(admin.get("incidents/sources/"))}
    missing = [name[:80] for name in names if name not in listed]
    assert not missing, f"hostile source systems not listed as sent: {missing}"

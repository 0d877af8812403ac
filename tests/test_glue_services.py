"""The published glue services run on argus_ext.pyargus with only their import lines changed (issue 16).

nav-argus-glue 0.8.2, zino-argus-glue 0.5.1 and zabbix-argus-glue 0.1.2 are installed from PyPI into their own
virtualenv with pyargus 0.8.0 (tests/glue/environment.py), and each runs through its own code (tests/glue/
driver.py) against the same real argus-server 2.10.2, twice: once as published (pyargus) and once as a copy whose
`from pyargus...` and `from simple_rest_client.exceptions ...` lines now import from argus_ext.pyargus (nothing
else changed: test_only_import_lines_change). Only the monitored system is faked, at the lowest boundary the
service's code allows: NAV's Django models and config (fake_nav), Zino's socket protocol (fake_zino), Zabbix's
API object (fake_zabbix). Each variant is its own source system, so the two never see each other's incidents.

Each service goes through the same passes with both clients: new problems create incidents, a changed problem
gets what the service does with it, a vanished one is resolved, a rerun with nothing changed writes nothing, and
a bad token, an unreachable server and a duplicate `source_incident_id` take the same path in the service. After
each pass the server's state is read with plain httpx and compared between the variants. Where they differ, it
is where pyargus is wrong, and the test says so (PYARGUS_IS_WRONG).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from argus_local import ArgusServer, Identities
from tests.glue.environment import glue_python, port_services, run_pass

VARIANTS = ("pyargus", "ours")
UNREACHABLE = "http://127.0.0.1:9/api/v2"  # the discard port: nothing listens on loopback's port 9
STARTED = dt.datetime.now(dt.UTC)  # times on or after this one came from a service's clock

# Where the two differ because pyargus is wrong (the README's "Coming from pyargus" lists them too):
PYARGUS_IS_WRONG = {
    # Every service posts `end_time=datetime.max` (NAV: its INFINITY) for an open incident. pyargus sends it as a
    # date-time, which the server stores as a year-9999 end (refused outright west of UTC); ours sends "infinity".
    "end_time": "pyargus: year 9999; ours: infinity",
}


# -- the environment and the server -----------------------------------------------------------------------------------


@pytest.fixture(scope="module", name="glue_python")
def glue_python_fixture() -> Path:
    return glue_python()


@pytest.fixture(scope="module")
def ported(
    glue_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, list[tuple[str, str]]]]:
    destination = tmp_path_factory.mktemp("ported")
    return destination, port_services(glue_python, destination)


class Argus:
    """One variant's view of the server: its own source system, and plain httpx to read and set up state."""

    def __init__(self, server: ArgusServer, ids: Identities) -> None:
        self.server, self.ids = server, ids
        self.source = httpx.Client(base_url=server.api_url + "/", headers=ids.source.headers, timeout=30)
        self.user = httpx.Client(base_url=server.api_url + "/", headers=ids.user.headers, timeout=30)

    def request(self, token: str | None = None, url: str | None = None) -> dict[str, Any]:
        return {"url": url or self.server.api_url, "token": token or self.ids.source.token, "timeout": 10}

    def incidents(self) -> list[dict[str, Any]]:
        found, url = [], "incidents/mine/?page_size=100"
        while url:
            page = self.source.get(url).raise_for_status().json()
            found += page["results"]
            url = page["next"]
        return found

    def state(self) -> dict[str, dict[str, Any]]:
        """The source's incidents by source_incident_id, with their events: what a pass wrote."""
        state = {}
        for incident in self.incidents():
            events = self.source.get(f"incidents/{incident['pk']}/events/").raise_for_status().json()
            state[incident["source_incident_id"]] = {
                **{key: incident[key] for key in ("description", "level", "details_url", "ticket_url", "stateful")},
                **{key: incident[key] for key in ("open", "acked", "start_time", "end_time", "metadata")},
                "tags": sorted(tag["tag"] for tag in incident["tags"]),
                "events": sorted((e["type"]["value"], e["description"], e["timestamp"]) for e in events),
                "pk": incident["pk"],
            }
        return state

    def closed_incident(self, source_incident_id: str, description: str) -> None:
        """An incident of this source that a person has closed (CLO): its id stays taken."""
        pk = self.source.post(
            "incidents/",
            json={"start_time": "2026-11-01T10:00:00+00:00", "source_incident_id": source_incident_id,
                  "description": description, "tags": []},
        ).raise_for_status().json()["pk"]  # fmt: skip
        closing = {"type": "CLO", "description": "Closed by hand", "timestamp": "2026-11-01T12:00:00+00:00"}
        self.user.post(f"incidents/{pk}/events/", json=closing).raise_for_status()


@pytest.fixture
def argus(v2_server: ArgusServer) -> dict[str, Argus]:
    return {variant: Argus(v2_server, v2_server.new_identities()) for variant in VARIANTS}


class Runner:
    def __init__(self, python: Path, ported: Path, work: Path, argus: dict[str, Argus]) -> None:
        self.python, self.ported, self.work, self.argus = python, ported, work, argus
        self.passes = 0

    def both(self, service: str, scenario: dict[str, Any], **argus_request: Any) -> dict[str, dict[str, Any]]:
        """One pass of `service` with each client; the results by variant."""
        self.passes += 1
        results = {}
        for variant in VARIANTS:
            request = {"service": service, "variant": variant, "argus": self.argus[variant].request(**argus_request)}
            request.update(scenario)
            results[variant] = run_pass(self.python, self.ported, request, self.work / f"{self.passes}-{variant}")
        return results

    def states(self) -> dict[str, dict[str, dict[str, Any]]]:
        return {variant: self.argus[variant].state() for variant in VARIANTS}


@pytest.fixture
def runner(glue_python: Path, ported: tuple[Path, Any], tmp_path: Path, argus: dict[str, Argus]) -> Runner:
    return Runner(glue_python, ported[0], tmp_path, argus)


# -- comparing -------------------------------------------------------------------------------------------------------


def when_run(value: Any, started: dt.datetime) -> Any:
    """A time the service took from its clock during the test ("now": a resolve without a time) as "<now>", so
    the two variants' runs a second apart compare; every other value as it is."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+[+-]\d\d:\d\d", value):
        return "<now>" if dt.datetime.fromisoformat(value) >= started else value
    if isinstance(value, tuple | list):
        return type(value)(when_run(item, started) for item in value)
    return value


def same_but_where_pyargus_is_wrong(states: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Our state (comparable form), after checking it equals pyargus's except PYARGUS_IS_WRONG."""
    theirs, ours = states["pyargus"], states["ours"]
    assert sorted(theirs) == sorted(ours)
    for incident_id in ours:
        a = {key: when_run(value, STARTED) for key, value in theirs[incident_id].items()}
        b = {key: when_run(value, STARTED) for key, value in ours[incident_id].items()}
        if b["end_time"] == "infinity" and a["end_time"] != "infinity":  # PYARGUS_IS_WRONG["end_time"]
            assert a["end_time"].startswith("9999-12-31"), a["end_time"]
            a["end_time"] = "infinity"
        a.pop("pk"), b.pop("pk")
        assert a == b, incident_id
    return ours


def masked(text: str) -> str:
    # Log messages name incident pks and URLs that differ between the variants. A logged datetime's repr names its
    # time zone under pyargus (iso8601's `timezone(..., '+01:00')`), not under ours: equal values, other reprs.
    text = re.sub(r"https?://\S+", "<url>", text)
    text = re.sub(r", '[+-]\d\d:\d\d'\)", ")", text)
    return re.sub(r"\d+", "<n>", text)


def log_lines(result: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    return [(r["level"], r["logger"], masked(r["path"]), r["exception"] is not None) for r in result["logs"]]


def same_path(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Both variants ended the pass the same way and logged the same lines (numbers and URLs aside)."""
    theirs, ours = results["pyargus"], results["ours"]
    if theirs["outcome"].startswith("raised "):  # ours is named like our error, and is pyargus's one too
        assert theirs["outcome"].removeprefix("raised ") in ours.get("error_classes", []), ours["stderr"]
    else:
        assert ours["outcome"].split(":")[0] == theirs["outcome"].split(":")[0], (theirs["stderr"], ours["stderr"])
    # As sets of lines, each as often: the server lists incidents with the same start time in no fixed order, so
    # a service that logs one line per incident may log them in another order in each run.
    assert sorted(log_lines(ours)) == sorted(log_lines(theirs)), (theirs["stderr"][-3000:], ours["stderr"][-3000:])
    return ours


def messages(result: dict[str, Any], level: str | None = None) -> list[str]:
    return [r["message"] for r in result["logs"] if level is None or r["level"] == level]


def writes_nothing(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert after == before  # the same incidents, fields, tags and events: nothing was written


# -- the import lines ------------------------------------------------------------------------------------------------


def test_only_import_lines_change(ported: tuple[Path, dict[str, list[tuple[str, str]]]]) -> None:
    changed = ported[1]
    assert changed == {
        "nav": [
            ("from pyargus.client import Client", "from argus_ext.pyargus.client import Client"),
            ("from pyargus.models import Incident", "from argus_ext.pyargus.models import Incident"),
        ],
        "zino": [
            ("from pyargus.client import Client", "from argus_ext.pyargus.client import Client"),
            ("from pyargus.models import Event, Incident", "from argus_ext.pyargus.models import Event, Incident"),
            ("from simple_rest_client.exceptions import (", "from argus_ext.pyargus.exceptions import ("),
        ],
        "zabbix": [
            ("from pyargus.async_client import AsyncClient", "from argus_ext.pyargus.async_client import AsyncClient"),
            ("from pyargus.models import Incident", "from argus_ext.pyargus.models import Incident"),
            ("from simple_rest_client.exceptions import ClientError", "from argus_ext.pyargus.exceptions import ClientError"),
        ],
    }  # fmt: skip
    # The README's "Coming from pyargus" shows each of these lines.
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for lines in changed.values():
        for before, after in lines:
            assert before in readme and after in readme, before


# -- NAV -------------------------------------------------------------------------------------------------------------


def nav_alert(pk: int, sysname: str, severity: int, event_type: str, text: str, **more: Any) -> dict[str, Any]:
    return {
        "pk": pk,
        "start_time": "2026-11-30T08:00:00",  # naive local time, as NAV's Django (USE_TZ=False) gives it
        "end_time": "infinity",
        "severity": severity,
        "event_type": event_type,
        "alert_type": event_type.replace("State", "Down"),
        "netbox": {"sysname": sysname, "room": "lab-1", "location": "oslo", "organization": "sikt"},
        "messages": [
            {"type": "sms", "state": "s", "language": "en", "message": f"{text} (start)"},
            {"type": "sms", "state": "e", "language": "en", "message": f"{text} (end)"},
        ],
        **more,
    }


def test_nav_argus_glue(runner: Runner, argus: dict[str, Argus]) -> None:
    alerts = [
        nav_alert(9001, "sw1", 2, "boxState", "sw1 down"),
        nav_alert(9002, "sw2", 3, "linkState", "sw2 ge-0/0/1 down", interface="ge-0/0/1"),
        nav_alert(9003, "rtr1", 4, "moduleState", "rtr1 module 2 down"),
    ]
    scenario = {"nav": {"alerts": alerts, "args": ["--sync"], "always_add": {"site": "lab", "rack": 4}}}

    # 1. --sync: the three unresolved alerts become incidents.
    same_path(runner.both("nav", scenario))
    state = same_but_where_pyargus_is_wrong(runner.states())
    assert sorted(state) == ["9001", "9002", "9003"]
    sw2 = state["9002"]
    assert sw2["level"] == 3 and sw2["description"] == "sw2 ge-0/0/1 down (start)" and sw2["open"] is True
    assert sw2["start_time"] == "2026-11-30T08:00:00+01:00"  # NAV's naive local time, read in the server's zone
    assert sw2["tags"] == [
        "alert_type=linkDown", "event_type=linkState", "host=sw2", "interface=ge-0/0/1", "location=oslo",
        "organization=sikt", "rack=4", "room=lab-1", "site=lab",
    ]  # fmt: skip
    assert sw2["details_url"].endswith("/event-details/9002/") and sw2["end_time"] == "infinity"

    # 2. --sync again, nothing changed: nothing is written.
    same_path(runner.both("nav", scenario))
    writes_nothing(state, same_but_where_pyargus_is_wrong(runner.states()))

    # 3. The event engine's stream: a new alert is posted; an END for 9001 with the engine's "time" string.
    alerts.append(nav_alert(9004, "sw4", 2, "boxState", "sw4 down"))
    stream = [{"history": 9004, "state": "s", "message": "sw4 down"}]
    stream.append({"history": 9001, "state": "e", "time": "2026-11-30T09:15:00.500000", "message": "sw1 up"})
    scenario["nav"]["args"] = []
    result = same_path(runner.both("nav", scenario | {"stdin": "\n".join(map(json.dumps, stream))}))
    state = same_but_where_pyargus_is_wrong(runner.states())
    assert state["9004"]["open"] is True and state["9001"]["open"] is True
    # NAV 0.8.2 compares the incident's end_time with its naive INFINITY; pyargus (and so this layer) returns
    # "infinity" as the aware LOCAL_INFINITY, which never equals it: NAV's stream mode never resolves an incident,
    # with either client. Its --sync (step 4) does.
    assert "Cannot resolve a stateless incident" in messages(result, "ERROR")

    # 4. --sync: 9001 is resolved in NAV (an END at its naive end time); 9005 is unresolved in NAV, but its
    # incident was closed in Argus (the id stays taken): NAV warns and leaves it.
    alerts[0]["end_time"] = "2026-11-30T09:15:00.500000"
    alerts.append(nav_alert(9005, "sw5", 2, "boxState", "sw5 down"))
    for variant in VARIANTS:
        argus[variant].closed_incident("9005", "sw5 down, closed by hand")
    scenario["nav"]["args"] = ["--sync"]
    result = same_path(runner.both("nav", scenario))
    state = same_but_where_pyargus_is_wrong(runner.states())
    assert state["9001"]["open"] is False and state["9001"]["end_time"] == "2026-11-30T09:15:00.500000+01:00"
    assert ("END", "sw1 down (end)", "2026-11-30T09:15:00.500000+01:00") in state["9001"]["events"]
    assert any("already exists for this NAV alert" in line for line in messages(result, "WARNING"))

    # 5. --sync again: nothing left to do.
    same_path(runner.both("nav", scenario))
    writes_nothing(state, same_but_where_pyargus_is_wrong(runner.states()))

    # 6. --test-api prints the API root (client.api.api_root_url); a bad token and an unreachable server fail it
    # with the same exception names.
    scenario["nav"]["args"] = ["--test-api"]
    results = runner.both("nav", scenario)
    for variant, result in results.items():
        assert f"Argus API is accessible at {argus[variant].server.api_url}" in result["stderr"]
    for request, name in (({"token": "not-a-token"}, "AuthError"), ({"url": UNREACHABLE}, "ClientConnectionError")):
        results = runner.both("nav", scenario, **request)
        same_path(results)
        assert results["pyargus"]["outcome"] == f"raised {name}" and name in results["ours"]["error_classes"]


# -- Zino ------------------------------------------------------------------------------------------------------------

OPENED = int(dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC).timestamp())


def zino_case(case_type: str, router: str, priority: int, **attrs: Any) -> dict[str, Any]:
    return {
        "attrs": {"type": case_type, "router": router, "priority": priority, "opened": OPENED, "updated": OPENED,
                  **attrs},
        "history": [[OPENED, "state change embryonic -> open (monitor)", []], [OPENED + 60, "joe", ["On it"]]],
        "log": [[OPENED, "linkDown on the port", []]],
    }  # fmt: skip


@pytest.fixture
def zino_host() -> Iterator[str]:
    # zinolib always connects to Zino's notifier on port 8002: a loopback address of this test's own.
    yield f"127.0.{random.randint(1, 254)}.{random.randint(2, 254)}"


def test_zino_argus_glue(runner: Runner, argus: dict[str, Argus], zino_host: str) -> None:
    cases = {
        "101": zino_case("reachability", "r1", 600),
        "102": zino_case("bgp", "r2", 100, remote_as=65001, remote_addr="10.0.0.2"),
        "103": zino_case("portstate", "r3", 100, port="ge-1/0/0", descr="core, uplink to r1", ifindex=7),
        "104": zino_case("bfd", "r4", 100),
    }

    def scenario(notifications: Sequence[str] = ()) -> dict[str, Any]:
        return {"zino": {"host": zino_host, "cases": cases, "notifications": list(notifications)}}

    # 1. Start: the full sync makes an incident per interesting case (not the BFD one), with Zino's history.
    result = same_path(runner.both("zino", scenario()))
    assert result["outcome"].startswith("EndOfPass") and result["zino_writes"] == []
    state = same_but_where_pyargus_is_wrong(runner.states())
    assert sorted(state) == ["101", "102", "103"]
    r1 = state["101"]
    assert r1["description"] == "r1 is not reachable" and r1["level"] == 2 and state["102"]["level"] == 4
    assert r1["tags"] == ["event_type=reachability", "host=r1", "priority=600"]
    assert r1["start_time"] == "2026-11-30T09:00:00+01:00" and r1["end_time"] == "infinity"
    assert ("OTH", "joe\nOn it", "2026-11-30T09:01:00+01:00") in r1["events"]
    assert state["103"]["description"] == "r3 port ge-1/0/0 changed state to DOWN (core, uplink to r1)"

    # 2. A restart with nothing changed writes nothing.
    same_path(runner.both("zino", scenario()))
    writes_nothing(state, same_but_where_pyargus_is_wrong(runner.states()))

    # 3. Case 103 vanished while the service was down (closed at start); 101 gets a new history entry and 102 is
    # closed in Zino (notifications); 105's incident was closed by a person in Argus: the service closes the case.
    del cases["103"]
    cases["101"]["history"].append([OPENED + 600, "ann", ["Cable replaced"]])
    cases["102"]["history"].append([OPENED + 900, "state change open -> closed (ann)", []])
    cases["105"] = zino_case("reachability", "r5", 100)
    for variant in VARIANTS:
        argus[variant].closed_incident("105", "r5 is not reachable")
    results = runner.both("zino", scenario(["101 history", "102 state open closed"]))
    same_path(results)
    state = same_but_where_pyargus_is_wrong(runner.states())
    assert state["103"]["open"] is False
    assert state["103"]["events"][0][:2] == ("END", "This case did not exist in Zino when glue service was started")
    assert ("OTH", "ann\nCable replaced", "2026-11-30T09:10:00+01:00") in state["101"]["events"]
    assert state["102"]["open"] is False and state["102"]["end_time"] == "2026-11-30T09:15:00+01:00"
    for variant, result in results.items():
        closer = argus[variant].ids.user.username
        assert result["zino_writes"] == [["addhist", 105, f"Closed by hand ({closer})"], ["setstate", 105, "closed"]]

    # 4. A bad token is fatal (the daemon exits); 5. an unreachable Argus is a lost connection (it reconnects).
    for request, outcome, line in (
        ({"token": "not-a-token"}, "returned", "Fatal authentication error, exiting"),
        ({"url": UNREACHABLE}, "EndOfPass", "Lost connection"),
    ):
        result = same_path(runner.both("zino", scenario(), **request))
        assert result["outcome"].startswith(outcome) and any(line in m for m in messages(result))


# -- Zabbix ----------------------------------------------------------------------------------------------------------


def zabbix_problem(eventid: str, severity: int, name: str, host: str, groups: list[str], **more: Any) -> dict[str, Any]:
    return {
        "eventid": eventid, "severity": str(severity), "name": name, "clock": str(OPENED), "objectid": f"13{eventid}",
        "tags": more.pop("tags", []), "host": {"hostid": f"10{eventid}", "host": host, "groups": groups}, **more,
    }  # fmt: skip


def test_zabbix_argus_glue(runner: Runner, argus: dict[str, Argus]) -> None:
    problems = [
        zabbix_problem("5001", 4, "High CPU on web1", "web1", ["Linux servers", "Web"], tags=[{"tag": "Service", "value": "web"}]),
        zabbix_problem("5002", 2, "Disk slow", "db1", ["Databases"]),
        zabbix_problem("5003", 5, "Firewall unreachable", "fw1", ["Network"], tags=[{"tag": "scope", "value": "availability"}]),
    ]  # fmt: skip

    def scenario() -> dict[str, Any]:
        return {"zabbix": {"problems": problems}}

    # 1. A pass creates an incident per problem.
    same_path(runner.both("zabbix", scenario()))
    state = same_but_where_pyargus_is_wrong(runner.states())
    assert sorted(state) == ["5001", "5002", "5003"]
    web1 = state["5001"]
    assert web1["level"] == 2 and state["5003"]["level"] == 1 and web1["description"] == "High CPU on web1"
    assert web1["tags"] == ["host=web1", "hostgroup=Web", "service=web", "trigger=High CPU on web1"]
    assert web1["start_time"] == "2026-11-30T09:00:00+01:00" and web1["end_time"] == "infinity"

    # 2. Nothing changed: nothing written.
    same_path(runner.both("zabbix", scenario()))
    writes_nothing(state, same_but_where_pyargus_is_wrong(runner.states()))

    # 3. 5002 is gone (resolved), 5004 is new (created), 5006's id has a closed incident already: the service
    # recognises the duplicate through error.response.body and logs it at DEBUG, not as a failure.
    problems.pop(1)
    problems.append(zabbix_problem("5004", 3, "Memory low", "app1", ["Apps"]))
    problems.append(zabbix_problem("5006", 3, "Certificate expires", "web2", ["Web"]))
    for variant in VARIANTS:
        argus[variant].closed_incident("5006", "Certificate expires")
    result = same_path(runner.both("zabbix", scenario()))
    state = same_but_where_pyargus_is_wrong(runner.states())
    assert state["5002"]["open"] is False and state["5002"]["events"][0][:2] == ("END", "Resolved by reconciliation")
    assert state["5004"]["open"] is True and state["5006"]["open"] is False
    assert "Problem 5006 already has an Argus incident; not recreating" in messages(result, "DEBUG")
    assert messages(result, "ERROR") == []

    # 4. A bad token and 5. an unreachable server: the pass fails and the loop logs it, as with pyargus.
    for request in ({"token": "not-a-token"}, {"url": UNREACHABLE}):
        result = same_path(runner.both("zabbix", scenario(), **request))
        assert messages(result, "ERROR") == ["Reconciliation failed"]

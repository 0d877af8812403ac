"""Zabbix as zabbix-argus-glue 0.1.2 sees it: the `AsyncZabbixAPI` object (zabbix_utils) its ZabbixClient calls.

The glue's ZabbixClient calls `api.problem.get(...)`, `api.event.get(eventids=..., selectHosts=...)` and
`api.host.get(hostids=... or filter=..., selectHostGroups=...)`. `FakeZabbixAPI(problems)` answers those from a
scenario's problems (JSON), each `{"eventid", "severity", "name", "clock", "objectid", "tags": [...], "host":
{"hostid", "host", "groups": [...]}}`, in the shapes the Zabbix API returns (strings for ids and numbers).

Runs inside the glue services' virtualenv (tests/glue/driver.py), not in the test process.
"""

from __future__ import annotations

from typing import Any


class _Method:
    def __init__(self, answer: Any) -> None:
        self._answer = answer

    async def get(self, **params: Any) -> list[dict[str, Any]]:
        return list(self._answer(params))


class FakeZabbixAPI:
    def __init__(self, problems: list[dict[str, Any]]) -> None:
        self.problems = problems
        self.version = "7.0.0"
        self.calls: list[str] = []
        self.problem = _Method(self._problems)
        self.event = _Method(self._events)
        self.host = _Method(self._hosts)

    def _problems(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append("problem.get")
        wanted = params.get("eventids")
        return [
            {key: value for key, value in problem.items() if key != "host"}
            for problem in self.problems
            if wanted is None or problem["eventid"] in wanted
        ]

    def _events(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append("event.get")
        hosts = {problem["eventid"]: problem["host"] for problem in self.problems}
        return [
            {"eventid": eventid, "hosts": [{"hostid": hosts[eventid]["hostid"], "host": hosts[eventid]["host"]}]}
            for eventid in params["eventids"]
            if eventid in hosts
        ]

    def _hosts(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.calls.append("host.get")
        hosts = {problem["host"]["hostid"]: problem["host"] for problem in self.problems}
        if "hostids" in params:
            chosen = [hosts[hostid] for hostid in params["hostids"] if hostid in hosts]
        else:
            chosen = [host for host in hosts.values() if host["host"] in params["filter"]["host"]]
        return [
            {"hostid": host["hostid"], "hostgroups": [{"name": name} for name in host["groups"]]} for host in chosen
        ]

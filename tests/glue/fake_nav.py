"""NAV as nav-argus-glue 0.8.2 sees it: the Django models and the config it imports, and nothing else.

navargus/glue.py imports `nav.bootstrap`, `nav.models.fields.INFINITY`, `nav.models.manage` (Netbox,
Interface), `nav.models.event` (AlertHistory and the state codes), `nav.logs`, `nav.config`, `nav.buildconf` and
`django.urls.reverse`. `install(alerts, config_file)` puts modules of those names in `sys.modules`, serving the
alerts of a scenario (JSON, see tests/test_glue_services.py) as NAV's ORM would: naive local date-times (NAV runs
Django with USE_TZ=False), `INFINITY` (naive `datetime.max`) as the end of an unresolved alert.

Runs inside the glue services' virtualenv (tests/glue/driver.py), not in the test process.
"""

from __future__ import annotations

import sys
import types
from datetime import datetime
from typing import Any

INFINITY = datetime.max  # nav.models.fields.INFINITY
STATE_START, STATE_END, STATE_STATELESS = "s", "e", "x"  # nav.models.event


class DoesNotExist(Exception):
    pass


class Named:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


class Netbox(Named):
    sysname: str
    on_maintenance: bool

    def get_absolute_url(self) -> str:
        return f"/ipdevinfo/{self.sysname}/"

    def is_on_maintenance(self) -> bool:
        return bool(self.on_maintenance)


class Interface(Named):
    netbox: Netbox

    def is_on_maintenance(self) -> bool:
        return bool(self.netbox.on_maintenance)


class Messages:
    """`alert.messages`: filter() by type, state (or state__in) and language."""

    def __init__(self, messages: list[dict[str, str]]) -> None:
        self._messages = messages

    def filter(self, **conditions: Any) -> list[Named]:
        def matches(message: dict[str, str]) -> bool:
            for name, wanted in conditions.items():
                field, _, lookup = name.partition("__")
                if lookup == "in" and message[field] not in wanted:
                    return False
                if not lookup and message[field] != wanted:
                    return False
            return True

        return [Named(**message) for message in self._messages if matches(message)]


class AlertQuerySet(list[Any]):
    def prefetch_related(self, *_: str) -> AlertQuerySet:
        return self


class Manager:
    def __init__(self) -> None:
        self.alerts: dict[int, AlertHistory] = {}

    def get(self, pk: int) -> AlertHistory:
        try:
            return self.alerts[int(pk)]
        except (KeyError, ValueError):
            raise DoesNotExist(pk) from None

    def unresolved(self) -> AlertQuerySet:
        return AlertQuerySet(alert for alert in self.alerts.values() if alert.end_time == INFINITY)


class AlertHistory(Named):
    DoesNotExist = DoesNotExist
    objects = Manager()
    end_time: datetime | None
    subject: Netbox | Interface

    def get_subject(self) -> Netbox | Interface:
        return self.subject


def naive(text: str | None) -> datetime | None:
    return None if text is None else INFINITY if text == "infinity" else datetime.fromisoformat(text)


def alert_from(data: dict[str, Any]) -> AlertHistory:
    box = data["netbox"]
    netbox = Netbox(
        sysname=box["sysname"],
        room=Named(id=box["room"], location=Named(id=box["location"])),
        organization=Named(id=box["organization"]),
        on_maintenance=box.get("on_maintenance", False),
    )
    subject: Netbox | Interface = netbox
    if data.get("interface"):
        subject = Interface(ifname=data["interface"], netbox=netbox)
    return AlertHistory(
        pk=data["pk"],
        start_time=naive(data["start_time"]),
        end_time=naive(data["end_time"]),
        severity=data["severity"],
        event_type_id=data["event_type"],
        alert_type=Named(name=data["alert_type"]),
        netbox=netbox,
        subject=subject,
        messages=Messages(data["messages"]),
    )


def install(alerts: list[dict[str, Any]], config_file: str) -> None:
    """Put the fake `nav` and `django.urls` modules in sys.modules, serving these alerts."""
    AlertHistory.objects.alerts = {alert["pk"]: alert_from(alert) for alert in alerts}

    def module(name: str, **attributes: Any) -> None:
        sys.modules[name] = types.ModuleType(name)
        sys.modules[name].__dict__.update(attributes)

    module("nav")
    module("nav.bootstrap", bootstrap_django=lambda *_: None)
    module("nav.models")
    module("nav.models.fields", INFINITY=INFINITY)
    module("nav.models.manage", Netbox=Netbox, Interface=Interface)
    module(
        "nav.models.event",
        AlertHistory=AlertHistory,
        STATE_START=STATE_START,
        STATE_END=STATE_END,
        STATE_STATELESS=STATE_STATELESS,
    )
    module("nav.logs", init_stderr_logging=lambda: None)
    module("nav.config", open_configfile=lambda name: open(config_file))  # noqa: SIM115 (NAV's own contract)
    module("nav.buildconf", VERSION="5.10.2")
    module("django")
    module("django.urls", reverse=lambda name, args=(): f"/{name}/{'/'.join(map(str, args))}/")

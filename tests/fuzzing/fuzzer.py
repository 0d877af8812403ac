"""The plumbing of the property tests (tests/*/test_schemathesis_*.py): who sends each request, with which objects, and the checks.

Every operation is fuzzed as each KIND of caller that may call it (admin, plain end user, source
system), because the server takes other paths for each (an end user's event, a source's ack, an
admin's source). Each kind acts on objects of its own (`Workshop`): an incident of the source
system (with an event, an ack and a tag), and the kind's timeslot, filter, destination,
notification profile (and, for the admin, a planned maintenance). Valid requests name those
objects in their path (the stateful phase's links give theirs) and follow SERVER_RULES, the rules
no schema can state (who may post which event, names unique per user, ...), so that
positive_data_acceptance checks the spec: a valid request the server refuses is the spec's fault.
Invalid requests keep the values schemathesis drew.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
from schemathesis import GenerationMode
from schemathesis import checks as st_checks

from argus_local import Account, ArgusServer, Identities

from .kinds import account_of
from .normalising import pad_strings
from .server_bugs import ServerLookup, excused_500, trim_request
from .server_rules import MAINTENANCE_AHEAD, SERVER_RULES, now

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiCase

REQUEST_TIMEOUT = 60.0

CHECKS = [
    st_checks.not_a_server_error,
    st_checks.status_code_conformance,
    st_checks.content_type_conformance,
    st_checks.response_schema_conformance,
    # What the spec calls valid, the server accepts (no 400 to positive data).
    st_checks.positive_data_acceptance,
]

# Valid requests the local server refuses whatever is sent, because of how it is configured (as
# its settings ship): positive_data_acceptance is not checked for these; the rest is.
REFUSED_BY_CONFIGURATION = {
    "delete_incident": "INDELIBLE_INCIDENTS: deleting incidents is turned off (the documented 405)",
    "create_automatic_ticket": "no TICKET_PLUGIN is configured (the documented 400)",
}
# Operations whose answer for an object that does not exist is a 400 with this message, not a 404 (the spec says
# so). A stateful step can name an object an earlier step deleted; that answer is not refused data, so
# positive_data_acceptance is not checked for it (the other checks are).
MISSING_OBJECT_400 = {
    "check_destination_duplicate": "Destination with pk={pk} does not exist.",
    # Seen on 1.37.0: a scenario deleted the profile, then listed its incidents.
    "list_notification_profile_incidents": "Notification profile with pk={pk} does not exist.",
}
# These replace or revoke the token that sends them: every request gets a new user of its own.
TOKEN_DESTROYING_OPERATIONS = {"obtain_token", "refresh_token", "knox_logout", "knox_logout_all"}
KNOX_LOGOUT_OPERATIONS = {"knox_logout", "knox_logout_all"}  # these need a knox token
LOGIN_OPERATIONS = {"obtain_token", "knox_login"}  # no token; valid bodies get real credentials
ANONYMOUS_OPERATIONS = {"get_api_metadata"}


def operation_id(case: OpenApiCase) -> str:
    return str(case.operation.definition.raw["operationId"])


# ------------------------------------------------------------------------------- owned objects
SERIAL = itertools.count(1)  # unique names across kinds: some names are unique server-wide
# Phone numbers are unique on a server: the other v1 tests use the 9 series, these the 41 series.
PHONE_SERIAL = itertools.count(1)

# The object a path parameter names: by parameter, or for "pk" by the path it is in.
PARAMETER_OBJECTS = {
    "incident_pk": "incident",
    "event_pk": "event",
    "ack_pk": "ack",
    "tag": "tag",
    "name": "source_type",
    "slug": "medium",
}
PK_OBJECTS = [  # most specific path first
    ("/auth/users/", "user"),
    ("/auth/phone-number/", "phone_number"),  # v1
    ("/incidents/sources/", "source"),
    ("/notificationprofiles/destinations/", "destination"),
    ("/notificationprofiles/timeslots/", "timeslot"),
    ("/notificationprofiles/filters/", "filter"),
    ("/notificationprofiles/", "profile"),
    ("/plannedmaintenance/", "maintenance"),
]
# What goes when an object is deleted (the server deletes a timeslot's profiles with it).
DEPENDENTS = {
    "incident": ["event", "ack", "tag"],
    "timeslot": ["profile"],
    "filter": ["profile", "maintenance"],
    "destination": ["profile"],
}


def object_named_by(path: str, parameter: str) -> str:
    if parameter != "pk":
        return PARAMETER_OBJECTS[parameter]
    return next(name for prefix, name in PK_OBJECTS if path.startswith(prefix))


@dataclass
class Workshop:
    """One kind's own objects, made on first use and made again after a request deleted them."""

    http: httpx.Client
    ids: Identities
    kind: str
    api: str  # "v1" or "v2": where the bodies of the two differ
    made: dict[str, Any] = field(default_factory=dict)

    @property
    def account(self) -> Account:
        return account_of(self.ids, self.kind)

    @property
    def tag(self) -> str:
        return f"fuzz={self.account.username}"

    def get(self, name: str) -> Any:
        if name not in self.made:
            self.made[name] = getattr(self, f"_make_{name}")()
        return self.made[name]

    def fresh(self, name: str) -> Any:
        """A new one, for a request that uses it up (a closed incident, a deleted destination)."""
        self.forget(name)
        return self.get(name)

    def tags_of(self, incident: int) -> list[dict[str, Any]]:
        """An incident's tags: [{"tag", "added_by", "added_time"}]."""
        read = self.http.get(f"/incidents/{incident}/", headers=self.account.headers)
        tags: list[dict[str, Any]] = read.json()["tags"] if read.status_code == 200 else []  # none: a 404 then
        return tags

    def forget(self, name: str) -> None:
        self.made.pop(name, None)
        for dependent in DEPENDENTS.get(name, []):
            self.forget(dependent)

    def _post(self, path: str, body: dict[str, Any], account: Account | None = None) -> Any:
        made = self.http.post(path, json=body, headers=(account or self.account).headers)
        assert made.status_code == 201, f"set-up: POST {path} {body} -> {made.status_code} {made.text}"
        return made.json().get("pk")

    @staticmethod
    def unique_name(name: str, max_length: int) -> str:
        """`name` made unique among this run's names (the server keeps some unique per user, some for all)."""
        suffix = f" {next(SERIAL)}"
        return name[: max_length - len(suffix)] + suffix

    def _unique(self, what: str) -> str:
        return f"fuzz {what} {self.account.username} {next(SERIAL)}"

    def _make_incident(self) -> int:
        body = {"start_time": now(), "description": self._unique("incident"), "tags": [{"tag": self.tag}]}
        return int(self._post("/incidents/", body, self.ids.source))

    def _make_event(self) -> int:
        body = {"type": "OTH", "timestamp": now(), "description": "fuzz"}
        return int(self._post(f"/incidents/{self.get('incident')}/events/", body, self.ids.source))

    def _make_ack(self) -> int:
        body = {"event": {"timestamp": now()}} if self.api == "v1" else {"timestamp": now()}
        return int(self._post(f"/incidents/{self.get('incident')}/acks/", body))

    def _make_phone_number(self) -> int:
        """v1: the kind's phone number."""
        return int(self._post("/auth/phone-number/", {"phone_number": self.new_phone_number()}))

    @staticmethod
    def new_phone_number() -> str:
        """A Norwegian mobile number (the 41 series) no one has yet: numbers are unique server-wide."""
        return f"+4741{next(PHONE_SERIAL):06d}"

    def _make_tag(self) -> str:
        incident = self.get("incident")
        if self.tag not in [tag["tag"] for tag in self.tags_of(incident)]:  # a request removed it
            self._post(f"/incidents/{incident}/tags/", {"tag": self.tag}, self.ids.source)  # no "pk" in the answer
        return self.tag

    def _make_source_type(self) -> str:
        return self.ids.source.source_type

    def _make_medium(self) -> str:
        return "email"

    def _make_user(self) -> int:
        return self.account.pk

    def _make_source(self) -> int:
        return self.ids.source.source_pk

    def _make_timeslot(self) -> int:
        every_day = [{"days": [1, 2, 3, 4, 5, 6, 7], "all_day": True}]
        return int(self._post("/notificationprofiles/timeslots/", {"name": self._unique("timeslot"),
                                                                   "time_recurrences": every_day}))  # fmt: skip

    def _make_filter(self) -> int:
        # Only this kind's incident matches: a planned maintenance on it touches no other test.
        body = {"name": self._unique("filter"), "filter": {"tags": [self.tag]}}
        return int(self._post("/notificationprofiles/filters/", body))

    def _make_destination(self) -> int:
        address = f"{self.account.username}-{next(SERIAL)}@example.org"
        return int(self._post("/notificationprofiles/destinations/", {"media": "email",
                                                                      "settings": {"email_address": address}}))  # fmt: skip

    def _make_profile(self) -> int:
        body: dict[str, Any] = {"timeslot": self.get("timeslot"), "filters": [self.get("filter")]}
        if self.api == "v1":
            body["media"] = ["EM"]  # v1 names media by code; v2 by destination
        else:
            body["destinations"] = [self.get("destination")]
        return int(self._post("/notificationprofiles/", body))

    def _make_maintenance(self) -> int:
        """The admin's (only admins plan maintenance), on a filter of the admin's matching this kind's incident."""
        start = dt.datetime.now(dt.UTC) + MAINTENANCE_AHEAD
        a_filter = self._post("/notificationprofiles/filters/", {"name": self._unique("maintenance"),
                                                                 "filter": {"tags": [self.tag]}}, self.ids.admin)  # fmt: skip
        body = {"start_time": start.isoformat(), "end_time": (start + dt.timedelta(hours=1)).isoformat(),
                "description": "fuzz", "filters": [a_filter]}  # fmt: skip
        return int(self._post("/plannedmaintenance/", body, self.ids.admin))

    # -- valid requests name these objects and follow the server's unwritten rules --------------
    def aim(self, case: OpenApiCase, kind: str, *, linked: bool = False) -> None:
        """Make a valid request valid for the server too: see SERVER_RULES. A `linked` one keeps its path."""
        if not _is_positive(case):
            return
        path = case.operation.path
        for parameter in [] if linked else case.path_parameters or {}:
            case.path_parameters[parameter] = self.get(object_named_by(path, parameter))
        for rule in SERVER_RULES:
            if rule.applies_to(self.api, operation_id(case)) and not (linked and rule.moves_path):
                rule.apply(case, self, kind)

    def refer(self, body: dict[str, Any], key: str, name: str, *, many: bool = False) -> None:
        """body[key] names this kind's `name` object (or a list of it), where it names any."""
        if key in body and (not many or body[key]):
            body[key] = [self.get(name)] if many else self.get(name)

    def after(self, case: OpenApiCase, response: Any) -> None:
        """Forget what a request deleted."""
        if case.method.upper() == "DELETE" and response.status_code < 300 and case.path_parameters:
            last = list(case.path_parameters)[-1]
            self.forget(object_named_by(case.operation.path, last))


def _is_positive(case: OpenApiCase) -> bool:
    return case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE


# ------------------------------------------------------------------------------------- sending
@dataclass
class Fuzzer:
    """Sends schemathesis' requests as one kind of caller and checks the answers."""

    server: ArgusServer
    ids: Identities
    http: httpx.Client
    workshops: dict[str, Workshop]
    api: str  # "v1" or "v2"
    sent: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)  # (kind, mode)
    excused: collections.Counter[str] = field(default_factory=collections.Counter)  # by SERVER_BUGS reason
    valid_sent: collections.Counter[str] = field(default_factory=collections.Counter)  # by operation

    def send(self, case: OpenApiCase, kind: str, *, linked: bool = False) -> tuple[Any, dict[str, str]]:
        """Sends the request (trimmed where SERVER_BUGS says); returns the response, unchecked, and the headers.

        `linked`: a stateful step whose path parameters a link gave (the ids the server returned).
        """
        op = operation_id(case)
        if _is_positive(case):
            self.valid_sent[op] += 1
            if self.valid_sent[op] % 2 == 0:  # every other valid request: values the server normalises
                pad_strings(case, self.api)
        trim_request(self.api, op, case)
        if op not in TOKEN_DESTROYING_OPERATIONS | LOGIN_OPERATIONS:
            self.workshops[kind].aim(case, kind, linked=linked)
        headers = self.headers_for(case, kind)
        response = case.call(base_url=self.server.api_url, headers=headers, timeout=REQUEST_TIMEOUT)
        self.workshops[kind].after(case, response)
        self.sent[(kind, case.meta.generation.mode.value if case.meta is not None else "unknown")] += 1
        return response, headers

    def headers_for(self, case: OpenApiCase, kind: str) -> dict[str, str]:
        op = operation_id(case)
        if op in TOKEN_DESTROYING_OPERATIONS or op in LOGIN_OPERATIONS:
            return self._throwaway_headers(case, op, kind)
        if op in ANONYMOUS_OPERATIONS:
            return {}
        return account_of(self.ids, kind).headers

    def _throwaway_headers(self, case: OpenApiCase, op: str, kind: str) -> dict[str, str]:
        """A new account of this kind that nothing else uses; a valid login body gets its real credentials."""
        account = account_of(self.server.new_identities(), kind)
        if op in LOGIN_OPERATIONS:
            if _is_positive(case) and isinstance(case.body, dict):
                case.body = {**case.body, "username": account.username, "password": account.password}
            return {}
        if op in KNOX_LOGOUT_OPERATIONS:
            body = {"username": account.username, "password": account.password}
            login = self.http.post("/auth/token/login/", json=body)
            assert login.status_code == 200, login.text
            return {"Authorization": f"Token {login.json()['token']}"}
        return account.headers

    def validate(self, case: OpenApiCase, response: Any, headers: dict[str, str]) -> None:
        """Every check passes, or SERVER_BUGS excuses this HTML 500; anything else raises FailureGroup."""
        if response.status_code == 500:
            lookup = ServerLookup(self.http, headers, self.ids.admin.headers, headers == self.ids.source.headers)
            bug = excused_500(self.api, operation_id(case), case, lookup)
            if bug is not None:
                self.excused[bug.reason] += 1
                return
        checks = CHECKS
        if operation_id(case) in REFUSED_BY_CONFIGURATION or names_a_missing_object(case, response):
            checks = [check for check in CHECKS if check is not st_checks.positive_data_acceptance]
        case.validate_response(
            response, checks=checks, headers=headers, transport_kwargs={"base_url": self.server.api_url}
        )


def names_a_missing_object(case: OpenApiCase, response: Any) -> bool:
    """The 400 an operation of MISSING_OBJECT_400 gives for an object that does not exist, word for word."""
    message = MISSING_OBJECT_400.get(operation_id(case))
    if message is None or response.status_code != 400:
        return False
    try:
        body: object = response.json()
    except ValueError:
        return False
    return body == [message.format(**(case.path_parameters or {}))]


def end_planned_maintenance(http: httpx.Client, ids: Identities) -> None:
    """Planned maintenance covers every user's incidents: cancel, or end, what the fuzzing made."""
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)).isoformat()
    for maintenance in http.get("/plannedmaintenance/", headers=ids.admin.headers).json():
        if maintenance["created_by"]["pk"] == ids.admin.pk:
            url = f"/plannedmaintenance/{maintenance['pk']}/"
            if http.delete(url, headers=ids.admin.headers).status_code == 400:  # it has started
                http.patch(url, json={"end_time": soon}, headers=ids.admin.headers)

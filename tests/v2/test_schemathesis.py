"""Property tests of spec/v2.yaml against a real argus-server 2.10.2, with schemathesis.

test_operation_conforms_to_spec: one test per operation of the spec. Schemathesis sends valid
requests (positive mode) and invalid ones (negative mode): the spec's examples, its coverage phase
(boundary values, missing and wrong-typed fields, unexpected methods) and Hypothesis fuzzing, at
least MIN_EXAMPLES requests per operation. Every response must pass

- not_a_server_error: no 5xx;
- status_code_conformance: the status is one the operation documents;
- content_type_conformance: the Content-Type is one documented for that status;
- response_schema_conformance: the body validates against the documented schema.

test_stateful_*: scenarios that follow the spec's OpenAPI links with the ids the server returned,
the incident life cycle (create -> get -> patch tags -> event -> ack -> END) on its own and every
link of the spec together, with the same checks.

Requests go as fresh identities of this module (see `Fuzzer.headers_for`), on the session's
server. The tests of this module change and delete objects they did not create (any incident,
source or filter a generated primary key hits): only objects that exist when it runs, which other
tests, each with fresh users, no longer use. Planned maintenance it leaves is ended at teardown.

The server has bugs that schemathesis finds: HTML 500s for certain requests, and a tag filter
whose cost grows exponentially. They are excused by SERVER_BUGS, the one list of exclusions: each
entry names its operations, the request that triggers it (a predicate on the generated request)
and how to reproduce it by hand. Anything else fails.

ARGUS_FUZZ_SEED=<number> draws other requests than the default seed; ARGUS_FUZZ_SEED=random, new
ones on every run.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis import Case, GenerationMode
from schemathesis import checks as st_checks
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput

from argus_local import ArgusServer, Identities

SPEC = Path(__file__).resolve().parents[2] / "spec" / "v2.yaml"

# Fuzzing draws up to MAX_EXAMPLES requests per operation; the examples and coverage phases add
# theirs. Each operation must send at least MIN_EXAMPLES in all (checked by `examples_sent`).
MAX_EXAMPLES = 25
MIN_EXAMPLES = 25
# No parameters, no body, no authentication: schemathesis has only ~10 distinct requests to make.
INPUTLESS_OPERATIONS = {"get_api_metadata"}
STATEFUL_SCENARIOS = 40
STATEFUL_STEPS = 10
# Hypothesis stops a stateful run when the server answers a replayed prefix differently; we start
# another one, at most this many times, until STATEFUL_SCENARIOS scenarios have run.
STATEFUL_RUNS = 10
REQUEST_TIMEOUT = 60.0
SEED = os.environ.get("ARGUS_FUZZ_SEED", "20261123")

CHECKS = [
    st_checks.not_a_server_error,
    st_checks.status_code_conformance,
    st_checks.content_type_conformance,
    st_checks.response_schema_conformance,
]

# ----------------------------------------------------------------------------------- identities
# Who sends each operation. The rest goes as the admin, who may do all an end user may and more
# (sources, source types, planned maintenance): that reaches the most of the server.
SOURCE_OPERATIONS = {
    # Only a source system's user may create incidents, post END/RES/STA/... and send heartbeats.
    "create_incident",
    "create_incident_event",
    "bulk_create_events",
    "send_source_heartbeat",
    # The source's own incidents: the admin has none.
    "list_my_incidents",
}
END_USER_OPERATIONS = {"create_incident_ack", "bulk_create_acks"}  # only end users may acknowledge
# These replace or revoke the token that sends them: every request gets a new user of its own.
TOKEN_DESTROYING_OPERATIONS = {"obtain_token", "refresh_token", "knox_logout", "knox_logout_all"}
KNOX_LOGOUT_OPERATIONS = {"knox_logout", "knox_logout_all"}  # these need a knox token
LOGIN_OPERATIONS = {"obtain_token", "knox_login"}  # no token; valid bodies get real credentials
ANONYMOUS_OPERATIONS = {"get_api_metadata"}


# ---------------------------------------------------------------------------------- server bugs
@dataclass(frozen=True)
class ServerLookup:
    """What some bugs depend on: the server's state, read only after a 500."""

    http: httpx.Client
    headers: dict[str, str]
    admin_headers: dict[str, str]

    def incident_exists(self, pk: Any) -> bool:
        return self.http.get(f"/incidents/{pk}/", headers=self.admin_headers).status_code == 200

    def acked_at(self, ids: Any, timestamp: Any) -> bool:
        """Whether one of these incidents has an acknowledgement with this timestamp already."""
        when = _parse_datetime(timestamp)
        if when is None or not isinstance(ids, list):
            return False
        for pk in ids:
            acks = self.http.get(f"/incidents/{pk}/acks/", headers=self.admin_headers)
            if acks.status_code == 200 and any(_parse_datetime(a["event"]["timestamp"]) == when for a in acks.json()):
                return True
        return False

    def other_filter_named(self, name: Any, pk: Any) -> bool:
        filters = self.http.get("/notificationprofiles/filters/", headers=self.headers).json()
        return any(f["name"] == _drf_string(name) and str(f["pk"]) != str(pk) for f in filters)

    def other_source_named(self, name: Any, pk: Any) -> bool:
        sources = self.http.get("/incidents/sources/", headers=self.admin_headers).json()
        this = next((s for s in sources if str(s["pk"]) == str(pk)), None)
        return this is not None and any(
            s["name"] == _drf_string(name) and s["type"] == this["type"] and s["pk"] != this["pk"] for s in sources
        )


@dataclass(frozen=True)
class ServerBug:
    """A server bug and the one kind of request it is excused for.

    `excuse_500`: an HTML 500 to a request it matches passes (the request is still sent, and any
    other answer must pass every check). `trim`: the generated request is cut before it is sent.
    """

    operations: str  # operationIds, separated by spaces
    reason: str
    reproduce: str
    excuse_500: Callable[[Case, ServerLookup], bool] | None = None
    trim: Callable[[Case], None] | None = None

    def applies_to(self, operation: str) -> bool:
        return operation in self.operations.split()


def _bug(operations: str, reason: str, reproduce: str, excuse_500: Callable[[Case, ServerLookup], bool]) -> ServerBug:
    return ServerBug(operations, reason, reproduce, excuse_500=excuse_500)


# The server combines one join per distinct tag key: time and memory grow exponentially (7 keys
# take seconds; 12 keys ran one PostgreSQL backend up to 17 GB before we stopped it).
MAX_TAGS = 4


def _trim_tags(case: Case) -> None:
    query, body = case.query or {}, case.body
    if isinstance(query.get("tags"), str):  # list_incidents, list_my_incidents: "k=v,k=v,..."
        query["tags"] = ",".join(query["tags"].split(",")[:MAX_TAGS])
    for content in (body, body.get("filter") if isinstance(body, dict) else None):  # a filter, or one under "filter"
        if isinstance(content, dict) and isinstance(content.get("tags"), list):
            content["tags"] = content["tags"][:MAX_TAGS]


# The one list of exclusions. A 500 fails not_a_server_error, status_code_conformance and
# content_type_conformance at once: an entry excuses that, for its operations and its kind of
# request only. Found by this test on argus-server 2.10.2; every reproduction is a real request
# (paths relative to /api/v2, the sender as in `Fuzzer.headers_for`).
SERVER_BUGS: list[ServerBug] = [
    ServerBug(
        "list_incidents list_my_incidents preview_filter preview_notification_profile "
        "create_filter replace_filter update_filter",
        f"Not a 500 but a denial of service: a tag filter with many keys runs for minutes and eats memory "
        f"(stored filters run again in list_notification_profile_incidents). Tag lists are cut to {MAX_TAGS}.",
        "GET /incidents/?tags=k0=v,k1=v,k2=v,k3=v,k4=v,k5=v,k6=v,k7=v,k8=v,k9=v,k10=v,k11=v",
        trim=_trim_tags,
    ),
    _bug(
        "create_incident_event",
        "A valid event for an incident that does not exist: Incident.DoesNotExist is not caught.",
        'POST /incidents/999999/events/ {"type": "OTH", "timestamp": "2024-01-01T00:00:00Z"}',
        lambda case, server: not server.incident_exists(case.path_parameters["incident_pk"]),
    ),
    _bug(
        "create_incident replace_incident update_incident",
        'A tag that is a boolean or a number, or {"tag": null | boolean | number}: TypeError in the tag parser.',
        'PATCH /incidents/{pk}/ {"tags": [{"tag": null}]}, or {"tags": [0]}',
        lambda case, server: _bad_tags(case.body),
    ),
    _bug(
        "replace_incident update_incident",
        "A body that is JSON null, a boolean or a number: TypeError ('NoneType' object is not iterable).",
        "PATCH /incidents/{pk}/ null",
        lambda case, server: _scalar(case.body),
    ),
    _bug(
        "add_incident_tag",
        'A body that is not an object with a string "tag" (none, {}, [], 0, {"tag": null}): ValueError, TypeError.',
        "POST /incidents/{pk}/tags/ {}",
        lambda case, server: not (isinstance(case.body, dict) and isinstance(case.body.get("tag"), str)),
    ),
    _bug(
        "set_incident_ticket_url bulk_set_ticket_url",
        'No "ticket_url" in the body object: KeyError.',
        'PUT /incidents/{pk}/ticket_url/ {}; POST /incidents/ticket_url/bulk/ {"ids": [1]}',
        lambda case, server: not (isinstance(case.body, dict) and "ticket_url" in case.body),
    ),
    _bug(
        "create_source",
        'A body that is not an object, or whose "name" is missing, null, blank or not a string: KeyError.',
        'POST /incidents/sources/ {"type": "argus-local"}',
        lambda case, server: not (isinstance(case.body, dict) and _drf_string(case.body.get("name"))),
    ),
    _bug(
        "replace_source update_source",
        "Renaming a source to the name of another source of the same type: IntegrityError.",
        'PATCH /incidents/sources/{pk}/ {"name": "<another source\'s name>"}',
        lambda case, server: (
            isinstance(case.body, dict) and server.other_source_named(case.body.get("name"), case.path_parameters["pk"])
        ),
    ),
    _bug(
        "create_filter replace_filter update_filter",
        "A name the user has on another filter already: IntegrityError (filter_unique_name_per_user).",
        'POST /notificationprofiles/filters/ {"name": "x", "filter": {}}, twice',
        lambda case, server: (
            isinstance(case.body, dict)
            and "name" in case.body
            and server.other_filter_named(case.body["name"], (case.path_parameters or {}).get("pk"))
        ),
    ),
    _bug(
        "replace_filter update_filter delete_filter delete_destination check_destination_duplicate "
        "list_notification_profile_incidents",
        'A "pk" that is not a number (one with a "." is not routed: 404): ValueError from int().',
        "DELETE /notificationprofiles/filters/abc/",
        lambda case, server: not re.fullmatch(r"-?[0-9]+", str(case.path_parameters["pk"])),
    ),
    _bug(
        "create_timeslot replace_timeslot update_timeslot",
        "A time recurrence that is neither an object nor null: AttributeError.",
        'POST /notificationprofiles/timeslots/ {"name": "t", "time_recurrences": [[]]}',
        lambda case, server: any(item is not None and not isinstance(item, dict) for item in _recurrences(case)),
    ),
    _bug(
        "update_timeslot",
        'A time recurrence without "start" or "end" that is not all_day: KeyError (POST and PUT answer 400).',
        'PATCH /notificationprofiles/timeslots/{pk}/ {"time_recurrences": [{"days": [4]}]}',
        lambda case, server: any(
            isinstance(item, dict) and item.get("all_day") is not True and not {"start", "end"} <= item.keys()
            for item in _recurrences(case)
        ),
    ),
    _bug(
        "knox_login",
        "A body that is not UTF-8: UnicodeDecodeError (the other operations answer 400 or 415).",
        "POST /auth/token/login/ with the two bytes a8 0e as the body",
        lambda case, server: isinstance(case.body, bytes) and not _is_utf8(case.body),
    ),
    _bug(
        "list_incident_acks create_incident_ack get_incident_ack replace_incident_ack update_incident_ack",
        "OPTIONS on the acks paths: TypeError in AcknowledgementViewSet.get_write_serializer_class().",
        "OPTIONS /incidents/{pk}/acks/",
        lambda case, server: case.method.upper() == "OPTIONS",
    ),
    _bug(
        "create_incident replace_incident update_incident add_incident_tag get_incident_tag remove_incident_tag "
        "create_source get_source_type create_destination update_destination get_media",
        "A NUL character in a tag, in metadata, a source's username, a medium or a path: PostgreSQL refuses it "
        "(the other fields' validators answer 400).",
        'POST /incidents/ {"start_time": "2024-01-01T00:00:00Z", "tags": [{"tag": "a=x\\u0000"}]}',
        lambda case, server: _contains_nul([case.body, case.path_parameters, case.query]),
    ),
    _bug(
        "bulk_create_acks",
        "Acknowledging an incident again as the same user with the same timestamp: the ACK event is reused "
        "and the new acknowledgement's primary key collides (IntegrityError); create_incident_ack accepts it.",
        'POST /incidents/acks/bulk/ {"ids": [<pk>], "ack": {"timestamp": "2024-01-09T00:00:00Z"}}, twice',
        lambda case, server: (
            isinstance(case.body, dict)
            and isinstance(case.body.get("ack"), dict)
            and server.acked_at(case.body.get("ids"), case.body["ack"].get("timestamp"))
        ),
    ),
    _bug(
        "list_incidents list_my_incidents",
        "A date-time filter with a UTC offset beyond +-15:59 (RFC 3339 allows +-23:59): PostgreSQL DataError.",
        "GET /incidents/?start_time__gte=2024-01-01T00:00:00%2B16:00",
        lambda case, server: any(_offset_beyond_postgres(value) for value in (case.query or {}).values()),
    ),
    _bug(
        "list_incidents list_my_incidents",
        "duration__gte beyond +-1440000000000 minutes (timedelta's limit): OverflowError.",
        "GET /incidents/?duration__gte=1440000000001",
        lambda case, server: _int_beyond((case.query or {}).get("duration__gte"), 1_439_999_999_999),
    ),
    _bug(
        "list_incidents list_my_incidents list_events",
        "A page_size of 2**63-1 or more: PostgreSQL 'bigint out of range' (it queries page_size + 1 rows).",
        "GET /incidents/?page_size=9223372036854775807",
        lambda case, server: _int_beyond((case.query or {}).get("page_size"), 2**63 - 2),
    ),
]


def _scalar(value: Any) -> bool:
    """JSON null, a boolean or a number."""
    return value is None or isinstance(value, bool | int | float)


def _bad_tags(body: Any) -> bool:
    tags = body.get("tags") if isinstance(body, dict) else None
    return isinstance(tags, list) and any(
        (_scalar(tag) and tag is not None) or (isinstance(tag, dict) and _scalar(tag.get("tag", ""))) for tag in tags
    )


def _recurrences(case: Case) -> list[Any]:
    recurrences = case.body.get("time_recurrences") if isinstance(case.body, dict) else None
    return recurrences if isinstance(recurrences, list) else []


def _drf_string(value: Any) -> str | None:
    """What a DRF CharField makes of `value`: it takes numbers and strips whitespace."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _contains_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, bytes):
        return b"\x00" in value
    if isinstance(value, dict):
        return any(_contains_nul(key) or _contains_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_contains_nul(item) for item in value)
    return False


DATE_TIME_OFFSET = re.compile(r"T[0-9:.]+[+-]([0-9]{2}):?[0-9]{2}$")


def _offset_beyond_postgres(value: Any) -> bool:
    match = DATE_TIME_OFFSET.search(str(value))
    return match is not None and int(match.group(1)) >= 16


def _parse_datetime(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode()
    except UnicodeDecodeError:
        return False
    return True


def _int_beyond(value: Any, limit: int) -> bool:
    try:
        return abs(int(str(value))) > limit
    except ValueError:
        return False


# ------------------------------------------------------------------------------------- plumbing
def operation_id(case: Case) -> str:
    return str(case.operation.definition.raw["operationId"])


@dataclass
class Fuzzer:
    """Sends schemathesis' requests as the right identity and checks the answers."""

    server: ArgusServer
    ids: Identities
    http: httpx.Client
    last_headers: dict[str, str] = field(default_factory=dict)  # what `send` sent last

    def headers_for(self, case: Case) -> dict[str, str]:
        op = operation_id(case)
        if op in TOKEN_DESTROYING_OPERATIONS or op in LOGIN_OPERATIONS:
            return self._throwaway_headers(case, op)
        if op in ANONYMOUS_OPERATIONS:
            return {}
        if op in SOURCE_OPERATIONS:
            return self.ids.source.headers
        if op in END_USER_OPERATIONS:
            return self.ids.user.headers
        return self.ids.admin.headers

    def _throwaway_headers(self, case: Case, op: str) -> dict[str, str]:
        """A new user that nothing else uses; a valid login body gets its real credentials."""
        user = self.server.new_identities().user
        if op in LOGIN_OPERATIONS:
            positive = case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE
            if positive and isinstance(case.body, dict):
                case.body = {**case.body, "username": user.username, "password": user.password}
            return {}
        if op in KNOX_LOGOUT_OPERATIONS:
            login = self.http.post("/auth/token/login/", json={"username": user.username, "password": user.password})
            assert login.status_code == 200, login.text
            return {"Authorization": f"Token {login.json()['token']}"}
        return user.headers

    def send(self, case: Case) -> Any:
        """Sends the request (trimmed where SERVER_BUGS says) and returns the response, unchecked."""
        op = operation_id(case)
        for bug in SERVER_BUGS:
            if bug.trim is not None and bug.applies_to(op):
                bug.trim(case)
        self.last_headers = self.headers_for(case)
        return case.call(base_url=self.server.api_url, headers=self.last_headers, timeout=REQUEST_TIMEOUT)

    def validate(self, case: Case, response: Any) -> None:
        op = operation_id(case)
        if response.status_code == 500:
            lookup = ServerLookup(self.http, self.last_headers, self.ids.admin.headers)
            for bug in SERVER_BUGS:
                if bug.excuse_500 is not None and bug.applies_to(op) and bug.excuse_500(case, lookup):
                    return
        case.validate_response(
            response, checks=CHECKS, headers=self.last_headers, transport_kwargs={"base_url": self.server.api_url}
        )


@pytest.fixture(scope="module")
def fuzzer(v2_server: ArgusServer) -> Iterator[Fuzzer]:
    ids = v2_server.new_identities()
    with httpx.Client(base_url=v2_server.api_url, timeout=30.0) as http:
        yield Fuzzer(server=v2_server, ids=ids, http=http)
        end_planned_maintenance(http, ids)


def end_planned_maintenance(http: httpx.Client, ids: Identities) -> None:
    """Planned maintenance covers every user's incidents: cancel, or end, what the fuzzing made."""
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)).isoformat()
    for maintenance in http.get("/plannedmaintenance/", headers=ids.admin.headers).json():
        if maintenance["created_by"]["pk"] == ids.admin.pk:
            url = f"/plannedmaintenance/{maintenance['pk']}/"
            if http.delete(url, headers=ids.admin.headers).status_code == 400:  # it has started
                http.patch(url, json={"end_time": soon}, headers=ids.admin.headers)


# ------------------------------------------------------------------------------ every operation
schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES)
if SEED != "random":
    schema.config.seed = int(SEED)


@dataclass
class ExamplesSent:
    operation: str = ""
    by_mode: collections.Counter[str] = field(default_factory=collections.Counter)


@pytest.fixture
def examples_sent(request: pytest.FixtureRequest) -> Iterator[ExamplesSent]:
    """Counts the requests an operation's test sends; fails it when there are too few."""
    sent = ExamplesSent()
    failed_before = request.session.testsfailed
    yield sent
    if request.session.testsfailed == failed_before:  # a failing test stops early: its count says nothing
        minimum = 1 if sent.operation in INPUTLESS_OPERATIONS else MIN_EXAMPLES
        assert sent.by_mode.total() >= minimum, f"{sent.operation}: only {dict(sent.by_mode)} requests"


@schema.parametrize()
@hypothesis.settings(
    deadline=None,
    database=None,
    suppress_health_check=[
        hypothesis.HealthCheck.too_slow,
        hypothesis.HealthCheck.filter_too_much,
        # examples_sent counts all of an operation's requests: not resetting it is the point.
        hypothesis.HealthCheck.function_scoped_fixture,
    ],
)
def test_operation_conforms_to_spec(case: Case, fuzzer: Fuzzer, examples_sent: ExamplesSent) -> None:
    examples_sent.operation = operation_id(case)
    examples_sent.by_mode[case.meta.generation.mode.value if case.meta is not None else "unknown"] += 1
    response = fuzzer.send(case)
    fuzzer.validate(case, response)


# ---------------------------------------------------------------------------------------- links
# The incident life cycle: create -> get -> patch (tags) -> event -> ack -> resolve (END).
INCIDENT_CHAIN = [
    ("POST /incidents/", "GetIncident"),
    ("GET /incidents/{incident_pk}/", "UpdateIncident"),
    ("PATCH /incidents/{incident_pk}/", "CreateIncidentEvent"),
    ("POST /incidents/{incident_pk}/events/", "CreateIncidentAck"),
    ("POST /incidents/{incident_pk}/acks/", "ResolveIncident"),
]
INCIDENT_CHAIN_OPERATIONS = [
    "create_incident",
    "get_incident",
    "update_incident",
    "create_incident_event",
    "create_incident_ack",
]
TRANSITION_ID = re.compile(
    r"(?P<source>.+) -> \[\d+\] (?P<name>\S+) -> .+"
)  # "POST /incidents/ -> [201] GetIncident -> GET ..."


def follow_links(fuzzer: Fuzzer, operations: list[str] | None) -> collections.Counter[tuple[str, str]]:
    """Runs scenarios along the spec's links (valid data only; every answer checked).

    Returns how often each link, (source operation, link name), was followed and answered 2xx.
    """
    linked = schemathesis.openapi.from_path(SPEC)
    if operations is not None:
        linked = linked.include(operation_id=operations)
    linked.config.phases.stateful.inference.algorithms = []  # the spec's own links, no guessed ones
    linked.config.generation.update(modes=[GenerationMode.POSITIVE])  # invalid data would end every chain
    followed: collections.Counter[tuple[str, str]] = collections.Counter()
    failures: list[str] = []
    scenarios = 0

    class Scenario(linked.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            nonlocal scenarios
            scenarios += 1

        def step(self, input: StepInput) -> StepOutput:
            output = super().step(input)
            if input.transition is not None and input.is_applied and output.response.status_code < 300:
                link = TRANSITION_ID.fullmatch(input.transition.id)
                assert link is not None, input.transition.id
                followed[(link["source"], link["name"])] += 1
            return output

        def call(self, case: Case, **kwargs: Any) -> Any:
            return fuzzer.send(case)

        def validate_response(self, response: Any, case: Case, *args: Any, **kwargs: Any) -> None:
            try:
                fuzzer.validate(case, response)
            except FailureGroup as exc:
                failures.append(exc.message)  # Hypothesis may replay it and see other answers
                raise

    settings = hypothesis.settings(
        max_examples=STATEFUL_SCENARIOS,
        stateful_step_count=STATEFUL_STEPS,
        deadline=None,
        database=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    for run in range(STATEFUL_RUNS):
        if scenarios >= STATEFUL_SCENARIOS or failures:
            break
        machine = Scenario if SEED == "random" else hypothesis.seed(int(SEED) + run)(Scenario)
        try:
            machine.run(settings=settings)
        except hypothesis.errors.Flaky:
            # The server is no pure function: a scenario prefix that Hypothesis replays can get other
            # answers (a name now taken, an incident since deleted), and Hypothesis gives up on the
            # run. Schemathesis' own runner starts a new one then; so do we.
            pass
        except FailureGroup:
            pass  # in `failures`
    assert failures == [], "\n".join(failures)
    return followed


def test_stateful_incident_life_cycle(fuzzer: Fuzzer) -> None:
    followed = follow_links(fuzzer, INCIDENT_CHAIN_OPERATIONS)
    missing = [link for link in INCIDENT_CHAIN if followed[link] == 0]
    assert missing == [], f"links never followed to a 2xx: {missing}; followed: {dict(followed)}"


def test_stateful_all_links(fuzzer: Fuzzer) -> None:
    followed = follow_links(fuzzer, None)
    # Random valid data seldom makes sources, destinations or notification profiles the server
    # accepts (they need existing types, valid addresses, timeslots): fewer links are reachable.
    assert len(followed) >= 10, f"only these links were followed to a 2xx: {dict(followed)}"

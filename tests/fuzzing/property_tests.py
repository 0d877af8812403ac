"""The property tests of a spec against its real server, with schemathesis: made here, once, for API v1
and v2 (tests/v1/test_schemathesis_<part>.py and tests/v2/test_schemathesis_<part>.py make theirs from these, a part each).

test_<kind>_<mode>: one test per operation, for each kind of caller that may call it (admin, end
user, source system: see fuzzer.py) and each mode: valid requests (positive) and invalid ones
(negative), from the spec's examples, its coverage phase (boundary values, missing and
wrong-typed fields, unexpected methods) and Hypothesis fuzzing. Every operation sends at least
MIN_EXAMPLES requests per kind and mode (`examples_sent` fails it otherwise). Every response must pass

- not_a_server_error: no 5xx;
- status_code_conformance: the status is one the operation documents;
- content_type_conformance: the Content-Type is one documented for that status;
- response_schema_conformance: the body validates against the documented schema;
- positive_data_acceptance: a request the spec calls valid is not refused (no 400).

test_stateful_*: scenarios that follow the spec's OpenAPI links with the ids the server returned,
with the same checks: the incident life cycle (create -> read -> tag -> event -> ack -> resolve),
which must run whole within single scenarios, and every link of the spec together. Every failure
is recorded when it happens, with the scenario's steps, and fails the test: Hypothesis replaying
a scenario differently never hides one.

These tests change and delete objects they did not create (any incident, source or filter a
generated primary key hits): only objects that exist when they run, which other tests, each with
fresh users, no longer use. Planned maintenance they leave is ended at teardown.

The server's bugs are excused by SERVER_BUGS (server_bugs.py), the one list of exclusions, each
entry with a reproducer that test_server_bugs.py runs on the server it names. Anything else fails.

ARGUS_FUZZ_SEED=<number> draws other requests than the default seed; ARGUS_FUZZ_SEED=random, new
ones on every run.
"""

from __future__ import annotations

import collections
import functools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import hypothesis
import pytest
import schemathesis
import yaml
from schemathesis import GenerationMode
from schemathesis.core import NOT_SET
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput

from argus_local import ArgusServer

from .fuzzer import Fuzzer, Workshop, end_planned_maintenance, operation_id
from .kinds import ADMIN, END_USER, KINDS, SOURCE, may_call

if TYPE_CHECKING:
    from schemathesis.schemas import BaseSchema
    from schemathesis.specs.openapi.schemas import OpenApiCase

SPECS = Path(__file__).resolve().parents[2] / "spec"


def spec_of(api: str) -> Path:
    return SPECS / f"{api}.yaml"


@functools.cache
def spec_document(api: str) -> dict[str, Any]:
    """The spec, parsed once per run (each fuzz test, and the life-cycle walk, reads it)."""
    document: dict[str, Any] = yaml.safe_load(spec_of(api).read_text())
    return document


def operations_of(api: str) -> list[str]:
    return sorted(
        operation["operationId"]
        for item in spec_document(api)["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    )


# Fuzzing draws up to MAX_EXAMPLES requests per operation, kind and mode; the examples and
# coverage phases add theirs. Each must send at least MIN_EXAMPLES in all (`examples_sent`).
# ARGUS_FUZZ_EXAMPLES=<n> sets both lower, for a quick look at a few operations (`-k`) while working on them.
MAX_EXAMPLES = int(os.environ.get("ARGUS_FUZZ_EXAMPLES", "25"))
MIN_EXAMPLES = MAX_EXAMPLES
# No parameters, no body, no authentication: schemathesis has only a few distinct requests to make.
INPUTLESS_OPERATIONS = {"get_api_metadata"}
SEED = os.environ.get("ARGUS_FUZZ_SEED", "20261123")
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)


# What a run leaves behind that would touch other tests, by API: planned maintenance covers every incident.
CLEAN_UP = {"v2": end_planned_maintenance}


def fuzzer_fixture(api: str) -> Any:
    """The module's `fuzzer` fixture: the kinds of caller on the session's server for `api`."""

    @pytest.fixture(scope="module", name="fuzzer")
    def fuzzer(request: pytest.FixtureRequest) -> Iterator[Fuzzer]:
        server: ArgusServer = request.getfixturevalue(f"{api}_server")
        yield from _fuzzer(server, api, request)

    return fuzzer


def _fuzzer(server: ArgusServer, api: str, request: pytest.FixtureRequest) -> Iterator[Fuzzer]:
    ids = server.new_identities()
    with httpx.Client(base_url=server.api_url, timeout=30.0) as http:
        workshops = {kind: Workshop(http, ids, kind, api) for kind in KINDS}
        fuzzer = Fuzzer(server=server, ids=ids, http=http, workshops=workshops, api=api)
        yield fuzzer
        if api in CLEAN_UP:
            CLEAN_UP[api](http, ids)
    report = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if report is not None and capture is not None:
        with capture.global_and_fixture_disabled():  # the figures the README quotes, on every run
            report.write_line("")
            report.write_line(f"schemathesis {api}: requests by kind and mode: {dict(sorted(fuzzer.sent.items()))}")
            report.write_line(f"schemathesis {api}: HTML 500s excused by SERVER_BUGS: {dict(fuzzer.excused)}")


# ------------------------------------------------------------------------------ every operation
@dataclass
class ExamplesSent:
    operation: str = ""
    count: int = 0


@pytest.fixture
def examples_sent(request: pytest.FixtureRequest) -> Iterator[ExamplesSent]:
    """Counts the requests an operation's test sends (one kind, one mode); fails it when there are too few."""
    sent = ExamplesSent()
    failed_before = request.session.testsfailed
    yield sent
    if request.session.testsfailed == failed_before:  # a failing test stops early: its count says nothing
        minimum = 1 if sent.operation in INPUTLESS_OPERATIONS else MIN_EXAMPLES
        assert sent.count >= minimum, f"{sent.operation}: only {sent.count} requests"


def fuzz_test(api: str, kind: str, mode: GenerationMode) -> Callable[..., None]:
    """The property test of every operation of `api` that `kind` may call, with data of `mode`."""
    # An operation without input has no invalid request to make: it runs in the positive mode only.
    inputless = INPUTLESS_OPERATIONS if mode == GenerationMode.NEGATIVE else set()
    schema = schemathesis.openapi.from_path(spec_of(api)).include(
        operation_id=[op for op in operations_of(api) if may_call(kind, op) and op not in inputless]
    )
    schema.config.generation.update(modes=[mode], max_examples=MAX_EXAMPLES)
    if SEED != "random":
        schema.config.seed = int(SEED)

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
    def test(case: OpenApiCase, fuzzer: Fuzzer, examples_sent: ExamplesSent) -> None:
        examples_sent.operation = operation_id(case)
        examples_sent.count += 1
        response, headers = fuzzer.send(case, kind)
        fuzzer.validate(case, response, headers)

    fuzz: Callable[..., None] = test  # schemathesis's parametrize() is typed as returning a bare Callable
    fuzz.__name__ = f"test_{kind}_{mode.value}"
    return fuzz


# ---------------------------------------------------------------------------------------- links
STATEFUL_SCENARIOS = 40
STATEFUL_STEPS = 12
# Hypothesis stops a run when the server answers a replayed scenario prefix differently (a name
# now taken, an incident since closed): "Flaky", with no failure in it. We start another run, at
# most this many times, each restart counted with its reason; a failure is never such a reason.
STATEFUL_RESTARTS = 10
# The incident life cycle, the hops of one incident: created (POST /incidents/), then each link.
LIFE_CYCLE_OPERATIONS = [
    "create_incident",
    "get_incident",
    "update_incident",
    "add_incident_tag",
    "create_incident_event",
    "create_incident_ack",
]
LIFE_CYCLE = ("create", "read", "tag", "event", "ack", "resolve")
TRANSITION_ID = re.compile(
    r"(?P<source>.+) -> \[\d+\] (?P<name>\S+) -> .+"
)  # "POST /incidents/ -> [201] GetIncident -> GET ..."


def stateful_kind(operation: str) -> str:
    """Who sends a scenario's step: the source system, except acks (end users) and admin-only operations."""
    if operation in {"create_incident_ack", "bulk_create_acks"}:
        return END_USER
    return SOURCE if may_call(SOURCE, operation) else ADMIN


def life_cycle_hop(case: OpenApiCase, link: str | None) -> str | None:
    """Which hop of the incident life cycle this answered (2xx) step is, if any."""
    op = operation_id(case)
    body = case.body if isinstance(case.body, dict) else {}
    if op == "create_incident" and link is None:
        return "create"
    hops = {
        "GetIncident": "read",
        "AddIncidentTag": "tag",
        "UpdateIncident": "tag" if "tags" in body else None,
        "CreateIncidentEvent": "event",
        "CreateIncidentAck": "ack",
        "ResolveIncident": "resolve",
    }
    return hops.get(link or "")


@dataclass
class StatefulRun:
    """What the scenarios did: links followed, life cycles completed, failures with their steps."""

    scenarios: int = 0
    followed: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    life_cycles: int = 0
    failures: list[str] = field(default_factory=list)
    restarts: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)  # of the scenario running now
    hops: dict[Any, set[str]] = field(default_factory=lambda: collections.defaultdict(set))  # incident -> hops

    def fail(self, error: BaseException | str) -> None:
        self.failures.append("\n".join(["scenario:", *self.steps, f"failed: {error}"]))


def follow_links(fuzzer: Fuzzer, operations: list[str] | None, steps: int = STATEFUL_STEPS) -> StatefulRun:
    """Runs STATEFUL_SCENARIOS scenarios along the spec's links (valid data only; every answer checked)."""
    schema: BaseSchema = schemathesis.openapi.from_path(spec_of(fuzzer.api))
    if operations is not None:
        schema = schema.include(operation_id=operations)
    schema.config.phases.stateful.inference.algorithms = []  # the spec's own links, no guessed ones
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])  # invalid data would end every chain
    run = StatefulRun()
    sent_with: dict[int, dict[str, str]] = {}  # id(case) -> the headers it went with
    linked: set[int] = set()  # id(case) of the steps a link made

    class Scenario(schema.as_state_machine()):  # type: ignore[misc]  # a base class made at run time
        def setup(self) -> None:
            run.steps = []
            run.hops = collections.defaultdict(set)

        def teardown(self) -> None:
            run.scenarios += 1
            run.life_cycles += sum(1 for hops in run.hops.values() if set(LIFE_CYCLE) <= hops)

        def step(self, input: StepInput) -> StepOutput:
            if input.transition is not None and input.is_applied:  # else schemathesis drew the ids
                linked.add(id(input.case))
            try:
                output: StepOutput = super().step(input)
                if output.response.status_code < 300 and (input.transition is None or input.is_applied):
                    self._record(input, output.response)
            except FailureGroup:
                raise  # recorded by validate_response
            except BaseException as exc:  # a timeout, a broken connection: recorded before Hypothesis sees it
                run.fail(repr(exc))
                raise
            return output

        def _record(self, input: StepInput, response: Any) -> None:
            """Counts the link followed and the life cycle hop made."""
            link = TRANSITION_ID.fullmatch(input.transition.id) if input.transition is not None else None
            if input.transition is not None:
                assert link is not None, input.transition.id
                run.followed[(link["source"], link["name"])] += 1
            case = input.case
            hop = life_cycle_hop(case, link["name"] if link is not None else None)
            if hop is None:
                return
            incident = response.json()["pk"] if hop == "create" else case.path_parameters["incident_pk"]
            run.hops[str(incident)].add(hop)

        def call(self, case: OpenApiCase, **kwargs: Any) -> Any:
            kind = stateful_kind(operation_id(case))
            response, headers = fuzzer.send(case, kind, linked=id(case) in linked)
            linked.discard(id(case))
            sent_with[id(case)] = headers
            run.steps.append(
                f"  {case.method.upper()} {case.formatted_path} {case.body!r:.300} -> {response.status_code}"
            )
            return response

        def validate_response(self, response: Any, case: OpenApiCase, *args: Any, **kwargs: Any) -> None:
            try:
                fuzzer.validate(case, response, sent_with.pop(id(case)))
            except FailureGroup as exc:
                run.fail(exc.message)
                raise

    settings = hypothesis.settings(
        stateful_step_count=steps,
        deadline=None,
        database=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    attempt = 0
    while run.scenarios < STATEFUL_SCENARIOS and not run.failures:
        if len(run.restarts) > STATEFUL_RESTARTS:
            pytest.fail(f"{len(run.restarts)} restarts, more than {STATEFUL_RESTARTS}: " + "\n".join(run.restarts))
        machine = Scenario if SEED == "random" else hypothesis.seed(int(SEED) + attempt)(Scenario)
        attempt += 1
        try:
            machine.run(settings=hypothesis.settings(settings, max_examples=STATEFUL_SCENARIOS - run.scenarios))
        except hypothesis.errors.Flaky as exc:
            if run.failures:
                break  # a failure Hypothesis could not replay: it is in run.failures, reported below
            run.restarts.append(f"after {run.scenarios} scenarios: {str(exc).splitlines()[0]}")
        except BaseException:
            if run.failures:
                break
            raise
    assert run.failures == [], "\n\n".join(run.failures)
    assert run.scenarios >= STATEFUL_SCENARIOS, f"only {run.scenarios} scenarios ran; restarts: {run.restarts}"
    return run


def check_stateful_incident_life_cycle(fuzzer: Fuzzer) -> None:
    run = follow_links(fuzzer, LIFE_CYCLE_OPERATIONS, steps=3 * STATEFUL_STEPS)
    # Random scenarios follow every link of the life cycle, each on an incident a scenario made. Whether one
    # random scenario happens to make all six hops on one incident is chance (0 to 2 in 40 scenarios, seen):
    # test_incident_life_cycle_along_the_links below walks a whole one in a single scenario, every time.
    followed = {name for (_source, name) in run.followed}
    assert followed >= LIFE_CYCLE_LINKS, (
        f"never followed: {LIFE_CYCLE_LINKS - followed}; followed: {dict(run.followed)}"
    )


# The spec's links that make the life cycle, in order: from the created incident, then from its ack.
LIFE_CYCLE_LINKS = {"GetIncident", "AddIncidentTag", "CreateIncidentEvent", "CreateIncidentAck", "ResolveIncident"}
# What a link leaves for the caller to fill in: the rest of a valid body (the link gives the ids and times).
LINK_BODIES: dict[str, dict[str, Any]] = {
    "AddIncidentTag": {"tag": "lifecycle=walked"},
    "CreateIncidentEvent": {"type": "OTH", "description": "walking the links"},
    "CreateIncidentAck": {"description": "on it", "timestamp": "2024-05-01T12:05:00+00:00"},
    "ResolveIncident": {"description": "done"},
}
# v1 takes an acknowledgement's event nested: {"event": {...}, "expiration"}.
LINK_BODIES_OF = {
    "v2": LINK_BODIES,
    "v1": {**LINK_BODIES, "CreateIncidentAck": {"event": LINK_BODIES["CreateIncidentAck"]}},
}


def walk_incident_life_cycle_along_the_links(fuzzer: Fuzzer) -> None:
    """One scenario, every hop of the life cycle on one incident, each request built from the spec's own link
    (its operation, its parameters and body values read from the previous answer) and every answer checked
    like the fuzzed ones: create -> read -> tag -> event -> ack -> resolve (END)."""
    schema = schemathesis.openapi.from_path(spec_of(fuzzer.api))
    raw = spec_document(fuzzer.api)
    created_case = schema.find_operation_by_id("create_incident").Case(
        body={"start_time": "2024-05-01T12:00:00+00:00", "tags": [], "description": "a life cycle"}
    )
    created = _checked(fuzzer, created_case, SOURCE, linked=False)
    hops = {"create"}
    answers = {"create_incident": created.json()}
    for name, source in (
        ("GetIncident", "create_incident"),
        ("AddIncidentTag", "create_incident"),
        ("CreateIncidentEvent", "create_incident"),
        ("CreateIncidentAck", "create_incident"),
        ("ResolveIncident", "create_incident_ack"),
    ):
        link = _link(raw, source, name)
        parameters = {key: _evaluate(value, answers[source]) for key, value in link.get("parameters", {}).items()}
        body = {
            **LINK_BODIES_OF[fuzzer.api].get(name, {}),
            **{k: _evaluate(v, answers[source]) for k, v in link.get("requestBody", {}).items()},
        }
        target = link["operationId"]
        case = schema.find_operation_by_id(target).Case(path_parameters=parameters, body=body or NOT_SET)
        response = _checked(fuzzer, case, stateful_kind(target), linked=True)
        assert parameters["incident_pk"] == created.json()["pk"], "every link leads back to the one incident"
        answers[target] = response.json()
        hops.add(life_cycle_hop(case, name) or "?")
    assert hops == set(LIFE_CYCLE)
    assert answers["create_incident_event"]["type"]["value"] == "END"  # the last hop closed it


def _link(spec: dict[str, Any], operation_id_: str, name: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id_:
                for response in operation["responses"].values():
                    if name in response.get("links", {}):
                        return dict(response["links"][name])
    raise AssertionError(f"the spec has no link {name} from {operation_id_}")


def _evaluate(expression: Any, body: dict[str, Any]) -> Any:
    """A link's value: "$response.body#/a/b" read from the answer, anything else as written."""
    if not (isinstance(expression, str) and expression.startswith("$response.body#/")):
        return expression
    value: Any = body
    for part in expression.removeprefix("$response.body#/").split("/"):
        value = value[part]
    return value


def _checked(fuzzer: Fuzzer, case: OpenApiCase, kind: str, *, linked: bool) -> Any:
    response, headers = fuzzer.send(case, kind, linked=linked)
    fuzzer.validate(case, response, headers)
    assert response.status_code < 300, f"{case.method} {case.formatted_path}: {response.status_code} {response.text}"
    return response


def check_stateful_all_links(fuzzer: Fuzzer, at_least: int) -> None:
    run = follow_links(fuzzer, None)
    # Random valid data seldom makes sources, destinations or notification profiles the server
    # accepts (they need existing types, valid addresses, timeslots): fewer links are reachable.
    assert len(run.followed) >= at_least, f"only these links were followed to a 2xx: {dict(run.followed)}"


# ------------------------------------------------------------------------------- one version's tests
# The links random scenarios must follow to a 2xx, at least (random valid data seldom makes sources,
# destinations or notification profiles the server accepts).
ALL_LINKS_AT_LEAST = 10


# A version's property tests come in parts, one test module each, so that the test processes of `make test`
# (pytest-xdist, a module per process at a time) share them out: a kind of caller's fuzz tests (both modes),
# or the links (the stateful tests and the life-cycle walk). Each module makes its own `fuzzer`.
LINKS = "links"
PARTS = (*KINDS, LINKS)


def property_tests(api: str, part: str) -> dict[str, Any]:
    """A test module's content for `api`'s `part` (one of PARTS): its `fuzzer` fixture and its tests.
    tests/v1 and tests/v2 each have a test_schemathesis_<part>.py that takes its own with `globals().update(...)`."""
    if part not in PARTS:
        raise ValueError(f"part {part!r} is none of {PARTS}")
    if part == LINKS:

        def test_stateful_incident_life_cycle(fuzzer: Fuzzer) -> None:
            check_stateful_incident_life_cycle(fuzzer)

        def test_incident_life_cycle_along_the_links(fuzzer: Fuzzer) -> None:
            walk_incident_life_cycle_along_the_links(fuzzer)

        def test_stateful_all_links(fuzzer: Fuzzer) -> None:
            check_stateful_all_links(fuzzer, at_least=ALL_LINKS_AT_LEAST)

        tests: dict[str, Any] = {
            "test_stateful_incident_life_cycle": test_stateful_incident_life_cycle,
            "test_incident_life_cycle_along_the_links": test_incident_life_cycle_along_the_links,
            "test_stateful_all_links": test_stateful_all_links,
        }
    else:
        tests = {f"test_{part}_{mode.value}": fuzz_test(api, part, mode) for mode in MODES}
    return {"fuzzer": fuzzer_fixture(api), "examples_sent": examples_sent, **tests}

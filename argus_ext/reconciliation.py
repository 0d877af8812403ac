"""A glue service's whole job in one call: make my open incidents in Argus match my source's current problems.

    desired = {"zbx-4711": Problem("db1: disk 97% full", level=2, tags={"host": "db1", "problem": "disk"})}
    report = reconcile(client, desired)             # report = await areconcile(client, desired, concurrency=8)
    print(report.created, report.resolved, report.failed)

One read of my open incidents (pages of 1,000), then only the writes that are needed: a POST for each missing
problem, an END event for each open incident no longer reported, and (with `update=True`) for a changed one a
PATCH of only the fields that changed and one tag operation per tag added or removed.

What reconcile owns, and what it leaves to people: it owns the description, level, details_url and metadata
(when given) of its incidents, and the tags its source system added. Tags are added and removed one by one,
never as a whole set, and only among the source's own: a tag a person added stays, even when the problem drops
a tag with that text. Acknowledgements, ticket URLs and people's events are never touched. The problems are
compared in the form the server stores them (stored_form.py), so the same input twice writes nothing the second
time.

The policies, each with a test (tests/test_reconcile_policies.py):
- An incident closed by a person (CLO) while its problem is still reported is re-opened (RES) by the next run
  and reported in `reopened`: the source says the problem is there. To quiet a problem, acknowledge it: an
  acknowledgement is kept, and the incident is still updated, and still closed (END) when the problem goes.
- A problem whose id a closed incident holds (the server keeps ids taken for good) re-opens that incident with
  `on_closed_id="reopen"` (the default); `on_closed_id="fail"` leaves it closed and reports its
  `DuplicateSourceIncidentError` in `failed`.
- A stateless incident holding a problem's id has no state to open or close: it gets no event, only the
  changed fields (with `update=True`), and is reported in `updated` or `unchanged`.
- `update=False` changes no existing incident, on any path: no PATCH, no tag operation (a closed incident is
  still re-opened with "reopen").

With an API v1 client the same rules hold, except that v1 lets no source system re-open an incident: there a
recurring closed id is reported in `failed` with the server's refusal (or the duplicate, with "fail").

Failures of one problem are reported, not raised, and the run goes on. A connection failure stops the run
(no point sending hundreds of requests to a server that is gone): what was not attempted is in `not_attempted`.
Nothing is written twice, so the next run completes the work, whatever the point where this one stopped. Only
a failure of the first read raises (its error as is), since nothing has been written then. An error that is not
an `ArgusError` (a bug) stops the run at once, `areconcile`'s writes in flight cancelled, and is raised as a
`ReconcileStopped` whose `report` says what was written before (its `not_attempted` holds the rest).
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

import argus_api_v1
from argus_api_v1.types import Unset as V1Unset
from argus_api_v2.types import Unset

from .end_time import INFINITY, STATELESS, end_time_from_api, require_aware
from .errors import ArgusConnectionError, ArgusError, BadRequestError, NotFoundError
from .pagination import V2Client, apaginate_my_incidents, paginate_my_incidents
from .stored_form import details_url_matches, storage_problems, stored_metadata, stored_tags, stored_text
from .tags import Tags  # at run time: typing.get_type_hints(Problem) resolves its fields
from .taken_ids import duplicate_error, may_be_taken
from .versions import ApiVersion, version_of_client
from .workflows import event_body

if TYPE_CHECKING:
    from argus_api_v1.models import Incident as V1Incident
    from argus_api_v2.models import Incident

    AnyIncident = Incident | V1Incident

# Defined at run time here, not only for type checkers as in pagination.py: typing.get_type_hints(reconcile) needs
# it, and this module loads argus_api_v1 anyway (its Unset).
V1Client = argus_api_v1.Client | argus_api_v1.AuthenticatedClient
ClosedIdPolicy = Literal["reopen", "fail"]
Outcome = Literal["created", "resolved", "updated", "reopened", "unchanged"]
RESOLVED_DESCRIPTION = "No longer reported by the source system"
REOPENED_DESCRIPTION = "Reported again by the source system"
READ_PAGE_SIZE = 1000  # the largest page the server serves: the fewest requests for the read
# The generated operations a run calls, looked up in the client's own version (versions.py).
_CREATE, _UPDATE, _MINE = "incidents.create_incident", "incidents.update_incident", "incidents.list_my_incidents"
_EVENT = "incident_events.create_incident_event"
_ADD_TAG, _REMOVE_TAG = "incident_tags.add_incident_tag", "incident_tags.remove_incident_tag"


@dataclass(frozen=True)
class Problem:
    """One current problem of the source system, as its incident in Argus should read."""

    description: str
    level: int = 5
    tags: Tags = field(default_factory=dict)
    start_time: datetime | None = None  # when the problem began; default: when it is first posted
    details_url: str = ""
    metadata: Any = None  # None: not managed (never sent, never compared)


@dataclass
class ReconcileReport:
    """What a run did, by source_incident_id."""

    created: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, ArgusError] = field(default_factory=dict)
    not_attempted: list[str] = field(default_factory=list)  # left for the next run after a run stopped

    @property
    def complete(self) -> bool:
        """True when Argus now matches the desired problems."""
        return not self.failed and not self.not_attempted


class ReconcileStopped(Exception):
    """An error that is not an `ArgusError` (a bug) stopped the run; it is `__cause__`. `report` says what was
    written before it stopped; the ids it did not finish are in `report.not_attempted`."""

    def __init__(self, report: ReconcileReport) -> None:
        super().__init__(
            f"reconcile stopped by an unexpected error after {_done(report)} writes; "
            f"{len(report.not_attempted)} ids left for the next run (see .report and __cause__)"
        )
        self.report = report


@dataclass(frozen=True)
class _Changes:
    """How one of my incidents differs from its problem: a PATCH of the changed fields, and the source's tags to
    add and to remove one by one."""

    patch: Any  # the version's IncidentPatch, or None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Step:
    """One piece of work: create a problem, resolve a stale incident, or update a changed one."""

    kind: Literal["create", "resolve", "update"]
    source_incident_id: str
    incident: AnyIncident | None = None
    problem: Problem | None = None
    changes: _Changes | None = None


@dataclass(frozen=True)
class _Options:
    update: bool
    on_closed_id: ClosedIdPolicy
    resolve_description: str


# A generated operation's module and the keyword arguments of its sync() or asyncio() call. A step is a
# generator of such calls: it is sent each call's result, or thrown its ArgusError, and returns the outcome. The
# sync and async drivers only make the calls, so both follow the same decisions by construction.
_Call = tuple[ModuleType, dict[str, Any]]
_StepCalls = Generator[_Call, Any, Outcome]


# -- decisions (shared by reconcile and areconcile) -------------------------------------------------------------


def check_desired(desired: Mapping[str, Problem]) -> None:
    """Refuse bad input before anything is sent, naming the problem and the field."""
    for source_incident_id, problem in desired.items():
        if not isinstance(source_incident_id, str) or not source_incident_id:
            raise ValueError(f"desired: a source_incident_id must be a non-empty string; got {source_incident_id!r}")
        where = f"desired[{source_incident_id!r}]"
        if not isinstance(problem, Problem):
            raise TypeError(f"{where}: expected a Problem; got {problem!r}")
        if isinstance(problem.level, bool) or problem.level not in range(1, 6):
            raise ValueError(f"{where}.level: expected 1 (most severe) to 5; got {problem.level!r}")
        if problem.start_time is not None:
            require_aware(problem.start_time, field=f"{where}.start_time")
        try:
            problems = storage_problems(source_incident_id, problem.tags)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{where}.{error}") from None
        if problems:
            raise ValueError(f"{where}.{problems[0]}")
        try:
            stored_metadata(problem.metadata)
        except (TypeError, ValueError) as error:
            raise TypeError(f"{where}.metadata: not JSON ({error})") from None


def plan(
    version: ApiVersion, desired: Mapping[str, Problem], open_incidents: Iterable[AnyIncident], *, update: bool
) -> tuple[list[_Step], list[str]]:
    """The steps that make my `open_incidents` match `desired`, and the ids that need none."""
    steps: list[_Step] = []
    unchanged: list[str] = []
    seen: set[str] = set()
    for incident in open_incidents:
        sid = incident.source_incident_id
        if not sid:
            continue
        seen.add(sid)
        if sid not in desired:
            steps.append(_Step("resolve", sid, incident=incident))
            continue
        todo = changes(version, incident, desired[sid]) if update else None
        if todo is None:
            unchanged.append(sid)
        else:
            steps.append(_Step("update", sid, incident=incident, changes=todo))
    steps.extend(_Step("create", sid, problem=problem) for sid, problem in desired.items() if sid not in seen)
    return steps, unchanged


def changes(version: ApiVersion, incident: AnyIncident, problem: Problem) -> _Changes | None:
    """How `incident` differs from `problem`, compared in the form the server stores (None: it does not)."""
    patch = version.models().IncidentPatch()
    description = stored_text(problem.description)
    if incident.description != description:
        patch.description = description
    if incident.level != problem.level:
        patch.level = problem.level
    if not details_url_matches(incident.details_url, problem.details_url, incident.source.base_url):
        patch.details_url = stored_text(problem.details_url)
    # API v1 leaves metadata out of its incident answers (the model holds UNSET): nothing to compare there.
    if problem.metadata is not None and _has_metadata(incident):
        metadata = stored_metadata(problem.metadata)
        if incident.metadata != metadata:
            patch.metadata = metadata
    wanted = stored_tags(problem.tags)
    present = {tag.tag for tag in incident.tags}
    mine = {tag.tag for tag in incident.tags if tag.added_by == incident.source.user}  # people's tags stay
    todo = _Changes(patch if patch.to_dict() else None, tuple(sorted(wanted - present)), tuple(sorted(mine - wanted)))
    return todo if todo.patch is not None or todo.add_tags or todo.remove_tags else None


def creation_body(version: ApiVersion, source_incident_id: str, problem: Problem) -> Any:
    """`version`'s IncidentCreate for a problem, in its stored form (fields left unset are left out)."""
    tag_value = version.models().TagValue
    optional = {
        "details_url": stored_text(problem.details_url) or None,
        "metadata": None if problem.metadata is None else stored_metadata(problem.metadata),
    }
    return version.models().IncidentCreate(
        start_time=problem.start_time or datetime.now(UTC),
        tags=[tag_value(text) for text in sorted(stored_tags(problem.tags))],
        source_incident_id=source_incident_id,
        description=stored_text(problem.description),
        level=problem.level,
        **{name: value for name, value in optional.items() if value is not None},
    )


def _has_metadata(incident: AnyIncident) -> bool:
    return not isinstance(incident.metadata, Unset | V1Unset)  # each generated package has its own Unset


def _step_calls(client: Any, version: ApiVersion, step: _Step, options: _Options) -> _StepCalls:
    """The calls of one step, deciding as their results come in; returns the outcome."""
    if step.kind == "update":
        assert step.incident is not None and step.changes is not None  # noqa: S101 - for mypy: an update has both
        yield from _change_calls(client, version, step.incident.pk, step.changes)
        return "updated"
    if step.kind == "resolve":
        assert step.incident is not None  # noqa: S101 - for mypy: a resolve has one
        yield _event_call(client, version, step.incident.pk, "END", options.resolve_description)
        return "resolved"
    assert step.problem is not None  # noqa: S101 - for mypy: a create has one
    body = creation_body(version, step.source_incident_id, step.problem)
    try:
        yield version.endpoint(_CREATE), {"client": client, "body": body}
        return "created"
    except BadRequestError as error:
        refused = error
    holder = None
    if may_be_taken(refused):  # decided by looking the id up, never by reading the message's language
        page = yield version.endpoint(_MINE), {"client": client, "source_incident_id": step.source_incident_id}
        holder = page.results[0] if page.results else None  # the server keeps at most one per source
    if holder is None:  # not taken: the 400 is about the problem itself
        raise refused
    duplicate = duplicate_error(refused, step.source_incident_id, holder)
    return (yield from _recovery_calls(client, version, step, holder, duplicate, options))


def _recovery_calls(
    client: Any, version: ApiVersion, step: _Step, holder: AnyIncident, duplicate: BadRequestError, options: _Options
) -> _StepCalls:
    """The policy for a create refused because my incident `holder` has the id (see the module doc)."""
    assert step.problem is not None  # noqa: S101 - for mypy: a create has one
    end_time = end_time_from_api(holder.end_time)
    closed = end_time is not INFINITY and end_time is not STATELESS
    if closed and options.on_closed_id == "fail":
        raise duplicate
    if closed:
        yield _event_call(client, version, holder.pk, version.reopen_type, REOPENED_DESCRIPTION)
    todo = changes(version, holder, step.problem) if options.update else None
    if todo is not None:
        yield from _change_calls(client, version, holder.pk, todo)
    return "reopened" if closed else "updated" if todo is not None else "unchanged"


def _change_calls(client: Any, version: ApiVersion, pk: int, todo: _Changes) -> Generator[_Call, Any, None]:
    # The fields first: a level change must not wait on the tags.
    if todo.patch is not None:
        yield version.endpoint(_UPDATE), {"incident_pk": pk, "client": client, "body": todo.patch}
    tag_value = version.models().TagValue
    for tag in todo.add_tags:
        yield version.endpoint(_ADD_TAG), {"incident_pk": pk, "client": client, "body": tag_value(tag)}
    for tag in todo.remove_tags:
        with suppress(NotFoundError):  # someone removed it since the read: it is gone, as wanted
            yield version.endpoint(_REMOVE_TAG), {"incident_pk": pk, "tag": tag, "client": client}


def _event_call(client: Any, version: ApiVersion, pk: int, type_: str, description: str) -> _Call:
    body = event_body(version, type_, description, None)
    return version.endpoint(_EVENT), {"incident_pk": pk, "client": client, "body": body}


class _Driven:
    """A step's calls, for a driver to make: iterate them, and give each one's result (`answer`) or error
    (`refuse`) before taking the next; `outcome` once they are done. The step raises what it does not handle."""

    def __init__(self, calls: _StepCalls) -> None:
        self._calls = calls
        self._result: Any = None
        self._failure: ArgusError | None = None
        self.outcome: Outcome = "unchanged"

    def __iter__(self) -> Iterator[_Call]:
        return self

    def __next__(self) -> _Call:
        failure, self._failure = self._failure, None
        try:
            return self._calls.throw(failure) if failure is not None else self._calls.send(self._result)
        except StopIteration as done:
            self.outcome = done.value
            raise

    def answer(self, result: Any) -> None:
        self._result = result

    def refuse(self, error: ArgusError) -> None:
        self._result, self._failure = None, error


def _record(report: ReconcileReport, sid: str, outcome: Outcome) -> None:
    getattr(report, outcome).append(sid)


def _failed(report: ReconcileReport, step: _Step, error: ArgusError) -> bool:
    """Record a failed step; True when the run must stop because the connection is gone."""
    report.failed[step.source_incident_id] = error
    return isinstance(error, ArgusConnectionError)


def _done(report: ReconcileReport) -> int:
    return len(report.created) + len(report.resolved) + len(report.updated) + len(report.reopened)


# -- sync driver ------------------------------------------------------------------------------------------------


def reconcile(
    client: V2Client | V1Client,
    desired: Mapping[str, Problem],
    *,
    update: bool = True,
    on_closed_id: ClosedIdPolicy = "reopen",
    resolve_description: str = RESOLVED_DESCRIPTION,
) -> ReconcileReport:
    """Make my open incidents match `desired` (keyed by source_incident_id); see the module doc for the rules."""
    check_desired(desired)
    options = _Options(update, on_closed_id, resolve_description)
    version = version_of_client(client)
    open_incidents: list[AnyIncident] = list(paginate_my_incidents(client, open_=True, page_size=READ_PAGE_SIZE))
    steps, unchanged = plan(version, desired, open_incidents, update=update)
    report = ReconcileReport(unchanged=unchanged)
    for index, step in enumerate(steps):
        try:
            _record(report, step.source_incident_id, _run_step(client, version, step, options))
        except ArgusError as error:
            if _failed(report, step, error):
                report.not_attempted.extend(s.source_incident_id for s in steps[index + 1 :])
                break
        except Exception as error:
            report.not_attempted.extend(s.source_incident_id for s in steps[index:])
            raise ReconcileStopped(report) from error
    return report


def _run_step(client: Any, version: ApiVersion, step: _Step, options: _Options) -> Outcome:
    step_calls = _Driven(_step_calls(client, version, step, options))
    for operation, kwargs in step_calls:
        try:
            step_calls.answer(operation.sync(**kwargs))
        except ArgusError as error:
            step_calls.refuse(error)
    return step_calls.outcome


# -- async driver -----------------------------------------------------------------------------------------------


async def areconcile(
    client: V2Client | V1Client,
    desired: Mapping[str, Problem],
    *,
    concurrency: int = 8,
    update: bool = True,
    on_closed_id: ClosedIdPolicy = "reopen",
    resolve_description: str = RESOLVED_DESCRIPTION,
) -> ReconcileReport:
    """Async `reconcile`, with at most `concurrency` steps in flight at once (a TaskGroup of that many workers:
    an unexpected error cancels the others, see ReconcileStopped)."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency: expected a whole number >= 1; got {concurrency!r}")
    check_desired(desired)
    options = _Options(update, on_closed_id, resolve_description)
    version = version_of_client(client)
    open_incidents: list[AnyIncident] = [
        i async for i in apaginate_my_incidents(client, open_=True, page_size=READ_PAGE_SIZE)
    ]
    steps, unchanged = plan(version, desired, open_incidents, update=update)
    report = ReconcileReport(unchanged=unchanged)
    import asyncio  # here, in the running loop, where it is loaded already: `import argus_ext` stays light

    todo = iter(steps)
    in_flight: set[str] = set()
    stopped = False

    async def worker() -> None:
        nonlocal stopped
        for step in todo:  # one shared iterator: each step goes to exactly one worker
            if stopped:
                report.not_attempted.append(step.source_incident_id)
                continue
            in_flight.add(step.source_incident_id)
            try:
                _record(report, step.source_incident_id, await _arun_step(client, version, step, options))
            except ArgusError as error:
                stopped = _failed(report, step, error) or stopped
            in_flight.discard(step.source_incident_id)

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(concurrency, len(steps))):
                group.create_task(worker())
    except BaseExceptionGroup as errors:
        unexpected = next((e for e in errors.exceptions if isinstance(e, Exception)), None)
        if unexpected is None:  # KeyboardInterrupt, SystemExit: not ours to wrap
            raise
        report.not_attempted.extend(sorted(in_flight))
        report.not_attempted.extend(step.source_incident_id for step in todo)
        raise ReconcileStopped(report) from unexpected
    return report


async def _arun_step(client: Any, version: ApiVersion, step: _Step, options: _Options) -> Outcome:
    step_calls = _Driven(_step_calls(client, version, step, options))
    for operation, kwargs in step_calls:
        try:
            step_calls.answer(await operation.asyncio(**kwargs))
        except ArgusError as error:
            step_calls.refuse(error)
    return step_calls.outcome

"""A glue service's whole job in one call: make my open incidents in Argus match my source's current problems.

    desired = {"zbx-4711": Problem("db1: disk 97% full", level=2, tags={"host": "db1", "problem": "disk"})}
    report = reconcile(client, desired)             # report = await areconcile(client, desired, concurrency=8)
    print(report.created, report.resolved, report.failed)

One read of my open incidents (paginated), then only the writes that are needed: a POST for each missing
problem, an END event for each open incident no longer reported, and (with `update=True`) a PATCH carrying only
the fields that changed. With the same input, a second run writes nothing. Incidents without a
`source_incident_id` are not the glue service's to manage and are left alone.

A recurring problem whose `source_incident_id` was used by an incident that is now closed cannot be posted again
(the server keeps the id unique per source system for good). `on_closed_id="reopen"` (the default) re-opens
that incident with a RES event and updates what changed; `on_closed_id="fail"` reports it in `failed` with its
`DuplicateSourceIncidentError`.

With an API v1 client the same rules hold, except that v1 lets no source system re-open an incident: there a
recurring closed id is reported in `failed` with the server's refusal (or the duplicate, with "fail").

Failures of one problem are reported, not raised, and the run goes on. A connection failure stops the run
(no point sending hundreds of requests to a server that is gone): what was not attempted is in `not_attempted`.
Nothing is written twice, so the next run completes the work, whatever the point where this one stopped. Only
a failure of the first read raises (its error as is), since nothing has been written then.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from argus_api_v1.types import Unset as V1Unset
from argus_api_v2.types import Unset

from .end_time import INFINITY, end_time_from_api, require_aware
from .errors import ArgusConnectionError, ArgusError, DuplicateSourceIncidentError
from .pagination import apaginate_my_incidents, paginate_my_incidents
from .tags import Tags, tag_set, tag_strings
from .versions import ApiVersion, version_of_client
from .workflows import V2Client, afind_my_incident, areopen, aresolve, find_my_incident, reopen, resolve

if TYPE_CHECKING:
    from argus_api_v1.models import Incident as V1Incident
    from argus_api_v2.models import Incident

    from .workflows import V1Client

    AnyIncident = Incident | V1Incident

ClosedIdPolicy = Literal["reopen", "fail"]
RESOLVED_DESCRIPTION = "No longer reported by the source system"
REOPENED_DESCRIPTION = "Reported again by the source system"
READ_PAGE_SIZE = 1000
# The generated operations the drivers call, looked up in the client's own version (versions.py).
_CREATE, _UPDATE = "incidents.create_incident", "incidents.update_incident"


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
    not_attempted: list[str] = field(default_factory=list)  # left for the next run after a connection failure

    @property
    def complete(self) -> bool:
        """True when Argus now matches the desired problems."""
        return not self.failed and not self.not_attempted


@dataclass(frozen=True)
class _Step:
    """One write the run needs: create a problem, resolve a stale incident, or patch a changed one."""

    kind: Literal["create", "resolve", "update"]
    source_incident_id: str
    incident: AnyIncident | None = None
    problem: Problem | None = None
    patch: Any = None  # the version's IncidentPatch


@dataclass(frozen=True)
class _Recovery:
    """What to do with my incident holding the id a create was refused for, and how to report it."""

    reopen: bool
    patch: Any  # the version's IncidentPatch, or None
    outcome: str


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
            tag_set(problem.tags)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{where}.{error}") from None


def plan(
    version: ApiVersion, desired: Mapping[str, Problem], open_incidents: Iterable[AnyIncident], *, update: bool
) -> tuple[list[_Step], list[str]]:
    """The writes that make my `open_incidents` match `desired`, and the ids that need none."""
    steps: list[_Step] = []
    unchanged: list[str] = []
    seen: set[str] = set()
    for incident in open_incidents:
        sid = incident.source_incident_id
        if not sid:
            continue
        seen.add(sid)
        patch = changes(version, incident, desired[sid]) if update and sid in desired else None
        if sid not in desired:
            steps.append(_Step("resolve", sid, incident=incident))
        elif patch is not None:
            steps.append(_Step("update", sid, incident=incident, patch=patch))
        else:
            unchanged.append(sid)
    steps.extend(_Step("create", sid, problem=problem) for sid, problem in desired.items() if sid not in seen)
    return steps, unchanged


def changes(version: ApiVersion, incident: AnyIncident, problem: Problem) -> Any:
    """A PATCH body (`version`'s IncidentPatch) with only the fields of `incident` that differ from `problem`
    (None: nothing differs)."""
    patch = version.models().IncidentPatch()
    if incident.description != problem.description:
        patch.description = problem.description
    if incident.level != problem.level:
        patch.level = problem.level
    if {tag.tag for tag in incident.tags} != tag_set(problem.tags):
        patch.tags = _tag_values(version, problem.tags)
    if incident.details_url != problem.details_url:
        patch.details_url = problem.details_url
    # API v1 leaves metadata out of its incident answers (the model holds UNSET): nothing to compare there.
    if problem.metadata is not None and _has_metadata(incident) and incident.metadata != problem.metadata:
        patch.metadata = problem.metadata
    return patch if patch.to_dict() else None


def creation_body(version: ApiVersion, source_incident_id: str, problem: Problem) -> Any:
    """`version`'s IncidentCreate for a problem (fields left unset are left out, not sent empty)."""
    optional = {"details_url": problem.details_url or None, "metadata": problem.metadata}
    return version.models().IncidentCreate(
        start_time=problem.start_time or datetime.now(UTC),
        tags=_tag_values(version, problem.tags),
        source_incident_id=source_incident_id,
        description=problem.description,
        level=problem.level,
        **{name: value for name, value in optional.items() if value is not None},
    )


def _tag_values(version: ApiVersion, tags: Tags) -> list[Any]:
    """tags_to_api's request form, as `version`'s TagValue."""
    tag_value = version.models().TagValue
    return [tag_value(text) for text in tag_strings(tags)]


def _has_metadata(incident: AnyIncident) -> bool:
    return not isinstance(incident.metadata, Unset | V1Unset)  # each generated package has its own Unset


def recovery(version: ApiVersion, existing: AnyIncident, problem: Problem, *, update: bool) -> _Recovery:
    """The policy for a create refused because my `existing` incident holds the id: re-open it if it is closed
    (the problem is back), and bring it up to date. An open one was missed by the read (another run made it)."""
    closed = end_time_from_api(existing.end_time) is not INFINITY
    patch = changes(version, existing, problem) if update or closed else None
    outcome = "reopened" if closed else "updated" if patch is not None else "unchanged"
    return _Recovery(reopen=closed, patch=patch, outcome=outcome)


def _failed(report: ReconcileReport, step: _Step, error: ArgusError) -> bool:
    """Record a failed step; True when the run must stop because the connection is gone."""
    report.failed[step.source_incident_id] = error
    return isinstance(error, ArgusConnectionError)


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
    version = version_of_client(client)
    open_incidents: list[AnyIncident] = list(paginate_my_incidents(client, open_=True, page_size=READ_PAGE_SIZE))
    steps, unchanged = plan(version, desired, open_incidents, update=update)
    report = ReconcileReport(unchanged=unchanged)
    for index, step in enumerate(steps):
        try:
            outcome = _run_step(client, version, step, update, on_closed_id, resolve_description)
        except ArgusError as error:
            if _failed(report, step, error):
                report.not_attempted.extend(s.source_incident_id for s in steps[index + 1 :])
                break
        else:
            getattr(report, outcome).append(step.source_incident_id)
    return report


def _run_step(
    client: Any, version: ApiVersion, step: _Step, update: bool, on_closed_id: ClosedIdPolicy, resolve_description: str
) -> str:
    update_incident, create_incident = version.endpoint(_UPDATE), version.endpoint(_CREATE)
    if step.incident is not None and step.patch is not None:
        update_incident.sync(step.incident.pk, client=client, body=step.patch)
        return "updated"
    if step.incident is not None:
        resolve(client, step.incident, description=resolve_description)
        return "resolved"
    assert step.problem is not None
    try:
        create_incident.sync(client=client, body=creation_body(version, step.source_incident_id, step.problem))
        return "created"
    except DuplicateSourceIncidentError:
        if on_closed_id == "fail":
            raise
        existing = find_my_incident(client, step.source_incident_id)
        if existing is None:  # taken, but not by an incident of mine that can be re-opened
            raise
    todo = recovery(version, existing, step.problem, update=update)
    if todo.reopen:
        reopen(client, existing, description=REOPENED_DESCRIPTION)
    if todo.patch is not None:
        update_incident.sync(existing.pk, client=client, body=todo.patch)
    return todo.outcome


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
    """Async `reconcile`, with at most `concurrency` writes in flight at once."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency: expected a whole number >= 1; got {concurrency!r}")
    check_desired(desired)
    version = version_of_client(client)
    open_incidents: list[AnyIncident] = [
        i async for i in apaginate_my_incidents(client, open_=True, page_size=READ_PAGE_SIZE)
    ]
    steps, unchanged = plan(version, desired, open_incidents, update=update)
    report = ReconcileReport(unchanged=unchanged)
    import asyncio  # here, in the running loop, where it is loaded already: `import argus_ext` stays light

    gate = asyncio.Semaphore(concurrency)
    stopped = False

    async def run(step: _Step) -> None:
        nonlocal stopped
        async with gate:
            if stopped:
                report.not_attempted.append(step.source_incident_id)
                return
            try:
                outcome = await _arun_step(client, version, step, update, on_closed_id, resolve_description)
            except ArgusError as error:
                stopped = _failed(report, step, error) or stopped
            else:
                getattr(report, outcome).append(step.source_incident_id)

    await asyncio.gather(*(run(step) for step in steps))
    return report


async def _arun_step(
    client: Any, version: ApiVersion, step: _Step, update: bool, on_closed_id: ClosedIdPolicy, resolve_description: str
) -> str:
    update_incident, create_incident = version.endpoint(_UPDATE), version.endpoint(_CREATE)
    if step.incident is not None and step.patch is not None:
        await update_incident.asyncio(step.incident.pk, client=client, body=step.patch)
        return "updated"
    if step.incident is not None:
        await aresolve(client, step.incident, description=resolve_description)
        return "resolved"
    assert step.problem is not None
    try:
        await create_incident.asyncio(client=client, body=creation_body(version, step.source_incident_id, step.problem))
        return "created"
    except DuplicateSourceIncidentError:
        if on_closed_id == "fail":
            raise
        existing = await afind_my_incident(client, step.source_incident_id)
        if existing is None:
            raise
    todo = recovery(version, existing, step.problem, update=update)
    if todo.reopen:
        await areopen(client, existing, description=REOPENED_DESCRIPTION)
    if todo.patch is not None:
        await update_incident.asyncio(existing.pk, client=client, body=todo.patch)
    return todo.outcome

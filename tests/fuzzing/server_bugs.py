"""SERVER_BUGS: the one list of server bugs that the property tests excuse, on argus-server 2.10.2 (API v2)
and 1.37.0 (API v1): each entry names the APIs, by their reference server, it was seen on.

Each entry names its operations, the generated requests it excuses (a predicate, or `trim` that
cuts a request before it is sent), whether the client can prevent the request, and a reproducer:
a real request that test_server_bugs.py sends to each real server the entry names, asserting the bug is
still there.
When a server release fixes one, its reproducer fails and the entry must go (like LEFT_OUT in
test_completeness.py): the list cannot go stale.

Prevention: "spec" means the spec forbids the request (a generated call cannot send it, and the
positive fuzzing never does; the negative fuzzing still sends it, so the 500 is still excused);
"document" means no schema can rule it out (it depends on the server's state or on values the
spec must allow): the spec's description of each of its operations says so, in words that contain
the entry's `spec_says` (test_server_bugs.py checks every such operation of every spec it names).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from argus_local import Identities

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiCase

SPEC_PREVENTS = "spec"
DOCUMENTED_ONLY = "document"

# The server combines one join per distinct tag key: time and memory grow steeply with the keys. On tables
# without planner statistics (a new server, before autovacuum's first ANALYZE) 7 keys take about 5 s, 2 keys
# 0.02 s, and 12 keys ran one PostgreSQL backend up to 17 GB before we stopped it. With statistics it depends
# on the data: 10 keys took 0.1 s on almost empty tables, 0.8 s with 30 tagged incidents (1.37.0 and 2.10.2).
MAX_TAGS = 4


@dataclass(frozen=True)
class ServerLookup:
    """What some bugs depend on: the server's state, read only after a 500."""

    http: httpx.Client
    headers: dict[str, str]
    admin_headers: dict[str, str]
    by_source: bool  # whether a source system's user sent the request

    def incident_exists(self, pk: Any) -> bool:
        return self.http.get(f"/incidents/{pk}/", headers=self.admin_headers).status_code == 200

    def metadata_of(self, pk: Any) -> Any:
        read = self.http.get(f"/incidents/{pk}/", headers=self.admin_headers)
        return read.json().get("metadata") if read.status_code == 200 else None

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

    def readable(self, path: str) -> bool:
        """Whether the caller may read this object (it exists and is theirs)."""
        return self.http.get(path, headers=self.headers).status_code == 200

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
class Reproduction:
    """What a reproducer gets: the session's server, fresh identities, a few ready-made objects."""

    http: httpx.Client
    ids: Identities

    def incident(self) -> int:
        """A new incident of this reproduction's source system."""
        body = {"start_time": "2024-01-01T00:00:00Z", "tags": [{"tag": "host=repro"}]}
        made = self.http.post("/incidents/", json=body, headers=self.ids.source.headers)
        assert made.status_code == 201, made.text
        return int(made.json()["pk"])

    def notification_profile(self) -> dict[str, Any]:
        """A new notification profile of the end user's, on a timeslot and a filter of its own (the body both
        API versions take)."""
        user = self.ids.user.headers
        slot = self.created("/notificationprofiles/timeslots/", {"name": "p", "time_recurrences": []}, user)
        a_filter = self.created("/notificationprofiles/filters/", {"name": "p", "filter": {}}, user)
        return self.created("/notificationprofiles/", {"timeslot": slot["pk"], "filters": [a_filter["pk"]]}, user)

    def created(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        made = self.http.post(path, json=body, headers=headers)
        assert made.status_code == 201, made.text
        result: dict[str, Any] = made.json()
        return result


Reproducer = Callable[[Reproduction], httpx.Response]


@dataclass(frozen=True)
class ServerBug:
    """A server bug and the one kind of request it is excused for.

    `excuse_500`: an HTML 500 to a request it matches passes (the request is still sent, and any
    other answer must pass every check). `trim`: the generated request is cut before it is sent.
    `reproduce` sends the request that shows the bug; `prevention` is SPEC_PREVENTS or DOCUMENTED_ONLY.
    """

    operations: str  # operationIds, separated by spaces
    reason: str
    prevention: str
    reproduce: Reproducer
    excuse_500: Callable[[OpenApiCase, ServerLookup], bool] | None = None
    trim: Callable[[OpenApiCase], None] | None = None
    # The servers it was seen on, by the API they are our reference for: "v2" is 2.10.2, "v1" 1.37.0.
    apis: str = "v2"
    # DOCUMENTED_ONLY: words the description of each of its operations (or of a parameter it takes) contains,
    # in each spec it names, to say so (compared ignoring case and line breaks).
    spec_says: str = ""

    def applies_to(self, api: str, operation: str) -> bool:
        return api in self.apis.split() and operation in self.operations.split()


def _trim_tags(case: OpenApiCase) -> None:
    query, body = case.query or {}, case.body
    if isinstance(query.get("tags"), str):  # list_incidents, list_my_incidents: "k=v,k=v,..."
        query["tags"] = ",".join(query["tags"].split(",")[:MAX_TAGS])
    for content in (body, body.get("filter") if isinstance(body, dict) else None):  # a filter, or one under "filter"
        if isinstance(content, dict) and isinstance(tags := content.get("tags"), list):
            content["tags"] = tags[:MAX_TAGS]


# ------------------------------------------------------------------------------- reproducers
# Each sends the request that shows its bug (paths relative to the API root, /api/v1 or /api/v2, of the server
# it runs on) and returns the answer.
def _many_tag_keys(r: Reproduction) -> httpx.Response:
    # The time the answer took is the symptom (MAX_TAGS above).
    tags = ",".join(f"k{n}=v" for n in range(TAG_KEYS_SHOWN))
    return r.http.get("/incidents/", params={"tags": tags}, headers=r.ids.user.headers, timeout=120.0)


TAG_KEYS_SHOWN = 7


def _event_for_missing_incident(r: Reproduction) -> httpx.Response:
    body = {"type": "OTH", "timestamp": "2024-01-01T00:00:00Z"}
    return r.http.post("/incidents/999999999/events/", json=body, headers=r.ids.source.headers)


def _null_tag(r: Reproduction) -> httpx.Response:
    return r.http.patch(f"/incidents/{r.incident()}/", json={"tags": [{"tag": None}]}, headers=r.ids.user.headers)


def _null_incident_body(r: Reproduction) -> httpx.Response:
    headers = {**r.ids.user.headers, "Content-Type": "application/json"}
    return r.http.patch(f"/incidents/{r.incident()}/", content=b"null", headers=headers)


def _empty_tag_body(r: Reproduction) -> httpx.Response:
    return r.http.post(f"/incidents/{r.incident()}/tags/", json={}, headers=r.ids.source.headers)


def _ticket_url_missing(r: Reproduction) -> httpx.Response:
    return r.http.put(f"/incidents/{r.incident()}/ticket_url/", json={}, headers=r.ids.user.headers)


def _source_without_name(r: Reproduction) -> httpx.Response:
    return r.http.post("/incidents/sources/", json={"type": "argus-local"}, headers=r.ids.admin.headers)


def _source_renamed_to_taken_name(r: Reproduction) -> httpx.Response:
    other = r.created("/incidents/sources/", {"name": f"{r.ids.admin.username}-x", "type": "argus-local"},
                      r.ids.admin.headers)  # fmt: skip
    body = {"name": r.ids.source.source_name}
    return r.http.patch(f"/incidents/sources/{other['pk']}/", json=body, headers=r.ids.admin.headers)


def _filter_name_reused(r: Reproduction) -> httpx.Response:
    body = {"name": "twice", "filter": {}}
    r.created("/notificationprofiles/filters/", body, r.ids.user.headers)
    return r.http.post("/notificationprofiles/filters/", json=body, headers=r.ids.user.headers)


def _pk_not_a_number(r: Reproduction) -> httpx.Response:
    return r.http.delete("/notificationprofiles/filters/abc/", headers=r.ids.user.headers)


def _recurrence_not_an_object(r: Reproduction) -> httpx.Response:
    body = {"name": "t", "time_recurrences": [[]]}
    return r.http.post("/notificationprofiles/timeslots/", json=body, headers=r.ids.user.headers)


def _recurrence_without_times(r: Reproduction) -> httpx.Response:
    slot = r.created("/notificationprofiles/timeslots/", {"name": "r", "time_recurrences": [
        {"days": [1], "start": "08:00:00", "end": "16:00:00"}]}, r.ids.user.headers)  # fmt: skip
    body = {"time_recurrences": [{"days": [4]}]}
    return r.http.patch(f"/notificationprofiles/timeslots/{slot['pk']}/", json=body, headers=r.ids.user.headers)


def _knox_login_not_utf8(r: Reproduction) -> httpx.Response:
    return r.http.post("/auth/token/login/", content=b"\xa8\x0e", headers={"Content-Type": "application/json"})


def _options_on_acks(r: Reproduction) -> httpx.Response:
    return r.http.options(f"/incidents/{r.incident()}/acks/", headers=r.ids.user.headers)


def _nul_in_tag(r: Reproduction) -> httpx.Response:
    body = {"start_time": "2024-01-01T00:00:00Z", "tags": [{"tag": "a=x\x00"}]}
    return r.http.post("/incidents/", json=body, headers=r.ids.source.headers)


def _bulk_ack_twice(r: Reproduction) -> httpx.Response:
    body = {"ids": [r.incident()], "ack": {"timestamp": "2024-01-09T00:00:00Z"}}
    first = r.http.post("/incidents/acks/bulk/", json=body, headers=r.ids.user.headers)
    assert first.status_code == 201, first.text
    return r.http.post("/incidents/acks/bulk/", json=body, headers=r.ids.user.headers)


def _offset_beyond_16_hours(r: Reproduction) -> httpx.Response:
    return r.http.get(
        "/incidents/", params={"start_time__gte": "2024-01-01T00:00:00+16:00"}, headers=r.ids.user.headers
    )


def _duration_beyond_timedelta(r: Reproduction) -> httpx.Response:
    return r.http.get("/incidents/", params={"duration__gte": "1440000000001"}, headers=r.ids.user.headers)


def _page_size_beyond_bigint(r: Reproduction) -> httpx.Response:
    return r.http.get("/incidents/", params={"page_size": str(2**63 - 1)}, headers=r.ids.user.headers)


def _scalar_metadata(r: Reproduction) -> httpx.Response:
    return r.http.patch(f"/incidents/{r.incident()}/", json={"metadata": 1}, headers=r.ids.user.headers)


def _bulk_event_not_an_object(r: Reproduction) -> httpx.Response:
    body = {"ids": [r.incident()], "event": [None, None]}  # a source system gets a 400
    return r.http.post("/incidents/events/bulk/", json=body, headers=r.ids.user.headers)


def _preview_tag_without_equals(r: Reproduction) -> httpx.Response:
    return r.http.post("/notificationprofiles/preview/", json={"tags": ["host"]}, headers=r.ids.user.headers)


def _profile_patch_without_timeslot(r: Reproduction) -> httpx.Response:
    profile = r.notification_profile()
    return r.http.patch(f"/notificationprofiles/{profile['pk']}/", json={"active": False}, headers=r.ids.user.headers)


# v1 (argus-server 1.37.0) only
def _phone_number_missing(r: Reproduction) -> httpx.Response:
    return r.http.post("/auth/phone-number/", json={}, headers=r.ids.user.headers)


def _ack_without_event(r: Reproduction) -> httpx.Response:
    body = {"expiration": "2099-01-01T00:00:00Z"}  # v2's flat form fails alike
    return r.http.post(f"/incidents/{r.incident()}/acks/", json=body, headers=r.ids.user.headers)


def _filter_string_not_an_object(r: Reproduction) -> httpx.Response:
    body = {"name": "not an object", "filter_string": "[]"}
    return r.http.post("/notificationprofiles/filters/", json=body, headers=r.ids.user.headers)


def _missing_filter_deleted(r: Reproduction) -> httpx.Response:
    return r.http.delete("/notificationprofiles/filters/999999999/", headers=r.ids.user.headers)


def _profile_patch_without_media(r: Reproduction) -> httpx.Response:
    profile = r.notification_profile()
    body = {"timeslot": profile["timeslot"]["pk"]}
    return r.http.patch(f"/notificationprofiles/{profile['pk']}/", json=body, headers=r.ids.user.headers)


# The one list of exclusions. A 500 fails not_a_server_error, status_code_conformance and
# content_type_conformance at once: an entry excuses that, for its operations and its kind of
# request only. Found by the property tests on argus-server 2.10.2 (v2) and 1.37.0 (v1).
SERVER_BUGS: list[ServerBug] = [
    ServerBug(
        "list_incidents list_my_incidents preview_filter preview_notification_profile "
        "create_filter replace_filter update_filter",
        f"Not a 500 but a denial of service: a tag filter with many keys runs for minutes and eats memory "
        f"(stored filters run again in list_notification_profile_incidents). Tag lists are cut to {MAX_TAGS}.",
        DOCUMENTED_ONLY,
        _many_tag_keys,
        spec_says="many tag keys",
        trim=_trim_tags,
        apis="v1 v2",
    ),
    ServerBug(
        "create_incident_event",
        "A valid event for an incident that does not exist: Incident.DoesNotExist is not caught.",
        DOCUMENTED_ONLY,
        _event_for_missing_incident,
        spec_says="a valid event for a missing incident",
        excuse_500=lambda case, server: not server.incident_exists(case.path_parameters["incident_pk"]),
        apis="v1 v2",
    ),
    ServerBug(
        "create_incident replace_incident update_incident",
        'A tag that is a boolean or a number, or {"tag": null | boolean | number}: TypeError in the tag parser.',
        SPEC_PREVENTS,
        _null_tag,
        excuse_500=lambda case, server: _bad_tags(case.body),
        apis="v1 v2",
    ),
    ServerBug(
        "replace_incident update_incident",
        "A body that is JSON null, a boolean or a number: TypeError ('NoneType' object is not iterable).",
        SPEC_PREVENTS,
        _null_incident_body,
        excuse_500=lambda case, server: _scalar(case.body),
        apis="v1 v2",
    ),
    ServerBug(
        "add_incident_tag",
        'A body that is not an object with a string "tag" (none, {}, [], 0, {"tag": null}): ValueError, TypeError.',
        SPEC_PREVENTS,
        _empty_tag_body,
        excuse_500=lambda case, server: not (isinstance(case.body, dict) and isinstance(case.body.get("tag"), str)),
        apis="v1 v2",
    ),
    ServerBug(
        "set_incident_ticket_url bulk_set_ticket_url",
        'No "ticket_url" in the body object: KeyError.',
        SPEC_PREVENTS,
        _ticket_url_missing,
        excuse_500=lambda case, server: not (isinstance(case.body, dict) and "ticket_url" in case.body),
        apis="v1 v2",
    ),
    ServerBug(
        "create_source",
        'A body that is not an object, or whose "name" is missing, null, blank or not a string: KeyError.',
        SPEC_PREVENTS,
        _source_without_name,
        excuse_500=lambda case, server: not (isinstance(case.body, dict) and _drf_string(case.body.get("name"))),
        apis="v1 v2",
    ),
    ServerBug(
        "replace_source update_source",
        "Renaming a source to the name of another source of the same type: IntegrityError.",
        DOCUMENTED_ONLY,
        _source_renamed_to_taken_name,
        spec_says="another source of the same type already has",
        excuse_500=lambda case, server: (
            isinstance(case.body, dict) and server.other_source_named(case.body.get("name"), case.path_parameters["pk"])
        ),
        apis="v1 v2",
    ),
    ServerBug(
        "create_filter replace_filter update_filter",
        "A name the user has on another filter already: IntegrityError (filter_unique_name_per_user).",
        DOCUMENTED_ONLY,
        _filter_name_reused,
        spec_says="reused name",
        excuse_500=lambda case, server: (
            isinstance(case.body, dict)
            and "name" in case.body
            and server.other_filter_named(case.body["name"], (case.path_parameters or {}).get("pk"))
        ),
        apis="v1 v2",
    ),
    ServerBug(
        "replace_filter update_filter delete_filter delete_destination check_destination_duplicate "
        "list_notification_profile_incidents get_phone_number replace_phone_number update_phone_number "
        "delete_phone_number",
        'A "pk" that is not a number (one with a "." is not routed: 404): ValueError from int().',
        SPEC_PREVENTS,
        _pk_not_a_number,
        excuse_500=lambda case, server: not re.fullmatch(r"-?[0-9]+", str(case.path_parameters["pk"])),
        apis="v1 v2",
    ),
    ServerBug(
        "create_timeslot replace_timeslot update_timeslot",
        "A time recurrence that is neither an object nor null: AttributeError.",
        SPEC_PREVENTS,
        _recurrence_not_an_object,
        excuse_500=lambda case, server: any(
            item is not None and not isinstance(item, dict) for item in _recurrences(case)
        ),
        apis="v1 v2",
    ),
    ServerBug(
        "update_timeslot",
        'A time recurrence without "start" or "end" that is not all_day: KeyError (POST and PUT answer 400).',
        SPEC_PREVENTS,
        _recurrence_without_times,
        excuse_500=lambda case, server: any(
            isinstance(item, dict) and item.get("all_day") is not True and not {"start", "end"} <= item.keys()
            for item in _recurrences(case)
        ),
        apis="v1 v2",
    ),
    ServerBug(
        "knox_login",
        "A body that is not UTF-8: UnicodeDecodeError (the other operations answer 400 or 415).",
        SPEC_PREVENTS,
        _knox_login_not_utf8,
        excuse_500=lambda case, server: isinstance(case.body, bytes) and not _is_utf8(case.body),
    ),
    ServerBug(
        "list_incident_acks create_incident_ack get_incident_ack replace_incident_ack update_incident_ack",
        "OPTIONS on the acks paths: TypeError in AcknowledgementViewSet.get_write_serializer_class().",
        SPEC_PREVENTS,
        _options_on_acks,
        excuse_500=lambda case, server: case.method.upper() == "OPTIONS",
    ),
    ServerBug(
        "create_incident replace_incident update_incident add_incident_tag get_incident_tag remove_incident_tag "
        "create_source get_source_type create_destination update_destination get_media",
        "A NUL character in a tag, in metadata, a source's username, a medium or a path: PostgreSQL refuses it "
        "(the other fields' validators answer 400).",
        DOCUMENTED_ONLY,
        _nul_in_tag,
        spec_says="NUL character",
        excuse_500=lambda case, server: _contains_nul([case.body, case.path_parameters, case.query]),
        apis="v1 v2",
    ),
    ServerBug(
        "bulk_create_acks",
        "Acknowledging an incident again as the same user with the same timestamp: the ACK event is reused "
        "and the new acknowledgement's primary key collides (IntegrityError); create_incident_ack accepts it.",
        DOCUMENTED_ONLY,
        _bulk_ack_twice,
        spec_says="with the same timestamp",
        excuse_500=lambda case, server: (
            isinstance(case.body, dict)
            and isinstance(ack := case.body.get("ack"), dict)
            and server.acked_at(case.body.get("ids"), ack.get("timestamp"))
        ),
    ),
    ServerBug(
        "list_incidents list_my_incidents",
        "A date-time filter with a UTC offset beyond +-15:59 (RFC 3339 allows +-23:59): PostgreSQL DataError.",
        DOCUMENTED_ONLY,
        _offset_beyond_16_hours,
        spec_says="UTC offset beyond",
        excuse_500=lambda case, server: any(_offset_beyond_postgres(value) for value in (case.query or {}).values()),
        apis="v1 v2",
    ),
    ServerBug(
        "list_incidents list_my_incidents",
        "duration__gte beyond +-1440000000000 minutes (timedelta's limit): OverflowError.",
        SPEC_PREVENTS,
        _duration_beyond_timedelta,
        excuse_500=lambda case, server: _int_beyond((case.query or {}).get("duration__gte"), 1_439_999_999_999),
        apis="v1 v2",
    ),
    ServerBug(
        "list_incidents list_my_incidents list_events",
        "A page_size of 2**63-1 or more: PostgreSQL 'bigint out of range' (it queries page_size + 1 rows).",
        SPEC_PREVENTS,
        _page_size_beyond_bigint,
        excuse_500=lambda case, server: _int_beyond((case.query or {}).get("page_size"), 2**63 - 2),
        apis="v1 v2",
    ),
    ServerBug(
        "update_notification_profile",
        'A PATCH without "timeslot": the serializer reads validated_data["timeslot"] (KeyError).',
        SPEC_PREVENTS,
        _profile_patch_without_timeslot,
        excuse_500=lambda case, server: not (isinstance(case.body, dict) and "timeslot" in case.body),
    ),
]


SERVER_BUGS += [
    ServerBug(
        "replace_incident update_incident",
        "New metadata when the old or the new is a number or a boolean (create_incident stores such): "
        "TypeError when the server compares them.",
        DOCUMENTED_ONLY,
        _scalar_metadata,
        spec_says="a number or a boolean",
        excuse_500=lambda case, server: (
            isinstance(case.body, dict)
            and case.body.get("metadata") is not None
            and (
                _scalar(case.body["metadata"])
                or _scalar_not_null(server.metadata_of(case.path_parameters["incident_pk"]))
            )
        ),
        apis="v1 v2",
    ),
    ServerBug(
        "bulk_create_events",
        'An "event" that is not an object (nor null), sent by an end user or admin (a source system gets a 400): '
        "the check of which event types end users may post reads it as one.",
        SPEC_PREVENTS,
        _bulk_event_not_an_object,
        excuse_500=lambda case, server: (
            isinstance(case.body, dict)
            and case.body.get("event") is not None
            and not isinstance(case.body.get("event"), dict)
            and not server.by_source
        ),
    ),
    ServerBug(
        "preview_filter preview_notification_profile",
        'A tag without "=" in the filter to preview (1.37.0 takes a number as one too): ValueError when it is split '
        "(stored filters answer 400).",
        SPEC_PREVENTS,
        _preview_tag_without_equals,
        excuse_500=lambda case, server: (
            isinstance(case.body, dict)
            and isinstance(tags := case.body.get("tags"), list)
            and any((text := _tag_text(tag)) is not None and "=" not in text for tag in tags)
        ),
        apis="v1 v2",
    ),
]


def bugs_of(api: str) -> list[ServerBug]:
    """The entries seen on the server that is our reference for `api`."""
    return [bug for bug in SERVER_BUGS if api in bug.apis.split()]


SERVER_BUGS += [
    ServerBug(
        "create_phone_number replace_phone_number update_phone_number",
        'No "phone_number" in the body (or no body): KeyError.',
        SPEC_PREVENTS,
        _phone_number_missing,
        excuse_500=lambda case, server: not (isinstance(case.body, dict) and "phone_number" in case.body),
        apis="v1",
    ),
    ServerBug(
        "create_incident_ack",
        'A body without an "event" object (v2\'s flat form included): the serializer reads it unchecked.',
        SPEC_PREVENTS,
        _ack_without_event,
        excuse_500=lambda case, server: not (isinstance(case.body, dict) and isinstance(case.body.get("event"), dict)),
        apis="v1",
    ),
    ServerBug(
        "create_filter replace_filter update_filter",
        'A "filter_string" that is not a string of a JSON object with lists in "sourceSystemIds" and "tags" '
        "(a number, a JSON array, a string for a list): TypeError or AttributeError; other bad strings get a 400.",
        DOCUMENTED_ONLY,
        _filter_string_not_an_object,
        spec_says="JSON but not an object",
        excuse_500=lambda case, server: (
            isinstance(case.body, dict)
            and case.body.get("filter_string") is not None
            and not _filter_string_of_lists(case.body["filter_string"])
        ),
        apis="v1",
    ),
    ServerBug(
        "delete_filter",
        "Deleting a filter that does not exist or is another user's: the 'in use' check reads it unchecked "
        "(DoesNotExist).",
        DOCUMENTED_ONLY,
        _missing_filter_deleted,
        spec_says="does not exist (or is another user's)",
        excuse_500=lambda case, server: (
            not server.readable(f"/notificationprofiles/filters/{case.path_parameters['pk']}/")
        ),
        apis="v1",
    ),
    ServerBug(
        "update_notification_profile",
        'A PATCH without "media" (or without "timeslot"): the serializer reads validated_data for both.',
        SPEC_PREVENTS,
        _profile_patch_without_media,
        excuse_500=lambda case, server: not (isinstance(case.body, dict) and {"timeslot", "media"} <= case.body.keys()),
        apis="v1",
    ),
]


def excused_500(api: str, operation: str, case: OpenApiCase, lookup: ServerLookup) -> ServerBug | None:
    """The entry that excuses an HTML 500 to this request, if any."""
    for bug in SERVER_BUGS:
        if bug.excuse_500 is not None and bug.applies_to(api, operation) and bug.excuse_500(case, lookup):
            return bug
    return None


def trim_request(api: str, operation: str, case: OpenApiCase) -> None:
    """Cut what SERVER_BUGS says must not be sent (see MAX_TAGS)."""
    for bug in SERVER_BUGS:
        if bug.trim is not None and bug.applies_to(api, operation):
            bug.trim(case)


# ----------------------------------------------------------------------------- predicates
def _scalar(value: Any) -> bool:
    """JSON null, a boolean or a number."""
    return value is None or isinstance(value, bool | int | float)


def _tag_text(tag: Any) -> str | None:
    """A string tag, or what 1.37.0 makes of a number sent as one."""
    return tag if isinstance(tag, str) else _drf_string(tag)


def _scalar_not_null(value: Any) -> bool:
    return value is not None and _scalar(value)


def _bad_tags(body: Any) -> bool:
    tags = body.get("tags") if isinstance(body, dict) else None
    return isinstance(tags, list) and any(
        (_scalar(tag) and tag is not None) or (isinstance(tag, dict) and _scalar(tag.get("tag", ""))) for tag in tags
    )


def _recurrences(case: OpenApiCase) -> list[Any]:
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


def _filter_string_of_lists(value: Any) -> bool:
    try:
        content = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return True  # not JSON at all: a 400
    return isinstance(content, dict) and all(
        isinstance(content.get(key, []), list) for key in ("sourceSystemIds", "tags")
    )


def _int_beyond(value: Any, limit: int) -> bool:
    try:
        return abs(int(str(value))) > limit
    except ValueError:
        return False

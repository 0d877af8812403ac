"""SERVER_RULES: rules a valid request must follow that the spec does not, or cannot, state.

Each depends on the server's state, on who calls, on the clock or on the server's configuration,
which no schema can say. The property tests (tests/*/test_schemathesis_*.py) make every valid (positive) request follow them
before sending it (`Workshop.aim`), so that positive_data_acceptance holds the spec to what the
server accepts everywhere else. What a schema can state is in spec/v2.yaml instead, with a comment.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .kinds import SOURCE

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiCase

    from .fuzzer import Workshop


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


@dataclass(frozen=True)
class ServerRule:
    """A rule valid requests must follow that the spec does not (or cannot) state.

    Every one depends on the server's state, on who calls, on the clock or on its configuration.
    `apply` rewrites a valid (positive) request to follow it, so that positive_data_acceptance
    checks everything else; invalid requests are sent as drawn.
    """

    operations: str  # operationIds, separated by spaces
    rule: str
    apply: Callable[[OpenApiCase, Workshop, str], None]
    # It points the request at another object: not for a stateful step, whose link named the object.
    moves_path: bool = False
    apis: str = "v1 v2"  # the API versions it holds for, separated by spaces

    def applies_to(self, api: str, operation: str) -> bool:
        return api in self.apis.split() and (self.operations == "*" or operation in self.operations.split())


def _body(case: OpenApiCase) -> dict[str, Any]:
    return case.body if isinstance(case.body, dict) else {}


def _profile_references(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    workshop.refer(body, "timeslot", "timeslot")
    workshop.refer(body, "filters", "filter", many=True)
    workshop.refer(body, "destinations", "destination", many=True)


def _own_phone_number(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    sms = isinstance(body.get("media"), list) and "SM" in body["media"]
    if body.get("phone_number") is not None or sms:
        body["phone_number"] = workshop.get("phone_number")


def _ack_event_timestamp_from_a_source(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    event = _body(case).get("event")
    if kind == SOURCE and isinstance(event, dict) and "timestamp" not in event:
        event["timestamp"] = now()


def _real_phone_number(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if isinstance(body.get("phone_number"), str):
        body["phone_number"] = workshop.new_phone_number()


def _filter_string_json(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if isinstance(body.get("filter_string"), str):
        body["filter_string"] = json.dumps({"sourceSystemIds": [], "tags": [workshop.tag]})


def _filter_references(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    workshop.refer(_body(case), "filters", "filter", many=True)


def _incident_ids(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    workshop.refer(_body(case), "ids", "incident", many=True)


def _existing_source_type(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    workshop.refer(_body(case), "type", "source_type")
    query = case.query or {}
    if "source__type__in" in query:
        query["source__type__in"] = workshop.get("source_type")
    if "source__id__in" in query:
        query["source__id__in"] = str(workshop.get("source"))
    body = _body(case)
    content = body.get("filter") if "filter" in body else body  # a filter's, or a preview's
    if isinstance(content, dict):
        if content.get("source_types"):
            content["source_types"] = [workshop.get("source_type")]
        if content.get("sourceSystemIds"):
            content["sourceSystemIds"] = [workshop.get("source")]


def _installed_medium(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    workshop.refer(_body(case), "media", "medium")


SOURCE_EVENTS = {"END", "RES", "OTH", "CHI", "STA", "LES"}
END_USER_EVENTS = {"CLO", "REO", "OTH"}


def _event_for_caller(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    event = body.get("event", body) if case.operation.path.endswith("/bulk/") else body
    if not isinstance(event, dict):
        return
    allowed = SOURCE_EVENTS if kind == SOURCE else END_USER_EVENTS
    if event.get("type") not in allowed:
        event["type"] = "OTH"
    if event["type"] in {"REO", "RES"}:  # reopening needs a closed incident: ours is open
        event["type"] = "OTH"
    if kind == SOURCE and "timestamp" not in event:
        event["timestamp"] = now()


def _open_incident_to_close(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    event = body.get("event", body) if case.operation.path.endswith("/bulk/") else body
    if isinstance(event, dict) and event.get("type") in {"END", "CLO"}:  # a new incident: the last one is closed
        incident = workshop.fresh("incident")
        if "ids" in body:
            body["ids"] = [incident]
        else:
            case.path_parameters["incident_pk"] = incident


def _expiration_ahead(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    ack = body.get("ack", body) if case.operation.path.endswith("/bulk/") else body
    if isinstance(ack, dict) and isinstance(ack.get("expiration"), str):
        ack["expiration"] = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
        event = ack.get("event")  # v1 nests the acknowledgement's event
        for holder in (ack, event if isinstance(event, dict) else {}):
            if "timestamp" in holder:
                holder["timestamp"] = now()


def _times_in_order(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if "name" in body and isinstance(body["name"], str):
        body["name"] = workshop.unique_name(body["name"], 40)
    for item in body.get("time_recurrences") or []:
        if isinstance(item, dict):
            item["days"] = [int(day) for day in item.get("days", [])]  # 4.0 is an integer to JSON Schema only
            if "start" in item and "end" in item and _seconds(item["start"]) >= _seconds(item["end"]):
                item["start"], item["end"] = "00:00:00", "23:59:59"


def _unique_name(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if isinstance(body.get("name"), str):
        body["name"] = workshop.unique_name(body["name"], 40)
    if isinstance(body.get("username"), str):  # a source's new user: no space allowed
        body["username"] = workshop.unique_name(body["username"], 150).replace(" ", "-")


def _lowercase_type_name(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if isinstance(body.get("name"), str):
        name = workshop.unique_name(body["name"].lower(), 100)
        body["name"] = name if name.islower() else f"x{name}"  # "00": no cased character at all


def _plain_values(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    case.body = _plain(case.body)
    if case.query:
        case.query.update(_plain(case.query))


def _plain(value: Any) -> Any:
    """Without NUL characters, integers without a fraction."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _no_final_newline(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    for key in ("ticket_url", "username"):
        if isinstance(body.get(key), str):
            body[key] = body[key].rstrip("\n")


def _not_in_use(name: str) -> Callable[[OpenApiCase, Workshop, str], None]:
    """The request names a new `name`: the last one may be in use, or used up."""

    def use_a_new_one(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
        case.path_parameters["pk"] = workshop.fresh(name)

    return use_a_new_one


def _tags_of_others_kept(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if isinstance(body.get("tags"), list):
        theirs = [tag for tag in workshop.tags_of(case.path_parameters["incident_pk"])
                  if tag["added_by"] != workshop.account.pk]  # fmt: skip
        body["tags"] = body["tags"] + [{"tag": tag["tag"]} for tag in theirs]


def _source_only_from_a_superuser(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    if kind != "admin":
        _body(case).pop("source", None)


def _new_source_incident_id(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if isinstance(body.get("source_incident_id"), str) and body["source_incident_id"]:
        body["source_incident_id"] = workshop.unique_name(body["source_incident_id"], 255)


def _source_user_name(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if "username" not in body:
        body["username"] = workshop.unique_name("fuzz", 20).replace(" ", "-")


def _email_settings(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if "settings" in body:
        body["settings"] = {"email_address": f"{workshop.unique_name('fuzz', 20).replace(' ', '-')}@example.org"}


MAINTENANCE_AHEAD = dt.timedelta(days=30)  # every planned maintenance the tests make starts at most this far ahead


def _ends_after_start(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    start = _datetime(body.get("start_time"))
    missing = "start_time" not in body and case.method.upper() == "POST"  # the server takes now: started
    if missing or (start is not None and start < dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)):
        body["start_time"] = (dt.datetime.now(dt.UTC) + MAINTENANCE_AHEAD).isoformat()
    end = _datetime(body.get("end_time"))
    if "start_time" not in body and end is not None and end <= dt.datetime.now(dt.UTC) + MAINTENANCE_AHEAD:
        body["end_time"] = (dt.datetime.now(dt.UTC) + 2 * MAINTENANCE_AHEAD).isoformat()  # after any start we set
    _end_after_start(body)


def _end_after_start(body: dict[str, Any]) -> None:
    start, end = _datetime(body.get("start_time")), _datetime(body.get("end_time"))
    if start is not None and end is not None and end <= start:
        body["end_time"] = (start + dt.timedelta(hours=1)).isoformat()


def _incident_ends_after_start(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    _end_after_start(_body(case))


def _unique_label(case: OpenApiCase, workshop: Workshop, kind: str) -> None:
    body = _body(case)
    if isinstance(body.get("label"), str):
        body["label"] = workshop.unique_name(body["label"], 50)


def _datetime(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _seconds(time: Any) -> float:
    parts = [float(part) for part in str(time).split(":")]
    return parts[0] * 3600 + parts[1] * 60 + (parts[2] if len(parts) > 2 else 0)


SERVER_RULES = [
    ServerRule(
        "*",
        "no NUL character in a string: PostgreSQL cannot store one (400; some fields: SERVER_BUGS); "
        "an integer without a fraction (JSON Schema calls 5.0 an integer, Django's fields do not)",
        _plain_values,
    ),
    ServerRule(
        "create_incident update_incident replace_incident create_source",
        "no final newline in a URL or user name: Hypothesis reads the pattern's `$` as Python does",
        _no_final_newline,
    ),
    ServerRule(
        "create_notification_profile replace_notification_profile update_notification_profile",
        "timeslot, filters and destinations name the caller's own objects",
        _profile_references,
    ),
    ServerRule(
        "create_planned_maintenance replace_planned_maintenance update_planned_maintenance",
        "filters name existing filters",
        _filter_references,
    ),
    ServerRule("bulk_create_acks bulk_create_events bulk_set_ticket_url", "ids name existing incidents", _incident_ids),
    ServerRule(
        "create_source list_incidents list_my_incidents create_filter replace_filter update_filter "
        "preview_filter preview_notification_profile create_planned_maintenance",
        "source types and source ids name existing ones",
        _existing_source_type,
    ),
    ServerRule("create_destination update_destination", "media names an installed medium", _installed_medium),
    ServerRule("create_destination update_destination", "email settings hold an email address", _email_settings),
    ServerRule(
        "delete_destination",
        "a destination in use by a notification profile stays",
        _not_in_use("destination"),
        moves_path=True,
    ),
    ServerRule(
        "delete_filter", "a filter in use by a notification profile stays", _not_in_use("filter"), moves_path=True
    ),
    ServerRule(
        "update_incident replace_incident",
        "tags others added stay (only who added a tag removes it)",
        _tags_of_others_kept,
    ),
    ServerRule(
        "create_incident",
        "a source's source_incident_ids are unique, also after the incident closed",
        _new_source_incident_id,
    ),
    ServerRule("create_incident", "an end_time is not before the start_time", _incident_ends_after_start),
    ServerRule(
        "create_incident",
        "only a superuser may name the `source` (an extra key the spec lets through): "
        "400 \"You must be a superuser to be allowed to specify the 'source' field.\"",
        _source_only_from_a_superuser,
    ),
    ServerRule(
        "create_source",
        "without a username the source's name becomes one: letters, digits, @.+-_ only",
        _source_user_name,
    ),
    ServerRule("create_destination update_destination", "a user's labels are unique per medium", _unique_label),
    ServerRule(
        "create_notification_profile replace_notification_profile update_notification_profile",
        "a user's notification profile names are unique",
        _unique_name,
    ),
    ServerRule(
        "create_planned_maintenance replace_planned_maintenance update_planned_maintenance",
        "the end comes after the start; a start is ahead (one that has passed freezes it)",
        _ends_after_start,
    ),
    ServerRule(
        "replace_planned_maintenance update_planned_maintenance delete_planned_maintenance",
        "maintenance that has started or ended cannot change",
        _not_in_use("maintenance"),
        moves_path=True,
    ),
    ServerRule(
        "create_incident_event bulk_create_events",
        "END, RES, CHI, STA, LES come from source systems, with a timestamp; CLO, REO from end users; "
        "REO and RES need a closed incident",
        _event_for_caller,
    ),
    ServerRule(
        "create_incident_event bulk_create_events",
        "END and CLO need an open incident",
        _open_incident_to_close,
        moves_path=True,
    ),
    ServerRule(
        "create_incident_ack replace_incident_ack update_incident_ack bulk_create_acks",
        "an expiration lies ahead of now and of the acknowledgement's timestamp",
        _expiration_ahead,
    ),
    ServerRule(
        "create_timeslot replace_timeslot update_timeslot",
        "a time recurrence starts before it ends; days are integers (JSON Schema calls 4.0 one); "
        "a user's timeslot names are unique",
        _times_in_order,
    ),
    ServerRule(
        "create_filter replace_filter update_filter create_source replace_source update_source",
        "a user's filter names, the names of sources of one type and user names are unique",
        _unique_name,
    ),
    ServerRule(
        "create_notification_profile replace_notification_profile update_notification_profile",
        "v1: phone_number names one of the caller's phone numbers, and SMS (media SM) needs one",
        _own_phone_number,
        apis="v1",
    ),
    ServerRule(
        "create_incident_ack",
        "v1: a source system's acknowledgement event has a timestamp (end users' default to now)",
        _ack_event_timestamp_from_a_source,
        apis="v1",
    ),
    ServerRule(
        "create_phone_number replace_phone_number update_phone_number",
        "v1: a phone number in a real number series (libphonenumber decides), not yet taken by any user",
        _real_phone_number,
        apis="v1",
    ),
    ServerRule(
        "create_filter replace_filter update_filter",
        "v1: filter_string holds a JSON object with exactly sourceSystemIds and tags",
        _filter_string_json,
        apis="v1",
    ),
    ServerRule(
        "create_source_type",
        "a source type's name is lower case (Python's str.islower()) and unique",
        _lowercase_type_name,
    ),
]

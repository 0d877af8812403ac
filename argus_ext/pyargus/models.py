"""pyargus 0.8.0's models (`pyargus.models`): the dataclasses, `from_json` (an API answer in) and `to_json`
(a request body out).

The dataclasses have pyargus's names, fields and defaults (every field None unless given), so code written for
pyargus builds and reads them unchanged. An answer is read through the generated models (`from_json` fails
with a clear error on a body that is not what the API documents).

What is sent is what pyargus sends, for every input pyargus accepts:
- date-times: a `datetime` as its `isoformat()`, a string as given. A datetime WITHOUT a time zone is sent
  without one, and the server reads it in its own TIME_ZONE (Europe/Oslo unless configured): give aware
  datetimes (`datetime.now(UTC)`) to mean an instant. (The native API refuses naive ones.)
- tag values as `str(value)` (pyargus formats them into "key=value").
Fixed, on purpose (README, "Coming from pyargus"):
- `end_time`: `datetime.max`, naive or aware in any time zone, is sent as "infinity" (pyargus sends an aware
  one as a year-9999 time, refused west of UTC); "infinity" reads as `LOCAL_INFINITY`, null as `STATELESS`.
- `start_time` not given: now (pyargus sends none, and the server refuses the incident).
- tags: a list given for a key means several values (`{"problem": ["disk", "cpu"]}`); pyargus sent the list's
  repr as one value. Keys are checked before sending.
- `ExpiringToken.token` is the token string (pyargus typed it int and parsed it as a date).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argus_api_v2 import models as api
from argus_api_v2.models.event_create_type import check_event_create_type
from argus_api_v2.types import Unset

from ..end_time import INFINITY, STATELESS, EndTime, end_time_from_api
from ..tags import tag_strings, tags_from_api
from .multivaluedict import MultiValueDict
from .time import LOCAL_INFINITY, now

__all__ = [
    "LOCAL_INFINITY",
    "STATELESS",
    "Acknowledgement",
    "Event",
    "ExpiringToken",
    "Incident",
    "MultiValueDict",
    "SourceSystem",
]

JSON = dict[str, Any]


@dataclass
class SourceSystem:
    pk: int | None = None
    name: str | None = None
    type: str | None = None
    user: int | None = None
    base_url: str | None = None

    @classmethod
    def from_json(cls, data: JSON) -> SourceSystem:
        return cls.from_api(api.SourceSystem.from_dict(data))

    @classmethod
    def from_api(cls, source: api.SourceSystem) -> SourceSystem:
        return cls(source.pk, source.name, source.type_.name, source.user, source.base_url)


@dataclass
class Incident:
    pk: int | None = None
    start_time: datetime | str | None = None
    end_time: datetime | EndTime | str | None = None  # a datetime, LOCAL_INFINITY or STATELESS (None: not set)
    source: SourceSystem | None = None
    source_incident_id: str | int | None = None
    details_url: str | None = None
    description: str | None = None
    level: int | None = None
    ticket_url: str | None = None
    tags: Mapping[str, Any] | None = None
    stateful: bool | None = None
    open: bool | None = None
    acked: bool | None = None
    metadata: Any = None

    @classmethod
    def from_json(cls, data: JSON) -> Incident:
        """An incident as the API returns it (a dict decoded from JSON)."""
        return cls.from_api(api.Incident.from_dict(data))

    @classmethod
    def from_api(cls, incident: api.Incident) -> Incident:
        end = end_time_from_api(incident.end_time)
        return cls(
            pk=incident.pk,
            start_time=incident.start_time,
            end_time=LOCAL_INFINITY if end is INFINITY else end,
            source=SourceSystem.from_api(incident.source),
            source_incident_id=incident.source_incident_id,
            details_url=incident.details_url,
            description=incident.description,
            level=incident.level,
            ticket_url=incident.ticket_url,
            tags=MultiValueDict((key, v) for key, values in tags_from_api(incident.tags).items() for v in values),
            stateful=incident.stateful,
            open=incident.open_,
            acked=incident.acked,
            metadata=None if isinstance(incident.metadata, Unset) else incident.metadata,
        )

    def to_json(self) -> JSON:
        """The body that creates this incident: the fields that are set (start_time: now if not), tags always."""
        body = self._changeable_fields()
        body["start_time"] = _time_to_json(self.start_time if self.start_time is not None else now())
        if self.end_time is not None:
            body["end_time"] = _end_time_to_json(self.end_time)
        if _given(self.source_incident_id):
            body["source_incident_id"] = self.source_incident_id
        body.setdefault("tags", [])
        return body

    def to_patch_json(self) -> JSON:
        """The body that updates this incident: only the fields that are set and can change. Tags not set stay
        as they are (pyargus sent an empty list and wiped them); the read-only fields of an incident fetched
        from the server (times, source, state) are not sent (pyargus sent them and the server refused the
        whole update)."""
        return self._changeable_fields()

    def _changeable_fields(self) -> JSON:
        body: JSON = {}
        for field in ("details_url", "ticket_url", "level", "description", "metadata"):
            value = getattr(self, field)
            if _given(value):
                body[field] = value
        if self.tags is not None:
            body["tags"] = [{"tag": text} for text in tag_strings(_tag_lists(self.tags))]
        return body


@dataclass
class Event:
    pk: int | None = None
    actor: str | None = None
    description: str | None = None
    incident: int | None = None
    received: datetime | None = None
    timestamp: datetime | str | None = None
    type: str | None = None

    @classmethod
    def from_json(cls, data: JSON) -> Event:
        return cls.from_api(api.Event.from_dict(data))

    @classmethod
    def from_api(cls, event: api.Event) -> Event:
        return cls(
            event.pk,
            event.actor.username,
            event.description,
            event.incident,
            event.received,
            event.timestamp,
            event.type_.value,
        )

    def to_json(self) -> JSON:
        """The body that posts this event: its type, and its timestamp and description when set."""
        try:
            type_ = check_event_create_type(self.type or "")  # the spec's list of types a client may post
        except TypeError:
            raise ValueError(f"Event.type: {self.type!r} cannot be posted (ACK: post an acknowledgement)") from None
        body: JSON = {"type": type_}
        if self.timestamp is not None:
            body["timestamp"] = _time_to_json(self.timestamp)
        if _given(self.description):
            body["description"] = self.description
        return body


@dataclass
class Acknowledgement:
    pk: int | None = None
    expiration: datetime | None = None
    event: Event | None = None

    @classmethod
    def from_json(cls, data: JSON) -> Acknowledgement:
        return cls.from_api(api.Acknowledgement.from_dict(data))

    @classmethod
    def from_api(cls, ack: api.Acknowledgement) -> Acknowledgement:
        return cls(ack.pk, ack.expiration, Event.from_api(ack.event))


@dataclass
class ExpiringToken:
    expiration: datetime | None  # None: a token that does not expire (plain DRF tokens)
    token: str

    @classmethod
    def from_json(cls, data: JSON) -> ExpiringToken:
        """A token answer ({"token": ..., "expiry"/"expiration": ...})."""
        if not isinstance(data, dict) or not isinstance(data.get("token"), str):
            raise TypeError(f"ExpiringToken: expected an object with a 'token' string; got {type(data).__name__}")
        expiry = data.get("expiry", data.get("expiration"))
        return cls(expiration=datetime.fromisoformat(expiry) if isinstance(expiry, str) else None, token=data["token"])

    def __repr__(self) -> str:
        return f"ExpiringToken(expiration={self.expiration!r}, token='***')"


def _given(value: Any) -> bool:
    # pyargus's "not set" (None, or an empty string as the server returns for an empty URL): left out of the
    # request. Sending a fetched incident's ticket_url "" back would be refused ("Enter a valid URL.").
    return value is not None and value != ""


def _time_to_json(value: datetime | str) -> str:
    # As pyargus sends it: a datetime's isoformat() (naive ones without a zone), a string as given.
    return value if isinstance(value, str) else value.isoformat()


def _end_time_to_json(value: datetime | EndTime | str) -> str | None:
    if value is STATELESS:
        return None
    if value is INFINITY or (isinstance(value, datetime) and value.replace(tzinfo=None) == datetime.max):
        return "infinity"  # datetime.max, naive or in any time zone, means no end (pyargus's own too)
    assert isinstance(value, datetime | str)  # noqa: S101 - for mypy: the sentinels are handled above
    return _time_to_json(value)


def _tag_lists(tags: Mapping[str, Any]) -> dict[str, list[str]]:
    # Every value of each key as a string, as pyargus formats them ("key=value"); a list (or a MultiValueDict's
    # several values) means several values of the key.
    if isinstance(tags, MultiValueDict):
        return {key: [str(v) for v in values] for key, values in tags.lists()}
    return {key: _strings(values) for key, values in tags.items()}


def _strings(values: Any) -> list[str]:
    if isinstance(values, list | tuple | set | frozenset):
        return [str(v) for v in values]
    return [str(values)]

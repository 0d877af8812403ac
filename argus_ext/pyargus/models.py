"""pyargus 0.8.0's models (`pyargus.models`), read from and written to the generated ones.

The dataclasses have pyargus's names, fields and defaults (every field None unless given), so code written for
pyargus builds and reads them unchanged. Fixed here, on purpose:
- `end_time`: "infinity" (or a year-9999 time) reads as `LOCAL_INFINITY`; `datetime.max`, naive or aware in
  any time zone, is sent as "infinity" (pyargus sends a naive datetime.max as a local year-9999 time).
- tags: a list given for a key means several values (`{"problem": ["disk", "cpu"]}`); pyargus sent the list's
  repr as one value. Keys are checked before sending.
- `ExpiringToken.token` is the token string (pyargus typed it int and parsed it as a date).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from argus_api_v2 import models as api
from argus_api_v2.models.event_create_type import check_event_create_type
from argus_api_v2.types import UNSET, Unset

from ..end_time import INFINITY, STATELESS, EndTime, end_time_from_api, end_time_to_api
from ..tags import Tags, tags_from_api, tags_to_api

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

# pyargus's "no end" value: the largest aware datetime.
LOCAL_INFINITY = datetime.max.replace(tzinfo=UTC)


class MultiValueDict(dict[str, str]):
    """A dict of the last value per key (what `d[key]` and `dict(d)` give), keeping every value of a key for
    `add`, `getlist`, `lists` and `allitems`: an incident's tags, where a key can repeat.

    The dict decides which keys exist and their last value: a dict-style change (`d[key] = v`, `update`,
    `pop`, `del`) replaces or removes all of that key's values, as it would in a plain dict.
    """

    def __init__(self, pairs: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        super().__init__()
        self._lists: dict[str, list[str]] = {}
        for key, value in pairs.items() if isinstance(pairs, Mapping) else pairs:
            self.add(key, value)

    def add(self, key: str, value: str) -> None:
        self._lists[key] = [*self.getlist(key), value]
        super().__setitem__(key, value)

    def getlist(self, key: str) -> list[str]:
        if key not in self:
            return []
        values = self._lists.get(key, [])
        return list(values) if values and values[-1] == self[key] else [self[key]]

    def lists(self) -> list[tuple[str, list[str]]]:
        return [(key, self.getlist(key)) for key in self]

    def allitems(self) -> list[tuple[str, str]]:
        return [(key, value) for key in self for value in self.getlist(key)]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MultiValueDict):
            return self.lists() == other.lists()
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.allitems()!r})"


@dataclass
class SourceSystem:
    pk: int | None = None
    name: str | None = None
    type: str | None = None
    user: int | None = None
    base_url: str | None = None

    @classmethod
    def from_api(cls, source: api.SourceSystem) -> SourceSystem:
        return cls(source.pk, source.name, source.type_.name, source.user, source.base_url)


@dataclass
class Incident:
    pk: int | None = None
    start_time: datetime | None = None
    end_time: datetime | EndTime | None = None  # a datetime, LOCAL_INFINITY or STATELESS (None: not set)
    source: SourceSystem | None = None
    source_incident_id: str | None = None
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

    def to_create(self) -> api.IncidentCreate:
        """The POST body: the fields that are set (start_time defaults to now, end_time to open)."""
        return api.IncidentCreate(
            start_time=self.start_time or datetime.now(UTC),
            tags=self._api_tags() or [],
            end_time=UNSET if self.end_time is None else end_time_to_api(self.end_time),
            source_incident_id=_given(self.source_incident_id),
            details_url=_given(self.details_url),
            description=_given(self.description),
            level=_given(self.level),
            ticket_url=_given(self.ticket_url),
            metadata=_given(self.metadata),
        )

    def to_patch(self) -> api.IncidentPatch:
        """The PATCH body: only the fields that are set and can change. Tags not set stay as they are (pyargus
        sent an empty list and wiped them); the read-only fields of an incident fetched from the server (times,
        source, state) are not sent (pyargus sent them and the server refused the whole update)."""
        tags = self._api_tags()
        return api.IncidentPatch(
            details_url=_given(self.details_url),
            ticket_url=_given(self.ticket_url),
            level=_given(self.level),
            description=_given(self.description),
            metadata=_given(self.metadata),
            tags=UNSET if tags is None else tags,
        )

    def _api_tags(self) -> list[api.TagValue] | None:
        if self.tags is None:
            return None
        if isinstance(self.tags, MultiValueDict):
            return tags_to_api(dict(self.tags.lists()))
        mapping: Tags = self.tags
        return tags_to_api(mapping)


@dataclass
class Event:
    pk: int | None = None
    actor: str | None = None
    description: str | None = None
    incident: int | None = None
    received: datetime | None = None
    timestamp: datetime | None = None
    type: str | None = None

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

    def to_create(self) -> api.EventCreate:
        if self.type is None:
            raise ValueError("Event.type: required (END, RES, CLO, REO, OTH, ...)")
        try:
            type_ = check_event_create_type(self.type)
        except TypeError:
            raise ValueError(f"Event.type: {self.type!r} cannot be posted (ACK: use an acknowledgement)") from None
        return api.EventCreate(type_=type_, timestamp=_given(self.timestamp), description=_given(self.description))


@dataclass
class Acknowledgement:
    pk: int | None = None
    expiration: datetime | None = None
    event: Event | None = None

    @classmethod
    def from_api(cls, ack: api.Acknowledgement) -> Acknowledgement:
        return cls(ack.pk, ack.expiration, Event.from_api(ack.event))


@dataclass
class ExpiringToken:
    expiration: datetime | None  # None: a token that does not expire (plain DRF tokens)
    token: str


def _given(value: Any) -> Any:
    # pyargus's "not set" (None, or an empty string as the server returns for an empty URL): left out of the
    # request. Sending a fetched incident's ticket_url "" back would be refused ("Enter a valid URL.").
    return UNSET if value is None or value == "" else value

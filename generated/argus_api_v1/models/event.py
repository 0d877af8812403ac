from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.actor import Actor
from ..models.event_type_value import EventTypeValue

T = TypeVar("T", bound="Event")


class Event:
    """
    Attributes:
        pk (int):
        incident (int): The incident's primary key.
        actor (Actor): The user behind an event.
        timestamp (datetime.datetime): When it happened.
        received (datetime.datetime): When the server received it.
        type_ (EventTypeValue): An event type in a response.
        description (str):
    """

    __slots__ = ("pk", "incident", "actor", "timestamp", "received", "type_", "description", "additional_properties")
    __match_args__ = ("pk", "incident", "actor", "timestamp", "received", "type_", "description")

    pk: int
    incident: int
    actor: Actor
    timestamp: datetime.datetime
    received: datetime.datetime
    type_: EventTypeValue
    description: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pk: int,
        incident: int,
        actor: Actor,
        timestamp: datetime.datetime,
        received: datetime.datetime,
        type_: EventTypeValue,
        description: str,
    ) -> None:
        self.pk = pk
        self.incident = incident
        self.actor = actor
        self.timestamp = timestamp
        self.received = received
        self.type_ = type_
        self.description = description
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Event) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pk,
            self.incident,
            self.actor,
            self.timestamp,
            self.received,
            self.type_,
            self.description,
            self.additional_properties,
        ) == (
            other.pk,
            other.incident,
            other.actor,
            other.timestamp,
            other.received,
            other.type_,
            other.description,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, incident={self.incident!r}, actor={self.actor!r}, timestamp={self.timestamp!r}, received={self.received!r}, type_={self.type_!r}, description={self.description!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        incident = self.incident

        actor = self.actor.to_dict()

        timestamp = self.timestamp.isoformat()

        received = self.received.isoformat()

        type_ = self.type_.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "incident": incident,
                "actor": actor,
                "timestamp": timestamp,
                "received": received,
                "type": type_,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        incident = d.pop("incident")

        actor = Actor.from_dict(d.pop("actor"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        received = datetime.datetime.fromisoformat(d.pop("received"))

        type_ = EventTypeValue.from_dict(d.pop("type"))

        description = d.pop("description")

        event = cls(
            pk=pk,
            incident=incident,
            actor=actor,
            timestamp=timestamp,
            received=received,
            type_=type_,
            description=description,
        )

        event.additional_properties = d
        return event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

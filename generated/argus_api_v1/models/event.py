from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor import Actor
from ..models.event_type_value import EventTypeValue

T = TypeVar("T", bound="Event")


@_attrs_define
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

    pk: int
    incident: int
    actor: Actor
    timestamp: datetime.datetime
    received: datetime.datetime
    type_: EventTypeValue
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

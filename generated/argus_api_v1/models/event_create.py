from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.event_create_type import EventCreateType, check_event_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventCreate")


class EventCreate:
    """
    Attributes:
        type_ (EventCreateType): END (source systems) ends, CLO (end users) closes, REO
            (end users) reopens, OTH (anyone) is anything else. CHI, STA and LES are accepted from
            source systems only and change nothing. ACK is left out: always refused here.
        timestamp (datetime.datetime | Unset): Required from source systems; defaults to now for end users.
        description (str | Unset):
    """

    __slots__ = ("type_", "timestamp", "description", "additional_properties")
    __match_args__ = ("type_", "timestamp", "description")

    type_: EventCreateType
    timestamp: datetime.datetime | Unset
    description: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self, type_: EventCreateType, timestamp: datetime.datetime | Unset = UNSET, description: str | Unset = UNSET
    ) -> None:
        self.type_ = type_
        self.timestamp = timestamp
        self.description = description
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.type_, self.timestamp, self.description, self.additional_properties) == (
            other.type_,
            other.timestamp,
            other.description,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(type_={self.type_!r}, timestamp={self.timestamp!r}, description={self.description!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_event_create_type(d.pop("type"))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        description = d.pop("description", UNSET)

        event_create = cls(
            type_=type_,
            timestamp=timestamp,
            description=description,
        )

        event_create.additional_properties = d
        return event_create

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcknowledgementEvent")


class AcknowledgementEvent:
    """The event part of a v1 acknowledgement request.

    Attributes:
        timestamp (datetime.datetime | Unset): When it was acknowledged; left out means now (end users only, source
            systems must give it).
        description (str | Unset):
    """

    __slots__ = ("timestamp", "description", "additional_properties")
    __match_args__ = ("timestamp", "description")

    timestamp: datetime.datetime | Unset
    description: str | Unset
    additional_properties: dict[str, Any]

    def __init__(self, timestamp: datetime.datetime | Unset = UNSET, description: str | Unset = UNSET) -> None:
        self.timestamp = timestamp
        self.description = description
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AcknowledgementEvent) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.timestamp, self.description, self.additional_properties) == (
            other.timestamp,
            other.description,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(timestamp={self.timestamp!r}, description={self.description!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        description = d.pop("description", UNSET)

        acknowledgement_event = cls(
            timestamp=timestamp,
            description=description,
        )

        acknowledgement_event.additional_properties = d
        return acknowledgement_event

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.event_create import EventCreate

T = TypeVar("T", bound="BulkEventRequest")


class BulkEventRequest:
    """
    Attributes:
        ids (list[int]): The incidents' primary keys.
        event (EventCreate):
    """

    __slots__ = ("ids", "event", "additional_properties")
    __match_args__ = ("ids", "event")

    ids: list[int]
    event: EventCreate
    additional_properties: dict[str, Any]

    def __init__(self, ids: list[int], event: EventCreate) -> None:
        self.ids = ids
        self.event = event
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BulkEventRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.ids, self.event, self.additional_properties) == (
            other.ids,
            other.event,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(ids={self.ids!r}, event={self.event!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        event = EventCreate.from_dict(d.pop("event"))

        bulk_event_request = cls(
            ids=ids,
            event=event,
        )

        bulk_event_request.additional_properties = d
        return bulk_event_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.time_recurrence_create import TimeRecurrenceCreate

T = TypeVar("T", bound="TimeslotCreate")


class TimeslotCreate:
    """
    Attributes:
        name (str):
        time_recurrences (list[TimeRecurrenceCreate]):
    """

    __slots__ = ("name", "time_recurrences", "additional_properties")
    __match_args__ = ("name", "time_recurrences")

    name: str
    time_recurrences: list[TimeRecurrenceCreate]
    additional_properties: dict[str, Any]

    def __init__(self, name: str, time_recurrences: list[TimeRecurrenceCreate]) -> None:
        self.name = name
        self.time_recurrences = time_recurrences
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TimeslotCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.time_recurrences, self.additional_properties) == (
            other.name,
            other.time_recurrences,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, time_recurrences={self.time_recurrences!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        time_recurrences = []
        for time_recurrences_item_data in self.time_recurrences:
            time_recurrences_item = time_recurrences_item_data.to_dict()
            time_recurrences.append(time_recurrences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "time_recurrences": time_recurrences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        time_recurrences = []
        _time_recurrences = d.pop("time_recurrences")
        for time_recurrences_item_data in _time_recurrences:
            time_recurrences_item = TimeRecurrenceCreate.from_dict(time_recurrences_item_data)

            time_recurrences.append(time_recurrences_item)

        timeslot_create = cls(
            name=name,
            time_recurrences=time_recurrences,
        )

        timeslot_create.additional_properties = d
        return timeslot_create

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

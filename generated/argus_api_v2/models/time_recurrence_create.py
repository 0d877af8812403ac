from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRecurrenceCreate")


class TimeRecurrenceCreate:
    """
    Attributes:
        days (list[int]):
        start (str | Unset):
        end (str | Unset):
        all_day (bool | Unset): The whole day; start and end may then be left out and are ignored.
    """

    __slots__ = ("days", "start", "end", "all_day", "additional_properties")
    __match_args__ = ("days", "start", "end", "all_day")

    days: list[int]
    start: str | Unset
    end: str | Unset
    all_day: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self, days: list[int], start: str | Unset = UNSET, end: str | Unset = UNSET, all_day: bool | Unset = UNSET
    ) -> None:
        self.days = days
        self.start = start
        self.end = end
        self.all_day = all_day
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TimeRecurrenceCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.days, self.start, self.end, self.all_day, self.additional_properties) == (
            other.days,
            other.start,
            other.end,
            other.all_day,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(days={self.days!r}, start={self.start!r}, end={self.end!r}, all_day={self.all_day!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        start = self.start

        end = self.end

        all_day = self.all_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if all_day is not UNSET:
            field_dict["all_day"] = all_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = cast(list[int], d.pop("days"))

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        all_day = d.pop("all_day", UNSET)

        time_recurrence_create = cls(
            days=days,
            start=start,
            end=end,
            all_day=all_day,
        )

        time_recurrence_create.additional_properties = d
        return time_recurrence_create

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

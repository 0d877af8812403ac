from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRecurrenceCreate")


@_attrs_define
class TimeRecurrenceCreate:
    """
    Attributes:
        days (list[int]):
        start (str | Unset):
        end (str | Unset):
        all_day (bool | Unset): The whole day; start and end may then be left out and are ignored.
    """

    days: list[int]
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    all_day: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

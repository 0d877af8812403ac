from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRecurrence")


@_attrs_define
class TimeRecurrence:
    """Weekdays and a time span; times are in the server's time zone.

    Attributes:
        days (list[int]): ISO weekdays, 1 Monday to 7 Sunday.
        start (str): Local time, "HH:MM:SS[.ffffff]".
        end (str): Local time, "HH:MM:SS[.ffffff]".
        all_day (bool | Unset): The whole day (start 00:00:00, end 23:59:59.999999); left out when false.
    """

    days: list[int]
    start: str
    end: str
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
                "start": start,
                "end": end,
            }
        )
        if all_day is not UNSET:
            field_dict["all_day"] = all_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = cast(list[int], d.pop("days"))

        start = d.pop("start")

        end = d.pop("end")

        all_day = d.pop("all_day", UNSET)

        time_recurrence = cls(
            days=days,
            start=start,
            end=end,
            all_day=all_day,
        )

        time_recurrence.additional_properties = d
        return time_recurrence

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlannedMaintenanceCreate")


class PlannedMaintenanceCreate:
    """
    Attributes:
        filters (list[int]): Primary keys of filters; incidents matching any of them are covered.
        start_time (datetime.datetime | Unset): When it starts; left out means now.
        end_time (datetime.datetime | None | Unset): When it ends; null or left out means until further notice.
        description (str | Unset):
    """

    __slots__ = ("filters", "start_time", "end_time", "description", "additional_properties")
    __match_args__ = ("filters", "start_time", "end_time", "description")

    filters: list[int]
    start_time: datetime.datetime | Unset
    end_time: datetime.datetime | None | Unset
    description: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        filters: list[int],
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> None:
        self.filters = filters
        self.start_time = start_time
        self.end_time = end_time
        self.description = description
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlannedMaintenanceCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.filters, self.start_time, self.end_time, self.description, self.additional_properties) == (
            other.filters,
            other.start_time,
            other.end_time,
            other.description,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(filters={self.filters!r}, start_time={self.start_time!r}, end_time={self.end_time!r}, description={self.description!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filters = cast(list[int], d.pop("filters"))

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        description = d.pop("description", UNSET)

        planned_maintenance_create = cls(
            filters=filters,
            start_time=start_time,
            end_time=end_time,
            description=description,
        )

        planned_maintenance_create.additional_properties = d
        return planned_maintenance_create

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

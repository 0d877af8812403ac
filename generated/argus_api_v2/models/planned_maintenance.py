from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.actor import Actor
from ..models.notification_filter import NotificationFilter

T = TypeVar("T", bound="PlannedMaintenance")


class PlannedMaintenance:
    """
    Attributes:
        pk (int):
        created_by (Actor): The user behind an event.
        created (datetime.datetime):
        start_time (datetime.datetime):
        end_time (datetime.datetime): When it ends; a year-9999 date-time means until further notice.
        description (str):
        filters (list[NotificationFilter]):
    """

    __slots__ = (
        "pk",
        "created_by",
        "created",
        "start_time",
        "end_time",
        "description",
        "filters",
        "additional_properties",
    )
    __match_args__ = ("pk", "created_by", "created", "start_time", "end_time", "description", "filters")

    pk: int
    created_by: Actor
    created: datetime.datetime
    start_time: datetime.datetime
    end_time: datetime.datetime
    description: str
    filters: list[NotificationFilter]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pk: int,
        created_by: Actor,
        created: datetime.datetime,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        description: str,
        filters: list[NotificationFilter],
    ) -> None:
        self.pk = pk
        self.created_by = created_by
        self.created = created
        self.start_time = start_time
        self.end_time = end_time
        self.description = description
        self.filters = filters
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlannedMaintenance) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pk,
            self.created_by,
            self.created,
            self.start_time,
            self.end_time,
            self.description,
            self.filters,
            self.additional_properties,
        ) == (
            other.pk,
            other.created_by,
            other.created,
            other.start_time,
            other.end_time,
            other.description,
            other.filters,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, created_by={self.created_by!r}, created={self.created!r}, start_time={self.start_time!r}, end_time={self.end_time!r}, description={self.description!r}, filters={self.filters!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        created_by = self.created_by.to_dict()

        created = self.created.isoformat()

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        description = self.description

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "created_by": created_by,
                "created": created,
                "start_time": start_time,
                "end_time": end_time,
                "description": description,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        created_by = Actor.from_dict(d.pop("created_by"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        description = d.pop("description")

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = NotificationFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        planned_maintenance = cls(
            pk=pk,
            created_by=created_by,
            created=created,
            start_time=start_time,
            end_time=end_time,
            description=description,
            filters=filters,
        )

        planned_maintenance.additional_properties = d
        return planned_maintenance

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

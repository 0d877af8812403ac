from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor import Actor
from ..models.notification_filter import NotificationFilter

T = TypeVar("T", bound="PlannedMaintenance")


@_attrs_define
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

    pk: int
    created_by: Actor
    created: datetime.datetime
    start_time: datetime.datetime
    end_time: datetime.datetime
    description: str
    filters: list[NotificationFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

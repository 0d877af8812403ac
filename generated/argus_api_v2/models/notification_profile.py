from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination import Destination
from ..models.notification_filter import NotificationFilter
from ..models.timeslot import Timeslot

T = TypeVar("T", bound="NotificationProfile")


@_attrs_define
class NotificationProfile:
    """
    Attributes:
        pk (int):
        name (None | str):
        timeslot (Timeslot):
        filters (list[NotificationFilter]):
        destinations (list[Destination]):
        active (bool):
    """

    pk: int
    name: None | str
    timeslot: Timeslot
    filters: list[NotificationFilter]
    destinations: list[Destination]
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        name: None | str
        name = self.name

        timeslot = self.timeslot.to_dict()

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "name": name,
                "timeslot": timeslot,
                "filters": filters,
                "destinations": destinations,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        timeslot = Timeslot.from_dict(d.pop("timeslot"))

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = NotificationFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = Destination.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        active = d.pop("active")

        notification_profile = cls(
            pk=pk,
            name=name,
            timeslot=timeslot,
            filters=filters,
            destinations=destinations,
            active=active,
        )

        notification_profile.additional_properties = d
        return notification_profile

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.destination import Destination
from ..models.notification_filter import NotificationFilter
from ..models.timeslot import Timeslot

T = TypeVar("T", bound="NotificationProfile")


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

    __slots__ = ("pk", "name", "timeslot", "filters", "destinations", "active", "additional_properties")
    __match_args__ = ("pk", "name", "timeslot", "filters", "destinations", "active")

    pk: int
    name: None | str
    timeslot: Timeslot
    filters: list[NotificationFilter]
    destinations: list[Destination]
    active: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pk: int,
        name: None | str,
        timeslot: Timeslot,
        filters: list[NotificationFilter],
        destinations: list[Destination],
        active: bool,
    ) -> None:
        self.pk = pk
        self.name = name
        self.timeslot = timeslot
        self.filters = filters
        self.destinations = destinations
        self.active = active
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationProfile) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pk,
            self.name,
            self.timeslot,
            self.filters,
            self.destinations,
            self.active,
            self.additional_properties,
        ) == (
            other.pk,
            other.name,
            other.timeslot,
            other.filters,
            other.destinations,
            other.active,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, name={self.name!r}, timeslot={self.timeslot!r}, filters={self.filters!r}, destinations={self.destinations!r}, active={self.active!r}, additional_properties={self.additional_properties!r})"

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

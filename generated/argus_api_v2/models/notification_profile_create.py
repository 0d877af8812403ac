from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationProfileCreate")


class NotificationProfileCreate:
    """
    Attributes:
        timeslot (int): The primary key of one of the user's timeslots.
        filters (list[int]): Primary keys of the user's filters.
        name (None | str | Unset):
        destinations (list[int] | Unset): Primary keys of the user's destinations.
        active (bool | Unset):
    """

    __slots__ = ("timeslot", "filters", "name", "destinations", "active", "additional_properties")
    __match_args__ = ("timeslot", "filters", "name", "destinations", "active")

    timeslot: int
    filters: list[int]
    name: None | str | Unset
    destinations: list[int] | Unset
    active: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        timeslot: int,
        filters: list[int],
        name: None | str | Unset = UNSET,
        destinations: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
    ) -> None:
        self.timeslot = timeslot
        self.filters = filters
        self.name = name
        self.destinations = destinations
        self.active = active
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationProfileCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.timeslot, self.filters, self.name, self.destinations, self.active, self.additional_properties) == (
            other.timeslot,
            other.filters,
            other.name,
            other.destinations,
            other.active,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(timeslot={self.timeslot!r}, filters={self.filters!r}, name={self.name!r}, destinations={self.destinations!r}, active={self.active!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        timeslot = self.timeslot

        filters = self.filters

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        destinations: list[int] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = self.destinations

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeslot": timeslot,
                "filters": filters,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeslot = d.pop("timeslot")

        filters = cast(list[int], d.pop("filters"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        destinations = cast(list[int], d.pop("destinations", UNSET))

        active = d.pop("active", UNSET)

        notification_profile_create = cls(
            timeslot=timeslot,
            filters=filters,
            name=name,
            destinations=destinations,
            active=active,
        )

        notification_profile_create.additional_properties = d
        return notification_profile_create

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationProfilePatch")


class NotificationProfilePatch:
    """The fields to change; `timeslot` always (send the profile's own to keep it).

    Attributes:
        timeslot (int):
        name (None | str | Unset):
        filters (list[int] | Unset):
        destinations (list[int] | Unset):
        active (bool | Unset):
    """

    __slots__ = ("timeslot", "name", "filters", "destinations", "active", "additional_properties")
    __match_args__ = ("timeslot", "name", "filters", "destinations", "active")

    timeslot: int
    name: None | str | Unset
    filters: list[int] | Unset
    destinations: list[int] | Unset
    active: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        timeslot: int,
        name: None | str | Unset = UNSET,
        filters: list[int] | Unset = UNSET,
        destinations: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
    ) -> None:
        self.timeslot = timeslot
        self.name = name
        self.filters = filters
        self.destinations = destinations
        self.active = active
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationProfilePatch) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.timeslot, self.name, self.filters, self.destinations, self.active, self.additional_properties) == (
            other.timeslot,
            other.name,
            other.filters,
            other.destinations,
            other.active,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(timeslot={self.timeslot!r}, name={self.name!r}, filters={self.filters!r}, destinations={self.destinations!r}, active={self.active!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        timeslot = self.timeslot

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        filters: list[int] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters

        destinations: list[int] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = self.destinations

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeslot": timeslot,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeslot = d.pop("timeslot")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        filters = cast(list[int], d.pop("filters", UNSET))

        destinations = cast(list[int], d.pop("destinations", UNSET))

        active = d.pop("active", UNSET)

        notification_profile_patch = cls(
            timeslot=timeslot,
            name=name,
            filters=filters,
            destinations=destinations,
            active=active,
        )

        notification_profile_patch.additional_properties = d
        return notification_profile_patch

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

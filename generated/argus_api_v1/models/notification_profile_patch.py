from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.media_code import MediaCode, check_media_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationProfilePatch")


class NotificationProfilePatch:
    """argus-server 1.37.0 answers an HTML 500 unless both `timeslot` and `media` are given (a
    server bug), so they are required here.

        Attributes:
            timeslot (int):
            media (list[MediaCode]):
            filters (list[int] | Unset):
            active (bool | Unset):
            phone_number (int | None | Unset):
    """

    __slots__ = ("timeslot", "media", "filters", "active", "phone_number", "additional_properties")
    __match_args__ = ("timeslot", "media", "filters", "active", "phone_number")

    timeslot: int
    media: list[MediaCode]
    filters: list[int] | Unset
    active: bool | Unset
    phone_number: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        timeslot: int,
        media: list[MediaCode],
        filters: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
        phone_number: int | None | Unset = UNSET,
    ) -> None:
        self.timeslot = timeslot
        self.media = media
        self.filters = filters
        self.active = active
        self.phone_number = phone_number
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationProfilePatch) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.timeslot,
            self.media,
            self.filters,
            self.active,
            self.phone_number,
            self.additional_properties,
        ) == (other.timeslot, other.media, other.filters, other.active, other.phone_number, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(timeslot={self.timeslot!r}, media={self.media!r}, filters={self.filters!r}, active={self.active!r}, phone_number={self.phone_number!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        timeslot = self.timeslot

        media = []
        for media_item_data in self.media:
            media_item: str = media_item_data
            media.append(media_item)

        filters: list[int] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters

        active = self.active

        phone_number: int | None | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeslot": timeslot,
                "media": media,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if active is not UNSET:
            field_dict["active"] = active
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeslot = d.pop("timeslot")

        media = []
        _media = d.pop("media")
        for media_item_data in _media:
            media_item = check_media_code(media_item_data)

            media.append(media_item)

        filters = cast(list[int], d.pop("filters", UNSET))

        active = d.pop("active", UNSET)

        def _parse_phone_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        notification_profile_patch = cls(
            timeslot=timeslot,
            media=media,
            filters=filters,
            active=active,
            phone_number=phone_number,
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

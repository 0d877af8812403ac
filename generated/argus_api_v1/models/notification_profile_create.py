from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.media_code import MediaCode, check_media_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationProfileCreate")


class NotificationProfileCreate:
    """
    Attributes:
        timeslot (int): The primary key of one of the user's timeslots.
        filters (list[int]): Primary keys of the user's filters.
        media (list[MediaCode] | Unset): Left out means ["EM"]. "SM" needs a `phone_number`.
        active (bool | Unset):
        phone_number (int | None | Unset): The primary key of one of the user's phone numbers (auth/phone-number/), or
            null.
    """

    __slots__ = ("timeslot", "filters", "media", "active", "phone_number", "additional_properties")
    __match_args__ = ("timeslot", "filters", "media", "active", "phone_number")

    timeslot: int
    filters: list[int]
    media: list[MediaCode] | Unset
    active: bool | Unset
    phone_number: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        timeslot: int,
        filters: list[int],
        media: list[MediaCode] | Unset = UNSET,
        active: bool | Unset = UNSET,
        phone_number: int | None | Unset = UNSET,
    ) -> None:
        self.timeslot = timeslot
        self.filters = filters
        self.media = media
        self.active = active
        self.phone_number = phone_number
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationProfileCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.timeslot,
            self.filters,
            self.media,
            self.active,
            self.phone_number,
            self.additional_properties,
        ) == (other.timeslot, other.filters, other.media, other.active, other.phone_number, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(timeslot={self.timeslot!r}, filters={self.filters!r}, media={self.media!r}, active={self.active!r}, phone_number={self.phone_number!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        timeslot = self.timeslot

        filters = self.filters

        media: list[str] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = []
            for media_item_data in self.media:
                media_item: str = media_item_data
                media.append(media_item)

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
                "filters": filters,
            }
        )
        if media is not UNSET:
            field_dict["media"] = media
        if active is not UNSET:
            field_dict["active"] = active
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeslot = d.pop("timeslot")

        filters = cast(list[int], d.pop("filters"))

        _media = d.pop("media", UNSET)
        media: list[MediaCode] | Unset = UNSET
        if _media is not UNSET:
            media = []
            for media_item_data in _media:
                media_item = check_media_code(media_item_data)

                media.append(media_item)

        active = d.pop("active", UNSET)

        def _parse_phone_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        notification_profile_create = cls(
            timeslot=timeslot,
            filters=filters,
            media=media,
            active=active,
            phone_number=phone_number,
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

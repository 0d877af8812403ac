from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.notification_filter import NotificationFilter
from ..models.phone_number import PhoneNumber
from ..models.timeslot import Timeslot

T = TypeVar("T", bound="NotificationProfile")


class NotificationProfile:
    """
    Attributes:
        pk (int):
        timeslot (Timeslot):
        filters (list[NotificationFilter]):
        media (list[str]): Media codes, "EM" (email) and "SM" (SMS); a plain string so a newer code never breaks a
            client.
        active (bool):
        phone_number (None | PhoneNumber): The phone number SMS notifications go to, or null.
    """

    __slots__ = ("pk", "timeslot", "filters", "media", "active", "phone_number", "additional_properties")
    __match_args__ = ("pk", "timeslot", "filters", "media", "active", "phone_number")

    pk: int
    timeslot: Timeslot
    filters: list[NotificationFilter]
    media: list[str]
    active: bool
    phone_number: None | PhoneNumber
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pk: int,
        timeslot: Timeslot,
        filters: list[NotificationFilter],
        media: list[str],
        active: bool,
        phone_number: None | PhoneNumber,
    ) -> None:
        self.pk = pk
        self.timeslot = timeslot
        self.filters = filters
        self.media = media
        self.active = active
        self.phone_number = phone_number
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationProfile) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pk,
            self.timeslot,
            self.filters,
            self.media,
            self.active,
            self.phone_number,
            self.additional_properties,
        ) == (
            other.pk,
            other.timeslot,
            other.filters,
            other.media,
            other.active,
            other.phone_number,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, timeslot={self.timeslot!r}, filters={self.filters!r}, media={self.media!r}, active={self.active!r}, phone_number={self.phone_number!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        timeslot = self.timeslot.to_dict()

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        media = self.media

        active = self.active

        phone_number: dict[str, Any] | None
        if isinstance(self.phone_number, PhoneNumber):
            phone_number = self.phone_number.to_dict()
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "timeslot": timeslot,
                "filters": filters,
                "media": media,
                "active": active,
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        timeslot = Timeslot.from_dict(d.pop("timeslot"))

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = NotificationFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        media = cast(list[str], d.pop("media"))

        active = d.pop("active")

        def _parse_phone_number(data: object) -> None | PhoneNumber:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_number_type_0 = PhoneNumber.from_dict(data)

                return phone_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneNumber, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        notification_profile = cls(
            pk=pk,
            timeslot=timeslot,
            filters=filters,
            media=media,
            active=active,
            phone_number=phone_number,
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

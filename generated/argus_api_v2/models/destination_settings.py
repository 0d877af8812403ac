from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationSettings")


class DestinationSettings:
    """A destination's settings, following its medium's JSON schema (`get_media_json_schema`):
    `email_address` for email, `phone_number` (with country code, "+47...") for sms. One schema
    for requests and responses, so `DestinationSettings(phone_number="+4747474747")` serves both.
    Settings of other media plugins are kept as extra keys.

        Attributes:
            email_address (str | Unset):
            phone_number (str | Unset):
            synced (bool | Unset): In responses, for email: true for the destination the server keeps equal to the account's
                address.
    """

    __slots__ = ("email_address", "phone_number", "synced", "additional_properties")
    __match_args__ = ("email_address", "phone_number", "synced")

    email_address: str | Unset
    phone_number: str | Unset
    synced: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self, email_address: str | Unset = UNSET, phone_number: str | Unset = UNSET, synced: bool | Unset = UNSET
    ) -> None:
        self.email_address = email_address
        self.phone_number = phone_number
        self.synced = synced
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DestinationSettings) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.email_address, self.phone_number, self.synced, self.additional_properties) == (
            other.email_address,
            other.phone_number,
            other.synced,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(email_address={self.email_address!r}, phone_number={self.phone_number!r}, synced={self.synced!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        phone_number = self.phone_number

        synced = self.synced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if synced is not UNSET:
            field_dict["synced"] = synced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("email_address", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        synced = d.pop("synced", UNSET)

        destination_settings = cls(
            email_address=email_address,
            phone_number=phone_number,
            synced=synced,
        )

        destination_settings.additional_properties = d
        return destination_settings

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

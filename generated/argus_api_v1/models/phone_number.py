from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="PhoneNumber")


class PhoneNumber:
    """One of a user's phone numbers, for SMS notifications.

    Attributes:
        pk (int):
        user (int): The primary key of the user it belongs to.
        phone_number (str): With the country code, such as "+4790000000".
    """

    __slots__ = ("pk", "user", "phone_number", "additional_properties")
    __match_args__ = ("pk", "user", "phone_number")

    pk: int
    user: int
    phone_number: str
    additional_properties: dict[str, Any]

    def __init__(self, pk: int, user: int, phone_number: str) -> None:
        self.pk = pk
        self.user = user
        self.phone_number = phone_number
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PhoneNumber) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pk, self.user, self.phone_number, self.additional_properties) == (
            other.pk,
            other.user,
            other.phone_number,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, user={self.user!r}, phone_number={self.phone_number!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        user = self.user

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "user": user,
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        user = d.pop("user")

        phone_number = d.pop("phone_number")

        phone_number = cls(
            pk=pk,
            user=user,
            phone_number=phone_number,
        )

        phone_number.additional_properties = d
        return phone_number

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

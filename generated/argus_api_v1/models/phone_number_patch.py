from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="PhoneNumberPatch")


class PhoneNumberPatch:
    """argus-server 1.37.0 answers an HTML 500 to a PATCH without `phone_number` (a server bug,
    tests/fuzzing/server_bugs.py), so it is required here too.

        Attributes:
            phone_number (str):
    """

    __slots__ = ("phone_number", "additional_properties")
    __match_args__ = ("phone_number",)

    phone_number: str
    additional_properties: dict[str, Any]

    def __init__(self, phone_number: str) -> None:
        self.phone_number = phone_number
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PhoneNumberPatch) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.phone_number, self.additional_properties) == (other.phone_number, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(phone_number={self.phone_number!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        phone_number_patch = cls(
            phone_number=phone_number,
        )

        phone_number_patch.additional_properties = d
        return phone_number_patch

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

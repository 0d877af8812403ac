from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="User")


class User:
    """
    Attributes:
        username (str):
        first_name (str):
        last_name (str):
        email (str):
    """

    __slots__ = ("username", "first_name", "last_name", "email", "additional_properties")
    __match_args__ = ("username", "first_name", "last_name", "email")

    username: str
    first_name: str
    last_name: str
    email: str
    additional_properties: dict[str, Any]

    def __init__(self, username: str, first_name: str, last_name: str, email: str) -> None:
        self.username = username
        self.first_name = first_name
        self.last_name = last_name
        self.email = email
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, User) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.username, self.first_name, self.last_name, self.email, self.additional_properties) == (
            other.username,
            other.first_name,
            other.last_name,
            other.email,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(username={self.username!r}, first_name={self.first_name!r}, last_name={self.last_name!r}, email={self.email!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        user = cls(
            username=username,
            first_name=first_name,
            last_name=last_name,
            email=email,
        )

        user.additional_properties = d
        return user

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

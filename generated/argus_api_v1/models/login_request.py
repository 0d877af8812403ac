from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="LoginRequest")


class LoginRequest:
    """
    Attributes:
        username (str):
        password (str):
    """

    __slots__ = ("username", "password", "additional_properties")
    __match_args__ = ("username", "password")

    username: str
    password: str
    additional_properties: dict[str, Any]

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self.password = password
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LoginRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.username, self.password, self.additional_properties) == (
            other.username,
            other.password,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(username={self.username!r}, password={self.password!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        login_request = cls(
            username=username,
            password=password,
        )

        login_request.additional_properties = d
        return login_request

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

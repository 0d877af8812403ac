from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Token")


class Token:
    """
    Attributes:
        token (str):
    """

    __slots__ = ("token", "additional_properties")
    __match_args__ = ("token",)

    token: str
    additional_properties: dict[str, Any]

    def __init__(self, token: str) -> None:
        self.token = token
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.token, self.additional_properties) == (other.token, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(token={self.token!r}, additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        token = cls(
            token=token,
        )

        token.additional_properties = d
        return token

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

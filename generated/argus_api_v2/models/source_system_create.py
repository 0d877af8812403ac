from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceSystemCreate")


class SourceSystemCreate:
    """
    Attributes:
        name (str):
        type_ (str): The name of an existing source type.
        base_url (str | Unset):
        username (str | Unset): The name of the source system's user (default the source's name).
    """

    __slots__ = ("name", "type_", "base_url", "username", "additional_properties")
    __match_args__ = ("name", "type_", "base_url", "username")

    name: str
    type_: str
    base_url: str | Unset
    username: str | Unset
    additional_properties: dict[str, Any]

    def __init__(self, name: str, type_: str, base_url: str | Unset = UNSET, username: str | Unset = UNSET) -> None:
        self.name = name
        self.type_ = type_
        self.base_url = base_url
        self.username = username
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceSystemCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.type_, self.base_url, self.username, self.additional_properties) == (
            other.name,
            other.type_,
            other.base_url,
            other.username,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, type_={self.type_!r}, base_url={self.base_url!r}, username={self.username!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        base_url = self.base_url

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        base_url = d.pop("base_url", UNSET)

        username = d.pop("username", UNSET)

        source_system_create = cls(
            name=name,
            type_=type_,
            base_url=base_url,
            username=username,
        )

        source_system_create.additional_properties = d
        return source_system_create

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

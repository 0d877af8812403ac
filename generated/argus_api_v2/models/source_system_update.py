from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SourceSystemUpdate")


class SourceSystemUpdate:
    """
    Attributes:
        name (str):
    """

    __slots__ = ("name", "additional_properties")
    __match_args__ = ("name",)

    name: str
    additional_properties: dict[str, Any]

    def __init__(self, name: str) -> None:
        self.name = name
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceSystemUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.additional_properties) == (other.name, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(name={self.name!r}, additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source_system_update = cls(
            name=name,
        )

        source_system_update.additional_properties = d
        return source_system_update

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

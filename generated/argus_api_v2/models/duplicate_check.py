from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="DuplicateCheck")


class DuplicateCheck:
    """
    Attributes:
        is_duplicate (bool):
    """

    __slots__ = ("is_duplicate", "additional_properties")
    __match_args__ = ("is_duplicate",)

    is_duplicate: bool
    additional_properties: dict[str, Any]

    def __init__(self, is_duplicate: bool) -> None:
        self.is_duplicate = is_duplicate
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DuplicateCheck) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.is_duplicate, self.additional_properties) == (other.is_duplicate, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(is_duplicate={self.is_duplicate!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        is_duplicate = self.is_duplicate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_duplicate": is_duplicate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_duplicate = d.pop("is_duplicate")

        duplicate_check = cls(
            is_duplicate=is_duplicate,
        )

        duplicate_check.additional_properties = d
        return duplicate_check

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

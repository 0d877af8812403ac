from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Detail")


class Detail:
    """DRF's error body for authentication, permission, not-found and method errors.

    Attributes:
        detail (str):
    """

    __slots__ = ("detail", "additional_properties")
    __match_args__ = ("detail",)

    detail: str
    additional_properties: dict[str, Any]

    def __init__(self, detail: str) -> None:
        self.detail = detail
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Detail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.detail, self.additional_properties) == (other.detail, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(detail={self.detail!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        detail = cls(
            detail=detail,
        )

        detail.additional_properties = d
        return detail

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

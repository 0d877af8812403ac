from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="FieldErrors")


class FieldErrors:
    """DRF's validation errors: each key a field (or `non_field_errors`), each value a list of
    messages, a single message, or the same structure for a nested field, such as
    `{"tags": {"0": {"tag": "..."}}}`.

    """

    __slots__ = ("additional_properties",)
    __match_args__ = ()

    additional_properties: dict[str, Any]

    def __init__(self) -> None:
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FieldErrors) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.additional_properties,) == (other.additional_properties,)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_errors = cls()

        field_errors.additional_properties = d
        return field_errors

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

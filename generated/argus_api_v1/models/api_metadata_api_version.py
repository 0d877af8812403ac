from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="ApiMetadataApiVersion")


class ApiMetadataApiVersion:
    """API versions by status: {"deprecated": "v1", "stable": "v2"} on 1.x."""

    __slots__ = ("additional_properties",)
    __match_args__ = ()

    additional_properties: dict[str, str]

    def __init__(self) -> None:
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApiMetadataApiVersion) or other.__class__ is not self.__class__:
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
        api_metadata_api_version = cls()

        api_metadata_api_version.additional_properties = d
        return api_metadata_api_version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

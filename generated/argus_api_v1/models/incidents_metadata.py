from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.source_system import SourceSystem

T = TypeVar("T", bound="IncidentsMetadata")


class IncidentsMetadata:
    """
    Attributes:
        source_systems (list[SourceSystem]):
    """

    __slots__ = ("source_systems", "additional_properties")
    __match_args__ = ("source_systems",)

    source_systems: list[SourceSystem]
    additional_properties: dict[str, Any]

    def __init__(self, source_systems: list[SourceSystem]) -> None:
        self.source_systems = source_systems
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IncidentsMetadata) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.source_systems, self.additional_properties) == (other.source_systems, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(source_systems={self.source_systems!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        source_systems = []
        for source_systems_item_data in self.source_systems:
            source_systems_item = source_systems_item_data.to_dict()
            source_systems.append(source_systems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceSystems": source_systems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_systems = []
        _source_systems = d.pop("sourceSystems")
        for source_systems_item_data in _source_systems:
            source_systems_item = SourceSystem.from_dict(source_systems_item_data)

            source_systems.append(source_systems_item)

        incidents_metadata = cls(
            source_systems=source_systems,
        )

        incidents_metadata.additional_properties = d
        return incidents_metadata

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

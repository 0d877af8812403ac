from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.bulk_event_result import BulkEventResult

T = TypeVar("T", bound="BulkEventResponseChanges")


class BulkEventResponseChanges:
    """One result per incident, keyed by the incident's primary key as a string."""

    __slots__ = ("additional_properties",)
    __match_args__ = ()

    additional_properties: dict[str, BulkEventResult]

    def __init__(self) -> None:
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BulkEventResponseChanges) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.additional_properties,) == (other.additional_properties,)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bulk_event_response_changes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = BulkEventResult.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        bulk_event_response_changes.additional_properties = additional_properties
        return bulk_event_response_changes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BulkEventResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BulkEventResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

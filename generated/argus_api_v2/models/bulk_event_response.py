from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.bulk_event_response_changes import BulkEventResponseChanges

T = TypeVar("T", bound="BulkEventResponse")


class BulkEventResponse:
    """
    Attributes:
        changes (BulkEventResponseChanges): One result per incident, keyed by the incident's primary key as a string.
    """

    __slots__ = ("changes", "additional_properties")
    __match_args__ = ("changes",)

    changes: BulkEventResponseChanges
    additional_properties: dict[str, Any]

    def __init__(self, changes: BulkEventResponseChanges) -> None:
        self.changes = changes
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BulkEventResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.changes, self.additional_properties) == (other.changes, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(changes={self.changes!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changes = BulkEventResponseChanges.from_dict(d.pop("changes"))

        bulk_event_response = cls(
            changes=changes,
        )

        bulk_event_response.additional_properties = d
        return bulk_event_response

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

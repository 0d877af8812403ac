from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_ticket_url_response_changes import BulkTicketUrlResponseChanges

T = TypeVar("T", bound="BulkTicketUrlResponse")


@_attrs_define
class BulkTicketUrlResponse:
    """
    Attributes:
        changes (BulkTicketUrlResponseChanges): One result per incident, keyed by the incident's primary key as a
            string.
    """

    changes: BulkTicketUrlResponseChanges
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        changes = BulkTicketUrlResponseChanges.from_dict(d.pop("changes"))

        bulk_ticket_url_response = cls(
            changes=changes,
        )

        bulk_ticket_url_response.additional_properties = d
        return bulk_ticket_url_response

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

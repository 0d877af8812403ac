from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_ack_result import BulkAckResult

T = TypeVar("T", bound="BulkAckResponseChanges")


@_attrs_define
class BulkAckResponseChanges:
    """One result per incident, keyed by the incident's primary key as a string."""

    additional_properties: dict[str, BulkAckResult] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bulk_ack_response_changes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = BulkAckResult.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        bulk_ack_response_changes.additional_properties = additional_properties
        return bulk_ack_response_changes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BulkAckResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BulkAckResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

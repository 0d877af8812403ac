from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acknowledgement import Acknowledgement
from ..models.bulk_errors_type_0 import BulkErrorsType0

T = TypeVar("T", bound="BulkAckResult")


@_attrs_define
class BulkAckResult:
    """
    Attributes:
        ack (Acknowledgement | None):
        status (int):
        errors (BulkErrorsType0 | None): Why the change failed for this incident, by field; null when it worked.
    """

    ack: Acknowledgement | None
    status: int
    errors: BulkErrorsType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ack: dict[str, Any] | None
        if isinstance(self.ack, Acknowledgement):
            ack = self.ack.to_dict()
        else:
            ack = self.ack

        status = self.status

        errors: dict[str, Any] | None
        if isinstance(self.errors, BulkErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ack": ack,
                "status": status,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ack(data: object) -> Acknowledgement | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ack_type_0 = Acknowledgement.from_dict(data)

                return ack_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Acknowledgement | None, data)

        ack = _parse_ack(d.pop("ack"))

        status = d.pop("status")

        def _parse_errors(data: object) -> BulkErrorsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_errors_type_0 = BulkErrorsType0.from_dict(data)

                return componentsschemas_bulk_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkErrorsType0 | None, data)

        errors = _parse_errors(d.pop("errors"))

        bulk_ack_result = cls(
            ack=ack,
            status=status,
            errors=errors,
        )

        bulk_ack_result.additional_properties = d
        return bulk_ack_result

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

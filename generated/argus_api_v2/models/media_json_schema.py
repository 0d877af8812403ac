from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_json_schema_json_schema import MediaJsonSchemaJsonSchema

T = TypeVar("T", bound="MediaJsonSchema")


@_attrs_define
class MediaJsonSchema:
    """
    Attributes:
        json_schema (MediaJsonSchemaJsonSchema): A JSON schema for the `settings` of a destination of this medium.
    """

    json_schema: MediaJsonSchemaJsonSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        json_schema = MediaJsonSchemaJsonSchema.from_dict(d.pop("json_schema"))

        media_json_schema = cls(
            json_schema=json_schema,
        )

        media_json_schema.additional_properties = d
        return media_json_schema

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

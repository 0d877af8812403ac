from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.media_json_schema_json_schema import MediaJsonSchemaJsonSchema

T = TypeVar("T", bound="MediaJsonSchema")


class MediaJsonSchema:
    """
    Attributes:
        json_schema (MediaJsonSchemaJsonSchema): A JSON schema for the `settings` of a destination of this medium.
    """

    __slots__ = ("json_schema", "additional_properties")
    __match_args__ = ("json_schema",)

    json_schema: MediaJsonSchemaJsonSchema
    additional_properties: dict[str, Any]

    def __init__(self, json_schema: MediaJsonSchemaJsonSchema) -> None:
        self.json_schema = json_schema
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MediaJsonSchema) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.json_schema, self.additional_properties) == (other.json_schema, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(json_schema={self.json_schema!r}, additional_properties={self.additional_properties!r})"

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

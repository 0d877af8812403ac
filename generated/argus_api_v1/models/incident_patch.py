from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import UnknownFieldsError
from ..models.tag_value import TagValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentPatch")


@_attrs_define
class IncidentPatch:
    """Only these fields of an incident can change.

    Attributes:
        details_url (str | Unset):
        ticket_url (str | Unset):
        level (int | Unset): Severity, 1 (most severe) to 5.
        description (str | Unset):
        metadata (Any | Unset): Any JSON the source system wants to attach (usually an object).
        tags (list[TagValue] | Unset): Replaces all the incident's tags.
    """

    details_url: str | Unset = UNSET
    ticket_url: str | Unset = UNSET
    level: int | Unset = UNSET
    description: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    tags: list[TagValue] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        details_url = self.details_url

        ticket_url = self.ticket_url

        level = self.level

        description = self.description

        metadata = self.metadata

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if details_url is not UNSET:
            field_dict["details_url"] = details_url
        if ticket_url is not UNSET:
            field_dict["ticket_url"] = ticket_url
        if level is not UNSET:
            field_dict["level"] = level
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        details_url = d.pop("details_url", UNSET)

        ticket_url = d.pop("ticket_url", UNSET)

        level = d.pop("level", UNSET)

        description = d.pop("description", UNSET)

        metadata = d.pop("metadata", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[TagValue] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = TagValue.from_dict(tags_item_data)

                tags.append(tags_item)

        if d:
            raise UnknownFieldsError(
                cls.__name__, d, known=["details_url", "ticket_url", "level", "description", "metadata", "tags"]
            )
        incident_patch = cls(
            details_url=details_url,
            ticket_url=ticket_url,
            level=level,
            description=description,
            metadata=metadata,
            tags=tags,
        )

        return incident_patch

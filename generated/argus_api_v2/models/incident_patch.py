from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..errors import UnknownFieldsError
from ..models.tag_value import TagValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentPatch")


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

    __slots__ = ("details_url", "ticket_url", "level", "description", "metadata", "tags")
    __match_args__ = ("details_url", "ticket_url", "level", "description", "metadata", "tags")

    details_url: str | Unset
    ticket_url: str | Unset
    level: int | Unset
    description: str | Unset
    metadata: Any | Unset
    tags: list[TagValue] | Unset

    def __init__(
        self,
        details_url: str | Unset = UNSET,
        ticket_url: str | Unset = UNSET,
        level: int | Unset = UNSET,
        description: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        tags: list[TagValue] | Unset = UNSET,
    ) -> None:
        self.details_url = details_url
        self.ticket_url = ticket_url
        self.level = level
        self.description = description
        self.metadata = metadata
        self.tags = tags

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IncidentPatch) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.details_url, self.ticket_url, self.level, self.description, self.metadata, self.tags) == (
            other.details_url,
            other.ticket_url,
            other.level,
            other.description,
            other.metadata,
            other.tags,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(details_url={self.details_url!r}, ticket_url={self.ticket_url!r}, level={self.level!r}, description={self.description!r}, metadata={self.metadata!r}, tags={self.tags!r})"

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..errors import UnknownFieldsError
from ..models.tag_value import TagValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentReplace")


class IncidentReplace:
    """
    Attributes:
        tags (list[TagValue]):
        details_url (str | Unset):
        ticket_url (str | Unset):
        level (int | Unset): Severity, 1 (most severe) to 5.
        description (str | Unset):
        metadata (Any | Unset): Any JSON the source system wants to attach (usually an object).
    """

    __slots__ = ("tags", "details_url", "ticket_url", "level", "description", "metadata")
    __match_args__ = ("tags", "details_url", "ticket_url", "level", "description", "metadata")

    tags: list[TagValue]
    details_url: str | Unset
    ticket_url: str | Unset
    level: int | Unset
    description: str | Unset
    metadata: Any | Unset

    def __init__(
        self,
        tags: list[TagValue],
        details_url: str | Unset = UNSET,
        ticket_url: str | Unset = UNSET,
        level: int | Unset = UNSET,
        description: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
    ) -> None:
        self.tags = tags
        self.details_url = details_url
        self.ticket_url = ticket_url
        self.level = level
        self.description = description
        self.metadata = metadata

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IncidentReplace) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.tags, self.details_url, self.ticket_url, self.level, self.description, self.metadata) == (
            other.tags,
            other.details_url,
            other.ticket_url,
            other.level,
            other.description,
            other.metadata,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tags={self.tags!r}, details_url={self.details_url!r}, ticket_url={self.ticket_url!r}, level={self.level!r}, description={self.description!r}, metadata={self.metadata!r})"

    def to_dict(self) -> dict[str, Any]:
        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        details_url = self.details_url

        ticket_url = self.ticket_url

        level = self.level

        description = self.description

        metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tags": tags,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = TagValue.from_dict(tags_item_data)

            tags.append(tags_item)

        details_url = d.pop("details_url", UNSET)

        ticket_url = d.pop("ticket_url", UNSET)

        level = d.pop("level", UNSET)

        description = d.pop("description", UNSET)

        metadata = d.pop("metadata", UNSET)

        if d:
            raise UnknownFieldsError(
                cls.__name__, d, known=["tags", "details_url", "ticket_url", "level", "description", "metadata"]
            )
        incident_replace = cls(
            tags=tags,
            details_url=details_url,
            ticket_url=ticket_url,
            level=level,
            description=description,
            metadata=metadata,
        )

        return incident_replace

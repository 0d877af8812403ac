from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from ..models.tag_value import TagValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentCreate")


class IncidentCreate:
    """
    Attributes:
        start_time (datetime.datetime):
        tags (list[TagValue]):
        end_time (datetime.datetime | Literal['infinity'] | None | Unset): When the incident ended: a date-time
            (closed), the string "infinity" (stateful and still
            open) or null (stateless: a single point in time). argus_ext reads a year-9999 date-time as
            "infinity" too.
        source_incident_id (str | Unset):
        details_url (str | Unset):
        description (str | Unset):
        level (int | Unset): Severity, 1 (most severe) to 5.
        ticket_url (str | Unset): An absolute http(s) or ftp(s) URL (an empty one is refused; leave it out instead).
        metadata (Any | Unset): Any JSON the source system wants to attach (usually an object).
    """

    __slots__ = (
        "start_time",
        "tags",
        "end_time",
        "source_incident_id",
        "details_url",
        "description",
        "level",
        "ticket_url",
        "metadata",
        "additional_properties",
    )
    __match_args__ = (
        "start_time",
        "tags",
        "end_time",
        "source_incident_id",
        "details_url",
        "description",
        "level",
        "ticket_url",
        "metadata",
    )

    start_time: datetime.datetime
    tags: list[TagValue]
    end_time: datetime.datetime | Literal["infinity"] | None | Unset
    source_incident_id: str | Unset
    details_url: str | Unset
    description: str | Unset
    level: int | Unset
    ticket_url: str | Unset
    metadata: Any | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start_time: datetime.datetime,
        tags: list[TagValue],
        end_time: datetime.datetime | Literal["infinity"] | None | Unset = UNSET,
        source_incident_id: str | Unset = UNSET,
        details_url: str | Unset = UNSET,
        description: str | Unset = UNSET,
        level: int | Unset = UNSET,
        ticket_url: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
    ) -> None:
        self.start_time = start_time
        self.tags = tags
        self.end_time = end_time
        self.source_incident_id = source_incident_id
        self.details_url = details_url
        self.description = description
        self.level = level
        self.ticket_url = ticket_url
        self.metadata = metadata
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IncidentCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start_time,
            self.tags,
            self.end_time,
            self.source_incident_id,
            self.details_url,
            self.description,
            self.level,
            self.ticket_url,
            self.metadata,
            self.additional_properties,
        ) == (
            other.start_time,
            other.tags,
            other.end_time,
            other.source_incident_id,
            other.details_url,
            other.description,
            other.level,
            other.ticket_url,
            other.metadata,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(start_time={self.start_time!r}, tags={self.tags!r}, end_time={self.end_time!r}, source_incident_id={self.source_incident_id!r}, details_url={self.details_url!r}, description={self.description!r}, level={self.level!r}, ticket_url={self.ticket_url!r}, metadata={self.metadata!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        end_time: Literal["infinity"] | None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        source_incident_id = self.source_incident_id

        details_url = self.details_url

        description = self.description

        level = self.level

        ticket_url = self.ticket_url

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "tags": tags,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if source_incident_id is not UNSET:
            field_dict["source_incident_id"] = source_incident_id
        if details_url is not UNSET:
            field_dict["details_url"] = details_url
        if description is not UNSET:
            field_dict["description"] = description
        if level is not UNSET:
            field_dict["level"] = level
        if ticket_url is not UNSET:
            field_dict["ticket_url"] = ticket_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = TagValue.from_dict(tags_item_data)

            tags.append(tags_item)

        def _parse_end_time(data: object) -> datetime.datetime | Literal["infinity"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if data == "infinity":
                return "infinity"
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_end_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            componentsschemas_end_time_type_1 = cast(Literal["infinity"], data)
            if componentsschemas_end_time_type_1 != "infinity":
                raise ValueError(
                    f"/components/schemas/EndTime_type_1 must match const 'infinity', got '{componentsschemas_end_time_type_1}'"
                )
            return componentsschemas_end_time_type_1
            return cast(datetime.datetime | Literal["infinity"] | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        source_incident_id = d.pop("source_incident_id", UNSET)

        details_url = d.pop("details_url", UNSET)

        description = d.pop("description", UNSET)

        level = d.pop("level", UNSET)

        ticket_url = d.pop("ticket_url", UNSET)

        metadata = d.pop("metadata", UNSET)

        incident_create = cls(
            start_time=start_time,
            tags=tags,
            end_time=end_time,
            source_incident_id=source_incident_id,
            details_url=details_url,
            description=description,
            level=level,
            ticket_url=ticket_url,
            metadata=metadata,
        )

        incident_create.additional_properties = d
        return incident_create

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_value import TagValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentCreate")


@_attrs_define
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

    start_time: datetime.datetime
    tags: list[TagValue]
    end_time: datetime.datetime | Literal["infinity"] | None | Unset = UNSET
    source_incident_id: str | Unset = UNSET
    details_url: str | Unset = UNSET
    description: str | Unset = UNSET
    level: int | Unset = UNSET
    ticket_url: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

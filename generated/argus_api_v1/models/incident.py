from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from ..models.source_system import SourceSystem
from ..models.tag import Tag
from ..types import UNSET, Unset

T = TypeVar("T", bound="Incident")


class Incident:
    """
    Attributes:
        pk (int):
        start_time (datetime.datetime): When the incident started.
        end_time (datetime.datetime | Literal['infinity'] | None): When the incident ended: a date-time (closed), the
            string "infinity" (stateful and still
            open) or null (stateless: a single point in time). argus_ext reads a year-9999 date-time as
            "infinity" too.
        source (SourceSystem):
        source_incident_id (str): The incident's id in its source system.
        details_url (str): Where the source system shows the incident (may be relative to the source's base_url).
        description (str):
        level (int): Severity, 1 (most severe) to 5.
        ticket_url (str): The incident's ticket, if any.
        tags (list[Tag]):
        stateful (bool): False for a stateless incident (end_time null).
        open_ (bool): True while a stateful incident has no end.
        acked (bool): True while an acknowledgement is in force.
        metadata (Any | Unset): Whatever JSON the source system attached. argus-server 1.37.0 leaves it out of
            `get_incident` and the incident lists (incidents/, mine/, open/, open+unacked/), and
            sends it with create, PATCH and PUT answers and the profile and filter previews.
    """

    __slots__ = (
        "pk",
        "start_time",
        "end_time",
        "source",
        "source_incident_id",
        "details_url",
        "description",
        "level",
        "ticket_url",
        "tags",
        "stateful",
        "open_",
        "acked",
        "metadata",
        "additional_properties",
    )
    __match_args__ = (
        "pk",
        "start_time",
        "end_time",
        "source",
        "source_incident_id",
        "details_url",
        "description",
        "level",
        "ticket_url",
        "tags",
        "stateful",
        "open_",
        "acked",
        "metadata",
    )

    pk: int
    start_time: datetime.datetime
    end_time: datetime.datetime | Literal["infinity"] | None
    source: SourceSystem
    source_incident_id: str
    details_url: str
    description: str
    level: int
    ticket_url: str
    tags: list[Tag]
    stateful: bool
    open_: bool
    acked: bool
    metadata: Any | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pk: int,
        start_time: datetime.datetime,
        end_time: datetime.datetime | Literal["infinity"] | None,
        source: SourceSystem,
        source_incident_id: str,
        details_url: str,
        description: str,
        level: int,
        ticket_url: str,
        tags: list[Tag],
        stateful: bool,
        open_: bool,
        acked: bool,
        metadata: Any | Unset = UNSET,
    ) -> None:
        self.pk = pk
        self.start_time = start_time
        self.end_time = end_time
        self.source = source
        self.source_incident_id = source_incident_id
        self.details_url = details_url
        self.description = description
        self.level = level
        self.ticket_url = ticket_url
        self.tags = tags
        self.stateful = stateful
        self.open_ = open_
        self.acked = acked
        self.metadata = metadata
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Incident) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pk,
            self.start_time,
            self.end_time,
            self.source,
            self.source_incident_id,
            self.details_url,
            self.description,
            self.level,
            self.ticket_url,
            self.tags,
            self.stateful,
            self.open_,
            self.acked,
            self.metadata,
            self.additional_properties,
        ) == (
            other.pk,
            other.start_time,
            other.end_time,
            other.source,
            other.source_incident_id,
            other.details_url,
            other.description,
            other.level,
            other.ticket_url,
            other.tags,
            other.stateful,
            other.open_,
            other.acked,
            other.metadata,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, start_time={self.start_time!r}, end_time={self.end_time!r}, source={self.source!r}, source_incident_id={self.source_incident_id!r}, details_url={self.details_url!r}, description={self.description!r}, level={self.level!r}, ticket_url={self.ticket_url!r}, tags={self.tags!r}, stateful={self.stateful!r}, open_={self.open_!r}, acked={self.acked!r}, metadata={self.metadata!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        start_time = self.start_time.isoformat()

        end_time: Literal["infinity"] | None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        source = self.source.to_dict()

        source_incident_id = self.source_incident_id

        details_url = self.details_url

        description = self.description

        level = self.level

        ticket_url = self.ticket_url

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        stateful = self.stateful

        open_ = self.open_

        acked = self.acked

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "start_time": start_time,
                "end_time": end_time,
                "source": source,
                "source_incident_id": source_incident_id,
                "details_url": details_url,
                "description": description,
                "level": level,
                "ticket_url": ticket_url,
                "tags": tags,
                "stateful": stateful,
                "open": open_,
                "acked": acked,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        def _parse_end_time(data: object) -> datetime.datetime | Literal["infinity"] | None:
            if data is None:
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
            return cast(datetime.datetime | Literal["infinity"] | None, data)

        end_time = _parse_end_time(d.pop("end_time"))

        source = SourceSystem.from_dict(d.pop("source"))

        source_incident_id = d.pop("source_incident_id")

        details_url = d.pop("details_url")

        description = d.pop("description")

        level = d.pop("level")

        ticket_url = d.pop("ticket_url")

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = Tag.from_dict(tags_item_data)

            tags.append(tags_item)

        stateful = d.pop("stateful")

        open_ = d.pop("open")

        acked = d.pop("acked")

        metadata = d.pop("metadata", UNSET)

        incident = cls(
            pk=pk,
            start_time=start_time,
            end_time=end_time,
            source=source,
            source_incident_id=source_incident_id,
            details_url=details_url,
            description=description,
            level=level,
            ticket_url=ticket_url,
            tags=tags,
            stateful=stateful,
            open_=open_,
            acked=acked,
            metadata=metadata,
        )

        incident.additional_properties = d
        return incident

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

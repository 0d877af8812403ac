from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.filter_content_event_types_item import FilterContentEventTypesItem, check_filter_content_event_types_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterContent")


class FilterContent:
    """Which incidents match: every field given must match. Booleans and maxlevel may be null
    (no condition); tags are "key=value" (same key: any of them; different keys: all). A
    filter with no condition at all matches no incident.

        Attributes:
            source_system_ids (list[int] | Unset):
            source_types (list[str] | Unset):
            tags (list[str] | Unset):
            open_ (bool | None | Unset):
            acked (bool | None | Unset):
            stateful (bool | None | Unset):
            maxlevel (int | None | Unset):
            event_types (list[FilterContentEventTypesItem] | Unset):
            hide_closed_acked (bool | Unset):
    """

    __slots__ = (
        "source_system_ids",
        "source_types",
        "tags",
        "open_",
        "acked",
        "stateful",
        "maxlevel",
        "event_types",
        "hide_closed_acked",
        "additional_properties",
    )
    __match_args__ = (
        "source_system_ids",
        "source_types",
        "tags",
        "open_",
        "acked",
        "stateful",
        "maxlevel",
        "event_types",
        "hide_closed_acked",
    )

    source_system_ids: list[int] | Unset
    source_types: list[str] | Unset
    tags: list[str] | Unset
    open_: bool | None | Unset
    acked: bool | None | Unset
    stateful: bool | None | Unset
    maxlevel: int | None | Unset
    event_types: list[FilterContentEventTypesItem] | Unset
    hide_closed_acked: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source_system_ids: list[int] | Unset = UNSET,
        source_types: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        open_: bool | None | Unset = UNSET,
        acked: bool | None | Unset = UNSET,
        stateful: bool | None | Unset = UNSET,
        maxlevel: int | None | Unset = UNSET,
        event_types: list[FilterContentEventTypesItem] | Unset = UNSET,
        hide_closed_acked: bool | Unset = UNSET,
    ) -> None:
        self.source_system_ids = source_system_ids
        self.source_types = source_types
        self.tags = tags
        self.open_ = open_
        self.acked = acked
        self.stateful = stateful
        self.maxlevel = maxlevel
        self.event_types = event_types
        self.hide_closed_acked = hide_closed_acked
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FilterContent) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.source_system_ids,
            self.source_types,
            self.tags,
            self.open_,
            self.acked,
            self.stateful,
            self.maxlevel,
            self.event_types,
            self.hide_closed_acked,
            self.additional_properties,
        ) == (
            other.source_system_ids,
            other.source_types,
            other.tags,
            other.open_,
            other.acked,
            other.stateful,
            other.maxlevel,
            other.event_types,
            other.hide_closed_acked,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(source_system_ids={self.source_system_ids!r}, source_types={self.source_types!r}, tags={self.tags!r}, open_={self.open_!r}, acked={self.acked!r}, stateful={self.stateful!r}, maxlevel={self.maxlevel!r}, event_types={self.event_types!r}, hide_closed_acked={self.hide_closed_acked!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        source_system_ids: list[int] | Unset = UNSET
        if not isinstance(self.source_system_ids, Unset):
            source_system_ids = self.source_system_ids

        source_types: list[str] | Unset = UNSET
        if not isinstance(self.source_types, Unset):
            source_types = self.source_types

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        open_: bool | None | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        acked: bool | None | Unset
        if isinstance(self.acked, Unset):
            acked = UNSET
        else:
            acked = self.acked

        stateful: bool | None | Unset
        if isinstance(self.stateful, Unset):
            stateful = UNSET
        else:
            stateful = self.stateful

        maxlevel: int | None | Unset
        if isinstance(self.maxlevel, Unset):
            maxlevel = UNSET
        else:
            maxlevel = self.maxlevel

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item: str = event_types_item_data
                event_types.append(event_types_item)

        hide_closed_acked = self.hide_closed_acked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_system_ids is not UNSET:
            field_dict["sourceSystemIds"] = source_system_ids
        if source_types is not UNSET:
            field_dict["source_types"] = source_types
        if tags is not UNSET:
            field_dict["tags"] = tags
        if open_ is not UNSET:
            field_dict["open"] = open_
        if acked is not UNSET:
            field_dict["acked"] = acked
        if stateful is not UNSET:
            field_dict["stateful"] = stateful
        if maxlevel is not UNSET:
            field_dict["maxlevel"] = maxlevel
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if hide_closed_acked is not UNSET:
            field_dict["hide_closed_acked"] = hide_closed_acked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_system_ids = cast(list[int], d.pop("sourceSystemIds", UNSET))

        source_types = cast(list[str], d.pop("source_types", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_open_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        open_ = _parse_open_(d.pop("open", UNSET))

        def _parse_acked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        acked = _parse_acked(d.pop("acked", UNSET))

        def _parse_stateful(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stateful = _parse_stateful(d.pop("stateful", UNSET))

        def _parse_maxlevel(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maxlevel = _parse_maxlevel(d.pop("maxlevel", UNSET))

        _event_types = d.pop("event_types", UNSET)
        event_types: list[FilterContentEventTypesItem] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = check_filter_content_event_types_item(event_types_item_data)

                event_types.append(event_types_item)

        hide_closed_acked = d.pop("hide_closed_acked", UNSET)

        filter_content = cls(
            source_system_ids=source_system_ids,
            source_types=source_types,
            tags=tags,
            open_=open_,
            acked=acked,
            stateful=stateful,
            maxlevel=maxlevel,
            event_types=event_types,
            hide_closed_acked=hide_closed_acked,
        )

        filter_content.additional_properties = d
        return filter_content

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

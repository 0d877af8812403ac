from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.filter_content import FilterContent
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterPatch")


class FilterPatch:
    """The fields given change; a `filter` given replaces the whole filter content.

    Attributes:
        name (str | Unset):
        filter_string (str | Unset):
        filter_ (FilterContent | Unset): Which incidents match: every field given must match. Booleans and maxlevel may
            be null
            (no condition); tags are "key=value" (same key: any of them; different keys: all). A
            filter with no condition at all matches no incident. The v1 server knows only these
            fields (v2's source_types and event_types are silently dropped).
    """

    __slots__ = ("name", "filter_string", "filter_", "additional_properties")
    __match_args__ = ("name", "filter_string", "filter_")

    name: str | Unset
    filter_string: str | Unset
    filter_: FilterContent | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self, name: str | Unset = UNSET, filter_string: str | Unset = UNSET, filter_: FilterContent | Unset = UNSET
    ) -> None:
        self.name = name
        self.filter_string = filter_string
        self.filter_ = filter_
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FilterPatch) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.filter_string, self.filter_, self.additional_properties) == (
            other.name,
            other.filter_string,
            other.filter_,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, filter_string={self.filter_string!r}, filter_={self.filter_!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filter_string = self.filter_string

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if filter_string is not UNSET:
            field_dict["filter_string"] = filter_string
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        filter_string = d.pop("filter_string", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: FilterContent | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = FilterContent.from_dict(_filter_)

        filter_patch = cls(
            name=name,
            filter_string=filter_string,
            filter_=filter_,
        )

        filter_patch.additional_properties = d
        return filter_patch

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

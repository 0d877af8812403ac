from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_content import FilterContent
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterPatch")


@_attrs_define
class FilterPatch:
    """
    Attributes:
        name (str | Unset):
        filter_ (FilterContent | Unset): Which incidents match: every field given must match. Booleans and maxlevel may
            be null
            (no condition); tags are "key=value" (same key: any of them; different keys: all). A
            filter with no condition at all matches no incident.
        public (bool | Unset):
    """

    name: str | Unset = UNSET
    filter_: FilterContent | Unset = UNSET
    public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: FilterContent | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = FilterContent.from_dict(_filter_)

        public = d.pop("public", UNSET)

        filter_patch = cls(
            name=name,
            filter_=filter_,
            public=public,
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

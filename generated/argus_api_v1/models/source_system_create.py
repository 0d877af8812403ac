from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceSystemCreate")


@_attrs_define
class SourceSystemCreate:
    """
    Attributes:
        name (str):
        type_ (str): The name of an existing source type.
        base_url (str | Unset):
        username (str | Unset): The name of the source system's user (default the source's name).
    """

    name: str
    type_: str
    base_url: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        base_url = self.base_url

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        base_url = d.pop("base_url", UNSET)

        username = d.pop("username", UNSET)

        source_system_create = cls(
            name=name,
            type_=type_,
            base_url=base_url,
            username=username,
        )

        source_system_create.additional_properties = d
        return source_system_create

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_system_type import SourceSystemType

T = TypeVar("T", bound="SourceSystem")


@_attrs_define
class SourceSystem:
    """
    Attributes:
        pk (int):
        name (str):
        type_ (SourceSystemType):
        user (int): The primary key of the source system's own user.
        base_url (str): Combined with an incident's relative details_url to link to the source.
    """

    pk: int
    name: str
    type_: SourceSystemType
    user: int
    base_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        name = self.name

        type_ = self.type_.to_dict()

        user = self.user

        base_url = self.base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "name": name,
                "type": type_,
                "user": user,
                "base_url": base_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        name = d.pop("name")

        type_ = SourceSystemType.from_dict(d.pop("type"))

        user = d.pop("user")

        base_url = d.pop("base_url")

        source_system = cls(
            pk=pk,
            name=name,
            type_=type_,
            user=user,
            base_url=base_url,
        )

        source_system.additional_properties = d
        return source_system

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

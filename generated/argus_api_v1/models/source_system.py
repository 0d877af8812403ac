from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.source_system_type import SourceSystemType

T = TypeVar("T", bound="SourceSystem")


class SourceSystem:
    """
    Attributes:
        pk (int):
        name (str):
        type_ (SourceSystemType):
        user (int): The primary key of the source system's own user.
        base_url (str): Combined with an incident's relative details_url to link to the source.
    """

    __slots__ = ("pk", "name", "type_", "user", "base_url", "additional_properties")
    __match_args__ = ("pk", "name", "type_", "user", "base_url")

    pk: int
    name: str
    type_: SourceSystemType
    user: int
    base_url: str
    additional_properties: dict[str, Any]

    def __init__(self, pk: int, name: str, type_: SourceSystemType, user: int, base_url: str) -> None:
        self.pk = pk
        self.name = name
        self.type_ = type_
        self.user = user
        self.base_url = base_url
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SourceSystem) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pk, self.name, self.type_, self.user, self.base_url, self.additional_properties) == (
            other.pk,
            other.name,
            other.type_,
            other.user,
            other.base_url,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, name={self.name!r}, type_={self.type_!r}, user={self.user!r}, base_url={self.base_url!r}, additional_properties={self.additional_properties!r})"

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Media")


class Media:
    """
    Attributes:
        slug (str): The medium's id, such as "email" or "sms".
        name (str):
        installed (bool):
    """

    __slots__ = ("slug", "name", "installed", "additional_properties")
    __match_args__ = ("slug", "name", "installed")

    slug: str
    name: str
    installed: bool
    additional_properties: dict[str, Any]

    def __init__(self, slug: str, name: str, installed: bool) -> None:
        self.slug = slug
        self.name = name
        self.installed = installed
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Media) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.slug, self.name, self.installed, self.additional_properties) == (
            other.slug,
            other.name,
            other.installed,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(slug={self.slug!r}, name={self.name!r}, installed={self.installed!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        installed = self.installed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "installed": installed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        installed = d.pop("installed")

        media = cls(
            slug=slug,
            name=name,
            installed=installed,
        )

        media.additional_properties = d
        return media

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

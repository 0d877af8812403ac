from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Actor")


class Actor:
    """The user behind an event.

    Attributes:
        pk (int):
        username (str):
    """

    __slots__ = ("pk", "username", "additional_properties")
    __match_args__ = ("pk", "username")

    pk: int
    username: str
    additional_properties: dict[str, Any]

    def __init__(self, pk: int, username: str) -> None:
        self.pk = pk
        self.username = username
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Actor) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pk, self.username, self.additional_properties) == (
            other.pk,
            other.username,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, username={self.username!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        username = d.pop("username")

        actor = cls(
            pk=pk,
            username=username,
        )

        actor.additional_properties = d
        return actor

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

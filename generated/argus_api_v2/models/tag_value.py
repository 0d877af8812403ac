from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="TagValue")


class TagValue:
    """A tag, "key=value": the key is lower-case letters, digits and underscores, the value anything,
    empty too ("k="). The server strips whitespace around the key and the value: only the stripped
    form is valid here (it is what the server stores and returns).

        Attributes:
            tag (str):
    """

    __slots__ = ("tag", "additional_properties")
    __match_args__ = ("tag",)

    tag: str
    additional_properties: dict[str, Any]

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TagValue) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.tag, self.additional_properties) == (other.tag, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tag={self.tag!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag = d.pop("tag")

        tag_value = cls(
            tag=tag,
        )

        tag_value.additional_properties = d
        return tag_value

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

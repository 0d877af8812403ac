from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Tag")


class Tag:
    """A tag of an incident, as the server returns it.

    Attributes:
        tag (str): "key=value", stored as TagValue says (the value may be empty).
        added_by (int): The primary key of the user who added the tag.
        added_time (datetime.datetime):
    """

    __slots__ = ("tag", "added_by", "added_time", "additional_properties")
    __match_args__ = ("tag", "added_by", "added_time")

    tag: str
    added_by: int
    added_time: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(self, tag: str, added_by: int, added_time: datetime.datetime) -> None:
        self.tag = tag
        self.added_by = added_by
        self.added_time = added_time
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tag) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.tag, self.added_by, self.added_time, self.additional_properties) == (
            other.tag,
            other.added_by,
            other.added_time,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(tag={self.tag!r}, added_by={self.added_by!r}, added_time={self.added_time!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        added_by = self.added_by

        added_time = self.added_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
                "added_by": added_by,
                "added_time": added_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag = d.pop("tag")

        added_by = d.pop("added_by")

        added_time = datetime.datetime.fromisoformat(d.pop("added_time"))

        tag = cls(
            tag=tag,
            added_by=added_by,
            added_time=added_time,
        )

        tag.additional_properties = d
        return tag

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

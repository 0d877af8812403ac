from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.filter_content_response import FilterContentResponse

T = TypeVar("T", bound="NotificationFilter")


class NotificationFilter:
    """
    Attributes:
        pk (int):
        name (str):
        filter_string (str): The v1 form of the filter: a JSON object as a string, always with `sourceSystemIds` and
            `tags`, such as `{"sourceSystemIds": [], "tags": ["host=a"]}`.
        filter_ (FilterContentResponse): A filter's content as stored: open, acked, stateful and maxlevel always (null
            for no
            condition), sourceSystemIds and tags only when they were set through `filter`.
    """

    __slots__ = ("pk", "name", "filter_string", "filter_", "additional_properties")
    __match_args__ = ("pk", "name", "filter_string", "filter_")

    pk: int
    name: str
    filter_string: str
    filter_: FilterContentResponse
    additional_properties: dict[str, Any]

    def __init__(self, pk: int, name: str, filter_string: str, filter_: FilterContentResponse) -> None:
        self.pk = pk
        self.name = name
        self.filter_string = filter_string
        self.filter_ = filter_
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationFilter) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pk, self.name, self.filter_string, self.filter_, self.additional_properties) == (
            other.pk,
            other.name,
            other.filter_string,
            other.filter_,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, name={self.name!r}, filter_string={self.filter_string!r}, filter_={self.filter_!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        name = self.name

        filter_string = self.filter_string

        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "name": name,
                "filter_string": filter_string,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        name = d.pop("name")

        filter_string = d.pop("filter_string")

        filter_ = FilterContentResponse.from_dict(d.pop("filter"))

        notification_filter = cls(
            pk=pk,
            name=name,
            filter_string=filter_string,
            filter_=filter_,
        )

        notification_filter.additional_properties = d
        return notification_filter

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

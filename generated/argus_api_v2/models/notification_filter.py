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
        filter_ (FilterContentResponse): A filter's content as stored; fields never set are left out.
        public (bool):
    """

    __slots__ = ("pk", "name", "filter_", "public", "additional_properties")
    __match_args__ = ("pk", "name", "filter_", "public")

    pk: int
    name: str
    filter_: FilterContentResponse
    public: bool
    additional_properties: dict[str, Any]

    def __init__(self, pk: int, name: str, filter_: FilterContentResponse, public: bool) -> None:
        self.pk = pk
        self.name = name
        self.filter_ = filter_
        self.public = public
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NotificationFilter) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pk, self.name, self.filter_, self.public, self.additional_properties) == (
            other.pk,
            other.name,
            other.filter_,
            other.public,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, name={self.name!r}, filter_={self.filter_!r}, public={self.public!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        name = self.name

        filter_ = self.filter_.to_dict()

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "name": name,
                "filter": filter_,
                "public": public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        name = d.pop("name")

        filter_ = FilterContentResponse.from_dict(d.pop("filter"))

        public = d.pop("public")

        notification_filter = cls(
            pk=pk,
            name=name,
            filter_=filter_,
            public=public,
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

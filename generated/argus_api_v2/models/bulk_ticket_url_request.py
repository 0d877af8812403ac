from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

T = TypeVar("T", bound="BulkTicketUrlRequest")


class BulkTicketUrlRequest:
    """
    Attributes:
        ids (list[int]): The incidents' primary keys.
        ticket_url (str):
    """

    __slots__ = ("ids", "ticket_url", "additional_properties")
    __match_args__ = ("ids", "ticket_url")

    ids: list[int]
    ticket_url: str
    additional_properties: dict[str, Any]

    def __init__(self, ids: list[int], ticket_url: str) -> None:
        self.ids = ids
        self.ticket_url = ticket_url
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BulkTicketUrlRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.ids, self.ticket_url, self.additional_properties) == (
            other.ids,
            other.ticket_url,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(ids={self.ids!r}, ticket_url={self.ticket_url!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        ticket_url = self.ticket_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
                "ticket_url": ticket_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        ticket_url = d.pop("ticket_url")

        bulk_ticket_url_request = cls(
            ids=ids,
            ticket_url=ticket_url,
        )

        bulk_ticket_url_request.additional_properties = d
        return bulk_ticket_url_request

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

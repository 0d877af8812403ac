from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="TicketUrl")


class TicketUrl:
    """
    Attributes:
        ticket_url (str):
    """

    __slots__ = ("ticket_url", "additional_properties")
    __match_args__ = ("ticket_url",)

    ticket_url: str
    additional_properties: dict[str, Any]

    def __init__(self, ticket_url: str) -> None:
        self.ticket_url = ticket_url
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TicketUrl) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.ticket_url, self.additional_properties) == (other.ticket_url, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(ticket_url={self.ticket_url!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        ticket_url = self.ticket_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_url": ticket_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_url = d.pop("ticket_url")

        ticket_url = cls(
            ticket_url=ticket_url,
        )

        ticket_url.additional_properties = d
        return ticket_url

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.event import Event

T = TypeVar("T", bound="Acknowledgement")


class Acknowledgement:
    """
    Attributes:
        pk (int):
        event (Event):
        expiration (datetime.datetime | None): When the acknowledgement stops counting, or null for never.
    """

    __slots__ = ("pk", "event", "expiration", "additional_properties")
    __match_args__ = ("pk", "event", "expiration")

    pk: int
    event: Event
    expiration: datetime.datetime | None
    additional_properties: dict[str, Any]

    def __init__(self, pk: int, event: Event, expiration: datetime.datetime | None) -> None:
        self.pk = pk
        self.event = event
        self.expiration = expiration
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Acknowledgement) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pk, self.event, self.expiration, self.additional_properties) == (
            other.pk,
            other.event,
            other.expiration,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, event={self.event!r}, expiration={self.expiration!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        event = self.event.to_dict()

        expiration: None | str
        if isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "event": event,
                "expiration": expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        event = Event.from_dict(d.pop("event"))

        def _parse_expiration(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expiration = _parse_expiration(d.pop("expiration"))

        acknowledgement = cls(
            pk=pk,
            event=event,
            expiration=expiration,
        )

        acknowledgement.additional_properties = d
        return acknowledgement

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

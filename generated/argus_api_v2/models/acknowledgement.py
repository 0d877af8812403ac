from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event import Event

T = TypeVar("T", bound="Acknowledgement")


@_attrs_define
class Acknowledgement:
    """
    Attributes:
        pk (int):
        event (Event):
        expiration (datetime.datetime | None): When the acknowledgement stops counting, or null for never.
    """

    pk: int
    event: Event
    expiration: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

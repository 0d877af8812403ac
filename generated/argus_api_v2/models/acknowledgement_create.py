from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcknowledgementCreate")


class AcknowledgementCreate:
    """
    Attributes:
        timestamp (datetime.datetime):
        description (str | Unset):
        expiration (datetime.datetime | None | Unset): When the acknowledgement stops counting, or null for never.
    """

    __slots__ = ("timestamp", "description", "expiration", "additional_properties")
    __match_args__ = ("timestamp", "description", "expiration")

    timestamp: datetime.datetime
    description: str | Unset
    expiration: datetime.datetime | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        timestamp: datetime.datetime,
        description: str | Unset = UNSET,
        expiration: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.timestamp = timestamp
        self.description = description
        self.expiration = expiration
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AcknowledgementCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.timestamp, self.description, self.expiration, self.additional_properties) == (
            other.timestamp,
            other.description,
            other.expiration,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(timestamp={self.timestamp!r}, description={self.description!r}, expiration={self.expiration!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        description = self.description

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        description = d.pop("description", UNSET)

        def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration = _parse_expiration(d.pop("expiration", UNSET))

        acknowledgement_create = cls(
            timestamp=timestamp,
            description=description,
            expiration=expiration,
        )

        acknowledgement_create.additional_properties = d
        return acknowledgement_create

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="ExpiringToken")


class ExpiringToken:
    """
    Attributes:
        token (str):
        expiry (datetime.datetime): When the token stops working.
    """

    __slots__ = ("token", "expiry", "additional_properties")
    __match_args__ = ("token", "expiry")

    token: str
    expiry: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(self, token: str, expiry: datetime.datetime) -> None:
        self.token = token
        self.expiry = expiry
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExpiringToken) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.token, self.expiry, self.additional_properties) == (
            other.token,
            other.expiry,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(token={self.token!r}, expiry={self.expiry!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expiry = self.expiry.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "expiry": expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        expiry = datetime.datetime.fromisoformat(d.pop("expiry"))

        expiring_token = cls(
            token=token,
            expiry=expiry,
        )

        expiring_token.additional_properties = d
        return expiring_token

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="EventTypeValue")


class EventTypeValue:
    """An event type in a response.

    Attributes:
        value (str): STA start, END end, CHI change, CLO close, REO reopen, ACK acknowledge, OTH other, LES stateless.
        display (str): The type's human name, such as "Incident start".
    """

    __slots__ = ("value", "display", "additional_properties")
    __match_args__ = ("value", "display")

    value: str
    display: str
    additional_properties: dict[str, Any]

    def __init__(self, value: str, display: str) -> None:
        self.value = value
        self.display = display
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventTypeValue) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.value, self.display, self.additional_properties) == (
            other.value,
            other.display,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(value={self.value!r}, display={self.display!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "display": display,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        display = d.pop("display")

        event_type_value = cls(
            value=value,
            display=display,
        )

        event_type_value.additional_properties = d
        return event_type_value

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.bulk_errors_type_0 import BulkErrorsType0
from ..models.event import Event

T = TypeVar("T", bound="BulkEventResult")


class BulkEventResult:
    """
    Attributes:
        event (Event | None):
        status (int):
        errors (BulkErrorsType0 | None): Why the change failed for this incident, by field; null when it worked.
    """

    __slots__ = ("event", "status", "errors", "additional_properties")
    __match_args__ = ("event", "status", "errors")

    event: Event | None
    status: int
    errors: BulkErrorsType0 | None
    additional_properties: dict[str, Any]

    def __init__(self, event: Event | None, status: int, errors: BulkErrorsType0 | None) -> None:
        self.event = event
        self.status = status
        self.errors = errors
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BulkEventResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.event, self.status, self.errors, self.additional_properties) == (
            other.event,
            other.status,
            other.errors,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(event={self.event!r}, status={self.status!r}, errors={self.errors!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        event: dict[str, Any] | None
        if isinstance(self.event, Event):
            event = self.event.to_dict()
        else:
            event = self.event

        status = self.status

        errors: dict[str, Any] | None
        if isinstance(self.errors, BulkErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "status": status,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_event(data: object) -> Event | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = Event.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Event | None, data)

        event = _parse_event(d.pop("event"))

        status = d.pop("status")

        def _parse_errors(data: object) -> BulkErrorsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_errors_type_0 = BulkErrorsType0.from_dict(data)

                return componentsschemas_bulk_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkErrorsType0 | None, data)

        errors = _parse_errors(d.pop("errors"))

        bulk_event_result = cls(
            event=event,
            status=status,
            errors=errors,
        )

        bulk_event_result.additional_properties = d
        return bulk_event_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.acknowledgement_create import AcknowledgementCreate

T = TypeVar("T", bound="BulkAckRequest")


class BulkAckRequest:
    """
    Attributes:
        ids (list[int]): The incidents' primary keys.
        ack (AcknowledgementCreate):
    """

    __slots__ = ("ids", "ack", "additional_properties")
    __match_args__ = ("ids", "ack")

    ids: list[int]
    ack: AcknowledgementCreate
    additional_properties: dict[str, Any]

    def __init__(self, ids: list[int], ack: AcknowledgementCreate) -> None:
        self.ids = ids
        self.ack = ack
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BulkAckRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.ids, self.ack, self.additional_properties) == (other.ids, other.ack, other.additional_properties)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(ids={self.ids!r}, ack={self.ack!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        ack = self.ack.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
                "ack": ack,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        ack = AcknowledgementCreate.from_dict(d.pop("ack"))

        bulk_ack_request = cls(
            ids=ids,
            ack=ack,
        )

        bulk_ack_request.additional_properties = d
        return bulk_ack_request

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

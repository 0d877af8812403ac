from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.incident import Incident

T = TypeVar("T", bound="IncidentPage")


class IncidentPage:
    """One page of a cursor-paginated list.

    Attributes:
        next_ (None | str): The URL of the next page (it carries the filters and the cursor), or null on the last page.
        previous (None | str): The URL of the previous page, or null on the first page.
        results (list[Incident]):
    """

    __slots__ = ("next_", "previous", "results", "additional_properties")
    __match_args__ = ("next_", "previous", "results")

    next_: None | str
    previous: None | str
    results: list[Incident]
    additional_properties: dict[str, Any]

    def __init__(self, next_: None | str, previous: None | str, results: list[Incident]) -> None:
        self.next_ = next_
        self.previous = previous
        self.results = results
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IncidentPage) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.next_, self.previous, self.results, self.additional_properties) == (
            other.next_,
            other.previous,
            other.results,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(next_={self.next_!r}, previous={self.previous!r}, results={self.results!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Incident.from_dict(results_item_data)

            results.append(results_item)

        incident_page = cls(
            next_=next_,
            previous=previous,
            results=results,
        )

        incident_page.additional_properties = d
        return incident_page

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

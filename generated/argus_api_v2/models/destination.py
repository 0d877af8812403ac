from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.destination_settings import DestinationSettings
from ..models.media import Media

T = TypeVar("T", bound="Destination")


class Destination:
    """
    Attributes:
        pk (int):
        media (Media):
        label (None | str):
        suggested_label (str): A label the server suggests, such as "Email: a@example.org".
        settings (DestinationSettings): A destination's settings, following its medium's JSON schema
            (`get_media_json_schema`):
            `email_address` for email, `phone_number` (with country code, "+47...") for sms. One schema
            for requests and responses, so `DestinationSettings(phone_number="+4747474747")` serves both.
            Settings of other media plugins are kept as extra keys.
    """

    __slots__ = ("pk", "media", "label", "suggested_label", "settings", "additional_properties")
    __match_args__ = ("pk", "media", "label", "suggested_label", "settings")

    pk: int
    media: Media
    label: None | str
    suggested_label: str
    settings: DestinationSettings
    additional_properties: dict[str, Any]

    def __init__(
        self, pk: int, media: Media, label: None | str, suggested_label: str, settings: DestinationSettings
    ) -> None:
        self.pk = pk
        self.media = media
        self.label = label
        self.suggested_label = suggested_label
        self.settings = settings
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Destination) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pk, self.media, self.label, self.suggested_label, self.settings, self.additional_properties) == (
            other.pk,
            other.media,
            other.label,
            other.suggested_label,
            other.settings,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(pk={self.pk!r}, media={self.media!r}, label={self.label!r}, suggested_label={self.suggested_label!r}, settings={self.settings!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        media = self.media.to_dict()

        label: None | str
        label = self.label

        suggested_label = self.suggested_label

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk": pk,
                "media": media,
                "label": label,
                "suggested_label": suggested_label,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk")

        media = Media.from_dict(d.pop("media"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        suggested_label = d.pop("suggested_label")

        settings = DestinationSettings.from_dict(d.pop("settings"))

        destination = cls(
            pk=pk,
            media=media,
            label=label,
            suggested_label=suggested_label,
            settings=settings,
        )

        destination.additional_properties = d
        return destination

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.destination_settings import DestinationSettings
from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationPatch")


class DestinationPatch:
    """
    Attributes:
        media (str | Unset):
        label (None | str | Unset):
        settings (DestinationSettings | Unset): A destination's settings, following its medium's JSON schema
            (`get_media_json_schema`):
            `email_address` for email, `phone_number` (with country code, "+47...") for sms. One schema
            for requests and responses, so `DestinationSettings(phone_number="+4747474747")` serves both.
            Settings of other media plugins are kept as extra keys.
    """

    __slots__ = ("media", "label", "settings", "additional_properties")
    __match_args__ = ("media", "label", "settings")

    media: str | Unset
    label: None | str | Unset
    settings: DestinationSettings | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        media: str | Unset = UNSET,
        label: None | str | Unset = UNSET,
        settings: DestinationSettings | Unset = UNSET,
    ) -> None:
        self.media = media
        self.label = label
        self.settings = settings
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DestinationPatch) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.media, self.label, self.settings, self.additional_properties) == (
            other.media,
            other.label,
            other.settings,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(media={self.media!r}, label={self.label!r}, settings={self.settings!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        media = self.media

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media is not UNSET:
            field_dict["media"] = media
        if label is not UNSET:
            field_dict["label"] = label
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media = d.pop("media", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: DestinationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = DestinationSettings.from_dict(_settings)

        destination_patch = cls(
            media=media,
            label=label,
            settings=settings,
        )

        destination_patch.additional_properties = d
        return destination_patch

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

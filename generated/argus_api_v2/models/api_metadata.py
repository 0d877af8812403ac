from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.api_metadata_api_version import ApiMetadataApiVersion
from ..models.api_metadata_jsonapi_schema import ApiMetadataJsonapiSchema
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiMetadata")


class ApiMetadata:
    """
    Attributes:
        server_version (str): The argus-server version, such as "2.10.2".
        api_version (ApiMetadataApiVersion): API versions by status: {"stable": "v2"} (1.x also has "deprecated": "v1").
        jsonapi_schema (ApiMetadataJsonapiSchema | Unset): Where each API version's own OpenAPI schema is served.
        ticket_plugin (None | str | Unset): The ticket system plugin, if any.
        destination_plugins (list[str] | Unset): The notification media plugins installed.
    """

    __slots__ = (
        "server_version",
        "api_version",
        "jsonapi_schema",
        "ticket_plugin",
        "destination_plugins",
        "additional_properties",
    )
    __match_args__ = ("server_version", "api_version", "jsonapi_schema", "ticket_plugin", "destination_plugins")

    server_version: str
    api_version: ApiMetadataApiVersion
    jsonapi_schema: ApiMetadataJsonapiSchema | Unset
    ticket_plugin: None | str | Unset
    destination_plugins: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        server_version: str,
        api_version: ApiMetadataApiVersion,
        jsonapi_schema: ApiMetadataJsonapiSchema | Unset = UNSET,
        ticket_plugin: None | str | Unset = UNSET,
        destination_plugins: list[str] | Unset = UNSET,
    ) -> None:
        self.server_version = server_version
        self.api_version = api_version
        self.jsonapi_schema = jsonapi_schema
        self.ticket_plugin = ticket_plugin
        self.destination_plugins = destination_plugins
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApiMetadata) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.server_version,
            self.api_version,
            self.jsonapi_schema,
            self.ticket_plugin,
            self.destination_plugins,
            self.additional_properties,
        ) == (
            other.server_version,
            other.api_version,
            other.jsonapi_schema,
            other.ticket_plugin,
            other.destination_plugins,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as attrs made it

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(server_version={self.server_version!r}, api_version={self.api_version!r}, jsonapi_schema={self.jsonapi_schema!r}, ticket_plugin={self.ticket_plugin!r}, destination_plugins={self.destination_plugins!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        server_version = self.server_version

        api_version = self.api_version.to_dict()

        jsonapi_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jsonapi_schema, Unset):
            jsonapi_schema = self.jsonapi_schema.to_dict()

        ticket_plugin: None | str | Unset
        if isinstance(self.ticket_plugin, Unset):
            ticket_plugin = UNSET
        else:
            ticket_plugin = self.ticket_plugin

        destination_plugins: list[str] | Unset = UNSET
        if not isinstance(self.destination_plugins, Unset):
            destination_plugins = self.destination_plugins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server-version": server_version,
                "api-version": api_version,
            }
        )
        if jsonapi_schema is not UNSET:
            field_dict["jsonapi-schema"] = jsonapi_schema
        if ticket_plugin is not UNSET:
            field_dict["ticket_plugin"] = ticket_plugin
        if destination_plugins is not UNSET:
            field_dict["destination_plugins"] = destination_plugins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_version = d.pop("server-version")

        api_version = ApiMetadataApiVersion.from_dict(d.pop("api-version"))

        _jsonapi_schema = d.pop("jsonapi-schema", UNSET)
        jsonapi_schema: ApiMetadataJsonapiSchema | Unset
        if isinstance(_jsonapi_schema, Unset):
            jsonapi_schema = UNSET
        else:
            jsonapi_schema = ApiMetadataJsonapiSchema.from_dict(_jsonapi_schema)

        def _parse_ticket_plugin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticket_plugin = _parse_ticket_plugin(d.pop("ticket_plugin", UNSET))

        destination_plugins = cast(list[str], d.pop("destination_plugins", UNSET))

        api_metadata = cls(
            server_version=server_version,
            api_version=api_version,
            jsonapi_schema=jsonapi_schema,
            ticket_plugin=ticket_plugin,
            destination_plugins=destination_plugins,
        )

        api_metadata.additional_properties = d
        return api_metadata

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_metadata_api_version import ApiMetadataApiVersion
from ..models.api_metadata_jsonapi_schema import ApiMetadataJsonapiSchema
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiMetadata")


@_attrs_define
class ApiMetadata:
    """
    Attributes:
        server_version (str): The argus-server version, such as "1.37.0".
        api_version (ApiMetadataApiVersion): API versions by status: {"deprecated": "v1", "stable": "v2"} on 1.x.
        jsonapi_schema (ApiMetadataJsonapiSchema | Unset): Where each API version's own OpenAPI schema is served.
        ticket_plugin (None | str | Unset): The ticket system plugin, if any.
        destination_plugins (list[str] | Unset): The notification media plugins installed.
    """

    server_version: str
    api_version: ApiMetadataApiVersion
    jsonapi_schema: ApiMetadataJsonapiSchema | Unset = UNSET
    ticket_plugin: None | str | Unset = UNSET
    destination_plugins: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement import Acknowledgement
    from .acknowledgement_create import AcknowledgementCreate
    from .acknowledgement_patch import AcknowledgementPatch
    from .acknowledgement_update import AcknowledgementUpdate
    from .actor import Actor
    from .api_metadata import ApiMetadata
    from .api_metadata_api_version import ApiMetadataApiVersion
    from .api_metadata_jsonapi_schema import ApiMetadataJsonapiSchema
    from .bulk_ack_request import BulkAckRequest
    from .bulk_ack_response import BulkAckResponse
    from .bulk_ack_response_changes import BulkAckResponseChanges
    from .bulk_ack_result import BulkAckResult
    from .bulk_errors_type_0 import BulkErrorsType0
    from .bulk_event_request import BulkEventRequest
    from .bulk_event_response import BulkEventResponse
    from .bulk_event_response_changes import BulkEventResponseChanges
    from .bulk_event_result import BulkEventResult
    from .bulk_ticket_url_request import BulkTicketUrlRequest
    from .bulk_ticket_url_response import BulkTicketUrlResponse
    from .bulk_ticket_url_response_changes import BulkTicketUrlResponseChanges
    from .bulk_ticket_url_result import BulkTicketUrlResult
    from .current_user import CurrentUser
    from .destination import Destination
    from .destination_create import DestinationCreate
    from .destination_patch import DestinationPatch
    from .destination_settings import DestinationSettings
    from .detail import Detail
    from .duplicate_check import DuplicateCheck
    from .event import Event
    from .event_create import EventCreate
    from .event_create_type import EventCreateType
    from .event_page import EventPage
    from .event_type_value import EventTypeValue
    from .expiring_token import ExpiringToken
    from .field_errors import FieldErrors
    from .filter_content import FilterContent
    from .filter_content_event_types_item import FilterContentEventTypesItem
    from .filter_content_response import FilterContentResponse
    from .filter_create import FilterCreate
    from .filter_patch import FilterPatch
    from .incident import Incident
    from .incident_create import IncidentCreate
    from .incident_page import IncidentPage
    from .incident_patch import IncidentPatch
    from .incident_replace import IncidentReplace
    from .login_request import LoginRequest
    from .media import Media
    from .media_json_schema import MediaJsonSchema
    from .media_json_schema_json_schema import MediaJsonSchemaJsonSchema
    from .notification_filter import NotificationFilter
    from .notification_profile import NotificationProfile
    from .notification_profile_create import NotificationProfileCreate
    from .notification_profile_patch import NotificationProfilePatch
    from .planned_maintenance import PlannedMaintenance
    from .planned_maintenance_create import PlannedMaintenanceCreate
    from .planned_maintenance_patch import PlannedMaintenancePatch
    from .source_system import SourceSystem
    from .source_system_create import SourceSystemCreate
    from .source_system_patch import SourceSystemPatch
    from .source_system_type import SourceSystemType
    from .source_system_update import SourceSystemUpdate
    from .tag import Tag
    from .tag_value import TagValue
    from .ticket_url import TicketUrl
    from .time_recurrence import TimeRecurrence
    from .time_recurrence_create import TimeRecurrenceCreate
    from .timeslot import Timeslot
    from .timeslot_create import TimeslotCreate
    from .timeslot_patch import TimeslotPatch
    from .token import Token
    from .user import User

# The module that defines each name.
_MODULE_OF = {
    "Acknowledgement": ".acknowledgement",
    "AcknowledgementCreate": ".acknowledgement_create",
    "AcknowledgementPatch": ".acknowledgement_patch",
    "AcknowledgementUpdate": ".acknowledgement_update",
    "Actor": ".actor",
    "ApiMetadata": ".api_metadata",
    "ApiMetadataApiVersion": ".api_metadata_api_version",
    "ApiMetadataJsonapiSchema": ".api_metadata_jsonapi_schema",
    "BulkAckRequest": ".bulk_ack_request",
    "BulkAckResponse": ".bulk_ack_response",
    "BulkAckResponseChanges": ".bulk_ack_response_changes",
    "BulkAckResult": ".bulk_ack_result",
    "BulkErrorsType0": ".bulk_errors_type_0",
    "BulkEventRequest": ".bulk_event_request",
    "BulkEventResponse": ".bulk_event_response",
    "BulkEventResponseChanges": ".bulk_event_response_changes",
    "BulkEventResult": ".bulk_event_result",
    "BulkTicketUrlRequest": ".bulk_ticket_url_request",
    "BulkTicketUrlResponse": ".bulk_ticket_url_response",
    "BulkTicketUrlResponseChanges": ".bulk_ticket_url_response_changes",
    "BulkTicketUrlResult": ".bulk_ticket_url_result",
    "CurrentUser": ".current_user",
    "Destination": ".destination",
    "DestinationCreate": ".destination_create",
    "DestinationPatch": ".destination_patch",
    "DestinationSettings": ".destination_settings",
    "Detail": ".detail",
    "DuplicateCheck": ".duplicate_check",
    "Event": ".event",
    "EventCreate": ".event_create",
    "EventCreateType": ".event_create_type",
    "EventPage": ".event_page",
    "EventTypeValue": ".event_type_value",
    "ExpiringToken": ".expiring_token",
    "FieldErrors": ".field_errors",
    "FilterContent": ".filter_content",
    "FilterContentEventTypesItem": ".filter_content_event_types_item",
    "FilterContentResponse": ".filter_content_response",
    "FilterCreate": ".filter_create",
    "FilterPatch": ".filter_patch",
    "Incident": ".incident",
    "IncidentCreate": ".incident_create",
    "IncidentPage": ".incident_page",
    "IncidentPatch": ".incident_patch",
    "IncidentReplace": ".incident_replace",
    "LoginRequest": ".login_request",
    "Media": ".media",
    "MediaJsonSchema": ".media_json_schema",
    "MediaJsonSchemaJsonSchema": ".media_json_schema_json_schema",
    "NotificationFilter": ".notification_filter",
    "NotificationProfile": ".notification_profile",
    "NotificationProfileCreate": ".notification_profile_create",
    "NotificationProfilePatch": ".notification_profile_patch",
    "PlannedMaintenance": ".planned_maintenance",
    "PlannedMaintenanceCreate": ".planned_maintenance_create",
    "PlannedMaintenancePatch": ".planned_maintenance_patch",
    "SourceSystem": ".source_system",
    "SourceSystemCreate": ".source_system_create",
    "SourceSystemPatch": ".source_system_patch",
    "SourceSystemType": ".source_system_type",
    "SourceSystemUpdate": ".source_system_update",
    "Tag": ".tag",
    "TagValue": ".tag_value",
    "TicketUrl": ".ticket_url",
    "TimeRecurrence": ".time_recurrence",
    "TimeRecurrenceCreate": ".time_recurrence_create",
    "Timeslot": ".timeslot",
    "TimeslotCreate": ".timeslot_create",
    "TimeslotPatch": ".timeslot_patch",
    "Token": ".token",
    "User": ".user",
}


if not TYPE_CHECKING:  # type checkers read the imports above, and call a misspelt name an error

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # the next lookup is a plain module attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


__all__ = (
    "Acknowledgement",
    "AcknowledgementCreate",
    "AcknowledgementPatch",
    "AcknowledgementUpdate",
    "Actor",
    "ApiMetadata",
    "ApiMetadataApiVersion",
    "ApiMetadataJsonapiSchema",
    "BulkAckRequest",
    "BulkAckResponse",
    "BulkAckResponseChanges",
    "BulkAckResult",
    "BulkErrorsType0",
    "BulkEventRequest",
    "BulkEventResponse",
    "BulkEventResponseChanges",
    "BulkEventResult",
    "BulkTicketUrlRequest",
    "BulkTicketUrlResponse",
    "BulkTicketUrlResponseChanges",
    "BulkTicketUrlResult",
    "CurrentUser",
    "Destination",
    "DestinationCreate",
    "DestinationPatch",
    "DestinationSettings",
    "Detail",
    "DuplicateCheck",
    "Event",
    "EventCreate",
    "EventCreateType",
    "EventPage",
    "EventTypeValue",
    "ExpiringToken",
    "FieldErrors",
    "FilterContent",
    "FilterContentEventTypesItem",
    "FilterContentResponse",
    "FilterCreate",
    "FilterPatch",
    "Incident",
    "IncidentCreate",
    "IncidentPage",
    "IncidentPatch",
    "IncidentReplace",
    "LoginRequest",
    "Media",
    "MediaJsonSchema",
    "MediaJsonSchemaJsonSchema",
    "NotificationFilter",
    "NotificationProfile",
    "NotificationProfileCreate",
    "NotificationProfilePatch",
    "PlannedMaintenance",
    "PlannedMaintenanceCreate",
    "PlannedMaintenancePatch",
    "SourceSystem",
    "SourceSystemCreate",
    "SourceSystemPatch",
    "SourceSystemType",
    "SourceSystemUpdate",
    "Tag",
    "TagValue",
    "TicketUrl",
    "TimeRecurrence",
    "TimeRecurrenceCreate",
    "Timeslot",
    "TimeslotCreate",
    "TimeslotPatch",
    "Token",
    "User",
)

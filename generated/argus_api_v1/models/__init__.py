"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement import Acknowledgement
    from .acknowledgement_create import AcknowledgementCreate
    from .acknowledgement_event import AcknowledgementEvent
    from .acknowledgement_patch import AcknowledgementPatch
    from .acknowledgement_update import AcknowledgementUpdate
    from .actor import Actor
    from .api_metadata import ApiMetadata
    from .api_metadata_api_version import ApiMetadataApiVersion
    from .api_metadata_jsonapi_schema import ApiMetadataJsonapiSchema
    from .current_user import CurrentUser
    from .detail import Detail
    from .event import Event
    from .event_create import EventCreate
    from .event_create_type import EventCreateType
    from .event_type_value import EventTypeValue
    from .field_errors import FieldErrors
    from .filter_content import FilterContent
    from .filter_content_response import FilterContentResponse
    from .filter_create import FilterCreate
    from .filter_patch import FilterPatch
    from .incident import Incident
    from .incident_create import IncidentCreate
    from .incident_page import IncidentPage
    from .incident_patch import IncidentPatch
    from .incident_replace import IncidentReplace
    from .incidents_metadata import IncidentsMetadata
    from .login_request import LoginRequest
    from .media_code import MediaCode
    from .notification_filter import NotificationFilter
    from .notification_profile import NotificationProfile
    from .notification_profile_create import NotificationProfileCreate
    from .notification_profile_patch import NotificationProfilePatch
    from .phone_number import PhoneNumber
    from .phone_number_patch import PhoneNumberPatch
    from .phone_number_request import PhoneNumberRequest
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
    "AcknowledgementEvent": ".acknowledgement_event",
    "AcknowledgementPatch": ".acknowledgement_patch",
    "AcknowledgementUpdate": ".acknowledgement_update",
    "Actor": ".actor",
    "ApiMetadata": ".api_metadata",
    "ApiMetadataApiVersion": ".api_metadata_api_version",
    "ApiMetadataJsonapiSchema": ".api_metadata_jsonapi_schema",
    "CurrentUser": ".current_user",
    "Detail": ".detail",
    "Event": ".event",
    "EventCreate": ".event_create",
    "EventCreateType": ".event_create_type",
    "EventTypeValue": ".event_type_value",
    "FieldErrors": ".field_errors",
    "FilterContent": ".filter_content",
    "FilterContentResponse": ".filter_content_response",
    "FilterCreate": ".filter_create",
    "FilterPatch": ".filter_patch",
    "Incident": ".incident",
    "IncidentCreate": ".incident_create",
    "IncidentPage": ".incident_page",
    "IncidentPatch": ".incident_patch",
    "IncidentReplace": ".incident_replace",
    "IncidentsMetadata": ".incidents_metadata",
    "LoginRequest": ".login_request",
    "MediaCode": ".media_code",
    "NotificationFilter": ".notification_filter",
    "NotificationProfile": ".notification_profile",
    "NotificationProfileCreate": ".notification_profile_create",
    "NotificationProfilePatch": ".notification_profile_patch",
    "PhoneNumber": ".phone_number",
    "PhoneNumberPatch": ".phone_number_patch",
    "PhoneNumberRequest": ".phone_number_request",
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
    "AcknowledgementEvent",
    "AcknowledgementPatch",
    "AcknowledgementUpdate",
    "Actor",
    "ApiMetadata",
    "ApiMetadataApiVersion",
    "ApiMetadataJsonapiSchema",
    "CurrentUser",
    "Detail",
    "Event",
    "EventCreate",
    "EventCreateType",
    "EventTypeValue",
    "FieldErrors",
    "FilterContent",
    "FilterContentResponse",
    "FilterCreate",
    "FilterPatch",
    "Incident",
    "IncidentCreate",
    "IncidentPage",
    "IncidentPatch",
    "IncidentReplace",
    "IncidentsMetadata",
    "LoginRequest",
    "MediaCode",
    "NotificationFilter",
    "NotificationProfile",
    "NotificationProfileCreate",
    "NotificationProfilePatch",
    "PhoneNumber",
    "PhoneNumberPatch",
    "PhoneNumberRequest",
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

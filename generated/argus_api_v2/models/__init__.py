"""Contains all the data models used in inputs/outputs"""

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

"""What differs between the API versions argus_ext serves, as data: one entry per version, no copied modules.

Everything version-specific that argus_ext needs is looked up here: the API root's path, the generated package
(its endpoint modules are found by name in it), the request rules, which operations the version lacks, and which
PUT/PATCH/DELETE operations are harmless to send twice (`repeats`, read by the retries: retries.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Literal, Protocol

import httpx  # at run time for typing.get_type_hints (loaded already: the generated clients use it)

from .auth import LoginMode
from .request_checks import V1_RULES, V2_RULES, RequestRules
from .retries import Repeat

if TYPE_CHECKING:
    from .connected import _Connected

ApiName = Literal["v1", "v2"]


class GeneratedClient(Protocol):
    """A generated client of either API version: `argus_api_v2.Client` or `AuthenticatedClient`, their
    argus_api_v1 twins, or a `connect()` client. What the generated endpoint functions call on a client; which
    version it speaks is its class's package (`version_of_client`). A structural type rather than the union of
    the four classes, so that annotations naming it resolve at run time (typing.get_type_hints) without loading
    argus_api_v1 for a v2 user; the functions whose result depends on the version have overloads naming the
    classes."""

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


@dataclass(frozen=True)
class ApiVersion:
    name: ApiName
    package: str  # the generated package: argus_api_v2
    rules: RequestRules
    # The class connect() returns, as "module:Class" of argus_ext: imported on the first connect() of the version
    # (the v1 one loads argus_api_v1, which a v2 user never needs).
    connected_class_name: str
    # Operations (tag/module, as in the generated package) this version has no counterpart of.
    missing: frozenset[str] = frozenset()
    # An acknowledgement's request body: v2 is flat {timestamp, description, expiration}; v1 nests the event,
    # {"event": {timestamp, description}, "expiration"}.
    nested_ack_event: bool = False
    # The event type that re-opens an incident by default: v2's source systems post RES (end users REO); v1 has
    # no RES and lets only end users re-open (REO).
    reopen_type: str = "RES"
    # Every PUT, PATCH and DELETE operation of the spec (operationId -> Repeat): whether a retry may send it again
    # (tests/test_ext_repeats.py checks the list against spec/*.yaml, method and path included).
    repeats: Mapping[str, Repeat] = field(default_factory=dict)
    # How connect() logs in with a password (auth.py): v2 defaults to knox, whose tokens live side by side (each
    # login its own, valid 10 h), not token-auth, which replaces the user's one token and so logs out every other
    # client using it (two replicas sharing a service account would log each other out). v1 has token-auth only.
    logins: tuple[LoginMode, ...] = ("knox", "token-auth")

    @property
    def default_login(self) -> LoginMode:
        return self.logins[0]

    def connected_class(self) -> type[_Connected]:
        """The class of connect()'s clients for this version (a subclass of the generated Client)."""
        module, name = self.connected_class_name.split(":")
        cls: type[_Connected] = getattr(importlib.import_module(f"argus_ext.{module}"), name)
        return cls

    def models(self) -> ModuleType:
        """The generated models package of this version."""
        return importlib.import_module(f"{self.package}.models")

    @property
    def path(self) -> str:
        """The API root's path on the server: /api/v2."""
        return f"/api/{self.name}"

    def endpoint(self, operation: str) -> ModuleType:
        """The generated module of an operation ("incidents.list_incidents"), or a clear error if this version
        has none."""
        if operation in self.missing:
            raise NotImplementedError(f"API {self.name} has no {operation.rsplit('.', 1)[1]} operation")
        tag, name = operation.split(".")
        return importlib.import_module(f"{self.package}.api.{tag}.{name}")


# Whether sending an operation twice is harmless, read from the server's code (argus-server 2.10.2 and 1.37.0).
# A retry resends a request whose answer was lost (a read timeout, a reset, a 502/503/504 from a proxy): the
# server may well have done it already. "Harmless" means a second time leaves the server as the first did and
# answers the same; GET/HEAD/OPTIONS always are, POST never is (it creates), so only these three methods are listed.
_SETS_FIELDS = "sets the fields it is given; a second time finds them set and changes nothing"
_SETS_INCIDENT = (
    "sets the fields it is given; the server records a change event only for a value that differs, so a second"
    " time records none"
)
_DELETES = (
    "a second time answers 404 once the first one deleted it: the caller would get NotFoundError for a delete"
    " that worked"
)

_COMMON_REPEATS = {
    "update_incident": Repeat("PATCH", "/incidents/{incident_pk}/", True, _SETS_INCIDENT),
    "replace_incident": Repeat("PUT", "/incidents/{incident_pk}/", True, _SETS_INCIDENT),
    "delete_incident": Repeat("DELETE", "/incidents/{incident_pk}/", False, _DELETES),
    "set_incident_ticket_url": Repeat(
        "PUT",
        "/incidents/{incident_pk}/ticket_url/",
        True,
        "sets the URL; the server records a change event only when the URL differs",
    ),
    "replace_incident_ack": Repeat("PUT", "/incidents/{incident_pk}/acks/{ack_pk}/", True, _SETS_FIELDS),
    "update_incident_ack": Repeat("PATCH", "/incidents/{incident_pk}/acks/{ack_pk}/", True, _SETS_FIELDS),
    "remove_incident_tag": Repeat("DELETE", "/incidents/{incident_pk}/tags/{tag}/", False, _DELETES),
    "replace_source": Repeat("PUT", "/incidents/sources/{pk}/", True, _SETS_FIELDS),
    "update_source": Repeat("PATCH", "/incidents/sources/{pk}/", True, _SETS_FIELDS),
    "replace_notification_profile": Repeat("PUT", "/notificationprofiles/{pk}/", True, _SETS_FIELDS),
    "update_notification_profile": Repeat("PATCH", "/notificationprofiles/{pk}/", True, _SETS_FIELDS),
    "delete_notification_profile": Repeat("DELETE", "/notificationprofiles/{pk}/", False, _DELETES),
    "replace_timeslot": Repeat(
        "PUT",
        "/notificationprofiles/timeslots/{pk}/",
        True,
        "replaces the time recurrences with the ones sent; a second time leaves the same ones",
    ),
    "update_timeslot": Repeat("PATCH", "/notificationprofiles/timeslots/{pk}/", True, _SETS_FIELDS),
    "delete_timeslot": Repeat("DELETE", "/notificationprofiles/timeslots/{pk}/", False, _DELETES),
    "replace_filter": Repeat("PUT", "/notificationprofiles/filters/{pk}/", True, _SETS_FIELDS),
    "update_filter": Repeat("PATCH", "/notificationprofiles/filters/{pk}/", True, _SETS_FIELDS),
    "delete_filter": Repeat("DELETE", "/notificationprofiles/filters/{pk}/", False, _DELETES),
}

V2 = ApiVersion(
    "v2",
    "argus_api_v2",
    V2_RULES,
    "connected:ConnectedClient",
    repeats={
        **_COMMON_REPEATS,
        "create_automatic_ticket": Repeat(
            "PUT",
            "/incidents/{incident_pk}/automatic-ticket/",
            False,
            "creates a ticket in the external ticket system before it stores the ticket's URL: a second request"
            " while the first is still running (a read timeout) opens a second ticket",
        ),
        "update_destination": Repeat(
            "PATCH",
            "/notificationprofiles/destinations/{pk}/",
            True,
            "sets the fields it is given; the copy kept of a synced (managed) email destination is made only while"
            " it is still synced, and the first change ends that",
        ),
        "delete_destination": Repeat("DELETE", "/notificationprofiles/destinations/{pk}/", False, _DELETES),
        "replace_planned_maintenance": Repeat("PUT", "/plannedmaintenance/{pk}/", True, _SETS_FIELDS),
        "update_planned_maintenance": Repeat("PATCH", "/plannedmaintenance/{pk}/", True, _SETS_FIELDS),
        "delete_planned_maintenance": Repeat("DELETE", "/plannedmaintenance/{pk}/", False, _DELETES),
    },
)
# API v1 (argus-server 1.x) has no list of every incident's events and no heartbeat.
V1 = ApiVersion(
    "v1",
    "argus_api_v1",
    V1_RULES,
    "connected_v1:ConnectedV1Client",
    missing=frozenset({"incident_events.list_events", "sources.send_source_heartbeat"}),
    nested_ack_event=True,
    reopen_type="REO",
    logins=("token-auth",),
    repeats={
        **_COMMON_REPEATS,
        "replace_phone_number": Repeat(
            "PUT",
            "/auth/phone-number/{pk}/",
            False,
            "for a pk the user has no phone number at, the server creates a new one (with a new pk): a second"
            " request creates a second",
        ),
        "update_phone_number": Repeat("PATCH", "/auth/phone-number/{pk}/", True, _SETS_FIELDS),
        "delete_phone_number": Repeat("DELETE", "/auth/phone-number/{pk}/", False, _DELETES),
    },
)
VERSIONS: dict[str, ApiVersion] = {"v1": V1, "v2": V2}


def version_of_client(client: object) -> ApiVersion:
    """The API version of a generated client (by the package its class comes from, subclasses included)."""
    for cls in type(client).__mro__:
        for version in VERSIONS.values():
            if cls.__module__.split(".")[0] == version.package:
                return version
    raise TypeError(f"not a client of a generated Argus API package: {type(client).__name__}")

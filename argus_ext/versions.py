"""What differs between the API versions argus_ext serves, as data: one entry per version, no copied modules.

Everything version-specific that argus_ext needs is looked up here: the API root's path, the generated package
(its endpoint modules are found by name in it), the request rules, and which operations the version lacks.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

from .request_checks import V1_RULES, V2_RULES, RequestRules

ApiName = Literal["v1", "v2"]


@dataclass(frozen=True)
class ApiVersion:
    name: ApiName
    package: str  # the generated package: argus_api_v2
    rules: RequestRules
    # Operations (tag/module, as in the generated package) this version has no counterpart of.
    missing: frozenset[str] = frozenset()
    # An acknowledgement's request body: v2 is flat {timestamp, description, expiration}; v1 nests the event,
    # {"event": {timestamp, description}, "expiration"}.
    nested_ack_event: bool = False
    # The event type that re-opens an incident by default: v2's source systems post RES (end users REO); v1 has
    # no RES and lets only end users re-open (REO).
    reopen_type: str = "RES"

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


V2 = ApiVersion("v2", "argus_api_v2", V2_RULES)
# API v1 (argus-server 1.x) has no list of every incident's events and no heartbeat.
V1 = ApiVersion(
    "v1",
    "argus_api_v1",
    V1_RULES,
    missing=frozenset({"incident_events.list_events", "sources.send_source_heartbeat"}),
    nested_ack_event=True,
    reopen_type="REO",
)
VERSIONS: dict[str, ApiVersion] = {"v1": V1, "v2": V2}


def version_of_client(client: object) -> ApiVersion:
    """The API version of a generated client (by the package its class comes from, subclasses included)."""
    for cls in type(client).__mro__:
        for version in VERSIONS.values():
            if cls.__module__.split(".")[0] == version.package:
                return version
    raise TypeError(f"not a client of a generated Argus API package: {type(client).__name__}")

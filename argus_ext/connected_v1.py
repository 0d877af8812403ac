"""`ConnectedV1Client`, in a module of its own: loaded on the first `connect(..., api="v1")` (versions.py names it
for API v1) or `from argus_ext import ConnectedV1Client`, so that a v2 user never loads argus_api_v1."""

from __future__ import annotations

import argus_api_v1

from .connected import _Connected


class ConnectedV1Client(_Connected, argus_api_v1.Client):
    """The generated `argus_api_v1.Client`, wired by `connect(..., api="v1")`: for the `argus_api_v1.api`
    functions (API v1, argus-server 1.x; deprecated by the server)."""

"""Shared pieces of the API v2 integration tests: the generated argus_api_v2 client, as fresh users, sync or async.

The machinery is common to every API version (tests/api_support.py); this names the v2 package and
keeps the names the v2 tests import.
"""

from __future__ import annotations

import argus_api_v2
from argus_api_v2 import AuthenticatedClient
from argus_api_v2.models import TagValue

from argus_local import ArgusServer
from tests import api_support
from tests.api_support import START, Caller, parsed_as

__all__ = ["START", "Caller", "V2Clients", "client_for", "parsed_as", "tag_values"]

# The clients of one test on the v2 server (see api_support.ApiClients).
V2Clients = api_support.ApiClients


def client_for(server: ArgusServer, token: str) -> AuthenticatedClient:
    """The generated v2 client as the owner of `token`."""
    client: AuthenticatedClient = api_support.client_for(argus_api_v2, server, token)
    return client


def tag_values(*tags: str) -> list[TagValue]:
    return [TagValue(tag=tag) for tag in tags]

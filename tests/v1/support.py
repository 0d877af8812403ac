"""Shared pieces of the API v1 integration tests: the generated argus_api_v1 client on a real 1.37.0.

The machinery is common to every API version (tests/api_support.py); this names the v1 package.
"""

from __future__ import annotations

from argus_api_v1.models import TagValue

from tests.api_support import START, ApiClients, Caller, parsed_as

__all__ = ["START", "Caller", "V1Clients", "parsed_as", "tag_values"]

# The clients of one test on the v1 server (see api_support.ApiClients).
V1Clients = ApiClients


def tag_values(*tags: str) -> list[TagValue]:
    return [TagValue(tag=tag) for tag in tags]

"""Listing with nothing but httpx and `json.loads`, following the cursor `next` links.

It is the floor of the listing benchmark, and the count of what a source system holds at the server after the
posting benchmark: a check independent of the client under test.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

import httpx

COUNT_PAGE_SIZE = 1000


def plain_listing(http: httpx.Client, api_url: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """GET, json.loads, follow `next` (it carries the filters and the cursor) until it is null."""
    records: list[dict[str, Any]] = []
    url: str | None = f"{api_url}/incidents/"
    query: dict[str, Any] | None = params
    while url is not None:
        response = http.get(url, params=query)
        response.raise_for_status()
        page = json.loads(response.content)
        records.extend(page["results"])
        url, query = page["next"], None
    return records


@dataclass(frozen=True)
class Census:
    incidents: int
    distinct_ids: int
    expected: int

    @property
    def lost(self) -> int:
        return self.expected - self.distinct_ids

    @property
    def duplicated(self) -> int:
        return self.incidents - self.distinct_ids


def count_source(api_url: str, token: str, source_pk: int, expected: int) -> Census:
    """Every incident of one source system, and how many distinct source_incident_ids they have."""
    with httpx.Client(headers={"Authorization": f"Token {token}"}, timeout=120.0) as http:
        records = plain_listing(http, api_url, {"page_size": COUNT_PAGE_SIZE, "source__id__in": str(source_pk)})
    ids = Counter(record["source_incident_id"] for record in records)
    return Census(incidents=sum(ids.values()), distinct_ids=len(ids), expected=expected)

"""tests/fuzzing/normalising.py: how the property tests rewrite valid requests to try values the server strips.

No server here: what a request becomes, and that the rewriting keeps it valid by the spec. That the
property tests then catch a spec that refuses what the server stores (the tag "k= " stored as "k=",
issue 19) was shown on the old spec by running them (see the commit).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest
import schemathesis

from tests.fuzzing.normalising import pad_strings, shortest_padded
from tests.spec_checks import REPO

OLD_TAG_PATTERN = re.compile(r"^[a-z0-9_]+=.+$")  # the TagValue pattern before issue 19


def test_a_tag_is_cut_to_the_blank_value_the_old_pattern_allowed() -> None:
    assert shortest_padded("k=v", lambda text: OLD_TAG_PATTERN.search(text) is not None) == "k= "


def test_a_value_nothing_padded_fits_stays() -> None:
    assert shortest_padded("2024-01-01T00:00:00Z", lambda text: False) == "2024-01-01T00:00:00Z"


@cache
def _api(version: str) -> Any:
    return schemathesis.openapi.from_path(REPO / "spec" / f"{version}.yaml")


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_a_new_incident_keeps_its_times_and_tags_and_pads_its_description(version: str) -> None:
    body = {
        "start_time": "2024-01-01T00:00:00Z",
        "description": "disk full",
        "tags": [{"tag": "host=db1"}],
        "metadata": {"note": "x"},
    }
    case = _api(version).find_operation_by_id("create_incident").Case(body=body)
    pad_strings(case, version)
    assert case.body == {
        "start_time": "2024-01-01T00:00:00Z",  # no shorter date-time ending in a space is one
        "description": " ",  # any string: the shortest is a lone space
        "tags": [{"tag": "host=db1"}],  # the spec allows only the stored form of a tag
        "metadata": {"note": " "},
    }
    assert body["description"] == "disk full", "the case's own body is not changed in place"


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_query_and_path_parameters_are_padded_within_their_patterns(version: str) -> None:
    listing = _api(version).find_operation_by_id("list_incidents").Case(query={"tags": "host=db1"})
    pad_strings(listing, version)
    pattern = re.compile(r"^[a-z0-9_]+=")
    assert pattern.match(listing.query["tags"])
    tag = _api(version).find_operation_by_id("get_incident_tag").Case(path_parameters={"incident_pk": 1, "tag": "k=v"})
    pad_strings(tag, version)
    assert tag.path_parameters == {"incident_pk": 1, "tag": "k=v"}  # the path takes only the stored form

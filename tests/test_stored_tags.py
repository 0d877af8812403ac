"""What the server stores for a tag, on both real servers (2.10.2 for v2, 1.37.0 for v1), against the spec's patterns.

The server splits a tag at its first "=" and strips the key and the value (Python's str.strip()): it
accepts " k=v" and "k= " and stores "k=v" and "k=", a tag with an empty value. spec/v<N>.yaml's
TagValue, Tag and tag path parameter patterns (and the `tags` filter's, less what it refuses) are that stored form: a value the spec allows is stored
exactly as sent, a value the server would change is not allowed, and every stored tag can be read and
addressed. Checked here with jsonschema_rs, the validator the property tests use.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema_rs
import pytest

from argus_local import ArgusServer, Identities
from tests.spec_checks import load_spec

# What was sent -> what the server stores. \x1c-\x1f and \x85 are whitespace to str.strip() but not to
# ECMA 262's \s, and \ufeff the other way round: the pattern lists str.strip()'s characters itself.
STORED = {
    "k=v": "k=v",
    "k=": "k=",
    "k= ": "k=",
    "k=\t\n": "k=",
    " k=": "k=",
    " k=v": "k=v",
    "k =v": "k=v",
    "k= v ": "k=v",
    "k=a b": "k=a b",
    "k=a\nb": "k=a\nb",
    "k==": "k==",
    "k=\u3000": "k=",
    "k=\x1c": "k=",
    "k=v\x85": "k=v",
    "k=\ufeff": "k=\ufeff",
    "k=a/b": "k=a/b",
}

NEW_INCIDENT = {"start_time": "2024-01-01T00:00:00Z", "tags": []}  # v1 requires "tags"


def _pattern(schema: dict[str, Any]) -> Any:
    return jsonschema_rs.validator_for({"type": "string", "pattern": schema["pattern"]})


def spec_patterns(api: str) -> dict[str, Any]:
    """The spec's three tag patterns, each as a validator: request/response TagValue, Incident's Tag, the path's."""
    spec = load_spec(api)
    schemas = spec["components"]["schemas"]
    path_item = spec["paths"]["/incidents/{incident_pk}/tags/{tag}/"]
    (path_tag,) = [p for p in path_item["parameters"] if p.get("name") == "tag"]
    return {
        "TagValue": _pattern(schemas["TagValue"]["properties"]["tag"]),
        "Tag": _pattern(schemas["Tag"]["properties"]["tag"]),
        "path": _pattern(path_tag["schema"]),
        "filter": _pattern(spec["components"]["parameters"]["Tags"]["schema"]),
        "stored filter": jsonschema_rs.validator_for(schemas["FilterContent"]["properties"]["tags"]["items"]),
    }


@pytest.fixture(params=["v2", "v1"])
def api(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server(api: str, request: pytest.FixtureRequest, installed_servers: object) -> ArgusServer:
    # installed_servers: this fixture picks its server at run time, so the tests' tier says it (tests/conftest.py).
    found: ArgusServer = request.getfixturevalue(f"{api}_server")
    return found


@pytest.fixture
def http(server: ArgusServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.api_url, timeout=60.0) as client:
        yield client


def _new_incident_tags_url(http: httpx.Client, ids: Identities) -> str:
    """The tags path of a new incident of the source system of `ids`."""
    made = http.post("/incidents/", json=NEW_INCIDENT, headers=ids.source.headers)
    assert made.status_code == 201, made.text
    return f"/incidents/{made.json()['pk']}/tags/"


def test_the_spec_allows_exactly_what_is_stored_as_sent(api: str, server: ArgusServer, http: httpx.Client) -> None:
    patterns = spec_patterns(api)
    ids = server.new_identities()
    tags_url = _new_incident_tags_url(http, ids)
    for sent, expected in STORED.items():
        added = http.post(tags_url, json={"tag": sent}, headers=ids.source.headers)
        assert (added.status_code, added.json()) == (201, {"tag": expected}), sent
        assert patterns["TagValue"].is_valid(expected), f"the spec refuses {expected!r}, which the server returns"
        assert patterns["Tag"].is_valid(expected), expected
        assert patterns["TagValue"].is_valid(sent) == (sent == expected), f"{sent!r} is stored as {expected!r}"
    listed = http.get(tags_url, headers=ids.user.headers).json()
    assert sorted(tag["tag"] for tag in listed) == sorted(set(STORED.values()))
    incident = http.get(tags_url.removesuffix("tags/"), headers=ids.user.headers).json()
    assert all(patterns["Tag"].is_valid(tag["tag"]) for tag in incident["tags"])


def test_every_stored_tag_without_a_slash_can_be_addressed(api: str, server: ArgusServer, http: httpx.Client) -> None:
    patterns = spec_patterns(api)
    ids = server.new_identities()
    tags_url = _new_incident_tags_url(http, ids)
    for stored in sorted(set(STORED.values())):
        assert http.post(tags_url, json={"tag": stored}, headers=ids.source.headers).status_code == 201
        path = tags_url + urllib.parse.quote(stored, safe="") + "/"
        got = http.get(path, headers=ids.user.headers)
        if "/" in stored:  # not even as %2F: the spec's path pattern leaves it out
            assert got.status_code == 404
            assert not patterns["path"].is_valid(stored)
            continue
        assert (got.status_code, got.json()) == (200, {"tag": stored})
        assert patterns["path"].is_valid(stored), f"the spec cannot address {stored!r}"
    # A padded path tag finds the stored one (the server strips it too), but the spec allows only the stored form.
    padded = http.get(tags_url + urllib.parse.quote(" k= v ", safe="") + "/", headers=ids.user.headers)
    assert (padded.status_code, padded.json()) == (200, {"tag": "k=v"})
    assert not patterns["path"].is_valid(" k= v ")


def test_the_tags_filter_finds_every_stored_tag_its_pattern_allows(
    api: str, server: ArgusServer, http: httpx.Client
) -> None:
    """The `tags` filter takes a stored tag unless its value is empty or has a line break (the spec says so)."""
    patterns = spec_patterns(api)
    ids = server.new_identities()
    for stored in sorted(set(STORED.values())):
        body = {**NEW_INCIDENT, "tags": [{"tag": stored}]}
        made = http.post("/incidents/", json=body, headers=ids.source.headers)
        assert made.status_code == 201, made.text
        found = http.get("/incidents/mine/", params={"tags": stored}, headers=ids.source.headers)
        filterable = stored.partition("=")[2] != "" and "\n" not in stored
        assert patterns["filter"].is_valid(stored) == filterable, stored
        if filterable:
            assert found.status_code == 200, (stored, found.text)
            assert [incident["pk"] for incident in found.json()["results"]] == [made.json()["pk"]], stored
        else:
            assert found.status_code == 400, (stored, found.text)
    for padded in ("k= ", "k=\u3000", " k=v", "k= v"):  # accepted or not, never valid by the spec
        assert not patterns["filter"].is_valid(padded), padded


def test_a_stored_filter_keeps_its_tags_stripped(api: str, server: ArgusServer, http: httpx.Client) -> None:
    """A filter's tags are stripped and then need 3 characters: the spec allows only what is kept as sent."""
    patterns = spec_patterns(api)
    ids = server.new_identities()
    for number, (sent, kept) in enumerate(
        {"kk=": "kk=", "kk= ": "kk=", " k=v ": "k=v", "k=": None, "k= ": None}.items()
    ):
        body = {"name": f"tags {number}", "filter": {"tags": [sent]}}
        made = http.post("/notificationprofiles/filters/", json=body, headers=ids.user.headers)
        if kept is None:
            assert made.status_code == 400, made.text
        else:
            assert made.status_code == 201, made.text
            assert made.json()["filter"]["tags"] == [kept]
        assert patterns["stored filter"].is_valid(sent) == (sent == kept), sent

"""argus_ext.request_checks checks exactly the spec's own fields: its rules are derived here from spec/v1.yaml and
spec/v2.yaml and must match, so a field added to a spec cannot slip past the guard, and free-form data is never
judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from argus_ext.request_checks import V1_RULES, V2_RULES, RequestRules

SPECS = Path(__file__).resolve().parent.parent / "spec"


def rules_from_spec(spec: dict[str, Any]) -> RequestRules:
    schemas = spec["components"]["schemas"]

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = schemas[node["$ref"].rsplit("/", 1)[1]]
        return node

    def time_paths(node: dict[str, Any], path: tuple[str, ...]) -> set[tuple[str, ...]]:
        node = resolve(node)
        found = {path} if node.get("format") == "date-time" else set()
        for variant in node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", []):
            found |= time_paths(variant, path)
        for name, field in node.get("properties", {}).items():
            found |= time_paths(field, (*path, name))
        if "items" in node:
            found |= time_paths(node["items"], (*path, "*"))
        return found

    body: set[tuple[str, ...]] = set()
    query_times: set[str] = set()
    comma_lists: set[str] = set()
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                body |= time_paths(content["application/json"]["schema"], ())
            for listed in operation.get("parameters", []):
                shared = "$ref" in listed
                parameter = spec["components"]["parameters"][listed["$ref"].rsplit("/", 1)[1]] if shared else listed
                if parameter["in"] != "query":
                    continue
                schema = resolve(parameter.get("schema", {}))
                formats = {resolve(v).get("format") for v in schema.get("anyOf", [])} | {schema.get("format")}
                if "date-time" in formats:
                    query_times.add(parameter["name"])
                # The spec types a comma-separated list as a string whose pattern repeats after a comma.
                if "(," in schema.get("pattern", ""):
                    comma_lists.add(parameter["name"])
    return RequestRules(frozenset(body), frozenset(query_times), frozenset(comma_lists))


@pytest.mark.parametrize(("api", "rules"), [("v1", V1_RULES), ("v2", V2_RULES)])
def test_the_rules_are_the_spec_s_own_fields(api: str, rules: RequestRules) -> None:
    derived = rules_from_spec(yaml.safe_load((SPECS / f"{api}.yaml").read_text()))
    assert rules.body_time_paths == derived.body_time_paths
    assert rules.query_time_params == derived.query_time_params
    assert rules.comma_list_params == derived.comma_list_params
    # Free-form fields are not walked: nothing under metadata is a date-time path.
    assert not any(path[0] == "metadata" for path in derived.body_time_paths)

"""Values the server normalises on the way in: make the valid requests try them.

The server strips whitespace from most strings it takes (names, descriptions, tags: "k= " is stored
as "k="). Where the spec allows a padded value but not its stripped form, a client that trusts the
spec cannot read back what it stored: the answer fails response_schema_conformance (or a later
request, positive_data_acceptance). Random strings seldom end in whitespace, so the fuzzing would
rarely meet such a value by chance: `pad_strings` rewrites every other valid request (see
Fuzzer.send) so that each of its strings is cut short and ends in a space, as short as the spec
still allows ("k=v" becomes "k= ", what the server would strip to an empty value).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from tests.spec_checks import load_spec

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiCase

PAD = " "
_spec = functools.cache(load_spec)  # parsed once per run


def _inlined(node: Any, spec: dict[str, Any]) -> Any:
    """`node` with every $ref replaced by what it points to (our specs have no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return _inlined(target, spec)
        return {key: _inlined(value, spec) for key, value in node.items()}
    if isinstance(node, list):
        return [_inlined(item, spec) for item in node]
    return node


@functools.cache
def _validator(api: str, path: str, method: str, location: str, name: str = "") -> Any:
    """The validator of one part of an operation's request: its JSON body, or one parameter; None if it has none."""
    spec = _spec(api)
    item = spec["paths"][path]
    if location == "body":
        body = _inlined(item[method].get("requestBody", {}), spec)
        schema = body.get("content", {}).get("application/json", {}).get("schema")
    else:
        parameters = [_inlined(p, spec) for p in [*item.get("parameters", []), *item[method].get("parameters", [])]]
        schema = next((p["schema"] for p in parameters if p["in"] == location and p["name"] == name), None)
    # Formats checked too: a date-time cut short is no valid request.
    return None if schema is None else jsonschema_rs.validator_for(schema, validate_formats=True)


def shortest_padded(value: str, allowed: Callable[[str], bool]) -> str:
    """The shortest start of `value` followed by a space that is still `allowed`, or `value` if none is."""
    for end in range(len(value) + 1):
        candidate = value[:end] + PAD
        if allowed(candidate):
            return candidate
    return value


def _pad_leaves(document: Any, allowed: Callable[[Any], bool]) -> Any:
    """`document` with its strings padded one at a time, each change kept only if `allowed` the whole document."""
    for path in list(_string_paths(document, ())):
        document = _pad_leaf(document, path, allowed)
    return document


def _pad_leaf(document: Any, path: tuple[Any, ...], allowed: Callable[[Any], bool]) -> Any:
    def allowed_here(candidate: str) -> bool:
        return bool(allowed(_set(document, path, candidate)))

    return _set(document, path, shortest_padded(_get(document, path), allowed_here))


def pad_strings(case: OpenApiCase, api: str) -> None:
    """Rewrites a valid request so that its strings end in a space where the spec allows it (see the module)."""
    path, method = case.operation.path, case.method.lower()
    body = _validator(api, path, method, "body")
    if body is not None and isinstance(case.body, dict | list):
        case.body = _pad_leaves(case.body, body.is_valid)
    for location, values in (("query", case.query), ("path", case.path_parameters)):
        for name, value in (values or {}).items():
            validator = _validator(api, path, method, location, name)
            if validator is not None and isinstance(value, str):
                values[name] = shortest_padded(value, validator.is_valid)


def _string_paths(node: Any, at: tuple[Any, ...]) -> Any:
    if isinstance(node, str):
        yield at
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _string_paths(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _string_paths(value, (*at, index))


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


def _set(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of `node` with the value at `path` replaced (the rest shared)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        return {**node, head: _set(node[head], rest, value)}
    copy = list(node)
    copy[head] = _set(node[head], rest, value)
    return copy

"""A model the spec closes (`additionalProperties: false`) refuses unknown keys in from_dict, naming them.

The server refuses such a body's unknown keys with a 400 ("The field does not exist."); a model that
dropped them would send less than asked, and the server would answer 200 having changed nothing.
The closed models are read from both specs (every `additionalProperties: false` there), so a newly
closed schema is covered without editing this file. Valid bodies (made by schemathesis from the spec,
as the property tests make them) still pass, unchanged by a from_dict/to_dict round trip.
No server: from_dict runs before anything is sent.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
import schemathesis
from argus_api_v1.errors import UnknownFieldsError as V1UnknownFieldsError
from argus_api_v2.errors import UnknownFieldsError as V2UnknownFieldsError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode

from tests.spec_checks import HTTP_METHODS, REPO, load_spec

VERSIONS = ("v1", "v2")
SCHEMA_REF = "#/components/schemas/"


def _closed_anywhere(node: Any, where: str) -> Iterator[str]:
    """The JSON pointer of every schema in `node` that says additionalProperties: false."""
    if isinstance(node, dict):
        if node.get("additionalProperties") is False:
            yield where
        for key, value in node.items():
            yield from _closed_anywhere(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _closed_anywhere(value, f"{where}/{index}")


def closed_schemas(version: str) -> list[str]:
    """The names of the spec's closed component schemas (each one generated model)."""
    return [
        where.removeprefix(SCHEMA_REF)
        for where in _closed_anywhere(load_spec(version), "#")
        if where.startswith(SCHEMA_REF) and "/" not in where.removeprefix(SCHEMA_REF)
    ]


def bodies_of(version: str, schema: str) -> list[tuple[str, str]]:
    """(path, method) of every operation whose JSON request body is this schema."""
    return [
        (path, method)
        for path, item in load_spec(version)["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS and _json_body_ref(operation) == SCHEMA_REF + schema
    ]


def _json_body_ref(operation: dict[str, Any]) -> str | None:
    content = operation.get("requestBody", {}).get("content", {})
    ref: str | None = content.get("application/json", {}).get("schema", {}).get("$ref")
    return ref


def model(version: str, schema: str) -> Any:
    return getattr(importlib.import_module(f"argus_api_{version}.models"), schema)


def unknown_fields_error(version: str) -> type[V1UnknownFieldsError | V2UnknownFieldsError]:
    return V1UnknownFieldsError if version == "v1" else V2UnknownFieldsError


CLOSED = [
    pytest.param(version, name, id=f"{version}-{name}") for version in VERSIONS for name in closed_schemas(version)
]


def test_closed_models_are_found_in_both_specs() -> None:
    """The list the tests below run over is not empty by accident (a spec reshaped, a walk broken)."""
    for version in VERSIONS:
        assert {"IncidentPatch", "IncidentReplace"} <= set(closed_schemas(version)), version


@pytest.mark.parametrize("version", VERSIONS)
def test_every_closed_schema_is_a_named_model(version: str) -> None:
    """An inline closed schema would be a generated model this file does not know the name of."""
    inline = [w for w in _closed_anywhere(load_spec(version), "#") if w.removeprefix(SCHEMA_REF).count("/") != 0]
    assert inline == [], f"closed inline schemas in spec/{version}.yaml: give them a name under components"


@pytest.mark.parametrize(("version", "schema"), CLOSED)
def test_unknown_keys_are_refused_by_name(version: str, schema: str) -> None:
    spec_properties = load_spec(version)["components"]["schemas"][schema].get("properties", {})
    unknown = {"end_time": "2024-01-01T00:00:00Z", "no_such_field": 1}
    assert not unknown.keys() & spec_properties.keys()
    with pytest.raises(ValueError) as refused:
        model(version, schema).from_dict({**_required_values(version, schema), **unknown})
    assert isinstance(refused.value, unknown_fields_error(version))
    assert "'end_time'" in str(refused.value) and "'no_such_field'" in str(refused.value)
    assert schema in str(refused.value)
    assert refused.value.unknown == ["end_time", "no_such_field"]


def test_the_reviews_example_is_refused() -> None:
    """The release review's case: a PATCH of end_time (not a field of IncidentPatch) went out as {}."""
    from argus_api_v2.models import IncidentPatch

    with pytest.raises(ValueError, match=r"IncidentPatch has no field 'end_time'"):
        IncidentPatch.from_dict({"end_time": "2024-01-01T00:00:00Z"})


@pytest.mark.parametrize(("version", "schema"), CLOSED)
def test_valid_bodies_pass_and_an_unknown_key_is_refused(version: str, schema: str) -> None:
    operations = bodies_of(version, schema)
    assert operations, f"no operation of spec/{version}.yaml takes {schema}: is it still a request model?"
    known = set(load_spec(version)["components"]["schemas"][schema].get("properties", {}))
    cls, error = model(version, schema), unknown_fields_error(version)
    for path, method in operations:
        strategy = _api(version)[path][method.upper()].as_strategy(GenerationMode.POSITIVE)

        @given(case=strategy, extra=st.text(min_size=1, max_size=8).filter(lambda key: key not in known))
        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def round_trip(case: Case[Any], extra: str) -> None:
            body = case.body
            assert isinstance(body, dict)
            assert cls.from_dict(body).to_dict() == body  # nothing dropped, nothing added
            with pytest.raises(error) as refused:
                cls.from_dict({**body, extra: None})
            assert isinstance(refused.value, error) and refused.value.unknown == [extra]

        round_trip()


@cache
def _api(version: str) -> Any:
    return schemathesis.openapi.from_path(REPO / "spec" / f"{version}.yaml")


def _required_values(version: str, schema: str) -> dict[str, Any]:
    """The required properties of `schema` with a valid value each: one body schemathesis makes from the spec."""
    path, method = bodies_of(version, schema)[0]
    found: list[Any] = []

    @given(case=_api(version)[path][method.upper()].as_strategy(GenerationMode.POSITIVE))
    @settings(max_examples=1, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def first(case: Case[Any]) -> None:
        found.append(case.body)

    first()
    required = load_spec(version)["components"]["schemas"][schema].get("required", [])
    return {key: value for key, value in found[0].items() if key in required}

"""The generated models, Response and File (generator/templates/model.py.jinja, types.py.jinja): plain classes.

They give what attrs' `define` gave upstream's (the same __init__, __eq__ over every field and the additional
properties, unhashable, the same repr, __slots__, __match_args__, pickling). That no generated module loads attrs
(issue 19's import time) is checked with the other import costs, in tests/test_import_cost.py.
"""

from __future__ import annotations

import copy
import inspect
import pickle
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any

import argus_api_v1.models
import argus_api_v2.models
import pytest
from argus_api_v2.models import Incident, IncidentCreate, IncidentPatch, SourceSystem, SourceSystemType, Tag, TagValue
from argus_api_v2.types import UNSET, File, Response

MODEL_CLASSES = [
    pytest.param(getattr(package, name), id=f"{package.__name__.split('_')[-1].split('.')[0]}-{name}")
    for package in (argus_api_v2.models, argus_api_v1.models)
    for name in package.__all__
    if inspect.isclass(getattr(package, name))
]


@pytest.mark.parametrize("model", MODEL_CLASSES)
def test_every_model_has_attrs_define_s_behaviour(model: type[Any]) -> None:
    parameters = list(inspect.signature(model).parameters.values())
    assert all(p.kind is p.POSITIONAL_OR_KEYWORD for p in parameters), parameters  # positional or by keyword
    required = [p.name for p in parameters if p.default is p.empty]
    assert [p.name for p in parameters[: len(required)]] == required  # required ones first, as attrs ordered them
    assert model.__match_args__ == tuple(p.name for p in parameters)
    values = {name: [name] for name in required}  # a mutable value each: equality must compare, not identity
    made, same = model(**values), model(*values.values())
    assert made == same
    assert not made != same  # noqa: SIM202  # != too, which Python derives from __eq__
    assert model.__hash__ is None
    with pytest.raises(TypeError, match="unhashable"):
        hash(made)
    assert made != object() and (made == object()) is False
    if parameters:
        first = parameters[0].name
        other = model(**{**values, first: ["changed"]}) if first in values else model(**{first: "changed"}, **values)
        assert made != other
    assert not hasattr(made, "__dict__")  # __slots__: a misspelt attribute is an error, not a silent new one
    with pytest.raises(AttributeError):
        made.no_such_field = 1
    shown = repr(made)
    assert shown.startswith(f"{model.__name__}(") and all(f"{p.name}=" in shown for p in parameters)
    assert pickle.loads(pickle.dumps(made)) == made


def test_additional_properties_are_compared_shown_and_never_constructor_arguments() -> None:
    tag = TagValue("host=db1")
    assert repr(tag) == "TagValue(tag='host=db1', additional_properties={})"
    assert tag.additional_properties == {} and tag.additional_keys == []
    other = TagValue("host=db1")
    other["extra"] = 1
    assert tag != other and "extra" in other and other.additional_keys == ["extra"]
    with pytest.raises(TypeError):
        TagValue(tag="host=db1", additional_properties={})  # type: ignore[call-arg]
    assert "additional_properties" not in IncidentPatch.__slots__  # a closed model has no place for unknown keys


def test_defaults_are_upstreams() -> None:
    created = IncidentCreate(datetime(2026, 1, 1, tzinfo=UTC), tags=[])
    assert (created.description, created.level, created.end_time) == (UNSET, UNSET, UNSET)
    assert created.to_dict() == {"start_time": "2026-01-01T00:00:00+00:00", "tags": []}


def test_nested_models_compare_and_match_by_value() -> None:
    source = SourceSystem(pk=1, name="nav", type_=SourceSystemType(name="nav"), user=2, base_url="")
    data = Incident.from_dict(
        {
            "pk": 5, "start_time": "2026-01-01T00:00:00Z", "end_time": "infinity", "source": source.to_dict(),
            "source_incident_id": "", "details_url": "", "description": "d", "level": 3, "ticket_url": "",
            "tags": [{"tag": "host=db1", "added_by": 1, "added_time": "2026-01-01T00:00:00Z"}],
            "stateful": True, "open": True, "acked": False,
        }
    )  # fmt: skip
    assert data == Incident.from_dict(data.to_dict())
    assert isinstance(data.tags[0], Tag)
    match data:
        case Incident(pk, _, "infinity", SourceSystem(name="nav")):
            assert pk == 5
        case _:
            pytest.fail(f"no match: {data!r}")


def test_response_and_file_are_plain_too() -> None:
    response: Response[None] = Response(HTTPStatus.OK, b"{}", {"a": "b"}, None)
    assert response == Response(status_code=HTTPStatus.OK, content=b"{}", headers={"a": "b"}, parsed=None)
    assert response != Response(HTTPStatus.CREATED, b"{}", {"a": "b"}, None) and Response.__hash__ is None
    assert (
        repr(response) == "Response(status_code=<HTTPStatus.OK: 200>, content=b'{}', headers={'a': 'b'}, parsed=None)"
    )
    payload = BytesIO(b"x")
    assert File(payload).to_tuple() == (None, payload, None)
    assert File(payload, "f.txt") == File(payload=payload, file_name="f.txt", mime_type=None)


def test_a_copied_or_pickled_model_sends_what_the_original_sends() -> None:
    """UNSET survives pickle and copy.deepcopy as itself: upstream's became a second Unset, sent as a value."""
    patch = IncidentPatch(description="db1 down")
    for copied in (copy.deepcopy(patch), pickle.loads(pickle.dumps(patch)), copy.copy(patch)):
        assert copied.ticket_url is UNSET
        assert copied.to_dict() == patch.to_dict() == {"description": "db1 down"}

"""Every public name of pyargus 0.8.0 has its counterpart in argus_ext.pyargus, with the same parameters.

The test walks pyargus itself (installed by the dev extra): its modules, the names each defines (classes,
functions, constants; names it merely imports from the standard library or simple_rest_client are not its API),
each class's methods and dataclass fields, and each callable's parameters. A new public name in a pyargus
release, or one removed here, fails it. Left out on purpose, each with its reason: LEFT_OUT.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import types
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pyargus.multivaluedict
import pytest

import argus_ext.pyargus.multivaluedict

MODULES = [
    "pyargus",
    "pyargus.api",
    "pyargus.async_api",
    "pyargus.async_client",
    "pyargus.client",
    "pyargus.models",
    "pyargus.multivaluedict",
    "pyargus.time",
]

LEFT_OUT: dict[str, str] = {}


def ours(module_name: str) -> types.ModuleType:
    return importlib.import_module("argus_ext." + module_name)


def public_names(module: types.ModuleType) -> Iterator[tuple[str, Any]]:
    """The names a pyargus module defines: its own classes, functions and TypeVars, its constants, its
    submodules; not what it imports from elsewhere."""
    for name, value in vars(module).items():
        if name.startswith("_") or name == "annotations":
            continue
        if isinstance(value, types.ModuleType):
            if value.__name__.startswith("pyargus."):
                yield name, value
            continue
        home = getattr(value, "__module__", None)
        if home is None or (isinstance(home, str) and home.startswith("pyargus")):
            yield name, value


def own_members(cls: type) -> Iterator[tuple[str, Any]]:
    """A class's own public methods and class attributes, and the dunders it defines for its behaviour."""
    skip = {"__dict__", "__weakref__", "__module__", "__doc__", "__annotations__", "__hash__", "__match_args__"}
    for name, value in vars(cls).items():
        if name in skip or name.startswith("__dataclass"):
            continue
        if name.startswith("_") and not (name.startswith("__") and name.endswith("__")):
            continue
        yield name, value


def check_parameters(where: str, theirs: Callable[..., Any], mine: Callable[..., Any]) -> list[str]:
    """Each of their parameters is accepted by ours the same way (same position, same name, same kind)."""
    problems = []
    their_params = list(inspect.signature(theirs).parameters.values())
    our_params = list(inspect.signature(mine).parameters.values())
    our_names = {p.name: p for p in our_params}
    our_kinds = {p.kind for p in our_params}
    for index, param in enumerate(their_params):
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            if param.kind not in our_kinds:
                problems.append(f"{where}: no {'*args' if param.kind == param.VAR_POSITIONAL else '**kwargs'}")
        elif param.name not in our_names and param.VAR_KEYWORD not in our_kinds:
            problems.append(f"{where}: no parameter {param.name!r}")
        elif param.kind == param.POSITIONAL_OR_KEYWORD and (
            index >= len(our_params) or our_params[index].name != param.name
        ):
            problems.append(f"{where}: parameter {param.name!r} is not at position {index}")
        elif param.default is not param.empty and our_names.get(param.name, param).default is param.empty:
            problems.append(f"{where}: parameter {param.name!r} has no default (pyargus: {param.default!r})")
    return problems


def compare_class(where: str, theirs: type, mine: type) -> list[str]:
    problems = []
    if dataclasses.is_dataclass(theirs):
        their_fields = [f.name for f in dataclasses.fields(theirs)]
        our_fields = [f.name for f in dataclasses.fields(mine)] if dataclasses.is_dataclass(mine) else []
        if their_fields != our_fields:
            problems.append(f"{where}: fields {our_fields} differ from pyargus's {their_fields}")
    for name, value in own_members(theirs):
        if not hasattr(mine, name):
            problems.append(f"{where}.{name}: missing")
            continue
        member = inspect.getattr_static(mine, name)
        if isinstance(value, classmethod | staticmethod):
            problems += check_parameters(f"{where}.{name}", getattr(theirs, name), getattr(mine, name))
        elif inspect.isfunction(value) and callable(member):
            problems += check_parameters(f"{where}.{name}", value, getattr(mine, name))
        elif name == "actions" and value != getattr(mine, name):
            problems.append(f"{where}.actions: {getattr(mine, name)} differ from pyargus's {value}")
    return problems


@pytest.mark.parametrize("module_name", MODULES)
def test_every_public_name_of_pyargus_has_its_counterpart(module_name: str) -> None:
    theirs, mine = importlib.import_module(module_name), ours(module_name)
    names = list(public_names(theirs))
    assert names, f"{module_name} defines nothing public: the walk is broken"
    problems = []
    for name, value in names:
        where = f"{module_name}.{name}"
        if where in LEFT_OUT:
            continue
        if not hasattr(mine, name):
            problems.append(f"{where}: missing")
            continue
        counterpart = getattr(mine, name)
        if isinstance(value, type):
            problems += compare_class(where, value, counterpart)
        elif inspect.isfunction(value):
            problems += check_parameters(where, value, counterpart)
    assert problems == []


def test_the_walk_finds_what_it_must() -> None:
    # The walk itself: it sees pyargus's own names and methods, and not what pyargus imports.
    client_names = dict(public_names(importlib.import_module("pyargus.client")))
    assert {"Client", "paginated_query", "extract_params", "IncidentType"} <= set(client_names)
    assert not {"datetime", "AuthError", "parse_qs"} & set(client_names)
    members = dict(own_members(pyargus.multivaluedict.MultiValueDict))
    assert {"setlist", "poplist", "remove", "__or__", "__ior__", "__reduce_ex__", "fromkeys"} <= set(members)

    def theirs(a: int, b: int = 1, *rest: int) -> None: ...
    def missing_b(a: int) -> None: ...
    def swapped(b: int, a: int) -> None: ...

    assert check_parameters("f", theirs, missing_b) == ["f: no parameter 'b'", "f: no *args"]
    assert check_parameters("f", theirs, swapped)[0] == "f: parameter 'a' is not at position 0"


# -- MultiValueDict: the same operations on pyargus's and ours give the same results ---------------------------------


def both(operation: Callable[[Any], Any]) -> tuple[Any, Any]:
    """An operation on a fresh pyargus MultiValueDict and on ours: (their result and state, ours)."""
    results = []
    for cls in (pyargus.multivaluedict.MultiValueDict, argus_ext.pyargus.multivaluedict.MultiValueDict):
        d = cls([("host", "a"), ("host", "b"), ("room", "1")])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result: Any = operation(d)
            except Exception as error:  # noqa: BLE001 (which error is raised is part of the API compared)
                result = type(error).__name__
        state = d.allitems() if hasattr(d, "allitems") else d
        # Only the dict's own warnings count: a ResourceWarning of some earlier test's client may land here too.
        lossy = [w for w in caught if issubclass(w.category, DeprecationWarning)]
        results.append((result.allitems() if hasattr(result, "allitems") else result, state, len(lossy)))
    return results[0], results[1]


OPERATIONS: dict[str, Callable[[Any], Any]] = {
    "getitem several (warns)": lambda d: d["host"],
    "get several (warns)": lambda d: d.get("host"),
    "get missing": lambda d: d.get("nope", "x"),
    "setitem replaces": lambda d: d.__setitem__("host", "c"),
    "add": lambda d: d.add("host", "c"),
    "setlist": lambda d: d.setlist("host", ["x", "y"]),
    "setlist empty removes": lambda d: d.setlist("host", []),
    "poplist": lambda d: d.poplist("host"),
    "poplist missing": lambda d: d.poplist("nope"),
    "remove one": lambda d: d.remove("host", "a"),
    "remove last": lambda d: d.remove("room", "1"),
    "remove absent value": lambda d: d.remove("host", "z"),
    "remove absent key": lambda d: d.remove("nope", "z"),
    "pop": lambda d: d.pop("host"),
    "pop default": lambda d: d.pop("nope", 7),
    "pop missing": lambda d: d.pop("nope"),
    "popitem": lambda d: d.popitem(),
    "setdefault": lambda d: (d.setdefault("host", "q"), d.setdefault("new", "n")),
    "clear": lambda d: d.clear(),
    "update pairs": lambda d: d.update([("host", "p"), ("host", "q")]),
    "update mapping and kwargs": lambda d: d.update({"room": "2"}, site="s"),
    "update several args": lambda d: d.update({}, {}),
    "lists": lambda d: d.lists(),
    "getlist missing": lambda d: d.getlist("nope"),
    "copy": lambda d: d.copy(),
    "fromkeys": lambda d: type(d).fromkeys(["a", "b"], "v"),
    "pickle": lambda d: pickle.loads(pickle.dumps(d)),
    "or dict": lambda d: d | {"room": "9"},
    "ror dict": lambda d: {"room": "9", "x": "y"} | d,
    "ior": lambda d: d.__ior__({"host": "z"}),
    "or non-dict": lambda d: d.__or__(5),
    "eq dict": lambda d: d == {"host": "b", "room": "1"},
    "ne": lambda d: d != type(d)([("host", "b"), ("room", "1")]),
    "repr": lambda d: repr(d).split("(", 1)[1],
    "kwargs init": lambda d: type(d)(a="1", b="2"),
    "too many args": lambda d: type(d)({}, {}),
    "dict view": lambda d: (dict(d), list(d), len(d)),
    "hash": hash,
}


@pytest.mark.parametrize("name", OPERATIONS)
def test_multi_value_dict_behaves_as_pyargus(name: str) -> None:
    theirs, mine = both(OPERATIONS[name])
    assert mine == theirs

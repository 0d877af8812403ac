"""What a type checker and typing.get_type_hints see of the lazily loaded packages: the real names, not `Any`.

argus_ext and the generated `models` packages load their names on first use through a module
`__getattr__` (PEP 562). That function exists only at run time: a type checker that saw it would take
any name, misspelt ones too, as `Any`. argus_ext keeps its names in three lists (the TYPE_CHECKING
imports for type checkers, `_MODULE_OF` for the loader, `__all__`): they must agree.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
import typing
from pathlib import Path
from pkgutil import iter_modules
from typing import Any

import pytest

import argus_ext

REPO = Path(__file__).resolve().parent.parent
INIT = REPO / "argus_ext" / "__init__.py"
MYPY = Path(sys.executable).parent / "mypy"

MISSPELT = """
import argus_ext
from argus_ext import conect
from argus_api_v2.models import Incidnet
from argus_api_v1.models import IncidentPach

argus_ext.paginate_incidnets
"""
SPELT_RIGHT = """
import argus_ext
from argus_ext import connect
from argus_api_v2.models import Incident
from argus_api_v1.models import IncidentPatch

argus_ext.paginate_incidents
"""


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    checked = tmp_path / "user_code.py"
    checked.write_text(source)
    command = [str(MYPY), "--strict", "--no-error-summary", str(checked)]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


def test_mypy_reports_misspelt_names(tmp_path: Path) -> None:
    result = _mypy(tmp_path, MISSPELT)
    assert result.returncode == 1, result.stdout + result.stderr
    for expected in (
        'Module "argus_ext" has no attribute "conect"',
        'Module "argus_api_v2.models" has no attribute "Incidnet"',
        'Module "argus_api_v1.models" has no attribute "IncidentPach"',
        'Module has no attribute "paginate_incidnets"',
    ):
        assert expected in result.stdout, result.stdout


def test_mypy_takes_the_right_names(tmp_path: Path) -> None:
    """The control: the same file spelt right passes, so the errors above are the misspellings."""
    result = _mypy(tmp_path, SPELT_RIGHT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_misspelt_names_fail_at_run_time_too() -> None:
    with pytest.raises(AttributeError, match="conect"):
        getattr(argus_ext, "conect")  # noqa: B009
    with pytest.raises(AttributeError, match="Incidnet"):
        importlib.import_module("argus_api_v2.models").Incidnet  # noqa: B018


def _lists_of_names() -> tuple[dict[str, str], dict[str, str], list[str]]:
    """argus_ext/__init__.py's TYPE_CHECKING imports (name -> module), `_MODULE_OF`, `__all__`, as written."""
    tree = ast.parse(INIT.read_text())
    imported: dict[str, str] = {}
    module_of: dict[str, str] = {}
    exported: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.level == 1, ast.unparse(statement)
                for alias in statement.names:
                    assert alias.asname is None, ast.unparse(statement)
                    imported[alias.name] = str(statement.module)
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name) and target.id == "_MODULE_OF":
                assert node.value is not None
                module_of = ast.literal_eval(node.value)
            elif isinstance(target, ast.Name) and target.id == "__all__":
                assert node.value is not None
                exported += ast.literal_eval(node.value)
    return imported, module_of, exported


def test_the_three_lists_of_names_agree() -> None:
    imported, module_of, exported = _lists_of_names()
    assert len(imported) > 60  # the parse found the lists, not nothing
    assert module_of == imported
    assert sorted(exported) == sorted(set(exported)), "a name twice in __all__"
    assert set(exported) == set(imported)
    assert argus_ext.__all__ == exported  # what was parsed is what runs


def test_every_name_loads_from_the_module_that_defines_it() -> None:
    _, module_of, _ = _lists_of_names()
    for name, module in module_of.items():
        value = getattr(argus_ext, name)
        assert value is getattr(importlib.import_module(f"argus_ext.{module}"), name), name


# The public API: the names argus_ext exports and those of the pyargus compatibility package, with every public
# method of their classes. Left out: the modules behind them (their own helpers are not an API) and argus_ext.cli,
# the command line's internals, which name the models for type checkers only, to keep `argus --help` fast.
PYARGUS = importlib.import_module("argus_ext.pyargus")
PUBLIC_MODULES = [
    "argus_ext",
    "argus_ext.pyargus",
    *(f"argus_ext.pyargus.{m.name}" for m in iter_modules(PYARGUS.__path__)),
]


def _public_names(module: Any) -> list[str]:
    """`__all__`, or for a module without one the public names it defines."""
    if hasattr(module, "__all__"):
        return list(module.__all__)
    return [
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
    ]


def _annotated(value: Any) -> list[tuple[str, Any]]:
    """A public function or class and, for a class, its public methods and properties (and __init__)."""
    if inspect.isfunction(value):
        return [("", value)]
    if not inspect.isclass(value):
        return []
    found: list[tuple[str, Any]] = [("", value)]
    for name, member in vars(value).items():
        if name.startswith("_") and name != "__init__":
            continue
        function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        if inspect.isfunction(function):
            found.append((f".{name}", function))
    return found


def _public_annotated() -> list[Any]:
    params = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in _public_names(module):
            for suffix, value in _annotated(getattr(module, name)):
                params.append(pytest.param(value, id=f"{module_name}.{name}{suffix}"))
    return params


def test_the_public_api_list_is_what_it_says() -> None:
    """The control for the test below: it reaches the workflows, the paginators' methods and the pyargus layer."""
    ids = {param.id for param in _public_annotated()}
    assert len(ids) > 150
    for expected in (
        "argus_ext.reconcile",
        "argus_ext.paginate_incidents",
        "argus_ext.Paginator.pages",
        "argus_ext.connect",
        "argus_ext.ConnectedV1Client",
        "argus_ext.pyargus.Client",
    ):
        assert expected in ids


@pytest.mark.parametrize("value", _public_annotated())
def test_type_hints_resolve_at_run_time(value: Any) -> None:
    """typing.get_type_hints (what pydantic, typer, cattrs and IDE helpers call) works on the public API."""
    hints = typing.get_type_hints(value)
    assert isinstance(hints, dict)
    if inspect.isfunction(value):
        parameters = inspect.signature(value).parameters
        assert set(parameters) - {"self", "cls"} <= set(hints), "an unannotated parameter"


def test_hints_name_the_classes_of_both_versions() -> None:
    """What get_type_hints resolves is the real thing: the generated classes, not strings or Any."""
    import argus_api_v1
    import argus_api_v2

    reconcile = typing.get_type_hints(argus_ext.reconcile)["client"]
    assert set(typing.get_args(reconcile)) == {
        argus_api_v2.Client,
        argus_api_v2.AuthenticatedClient,
        argus_api_v1.Client,
        argus_api_v1.AuthenticatedClient,
    }
    events = typing.get_type_hints(argus_ext.paginate_events)["return"]
    assert typing.get_args(events) == (importlib.import_module("argus_api_v2.models.event").Event,)

"""What a user's first imports load, in a fresh interpreter: a v2 user never loads argus_api_v1 (issue 19, item 7).

Each module loaded is import time (bench/imports.py measures it against pyargus): argus_api_v1 is loaded only by
what needs it (a v1 client, the reconciliation, which handles both versions' models), the models only by the
endpoints and helpers that use them. No attrs at all: the generated models, Response and File are plain classes
(generator/templates; attrs alone cost about 10 ms, as much as pyargus's own modules).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import argus_api_v2
import pytest

README_IMPORTS = (
    "from argus_api_v2.api.incidents import create_incident, get_incident\n"
    "from argus_api_v2.models import Incident, IncidentCreate, TagValue\n"
    "from argus_ext import connect\n"
)
V2_USER = {
    "connect and paginate_incidents": "from argus_ext import connect, paginate_incidents",
    "the README's first imports": README_IMPORTS,
    "a v2 client": "from argus_ext import connect\nconnect('https://argus.example.org', token='t')",
    "the workflow helpers": "from argus_ext import connect, resolve, acknowledge, find_my_incident, heartbeat",
    "the errors": "from argus_ext import ArgusAPIError, NotFoundError, RetryPolicy",
}


def _loaded_after(code: str) -> list[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    modules: list[str] = json.loads(done.stdout.splitlines()[-1])
    return modules


def _v1(modules: list[str]) -> list[str]:
    return [name for name in modules if name == "argus_api_v1" or name.startswith("argus_api_v1.")]


def _attrs(modules: list[str]) -> list[str]:
    return [name for name in modules if name.split(".")[0] in ("attr", "attrs")]


@pytest.mark.parametrize("code", V2_USER.values(), ids=V2_USER)
def test_a_v2_user_loads_neither_argus_api_v1_nor_attrs(code: str) -> None:
    loaded = _loaded_after(code)
    assert "argus_ext.client" in loaded or "argus_ext.errors" in loaded  # the code did import the library
    assert _v1(loaded) == []
    assert _attrs(loaded) == []


def test_no_generated_module_loads_attrs() -> None:
    """Every module of both generated packages, imported in one fresh interpreter: no attrs among what loaded."""
    code = (
        "import importlib, pkgutil, argus_api_v1, argus_api_v2\n"
        "for package in (argus_api_v1, argus_api_v2):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
    )
    loaded = _loaded_after(code)
    generated = Path(argus_api_v2.__file__).parent.parent
    modules = {
        ".".join(path.relative_to(generated).with_suffix("").parts).removesuffix(".__init__")
        for path in generated.glob("argus_api_v*/**/*.py")
    }
    assert len(modules) > 250 and modules <= set(loaded)  # every generated module (298 now) was imported
    assert _attrs(loaded) == []


def test_connect_and_paginate_load_no_model() -> None:
    """The models load with the endpoints that parse them: `paginate_incidents` names them only in annotations."""
    loaded = _loaded_after(V2_USER["connect and paginate_incidents"])
    assert {"argus_ext.pagination", "argus_api_v2.client", "argus_api_v2.models"} <= set(loaded)
    assert [name for name in loaded if name.startswith("argus_api_v2.models.")] == []


def test_a_v1_client_loads_argus_api_v1_when_asked_for() -> None:
    """The control: the v1 client is still there, loaded on the first connect(..., api="v1")."""
    code = (
        "from argus_ext import connect\n"
        "client = connect('https://argus.example.org', token='t', api='v1')\n"
        "import argus_api_v1\n"
        "assert isinstance(client, argus_api_v1.Client), type(client)\n"
        "print(type(client).__module__, type(client).__name__)\n"
    )
    loaded = _loaded_after(code)
    assert "argus_ext.connected_v1" in loaded
    assert "argus_api_v1.client" in loaded

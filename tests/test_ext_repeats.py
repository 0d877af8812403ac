"""Which operations a retry may send again (versions.py's `repeats`): the list is complete and true to the specs,
and every operation marked unsafe is sent once when its answer is lost.

The faults (a read timeout after the request left, a 503 from a proxy) are what a real server will not produce on
demand: httpx.MockTransport, under a real connect() client calling the generated functions.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from argus_ext import ArgusTimeoutError, RetryPolicy, ServerError, allow_unsafe_retries, connect
from argus_ext.versions import VERSIONS, ApiVersion

SPECS = Path(__file__).resolve().parent.parent / "spec"
WRITES = ("put", "patch", "delete")


def spec_writes(version: ApiVersion) -> dict[str, tuple[str, str]]:
    """Every PUT/PATCH/DELETE operation of the version's spec: operationId -> (METHOD, path)."""
    spec = yaml.safe_load((SPECS / f"{version.name}.yaml").read_text())
    return {
        operation["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in WRITES
    }


@pytest.mark.parametrize("name", sorted(VERSIONS))
def test_every_put_patch_and_delete_of_the_spec_is_judged_with_a_reason(name: str) -> None:
    version = VERSIONS[name]
    listed = {operation: (repeat.method, repeat.path) for operation, repeat in version.repeats.items()}
    assert listed == spec_writes(version)
    for operation, repeat in version.repeats.items():
        assert len(repeat.reason) > 30, f"{operation}: say why"


UNSAFE = [
    (name, operation)
    for name, version in sorted(VERSIONS.items())
    for operation, repeat in version.repeats.items()
    if not repeat.harmless
]


def test_the_unsafe_ones_include_the_ticket_and_every_delete() -> None:
    assert ("v2", "create_automatic_ticket") in UNSAFE
    assert ("v1", "replace_phone_number") in UNSAFE  # a PUT to an unknown pk creates a new phone number
    for name, version in VERSIONS.items():
        deletes = {operation for operation, repeat in version.repeats.items() if repeat.method == "DELETE"}
        assert deletes and deletes <= {operation for api, operation in UNSAFE if api == name}


class Counting:
    """A transport that fails every request with `fault` and records what was sent."""

    def __init__(self, fault: httpx.Response | Exception) -> None:
        self.fault = fault
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if isinstance(self.fault, Exception):
            raise self.fault
        return self.fault


def call(name: str, operation: str, transport: Counting) -> None:
    """Call the generated `sync` of the operation through a connect() client, with sample arguments."""
    version = VERSIONS[name]
    client = connect(
        "http://argus.test",
        api=version.name,
        token="t0k3n",
        retry=RetryPolicy(backoff_base=0.0),
        httpx_args={"transport": httpx.MockTransport(transport)},
    )
    endpoint = generated_module(version, operation)
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(endpoint.sync).parameters.values():
        if parameter.name == "body":  # the only unsafe operation with a body: v1's replace_phone_number
            kwargs["body"] = parameter.annotation.from_dict({"phone_number": "+4790000000"})
        elif parameter.name != "client":
            kwargs[parameter.name] = "k=v" if parameter.annotation is str else 7
    with client:
        endpoint.sync(client=client, **kwargs)


def generated_module(version: ApiVersion, operation: str) -> Any:
    """The generated module of an operation, whatever its tag folder."""
    api = Path(importlib.import_module(f"{version.package}.api").__file__ or "").parent
    (found,) = api.glob(f"*/{operation}.py")
    return importlib.import_module(f"{version.package}.api.{found.parent.name}.{operation}")


@pytest.mark.parametrize(("name", "operation"), UNSAFE, ids=[f"{n}-{o}" for n, o in UNSAFE])
def test_an_unsafe_operation_is_sent_once_after_a_read_timeout(name: str, operation: str) -> None:
    timing_out = Counting(httpx.ReadTimeout("the answer never came"))
    with pytest.raises(ArgusTimeoutError) as caught:
        call(name, operation, timing_out)
    assert [request.method for request in timing_out.sent] == [VERSIONS[name].repeats[operation].method]
    assert caught.value.attempts == 1

    unavailable = Counting(httpx.Response(503))
    with pytest.raises(ServerError):
        call(name, operation, unavailable)
    assert len(unavailable.sent) == 1


HARMLESS = [
    ("v2", "PATCH", "/incidents/7/"),
    ("v2", "PUT", "/incidents/7/ticket_url/"),
    ("v1", "PATCH", "/notificationprofiles/timeslots/7/"),
]


@pytest.mark.parametrize(("name", "method", "path"), HARMLESS)
def test_a_harmless_put_or_patch_is_retried(name: str, method: str, path: str) -> None:
    timing_out = Counting(httpx.ReadTimeout("the answer never came"))
    client = connect(
        "http://argus.test",
        api=VERSIONS[name].name,
        token="t0k3n",
        retry=RetryPolicy(backoff_base=0.0),
        httpx_args={"transport": httpx.MockTransport(timing_out)},
    )
    with client, pytest.raises(ArgusTimeoutError) as caught:
        client.get_httpx_client().request(method, path, json={})
    assert len(timing_out.sent) == 3 and caught.value.attempts == 3  # RetryPolicy(): 2 retries


def test_allow_unsafe_retries_lets_the_caller_repeat_an_unsafe_one() -> None:
    timing_out = Counting(httpx.ReadTimeout("the answer never came"))
    with allow_unsafe_retries(), pytest.raises(ArgusTimeoutError):
        call("v2", "create_automatic_ticket", timing_out)
    assert len(timing_out.sent) == 3


def test_a_write_the_table_does_not_know_is_not_repeated() -> None:
    sent: list[httpx.Request] = []

    def fail(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise httpx.ReadTimeout("the answer never came")

    client = connect(
        "http://argus.test",
        token="t0k3n",
        retry=RetryPolicy(backoff_base=0.0),
        httpx_args={"transport": httpx.MockTransport(fail)},
    )
    with client:
        with pytest.raises(ArgusTimeoutError):
            client.get_httpx_client().put("/not/an/operation/")
        assert len(sent) == 1
        with pytest.raises(ArgusTimeoutError):
            client.get_httpx_client().get("/not/an/operation/")
        assert len(sent) == 4  # a GET only reads: retried wherever it goes

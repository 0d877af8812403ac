"""Every SERVER_BUGS entry still happens on the real server it names: once a release fixes one, this fails.

The property tests excuse what SERVER_BUGS lists; these tests keep the list honest. Each entry's
reproducer sends its request to the session's server for each API the entry names (argus-server
2.10.2 for v2, 1.37.0 for v1), as fresh identities.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from argus_local import RELEASES, ArgusServer, Identities
from tests.fuzzing.server_bugs import (
    DOCUMENTED_ONLY,
    SERVER_BUGS,
    SPEC_PREVENTS,
    TAG_KEYS_SHOWN,
    Reproduction,
    ServerBug,
)
from tests.spec_checks import HTTP_METHODS, load_spec


def _entries(bugs: list[ServerBug]) -> list[Any]:
    """One test per entry and API it names."""
    return [
        pytest.param(api, bug, id=f"{api}-{bug.reproduce.__name__.strip('_')}")
        for bug in bugs
        for api in bug.apis.split()
    ]


HTML_500 = _entries([bug for bug in SERVER_BUGS if bug.excuse_500 is not None])
SLOW = _entries([bug for bug in SERVER_BUGS if bug.trim is not None])
# On a new server's tables (no planner statistics yet), a filter on 2 tag keys answers in about 0.02 s and on
# TAG_KEYS_SHOWN keys in about 5 s. Each the fastest of a few tries, so that a busy moment on the machine can
# neither pass for the bug nor hide it.
SLOWER_BY_AT_LEAST = 20
TRIES = 2


@pytest.fixture
def reproduction(api: str, request: pytest.FixtureRequest) -> Iterator[Reproduction]:
    server: ArgusServer = request.getfixturevalue(f"{api}_server")
    ids: Identities = server.new_identities()
    with httpx.Client(base_url=server.api_url, timeout=60.0) as http:
        yield Reproduction(http=http, ids=ids)


@pytest.mark.parametrize(("api", "bug"), HTML_500)
def test_server_still_answers_html_500(bug: ServerBug, reproduction: Reproduction) -> None:
    answer = bug.reproduce(reproduction)
    assert answer.status_code == 500, f"fixed on this server? remove it from SERVER_BUGS: {bug.reason}"
    assert answer.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(("api", "bug"), SLOW)
def test_server_still_slows_down_with_tag_keys(api: str, bug: ServerBug, installed_servers: object) -> None:
    # A server of its own: how slow depends on PostgreSQL's planner statistics, which the session's server gains
    # whenever autovacuum analyzes the tables other tests filled (then 7 keys took 0.41 s, 2 keys 0.03 s, in one
    # run). A new server has none: the state every Argus starts in, and the slowest.
    with ArgusServer(RELEASES[api]) as server, httpx.Client(base_url=server.api_url, timeout=120.0) as http:
        reproduction = Reproduction(http=http, ids=server.new_identities())
        few = httpx.QueryParams(tags="k0=v,k1=v")
        headers = reproduction.ids.user.headers
        quick = fastest(lambda: http.get("/incidents/", params=few, headers=headers))
        slow = fastest(lambda: bug.reproduce(reproduction))
    assert slow > SLOWER_BY_AT_LEAST * quick, (
        f"{TAG_KEYS_SHOWN} tag keys took {slow:.2f} s, 2 keys {quick:.2f} s: fixed? then drop MAX_TAGS' trim"
    )


def fastest(send: Callable[[], httpx.Response]) -> float:
    """The shortest of TRIES answers' times, in seconds; each answer must be a 200."""
    times = []
    for _ in range(TRIES):
        started = time.monotonic()
        answer = send()
        times.append(time.monotonic() - started)
        assert answer.status_code == 200, answer.text
    return min(times)


def test_every_entry_says_how_it_is_prevented_and_where_it_was_seen() -> None:
    assert {bug.prevention for bug in SERVER_BUGS} <= {SPEC_PREVENTS, DOCUMENTED_ONLY}
    assert all(bug.excuse_500 is not None or bug.trim is not None for bug in SERVER_BUGS)
    assert all(bug.apis and set(bug.apis.split()) <= {"v1", "v2"} for bug in SERVER_BUGS)


def operation_texts(api: str) -> dict[str, str]:
    """operationId -> what spec/<api>.yaml says of it: its summary and description and those of its parameters
    (its own and its path's, references followed), lower case, line breaks and runs of spaces as one space."""
    spec = load_spec(api)
    texts = {}
    for path_item in spec["paths"].values():
        for method, operation in path_item.items():
            if method not in HTTP_METHODS:
                continue
            parameters = [
                _follow(spec, p) for p in [*path_item.get("parameters", []), *operation.get("parameters", [])]
            ]
            words = [operation.get("summary", ""), operation.get("description", "")]
            words += [parameter.get("description", "") for parameter in parameters]
            texts[operation["operationId"]] = _plain(" ".join(words))
    return texts


def _follow(spec: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in item:
        target: Any = spec
        for part in item["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        item = target
    return item


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


DOCUMENTED = [bug for bug in SERVER_BUGS if bug.prevention == DOCUMENTED_ONLY]


@pytest.mark.parametrize("bug", DOCUMENTED, ids=[bug.reproduce.__name__.strip("_") for bug in DOCUMENTED])
def test_every_entry_marked_documented_is_documented(bug: ServerBug) -> None:
    """Each of its operations says so in each spec that has it, in words that contain the entry's spec_says."""
    assert bug.spec_says, "a documented entry names the words its operations' descriptions use"
    texts = {api: operation_texts(api) for api in bug.apis.split()}
    for operation in bug.operations.split():
        assert any(operation in ops for ops in texts.values()), f"{operation}: in none of the specs {bug.apis}"
    undocumented = [
        f"spec/{api}.yaml {operation}"
        for api, ops in texts.items()
        for operation in bug.operations.split()
        if operation in ops and _plain(bug.spec_says) not in ops[operation]
    ]
    assert undocumented == [], f"these do not say {bug.spec_says!r} ({bug.reason})"


def test_operation_texts_read_descriptions_and_parameters() -> None:
    """The text the test above searches: an operation's own description, and a shared parameter's."""
    texts = operation_texts("v2")
    assert "follow `next` until it is null" in texts["list_incidents"]
    assert 'only incidents with these tags, "key=value" joined by commas' in texts["list_incidents"]

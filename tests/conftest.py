import json
import os
import signal
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from argus_local import RELEASES, ArgusServer
from argus_local.install import ensure_server_venv
from argus_local.server import NO_SERVERS_VARIABLE
from tests.api_support import Caller

# run_profile: where the run's CPU time went (test processes, servers), printed at the end of every run.
pytest_plugins = ["argus_local.pytest_plugin", "tests.run_profile"]

# The test tiers (make check, make test-quick, make test), set here and only here from the fixtures each test
# uses (its whole fixture closure), so a new test is tiered by what it needs:
#   server: talks to a real Argus server: a session server, or servers of its own, or a server picked at run
#           time with request.getfixturevalue (these ask for `installed_servers`);
#   fuzz:   a property test (schemathesis over the specs);
#   slow:   builds a wheel or a virtualenv, starts servers of its own, or fuzzes: tens of seconds and more.
# A test without the `server` marker that starts a server anyway fails (argus_local refuses to start one while
# ARGUS_LOCAL_NO_SERVERS is set), so a mis-tiered test is found the first time it runs.
TIERS = {
    # fuzzer, reproduction: pick their server by API version at run time (request.getfixturevalue); user_venv:
    # its tests run argus_ext's server tests again, with the lowest dependencies.
    "server": {"v2_server", "v1_server", "installed_servers", "fuzzer", "reproduction", "user_venv"},
    "fuzz": {"fuzzer"},
    "slow": {"installed_servers", "wheel", "user_venv", "glue_python", "fuzzer"},
}
TIER_HELP = {
    "server": "needs a real Argus server (set from its fixtures in tests/conftest.py)",
    "fuzz": "a property test of the specs (set from its fixtures in tests/conftest.py)",
    "slow": "tens of seconds or more: wheels, virtualenvs, servers of its own (set in tests/conftest.py)",
}


def pytest_configure(config: pytest.Config) -> None:
    for marker, meaning in TIER_HELP.items():
        config.addinivalue_line("markers", f"{marker}: {meaning}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for marker, fixtures in TIERS.items():
            if used & fixtures:
                item.add_marker(marker)
    _slow_modules_first(items)


def _module_of(item: pytest.Item) -> str:
    return item.nodeid.split("::", 1)[0]


def _slow_modules_first(items: list[pytest.Item]) -> None:
    """Move the modules with a `slow` test to the front, keeping the random order within both groups.

    pytest-xdist (--dist loadscope --no-loadscope-reorder, the Makefile) hands out modules in this order, the
    next one to whichever process is nearly done: the longest last leaves one process working alone at the end.
    Two clean-clone runs that ran tests/test_isolation.py (205 s) last ended with one process at 956 s and the
    other idle from 747 s, then 1022 s against 825 s (xdist's own order, modules with the most tests first,
    put that one-test module last whatever the order here).
    pytest-randomly shuffles before this hook runs (its hook wraps ours), so the seed still replays the order.
    """
    slow_modules = {_module_of(item) for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: _module_of(item) not in slow_modules)  # a stable sort: False (slow) first


# Ctrl-C reaches the programs the tests start only if SIGINT is neither ignored nor blocked in the test process:
# both are inherited by every process it starts (a handler is not: a started program gets the default). A test
# run started as a background job of a non-interactive shell (`make test &`, as this machine's clean-clone runs
# were) has it ignored: two such runs failed the five tests that press Ctrl-C (the command line, `argus-local
# serve`, a held test run); with this fixture the next one passed them, and named no test as the cause. Each
# test starts with SIGINT deliverable; a test that leaves it otherwise gets a warning (the warnings summary).


def _make_sigint_deliverable() -> bool:
    """Unignore and unblock SIGINT in this (main) thread; True if it was ignored or blocked."""
    changed = False
    if signal.getsignal(signal.SIGINT) in (signal.SIG_IGN, signal.SIG_DFL, None):
        signal.signal(signal.SIGINT, signal.default_int_handler)
        changed = True
    if signal.SIGINT in signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT]):
        changed = True
    return changed


@pytest.fixture(autouse=True)
def _sigint_reaches_started_programs(request: pytest.FixtureRequest) -> Iterator[None]:
    _make_sigint_deliverable()
    yield
    if _make_sigint_deliverable():
        warnings.warn(f"{request.node.nodeid} left SIGINT ignored or blocked (made deliverable again)", stacklevel=1)


@pytest.fixture(autouse=True)
def _servers_only_for_server_tests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("server") is None:
        monkeypatch.setenv(NO_SERVERS_VARIABLE, request.node.nodeid)


@pytest.fixture(scope="session")
def installed_servers() -> Iterator[dict[str, Path]]:
    """Every server release's virtualenv, installed: for tests that start servers of their own."""
    yield {api: ensure_server_venv(release) for api, release in RELEASES.items()}


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (`@pytest.mark.anyio`) run on asyncio, the loop our users have."""
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Caller:
    """Runs an integration test twice: through the generated `sync_detailed`, then `asyncio_detailed`."""
    return Caller(request.param)


# Issue 20, item 2: set to a file's path, the session servers are filled with hostile objects (tests/hostile.py)
# before any test gets them, and what was made is written to that file as JSON ({api: {kind: count}}).
# tests/test_isolation.py runs the CLI and listing tests that way.
PREFILL_VARIABLE = "ARGUS_TESTS_PREFILL_HOSTILE"


def _prefilled(server: ArgusServer) -> ArgusServer:
    report_path = os.environ.get(PREFILL_VARIABLE)
    if report_path:
        from tests.hostile import fill

        report = Path(report_path)
        made = json.loads(report.read_text()) if report.exists() else {}
        made[server.release.api_version] = fill(server)
        report.write_text(json.dumps(made))
    return server


@pytest.fixture(scope="session")
def v2_server(v2_server: ArgusServer) -> ArgusServer:
    """argus_local's session server for API v2 (prefilled when ARGUS_TESTS_PREFILL_HOSTILE is set)."""
    return _prefilled(v2_server)


@pytest.fixture(scope="session")
def v1_server(v1_server: ArgusServer) -> ArgusServer:
    """argus_local's session server for API v1 (prefilled when ARGUS_TESTS_PREFILL_HOSTILE is set)."""
    return _prefilled(v1_server)

"""pytest fixtures for real Argus servers. Opt-in, one line: `pytest_plugins = ["argus_local.pytest_plugin"]` in
your top-level conftest.py, or `pytest -p argus_local.pytest_plugin` (installing the package turns nothing on).

One server per API version per test session, started when a test first asks for it (~5 s, and a one-time install
of the server on a new machine), and fresh accounts for every test, so tests share no accounts and pass in any
order:

- `argus_v2` / `argus_v1`: a `LocalArgus`: an admin, an end user and a source system made for this test, each
  with its token (`.admin.token`, ...) and a ready `connect()` client (`.admin_client`, `.user_client`,
  `.source_client`), and the server (`.url`, `.server`);
- `v2_server` / `v1_server`: the session's `ArgusServer`; `v2_ids` / `v1_ids`: fresh `Identities` without clients.

A server that cannot start fails the tests that use it, with the step that failed and the end of its log: nothing
is skipped. Options (command line, or the same name with `_` in your pytest ini, e.g. `argus_time_zone = UTC`):
`--argus-time-zone` (default Europe/Oslo), `--argus-v2-release`, `--argus-v1-release` (default: 2.10.2, 1.37.0).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from argus_ext import ConnectedClient, ConnectedV1Client

from .accounts import LocalArgus, local_argus_v1, local_argus_v2
from .server import ArgusServer, Identities
from .versions import RELEASES, release_for

DEFAULT_TIME_ZONE = "Europe/Oslo"
OPTIONS = {
    "argus_time_zone": f"the local Argus servers' TIME_ZONE (default: {DEFAULT_TIME_ZONE})",
    **{
        f"argus_{api}_release": f"the argus-server release serving API {api} (default: {release.version}; "
        "another release of the same major version is installed with every package that default pins)"
        for api, release in RELEASES.items()
    },
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("argus_local", "real Argus servers (argus_local)")
    for name, help_text in OPTIONS.items():
        group.addoption(f"--{name.replace('_', '-')}", dest=name, default=None, help=help_text)
        parser.addini(name, help_text, default=None)


def _option(config: pytest.Config, name: str) -> str | None:
    """The command line's value, else the ini file's, else None."""
    value = config.getoption(name) or config.getini(name)
    return str(value) if value else None


def _session_server(request: pytest.FixtureRequest, api: str) -> Iterator[ArgusServer]:
    config = request.config
    release = release_for(api, _option(config, f"argus_{api}_release"))
    with ArgusServer(release, time_zone=_option(config, "argus_time_zone") or DEFAULT_TIME_ZONE) as server:
        failed_before = request.session.testsfailed
        yield server
        if request.session.testsfailed > failed_before:  # the server's tracebacks may say why: kept, and said where
            kept = server.keep_logs()
            reporter = config.pluginmanager.get_plugin("terminalreporter")
            if reporter is not None:
                reporter.write_line(f"argus_local: tests failed; the {api} server's logs are kept in {kept}")


@pytest.fixture(scope="session")
def v2_server(request: pytest.FixtureRequest) -> Iterator[ArgusServer]:
    """The session's API v2 server (argus-server 2.x), started on first use."""
    yield from _session_server(request, "v2")


@pytest.fixture(scope="session")
def v1_server(request: pytest.FixtureRequest) -> Iterator[ArgusServer]:
    """The session's API v1 server (argus-server 1.x), started on first use."""
    yield from _session_server(request, "v1")


@pytest.fixture
def v2_ids(v2_server: ArgusServer) -> Identities:
    """An admin, an end user and a source system on the v2 server, new for this test."""
    return v2_server.new_identities()


@pytest.fixture
def v1_ids(v1_server: ArgusServer) -> Identities:
    """An admin, an end user and a source system on the v1 server, new for this test."""
    return v1_server.new_identities()


@pytest.fixture
def argus_v2(v2_server: ArgusServer) -> Iterator[LocalArgus[ConnectedClient]]:
    """A fresh admin, end user and source system on the v2 server, each with a token and a `connect()` client."""
    with local_argus_v2(v2_server) as argus:
        yield argus


@pytest.fixture
def argus_v1(v1_server: ArgusServer) -> Iterator[LocalArgus[ConnectedV1Client]]:
    """A fresh admin, end user and source system on the v1 server, each with a token and a `connect(api="v1")`
    client."""
    with local_argus_v1(v1_server) as argus:
        yield argus

"""The local-server harness (argus_local) itself: real servers, real processes, plain httpx."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import time

import httpx
import pytest

from argus_local import V1, V2, ArgusServer, Identities, ServerStartError
from argus_local.install import constraints_file, ensure_server_venv
from argus_local.versions import ServerRelease
from tests.processes import alive, descendants, mentioning, still_running


@pytest.mark.parametrize(
    ("fixture", "version", "api_versions"),
    [("v2_server", "2.10.2", {"stable": "v2"}), ("v1_server", "1.37.0", {"deprecated": "v1", "stable": "v2"})],
)
def test_metadata_reports_the_expected_versions(
    request: pytest.FixtureRequest, fixture: str, version: str, api_versions: dict[str, str], installed_servers: object
) -> None:
    server: ArgusServer = request.getfixturevalue(fixture)
    response = httpx.get(f"{server.url}/api/")  # no auth: this is the readiness probe too
    assert response.status_code == 200
    body = response.json()
    assert body["server-version"] == version
    assert body["api-version"] == api_versions


@pytest.mark.parametrize("ids_fixture", ["v2_ids", "v1_ids"])
def test_token_accepted_and_wrong_token_refused(
    request: pytest.FixtureRequest, ids_fixture: str, installed_servers: object
) -> None:
    server: ArgusServer = request.getfixturevalue(ids_fixture.replace("_ids", "_server"))
    ids: Identities = request.getfixturevalue(ids_fixture)
    me = httpx.get(f"{server.api_url}/auth/user/", headers=ids.user.headers)
    assert me.status_code == 200
    assert me.json()["username"] == ids.user.username

    wrong = httpx.get(f"{server.api_url}/auth/user/", headers={"Authorization": "Token not-a-real-token"})
    assert wrong.status_code == 401
    assert wrong.json() == {"detail": "Invalid token."}


def test_source_system_creates_incident_v2(v2_server: ArgusServer, v2_ids: Identities) -> None:
    created = httpx.post(
        f"{v2_server.api_url}/incidents/",
        headers=v2_ids.source.headers,
        json={"description": "harness v2", "start_time": "2024-05-01T12:00:00Z", "tags": [{"tag": "host=a"}]},
    )
    assert created.status_code == 201, created.text
    incident = created.json()
    assert incident["source"]["pk"] == v2_ids.source.source_pk
    assert incident["end_time"] == "infinity"
    assert [t["tag"] for t in incident["tags"]] == ["host=a"]
    fetched = httpx.get(f"{v2_server.api_url}/incidents/{incident['pk']}/", headers=v2_ids.user.headers)
    assert fetched.json()["description"] == "harness v2"


def test_source_system_creates_incident_v1(v1_server: ArgusServer, v1_ids: Identities) -> None:
    created = httpx.post(
        f"{v1_server.api_url}/incidents/",
        headers=v1_ids.source.headers,
        json={"description": "harness v1", "start_time": "2024-05-01T12:00:00Z", "tags": [{"tag": "host=b"}]},
    )
    assert created.status_code == 201, created.text
    incident = created.json()
    assert incident["source"]["name"] == v1_ids.source.source_name
    mine = httpx.get(f"{v1_server.api_url}/incidents/mine/", headers=v1_ids.source.headers)
    assert [i["pk"] for i in mine.json()["results"]] == [incident["pk"]]


def test_identities_are_fresh_for_each_call(v2_server: ArgusServer) -> None:
    first, second = v2_server.new_identities(), v2_server.new_identities()
    assert first.user.username != second.user.username
    assert first.source.source_pk != second.source.source_pk
    assert first.user.token != second.user.token


def test_secrets_stay_out_of_reprs(v2_ids: Identities) -> None:
    text = repr(v2_ids)
    for account in (v2_ids.admin, v2_ids.user, v2_ids.source):
        assert account.token not in text
        assert account.password not in text


def test_two_servers_do_not_interfere_and_stop_leaves_nothing(installed_servers: object) -> None:
    first, second = ArgusServer(V2), ArgusServer(V2)
    with first, second:
        assert first.port != second.port
        assert first.run_dir != second.run_dir
        assert first.identities is not None and second.identities is not None
        made = httpx.post(
            f"{first.api_url}/incidents/",
            headers=first.identities.source.headers,
            json={"description": "only on the first", "tags": [], "start_time": "2024-01-01T00:00:00Z"},
        )
        assert made.status_code == 201
        on_second = httpx.get(f"{second.api_url}/incidents/", headers=second.identities.admin.headers)
        assert on_second.json()["results"] == []
        # Tokens are per server: the first server's token means nothing to the second.
        foreign = httpx.get(f"{second.api_url}/auth/user/", headers=first.identities.user.headers)
        assert foreign.status_code == 401
        started = first.pids + second.pids
        run_dirs = [first.run_dir, second.run_dir]
        assert all(alive(pid) for pid in started)
        assert all(run_dir is not None and mentioning(str(run_dir)) for run_dir in run_dirs)
        # The backends (one per connection of runserver and the provisioner) and PostgreSQL's
        # helpers are forked by the postmaster: their command lines do not name the run folder.
        below = descendants(started)
        backends = {pid: cmd for pid, cmd in below.items() if cmd.startswith("postgres: postgres argus")}
        assert len(backends) >= 2, below  # each server's provisioner is connected at least

    assert [pid for pid in started if alive(pid)] == []
    assert still_running(below) == {}  # backends, checkpointer, walwriter, ... included
    for run_dir in run_dirs:
        assert run_dir is not None
        assert mentioning(str(run_dir)) == {}
        assert not run_dir.exists()


def test_a_failing_start_names_the_step_and_shows_the_log(installed_servers: object) -> None:
    broken = dataclasses.replace(V2, settings_base="argus.no_such_settings_module")
    server = ArgusServer(broken)
    with pytest.raises(ServerStartError) as caught:
        server.start()
    assert caught.value.step == "migrate"
    assert "No module named 'argus.no_such_settings_module'" in str(caught.value)
    assert server.run_dir is None and server.pids == []  # what it had started was stopped again


@pytest.mark.parametrize("release", [V1, V2], ids=["v1", "v2"])
def test_server_venv_holds_exactly_the_committed_constraints(release: ServerRelease, installed_servers: object) -> None:
    venv = ensure_server_venv(release)
    frozen = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "freeze",
            "--disable-pip-version-check",
            "--exclude",
            "argus-server",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    pinned = [line for line in constraints_file(release).read_text().splitlines() if not line.startswith("#")]
    assert sorted(frozen, key=str.lower) == sorted(pinned, key=str.lower)


@pytest.mark.parametrize("release", [V1, V2], ids=["v1", "v2"])
def test_two_starts_in_a_row_begin_from_an_empty_database(release: ServerRelease, installed_servers: object) -> None:
    for _ in range(2):
        with ArgusServer(release) as server:
            assert server.identities is not None
            listed = httpx.get(f"{server.api_url}/incidents/", headers=server.identities.admin.headers)
            assert listed.json()["results"] == []
            made = httpx.post(
                f"{server.api_url}/incidents/",
                headers=server.identities.source.headers,
                json={"description": "left behind?", "tags": [], "start_time": "2024-01-01T00:00:00Z"},
            )
            assert made.status_code == 201, made.text


def test_kept_logs_hold_what_the_server_logged(v2_server: ArgusServer, v2_ids: Identities) -> None:
    # What a failed test run keeps of its session servers (argus_local.pytest_plugin): their tracebacks.
    answer = httpx.get(f"{v2_server.api_url}/incidents/999999999/", headers=v2_ids.user.headers)
    assert answer.status_code == 404
    kept = v2_server.keep_logs()
    assert kept.parent.name == "kept-logs" and v2_server.run_dir is not None and kept.name == v2_server.run_dir.name
    assert "/api/v2/incidents/999999999/" in (kept / "runserver.log").read_text()
    assert (kept / "postgres.log").is_file()


def test_a_forked_child_leaves_its_parents_server_alone(installed_servers: object) -> None:
    # A forked child (a multiprocessing Pool's worker, say) inherits the server object, its atexit entry and
    # argus_local's SIGTERM handler; a Pool ends its workers with SIGTERM. The server is still the parent's: seen
    # before the fix, a test's Pool removed its worker's session servers' data under them.
    with ArgusServer(V2) as server:
        child = os.fork()
        if child == 0:  # the child: waits for its SIGTERM (argus_local's handler, inherited, runs on it)
            time.sleep(60)
            os._exit(0)
        time.sleep(0.5)  # the child is asleep in time.sleep
        os.kill(child, signal.SIGTERM)
        _, status = os.waitpid(child, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM
        assert server.run_dir is not None and (server.run_dir / "pgdata").is_dir()
        assert httpx.get(f"{server.url}/api/").status_code == 200
        assert server.new_identities().user.token  # the database answers

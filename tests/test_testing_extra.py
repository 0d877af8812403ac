"""`pip install "argus-openapi-client[testing]"` as a glue service's author gets it, proven from outside the repo.

The wheel is built and installed with the `testing` extra into a fresh virtualenv. The example a glue author copies,
examples/glue_service_tests/, is copied to a temporary folder (nothing of the repo on any path) and its suite run
with that virtualenv's pytest; so is a small glue service's suite written here, which also records its server's
run folder and processes. Both pass, and leave no server process and no run folder behind. The cache is the XDG one (no ARGUS_LOCAL_CACHE): a temporary XDG_CACHE_HOME whose release folders link to
the servers this test session installed, so the run folders are this test's alone. The same venv's
`argus-local serve v2` prints the URL, users and tokens, serves, and stops on Ctrl-C without a trace.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from argus_local import V1, V2, cache_root, release_for
from argus_local.install import constraints_file
from argus_local.server import NO_SERVERS_VARIABLE
from tests.processes import mentioning
from tests.test_wheel_and_readme import dev_pin, outside_pytest_tmp, run

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "glue_service_tests"

GLUE_SERVICE = '''
"""A glue service: the monitoring system's current problems, kept in Argus."""

from argus_ext import Problem, ReconcileReport, reconcile
from argus_ext.connected import ConnectedClient


def sync(client: ConnectedClient, alerts: dict[str, tuple[str, int]]) -> ReconcileReport:
    """alerts: the source's own id -> (what is wrong, level 1-5)."""
    return reconcile(client, {sid: Problem(text, level=level) for sid, (text, level) in alerts.items()})
'''

# The one line, in the top-level conftest.py (there, the plugin's command-line options are known too).
CONFTEST = 'pytest_plugins = ["argus_local.pytest_plugin"]\n'

GLUE_TESTS = """
import os

from argus_api_v2.api.incidents import list_incidents

from glue import sync


def test_new_alerts_become_incidents_and_gone_ones_are_resolved(argus_v2):
    os.makedirs(os.environ["RECORD_DIR"], exist_ok=True)
    server = argus_v2.server
    with open(os.path.join(os.environ["RECORD_DIR"], "server.txt"), "w") as out:
        out.write(" ".join([str(server.run_dir), *map(str, server.pids)]))
    assert server.time_zone == "UTC"  # from the ini file

    first = sync(argus_v2.source_client, {"a1": ("db1 down", 1), "a2": ("disk full", 3)})
    assert sorted(first.created) == ["a1", "a2"] and first.complete
    second = sync(argus_v2.source_client, {"a2": ("disk full", 3)})
    assert second.resolved == ["a1"] and second.unchanged == ["a2"]
    mine = str(argus_v2.source.source_pk)
    seen = list_incidents.sync(client=argus_v2.admin_client, open_=True, source_id_in=mine)
    assert [incident.source_incident_id for incident in seen.results] == ["a2"]


def test_every_test_gets_a_source_system_of_its_own(argus_v2):
    mine = str(argus_v2.source.source_pk)
    assert list_incidents.sync(client=argus_v2.user_client, source_id_in=mine).results == []
    assert sync(argus_v2.source_client, {"a1": ("db1 down", 1)}).created == ["a1"]  # the same id as the other's
    assert len(list_incidents.sync(client=argus_v2.user_client, source_id_in=mine).results) == 1
    assert argus_v2.source.token not in repr(argus_v2)
    assert len({argus_v2.admin.token, argus_v2.user.token, argus_v2.source.token}) == 3
"""


@pytest.fixture
def author_tmp() -> Iterator[Path]:
    """The glue author's project and home folder (its servers' run folders): where PostgreSQL's system user can
    reach them whatever other pytest sessions start meanwhile (outside_pytest_tmp)."""
    with outside_pytest_tmp("argus-glue-author-") as folder:
        yield folder


@pytest.fixture(scope="module")
def testing_venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtualenv with the wheel and its `testing` extra, and the pytest a glue author already has."""
    dist = tmp_path_factory.mktemp("dist")
    repo = Path(__file__).resolve().parent.parent
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", dist, repo, cwd=dist)
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next(dist.glob("argus_openapi_client-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"argus_local/py.typed", "argus_local/pytest_plugin.py", "argus_local/provisioner.py"} <= names
    assert {"argus_local/constraints-2.10.2.txt", "argus_local/constraints-1.37.0.txt"} <= names
    entry_points = next(zipfile.Path(wheel, name) for name in names if name.endswith(".dist-info/entry_points.txt"))
    assert "pytest11" not in entry_points.read_text()  # the plugin is opt-in: nothing registers it

    with outside_pytest_tmp("argus-glue-author-venv-") as folder:
        venv = folder / "venv"
        assert run(sys.executable, "-m", "venv", venv, cwd=folder).returncode == 0
        installed = run(
            venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
            f"{wheel}[testing]", dev_pin("pytest"), cwd=folder,
        )  # fmt: skip
        assert installed.returncode == 0, installed.stdout + installed.stderr
        yield venv


def user_environment(home: Path, installed_servers: dict[str, Path]) -> dict[str, str]:
    """A glue author's environment: no ARGUS_LOCAL_CACHE, the XDG cache in `home`, the servers already there."""
    env = {key: value for key, value in os.environ.items() if key not in ("ARGUS_LOCAL_CACHE", NO_SERVERS_VARIABLE)}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), PYTHONDONTWRITEBYTECODE="1")
    cache = home / ".cache" / "argus-local"
    cache.mkdir(parents=True)
    for venv in installed_servers.values():  # <cache>/<version>/venv-<pins>: link the release's folder
        (cache / venv.parent.name).symlink_to(venv.parent)
    return env


def assert_nothing_left(home: Path, pids: list[int]) -> None:
    runs = home / ".cache" / "argus-local" / "runs"
    assert runs.is_dir(), "the server did not run under the XDG cache folder"
    assert list(runs.iterdir()) == []
    assert [pid for pid in pids if Path(f"/proc/{pid}").exists()] == []
    assert mentioning(str(home)) == {}


def test_a_glue_services_own_suite_passes_with_the_plugin_and_leaves_nothing_behind(
    testing_venv: Path, author_tmp: Path, installed_servers: dict[str, Path]
) -> None:
    project = author_tmp / "glue-project"
    project.mkdir()
    (project / "glue.py").write_text(GLUE_SERVICE)
    (project / "conftest.py").write_text(CONFTEST)
    (project / "test_glue.py").write_text(GLUE_TESTS)
    (project / "pytest.ini").write_text("[pytest]\nargus_time_zone = UTC\n")
    env = user_environment(author_tmp / "home", installed_servers)
    env["RECORD_DIR"] = str(author_tmp / "record")

    # Without the plugin line nothing of it is loaded: installing the extra changes no one's other test runs.
    (author_tmp / "other").mkdir()
    other = run(
        testing_venv / "bin" / "pytest", "--fixtures", "-p", "no:cacheprovider", cwd=author_tmp / "other", env=env
    )
    assert "argus_v2" not in other.stdout and "argus_local" not in other.stdout, other.stdout

    started = time.monotonic()
    ran = run(testing_venv / "bin" / "pytest", "-v", "-p", "no:cacheprovider", cwd=project, env=env)
    assert ran.returncode == 0, ran.stdout[-4000:] + ran.stderr[-2000:]
    assert "2 passed" in ran.stdout, ran.stdout
    print(f"the glue suite: {time.monotonic() - started:.1f} s")

    run_dir, *pids = (author_tmp / "record" / "server.txt").read_text().split()
    assert run_dir.startswith(str(author_tmp / "home" / ".cache" / "argus-local" / "runs"))
    assert not Path(run_dir).exists()
    assert_nothing_left(author_tmp / "home", [int(pid) for pid in pids])


def test_the_example_glue_service_tests_pass_where_a_glue_author_copies_them(
    testing_venv: Path, author_tmp: Path, installed_servers: dict[str, Path]
) -> None:
    project = author_tmp / "glue_service_tests"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    env = user_environment(author_tmp / "home", installed_servers)

    started = time.monotonic()
    ran = run(testing_venv / "bin" / "pytest", "-v", "-p", "no:cacheprovider", "--durations=0", cwd=project, env=env)
    assert ran.returncode == 0, ran.stdout[-4000:] + ran.stderr[-2000:]
    tests = sum(path.read_text().count("\ndef test_") for path in project.glob("test_*.py"))
    assert tests >= 4 and f" {tests} passed" in ran.stdout and "skipped" not in ran.stdout, ran.stdout
    # The per-test cost the README gives: the server's start in the first test's setup, fresh accounts in the others'.
    print(f"the example's suite: {time.monotonic() - started:.1f} s")
    print(ran.stdout[ran.stdout.index("slowest durations") :])
    assert_nothing_left(author_tmp / "home", [])


def test_a_server_that_cannot_start_fails_the_tests_that_use_it_with_the_step_and_its_log(
    testing_venv: Path, author_tmp: Path, installed_servers: dict[str, Path]
) -> None:
    project = author_tmp / "glue-project"
    project.mkdir()
    (project / "conftest.py").write_text(CONFTEST)
    (project / "test_glue.py").write_text(
        "def test_uses_the_server(argus_v2):\n    pass\n\n\ndef test_needs_no_server():\n    pass\n"
    )
    env = user_environment(author_tmp / "home", installed_servers)
    # No such release on PyPI: the install step fails, chosen on the command line.
    ran = run(
        testing_venv / "bin" / "pytest",
        "-rA",
        "-p",
        "no:cacheprovider",
        "--argus-v2-release",
        "2.99.0",
        cwd=project,
        env=env,
    )
    assert ran.returncode == 1, ran.stdout[-4000:] + ran.stderr[-2000:]
    assert "1 passed, 1 error" in ran.stdout and "skipped" not in ran.stdout, ran.stdout
    assert "argus_local: step 'install: pip install argus-server==2.99.0' failed" in ran.stdout, ran.stdout
    assert "--- last lines of" in ran.stdout and "install.log ---" in ran.stdout


def test_argus_local_serve_prints_the_accounts_serves_and_stops_on_ctrl_c(
    testing_venv: Path, author_tmp: Path, installed_servers: dict[str, Path]
) -> None:
    env = user_environment(author_tmp / "home", installed_servers)
    serve = subprocess.Popen(
        [str(testing_venv / "bin" / "argus-local"), "serve", "v2", "--time-zone", "UTC"],
        cwd=author_tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert serve.stdout is not None
    printed = []
    try:
        for line in serve.stdout:
            printed.append(line)
            if line.startswith("Ctrl-C"):
                break
        text = "".join(printed)
        assert "argus-server 2.10.2 (API v2) is up at http://127.0.0.1:" in text, text
        assert "time zone:       UTC" in text
        fields = {line.split(":")[0].strip(): line for line in printed}
        user_token = fields["end user"].split("token ")[1].strip()
        api_root = fields["API root"].split()[-1].rstrip("/")
        me = httpx.get(f"{api_root}/auth/user/", headers={"Authorization": f"Token {user_token}"}, timeout=10)
        assert me.status_code == 200 and me.json()["username"] in fields["end user"]
        serve.send_signal(signal.SIGINT)
        rest, _ = serve.communicate(timeout=60)
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
    assert serve.returncode == 0 and "stopped." in rest, text + rest
    assert_nothing_left(author_tmp / "home", [])


def test_the_cache_is_argus_local_cache_else_the_xdg_cache_else_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("ARGUS_LOCAL_CACHE", raising=False)
    assert cache_root() == tmp_path / "home" / ".cache" / "argus-local"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # invalid by the XDG spec: ignored
    assert cache_root() == tmp_path / "home" / ".cache" / "argus-local"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "argus-local"
    monkeypatch.setenv("ARGUS_LOCAL_CACHE", str(tmp_path / "chosen"))
    assert cache_root() == tmp_path / "chosen"


def test_choosing_a_release(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert release_for("v2") is V2 and release_for("v1", "1.37.0") is V1
    other = release_for("v2", "2.9.0")
    assert (other.requirement, other.api_version, other.settings_base) == (
        "argus-server==2.9.0",
        "v2",
        V2.settings_base,
    )
    assert constraints_file(other) == constraints_file(V2)  # no pins ship for it: installed with ours
    with pytest.raises(ValueError, match=r"API v1 is served by argus-server 1\.x"):
        release_for("v1", "2.10.2")
    with pytest.raises(ValueError, match="api='v3'"):
        release_for("v3")

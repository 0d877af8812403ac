"""The `argus` command line, through click's CliRunner, against a real argus-server 2.10.2: every command, every
output form, and bad input giving a clear message and the documented exit code (0 ok, 1 API error, 2 usage,
3 authentication, 4 connection). The profiles file lives in tmp_path (ARGUS_CONFIG_DIR)."""

from __future__ import annotations

import configparser
import datetime as dt
import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argus_api_v2.api.incidents import create_incident, get_incident
from argus_api_v2.models import IncidentCreate, TagValue
from click.testing import CliRunner, Result

from argus_ext import STATELESS, acknowledge, connect, end_time_to_api, resolve
from argus_ext.cli import output
from argus_ext.cli.app import cli
from argus_local import ArgusServer, Identities

Run = Callable[..., Result]


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("ARGUS_URL", "ARGUS_TOKEN", "ARGUS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "config"
    monkeypatch.setenv("ARGUS_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def argus(config_dir: Path) -> Run:
    """Runs `argus ARGS...` in-process, with the profiles file in tmp_path and no ARGUS_* from outside."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=input, env=env, prog_name="argus")

    return run


@pytest.fixture
def as_user(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> Run:
    """`argus` with the end user's URL and token in the environment (as a script or cron job has them)."""
    env = {"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.user.token}

    def run(*args: str, input: str | None = None) -> Result:
        result = argus(*args, input=input, env=env)
        assert v2_ids.user.token not in result.output, "the token was printed"
        return result

    return run


@pytest.fixture
def as_source(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> Run:
    env = {"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.source.token}
    return lambda *args: argus(*args, env=env)


def post(
    server: ArgusServer,
    ids: Identities,
    description: str,
    *,
    level: int = 3,
    tags: tuple[str, ...] = (),
    stateless: bool = False,
    started: dt.datetime | None = None,
) -> int:
    body = IncidentCreate(
        start_time=started or dt.datetime.now(dt.UTC),
        description=description,
        level=level,
        tags=[TagValue(tag) for tag in tags],
    )
    if stateless:
        body.end_time = end_time_to_api(STATELESS)
    return create_incident.sync(client=connect(server.url, token=ids.source.token), body=body).pk


def ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.output, result.exception)
    return result


def failed(result: Result, code: int, message: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.output)
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.output


def pks_of(result: Result) -> list[int]:
    return [item["pk"] for item in json.loads(ok(result).stdout)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- configuration: login, profiles, the file's mode -----------------------------------------------------------


def test_login_prompts_stores_the_token_with_mode_0600_and_the_profile_is_used(
    argus: Run, config_dir: Path, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    result = ok(argus("login", "--url", v2_server.url, input=f"{v2_ids.user.username}\n{v2_ids.user.password}\n"))
    assert f"as {v2_ids.user.username}; knox token saved in profile 'default'" in result.stdout
    assert v2_ids.user.password not in result.output
    config = config_dir / "config.ini"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert f"url = {v2_server.url}" in config.read_text()
    # The file's token is a knox token of the user, and it works with no option or env.
    whoami = ok(argus("whoami", "--json"))
    assert json.loads(whoami.stdout)["username"] == v2_ids.user.username
    assert "token" not in whoami.output.lower()


def test_profiles_are_separate_and_chosen_with_profile_or_argus_profile(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    ok(
        argus(
            "--profile",
            "src",
            "login",
            "--url",
            v2_server.url,
            input=f"{v2_ids.source.username}\n{v2_ids.source.password}\n",
        )
    )
    ok(argus("login", "--url", v2_server.url, input=f"{v2_ids.user.username}\n{v2_ids.user.password}\n"))
    assert json.loads(ok(argus("whoami", "--json")).stdout)["username"] == v2_ids.user.username
    assert json.loads(ok(argus("--profile", "src", "whoami", "--json")).stdout)["username"] == v2_ids.source.username
    via_env = ok(argus("whoami", "--json", env={"ARGUS_PROFILE": "src"}))
    assert json.loads(via_env.stdout)["username"] == v2_ids.source.username


def test_a_wrong_password_is_exit_3(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    result = argus("login", "--url", v2_server.url, input=f"{v2_ids.user.username}\nwrong-password\n")
    failed(result, 3, "403 Forbidden for POST")
    assert "Unable to log in with provided credentials" in result.stderr


def test_a_wrong_token_is_exit_3(argus: Run, v2_server: ArgusServer) -> None:
    failed(argus("whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": "0" * 40}), 3, "401 Unauthorized")


def test_no_configuration_at_all_is_a_usage_error(argus: Run) -> None:
    failed(argus("incidents", "list"), 2, "no Argus server configured: run `argus login --url URL`")


def test_a_url_without_a_token_is_an_authentication_error(argus: Run, v2_server: ArgusServer) -> None:
    failed(argus("whoami", env={"ARGUS_URL": v2_server.url}), 3, "no token configured: run `argus login`")


def test_an_unknown_profile_is_named(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    ok(argus("login", "--url", v2_server.url, input=f"{v2_ids.user.username}\n{v2_ids.user.password}\n"))
    failed(argus("--profile", "prod", "whoami"), 2, "no profile 'prod' in ")


def test_a_config_file_others_can_read_is_refused(argus: Run, config_dir: Path) -> None:
    config_dir.mkdir()
    config = config_dir / "config.ini"
    config.write_text("[default]\nurl = http://127.0.0.1:9\ntoken = abc\n")
    config.chmod(0o644)
    failed(argus("whoami"), 2, f"others may read it (mode 0644): run chmod 600 {config}")


def test_an_unreadable_config_file_is_a_usage_error(argus: Run, config_dir: Path) -> None:
    # The tests may run as root, whom no file mode stops: a folder where the file should be cannot be read by anyone.
    (config_dir / "config.ini").mkdir(parents=True, mode=0o700)
    failed(argus("whoami"), 2, "cannot read the config file")


def test_a_broken_config_file_is_a_usage_error(argus: Run, config_dir: Path) -> None:
    config_dir.mkdir()
    config = config_dir / "config.ini"
    config.write_text("url = http://127.0.0.1:9\n")
    config.chmod(0o600)
    failed(argus("whoami"), 2, "is not valid")


def test_a_bad_url_is_a_usage_error(argus: Run) -> None:
    failed(
        argus("--url", "argus.example.org", "--token", "abc", "whoami"), 2, "'argus.example.org' is not a server URL"
    )


def test_the_token_stays_out_of_help_even_when_set(argus: Run) -> None:
    result = ok(argus("--help", env={"ARGUS_TOKEN": "s3cr3t-t0k3n"}))
    assert "s3cr3t-t0k3n" not in result.output
    for command in ("incidents", "events", "sources", "token", "whoami", "server", "login"):
        assert command in result.stdout


# -- server, connection errors --------------------------------------------------------------------------------


def test_server_lists_the_api_versions_and_what_this_client_speaks(argus: Run, v2_server: ArgusServer) -> None:
    table = ok(argus("--url", v2_server.url, "server"))
    assert "API versions        v2" in table.stdout and "this client speaks  v2" in table.stdout
    answer = json.loads(ok(argus("--url", v2_server.url, "server", "--json")).stdout)
    assert answer == {"url": v2_server.url, "api_versions": ["v2"], "supported": ["v2"]}


@pytest.mark.v1
def test_server_on_an_argus_1_server(argus: Run, v1_server: ArgusServer) -> None:
    answer = json.loads(ok(argus("--url", v1_server.url, "server", "--json")).stdout)
    assert "v1" in answer["api_versions"] and "v1" in answer["supported"]
    assert set(answer["supported"]) == set(answer["api_versions"]) & {"v1", "v2"}


def test_a_server_that_is_down_is_exit_4(argus: Run) -> None:
    down = f"http://127.0.0.1:{free_port()}"
    failed(argus("--url", down, "server"), 4, "Connection refused")
    failed(argus("--url", down, "--token", "abc", "whoami"), 4, "Connection refused")


def test_debug_shows_the_traceback(argus: Run, v2_server: ArgusServer) -> None:
    result = argus("--debug", "whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": "0" * 40})
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and "UnauthorizedError" in result.stderr


# -- incidents --------------------------------------------------------------------------------------------------


def test_incidents_list_in_every_form(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pks = [post(v2_server, v2_ids, f"cli list {n}", tags=("host=db1",)) for n in range(3)]
    mine = ("--source", v2_ids.source.source_name)
    assert pks_of(as_user("incidents", "list", *mine, "--json")) == pks[::-1]  # newest first
    lines = ok(as_user("incidents", "list", *mine, "--jsonl")).stdout.splitlines()
    assert [json.loads(line)["pk"] for line in lines] == pks[::-1]
    table = ok(as_user("incidents", "list", *mine)).stdout
    assert table.splitlines()[0].split() == [
        "PK",
        "STARTED",
        "LEVEL",
        "STATE",
        "ACKED",
        "SOURCE",
        "DESCRIPTION",
        "TAGS",
    ]
    assert all(f"cli list {n}" in table for n in range(3)) and "host=db1" in table and " open " in table
    no_such_source = f"{v2_ids.source.source_name}-none"  # no other test's source (a fuzzed one) is named so
    empty = ok(as_user("incidents", "list", "--source", no_such_source, "--json"))
    assert json.loads(empty.stdout) == []


def test_incidents_list_filters(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(hours=5)
    severe = post(v2_server, v2_ids, "severe", level=1, tags=("host=db1", "problem=disk"), started=old)
    mild = post(v2_server, v2_ids, "mild", level=4, tags=("host=web1",))
    stateless = post(v2_server, v2_ids, "a log line", level=5, stateless=True)
    closed = post(v2_server, v2_ids, "closed", level=3, tags=("host=db1",))
    resolve(connect(v2_server.url, token=v2_ids.source.token), closed)
    user = connect(v2_server.url, token=v2_ids.user.token)
    acknowledge(user, mild, description="seen")
    scoped = ("incidents", "list", "--json", "--source", v2_ids.source.source_name)

    assert pks_of(as_user(*scoped, "--level-max", "2")) == [severe]
    assert set(pks_of(as_user(*scoped, "--tag", "host=db1"))) == {severe, closed}
    assert pks_of(as_user(*scoped, "--tag", "host=db1", "--tag", "problem=disk")) == [severe]  # keys: all
    assert set(pks_of(as_user(*scoped, "--tag", "host=db1", "--tag", "host=web1"))) == {severe, mild, closed}
    assert set(pks_of(as_user(*scoped, "--open"))) == {severe, mild}
    assert pks_of(as_user(*scoped, "--closed")) == [closed]
    assert pks_of(as_user(*scoped, "--stateless")) == [stateless]
    assert set(pks_of(as_user(*scoped, "--stateful"))) == {severe, mild, closed}
    assert pks_of(as_user(*scoped, "--acked")) == [mild]
    assert set(pks_of(as_user(*scoped, "--unacked", "--open"))) == {severe}
    assert pks_of(as_user(*scoped, "--started-before", "4h")) == [severe]
    assert severe not in pks_of(as_user(*scoped, "--started-after", "1h"))
    iso = (old + dt.timedelta(minutes=1)).isoformat()
    assert pks_of(as_user(*scoped, "--started-before", iso)) == [severe]
    # An open incident's end is "infinity", after any time: --ended-after finds it too (the server's reading).
    assert set(pks_of(as_user(*scoped, "--ended-after", "1h"))) == {closed, severe, mild}
    assert pks_of(as_user(*scoped, "--ended-before", "1h")) == []
    assert severe in pks_of(as_user(*scoped, "--min-duration", "200"))
    assert mild not in pks_of(as_user(*scoped, "--min-duration", "200"))
    assert pks_of(as_user(*scoped, "--no-ticket", "--level-max", "1")) == [severe]
    assert pks_of(as_user(*scoped, "--ticket")) == []
    source_id = str(v2_ids.source.source_pk)
    assert len(pks_of(as_user("incidents", "list", "--json", "--source-id", source_id))) == 4
    assert len(pks_of(as_user(*scoped, "--source-type", v2_ids.source.source_type))) == 4


def test_incidents_list_mine_limit_and_pages(
    as_user: Run, as_source: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    pks = [post(v2_server, v2_ids, f"page {n}") for n in range(5)]
    assert pks_of(as_source("incidents", "list", "--mine", "--json")) == pks[::-1]
    assert pks_of(as_user("incidents", "list", "--mine", "--json")) == []  # the end user reported none
    scoped = ("incidents", "list", "--source", v2_ids.source.source_name)
    assert pks_of(as_user(*scoped, "--json", "--limit", "3", "--page-size", "2")) == pks[::-1][:3]
    assert pks_of(as_user(*scoped, "--json", "--limit", "0", "--page-size", "2")) == pks[::-1]  # 0: everything
    lines = ok(as_user(*scoped, "--jsonl", "--limit", "4", "--page-size", "3")).stdout.splitlines()
    assert [json.loads(line)["pk"] for line in lines] == pks[::-1][:4]


def test_listings_read_one_page_at_a_time() -> None:
    fetched: list[int] = []

    def pages() -> Iterator[tuple[list[int], bool]]:
        for number in range(1, 4):
            fetched.append(number)
            yield [number * 10 + item for item in range(2)], number < 3

    items = output.limited(pages(), None, "things")
    assert next(items) == 10 and fetched == [1]
    assert list(items) == [11, 20, 21, 30, 31] and fetched == [1, 2, 3]
    fetched.clear()
    assert list(output.limited(pages(), 2, "things")) == [10, 11] and fetched == [1]


def test_progress_goes_to_stderr_only_on_a_terminal(
    as_user: Run, v2_server: ArgusServer, v2_ids: Identities, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        post(v2_server, v2_ids, f"progress {n}")
    scoped = ("incidents", "list", "--jsonl", "--page-size", "1", "--source", v2_ids.source.source_name)
    quiet = ok(as_user(*scoped))
    assert quiet.stderr == "" and len(quiet.stdout.splitlines()) == 3
    monkeypatch.setattr(output, "stderr_is_terminal", lambda: True)
    shown = ok(as_user(*scoped))
    assert "incidents..." in shown.stderr and len(shown.stdout.splitlines()) == 3
    assert "incidents..." not in shown.stdout


def test_bad_filters_are_usage_errors_naming_the_value(as_user: Run) -> None:
    failed(as_user("incidents", "list", "--tag", "host"), 2, "'host' is not a tag: expected key=value")
    failed(as_user("incidents", "list", "--tag", "Host=db1"), 2, "key 'Host' must be lower-case letters")
    failed(as_user("incidents", "list", "--tag", "host=a,b"), 2, "no comma); got 'host=a,b'")
    failed(
        as_user("incidents", "list", "--started-after", "yesterday"),
        2,
        "Invalid value for '--started-after': 'yesterday' is not a time",
    )
    failed(as_user("incidents", "list", "--level-max", "9"), 2, "'--level-max'")
    failed(as_user("incidents", "list", "--open", "--json", "--nope"), 2, "No such option '--nope'")


def test_incidents_show(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pk = post(v2_server, v2_ids, "db1: disk 97% full", level=2, tags=("host=db1",))
    detail = ok(as_user("incidents", "show", str(pk))).stdout
    assert f"pk                  {pk}" in detail and "description         db1: disk 97% full" in detail
    assert "state               open" in detail and "tags                host=db1" in detail
    shown = json.loads(ok(as_user("incidents", "show", str(pk), "--json")).stdout)
    assert shown["pk"] == pk and shown["end_time"] == "infinity" and shown["tags"][0]["tag"] == "host=db1"
    failed(as_user("incidents", "show", "999999"), 1, "404 Not Found for GET")
    failed(as_user("incidents", "show", "db1"), 2, "'db1' is not a valid integer")


def test_incidents_ack_with_until_and_message(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pk = post(v2_server, v2_ids, "to ack")
    before = dt.datetime.now(dt.UTC)
    ack = json.loads(ok(as_user("incidents", "ack", str(pk), "--until", "2h", "-m", "On it", "--json")).stdout)
    after = dt.datetime.now(dt.UTC)
    expiration = dt.datetime.fromisoformat(ack["expiration"])
    assert before + dt.timedelta(hours=2) <= expiration <= after + dt.timedelta(hours=2)
    assert ack["event"]["description"] == "On it" and ack["event"]["actor"]["username"] == v2_ids.user.username
    said = ok(as_user("incidents", "ack", str(pk), "-m", "again")).stdout
    assert said == f"incident {pk} acknowledged for good by {v2_ids.user.username}\n"
    acks = [event for event in json.loads(ok(as_user("events", "list", str(pk), "--json")).stdout)
            if event["type"]["value"] == "ACK"]  # fmt: skip
    assert [event["description"] for event in acks] == ["again", "On it"]
    assert get_incident.sync(pk, client=connect(v2_server.url, token=v2_ids.user.token)).acked
    failed(as_user("incidents", "ack", str(pk), "--until", "soon"), 2, "'soon' is not a time")
    failed(as_user("incidents", "ack", str(pk), "--until", "2000-01-01T00:00Z"), 1, "earlier than creation")


def test_incidents_resolve_and_reopen_as_end_user_and_as_source(
    as_user: Run, as_source: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    pk = post(v2_server, v2_ids, "to close")
    assert ok(as_user("incidents", "resolve", str(pk), "-m", "fixed")).stdout.startswith(
        f"incident {pk} resolved (Close) by {v2_ids.user.username}"
    )
    reopened = json.loads(ok(as_user("incidents", "reopen", str(pk), "--json")).stdout)
    assert reopened["type"]["value"] == "REO"
    ended = json.loads(ok(as_source("incidents", "resolve", str(pk), "-m", "gone", "--json")).stdout)
    assert ended["type"]["value"] == "END" and ended["description"] == "gone"
    assert ok(as_source("incidents", "reopen", str(pk))).stdout.startswith(
        f"incident {pk} re-opened (Incident restart)"
    )
    # The incident is read first: a missing one is the server's 404, not its HTML 500 for an event posted to it.
    failed(as_user("incidents", "resolve", "999999"), 1, "404 Not Found for GET")


def test_incidents_tag_add_and_remove(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pk = post(v2_server, v2_ids, "to tag", tags=("host=db1",))
    assert ok(as_user("incidents", "tag", str(pk), "add", "team=dba")).stdout == f"incident {pk}: tag team=dba added\n"
    tags = {tag["tag"] for tag in json.loads(ok(as_user("incidents", "show", str(pk), "--json")).stdout)["tags"]}
    assert tags == {"host=db1", "team=dba"}
    ok(as_user("incidents", "tag", str(pk), "remove", "host=db1"))
    tags = {tag["tag"] for tag in json.loads(ok(as_user("incidents", "show", str(pk), "--json")).stdout)["tags"]}
    assert tags == {"team=dba"}
    failed(as_user("incidents", "tag", str(pk), "remove", "host=db1"), 1, "404 Not Found")
    failed(as_user("incidents", "tag", str(pk), "add", "team"), 2, "'team' is not a tag")
    failed(as_user("incidents", "tag", str(pk), "rename", "a=b"), 2, "'rename' is not one of 'add', 'remove'")


# -- events, sources, whoami, token ---------------------------------------------------------------------------


def test_events_list_in_every_form(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    pk = post(v2_server, v2_ids, "with events")
    ok(as_user("incidents", "resolve", str(pk), "-m", "done"))
    table = ok(as_user("events", "list", str(pk))).stdout
    assert "CLO (Close)" in table and "STA (Incident start)" in table and "done" in table
    events = json.loads(ok(as_user("events", "list", str(pk), "--json")).stdout)
    assert [event["type"]["value"] for event in events] == ["CLO", "STA"]  # latest first
    lines = ok(as_user("events", "list", str(pk), "--jsonl")).stdout.splitlines()
    assert [json.loads(line)["type"]["value"] for line in lines] == ["CLO", "STA"]
    failed(as_user("events", "list", "999999"), 1, "404 Not Found")


def test_sources_list_in_every_form(as_user: Run, v2_ids: Identities) -> None:
    name = v2_ids.source.source_name
    assert name in ok(as_user("sources", "list")).stdout
    found = {source["name"]: source for source in json.loads(ok(as_user("sources", "list", "--json")).stdout)}
    assert found[name]["pk"] == v2_ids.source.source_pk
    lines = ok(as_user("sources", "list", "--jsonl")).stdout.splitlines()
    assert name in {json.loads(line)["name"] for line in lines}


def test_whoami_table(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    table = ok(as_user("whoami")).stdout
    assert f"username  {v2_ids.user.username}" in table and f"server    {v2_server.url}" in table


def test_token_refresh_writes_the_new_token_to_the_profile(
    argus: Run, config_dir: Path, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    ok(argus("login", "--url", v2_server.url, input=f"{v2_ids.user.username}\n{v2_ids.user.password}\n"))
    config = config_dir / "config.ini"
    before = saved_token(config_dir)
    result = ok(argus("token", "refresh"))
    assert "token refreshed and saved in profile 'default'" in result.stdout
    after = saved_token(config_dir)
    assert after != before and stat.S_IMODE(config.stat().st_mode) == 0o600
    assert before not in result.output and after not in result.output
    ok(argus("whoami"))  # the profile's new token works
    ok(argus("whoami", env={"ARGUS_TOKEN": before}))  # and so does the old knox token, until it expires


def saved_token(config_dir: Path, profile: str = "default") -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(config_dir / "config.ini")
    return parser[profile]["token"]


# -- shell completion ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete -o nosort -F _argus_completion argus"), ("zsh", "compdef _argus_completion argus")],
)
def test_shell_completion_scripts(argus: Run, shell: str, marker: str) -> None:
    script = ok(argus(env={"_ARGUS_COMPLETE": f"{shell}_source"})).stdout
    assert marker in script


def test_completion_completes_commands_options_and_profiles(argus: Run, config_dir: Path) -> None:
    words = ok(argus(env={"_ARGUS_COMPLETE": "bash_complete", "COMP_WORDS": "argus inc", "COMP_CWORD": "1"}))
    assert words.stdout.split() == ["plain,incidents"]
    options = ok(
        argus(env={"_ARGUS_COMPLETE": "bash_complete", "COMP_WORDS": "argus incidents list --un", "COMP_CWORD": "3"})
    )
    assert options.stdout.split() == ["plain,--unacked"]
    config_dir.mkdir()
    (config_dir / "config.ini").write_text("[default]\n[prod]\n[staging]\n")
    (config_dir / "config.ini").chmod(0o600)
    profiles = ok(
        argus(env={"_ARGUS_COMPLETE": "bash_complete", "COMP_WORDS": "argus --profile pr", "COMP_CWORD": "2"})
    )
    assert profiles.stdout.split() == ["plain,prod"]


def test_bash_completes_through_the_installed_console_script() -> None:
    # The real thing: bash evaluates the script `argus` prints, and its completion function asks `argus` again.
    venv_bin = str(Path(sys.executable).parent)
    script = (
        'eval "$(_ARGUS_COMPLETE=bash_source argus)"; COMP_WORDS=(argus incidents list --st); COMP_CWORD=3; '
        '_argus_completion argus; echo "${COMPREPLY[@]}"'
    )
    env = {**os.environ, "PATH": venv_bin + os.pathsep + os.environ["PATH"]}
    ran = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["--stateful", "--stateless", "--started-after", "--started-before"]


def test_zsh_completion_answers_in_its_own_form(argus: Run) -> None:
    words = ok(argus(env={"_ARGUS_COMPLETE": "zsh_complete", "COMP_WORDS": "argus incidents re", "COMP_CWORD": "2"}))
    lines = words.stdout.split("\n")  # (type, value, help) for each candidate
    assert lines[0:2] == ["plain", "reopen"] and lines[2].startswith("Re-open a closed incident")
    assert lines[3:5] == ["plain", "resolve"] and lines[5].startswith("Close an incident")

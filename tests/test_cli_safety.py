"""Issue 18, items 1 to 4, against a real argus-server 2.10.2: hostile incident text is shown literally in every
output form (byte for byte), a token goes only to its own server, no token is ever lost, and every error tells the
truth (resolve/reopen, Ctrl-C, URLs, timeouts, a missing extra). A listener on a local port that records what it
receives and never answers stands in for another server, and for a hung one."""

# The fixtures of test_cli.py are imported, and pytest passes them back as parameters of the same names.
# ruff: noqa: F811

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from argus_api_v2.api.sources import create_source
from argus_api_v2.models import SourceSystemCreate
from click.testing import Result

from argus_ext import BadRequestError, connect, post_event
from argus_ext.cli import output
from argus_ext.cli.errors import CliError
from argus_ext.cli.text import UNSAFE
from argus_local import ArgusServer, Identities
from tests.test_cli import Run, argus, as_source, as_user, config_dir, failed, ok, post, saved_token  # noqa: F401

ARGUS = str(Path(sys.executable).parent / "argus")

# Rich markup (balanced, unbalanced, a link), terminal escapes (OSC title, CSI colour, a C1 CSI), a newline, a tab
# and a right-to-left override: and exactly how people see it, and how JSON carries it.
HOSTILE = "[bold red]ALERT[/bold red] disk [/dev/sda1] [/] \x1b]0;pwned\x07\x1b[31mred\nnext\tcol \u202eevil \x9b2J"
SHOWN = r"[bold red]ALERT[/bold red] disk [/dev/sda1] [/] \x1b]0;pwned\x07\x1b[31mred\nnext\tcol \u202eevil \x9b2J"
IN_JSON = r'"[bold red]ALERT[/bold red] disk [/dev/sda1] [/] \u001b]0;pwned\u0007\u001b[31mred\nnext\tcol \u202eevil \u009b2J"'
HOSTILE_TAG = "note=[link=https://evil.example]x[/link]\x1b[0m"
SHOWN_TAG = r"note=[link=https://evil.example]x[/link]\x1b[0m"
UNSAFE_CHARACTERS = set(map(chr, UNSAFE)) - {"\n"}
# The styles rich itself writes on a terminal (bold headings): the only escape sequences allowed there.
RICH_STYLES = ("\x1b[1m", "\x1b[0m")


class Listener:
    """A TCP server on 127.0.0.1 that records every byte sent to it and never answers."""

    def __init__(self) -> None:
        self.received = bytearray()
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen()
        self._connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            self._connections.append(connection)
            threading.Thread(target=self._read, args=(connection,), daemon=True).start()

    def _read(self, connection: socket.socket) -> None:
        while chunk := _recv(connection):
            self.received.extend(chunk)

    def close(self) -> None:
        self._socket.close()
        for connection in self._connections:
            connection.close()


def _recv(connection: socket.socket) -> bytes:
    try:
        return connection.recv(65536)
    except OSError:
        return b""


@pytest.fixture
def listener() -> Iterator[Listener]:
    served = Listener()
    yield served
    served.close()


def login(argus: Run, server: ArgusServer, ids: Identities, *args: str) -> Result:
    return ok(argus(*args, "login", "--url", server.url, input=f"{ids.user.username}\n{ids.user.password}\n"))


# -- 1. server text is shown as text ------------------------------------------------------------------------------


@pytest.fixture
def hostile(v2_server: ArgusServer, v2_ids: Identities) -> int:
    """An incident whose description, tag and an event text are hostile, reported by the source system."""
    pk = post(v2_server, v2_ids, HOSTILE, tags=(HOSTILE_TAG,))
    post_event(connect(v2_server.url, token=v2_ids.source.token), pk, "OTH", description=HOSTILE)
    return pk


def clean(text: str) -> None:
    """No control character but line ends, no escape sequence but rich's own styles."""
    for style in RICH_STYLES:
        text = text.replace(style, "")
    assert not set(text) & UNSAFE_CHARACTERS, [char for char in text if char in UNSAFE_CHARACTERS]


@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
def test_hostile_text_is_shown_literally_in_every_form(
    as_user: Run, hostile: int, v2_ids: Identities, monkeypatch: pytest.MonkeyPatch, terminal: bool
) -> None:
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: terminal)
    monkeypatch.setenv("COLUMNS", "400")  # the terminal's width: wide enough for the whole description
    pk = str(hostile)
    scoped = ("incidents", "list", "--source", v2_ids.source.source_name)
    for args in (scoped, (*scoped, "-o", "wide"), ("incidents", "show", pk), ("events", "list", pk)):
        shown = ok(as_user(*args)).stdout
        clean(shown)
        assert SHOWN in shown, (args, shown)
    table = ok(as_user(*scoped)).stdout
    for style in RICH_STYLES:
        table = table.replace(style, "")
    rows = table.splitlines()
    assert len(rows) == 2  # the heading and one line for the one incident
    assert rows[1].startswith(pk + " ") and rows[1].endswith(f"{SHOWN}  {SHOWN_TAG}")
    detail = ok(as_user("incidents", "show", pk)).stdout
    assert f"description         {SHOWN}\n" in detail.replace(RICH_STYLES[0], "").replace(RICH_STYLES[1], "")
    events = ok(as_user("events", "list", pk)).stdout
    assert len(events.splitlines()) == 3 and events.count(SHOWN) == 2  # heading, the note, the start


@pytest.mark.parametrize("columns", [60, 160])
def test_hostile_text_on_an_ordinary_terminal_is_cut_never_raw(
    as_user: Run, hostile: int, v2_ids: Identities, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    for args in (("incidents", "list", "--source", v2_ids.source.source_name), ("events", "list", str(hostile))):
        table = ok(as_user(*args)).stdout
        clean(table)
        for style in RICH_STYLES:
            table = table.replace(style, "")
        rows = table.splitlines()[1:]
        assert rows and all(len(row) <= columns for row in rows)
        for row in rows:  # the description, cut with "…", is the start of the escaped text
            assert "…" in row, row
            assert SHOWN.startswith(row[row.index("[bold red]") : row.index("…")]), row


def read_terminal(args: list[str], env: dict[str, str], columns: int) -> str:
    """What `argus ARGS` writes to a real terminal (a pseudo-terminal `columns` wide), as the terminal gets it."""
    import fcntl
    import pty
    import struct
    import termios

    main_fd, terminal_fd = pty.openpty()
    fcntl.ioctl(terminal_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    ran = subprocess.Popen([ARGUS, *args], stdout=terminal_fd, stderr=subprocess.DEVNULL, env=env)
    os.close(terminal_fd)
    received = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        received += chunk
    os.close(main_fd)
    assert ran.wait(timeout=60) == 0
    return received.decode().replace("\r\n", "\n")  # the terminal's own line ends


def test_a_real_terminal_gets_nothing_raw(hostile: int, v2_server: ArgusServer, v2_ids: Identities) -> None:
    env = {name: value for name, value in os.environ.items() if name not in ("COLUMNS", "LINES")}
    env |= {"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.user.token, "ARGUS_CONFIG_DIR": "/nonexistent"}
    commands = (["incidents", "list", "--source", v2_ids.source.source_name], ["events", "list", str(hostile)])
    for args in commands:
        for columns in (60, 160):
            shown = read_terminal(args, env, columns)
            clean(shown)
            for style in RICH_STYLES:
                shown = shown.replace(style, "")
            rows = shown.splitlines()
            assert len(rows) >= 2 and all(len(row) <= columns for row in rows), rows
    detail = read_terminal(["incidents", "show", str(hostile)], env, 160)
    clean(detail)
    assert SHOWN in detail.replace(RICH_STYLES[0], "").replace(RICH_STYLES[1], "")


def test_hostile_text_in_tsv_and_json_forms_byte_for_byte(as_user: Run, hostile: int, v2_ids: Identities) -> None:
    pk = str(hostile)
    scoped = ("incidents", "list", "--source", v2_ids.source.source_name)
    tsv = ok(as_user(*scoped, "-o", "tsv")).stdout
    assert tsv.count("\n") == 1 and tsv.count("\t") == 7  # one line, eight fields: only the separators are tabs
    assert tsv.split("\t")[6] == SHOWN and tsv.split("\t")[7] == SHOWN_TAG + "\n"
    clean(tsv.replace("\t", ""))
    for args in ((*scoped, "--jsonl"), (*scoped, "-o", "json"), ("incidents", "show", pk, "--json")):
        text = ok(as_user(*args)).stdout
        clean(text)
        assert f'"description": {IN_JSON}' in text
    line = ok(as_user(*scoped, "--jsonl")).stdout
    assert line.count("\n") == 1 and json.loads(line)["description"] == HOSTILE
    assert {tag["tag"] for tag in json.loads(line)["tags"]} >= {HOSTILE_TAG}
    events = ok(as_user("events", "list", pk, "--jsonl")).stdout.splitlines()
    assert len(events) == 2 and [json.loads(event)["description"] for event in events] == [HOSTILE, HOSTILE]


def test_a_hostile_source_name_in_sources_list(as_user: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    name = f"{v2_ids.source.source_name}-[red]x[/red]\x1b]0;pwned\x07\u202e"
    admin = connect(v2_server.url, token=v2_ids.admin.token)
    body = SourceSystemCreate(name=name, type_=v2_ids.source.source_type, username=f"{v2_ids.source.username}-2")
    create_source.sync(client=admin, body=body)
    table = ok(as_user("sources", "list")).stdout
    clean(table)
    expected = f"{v2_ids.source.source_name}-[red]x[/red]\\x1b]0;pwned\\x07\\u202e"
    assert [line for line in table.splitlines() if expected in line]
    names = [json.loads(line)["name"] for line in ok(as_user("sources", "list", "--jsonl")).stdout.splitlines()]
    assert name in names


def test_nul_never_comes_from_the_server_it_refuses_it(v2_server: ArgusServer, v2_ids: Identities) -> None:
    # NUL is in the escaping's byte-for-byte tests (test_cli_parts.py); through the server it cannot come.
    with pytest.raises(BadRequestError, match="Null characters are not allowed"):
        post(v2_server, v2_ids, "nul\x00here")


def test_an_error_message_is_escaped_too() -> None:
    assert CliError("server said: \x1b]0;pwned\x07 [bold]x[/bold]\nsecond").format_message() == (
        r"server said: \x1b]0;pwned\x07 [bold]x[/bold]\nsecond"
    )


# -- 2. a token goes only to its server ------------------------------------------------------------------------


def test_a_profile_token_is_never_sent_to_another_server(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities, listener: Listener
) -> None:
    login(argus, v2_server, v2_ids)
    token = saved_token_of(argus)
    for run in (argus("--url", listener.url, "whoami"), argus("whoami", env={"ARGUS_URL": listener.url})):
        failed(run, 3, f"is for {v2_server.url}, not {listener.url}; it is not sent to another server")
    time.sleep(0.2)
    assert token.encode() not in listener.received and b"Authorization" not in listener.received
    # The same server written another way (a trailing slash) keeps its token.
    ok(argus("--url", v2_server.url + "/", "whoami"))
    # Logging the profile in to another server (to the CLI, localhost is another name) says what it replaced.
    other = v2_server.url.replace("127.0.0.1", "localhost")
    moved = ok(argus("login", "--url", other, "--with-token", input=v2_ids.source.token))
    assert f"note: the profile was for {v2_server.url}; its token there was replaced here" in moved.stderr


def saved_token_of(argus: Run) -> str:
    return saved_token(Path(os.environ["ARGUS_CONFIG_DIR"]))


def test_plain_http_beyond_this_machine_is_refused_unless_allowed(argus: Run) -> None:
    failed(argus("--url", "http://argus.example.org", "--token", "a" * 40, "whoami"), 2, "is plain HTTP")
    failed(argus("--url", "http://10.0.0.1:8000", "login", "--with-token", input="a" * 40 + "\n"), 2, "plain HTTP")


# -- 3. no token is ever lost -------------------------------------------------------------------------------------


def test_login_takes_a_knox_token_and_the_users_other_token_keeps_working(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    login(argus, v2_server, v2_ids)
    assert len(saved_token_of(argus)) == 64
    ok(argus("whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.user.token}))


def test_login_with_replace_token_says_what_it_revokes(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    result = login(argus, v2_server, v2_ids, "--profile", "old")
    ok(argus("--profile", "old", "whoami"))
    replaced = ok(
        argus(
            "login",
            "--url",
            v2_server.url,
            "--replace-token",
            input=f"{v2_ids.user.username}\n{v2_ids.user.password}\n",
        )
    )
    assert "the user's current API token is revoked" in replaced.stderr and "API token saved" in replaced.stdout
    failed(argus("whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.user.token}), 3, "401")
    assert result.exit_code == 0


def test_login_from_stdin_for_scripts(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    source = ok(argus("--profile", "src", "login", "--url", v2_server.url, "--with-token", input=v2_ids.source.token))
    assert "as " + v2_ids.source.username in source.stdout and "API token saved" in source.stdout
    assert json.loads(ok(argus("--profile", "src", "whoami", "--json")).stdout)["username"] == v2_ids.source.username
    args = ("login", "--url", v2_server.url, "--username", v2_ids.user.username, "--password-stdin")
    ok(argus(*args, input=v2_ids.user.password + "\n"))
    assert json.loads(ok(argus("whoami", "--json")).stdout)["username"] == v2_ids.user.username
    failed(argus(*args, input="\n"), 2, "no password on stdin")
    failed(argus("login", "--url", v2_server.url, "--with-token", input="0" * 40 + "\n"), 3, "401")


def test_profiles_list_use_remove_and_logout(argus: Run, v2_server: ArgusServer, v2_ids: Identities) -> None:
    login(argus, v2_server, v2_ids)
    ok(argus("--profile", "src", "login", "--url", v2_server.url, "--with-token", input=v2_ids.source.token))
    listed = ok(argus("profile", "list")).stdout
    assert v2_ids.user.token not in listed and saved_token_of(argus) not in listed
    assert [line.split()[:2] for line in listed.splitlines()[1:]] == [["*", "default"], ["src", v2_server.url]]
    ok(argus("profile", "use", "src"))
    assert json.loads(ok(argus("whoami", "--json")).stdout)["username"] == v2_ids.source.username
    assert [
        p["name"] for p in map(json.loads, ok(argus("profile", "list", "--jsonl")).stdout.splitlines()) if p["active"]
    ] == ["src"]
    failed(argus("profile", "use", "nope"), 2, "no profile 'nope'")
    knox = saved_token(Path(os.environ["ARGUS_CONFIG_DIR"]), "default")
    out = ok(argus("--profile", "default", "logout")).stdout
    assert "revoked on the server and removed" in out
    failed(argus("whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": knox}), 3, "401")
    failed(argus("--profile", "default", "whoami"), 3, "no token configured")
    ok(argus("profile", "remove", "src"))  # the active one: "default" is active again
    failed(argus("whoami"), 3, "no token configured")


def test_token_refresh_with_argus_token_prints_it_and_writes_no_profile(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    login(argus, v2_server, v2_ids)
    config = Path(os.environ["ARGUS_CONFIG_DIR"]) / "config.ini"
    before = config.read_bytes()
    knox = saved_token_of(argus)
    result = ok(argus("token", "refresh", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": knox}))
    fresh = result.stdout.strip()
    assert len(fresh) == 64 and fresh != knox and "no profile was changed" in result.stderr
    assert config.read_bytes() == before
    ok(argus("whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": fresh}))


def test_a_refreshed_token_that_cannot_be_saved_is_printed(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argus_ext.cli import account
    from argus_ext.cli.config import ConfigError

    ok(argus("login", "--url", v2_server.url, "--with-token", input=v2_ids.user.token))

    def disk_full(*args: object) -> None:
        raise ConfigError("cannot write config.ini: No space left on device")

    monkeypatch.setattr(account, "save_profile", disk_full)
    result = argus("token", "refresh")
    assert result.exit_code == 2 and "No space left on device" in result.stderr and "Traceback" not in result.output
    fresh = result.stdout.strip()
    assert len(fresh) == 40 and fresh != v2_ids.user.token  # the API token was replaced: the new one is shown
    ok(argus("whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": fresh}))


def test_a_refresh_that_could_not_be_saved_is_not_asked_for(
    argus: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    # The API token's refresh revokes the old one: when the profiles file cannot be written (here a folder sits
    # where the CLI's write check puts its file: the tests may run as root, whom no mode stops), the server is
    # not asked at all, and the old token keeps working.
    ok(argus("login", "--url", v2_server.url, "--with-token", input=v2_ids.user.token))
    (Path(os.environ["ARGUS_CONFIG_DIR"]) / ".write-check" / "busy").mkdir(parents=True)
    failed(argus("token", "refresh"), 2, "cannot write")
    assert saved_token_of(argus) == v2_ids.user.token
    ok(argus("whoami", env={"ARGUS_URL": v2_server.url, "ARGUS_TOKEN": v2_ids.user.token}))


@pytest.mark.parametrize("home", ["/dev/null", "/proc/version"])
def test_odd_config_locations_are_one_line_errors(argus: Run, v2_server: ArgusServer, home: str) -> None:
    env = {"ARGUS_CONFIG_DIR": "", "XDG_CONFIG_HOME": "", "HOME": home}
    message = f"cannot write {home}/.config/argus/config.ini: Not a directory"
    failed(argus("login", "--url", v2_server.url, "--with-token", input="a" * 40, env=env), 2, message)
    failed(argus("token", "refresh", env={**env, "ARGUS_URL": v2_server.url}), 3, "no token configured")


# -- 4. every error tells the truth -------------------------------------------------------------------------------


def test_resolve_posts_the_callers_type_once_and_shows_the_servers_reason(
    as_user: Run, as_source: Run, v2_server: ArgusServer, v2_ids: Identities
) -> None:
    pk = str(post(v2_server, v2_ids, "to close twice"))
    ok(as_user("incidents", "resolve", pk))
    again = as_user("incidents", "resolve", pk)
    assert again.exit_code == 1 and "END" not in again.stderr, again.stderr
    assert again.stderr.endswith(f'/api/v2/incidents/{pk}/events/: type: "The incident is already closed."\n')
    # A source system's END on a closed incident, RES on an open one: the server takes them silently, the CLI
    # reads the incident before and after and says that nothing changed.
    failed(as_source("incidents", "resolve", pk), 1, f"but did not change incident {pk}: it was closed ")
    failed(as_source("incidents", "reopen", str(post(v2_server, v2_ids, "open"))), 1, "it was open, it is open")
    failed(as_user("incidents", "reopen", str(post(v2_server, v2_ids, "open"))), 1, "The incident is already open.")
    stateless = str(post(v2_server, v2_ids, "a log line", stateless=True))
    before = ok(as_user("events", "list", stateless, "--json")).stdout
    failed(as_source("incidents", "resolve", stateless), 1, f"incident {stateless} is stateless")
    assert ok(as_user("events", "list", stateless, "--json")).stdout == before  # nothing was posted


def test_urls_without_scheme_or_with_an_api_path_are_one_line_errors(argus: Run, v2_server: ArgusServer) -> None:
    bare = v2_server.url.removeprefix("http://")
    failed(argus("--url", bare, "server"), 2, f"'{bare}' is not a server URL")
    failed(
        argus("--url", v2_server.url + "/api/v1", "server"), 2, f"is an API address: give the server's, {v2_server.url}"
    )
    failed(argus("--url", v2_server.url + "/api/v2/", "--token", "a" * 40, "whoami"), 2, "is an API address")


def test_timeout_gives_up_on_a_hung_server(argus: Run, listener: Listener) -> None:
    started = time.monotonic()
    failed(argus("--timeout", "0.3", "--url", listener.url, "--token", "a" * 40, "whoami"), 4, "timed out")
    assert time.monotonic() - started < 10
    assert "default: 30" in ok(argus("--help")).stdout


def test_ctrl_c_exits_130(listener: Listener, tmp_path: Path) -> None:
    env = {**os.environ, "ARGUS_CONFIG_DIR": str(tmp_path), "ARGUS_TOKEN": "a" * 40, "ARGUS_URL": listener.url}
    running = subprocess.Popen([ARGUS, "whoami"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while b"GET /api/v2/auth/user/" not in listener.received and time.monotonic() < deadline:
        time.sleep(0.05)
    running.send_signal(signal.SIGINT)
    out, err = running.communicate(timeout=30)
    assert running.returncode == 130, (out, err)
    assert err.strip() == "interrupted" and "Traceback" not in err


def test_a_reader_that_leaves_early_is_exit_141_without_a_word(
    v2_server: ArgusServer, v2_ids: Identities, tmp_path: Path
) -> None:
    for n in range(4):
        post(v2_server, v2_ids, f"piped {n}")
    env = {
        **os.environ,
        "ARGUS_CONFIG_DIR": str(tmp_path),
        "ARGUS_URL": v2_server.url,
        "ARGUS_TOKEN": v2_ids.user.token,
    }
    args = ["incidents", "list", "--source", v2_ids.source.source_name, "--jsonl", "--page-size", "1"]
    running = subprocess.Popen([ARGUS, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert running.stdout is not None and running.stderr is not None
    assert json.loads(running.stdout.readline())["description"] == "piped 3"
    running.stdout.close()  # as `| head -1` does: the other pages are still to come, one request each
    assert running.wait(timeout=60) == 141
    assert running.stderr.read() == b""


def test_a_missing_cli_extra_is_one_line() -> None:
    code = "import sys; sys.modules['rich'] = None\nfrom argus_ext.cli import main\nmain()"
    ran = subprocess.run([sys.executable, "-c", code, "--help"], capture_output=True, text=True, check=False)
    assert ran.returncode == 2
    assert ran.stderr == 'argus: the command line needs the "cli" extra: pip install "argus-openapi-client[cli]"\n'

"""Runs one pass of a published glue service, through its own code, in the glue services' virtualenv.

    python driver.py REQUEST.json      (tests/glue/environment.py runs it; the result is the last line, JSON)

REQUEST: {"service": "nav" | "zino" | "zabbix", "variant": "pyargus" | "ours", "argus": {"url", "token",
"timeout"}, and the service's scenario (see tests/test_glue_services.py)}. "ours" runs the service's copy whose
import lines were changed to argus_ext.pyargus (found first on PYTHONPATH); pyargus and simple_rest_client are
then made unimportable, so nothing of theirs can be used by mistake.

Only the monitored system is faked (fake_nav, fake_zino, fake_zabbix, beside this file); each service runs
through the entry point it runs through in production, as far as one pass allows:
- NAV: `navargus.glue.main()` with its command-line arguments (`--sync`, `--test-api`, or none: the event
  engine's stream on stdin);
- Zino: `zinoargus.run_supervised()`, the daemon's loop: connect to Zino, full sync, then the notifications,
  until Zino's notifier closes (the daemon then reconnects: the pass ends at that reconnect's sleep);
- Zabbix: `zabbixargus.reconciler.run_reconciliation_loop()` until its first pass is done.
The result: the service's log records, how the pass ended, and what it wrote to the monitored system.
"""

from __future__ import annotations

import asyncio
import importlib.abc
import json
import logging
import sys
import traceback
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE))  # the fakes; PYTHONPATH's ported copy of the service stays first

SERVICE_LOGGERS = ("navargus", "zinoargus", "zabbixargus")


class EndOfPass(Exception):
    """Raised where the service would wait for its next round: the pass is over."""


class Blocker(importlib.abc.MetaPathFinder):
    """Makes pyargus and simple_rest_client unimportable (the ported service must not need them)."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> None:
        if name.split(".")[0] in ("pyargus", "simple_rest_client"):
            raise ImportError(f"{name} is not available to the ported service")


class Recorder(logging.Handler):
    """Keeps the service's log records: the message, and the same message with each exception logged in it as
    `<error>` (`path`): the two clients word their errors differently, the path through the service is the same."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(SERVICE_LOGGERS):
            self.records.append(
                {
                    "level": record.levelname,
                    "logger": record.name,
                    "message": record.getMessage(),
                    "path": self.path_of(record),
                    "exception": type(record.exc_info[1]).__name__ if record.exc_info and record.exc_info[1] else None,
                }
            )

    @staticmethod
    def path_of(record: logging.LogRecord) -> str:
        args = record.args if isinstance(record.args, tuple) else ()
        if not any(isinstance(arg, BaseException) for arg in args):
            return record.getMessage()
        return str(record.msg) % tuple("<error>" if isinstance(arg, BaseException) else arg for arg in args)


def run_nav(request: dict[str, Any], work: Path, result: dict[str, Any]) -> None:
    import yaml

    config = work / "navargus.yml"
    argus = request["argus"]
    settings = {"url": argus["url"], "token": argus["token"], "timeout": argus["timeout"], "sync-interval": 0}
    config.write_text(yaml.safe_dump({"api": settings, "tags": {"always-add": request["nav"]["always_add"]}}))
    if TYPE_CHECKING:  # mypy sees the repo; the glue venv runs this file beside the fakes, with no `tests`
        from tests.glue import fake_nav
    else:
        import fake_nav

    fake_nav.install(request["nav"]["alerts"], str(config))
    from navargus import glue

    sys.argv = ["navargus", *request["nav"]["args"]]
    glue.main()


def run_zino(request: dict[str, Any], work: Path, result: dict[str, Any]) -> None:
    if TYPE_CHECKING:  # as in run_nav
        from tests.glue import fake_zino
    else:
        import fake_zino

    scenario = request["zino"]
    zino = fake_zino.FakeZino(scenario["host"], scenario["cases"], scenario["notifications"])
    result["zino_writes"] = zino.writes  # what the service writes to Zino, however the pass ends
    argus = request["argus"]
    (work / "zinoargus.toml").write_text(
        f'[argus]\nurl = "{argus["url"]}"\ntoken = "{argus["token"]}"\ntimeout = {float(argus["timeout"])}\n'
        f'[zino]\nserver = "{scenario["host"]}"\nport = {zino.port}\nuser = "glue"\nsecret = "s3cret"\n'
        "[sync.severity]\ndefault = 4\nthresholds = [{min_priority = 500, level = 2}]\n"
    )
    import zinoargus
    from zinoargus.config import read_configuration

    def sleep(seconds: float) -> None:
        # The daemon's reconnect (5 s and up) ends the pass; its Argus retries (1, 2 s) are not waited for.
        if seconds >= zinoargus.RECONNECT_BACKOFF_BASE.total_seconds():
            raise EndOfPass(f"reconnect in {seconds} s")

    zinoargus.time = types.SimpleNamespace(sleep=sleep, monotonic=__import__("time").monotonic)  # zinoargus only
    zinoargus._config = read_configuration(work / "zinoargus.toml")
    zinoargus._argus = zinoargus.get_argus_client(zinoargus._config.argus)
    try:
        zinoargus.run_supervised()
    finally:
        zino.close()


def run_zabbix(request: dict[str, Any], work: Path, result: dict[str, Any]) -> None:
    if TYPE_CHECKING:  # as in run_nav
        from tests.glue import fake_zabbix
    else:
        import fake_zabbix
    from zabbixargus import reconciler
    from zabbixargus.argus_client import ArgusClient
    from zabbixargus.config import Config
    from zabbixargus.zabbix_client import ZabbixClient

    argus = request["argus"]
    config = Config(
        argus={"url": argus["url"], "token": argus["token"], "timeout": argus["timeout"]},
        zabbix={"url": "http://zabbix.invalid/api_jsonrpc.php", "token": "zabbix-token"},
        webhook={"enabled": False},
    )
    zabbix = ZabbixClient(config.zabbix)
    zabbix.api = fake_zabbix.FakeZabbixAPI(request["zabbix"]["problems"])
    result["zabbix_calls"] = zabbix.api.calls

    async def one_pass() -> None:
        done = asyncio.Event()
        original = reconciler.reconcile

        async def reconcile_once(*args: Any) -> None:
            try:
                await original(*args)
            finally:
                done.set()

        reconciler.reconcile = reconcile_once
        loop = asyncio.create_task(reconciler.run_reconciliation_loop(zabbix, ArgusClient(config.argus), config))
        await done.wait()
        await asyncio.sleep(0.1)  # the loop logs a failed pass right after it
        loop.cancel()
        raise EndOfPass("first reconciliation pass done")

    asyncio.run(one_pass())


def main() -> None:
    request = json.loads(Path(sys.argv[1]).read_text())
    work = Path(sys.argv[1]).parent
    if request["variant"] == "ours":
        sys.meta_path.insert(0, Blocker())
    recorder = Recorder()
    logging.getLogger().addHandler(recorder)
    logging.getLogger().setLevel(logging.DEBUG)
    run = {"nav": run_nav, "zino": run_zino, "zabbix": run_zabbix}[request["service"]]
    result: dict[str, Any] = {}
    try:
        run(request, work, result)
        outcome = "returned"
    except (EndOfPass, SystemExit) as end:
        outcome = f"{type(end).__name__}: {end}"
    except Exception as error:  # noqa: BLE001 (how the service's own code failed is the result)
        traceback.print_exc()
        outcome = f"raised {type(error).__name__}"
        result["error_classes"] = [cls.__name__ for cls in type(error).__mro__]
        result["error_status"] = getattr(getattr(error, "response", None), "status_code", None)
    print(json.dumps({"outcome": outcome, "logs": recorder.records, **result}))


if __name__ == "__main__":
    main()

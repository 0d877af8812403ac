"""`argus-local serve v2` (or `python -m argus_local serve v2`) runs a real Argus server until Ctrl-C, printing its
URL, users, passwords and tokens.

`argus-local install v2|v1|all` only installs the server virtualenvs (CI does this once up front).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from contextlib import suppress

from . import RELEASES, ArgusServer, ServerRelease, ServerStartError, release_for
from .install import ensure_server_venv


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="argus-local", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="start a server in the foreground and print its URL and tokens")
    serve.add_argument("api", choices=sorted(RELEASES), help="v2: argus-server 2.10.2, v1: argus-server 1.37.0")
    serve.add_argument("--time-zone", default="Europe/Oslo", help="the server's TIME_ZONE (default: %(default)s)")
    serve.add_argument(
        "--release",
        help="another argus-server release for that API (installed with every package the default one pins)",
    )
    install = sub.add_parser("install", help="install server virtualenvs without starting anything")
    install.add_argument("api", choices=[*sorted(RELEASES), "all"])
    args = parser.parse_args(argv)
    if args.command == "serve":
        try:
            release = release_for(args.api, args.release)
        except ValueError as exc:
            parser.error(str(exc))

    try:
        if args.command == "install":
            for api in sorted(RELEASES) if args.api == "all" else [args.api]:
                print(ensure_server_venv(RELEASES[api]))
            return 0
        return serve_forever(release, args.time_zone)
    except ServerStartError as exc:
        print(exc, file=sys.stderr)
        return 1


def serve_forever(release: ServerRelease, time_zone: str) -> int:
    api = release.api_version
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with ArgusServer(release, time_zone=time_zone) as server:
        assert server.identities is not None
        ids = server.identities
        print(f"argus-server {release.version} (API {api}) is up at {server.url}")
        print(f"  API root:        {server.api_url}/")
        print(f"  time zone:       {time_zone}")
        print(f"  admin:           {ids.admin.username} / {ids.admin.password}  token {ids.admin.token}")
        print(f"  end user:        {ids.user.username} / {ids.user.password}  token {ids.user.token}")
        print(f"  source system:   {ids.source.source_name} (pk {ids.source.source_pk})  token {ids.source.token}")
        print(f"  try: curl -H 'Authorization: Token {ids.user.token}' {server.api_url}/auth/user/")
        print("Ctrl-C stops the server and removes its data.", flush=True)
        with suppress(KeyboardInterrupt):
            stop.wait()
    print("stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The main job, for now: start a real Argus 2.10.2 on loopback and talk to it with plain httpx.

The API issues replace the raw calls with the generated client and argus_ext.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # argus_local lives in the repo, unpackaged

from argus_local import V2, ArgusServer  # noqa: E402


def main() -> None:
    with ArgusServer(V2) as server:
        ids = server.identities
        assert ids is not None
        meta = httpx.get(f"{server.url}/api/").json()
        print(f"1. argus-server {meta['server-version']} answers at {server.url}")
        created = httpx.post(
            f"{server.api_url}/incidents/", headers=ids.source.headers,
            json={"description": "demo: disk full on db1", "tags": [{"tag": "host=db1"}], "level": 2,
                  "start_time": "2024-01-01T00:00:00Z"},
        )
        created.raise_for_status()
        incident = created.json()
        print(f"2. source system {ids.source.source_name!r} posted incident #{incident['pk']}: "
              f"{incident['description']!r}, end_time={incident['end_time']}")
        listed = httpx.get(f"{server.api_url}/incidents/", params={"open": "true"}, headers=ids.user.headers)
        listed.raise_for_status()
        print(f"3. end user {ids.user.username!r} sees {len(listed.json()['results'])} open incident(s)")
    print("4. server stopped and its data removed")


if __name__ == "__main__":
    main()

"""A connect() client's connections: derived clients share them, and closing the client closes every one of them
(sync, derived, each event loop's) with no socket left open and no ResourceWarning. Against a real argus-server
2.10.2; the sockets are counted in this process's file descriptors (Linux /proc)."""

from __future__ import annotations

import asyncio
import gc
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from argus_api_v2.api.auth import get_current_user

from argus_ext import ConnectedClient, connect
from argus_local import ArgusServer, Identities

pytestmark = pytest.mark.anyio


class Sockets:
    """The TCP connections this process opens to the server from now on (other tests' may still be open)."""

    def __init__(self, server: ArgusServer) -> None:
        self.server = server
        self.before = connections_to(server)

    def open(self) -> int:
        return len(connections_to(self.server) - self.before)


def connections_to(server: ArgusServer) -> set[str]:
    """The established TCP sockets of this process connected to the server (their inodes)."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the directory listing's own descriptor, closed already
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    port = f":{httpx.URL(server.url).port:04X}"
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            # remote address, connection state (01: established) and inode
            if fields[2].endswith(port) and fields[3] == "01" and fields[9] in inodes:
                found.add(fields[9])
    return found


@contextmanager
def no_resource_warnings() -> Iterator[None]:
    gc.collect()  # what earlier tests left behind warns now, not inside the block
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        yield
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_derived_clients_share_the_connection_pool(v2_server: ArgusServer, v2_ids: Identities) -> None:
    sockets = Sockets(v2_server)
    client = connect(v2_server.url, token=v2_ids.user.token)
    derived = [
        client.with_timeout(httpx.Timeout(5.0)),
        client.with_headers({"X-Request-Source": "tests"}),
        client.with_cookies({"flavour": "oat"}).with_timeout(httpx.Timeout(7.0)),
    ]
    for one in [client, *derived]:
        assert get_current_user.sync(client=one).username == v2_ids.user.username
    assert sockets.open() == 1  # four clients, one keep-alive connection
    client.close()
    assert sockets.open() == 0


def test_close_closes_everything_connect_made(v2_server: ArgusServer, v2_ids: Identities) -> None:
    sockets = Sockets(v2_server)

    async def whoami(client: ConnectedClient) -> str:
        me = await get_current_user.asyncio(client=client)
        return me.username

    with no_resource_warnings():
        client = connect(v2_server.url, token=v2_ids.user.token)
        derived = client.with_headers({"X-Request-Source": "tests"})
        assert get_current_user.sync(client=derived).username == v2_ids.user.username
        for _ in range(2):  # two event loops, one after the other
            assert asyncio.run(whoami(derived)) == v2_ids.user.username

        # An event loop still running in another thread when the client is closed.
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        assert asyncio.run_coroutine_threadsafe(whoami(client), loop).result(30) == v2_ids.user.username
        assert sockets.open() >= 2

        client.close()
        assert sockets.open() == 0
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)
        loop.close()
        with pytest.raises(RuntimeError, match="closed"):
            get_current_user.sync(client=derived)
        del client, derived


async def test_async_with_closes_this_loop_s_connections(v2_server: ArgusServer, v2_ids: Identities) -> None:
    sockets = Sockets(v2_server)
    with no_resource_warnings():
        async with connect(v2_server.url, token=v2_ids.user.token) as client:
            one = client.with_timeout(httpx.Timeout(5.0))
            names = await asyncio.gather(*(get_current_user.asyncio(client=c) for c in (client, one, one)))
            assert [me.username for me in names] == [v2_ids.user.username] * 3
            assert sockets.open() >= 1
        assert sockets.open() == 0


def test_a_loop_s_connections_close_when_it_ends(v2_server: ArgusServer, v2_ids: Identities) -> None:
    sockets = Sockets(v2_server)
    client = connect(v2_server.url, token=v2_ids.user.token)
    with no_resource_warnings():
        asyncio.run(get_current_user.asyncio(client=client))
        assert sockets.open() == 0  # asyncio.run ended: that loop's connections are closed
    client.close()


def test_a_derived_client_s_close_leaves_the_origin_working(v2_server: ArgusServer, v2_ids: Identities) -> None:
    sockets = Sockets(v2_server)
    with connect(v2_server.url, token=v2_ids.user.token) as client:
        with client.with_timeout(httpx.Timeout(5.0)) as derived:
            assert get_current_user.sync(client=derived).username == v2_ids.user.username
        assert get_current_user.sync(client=client).username == v2_ids.user.username
    assert sockets.open() == 0

"""A test's own Argus: fresh accounts on a running server, each with a ready `argus_ext.connect()` client."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from argus_ext import ConnectedClient, ConnectedV1Client, connect

from .server import Account, ArgusServer, SourceAccount

ClientT = TypeVar("ClientT", ConnectedClient, ConnectedV1Client)


@dataclass(frozen=True)
class LocalArgus(Generic[ClientT]):
    """What the `argus_v2` / `argus_v1` fixtures give a test: the session's server, an admin, a plain end user and
    a source system made for this test alone, and for each of them a `connect()` client logged in with its token.

    `source_client` is the one a glue service uses: only a source system's user may create incidents."""

    server: ArgusServer
    admin: Account
    user: Account
    source: SourceAccount
    admin_client: ClientT
    user_client: ClientT
    source_client: ClientT

    @property
    def url(self) -> str:
        """The server's root URL (http://127.0.0.1:PORT): what a glue service is configured with."""
        return self.server.url


@contextmanager
def local_argus_v2(server: ArgusServer) -> Iterator[LocalArgus[ConnectedClient]]:
    """Fresh accounts on a v2 `server`; their clients' connections are closed on exit."""
    ids = server.new_identities()
    admin, user, source = (connect(server.url, token=account.token) for account in (ids.admin, ids.user, ids.source))
    with _closing(admin, user, source):
        yield LocalArgus(server, ids.admin, ids.user, ids.source, admin, user, source)


@contextmanager
def local_argus_v1(server: ArgusServer) -> Iterator[LocalArgus[ConnectedV1Client]]:
    """Fresh accounts on a v1 `server` (argus-server 1.x); their clients' connections are closed on exit."""
    ids = server.new_identities()
    admin, user, source = (
        connect(server.url, api="v1", token=account.token) for account in (ids.admin, ids.user, ids.source)
    )
    with _closing(admin, user, source):
        yield LocalArgus(server, ids.admin, ids.user, ids.source, admin, user, source)


@contextmanager
def _closing(*clients: ConnectedClient | ConnectedV1Client) -> Iterator[None]:
    # Not `with client:`: a test may enter its client itself, and an httpx client cannot be entered twice.
    # The sync connections are closed here; an async client's pool cannot be closed outside its event loop.
    with ExitStack() as stack:
        for client in clients:
            stack.callback(_close_sync_connections, client)
        yield


def _close_sync_connections(client: ConnectedClient | ConnectedV1Client) -> None:
    client.get_httpx_client().close()

"""Real Argus servers on demand, for our tests and for people: see README "Local servers"."""

from .errors import ServerStartError
from .server import Account, ArgusServer, Identities, SourceAccount
from .versions import RELEASES, V1, V2, ServerRelease

__all__ = [
    "RELEASES",
    "V1",
    "V2",
    "Account",
    "ArgusServer",
    "Identities",
    "ServerRelease",
    "ServerStartError",
    "SourceAccount",
]

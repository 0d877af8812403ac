"""Real Argus servers on demand, for your tests and by hand: see the README's "Local servers".

`pip install "argus-openapi-client[testing]"` brings it. `ArgusServer(V2)` starts argus-server 2.10.2 on loopback
with its own PostgreSQL (the release installed once into a virtualenv under the cache folder, `cache_root()`);
`argus_local.pytest_plugin` is the pytest plugin (opt-in); `argus-local serve v2` the command.
"""

from .accounts import LocalArgus
from .errors import ServerStartError
from .install import cache_root
from .server import Account, ArgusServer, Identities, SourceAccount
from .versions import RELEASES, V1, V2, ServerRelease, release_for

__all__ = [
    "RELEASES",
    "V1",
    "V2",
    "Account",
    "ArgusServer",
    "Identities",
    "LocalArgus",
    "ServerRelease",
    "ServerStartError",
    "SourceAccount",
    "cache_root",
    "release_for",
]

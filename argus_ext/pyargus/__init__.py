"""pyargus 0.8.0's API (PyPI `argus-api-client`) on this client: switch by changing the import lines.

    from argus_ext.pyargus.client import Client               # was: from pyargus.client import Client
    from argus_ext.pyargus.async_client import AsyncClient    # was: from pyargus.async_client import AsyncClient
    from argus_ext.pyargus.models import Incident, STATELESS  # was: from pyargus.models import ...
    from argus_ext.pyargus.exceptions import NotFoundError    # was: from simple_rest_client.exceptions import ...

Built on argus_ext's workflow helpers and the generated calls; no HTTP code of its own. The README's
"Coming from pyargus" lists each call, its native equivalent, and what is fixed.
"""

from . import api, async_api, async_client, client, models, multivaluedict, time
from .client import AsyncClient, Client
from .models import (
    LOCAL_INFINITY,
    STATELESS,
    Acknowledgement,
    Event,
    ExpiringToken,
    Incident,
    MultiValueDict,
    SourceSystem,
)

# The pyargus release whose API this package offers (pyargus's own `VERSION`).
VERSION = "0.8.0"

__all__ = [
    "LOCAL_INFINITY",
    "STATELESS",
    "VERSION",
    "Acknowledgement",
    "AsyncClient",
    "Client",
    "Event",
    "ExpiringToken",
    "Incident",
    "MultiValueDict",
    "SourceSystem",
    "api",
    "async_api",
    "async_client",
    "client",
    "models",
    "multivaluedict",
    "time",
]

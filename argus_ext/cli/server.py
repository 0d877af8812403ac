"""`argus server`: which API versions the server offers (its unauthenticated GET /api/), and which of them this
client speaks. Needs no token."""

from __future__ import annotations

import click

from .output import Format, emit_record, format_options
from .session import Session, pass_session


@click.command()
@format_options
@pass_session
def server(session: Session, fmt: Format) -> None:
    """The server's API versions and whether this client speaks them."""
    from argus_ext import server_api_versions
    from argus_ext.versions import VERSIONS

    url = session.url()
    offered = sorted(server_api_versions(url, timeout=session.timeout))
    spoken = [name for name in offered if name in VERSIONS]
    record = {"url": url, "api_versions": offered, "supported": spoken}
    verdict = ", ".join(spoken) if spoken else "none of them: this client speaks " + ", ".join(sorted(VERSIONS))
    emit_record(record, fmt, [("server", url), ("API versions", ", ".join(offered)), ("this client speaks", verdict)])

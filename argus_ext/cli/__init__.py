"""The `argus` command line (`pip install "argus-openapi-client[cli]"`): a thin layer of click commands over
argus_ext and the generated calls. Nothing outside this package imports it, so library users need neither click
nor rich; and its modules import argus_ext's HTTP side only inside the commands, so `argus --help` starts fast.
"""

from __future__ import annotations

MISSING_EXTRA = 'argus: the command line needs the "cli" extra: pip install "argus-openapi-client[cli]"'


def main() -> None:
    """The console script `argus`."""
    from importlib.util import find_spec

    # The cli extra's two packages, looked for (not imported: rich is loaded only to draw) before anything needs them.
    if find_spec("click") is None or find_spec("rich") is None:
        import sys

        print(MISSING_EXTRA, file=sys.stderr)
        raise SystemExit(2)
    from .app import cli

    cli(prog_name="argus")

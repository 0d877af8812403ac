"""The `argus` command line (`pip install "argus-openapi-client[cli]"`): a thin layer of click commands over
argus_ext and the generated calls. Nothing outside this package imports it, so library users need neither click
nor rich; and its modules import argus_ext's HTTP side only inside the commands, so `argus --help` starts fast.
"""

from __future__ import annotations


def main() -> None:
    """The console script `argus`."""
    from .app import cli

    cli(prog_name="argus")

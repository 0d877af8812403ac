"""The profiles file: named profiles of a server URL and a token, as the AWS CLI keeps them.

    [default]
    url = https://argus.example.org
    token = ...
    token_kind = knox          # "knox" (from `argus login`, expires) or "token" (a token given to us)
    expiry = 2026-12-07T11:10:46+01:00

It lives in $ARGUS_CONFIG_DIR, else $XDG_CONFIG_HOME/argus, else ~/.config/argus (%APPDATA%\\argus on Windows),
is written with mode 0600, and is refused when others may read it: it holds tokens. Beside it, `active-profile`
names the profile used when none is given (`argus profile use NAME`; "default" when it is absent).
Any problem with these files (a folder that cannot be made, a file that cannot be written) is a ConfigError with
one line saying which file and why, never a traceback.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import configparser

DEFAULT_PROFILE = "default"
FILE_NAME = "config.ini"
ACTIVE_FILE_NAME = "active-profile"


class ConfigError(Exception):
    """The profiles file cannot be used as it is; the message says why and what to do."""


@dataclass(frozen=True)
class Profile:
    url: str | None = None
    token: str | None = field(default=None, repr=False)
    token_kind: str | None = None
    expiry: str | None = None

    def fields(self) -> dict[str, str]:
        given = (("url", self.url), ("token", self.token), ("token_kind", self.token_kind), ("expiry", self.expiry))
        return {key: value for key, value in given if value}


def config_dir() -> Path:
    explicit = os.environ.get("ARGUS_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "argus"
    base = os.environ.get("XDG_CONFIG_HOME")
    if not base:
        try:
            base = str(Path.home() / ".config")
        except RuntimeError as exc:  # no HOME and no passwd entry
            raise ConfigError(f"no config folder: set ARGUS_CONFIG_DIR ({exc})") from exc
    return Path(base) / "argus"


def config_path() -> Path:
    return config_dir() / FILE_NAME


def _read_parser(path: Path) -> configparser.ConfigParser:
    import configparser  # here, like every import `argus --help` does not need: start-up stays fast

    # No interpolation: a "%" in a token or URL is a character, not a reference.
    parser = configparser.ConfigParser(interpolation=None)
    try:
        if not path.exists():
            return parser
        _refuse_if_shared(path)
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


def active_profile() -> str:
    """The profile used when none is given: the one `argus profile use` chose, else "default"."""
    try:
        chosen = (config_dir() / ACTIVE_FILE_NAME).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return DEFAULT_PROFILE
    except OSError as exc:
        raise ConfigError(f"cannot read {config_dir() / ACTIVE_FILE_NAME}: {exc.strerror or exc}") from exc
    return chosen or DEFAULT_PROFILE


def profile_name(name: str | None) -> str:
    return name or active_profile()


def all_profiles() -> dict[str, Profile]:
    parser = _read_parser(config_path())
    return {name: _profile(parser[name]) for name in parser.sections()}


def _profile(section: configparser.SectionProxy) -> Profile:
    return Profile(*(section.get(key) for key in ("url", "token", "token_kind", "expiry")))


def load_profile(name: str | None) -> Profile:
    """The named profile; None: the active one, or an empty profile when "default" does not exist yet."""
    path = config_path()
    parser = _read_parser(path)
    chosen = profile_name(name)
    if name is None and chosen == DEFAULT_PROFILE and not parser.has_section(chosen):
        return Profile()
    if not parser.has_section(chosen):
        known = ", ".join(parser.sections()) or "none"
        raise ConfigError(f"no profile {chosen!r} in {path} (profiles: {known}); create it with: argus login")
    return _profile(parser[chosen])


def save_profile(name: str | None, profile: Profile) -> Path:
    """Write (or replace) one profile, keeping the others; the file is created with mode 0600."""
    path = config_path()
    parser = _read_parser(path)
    parser[profile_name(name)] = profile.fields()
    _write(path, parser.write)
    return path


def remove_profile(name: str) -> Path:
    path = config_path()
    parser = _read_parser(path)
    if not parser.remove_section(name):
        raise ConfigError(f"no profile {name!r} in {path} (profiles: {', '.join(parser.sections()) or 'none'})")
    _write(path, parser.write)
    if active_profile() == name:  # no longer there: the default one is active again
        (config_dir() / ACTIVE_FILE_NAME).unlink(missing_ok=True)
    return path


def use_profile(name: str) -> Path:
    path = config_path()
    if name not in _read_parser(path).sections():
        raise ConfigError(f"no profile {name!r} in {path}; create it with: argus --profile {name} login")
    active = config_dir() / ACTIVE_FILE_NAME
    _write(active, lambda file: file.write(name + "\n"))
    return active


def _write(path: Path, write: Callable[[IO[str]], object], *, for_file: Path | None = None) -> None:
    # A temporary file in the same folder, created 0600 and renamed over the old one: the token is never
    # readable by others, not even for a moment, and a crash leaves the old file whole. `for_file`: the file
    # the messages name (a trial write stands for the profiles file).
    import tempfile

    named = for_file or path
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".tmp")
    except OSError as exc:
        raise ConfigError(f"cannot write {named}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            write(file)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ConfigError(f"cannot write {named}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check_writable() -> None:
    """Raise ConfigError now if the profiles file could not be written (before a step that cannot be undone)."""
    path = config_path()
    _read_parser(path)
    _write(path.with_name(".write-check"), lambda file: None, for_file=path)
    path.with_name(".write-check").unlink(missing_ok=True)

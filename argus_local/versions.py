"""The Argus server releases we test against, and what differs between them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServerRelease:
    version: str
    api_version: str  # the API this release is our reference for
    settings_base: str  # the shipped settings module ours builds on

    @property
    def requirement(self) -> str:
        return f"argus-server=={self.version}"


# 2.10.2 is the current release (API v2). 1.37.0 is the last release that serves API v1
# (removed in 2.0.0). Its v2 is older than 2.10.2's, so v2 is always tested on 2.10.2.
V2 = ServerRelease(version="2.10.2", api_version="v2", settings_base="argus.htmx.settings")
V1 = ServerRelease(version="1.37.0", api_version="v1", settings_base="argus.site.settings.base")

RELEASES = {release.api_version: release for release in (V2, V1)}


def release_for(api: str, version: str | None = None) -> ServerRelease:
    """The release serving `api` ("v2" or "v1"): ours (RELEASES, installed with the pins shipped here) unless
    `version` names another argus-server release of the same major version, which is then installed with every
    package our release pins (argus_local.install.ensure_server_venv) and started with the same settings as ours."""
    if api not in RELEASES:
        raise ValueError(f"api={api!r}: expected one of {sorted(RELEASES)}")
    ours = RELEASES[api]
    if version is None or version == ours.version:
        return ours
    if version.split(".")[0] != ours.version.split(".")[0]:
        raise ValueError(
            f"version={version!r}: API {api} is served by argus-server {ours.version.split('.')[0]}.x (ours: {ours.version})"
        )
    return ServerRelease(version=version, api_version=api, settings_base=ours.settings_base)


# Written next to each run as argus_local_settings.py. No shipped settings module runs as is
# (each lacks SECRET_KEY or MEDIA_PLUGINS, or needs packages argus-server does not install).
SETTINGS_TEMPLATE = """\
from {settings_base} import *  # noqa: F401,F403

import os

SECRET_KEY = "argus-local-test-server-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STATIC_ROOT = os.environ["ARGUS_LOCAL_STATIC_ROOT"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Oslo")
MEDIA_PLUGINS = [
    "argus.notificationprofile.media.email.EmailNotification",
    "argus.notificationprofile.media.sms_as_email.SMSNotification",
]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Test users are made by the dozen: a fast hasher keeps that cheap. Never for production.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The server's own URLconf triggers urls.W005 (a namespace used twice); it is harmless here.
SILENCED_SYSTEM_CHECKS = ["urls.W005"]
LOGGING = {{
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {{"console": {{"class": "logging.StreamHandler"}}}},
    "root": {{"handlers": ["console"], "level": "WARNING"}},
}}
"""

"""The kinds of caller the property tests play, and which operations each may call."""

from __future__ import annotations

from argus_local import Account, Identities

ADMIN, END_USER, SOURCE = "admin", "end_user", "source"
KINDS = (ADMIN, END_USER, SOURCE)

# Which kinds may call what: the rest answers 403 (or, creating an incident, 400) whatever is sent.
ONLY = {
    "create_incident": {SOURCE},  # only a source system's user may create incidents
    "send_source_heartbeat": {SOURCE},
    "create_source": {ADMIN},
    "replace_source": {ADMIN},
    "update_source": {ADMIN},
    "create_planned_maintenance": {ADMIN},
    "replace_planned_maintenance": {ADMIN},
    "update_planned_maintenance": {ADMIN},
    "delete_planned_maintenance": {ADMIN},
    "get_api_metadata": {ADMIN},  # anonymous: who sends it does not matter, once is enough
}


def may_call(kind: str, operation: str) -> bool:
    return kind in ONLY.get(operation, set(KINDS))


def account_of(ids: Identities, kind: str) -> Account:
    return {ADMIN: ids.admin, END_USER: ids.user, SOURCE: ids.source}[kind]

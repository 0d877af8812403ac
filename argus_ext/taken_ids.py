"""Is a refused incident create a `source_incident_id` the source already used? Decided by looking the id up.

argus-server answers a reused id with a 400 holding PostgreSQL's unique-violation text, in whatever language the
database speaks (`lc_messages`). errors.py recognises the English text; this module does not read the text at
all: a 400 to a create that names no field but the id (a bare list of messages, or `source_incident_id`) is a
duplicate when the source has an incident with that id, found by a GET of its incidents filtered by the id.
"""

from __future__ import annotations

from typing import Any

from .errors import BadRequestError, DuplicateSourceIncidentError

# The field-error keys a duplicate's 400 may have: the server's bare list, or a future "this id is taken".
_ABOUT_THE_ID = frozenset({"non_field_errors", "source_incident_id"})


def may_be_taken(error: BadRequestError) -> bool:
    """True when a create's 400 could be the id's (look it up to know); False when it names another field."""
    return isinstance(error, DuplicateSourceIncidentError) or set(error.field_errors) <= _ABOUT_THE_ID


def duplicate_error(error: BadRequestError, source_incident_id: str, holder: Any) -> DuplicateSourceIncidentError:
    """The typed error for a create refused because the source's incident `holder` has the id."""
    if isinstance(error, DuplicateSourceIncidentError):
        return error
    source_pk = holder.source.pk
    message = (
        f"{error.status_code} Bad Request for {error.method} {error.url}: source system {source_pk} already has an "
        f"incident with source_incident_id {source_incident_id!r} (ids stay taken after the incident closes)"
    )
    duplicate = DuplicateSourceIncidentError(
        message,
        source_incident_id=source_incident_id,
        source_pk=source_pk,
        status_code=error.status_code,
        method=error.method,
        url=error.url,
        body=error.body,
        response=error.response,
        field_errors=error.field_errors,
        attempts=error.attempts,
    )
    duplicate.__cause__ = error
    return duplicate

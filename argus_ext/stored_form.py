"""What argus-server stores for a problem's fields, so that reconcile compares like with like.

The server tidies what it is given (read against argus-server 2.10.2 and 1.37.0): it trims surrounding whitespace
(Python's `str.strip`) from the text fields and from each tag's key and value, and it shows a relative
`details_url` joined to its source's `base_url`. A problem compared in the form it was given would differ from
what the server answers on every run, and be written again on every run. So reconcile compares (and sends) the
stored form, and refuses what the server cannot keep as given: an id with surrounding whitespace (the server
would store another id), and a tag value with "/" (the server stores it, but its one-tag URL cannot carry it, so
reconcile could never remove it again).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urljoin

from .tags import Tags, tag_pairs


def stored_text(text: str) -> str:
    """A text field (description, details_url) as the server stores it: trimmed."""
    return text.strip()


def stored_tags(tags: Tags) -> frozenset[str]:
    """The "key=value" tags as the server stores and answers them (value trimmed; keys are checked already)."""
    return frozenset(f"{key}={value.strip()}" for key, value in tag_pairs(tags))


def stored_metadata(metadata: Any) -> Any:
    """Metadata as it comes back from the server's JSON field (tuples become lists, keys become strings)."""
    return json.loads(json.dumps(metadata))


def details_url_matches(shown: str, desired: str, base_url: str) -> bool:
    """True when the server, given `desired`, would show `shown`: the trimmed value itself (an absolute URL, or a
    relative one it cannot join), or that value joined to the source's `base_url` (how it shows relative ones)."""
    path = stored_text(desired)
    if not path:
        return shown == ""
    base = base_url.strip()
    return shown in {path, urljoin(base, path) if base else path}


def storage_problems(source_incident_id: str, tags: Tags) -> list[str]:
    """What the server cannot store as given, or reconcile could not manage once stored (empty: all is well)."""
    problems = []
    if source_incident_id != source_incident_id.strip():
        problems.append(
            f"source_incident_id: {source_incident_id!r} has surrounding whitespace, which the server trims "
            "(it would store another id)"
        )
    for key, value in tag_pairs(tags):
        if "/" in value:
            problems.append(
                f"tags[{key!r}]: value {value!r} holds '/', which the server's one-tag URL cannot carry "
                "(reconcile could never remove the tag)"
            )
    return problems

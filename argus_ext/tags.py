"""Incident tags as a mapping, both ways: `{"host": "db1", "problem": ["disk", "cpu"]}` <-> the API's "key=value" list.

    body = IncidentCreate(start_time=now, tags=tags_to_api({"host": "db1", "problem": ["disk", "cpu"]}))
    tags_from_api(incident.tags)   # {"host": ["db1"], "problem": ["disk", "cpu"]}: a key can repeat

The server stores each tag as one "key=value" string; the key is lower-case letters, digits and underscores,
the value anything (empty too). A bad key is refused here, naming it, before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Protocol

from argus_api_v2.models import TagValue

# A value or several values for one key.
TagValues = str | Iterable[str]
Tags = Mapping[str, TagValues]

_KEY = re.compile(r"[a-z0-9_]+")


class _HasTag(Protocol):
    @property
    def tag(self) -> str: ...


def tag_pairs(tags: Tags) -> list[tuple[str, str]]:
    """The (key, value) pairs of a tag mapping, in order, after checking every key and value."""
    pairs = []
    for key, values in tags.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValueError(f"tags: key {key!r} must be lower-case letters, digits and underscores")
        for value in [values] if isinstance(values, str) else values:
            if not isinstance(value, str):
                raise TypeError(f"tags[{key!r}]: expected a string (or a list of strings); got {value!r}")
            pairs.append((key, value))
    return pairs


def tags_to_api(tags: Tags) -> list[TagValue]:
    """The request form of a tag mapping: one `TagValue("key=value")` per value."""
    return [TagValue(text) for text in tag_strings(tags)]


def tag_strings(tags: Tags) -> list[str]:
    """The "key=value" strings of a tag mapping, one per value, in order."""
    return [f"{key}={value}" for key, value in tag_pairs(tags)]


def tags_from_api(tags: Iterable[_HasTag | str]) -> dict[str, list[str]]:
    """An incident's tags (`Tag`, `TagValue` or "key=value" strings) as `{key: [values...]}`, in server order."""
    mapping: dict[str, list[str]] = {}
    for tag in tags:
        text = tag if isinstance(tag, str) else tag.tag
        key, _, value = text.partition("=")
        mapping.setdefault(key, []).append(value)
    return mapping


def tag_set(tags: Tags) -> frozenset[str]:
    """The "key=value" strings of a tag mapping, for comparing tags regardless of order."""
    return frozenset(tag_strings(tags))

"""Multi-valued incident filters, joined the one way the server reads them.

The server takes `tags`, `source__id__in`, `source__name__in` and `source__type__in` as ONE comma-separated
value (`tags=host=a,host=b,problem=x`); repeated keys (`tags=a&tags=b`) are accepted but all but the last are
silently dropped. The spec therefore types them as strings, and these helpers build the string from a list,
refusing values that would change meaning once joined (a comma inside a value would split it in two).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

V = TypeVar("V")

_TAG = re.compile(r"[a-z0-9_]+=[^,]+")


def join_tags(tags: Iterable[str], *, field: str = "tags") -> str:
    """["host=a", "host=b", "problem=x"] -> "host=a,host=b,problem=x" (same key: any of; different keys: all of)."""
    values = _as_list(tags, field)
    for tag in values:
        if not isinstance(tag, str) or not _TAG.fullmatch(tag):
            raise ValueError(f'{field}: each tag must be "key=value" (key: a-z, 0-9, _; no comma); got {tag!r}')
    return ",".join(values)


def join_ids(ids: Iterable[int], *, field: str = "source_id_in") -> str:
    """[1, 7] -> "1,7"."""
    values = _as_list(ids, field)
    for pk in values:
        if not isinstance(pk, int) or isinstance(pk, bool) or pk < 1:
            raise ValueError(f"{field}: each id must be a whole number >= 1; got {pk!r}")
    return ",".join(str(pk) for pk in values)


def join_names(names: Iterable[str], *, field: str = "source_name_in") -> str:
    """["nav-1", "zabbix"] -> "nav-1,zabbix"."""
    values = _as_list(names, field)
    for name in values:
        if not isinstance(name, str) or not name or "," in name:
            raise ValueError(f"{field}: each name must be a non-empty string without a comma; got {name!r}")
    return ",".join(values)


def _as_list(values: Iterable[V], field: str) -> list[V]:
    if isinstance(values, str):
        raise TypeError(f"{field}: expected a list of values, got the single string {values!r}")
    listed = list(values)
    if not listed:
        raise ValueError(f"{field}: expected at least one value; an empty list would not filter at all")
    return listed

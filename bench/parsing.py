"""Issue 12, item 2: a real 1,000-incident page, as the server sends it, turned into models.

Ours: `IncidentPage.from_dict(json.loads(body))`; pyargus 0.8.0: `Incident.from_json` per record of
`json.loads(body)["results"]`; the floor: `json.loads(body)` alone. All three start from the same bytes.
A cProfile of ours says where the time beyond the floor goes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx
from argus_api_v2.models import IncidentPage
from pyargus.models import Incident as PyargusIncident

from .dataset import DataSet, source_filter
from .plan import Plan
from .profiling import profile
from .stats import Result, interleaved, ratio, timed

PROFILE_CALLS = 5


def fetch_page(data: DataSet, page_size: int) -> bytes:
    """The first page of the large set, exactly as the server sends it."""
    response = httpx.get(
        f"{data.api_url}/incidents/",
        params={"page_size": page_size, "source__id__in": source_filter(data.large_sources)},
        headers={"Authorization": f"Token {data.token}"},
        timeout=120.0,
    )
    response.raise_for_status()
    return response.content


def ours(body: bytes) -> IncidentPage:
    return IncidentPage.from_dict(json.loads(body))


def pyargus(body: bytes) -> list[PyargusIncident]:
    return [PyargusIncident.from_json(record) for record in json.loads(body)["results"]]


def floor(body: bytes) -> Any:
    return json.loads(body)


def check_parsers_agree(body: bytes) -> int:
    """Every parser reads the same incidents, tags and all: a benchmark of a parser that drops data means nothing."""
    page, theirs, raw = ours(body), pyargus(body), floor(body)["results"]
    assert [i.pk for i in page.results] == [i.pk for i in theirs] == [r["pk"] for r in raw]
    assert [len(i.tags) for i in page.results] == [len(r["tags"]) for r in raw]
    assert all(len(r["tags"]) >= 2 for r in raw), "the seeded incidents should carry 2-3 tags each"
    return len(raw)


# What the issue asks the profile to tell apart, recognised by file and function (first match wins).
KINDS: list[tuple[str, Callable[[str, str], bool]]] = [
    ("json.loads (the floor)", lambda file, name: "json/" in file or "raw_decode" in name),
    ("datetime parsing", lambda file, name: "fromisoformat" in name or "dateutil" in file or "isoparse" in name),
    ("end_time union / 'infinity'", lambda file, name: "_parse_end_time" in name),
    ("nested tags (Tag.from_dict)", lambda file, name: file.endswith("models/tag.py")),
    ("attrs __init__", lambda file, name: file.startswith("<attrs generated")),
    ("imports inside from_dict", lambda file, name: "importlib" in file or name == "_handle_fromlist"),
    ("typing at run time (cast, Literal[...])", lambda file, name: file.endswith("typing.py")),
    ("dict/list builtins (pop, copy, ...)", lambda file, name: file == "~"),
    ("other generated model code", lambda file, name: file.startswith("argus_api_v2/")),
]


def kind_of(file: str, function: str) -> str:
    return next((kind for kind, matches in KINDS if matches(file, function)), "other")


def repeat_for(action: Callable[[], object], seconds: float) -> tuple[Callable[[], None], int]:
    """`action` repeated enough times that one sample takes about `seconds` (timer noise stays small)."""
    times = max(1, math.ceil(seconds / max(timed(action), 1e-9)))

    def repeated() -> None:
        for _ in range(times):
            action()

    return repeated, times


def run(data: DataSet, plan: Plan) -> Result:
    body = fetch_page(data, plan.parse_page)
    count = check_parsers_agree(body)
    variants: dict[str, Callable[[], None]] = {}
    repeats: dict[str, int] = {}
    parsers: dict[str, Callable[[bytes], object]] = {"ours": ours, "pyargus": pyargus, "json.loads": floor}
    for name, parse in parsers.items():
        variants[name], repeats[name] = repeat_for(partial(parse, body), plan.parse_seconds)
    measured = interleaved(variants, plan.parse_rounds, warmup=False)
    per_incident = {name: m.scaled(1e6 / (repeats[name] * count), "us/incident") for name, m in measured.items()}
    result = Result("parsing", f"Parsing a real {count}-incident page ({len(body) / 1e6:.2f} MB) into models")
    result.measurements = {
        "ours: IncidentPage.from_dict": per_incident["ours"],
        "pyargus 0.8.0: Incident.from_json": per_incident["pyargus"],
        "json.loads alone (the floor)": per_incident["json.loads"],
    }
    result.ratios = [
        ratio(
            "parsing: pyargus time / ours (speed-up)", per_incident["pyargus"], per_incident["ours"], 50, at_most=False
        ),
        ratio("parsing: ours / json.loads floor", per_incident["ours"], per_incident["json.loads"], 2),
    ]
    result.notes = {
        "incidents": count,
        "page_bytes": len(body),
        "repeats_per_sample": repeats,
        "incidents_per_second": {name: 1e6 / m.median for name, m in per_incident.items()},
        "profile_of": "ours: IncidentPage.from_dict(json.loads(body))",
        "profile": profile(partial(ours, body), PROFILE_CALLS, kind_of),
    }
    return result

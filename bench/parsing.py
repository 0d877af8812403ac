"""Issue 12, item 2: a real 1,000-incident page, as the server sends it, turned into models.

Ours: `IncidentPage.from_dict(json.loads(body))`; pyargus 0.8.0: `Incident.from_json` per record of
`json.loads(body)["results"]`; the floor: `json.loads(body)` alone. All three start from the same bytes.
A cProfile of ours says where the time beyond the floor goes.
"""

from __future__ import annotations

import cProfile
import json
import math
import pstats
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import PurePath
from typing import Any

import httpx
from argus_api_v2.models import IncidentPage
from pyargus.models import Incident as PyargusIncident  # type: ignore[import-untyped]

from .dataset import DataSet, source_filter
from .plan import Plan
from .stats import Result, interleaved, ratio, timed

PROFILE_TOP = 15
PROFILE_CALLS = 5


def fetch_page(data: DataSet, page_size: int) -> bytes:
    """The first page of the large set, exactly as the server sends it."""
    response = httpx.get(
        f"{data.api_url}/incidents/", params={"page_size": page_size, "source__id__in": source_filter(data.large_sources)},
        headers={"Authorization": f"Token {data.token}"}, timeout=120.0,
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


def repeat_for(action: Callable[[], object], seconds: float) -> tuple[Callable[[], None], int]:
    """`action` repeated enough times that one sample takes about `seconds` (timer noise stays small)."""
    times = max(1, math.ceil(seconds / max(timed(action), 1e-9)))

    def repeated() -> None:
        for _ in range(times):
            action()

    return repeated, times


def profile(body: bytes) -> dict[str, Any]:
    """cProfile of ours: the top functions by own time, and own time summed per source file."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(PROFILE_CALLS):
        ours(body)
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())
    rows = sorted(raw.items(), key=lambda item: item[1][2], reverse=True)
    top = [
        {"function": f"{_short(path)}:{line}({name})", "ncalls": entry[1], "tottime_s": entry[2],
         "cumtime_s": entry[3], "share": entry[2] / total if total else 0.0}
        for (path, line, name), entry in rows[:PROFILE_TOP]
    ]
    per_file: dict[str, float] = defaultdict(float)
    for (path, _line, _name), entry in raw.items():
        per_file[_short(path)] += entry[2]
    files = sorted(per_file.items(), key=lambda item: item[1], reverse=True)[:PROFILE_TOP]
    return {"calls": PROFILE_CALLS, "total_tottime_s": total, "top_functions": top,
            "by_file": [{"file": name, "tottime_s": t, "share": t / total if total else 0.0} for name, t in files]}


def _short(path: str) -> str:
    """`site-packages/dateutil/parser/isoparser.py` -> `dateutil/parser/isoparser.py`; builtins stay as they are."""
    parts = PurePath(path).parts
    for anchor in ("site-packages", "generated", "lib"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor):])
    return path


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
        ratio("parsing: pyargus time / ours (speed-up)", per_incident["pyargus"], per_incident["ours"], 50,
              at_most=False),
        ratio("parsing: ours / json.loads floor", per_incident["ours"], per_incident["json.loads"], 2),
    ]
    result.notes = {"incidents": count, "page_bytes": len(body), "repeats_per_sample": repeats,
                    "incidents_per_second": {name: 1e6 / m.median for name, m in per_incident.items()},
                    "profile": profile(body)}
    return result


def print_profile(notes: dict[str, Any]) -> None:
    prof = notes["profile"]
    print(f"  cProfile of ours ({prof['calls']} parses), top functions by own time:")
    for row in prof["top_functions"]:
        print(f"    {row['share']:6.1%} {row['tottime_s']:8.4f} s {row['ncalls']:>8} calls  {row['function']}")
    print("  own time per file:")
    for row in prof["by_file"][:8]:
        print(f"    {row['share']:6.1%} {row['tottime_s']:8.4f} s  {row['file']}")

"""Where the time goes: a cProfile of one action, summed up for the report (top functions, own time per file)."""

from __future__ import annotations

import cProfile
import pstats
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

TOP = 15
REPO = Path(__file__).resolve().parent.parent


def profile(
    action: Callable[[], object], calls: int = 1, categorize: Callable[[str, str], str] | None = None
) -> dict[str, Any]:
    """cProfile of `calls` runs of `action`: the top functions by own time, own time summed per source file, and
    (with `categorize(file, function) -> category`) own time summed per category."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        action()
    profiler.disable()
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]  # typeshed leaves it out
    total = sum(entry[2] for entry in raw.values())
    rows = sorted(raw.items(), key=lambda item: item[1][2], reverse=True)[:TOP]
    top = [
        {
            "function": f"{short_path(path)}:{line}({name})",
            "ncalls": entry[1],
            "tottime_s": entry[2],
            "cumtime_s": entry[3],
            "share": entry[2] / total if total else 0.0,
        }
        for (path, line, name), entry in rows
    ]
    per_file: dict[str, float] = defaultdict(float)
    for (path, _line, _name), entry in raw.items():
        per_file[short_path(path)] += entry[2]
    files = sorted(per_file.items(), key=lambda item: item[1], reverse=True)[:TOP]
    summary = {
        "calls": calls,
        "total_tottime_s": total,
        "top_functions": top,
        "by_file": [{"file": name, "tottime_s": t, "share": t / total if total else 0.0} for name, t in files],
    }
    if categorize is not None:
        per_category: dict[str, float] = defaultdict(float)
        for (path, _line, name), entry in raw.items():
            per_category[categorize(short_path(path), name)] += entry[2]
        ranked = sorted(per_category.items(), key=lambda item: item[1], reverse=True)
        summary["by_category"] = [
            {"category": name, "tottime_s": t, "share": t / total if total else 0.0} for name, t in ranked
        ]
    return summary


def short_path(path: str) -> str:
    """`.../site-packages/httpx/_client.py` -> `httpx/_client.py`; builtins (`~`) and attrs' `<...>` stay as they are."""
    if path.startswith(f"{REPO}/"):
        path = path.removeprefix(f"{REPO}/").removeprefix("generated/")
    parts = PurePath(path).parts
    for anchor in ("site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) :])
    return path


def print_profile(what: str, summary: dict[str, Any], *, files: int = 8) -> None:
    print(
        f"  cProfile of {what} ({summary['calls']} run(s), {summary['total_tottime_s']:.3f} s), "
        "top functions by own time:"
    )
    for row in summary["top_functions"]:
        print(f"    {row['share']:6.1%} {row['tottime_s']:8.4f} s {row['ncalls']:>8} calls  {row['function']}")
    print("  own time per file:")
    for row in summary["by_file"][:files]:
        print(f"    {row['share']:6.1%} {row['tottime_s']:8.4f} s  {row['file']}")
    if "by_category" in summary:
        print("  own time per kind of work:")
        for row in summary["by_category"]:
            print(f"    {row['share']:6.1%} {row['tottime_s']:8.4f} s  {row['category']}")

"""`python -m bench.markdown [bench/results.json]`: a run's figures as the Markdown tables of BENCHMARKS.md.

BENCHMARKS.md is written by hand around these tables (what was measured, the targets, what would fix a miss);
the tables themselves are printed from results.json, so no figure is copied by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _figure(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def measurements_table(result: dict[str, Any]) -> list[str]:
    lines = ["| variant | median | unit | spread | rounds |", "| --- | ---: | --- | ---: | ---: |"]
    for name, m in result["measurements"].items():
        lines.append(f"| {name} | {_figure(m['median'])} | {m['unit']} | {m['spread']:.1%} | {m['rounds']} |")
    return lines


def ratios_table(ratios: list[dict[str, Any]]) -> list[str]:
    lines = ["| ratio (of medians) | value | target | met |", "| --- | ---: | --- | --- |"]
    for r in ratios:
        target = "" if r["target"] is None else f"{'<=' if r['at_most'] else '>='} {r['target']:g}"
        met = {True: "yes", False: "**no**", None: ""}[r["met"]]
        lines.append(f"| {r['name']} | {r['value']:.3g} | {target} | {met} |")
    return lines


def profile_tables(summary: dict[str, Any]) -> list[str]:
    lines = [f"cProfile, {summary['calls']} run(s), {summary['total_tottime_s']:.3f} s of own time in all:", "",
             "| own time | share | calls | function |", "| ---: | ---: | ---: | --- |"]
    for row in summary["top_functions"]:
        lines.append(f"| {row['tottime_s'] * 1e3:.1f} ms | {row['share']:.1%} | {row['ncalls']:,} | "
                     f"`{row['function']}` |")
    if "by_category" in summary:
        lines += ["", "| kind of work | own time | share |", "| --- | ---: | ---: |"]
        lines += [f"| {row['category']} | {row['tottime_s'] * 1e3:.1f} ms | {row['share']:.1%} |"
                  for row in summary["by_category"]]
    return lines


def notes_lines(notes: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key in ("skipped", "failed"):
        if key in notes:
            lines.append(f"**{key}**: {notes[key]}")
    if "models_loaded" in notes:
        lines += [f"- `import {module}` loads {counts['loaded']} of the {counts['total']} `argus_api_v2.models` "
                  "modules" for module, counts in notes["models_loaded"].items()]
        for module, packages in notes["heaviest_packages"].items():
            heavy = ", ".join(f"{p['package']} {p['self_ms']:.1f}" for p in packages[:10])
            lines.append(f"- `import {module}`, own time per top-level package (ms, one run): {heavy}")
    if "census" in notes:
        lines.append(f"- counted at the server afterwards, by `source_incident_id`: {notes['lost']} lost, "
                     f"{notes['duplicated']} duplicated")
    if "incidents_per_second" in notes:
        lines += [f"- {name}: {rate:,.0f} incidents/s" for name, rate in notes["incidents_per_second"].items()]
    if "profile" in notes:
        lines += ["", f"Profile of {notes['profile_of']}:", "", *profile_tables(notes["profile"])]
    return lines


def render(report: dict[str, Any]) -> str:
    lines: list[str] = []
    for result in report["results"]:
        lines += [f"### {result['title']}", "", *measurements_table(result), ""]
        if result["ratios"]:
            lines += [*ratios_table(result["ratios"]), ""]
        notes = notes_lines(result["notes"])
        if notes:
            lines += [*notes, ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else HERE / "results.json"
    print(render(json.loads(path.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

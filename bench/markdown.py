"""`python -m bench.markdown [--into BENCHMARKS.md] [bench/results.json]`: a run's figures as Markdown tables.

BENCHMARKS.md is written by hand around these tables (what was measured, what would fix a miss); the tables
themselves come from results.json, so no figure is copied by hand. With `--into FILE`, each block between
`<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in FILE (NAME: machine, targets, figures) is replaced.
"""

from __future__ import annotations

import json
import re
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
    lines = [
        f"cProfile, {summary['calls']} run(s), {summary['total_tottime_s']:.3f} s of own time in all:",
        "",
        "| own time | share | calls | function |",
        "| ---: | ---: | ---: | --- |",
    ]
    lines += [
        f"| {row['tottime_s'] * 1e3:.1f} ms | {row['share']:.1%} | {row['ncalls']:,} | `{row['function']}` |"
        for row in summary["top_functions"]
    ]
    if "by_category" in summary:
        lines += ["", "| kind of work | own time | share |", "| --- | ---: | ---: |"]
        lines += [
            f"| {row['category']} | {row['tottime_s'] * 1e3:.1f} ms | {row['share']:.1%} |"
            for row in summary["by_category"]
        ]
    return lines


def notes_lines(notes: dict[str, Any]) -> list[str]:
    lines = [f"**{key}**: {notes[key]}" for key in ("skipped", "failed") if key in notes]
    if "models_loaded" in notes:
        lines += [
            f"- `{statement}` loads {counts['loaded']} of the {counts['total']} `argus_api_v2.models` modules"
            for statement, counts in notes["models_loaded"].items()
        ]
        for statement, packages in notes["heaviest_packages"].items():
            heavy = ", ".join(f"{p['package']} {p['self_ms']:.1f}" for p in packages[:10])
            lines.append(f"- `{statement}`, own time per top-level package (ms, one run): {heavy}")
        for statement, modules in notes.get("argus_api_v1_loaded", {}).items():
            lines.append(f"- `{statement}` loads {len(modules)} `argus_api_v1` modules: {', '.join(modules) or 'none'}")
    if "census" in notes:
        lines.append(
            f"- counted at the server afterwards, by `source_incident_id`: {notes['lost']} lost, "
            f"{notes['duplicated']} duplicated"
        )
    if "incidents_per_second" in notes:
        lines += [f"- {name}: {rate:,.0f} incidents/s" for name, rate in notes["incidents_per_second"].items()]
    if "profile" in notes:
        lines += ["", f"Profile of {notes['profile_of']}:", "", *profile_tables(notes["profile"])]
    return lines


def render_machine(report: dict[str, Any]) -> str:
    machine, code = report["machine"], report["code"]
    memory = machine["memory"].splitlines()
    total_memory = memory[1].split()[1] if len(memory) > 1 else "?"
    dirty = code["uncommitted_in_measured_code"]
    lines = [
        "| | |",
        "| --- | --- |",
        f"| command | `{report['command']}` ({report['plan']['name']} plan) |",
        (
            f"| started | {report['started_utc']}, {report['seconds_total']:.0f} s in all "
            f"({report['seconds_to_seed']:.0f} s of it starting the server and seeding) |"
        ),
        f"| CPUs (`nproc`) | {machine['nproc']} x {machine['cpu_model']} |",
        f"| memory (`free -h`) | {total_memory} |",
        f"| Python | {machine['python']} ({machine['platform']}) |",
        f"| server | argus-server {report['argus_server']}, local (argus_local), one for every benchmark |",
        (
            f"| load average | {', '.join(f'{x:.2f}' for x in machine['load_average'])} at the start; "
            f"{', '.join(f'{x:.2f}' for x in report['load_average_at_end'])} at the end |"
        ),
        f"| code measured | commit `{code['commit'][:12]}`"
        + (f", with uncommitted changes in {len(dirty)} file(s)" if dirty else ", no uncommitted changes")
        + " |",
    ]
    return "\n".join(lines)


def render_targets(report: dict[str, Any]) -> str:
    lines = ["| target (issue 12) | figure | met |", "| --- | ---: | --- |"]
    for result in report["results"]:
        for r in result["ratios"]:
            if r["target"] is not None:
                met = "yes" if r["met"] else "**no**"
                lines.append(
                    f"| {r['name']} {'<=' if r['at_most'] else '>='} {r['target']:g} | {r['value']:.3g} | {met} |"
                )
        notes = result["notes"]
        if "one_endpoint_imports_every_model" in notes:
            counts = next(iter(notes["models_loaded"].values()))
            met = "**no**" if notes["one_endpoint_imports_every_model"] else "yes"
            lines.append(
                f"| one endpoint module does not import every model | {counts['loaded']} of {counts['total']} | {met} |"
            )
        if "census" in notes:
            met = "yes" if notes["lost"] == 0 and notes["duplicated"] == 0 else "**no**"
            lines.append(
                f"| posting: none lost or duplicated | {notes['lost']} lost, {notes['duplicated']} duplicated | {met} |"
            )
    return "\n".join(lines)


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


def fill(document: str, report: dict[str, Any]) -> str:
    """`document` with each `<!-- bench:NAME -->` block replaced by the rendered NAME."""
    blocks = {"machine": render_machine, "targets": render_targets, "figures": render}
    for name, renderer in blocks.items():
        pattern = re.compile(rf"(<!-- bench:{name} -->\n).*?(<!-- /bench:{name} -->)", re.DOTALL)
        if not pattern.search(document):
            raise SystemExit(f"no <!-- bench:{name} --> ... <!-- /bench:{name} --> block to fill")
        rendered = renderer(report)
        document = pattern.sub(lambda match: match[1] + rendered + "\n" + match[2], document)  # noqa: B023 - used at once
    return document


def main(argv: list[str]) -> int:
    into = None
    if argv[:1] == ["--into"]:
        into, argv = Path(argv[1]), argv[2:]
    report = json.loads((Path(argv[0]) if argv else HERE / "results.json").read_text())
    if into is None:
        print(render_machine(report), render_targets(report), render(report), sep="\n\n")
    else:
        into.write_text(fill(into.read_text(), report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

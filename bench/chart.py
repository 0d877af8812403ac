"""Issue 12, item 7: one PNG of every ratio of the run, each with its target, green when met, red when missed.

Two panels: "ours / baseline" ratios (lower is better: slowdowns, import time, memory growth) on a linear scale
around 1, and speed-ups (higher is better: parsing against pyargus, concurrency) on a log scale.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on a server or in CI

import matplotlib.pyplot as plt  # after use("Agg"): the backend must be chosen before pyplot is imported
from matplotlib.axes import Axes

from .stats import Ratio

COLOURS = {True: "#2e7d32", False: "#c62828", None: "#78909c"}


def draw(ratios: list[Ratio], path: Path, title: str) -> None:
    lower = [r for r in ratios if r.at_most]
    higher = [r for r in ratios if not r.at_most]
    panels = [
        (items, heading)
        for items, heading in (
            (lower, "ours / baseline: lower is better (1 = as fast as the baseline)"),
            (higher, "speed-ups: higher is better (log scale)"),
        )
        if items
    ]
    heights = [len(items) for items, _ in panels]
    figure, axes_list = plt.subplots(
        len(panels),
        1,
        figsize=(11, 0.38 * sum(heights) + 1.2 * len(panels) + 0.6),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    for axes, (items, heading) in zip(axes_list[:, 0], panels, strict=True):
        _panel(axes, items, heading, log=items is higher)
    figure.suptitle(title, fontsize=10)
    figure.text(0.01, 0.005, "black tick: the issue's target; green: met, red: missed, grey: no target", fontsize=8)
    figure.tight_layout(rect=(0, 0.02, 1, 1))
    figure.savefig(path, dpi=110)
    plt.close(figure)


def _panel(axes: Axes, ratios: list[Ratio], heading: str, *, log: bool) -> None:
    positions = list(range(len(ratios)))
    axes.barh(positions, [r.value for r in ratios], color=[COLOURS[r.met] for r in ratios], height=0.6)
    right = max(max(r.value, r.target or 0.0) for r in ratios)
    for position, item in zip(positions, ratios, strict=True):
        label = f"{item.value:.3g}"
        if item.target is not None:
            axes.plot([item.target, item.target], [position - 0.4, position + 0.4], color="black", linewidth=2)
            label += f"  ({'<=' if item.at_most else '>='} {item.target:g}: {'met' if item.met else 'MISSED'})"
        end = max(item.value, item.target or 0.0)
        axes.text(end * 1.08 if log else end + right * 0.02, position, label, va="center", fontsize=8)
    axes.set_yticks(positions, [r.name for r in ratios], fontsize=8)
    axes.invert_yaxis()
    axes.axvline(1.0, color="grey", linewidth=0.8, linestyle=":")
    if log:
        axes.set_xscale("log")
        axes.set_xlim(0.8, right * 6)
    else:
        axes.set_xlim(0, right * 1.45)
    axes.set_title(heading, fontsize=9, loc="left")

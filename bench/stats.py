"""Rounds, median and spread: how every figure of the benchmark is taken.

On a 2-CPU machine shared with other work a single timing means little, so each variant is timed in several
rounds and the variants of one benchmark take turns within a round (a burst of load slows all of them, not one).
A figure is the median of its rounds; its spread is (max - min) / median, so 0.05 means the rounds were within 5%.
Ratios are ratios of medians, measured in the same run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Measurement:
    """One variant's samples (seconds, bytes, ... as `unit` says), one per round."""

    samples: tuple[float, ...]
    unit: str = "s"

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        """(max - min) / median: how far apart the rounds were, relative to the median."""
        return (max(self.samples) - min(self.samples)) / self.median if self.median else 0.0

    @property
    def rounds(self) -> int:
        return len(self.samples)

    def scaled(self, factor: float, unit: str) -> Measurement:
        """The same samples per item, per second, in ms, ... (`factor` multiplies each sample)."""
        return Measurement(tuple(sample * factor for sample in self.samples), unit)

    def as_dict(self) -> dict[str, Any]:
        return {
            "median": self.median,
            "spread": self.spread,
            "rounds": self.rounds,
            "unit": self.unit,
            "samples": list(self.samples),
        }


@dataclass(frozen=True)
class Ratio:
    """`numerator` median / `denominator` median, and the issue's target for it when it has one."""

    name: str
    value: float
    target: float | None = None
    at_most: bool = True  # the target is an upper bound (slowdown) or a lower bound (speed-up)

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value <= self.target if self.at_most else self.value >= self.target

    def describe(self) -> str:
        if self.target is None:
            return f"{self.name}: {self.value:.3g}"
        sign = "<=" if self.at_most else ">="
        verdict = "met" if self.met else "MISSED"
        return f"{self.name}: {self.value:.3g} (target {sign} {self.target:g}: {verdict})"

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "target": self.target, "at_most": self.at_most, "met": self.met}


def ratio(
    name: str, numerator: Measurement, denominator: Measurement, target: float | None = None, *, at_most: bool = True
) -> Ratio:
    return Ratio(name, numerator.median / denominator.median, target, at_most)


@dataclass
class Result:
    """One benchmark's figures: each variant's measurement, the ratios, and notes (profiles, counts)."""

    benchmark: str
    title: str
    measurements: dict[str, Measurement] = field(default_factory=dict)
    ratios: list[Ratio] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "benchmark": self.benchmark,
            "title": self.title,
            "measurements": {name: m.as_dict() for name, m in self.measurements.items()},
            "ratios": [r.as_dict() for r in self.ratios],
            "notes": self.notes,
        }


def timed(action: Callable[[], object]) -> float:
    """Seconds `action()` took (wall clock: the server's time counts, as a user would feel it)."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleaved(
    variants: Mapping[str, Callable[[], object]], rounds: int, *, warmup: bool = True
) -> dict[str, Measurement]:
    """Time each variant once per round, taking turns, after one untimed warm-up call of each."""
    return interleaved_with_cpu(variants, rounds, warmup=warmup)[0]


def interleaved_with_cpu(
    variants: Mapping[str, Callable[[], object]], rounds: int, *, warmup: bool = True
) -> tuple[dict[str, Measurement], dict[str, Measurement]]:
    """`interleaved`, and also the CPU seconds this process spent in each call (`time.process_time`): against a
    server in other processes, that is what the client itself costs, free of the server's noise."""
    if warmup:
        for action in variants.values():
            action()
    wall: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, action in variants.items():
            cpu_start = time.process_time()
            wall[name].append(timed(action))
            cpu[name].append(time.process_time() - cpu_start)
    return (
        {name: Measurement(tuple(values)) for name, values in wall.items()},
        {name: Measurement(tuple(values), "s CPU") for name, values in cpu.items()},
    )


def format_measurement(name: str, measurement: Measurement) -> str:
    return (
        f"  {name:<50} median {measurement.median:>12.4g} {measurement.unit:<13} "
        f"spread {measurement.spread:6.1%}  rounds {measurement.rounds}"
    )


def print_result(result: Result) -> None:
    print(f"\n== {result.title}")
    for name, measurement in result.measurements.items():
        print(format_measurement(name, measurement))
    for item in result.ratios:
        print(f"  ratio {item.describe()}")

"""Figures measured beside their anchors: interleaved rounds, median, min-max, ratio, goal.

The machines this runs on are shared and noisy, so an absolute time means
little on its own. Every figure is measured together with an *anchor* (the
same kind of work done by the bare library, e.g. a bare Qt window or one raw
SQLCipher commit) in alternating rounds of the same run: load that slows one
slows the other, and the ratio holds.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Measure = Callable[[], float]  # one round: returns its own value (seconds, MiB, ...)


def timed(fn: Callable[[], object]) -> Measure:
    """A measure that times one call of ``fn``."""

    def measure() -> float:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    return measure


def interleave(
    subject: Measure, anchor: Measure, rounds: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Alternate anchor and subject ``rounds`` times (after ``warmup`` unrecorded rounds)."""
    subs: list[float] = []
    ancs: list[float] = []
    for n in range(warmup + rounds):
        # alternate which goes first, so neither always runs on a warmer cache
        if n % 2:
            s, a = subject(), anchor()
        else:
            a, s = anchor(), subject()
        if n >= warmup:
            subs.append(s)
            ancs.append(a)
    return subs, ancs


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(0.95 * (len(ordered) - 1))))]


@dataclass
class Goal:
    """What must hold between the subject's and the anchor's medians."""

    text: str
    check: Callable[[float, float], bool]

    @staticmethod
    def ratio(limit: float, absolute: float | None = None, unit: str = "s") -> Goal:
        text = f"<= {limit:g}x"
        if absolute is not None:
            text += f" and <= {_fmt(absolute, unit)}"
        return Goal(
            text,
            lambda s, a: s <= limit * a and (absolute is None or s <= absolute),
        )

    @staticmethod
    def plus(extra: float, unit: str = "s") -> Goal:
        return Goal(f"<= anchor + {_fmt(extra, unit)}", lambda s, a: s <= a + extra)

    @staticmethod
    def below(limit: float, unit: str = "s") -> Goal:
        return Goal(f"<= {_fmt(limit, unit)}", lambda s, a: s <= limit)


@dataclass
class Figure:
    name: str
    subject: list[float]
    anchor_name: str
    anchor: list[float]
    goal: Goal | None = None
    unit: str = "s"  # "s" (printed as ms or s) or "MiB"
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.subject)

    @property
    def anchor_median(self) -> float:
        return statistics.median(self.anchor) if self.anchor else float("nan")

    @property
    def ratio(self) -> float:
        a = self.anchor_median
        return self.median / a if a else float("nan")

    @property
    def verdict(self) -> str:
        if self.goal is None:
            return ""
        return "PASS" if self.goal.check(self.median, self.anchor_median) else "FAIL"


def _fmt(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "n":
        return f"{value:.0f}"
    if value >= 1.0:
        return f"{value:.2f} s"
    return f"{value * 1000:.2f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"


def _spread(values: list[float], unit: str) -> str:
    if not values:
        return "-"
    med = _fmt(statistics.median(values), unit)
    if len(values) == 1:
        return med
    return f"{med} ({_fmt(min(values), unit)}-{_fmt(max(values), unit)})"


def table(figures: list[Figure]) -> str:
    """A Markdown table: readable in a terminal, pasteable into a note."""
    head = (
        "| Figure | Hjulet, median (min-max) | Anchor, same run | Anchor median (min-max) "
        "| Ratio | Goal | |"
    )
    lines = [head, "|---|---|---|---|---|---|---|"]
    for f in figures:
        n = len(f.subject)
        lines.append(
            f"| {f.name} (n={n}) | {_spread(f.subject, f.unit)} | {f.anchor_name} "
            f"| {_spread(f.anchor, f.unit)} | {f.ratio:.2f}x | "
            f"{f.goal.text if f.goal else ''} | {f.verdict} |"
        )
    return "\n".join(lines)


def print_figure(f: Figure) -> None:
    """One figure as soon as it is measured (the table comes at the end)."""
    print(
        f"  {f.name}: {_spread(f.subject, f.unit)}  vs  {f.anchor_name}: "
        f"{_spread(f.anchor, f.unit)}  ratio {f.ratio:.2f}x  "
        f"{f.goal.text if f.goal else ''} {f.verdict}",
        flush=True,
    )
    for k, v in f.extra.items():
        print(f"      {k}: {v}", flush=True)

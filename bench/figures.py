"""Figures of a benchmark run: a value, its unit and the baseline measured next to it."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One measured figure; ``ratio`` is value / baseline_value when there is a baseline."""

    name: str
    value: float | None
    unit: str
    baseline: str = ""
    baseline_value: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times the baseline the value is."""
        if self.value is None or not self.baseline_value:
            return None
        return self.value / self.baseline_value

    def to_json(self) -> dict[str, Any]:
        """The figure as results.json holds it."""
        d = asdict(self)
        d["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        return d


def not_measured(name: str, unit: str, why: str) -> Figure:
    """A figure that could not be measured in this run, saying why."""
    return Figure(name, None, unit, note=f"not measured: {why}")


def median(xs: Sequence[float]) -> float:
    """The median."""
    return statistics.median(xs)


def percentile(xs: Sequence[float], p: float) -> float:
    """The p-th percentile (nearest rank), p in 0..100."""
    ordered = sorted(xs)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def fmt(v: float | None) -> str:
    """A number for the table: 3 significant figures, thousands kept whole."""
    if v is None:
        return "n/a"
    if v == 0:
        return "0"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def table(figures: Sequence[Figure]) -> str:
    """A Markdown table of the figures."""
    head = ("figure", "value", "unit", "baseline", "baseline value", "ratio")
    rows = [head, tuple("---" for _ in head)]
    for f in figures:
        value = fmt(f.value) if f.value is not None else f.note or "n/a"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else ""
        rows.append((f.name, value, f.unit, f.baseline, fmt(f.baseline_value)
                     if f.baseline_value is not None else "", ratio))
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)

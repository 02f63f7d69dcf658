"""The speed goals of the podium (issue 12), checked against a run's figures.

Each goal names the figures it holds for (by the start of their names), the most a
figure may reach, and the figure measured before the work on it (the issue's table),
so that one run of ``bench/run.py`` shows every goal, met or not, with its baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench.figures import Figure, fmt


@dataclass(frozen=True)
class Goal:
    """At most ``limit`` for every figure whose name starts with one of ``names``."""

    what: str
    names: tuple[str, ...]
    limit: float
    unit: str
    before: str  # the figure measured before (the table)
    ratio: bool = False  # the limit holds for the figure's ratio to its baseline


GOALS: tuple[Goal, ...] = (
    Goal("cold start, ratio to a bare QApplication + empty window in the same run",
         ("cold start to the first painted console",), 3.0, "×", "5.95×", ratio=True),
    Goal("keys to inscribe a State, median over the 195 in six languages",
         ("inscription: keys per State, six languages (median)",), 3, "keys", "—"),
    Goal("keys to inscribe a State, max over the 195 in six languages",
         ("inscription: keys per State, six languages (max)",), 6, "keys", "13 letters"),
    Goal("live action, keypress → journaled and repainted, p99 (all actions and each one, "
         "500 and 5,000 turns)",
         ("live action at 500 turns, keypress", "live action at 5,000 turns, keypress",
          "↳ next (console", "↳ pause (console", "↳ extend (console", "↳ end (console",
          "↳ undo (console", "↳ inscribe (console"), 16.0, "ms", "19.7 ms"),
    Goal("undo with 100,000 events in the journal", ("undo with 100k events",), 16.0, "ms",
         "986 ms"),
    Goal("open a 100,000-event meeting", ("open a 100k-event meeting (snapshot",), 0.5, "s",
         "1.78 s"),
    Goal("export of 1,000 interventions, each format and language timed",
         ("export ", "↳ export "), 1.0, "s", "2.71 s (PDF)"),
)


def _value(f: Figure, goal: Goal) -> float | None:
    return f.ratio if goal.ratio else f.value


def _matches(f: Figure, goal: Goal) -> bool:
    return f.name.startswith(goal.names) and not f.name.endswith(": p50")


def check(figures: Sequence[Figure]) -> list[tuple[Goal, Figure | None, bool]]:
    """Each goal with its worst matching figure (None: not measured) and whether it is met."""
    out: list[tuple[Goal, Figure | None, bool]] = []
    for goal in GOALS:
        found = [f for f in figures if _matches(f, goal)]
        measured = [f for f in found if _value(f, goal) is not None]
        if not measured:
            out.append((goal, None, False))
            continue
        worst = max(measured, key=lambda f: _value(f, goal) or 0.0)
        met = len(measured) == len(found) and (_value(worst, goal) or 0.0) <= goal.limit
        out.append((goal, worst, met))
    return out


def goals_table(figures: Sequence[Figure]) -> str:
    """A Markdown table: goal, the worst figure of the run, the goal, before, met."""
    lines = ["| goal | this run (worst figure) | goal | before | met |",
             "| --- | --- | --- | --- | --- |"]
    for goal, worst, met in check(figures):
        if worst is None:
            shown = "not measured in this run"
        else:
            value = _value(worst, goal)
            shown = f"{fmt(value)} {goal.unit} ({worst.name.lstrip('↳ ')})"
        lines.append(f"| {goal.what} | {shown} | ≤ {fmt(goal.limit)} {goal.unit} | "
                     f"{goal.before} | {'yes' if met else 'NO'} |")
    return "\n".join(lines)

"""Run the benchmarks: ``python bench/run.py [--quick] [--only NAME ...]``.

Prints a Markdown table and writes ``bench/results.json``: a list of
``{name, value, unit, baseline, baseline_value, ratio, note}``. Every baseline is
measured in the same run, on the same machine and disk, because machines are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.figures import Figure, not_measured, table  # noqa: E402
from bench.goals import goals_table  # noqa: E402

Section = Callable[[Path, bool], list[Figure]]


def _cold_start(folder: Path, quick: bool) -> list[Figure]:
    from bench import gui

    return gui.cold_start(runs=3 if quick else 7)


def _inscription(folder: Path, quick: bool) -> list[Figure]:
    from bench import gui

    return gui.inscription(folder, quick)


def _live(folder: Path, quick: bool) -> list[Figure]:
    from bench import engine, gui

    figs: list[Figure] = []
    for turns in (500, 5000):
        try:
            figs += gui.live_actions(folder, cycles=25 if quick else 200, interventions=turns)
        except Exception as exc:  # keep the engine figures
            traceback.print_exc()
            figs.append(not_measured(f"live action at {turns:,} turns on the console", "ms",
                                     f"{type(exc).__name__}: {exc}"))
        figs += engine.live_actions(folder, cycles=40 if quick else 120, interventions=turns)
    return figs


def _open(folder: Path, quick: bool) -> list[Figure]:
    from bench import engine

    return engine.open_long_journal(folder, runs=1 if quick else 3)


def _exports(folder: Path, quick: bool) -> list[Figure]:
    from bench import exports

    return exports.exports(folder, runs=1 if quick else 3)


def _countdown_and_day(folder: Path, quick: bool) -> list[Figure]:
    from bench import countdown, engine

    figs, naive_rate = countdown.real_turn(10.0 if quick else 60.0)
    return figs + engine.day_figures(engine.day_in_child(folder), naive_rate)


def _hosting(folder: Path, quick: bool) -> list[Figure]:
    from bench import hosting

    return hosting.sharing(folder) + hosting.copying(folder, 20_000 if quick else 100_000)


def _stations(folder: Path, quick: bool) -> list[Figure]:
    from bench import stations

    return stations.stations(folder, quick)


def _importing(folder: Path, quick: bool) -> list[Figure]:
    from bench import importing

    return importing.importing(runs=1 if quick else 3)


SECTIONS: dict[str, tuple[Section, str]] = {
    "cold-start": (_cold_start, "cold start to the first painted console"),
    "inscription": (_inscription, "inscribing the 195 States in six languages"),
    "live": (_live, "live actions with 500 and 5,000 turns in the log"),
    "open": (_open, "opening a 100,000-event meeting"),
    "exports": (_exports, "exporting a 1,000-intervention meeting"),
    "countdown": (_countdown_and_day, "countdown accuracy, a 12-hour day's drift and memory"),
    "hosting": (_hosting, "sharing a meeting: floorapp host, and copying a meeting there"),
    "stations": (_stations, "several stations on one meeting (local PostgreSQL)"),
    "import": (_importing, "proposing a programme from a pasted concept note"),
}


def run_section(key: str, folder: Path, quick: bool) -> list[Figure]:
    """Run one section in this process (the child side)."""
    from PySide6.QtWidgets import QApplication

    from bench.qt_refcount import keep_singletons_alive

    app = QApplication.instance() or QApplication(sys.argv[:1])
    guarded = keep_singletons_alive()
    section, title = SECTIONS[key]
    try:
        figures = section(folder, quick)
    except Exception as exc:  # report it as a figure not measured, with why
        traceback.print_exc()
        figures = [not_measured(title, "", f"{type(exc).__name__}: {exc}")]
    finally:
        del app
    if guarded:  # mark the figures that made Qt calls by the thousand
        mark = "measured with None kept alive (PySide6 None-refcount leak, see docs)"
        figures = [replace(f, note=f"{f.note}; {mark}" if f.note else mark)
                   if "console" in f.name or f.name.startswith("export") else f
                   for f in figures]
    return figures


def spawn_section(key: str, folder: Path, quick: bool) -> list[Figure]:
    """Run one section in a fresh process, so no section's state or crash reaches another."""
    out = folder / "figures.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", key, "--out", str(out)]
    done = subprocess.run(cmd + (["--quick"] if quick else []), cwd=ROOT, stderr=subprocess.PIPE,
                          text=True)
    sys.stderr.write(done.stderr)
    if done.returncode != 0 or not out.exists():
        lines = [ln for ln in done.stderr.splitlines()
                 if ln.strip() and not ln.startswith((" ", "Extension modules"))]
        fatal = [ln for ln in lines if ln.startswith("Fatal Python error")]
        why = f"the process ended with status {done.returncode}: {(fatal or lines or ['?'])[-1]}"
        return [not_measured(SECTIONS[key][1], "", why)]
    return [Figure(**{k: v for k, v in d.items() if k != "ratio"})
            for d in json.loads(out.read_text(encoding="utf-8"))]


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections, each in its own process; print the table, write results.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, a 10-s real turn")
    parser.add_argument("--only", nargs="+", choices=sorted(SECTIONS), help="sections to run")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--child", choices=sorted(SECTIONS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        with tempfile.TemporaryDirectory(prefix=f"floor-bench-{args.child}-") as tmp:
            figures = run_section(args.child, Path(tmp), args.quick)
        args.out.write_text(json.dumps([f.to_json() for f in figures]), encoding="utf-8")
        return 0
    figures: list[Figure] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="floor-bench-") as tmp:
        for key in [k for k in SECTIONS if k in (args.only or SECTIONS)]:
            print(f"== {SECTIONS[key][1]} ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            folder = Path(tmp) / key
            folder.mkdir()
            figures += spawn_section(key, folder, args.quick)
            print(f"   {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    print(table(figures))
    print("\nThe podium's speed goals (bench/goals.py), the worst figure of this run for each:\n")
    print(goals_table(figures))
    args.out.write_text(json.dumps([f.to_json() for f in figures], indent=2,
                                   ensure_ascii=False) + "\n", encoding="utf-8")
    where = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {'quick' if args.quick else 'full'} run "
          f"in {time.perf_counter() - started:.0f} s; Python {platform.python_version()}, "
          f"PySide6 {pyside_version()}, {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs; wrote {where}")
    return 0


def pyside_version() -> str:
    """The Qt binding's version (figures depend on it)."""
    import PySide6

    return str(PySide6.__version__)


if __name__ == "__main__":
    sys.exit(main())

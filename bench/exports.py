"""Export figures: a 1,000-intervention meeting to .docx, PDF and CSV.

Each export is timed from the live state to the file on disk (the record
snapshot, the document's composition and the writing). Each baseline writes
the same interventions in the plainest way with the same library: one
paragraph (or row) per intervention, no composition.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from pathlib import Path

from bench.figures import Figure, median
from floorapp.core.log import LogEntry
from floorapp.service import FloorService

INTERVENTIONS = 1000


def large_meeting() -> FloorService:
    """An in-memory meeting of 1,000 interventions (the export module's own builder)."""
    try:
        from floorapp.export.sample_meeting import build_large_meeting

        return build_large_meeting(None, INTERVENTIONS)
    except ImportError:
        from bench.meeting import START, memory_meeting, simulate
        from floorapp.core.clock import FakeClock

        svc = memory_meeting(FakeClock(START))
        simulate(svc, svc.clock, interventions=INTERVENTIONS)  # type: ignore[arg-type]
        return svc


def _timed(runs: int, work: Callable[[int], None]) -> float:
    times = []
    for k in range(runs):
        t0 = time.perf_counter()
        work(k)
        times.append(time.perf_counter() - t0)
    return median(times)


def _plain_lines(entries: list[LogEntry]) -> list[str]:
    return [f"{e.name} ({e.start:%H:%M}, {round(e.spoken)} s): {'; '.join(e.notes)}"
            for e in entries]


#: (format, languages) timed: the Summary in the three scripts whose text layer costs
#: most (Latin, Arabic, Chinese), the attributed record in English (its PDF in all three).
TIMED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("summary-docx", ("en", "ar", "zh")),
    ("summary-pdf", ("en", "ar", "zh")),
    ("record-docx", ("en",)),
    ("record-pdf", ("en", "ar", "zh")),
)
TITLES = {"summary-docx": "export .docx (President's Summary draft)",
          "summary-pdf": "export PDF (President's Summary draft)",
          "record-docx": "export .docx (attributed record)",
          "record-pdf": "export PDF (attributed record)"}


def exports(folder: Path, runs: int) -> list[Figure]:
    """Time every Summary and record export, the CSV log, and their plain baselines.

    Each export is timed from the live state to the file on disk (snapshot,
    composition, writing, and for PDFs the text-layer repair), as ``floorapp export``
    does it.
    """
    import docx
    from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

    from floorapp.export.formats import export
    from floorapp.export.log_export import log_snapshot, write_csv

    app = QGuiApplication.instance() or QGuiApplication([])
    svc = large_meeting()
    state = svc.state
    n = len(svc.log())
    timed: dict[tuple[str, str], float] = {}
    for fmt, langs in TIMED:
        suffix = ".pdf" if fmt.endswith("pdf") else ".docx"
        for lang in langs:
            export(svc, fmt, lang, folder / f"warm{suffix}")  # fonts loaded once per process
            timed[fmt, lang] = _timed(runs, lambda k, f=fmt, x=lang, sx=suffix: export(
                svc, f, x, folder / f"{f}-{x}-{k}{sx}"))
    csv_s = _timed(runs, lambda k: write_csv(log_snapshot(state, svc.log()), "en",
                                             folder / f"log-{k}.csv"))

    def plain_docx(k: int) -> None:
        d = docx.Document()
        for line in _plain_lines(svc.log()):
            d.add_paragraph(line)
        d.save(str(folder / f"plain-{k}.docx"))

    def plain_pdf(k: int) -> None:
        writer = QPdfWriter(str(folder / f"plain-{k}.pdf"))
        qdoc = QTextDocument()
        qdoc.setPlainText("\n".join(_plain_lines(svc.log())))
        qdoc.print_(writer)

    def plain_csv(k: int) -> None:
        with open(folder / f"plain-{k}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            for e in svc.log():
                w.writerow([e.intervention_id, e.segment_id, e.name, e.kind.value,
                            e.start.isoformat(), e.end.isoformat() if e.end else "",
                            round(e.spoken), round(e.allotted), " | ".join(e.notes)])

    base = {".docx": _timed(runs, plain_docx), ".pdf": _timed(runs, plain_pdf)}
    base_csv = _timed(runs, plain_csv)
    del app
    note = f"{n:,} interventions; median of {runs}"
    figures = []
    for (fmt, lang), seconds in timed.items():
        suffix = ".pdf" if fmt.endswith("pdf") else ".docx"
        size = (folder / f"{fmt}-{lang}-0{suffix}").stat().st_size // 1024
        name = TITLES[fmt] if lang == "en" else f"↳ {TITLES[fmt]} in {lang}"
        baseline = ("python-docx, one plain paragraph per intervention" if suffix == ".docx"
                    else "QTextDocument plain text printed by QPdfWriter")
        figures.append(Figure(name, seconds, "s", baseline, base[suffix],
                              f"{note}; {size} KiB"))
    size = (folder / "log-0.csv").stat().st_size // 1024
    figures.append(Figure("export CSV (intervention log)", csv_s, "s",
                          "stdlib csv.writer, raw log fields", base_csv, f"{note}; {size} KiB"))
    return figures

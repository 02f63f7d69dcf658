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


def exports(folder: Path, runs: int) -> list[Figure]:
    """Time the three exports and their plain baselines."""
    import docx
    from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

    from floorapp.export.compose import summary_document
    from floorapp.export.docx_writer import write_docx
    from floorapp.export.log_export import log_snapshot, write_csv
    from floorapp.export.pdf_writer import write_pdf
    from floorapp.export.record import build_summary

    app = QGuiApplication.instance() or QGuiApplication([])
    svc = large_meeting()
    state = svc.state
    entries = svc.log()
    n = len(entries)

    def summary(lang: str = "en") -> object:
        return summary_document(build_summary(state, svc.log()), lang)

    docx_s = _timed(runs, lambda k: write_docx(summary(), folder / f"summary-{k}.docx"))
    pdf_s = _timed(runs, lambda k: write_pdf(summary(), folder / f"summary-{k}.pdf"))
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

    base_docx = _timed(runs, plain_docx)
    base_pdf = _timed(runs, plain_pdf)
    base_csv = _timed(runs, plain_csv)
    sizes = {ext: (folder / f"{stem}-0.{ext}").stat().st_size // 1024
             for stem, ext in (("summary", "docx"), ("summary", "pdf"), ("log", "csv"))}
    del app
    note = f"{n:,} interventions; median of {runs}"
    return [
        Figure("export .docx (President's Summary draft)", docx_s, "s",
               "python-docx, one plain paragraph per intervention", base_docx,
               f"{note}; {sizes['docx']} KiB"),
        Figure("export PDF (President's Summary draft)", pdf_s, "s",
               "QTextDocument plain text printed by QPdfWriter", base_pdf,
               f"{note}; {sizes['pdf']} KiB"),
        Figure("export CSV (intervention log)", csv_s, "s",
               "stdlib csv.writer, raw log fields", base_csv, f"{note}; {sizes['csv']} KiB"),
    ]

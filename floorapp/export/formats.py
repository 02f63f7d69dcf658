"""Every export format, in two steps: *prepare* a snapshot, then *render* it to a file.

``prepare`` reads the service and must run where the service lives (the GUI thread);
it is quick and returns frozen data. ``render`` touches neither the service nor any
widget, so it can run on a worker thread; it writes to a temporary file next to the
target and renames it, so a failed export never leaves half a file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from floorapp.core.categories import LANGUAGES
from floorapp.export.strings import Strings, UnknownLanguage
from floorapp.service import FloorService

if TYPE_CHECKING:  # the writers are imported when used: the console starts without them
    from floorapp.export.log_export import LogSnapshot
    from floorapp.export.record import SummaryData
    from floorapp.export.speakers_list import SpeakersSnapshot

Progress = Callable[[int], None]


class UnknownFormat(ValueError):
    """A format name that is not one of :data:`FORMATS`."""


@dataclass(frozen=True)
class ExportFormat:
    """One kind of export file."""

    name: str  # the --format value
    suffix: str
    title: str  # for menus, in English (the GUI translates it)
    needs_qt: bool
    prepare: Callable[[FloorService, str | None], Any]
    render: Callable[[Any, str, Path, Progress | None], None]

    @property
    def document(self) -> str:
        """What it holds, in a file name: "summary", "record", "speakers" or "log"."""
        return self.name.split("-")[0] if "-" in self.name else "log"


@dataclass(frozen=True)
class PreparedExport:
    """A snapshot ready to render: safe to hand to another thread."""

    format: ExportFormat
    lang: str
    data: Any


def _summary(svc: FloorService, _segment: str | None) -> SummaryData:
    from floorapp.export.record import build_summary

    return build_summary(svc.state, svc.log())


def _log(svc: FloorService, segment: str | None) -> LogSnapshot:
    from floorapp.export.log_export import log_snapshot

    return log_snapshot(svc.state, svc.log(segment))


def _speakers(svc: FloorService, segment: str | None) -> SpeakersSnapshot:
    from floorapp.export.speakers_list import speakers_snapshot

    return speakers_snapshot(svc.state, svc.log(), svc.now(), segment)


def _render_summary_docx(data: SummaryData, lang: str, path: Path, p: Progress | None) -> None:
    from floorapp.export.docx_writer import write_docx
    from floorapp.export.draft import summary_document

    write_docx(summary_document(data, lang), path, p)


def _render_summary_pdf(data: SummaryData, lang: str, path: Path, p: Progress | None) -> None:
    from floorapp.export.draft import summary_document
    from floorapp.export.pdf_writer import write_pdf

    write_pdf(summary_document(data, lang), path, p, footer=Strings(lang)("page"))


def _render_record_docx(data: SummaryData, lang: str, path: Path, p: Progress | None) -> None:
    from floorapp.export.compose import record_document
    from floorapp.export.docx_writer import write_docx

    write_docx(record_document(data, lang), path, p)


def _render_record_pdf(data: SummaryData, lang: str, path: Path, p: Progress | None) -> None:
    from floorapp.export.compose import record_document
    from floorapp.export.pdf_writer import write_pdf

    write_pdf(record_document(data, lang), path, p, footer=Strings(lang)("page"))


def _render_speakers_pdf(data: SpeakersSnapshot, lang: str, path: Path,
                         p: Progress | None) -> None:
    from floorapp.export.pdf_writer import write_pdf
    from floorapp.export.speakers_list import speakers_document

    write_pdf(speakers_document(data, lang), path, p, footer=Strings(lang)("page"))


def _render_csv(data: LogSnapshot, lang: str, path: Path, _p: Progress | None) -> None:
    from floorapp.export.log_export import write_csv

    write_csv(data, lang, path)


def _render_json(data: LogSnapshot, _lang: str, path: Path, _p: Progress | None) -> None:
    from floorapp.export.log_export import write_json

    write_json(data, path)


def _render_md(data: LogSnapshot, lang: str, path: Path, _p: Progress | None) -> None:
    from floorapp.export.log_export import write_markdown as _write_md

    _write_md(data, lang, path)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("summary-docx", ".docx", "President's Summary (Word)", False, _summary,
                     _render_summary_docx),
        ExportFormat("summary-pdf", ".pdf", "President's Summary (PDF)", True, _summary,
                     _render_summary_pdf),
        ExportFormat("record-docx", ".docx", "Attributed record (Word)", False, _summary,
                     _render_record_docx),
        ExportFormat("record-pdf", ".pdf", "Attributed record (PDF)", True, _summary,
                     _render_record_pdf),
        ExportFormat("csv", ".csv", "Log (CSV spreadsheet)", False, _log, _render_csv),
        ExportFormat("json", ".json", "Log (JSON)", False, _log, _render_json),
        ExportFormat("md", ".md", "Log (Markdown)", False, _log, _render_md),
        ExportFormat("speakers-pdf", ".pdf", "List of speakers (PDF)", True, _speakers,
                     _render_speakers_pdf),
    )
}


def export_format(name: str) -> ExportFormat:
    """The format called ``name``; UnknownFormat otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UnknownFormat(
            f"Unknown format '{name}'; use one of {', '.join(FORMATS)}.") from None


def check_language(lang: str) -> str:
    """``lang`` if it is one of the six official languages; UnknownLanguage otherwise."""
    if lang not in LANGUAGES:
        raise UnknownLanguage(f"Unknown language '{lang}'; use one of {', '.join(LANGUAGES)}.")
    return lang


def prepare(service: FloorService, fmt: str, lang: str,
            segment: str | None = None) -> PreparedExport:
    """Take the snapshot an export needs (on the service's thread)."""
    f = export_format(fmt)
    return PreparedExport(f, check_language(lang), f.prepare(service, segment))


def render(prepared: PreparedExport, path: str | os.PathLike[str],
           progress: Progress | None = None) -> Path:
    """Write a prepared export to ``path`` (replaced only once complete); returns the path."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        prepared.format.render(prepared.data, prepared.lang, tmp, progress)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def export(service: FloorService, fmt: str, lang: str, path: str | os.PathLike[str],
           segment: str | None = None, progress: Progress | None = None) -> Path:
    """Prepare and render in one call (CLI, scripts, tests)."""
    return render(prepare(service, fmt, lang, segment), path, progress)

"""The intervention log as CSV (safe in a spreadsheet), JSON (docs/log-format.md) and Markdown.

CSV: UTF-8 with a byte-order mark so that Excel reads Arabic and Chinese; every cell
that a spreadsheet could take for a formula (starting with = + - @, a tab or a
carriage return, after any spaces) gets a leading single quote. Headers and names
are in the chosen language; notes stay as typed.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from floorapp.core.log import LogEntry
from floorapp.core.record_fields import record_flag, record_language
from floorapp.core.state import FloorState
from floorapp.export.names import behalf_named, named
from floorapp.export.strings import Strings, speaker_line

SCHEMA = "floorapp.log/1"
#: First characters that make a spreadsheet cell a formula (or DDE), ASCII and full-width.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


@dataclass(frozen=True)
class LogSnapshot:
    """What the log exports need, taken on the caller's thread."""

    title: str
    date: date
    timezone: str
    entries: tuple[LogEntry, ...]
    rows: tuple[dict[str, Any], ...]  # per entry: names and record fields resolved


def log_snapshot(state: FloorState, entries: Sequence[LogEntry]) -> LogSnapshot:
    """Freeze the log and the names it needs (safe to hand to another thread)."""
    p = state.programme
    if p is None:
        raise ValueError("The meeting has no programme.")
    rows = []
    for e in entries:
        rows.append({
            "speaker": named(state, e.participant_id),
            "behalf": behalf_named(state, e.on_behalf_of),
            "delivered_by": named(state, e.delivered_by) if e.delivered_by else None,
            "segment_title": _segment_title(state, e.segment_id),
        })
    return LogSnapshot(p.title, p.date, p.timezone, tuple(entries), tuple(rows))


def _segment_title(state: FloorState, sid: str) -> str:
    try:
        return state.programme.segment(sid).title if state.programme else sid
    except KeyError:
        return sid


def safe_cell(value: object) -> str:
    """A cell no spreadsheet will evaluate: formula-like text gets a leading quote."""
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_rows(snap: LogSnapshot, lang: str) -> Iterable[list[str]]:
    """Header and one row per intervention, already made safe."""
    s = Strings(lang)
    keys = ("col_id", "col_segment", "col_speaker_id", "col_speaker", "col_category",
            "col_kind", "col_behalf", "col_delivered", "col_start", "col_end", "col_spoken",
            "col_limit", "col_over", "col_language", "col_written", "col_video", "col_themes",
            "col_notes", "col_announcements")
    yield [safe_cell(s(k)) for k in keys]
    for e, row in zip(snap.entries, snap.rows, strict=True):
        delivered = row["delivered_by"]
        announcements = [
            a["text"] + (f" ({s.amount(a['amount'], a['currency'])})"
                         if a.get("amount") is not None else "")
            for a in e.announcements
        ]
        values = [
            e.intervention_id, row["segment_title"], e.participant_id,
            row["speaker"].name(lang), s.category(e.category), s.kind(e.kind.value),
            row["behalf"].name(lang) if row["behalf"] else "",
            delivered.name(lang) if delivered else "",
            e.start.isoformat(timespec="seconds"),
            e.end.isoformat(timespec="seconds") if e.end else "",
            f"{e.spoken:.0f}", f"{e.allotted:.0f}", f"{e.overrun:.0f}",
            s.language(record_language(e.record)),
            s.yes_no(record_flag(e.record, "written_statement")),
            s.yes_no(record_flag(e.record, "video")),
            "; ".join(e.themes), "\n".join(e.notes), "\n".join(announcements),
        ]
        yield [safe_cell(v) for v in values]


def write_csv(snap: LogSnapshot, lang: str, path: Path) -> None:
    """The log as a spreadsheet-safe CSV (UTF-8 with BOM, CRLF rows)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerows(csv_rows(snap, lang))


def log_json(snap: LogSnapshot) -> dict[str, Any]:
    """The log in the documented JSON shape (docs/log-format.md)."""
    return {
        "schema": SCHEMA,
        "meeting": snap.title,
        "date": snap.date.isoformat(),
        "interventions": [e.to_json() for e in snap.entries],
    }


def write_json(snap: LogSnapshot, path: Path) -> None:
    """The log as JSON (UTF-8, not ASCII-escaped, indented)."""
    with path.open("w", encoding="utf-8") as fh:
        json.dump(log_json(snap), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def md_escape(text: str) -> str:
    """Text safe inside a Markdown table cell or list item (no HTML, no table breaks)."""
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    for ch in "*_`[]#":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split("\n"))


def markdown(snap: LogSnapshot, lang: str) -> str:
    """The log as Markdown: a table per segment, then the key points."""
    s = Strings(lang)
    out = [f"# {md_escape(snap.title)}", "", md_escape(s.date(snap.date, weekday=True)), ""]
    segments: dict[str, list[int]] = {}
    for i, e in enumerate(snap.entries):
        segments.setdefault(e.segment_id, []).append(i)
    header = (s("col_no"), s("col_speaker"), s("col_time"), s("col_spoken"), s("col_limit"),
              s("col_over"), s("col_language"))
    for indexes in segments.values():
        out += [f"## {md_escape(snap.rows[indexes[0]]['segment_title'])}", ""]
        out.append("| " + " | ".join(md_escape(h) for h in header) + " |")
        out.append("|" + "---|" * len(header))
        notes: list[str] = []
        for n, i in enumerate(indexes, 1):
            e, row = snap.entries[i], snap.rows[i]
            who = speaker_line(s, row["speaker"], row["behalf"], row["delivered_by"])
            cells = (str(n), who, s.clock(e.start, snap.timezone), s.duration(e.spoken),
                     s.duration(e.allotted), s.duration(e.overrun) if e.overrun >= 1 else "",
                     s.language(record_language(e.record)))
            out.append("| " + " | ".join(md_escape(c) for c in cells) + " |")
            notes += [f"- **{md_escape(row['speaker'].name(lang))}**{md_escape(s('label_sep'))}"
                      f"{md_escape(t)}" for t in e.notes]
        if notes:
            out += ["", f"### {md_escape(s('key_points'))}", "", *notes]
        out.append("")
    return "\n".join(out)


def write_markdown(snap: LogSnapshot, lang: str, path: Path) -> None:
    """The log as a Markdown file."""
    path.write_text(markdown(snap, lang), encoding="utf-8")

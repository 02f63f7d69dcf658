"""The list of speakers of one segment, printed for the chair.

Who has the floor, who waits, who was called while absent, who was already heard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from floorapp.core.commands import limit_key
from floorapp.core.log import LogEntry
from floorapp.core.state import FloorState
from floorapp.core.turn import FloorRequest
from floorapp.export.blocks import BlockKind, Document
from floorapp.export.names import Named, behalf_named, named
from floorapp.export.strings import Strings, speaker_line


@dataclass(frozen=True)
class ListedSpeaker:
    """One line of the list: a request waiting or set aside, or a turn already taken."""

    speaker: Named
    on_behalf_of: Named | None
    delivered_by: Named | None
    kind: str
    at: datetime  # requested at (waiting, absent) or started at (heard, speaking)
    limit: float  # seconds
    spoken: float = 0.0


@dataclass(frozen=True)
class SpeakersSnapshot:
    """A segment's list as of one instant (safe to hand to another thread)."""

    segment_id: str
    title: str
    start: str
    end: str
    timezone: str
    closed: bool
    now: datetime
    speaking: ListedSpeaker | None
    waiting: tuple[ListedSpeaker, ...]
    absent: tuple[ListedSpeaker, ...]
    heard: tuple[ListedSpeaker, ...]


def _request(state: FloorState, req: FloorRequest) -> ListedSpeaker:
    key = limit_key(state, req.participant_id, req.kind, req.segment_id)
    return ListedSpeaker(
        named(state, req.participant_id), behalf_named(state, req.on_behalf_of),
        named(state, req.delivered_by) if req.delivered_by else None, req.kind.value,
        req.requested_at, float(state.live_limit(req.segment_id, key)))


def _heard(state: FloorState, e: LogEntry) -> ListedSpeaker:
    return ListedSpeaker(
        named(state, e.participant_id), behalf_named(state, e.on_behalf_of),
        named(state, e.delivered_by) if e.delivered_by else None, e.kind.value, e.start,
        e.allotted, e.spoken)


def speakers_snapshot(
    state: FloorState, entries: list[LogEntry], now: datetime, segment: str | None = None
) -> SpeakersSnapshot:
    """The list of ``segment`` (the current one by default); KeyError if there is none."""
    sid = segment or state.current_segment
    if sid is None or state.programme is None:
        raise KeyError("No segment is open: name one with --segment")
    try:
        seg = state.programme.segment(sid)
    except KeyError:
        raise KeyError(f"The programme has no segment '{sid}'") from None
    lst = state.lists.get(sid)
    done = [e for e in entries if e.segment_id == sid]
    live = [e for e in done if e.end is None]
    return SpeakersSnapshot(
        segment_id=sid, title=seg.title, start=Strings.clock(seg.start),
        end=Strings.clock(seg.end), timezone=state.programme.timezone,
        closed=bool(lst and lst.closed), now=now,
        speaking=_heard(state, live[-1]) if live else None,
        waiting=tuple(_request(state, r) for r in state.waiting(sid)),
        absent=tuple(_request(state, r) for r in state.absent(sid)),
        heard=tuple(_heard(state, e) for e in done if e.end is not None),
    )


def _line(s: Strings, x: ListedSpeaker) -> str:
    line = speaker_line(s, x.speaker, x.on_behalf_of, x.delivered_by)
    if x.kind not in ("statement", "group"):
        line = s("extras", text=line, extras=s.kind(x.kind))
    return line


def speakers_document(snap: SpeakersSnapshot, lang: str) -> Document:
    """The printable list of speakers in ``lang``."""
    s = Strings(lang)
    doc = Document(lang, f"{s('list_of_speakers')} — {snap.title}", s.rtl, scale=1.25)
    doc.add(BlockKind.TITLE, s("list_of_speakers"))
    when = s("segment_time", start=snap.start, end=snap.end)
    doc.add(BlockKind.SUBTITLE, s("extras", text=snap.title, extras=when))
    local = snap.now.astimezone(ZoneInfo(snap.timezone))
    doc.add(BlockKind.NOTE, s("printed_at", date=s.date(local.date()), time=s.clock(local)))
    doc.add(BlockKind.PARAGRAPH, s("list_closed") if snap.closed else s("list_open"))
    if snap.speaking is not None:
        doc.heading(2, s("has_floor"))
        x = snap.speaking
        clock = f"{s.duration(x.spoken)} / {s.duration(x.limit)}"
        doc.add(BlockKind.PARAGRAPH, s("extras", text=_line(s, x), extras=clock))
    doc.heading(2, s("waiting"))
    header = (s("col_no"), s("col_speaker"), s("col_limit"), s("col_requested"))
    if snap.waiting:
        doc.table(header, [(str(k), _line(s, x), s.duration(x.limit),
                            s.clock(x.at, snap.timezone))
                           for k, x in enumerate(snap.waiting, 1)], (1, 9, 2, 2))
    else:
        doc.add(BlockKind.PARAGRAPH, s("no_waiting"))
    if snap.absent:
        doc.heading(2, s("absent"))
        doc.table(header, [(str(k), _line(s, x), s.duration(x.limit),
                            s.clock(x.at, snap.timezone))
                           for k, x in enumerate(snap.absent, 1)], (1, 9, 2, 2))
    doc.heading(2, s("heard"))
    if snap.heard:
        doc.table((s("col_no"), s("col_speaker"), s("col_time"), s("col_spoken"),
                   s("col_limit")),
                  [(str(k), _line(s, x), s.clock(x.at, snap.timezone), s.duration(x.spoken),
                    s.duration(x.limit)) for k, x in enumerate(snap.heard, 1)],
                  (1, 9, 2, 2, 2))
    else:
        doc.add(BlockKind.PARAGRAPH, s("nobody_heard"))
    return doc

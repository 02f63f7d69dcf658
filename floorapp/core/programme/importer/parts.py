"""A part's heading above the one item it holds: "Session I: Introduction and refresher on …"
over "9:30 – 11:00" over "Content and objectives of the programme" (then a break, then
"Session II: …"): the item is the part, titled by its heading; what is written below its
hours goes to its description."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.items import drop_overview, drop_umbrellas
from floorapp.core.programme.importer.layout import untitled_range
from floorapp.core.programme.importer.proposal import Found, ProposedSegment
from floorapp.core.programme.importer.reading import Reading

#: A part's heading alone on its line: "Session I: Introduction …", "Panel 2 – Financing …".
_PART_HEADING = re.compile(r"(?im)^[ \t]*(?P<h>(?:session|panel|part|segment|module|séance|"
                           r"sesión|sesion)\s+(?:[IVX]{1,5}|\d{1,2})[a-z]?\s*[:.–—-]\s*"
                           r"[^\W\d_][^\n]{2,200}?)[ \t]*$")


def _over_hours(text: str, end: int) -> bool:
    """Whether the next line written after ``end`` holds hours and no title."""
    below = re.match(r"[ \t]*\n(?:[ \t\xa0]*\n)*(?P<l>[^\n]*)", text[end:])
    return below is not None and untitled_range(below.group("l"))


def title_parts(segments: list[ProposedSegment], text: str) -> None:
    """Each part heading over the hours of the one item (breaks aside) before the next
    heading titles that item, when its own title was written below its hours."""
    titles = [s.title.span for s in segments]
    heads = list(_PART_HEADING.finditer(text))
    for k, m in enumerate(heads):
        if not _over_hours(text, m.end()) or any(a < m.end("h") and m.start("h") < b
                                                 for a, b in titles):
            continue  # (not an item's title below its hours: "3:00 pm - 6:00 pm" / "Panel 2 -
            # Mitigation …" / "6:00 pm - 6:15 pm"; nor a heading already its item's title)
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        inside = sorted((s for s in segments if m.end() < s.start.span[0] < end),
                        key=lambda s: s.start.span[0])
        items = [s for s in inside if s.kind != "break"]
        if len(items) != 1 or inside[0] is not items[0] or \
                items[0].title.span[0] < items[0].start.span[1] + 1:
            continue
        item = items[0]
        if item.title.value:
            item.description.insert(0, item.title.value)
        item.title = Found(m.group("h").strip(), m.span("h"))


def settle_blocks(r: Reading, text: str) -> None:
    """The items as blocks hold them: an overview of the day dropped, a block's hours taken
    for the meeting's, a part's heading given to the one item it holds."""
    drop_overview(r, text)
    drop_umbrellas(r, text)
    title_parts(r.segments, text)

"""Event lists: each event's title, then "When: 11 October, 9:15-11:30 EST", then
"Where: …", the way a page lists the events of a day (UNGEI's, UNICEF's)."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import find_ranges
from floorapp.core.programme.importer.layout import titled_line

#: "When:", "Quand :", "Cuándo:": the line that gives an event's hours.
WHEN = re.compile(r"\s*(?:when|quand|cuándo)\s*:", re.IGNORECASE)


def when_items(texts: list[str]) -> bool:
    """Whether the text lists events so: two "When: … 9:15-11:30" lines or more, each under
    a line of text (its event's title)."""
    return sum(1 for i, t in enumerate(texts) if i and WHEN.match(t) and find_ranges(t) and
               titled_line(texts[i - 1])) >= 2

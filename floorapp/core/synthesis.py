"""The President's Summary's synthesis: the paragraphs the secretary keeps, per theme.

The Summary proposes one unattributed paragraph per theme of each segment (and one
for a segment's untagged points); the secretary rewrites it and keeps the result.
A kept paragraph is journaled (``synthesis_kept``) for one language and one *key*,
``"SEGMENT/THEME"`` (``"SEGMENT/"`` for the untagged points, ``"SEGMENT/#intro"``
for the segment's opening paragraph), so a re-export shows it again. Keeping an
empty text gives the paragraph back to the proposal.
"""

from __future__ import annotations

from floorapp.core import events as ev
from floorapp.core.categories import LANGUAGES
from floorapp.core.events import Draft
from floorapp.core.floor import Floor, Refused
from floorapp.core.state import FloorState

#: The key suffix of a segment's opening paragraph (before its themes).
INTRO = "#intro"
#: Longest paragraph kept (far beyond any Summary's paragraph).
MAX_CHARS = 20_000


def synthesis_key(segment_id: str, theme_id: str = "") -> str:
    """The key of a segment's paragraph on a theme ("" for untagged points)."""
    return f"{segment_id}/{theme_id}"


def split_key(key: str) -> tuple[str, str]:
    """``(segment_id, theme_id)`` of a key."""
    segment, _, theme = key.partition("/")
    return segment, theme


def known_keys(s: FloorState) -> set[str]:
    """Every key the programme allows: each segment's themes, untagged points, intro."""
    if s.programme is None:
        return set()
    out: set[str] = set()
    for seg in s.programme.segments:
        out |= {synthesis_key(seg.id), synthesis_key(seg.id, INTRO)}
        out |= {synthesis_key(seg.id, t.id) for t in seg.themes}
    return out


def keep_synthesis(floor: Floor, key: str, lang: str, text: str) -> list[Draft]:
    """Keep the secretary's text of a paragraph in ``lang`` ("" returns it to the proposal)."""
    s = floor.state
    if lang not in LANGUAGES:
        raise Refused(f"Unknown language '{lang}'; use one of {', '.join(LANGUAGES)}.")
    if key not in known_keys(s):
        segment, theme = split_key(key)
        raise Refused(f"The programme has no theme '{theme}' in a segment '{segment}'.")
    cleaned = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if len(cleaned) > MAX_CHARS:
        raise Refused(f"A paragraph of the synthesis is at most {MAX_CHARS:,} characters.")
    if s.synthesis.get(lang, {}).get(key, "") == cleaned:
        raise Refused("The paragraph already reads so.")
    return [Draft(ev.SYNTHESIS_KEPT, {"key": key, "lang": lang, "text": cleaned})]

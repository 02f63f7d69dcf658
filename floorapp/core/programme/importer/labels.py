"""Labels in a programme's lines: "Moderator:", "Panellists", "Hosted by Jane Smith", and the
other labels ("Objectives:") that open a line of their own."""

from __future__ import annotations

import re
from collections.abc import Callable

from floorapp.core.programme.importer.words import LABELS, OTHER_LABELS

_WORDS = sorted(((w, k) for k, ws in LABELS.items() for w in ws), key=lambda x: -len(x[0]))
_LABEL_COLON = re.compile(
    r"^\s*(?:[•*·\-–]\s*)?(?P<w>" + "|".join(re.escape(w) for w, _ in _WORDS) + r")(?:s|\(s\))?"
    r"\s*[:：]\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)  # "Speaker(s):"
_LABEL_BARE = re.compile(
    r"^\s*(?:[•*·\-–]\s*)?(?P<w>" + "|".join(re.escape(w) for w, _ in _WORDS) + r")s?"
    r"(?:\s*$|\s+(?=(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Sr\.?|Sra\.?|Mme|M\.)\s))"
    r"(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
#: "Hosted by Jane Smith, UNDP", "Moderado por Ana Ruiz": a label ending in "by" and a name.
_LABEL_BY = re.compile(
    r"^\s*(?:[•*·\-–]\s*)?(?P<w>" + "|".join(re.escape(w) for w, _ in _WORDS
                                              if w.endswith((" by", " par", " por"))) + r")"
    r"\s+(?=(?-i:[A-ZÀ-Ý][\w'’.-]+\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-Ý]))(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
OTHER_LABEL = re.compile(r"^\s*(?:[•*·\-–]\s*)?(?:" + "|".join(re.escape(w) for w in OTHER_LABELS) +
                          r")s?\s*:", re.IGNORECASE)
_KIND_OF = {w: k for w, k in _WORDS}


def label_of(text: str) -> tuple[str, str, int] | None:
    """(label kind, the rest of the line, the rest's offset) for a labelled line."""
    m = _LABEL_COLON.match(text) or _LABEL_BARE.match(text) or _LABEL_BY.match(text)
    if m is None:
        return None
    return _KIND_OF[m.group("w").lower()], m.group("rest"), m.start("rest")


def bare_people_label(text: str) -> tuple[str, str, int] | None:
    """ "Moderators" alone on its line, no colon: a label of the people listed below it (under
    a time, before the item's title); None for anything else."""
    lab = label_of(text)
    if lab is None or lab[1].strip() or ":" in text or lab[0] not in (
            "chair", "moderator", "panellist"):
        return None
    return lab


def people_label(cell: str) -> tuple[str, str, int] | None:
    """A table cell that names people under a label ("Moderator: Ms. X"), or None."""
    lab = label_of(cell)
    return lab if lab is not None and lab[0] in (
        "chair", "moderator", "panellist", "keynote", "speaker") and lab[1].strip() else None


#: "Session II Allocation of Resources Moderator:Patrick Blagden (GICHD)": a people's label
#: after the title, on the title's line (a capital, a colon, one label; not "Report from the
#: Chair: Accomplishments …" or "Opening Keynotes: …", a title's own words)
_INSIDE = re.compile(r"(?<=[a-z\d)])(?<!\bthe)(?<!\bfrom)(?<!\bof)(?<!\bby)(?<!Meeting)\s+"
                     r"(?=(?:Moderat|Chair|Co-?[Cc]hair|Facilitat|Panel+ist|Panelist|Speaker|"
                     r"Interviewer|Lead)"
                     r"[a-z]*\s*:\s*\S)")


def label_inside(title: str, names: Callable[[str], bool]) -> tuple[str, str, str] | None:
    """(the title before it, label kind, the people named) for one label after the title,
    when what follows it reads as names (``names``)."""
    m = _INSIDE.search(title, 8)
    lab = people_label(title[m.end():]) if m else None
    if m is None or lab is None or not names(lab[1].strip()) or _INSIDE.search(lab[1]):
        return None
    return title[:m.start()], lab[0], lab[1]


#: A media advisory's field label in capitals, no colon, then the field on the same line:
#: "EVENT Launch of the 2019 Global AIDS Update", "WHERE     Central Munich, Germany" (not a
#: heading in capitals: "EVENT RECORDINGS").
_CAPS_LABEL = re.compile(r"(?m)^([ \t]*(?:EVENT|WHAT|WHERE|VENUE|LOCATION|PLACE|TITLE))[ \t]"
                         r"(?=[ \t]*[A-Z0-9][^\n]*[a-z])")


def caps_labels(text: str) -> str:
    """The text with a colon after each label in capitals written without one ("EVENT X" ->
    "EVENT:X"), the same length, so every offset still points into the text as written."""
    return _CAPS_LABEL.sub(r"\1:", text)

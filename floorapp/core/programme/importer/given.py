"""Given names, to tell a name written after an item's title with no honorific and no mark
("1. Welcome Nik Lopoukhine") from the title's own last words. The list is bundled in
``resources/names/given_names.txt`` (its sources in ``SOURCES.md`` beside it)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from floorapp.core.programme.importer.words import CITIES
from floorapp.resources_paths import resource


@cache
def _given_names() -> frozenset[str]:
    try:
        return frozenset(resource("names", "given_names.txt").read_text("utf-8").split())
    except OSError:  # an install without the list: no name is found this way
        return frozenset()


@cache
def _folded() -> frozenset[str]:
    """The list without accents: "Jose" for "José", "Jorn" for "Jörn"."""
    return frozenset(_fold(n) for n in _given_names())


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def is_given_name(word: str) -> bool:
    """ "Nik", "Jean-Claude", "António", "Jose", "Joern": a given name (a hyphenated one by its
    first part), written with or without its accents, or with "oe" for "ö"."""
    first = word.split("-")[0] if "-" in word else word
    return first in _given_names() or first.isascii() and len(first) > 2 and (
        first in _folded() or re.sub(r"(?<=\w)([aou])e", r"\1", first) in _folded())


def ends_with_name(text: str) -> bool:
    """ "… Opening Comments Jean-Claude Dardelet": the text's last words are a given name and
    a family name (with one more name or a particle between them)."""
    words = text.split()
    return any(len(words) > n and is_given_name(words[-n]) and
               re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?", words[-1]) is not None
               for n in (2, 3))


def before_name(text: str) -> str | None:
    """ "Opening Karen Ellemann": what comes before the name the text ends with, or None."""
    words = text.split()
    n = next((n for n in (2, 3) if len(words) > n and ends_with_name(" ".join(words[-n - 1:]))
              and is_given_name(words[-n])), 0)
    before = words[:-n]  # (not after "by", "Mr", "Ambassador", "H.E.", nor a longer name's part)
    return " ".join(before) if n and before[-1].isalpha() and before[-1][:1].isupper() \
        and not is_given_name(before[-1]) \
        and not any(_TITLE_WORD.fullmatch(w) for w in before[-2:]) else None


_TITLE_WORD = re.compile(r"(?i)(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|HE|Sir|Dame|Mme|M|Sr|Sra|Hon|Rev|St|"
                         r"Ambassador|Minister|President|Professor|Judge|Senator|Excellency|"
                         r"Director|Commissioner|Secretary|Chair\w*|General|Governor|Mayor|"
                         r"Deputy|Vice|Chief|Dean|Captain|Colonel|Admiral)\.?")


#: The particles a name holds in lower case between its capitalised words ("Anne van Lancker").
NAME_PARTICLE = r"(?:van|von|de|der|da|del|di)"
_NAME_PIECE = re.compile(r"(?:(?P<g>[A-ZÀ-Ý][a-zà-ÿ'’-]+)|(?:[A-Z]\.?\s?){1,2})"
                         r"(?:\s+(?:" + NAME_PARTICLE + r"\s+)?"
                         r"(?:[A-Z]\.|[A-ZÀ-Ý][\wà-ÿ'’-]+)){1,3}")
#: Their body in brackets after the last of the names: "… and Peter Brown (WHO)".
_BODY_AFTER = re.compile(r"\s*\((?P<b>[^()]{1,60})\)\s*$")


def names_only(text: str) -> list[str]:
    """The names when a line holds nothing else ("Anna Krook and Erik O. Ahlgren", "Markus
    Blesl, Tom Kober, IER": authors listed with their body), most of them opening with a given
    name; [] otherwise."""
    pieces = [p.strip() for p in re.split(  # (and "John Field/Laurent Labeyrie")
        r",\s*(?:and\s+)?|\s+(?:and|&|et|y)\s+|(?<=[a-z])/(?=[A-Z])", text.strip())]
    if len(pieces) > 1 and re.fullmatch(r"[A-Z]{2,6}", pieces[-1]):
        pieces.pop()  # the authors' body, after them
    body = _BODY_AFTER.search(pieces[-1]) if len(pieces) > 1 else None
    if body is not None:  # "Anne van Lancker and Peter Brown (WHO)": the body is each one's
        pieces[-1] = pieces[-1][:body.start()]
    shaped = [m for p in pieces if (m := _NAME_PIECE.fullmatch(p))]
    if len(shaped) != len(pieces) or len(pieces) > 8:
        return []
    given = sum(1 for m in shaped if m.group("g") and is_given_name(m.group("g")))
    if body is not None:
        pieces = [f"{p} ({body['b']})" for p in pieces]
    return pieces if given * 2 >= len(pieces) and given else []


_HONORIFIC_WORD = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|H\.\s?E)\.?$")


def names_run(cell: str) -> list[str]:
    """A table cell naming several people with nothing between them ("Craig Hoover Olivia
    Swaak-Goldman", "Dr. Winnie Kiiru Dr. Michael Lau Craig Hoover"), cut before each honorific
    or given name that follows a name of two words or more; [cell] when it is not such a run."""
    words = cell.split()
    if not 4 <= len(words) <= 16 or not all(w[0].isupper() or w in ("le", "de", "van", "von")
                                            for w in words):
        return [cell]
    honorific = [_HONORIFIC_WORD.match(w) is not None for w in words]
    cuts, run = [0], 0
    for i, w in enumerate(words):
        opens = honorific[i] or is_given_name(w) and not (i and honorific[i - 1])
        if i and opens and run >= 2:
            cuts.append(i)
            run = 0
        run += 0 if honorific[i] else 1
    if len(cuts) < 2:
        return [cell]
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:] + [len(words)], strict=True)]


_NAME_THEN_COLON = re.compile(r"(?P<n>(?P<g>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)?)"
                              r"(?:\s+(?:van|von|de|der|da|del|la|le|di|du))*"  # ("Ewine van
                              r"(?:\s+(?:[A-Z]\.|[A-ZÀ-Ý][\wà-ÿ'’-]+)){1,2}"  # Dishoeck")
                              r"(?:\s*\([^()]{2,120}\))?):\s+"  # ("Ben Feringa (Groningen): …")
                              r"(?P<t>[\"“‘'«(]?[A-ZÀ-Ý\d]\S*\s+\S.*)")  # (a talk's title)


def name_then_title(title: str) -> tuple[str, str] | None:
    """ "Michael Nyenhuis: Welcome and Opening Remarks": (the title, the speaker) when the words
    before the colon are a given name and a family name; None otherwise."""
    m = _NAME_THEN_COLON.fullmatch(title)  # (not "Victoria Falls: Site visit", a place)
    return (m["t"], m["n"]) if m and is_given_name(m["g"]) and m["n"].lower() not in CITIES \
        else None


_QUESTION_THEN_NAME = re.compile(r"(?P<t>.{10,}?[?!])\s+(?P<n>(?P<g>[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+"
                                 r"[A-ZÀ-Ý][\wà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][\wà-ÿ'’-]+)?\s*,.*)")


def question_then_name(title: str) -> tuple[str, str] | None:
    """ "How to foster Nordic resilience …? Jukka Vahti, Senior Lead, SITRA": (the question,
    its speaker and what follows) when a given name opens the words after the question mark (or
    an exclamation mark: "Celebrating 2024! Chloe Rice, WHO")."""
    m = _QUESTION_THEN_NAME.fullmatch(title)
    return (m["t"], m["n"]) if m and is_given_name(m["g"]) else None

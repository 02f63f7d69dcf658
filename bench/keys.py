"""Keys to inscribe a State: the fewest key presses from a form people type to Enter.

A secretary types the start of some form of the name, perhaps chooses among the
suggestions with the arrow keys, and presses Enter. The forms counted, per
language of the console: the State's names in that language (the official name,
the UN Protocol short and formal names), the aliases in that language's script
(short forms and abbreviations: UK, DPRK, UAE, DRC, КНДР, 阿联酋 ...), in Arabic the
names without the article ال (as Arabic indexes sort them), and any of those from a
later word on ("Moldova" in "Republic of Moldova"; in Chinese, which
has no spaces, from any character on). A Chinese character counts as one key (the
input method commits it).

Cost of a query: its characters, then Enter when the State is the sole best
suggestion; otherwise arrow presses to reach it in the popup (the first ↓
highlights the first suggestion, the first ↑ the last), then Enter. Only the 8
suggestions shown count.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from floorapp.core.categories import LANGUAGES
from floorapp.core.roster import Participant, Roster
from floorapp.core.roster_search import Match, has_cjk, without_article

ROOT = Path(__file__).resolve().parents[1]
SHOWN = 8
_LATIN = ("en", "fr", "es")


@dataclass(frozen=True)
class Way:
    """How one State is inscribed at least cost in one language."""

    pid: str
    lang: str
    typed: str  # the letters typed
    arrows: int  # arrow presses in the popup: ↓ (positive) or ↑ (negative)
    keys: int  # letters + arrows + Enter

    def how(self) -> str:
        """The key presses, readable: 'mold ↓↓ Enter'."""
        arrows = "↓" * self.arrows if self.arrows > 0 else "↑" * -self.arrows
        return f"{self.typed!r}{' ' + arrows if arrows else ''} Enter"


def script_of(text: str) -> str:
    """The language group whose script ``text`` is in: zh, ar, ru, or latin."""
    if has_cjk(text):
        return "zh"
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return "ar"
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "ru"
    return "latin"


def variants() -> dict[str, dict[str, list[str]]]:
    """UN Protocol short and formal names by id and language (articles dropped)."""
    from floorapp.core.roster import _ARTICLE_MARK, _LEADING_ARTICLE

    out: dict[str, dict[str, list[str]]] = {}
    path = ROOT / "resources" / "roster" / "un_members_unterm_variants.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            by_lang = out.setdefault(row["iso3"], {})
            for lang in LANGUAGES:
                names = [_ARTICLE_MARK.sub("", row[f"short_{lang}"]),
                         _LEADING_ARTICLE.sub("", row[f"formal_{lang}"])]
                by_lang[lang] = [n for n in names if n]
    return out


def aliases() -> dict[str, list[str]]:
    """Aliases by id, from the roster's aliases file."""
    out: dict[str, list[str]] = {}
    path = ROOT / "resources" / "roster" / "aliases.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            out.setdefault(row["id"], []).append(row["alias"])
    return out


def forms(p: Participant, lang: str, extra: dict[str, list[str]],
          alias: dict[str, list[str]]) -> list[str]:
    """The forms of ``p``'s name a secretary working in ``lang`` may start typing."""
    script = "latin" if lang in _LATIN else lang
    whole = [p.names.get(lang, "")] + extra.get(lang, [])
    whole += [a for a in alias.get(p.id, []) if script_of(a) == script]
    out: dict[str, None] = {}
    if lang == "ar":  # Arabic readers look names up without the article
        whole += [without_article(n) for n in whole if n]
    for name in filter(None, whole):
        out[name] = None
        if has_cjk(name):
            for i in range(1, len(name) - 1):
                out[name[i:]] = None
        else:
            words = name.replace("-", " ").split()
            for i in range(1, len(words)):
                if len(words[i]) >= 3:
                    out[" ".join(words[i:])] = None
    return list(out)


def query_cost(found: list[Match], pid: str) -> int | None:
    """Arrow presses (↓ positive, ↑ negative) to inscribe ``pid`` from these
    suggestions, or None when it is not among them."""
    shown = found[:SHOWN]
    for k, m in enumerate(shown):
        if m.participant.id == pid:
            tied = len(found) > 1 and found[0].score == found[1].score
            if k == 0 and not tied:
                return 0
            return k + 1 if k + 1 <= len(shown) - k else -(len(shown) - k)
    return None


def best_way(p: Participant, lang: str, find: Callable[[str, str], list[Match]],
             extra: dict[str, list[str]], alias: dict[str, list[str]],
             bound: int = 12) -> Way | None:
    """The cheapest way to inscribe ``p`` in ``lang`` (None if none within ``bound``)."""
    best: Way | None = None
    for form in forms(p, lang, extra, alias):
        for n in range(1, len(form) + 1):
            if best is not None and n + 1 >= best.keys:
                break
            typed = form[:n]
            if not typed.strip() or typed != typed.rstrip():
                continue
            arrows = query_cost(find(typed, lang), p.id)
            if arrows is not None and n + abs(arrows) + 1 <= bound:
                way = Way(p.id, lang, typed, arrows, n + abs(arrows) + 1)
                if best is None or way.keys < best.keys:
                    best = way
    return best


def all_ways(roster: Roster, states: list[Participant]) -> Iterator[tuple[Participant, str,
                                                                           Way | None]]:
    """The cheapest way for every State in every language."""
    extra = variants()
    alias = aliases()
    cache: dict[tuple[str, str], list[Match]] = {}

    def find(text: str, lang: str) -> list[Match]:
        key = (text, lang)
        if key not in cache:
            cache[key] = roster.find(text, SHOWN, lang)
        return cache[key]

    for p in states:
        for lang in LANGUAGES:
            yield p, lang, best_way(p, lang, find, extra.get(p.id, {}), alias)

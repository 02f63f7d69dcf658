"""Finding participants from what a secretary types: normalised names and ranked matches.

Every name of a participant (six languages, aliases, UNTERM variants, its id) becomes a
:class:`Key` in normal form (:func:`normalise`). A query is normalised the same way and
each participant is ranked by its best key, best first:

1. *exact*: the query is a whole name, alias, ISO3 code or id;
2. *prefix*: a name starts with the query;
3. *words*: every word of the query starts a word of the name, in any order;
4. *substring*: the query occurs inside a name (queries of three letters or more);
5. *fuzzy*: a misspelling within a small edit distance (only when nothing above matched).

Within a tier, a name in the display language beats an alias, which beats a name in another
language or a formal name; then Member States come before Observer States, observers and
meeting participants; then the shorter name; then the English name alphabetically.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from floorapp.core.categories import SpeakerCategory

if TYPE_CHECKING:
    from floorapp.core.roster import Participant

EXACT, PREFIX, WORDS, SUBSTRING, FUZZY = range(5)
_WHY = {PREFIX: "prefix", WORDS: "words", SUBSTRING: "substring", FUZZY: "fuzzy"}

#: Sources of a key, best first: a name in the display language (or the id), an alias,
#: any other name. A name's source depends on the display language of the query.
PREFERRED, ALIAS, OTHER = range(3)

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʻ`´′"), "'")
_ARABIC = str.maketrans({"ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك", "ـ": None})
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"



@cache
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A space between two ideographs, and any ideograph: compiled at the first search,
    not at import (their character classes take 6 ms to compile, before the first paint)."""
    return re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])"), re.compile(f"[{_CJK}]")

_CATEGORY_ORDER = {c: i for i, c in enumerate(SpeakerCategory)}


def normalise(text: str, apostrophe: str = "") -> str:
    """The search form of ``text``: casefolded, unaccented, punctuation as single spaces.

    Apostrophes (’ and ') are replaced by ``apostrophe`` (dropped by default). Combining
    marks are removed (accents, Arabic tashkeel and hamza on alef), Arabic letter variants
    are unified, and spaces between Chinese characters are dropped.
    """
    text = text.translate(_APOSTROPHES).replace("'", apostrophe)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for ch in decomposed:
        cat = unicodedata.category(ch)
        if cat[0] in "LN" or cat == "Mc":
            out.append(ch)
        elif cat not in ("Mn", "Me"):
            out.append(" ")
    joined = " ".join("".join(out).translate(_ARABIC).split())
    return _cjk_patterns()[0].sub("", joined)


_ARABIC_ARTICLE = re.compile(r"(?:^|(?<= ))ال(?=\w{2})")


def without_article(text: str) -> str:
    """An Arabic name (as written, before ``normalise`` takes hamzas off) without the
    article ال on its words: Arabic readers look names up without it ("برتغال" finds
    البرتغال), as Arabic indexes sort; the alef of ألمانيا is no article."""
    return _ARABIC_ARTICLE.sub("", text)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese or Japanese characters (no spaces between words)."""
    return _cjk_patterns()[1].search(text) is not None


def allowed_edits(word: str) -> int:
    """How many typing mistakes a fuzzy match tolerates in a word or query of this length."""
    if has_cjk(word) or len(word) < 5:
        return 0
    return 1 if len(word) < 8 else 2


def edit_distance(a: str, b: str, bound: int) -> tuple[int, int]:
    """Edits from ``a`` to ``b`` and to the closest prefix of ``b`` (transpositions count
    once), each capped at ``bound + 1``."""
    over = bound + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        ai = a[i - 1]
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai != b[j - 1]))
            if prev2 is not None and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if min(cur) > bound:
            return over, over
        prev2, prev = prev, cur
    return min(prev[-1], over), min(min(prev), over)


@dataclass(frozen=True, slots=True)
class Key:
    """One searchable form of one participant's name."""

    text: str  # normalised
    shown: str  # as written in the roster, for Match.matched
    kind: str  # "name", "other", "alias", "code" or "id"
    lang: str = ""  # the language of a "name" key
    exact_only: bool = False  # codes and ids match only whole

    @property
    def base(self) -> int:
        """The key's source when the display language is not its own."""
        return _BASE.get(self.kind, OTHER)


_BASE = {"alias": ALIAS, "code": PREFERRED, "id": PREFERRED}


def participant_keys(
    p: Participant, aliases: Iterable[str] = (), other_names: Iterable[str] = ()
) -> tuple[Key, ...]:
    """Every searchable form of ``p``: names, aliases, other names and its id."""
    code = len(p.id) == 3 and p.id.isascii() and p.id.isalpha() and p.id.isupper()
    raw: list[tuple[str, str, str, bool]] = [(p.id, "code" if code else "id", "", True)]
    raw += [(n, "name", lang, False) for lang, n in p.names.items() if n]
    raw += [(a, "alias", "", False) for a in aliases]
    raw += [(n, "other", "", False) for n in other_names]
    keys: list[Key] = []
    seen: dict[str, list[Key]] = {}
    for shown, kind, lang, exact_only in raw:
        texts = [normalise(shown), normalise(shown, " ")]
        if _ARABIC_ARTICLE.search(shown):
            texts.append(normalise(without_article(shown)))
        for text in dict.fromkeys(texts):
            key = Key(text, shown, kind, lang, exact_only)
            if not text or any(_covers(k, key) for k in seen.get(text, ())):
                continue
            seen.setdefault(text, []).append(key)
            keys.append(key)
    return tuple(keys)


def _covers(old: Key, new: Key) -> bool:
    """Whether ``old`` ranks at least as well as ``new`` for every display language."""
    return old.base <= new.base and (old.lang == new.lang or not new.lang)


@dataclass(frozen=True)
class Match:
    """One participant found for a query, with how well and why it matched."""

    participant: Participant
    score: float  # 1.0 for an exact match; equal scores are equally good matches
    matched: str  # the name, alias or code that matched, as written in the roster
    why: str  # "exact", "alias", "code", "id", "prefix", "words", "substring" or "fuzzy"


#: (tier, fuzziness, source) of a participant's best key: lower is better.
_Quality = tuple[int, int, int]


def _score(q: _Quality) -> float:
    tier, fuzz, source = q
    return round(1.0 - 0.1 * tier - 0.03 * fuzz - 0.01 * source, 4)


class SearchIndex:
    """The normalised keys of a list of participants, ranked against a query."""

    def __init__(self, entries: Sequence[tuple[Participant, tuple[Key, ...]]]) -> None:
        self._people = [p for p, _ in entries]
        self._order = [
            (_CATEGORY_ORDER.get(p.category, len(_CATEGORY_ORDER)), p.name("en").casefold(), p.id)
            for p in self._people
        ]
        self._exact: dict[str, list[tuple[int, Key]]] = {}
        self._scan: list[tuple[str, str, int, Key]] = []
        for i, (_, keys) in enumerate(entries):
            for k in keys:
                self._exact.setdefault(k.text, []).append((i, k))
                if not k.exact_only:
                    self._scan.append((k.text, " " + k.text, i, k))
        self._vocab: dict[str, list[str]] = {}  # the fuzzy tables, built on first use
        self._with_word: dict[str, list[int]] = {}
        self._by_first: dict[str, list[int]] = {}

    def search(self, query: str, limit: int | None = None, lang: str = "en") -> list[Match]:
        """The participants matching ``query``, best first (at most ``limit``)."""
        q = normalise(query)
        if not q or (limit is not None and limit <= 0):
            return []
        short = len(q) <= 2 and not has_cjk(q)
        best = self._matches(q, lang, short)
        if not best and not short:
            best = self.fuzzy(q, lang)
        ranked = sorted(best.items(), key=lambda it: self._rank(it[0], *it[1]))
        return [self._match(i, quality, key) for i, (quality, key) in ranked[:limit]]

    def near(self, query: str, lang: str = "en", limit: int = 5) -> list[Participant]:
        """Participants whose names are one typing mistake beyond a fuzzy match."""
        q = normalise(query)
        if len(q) < 4:
            return []
        best = self.fuzzy(q, lang, slack=1)
        ranked = sorted(best.items(), key=lambda it: self._rank(it[0], *it[1]))
        return [self._people[i] for i, _ in ranked[:limit]]

    def _rank(self, i: int, quality: _Quality, key: Key) -> tuple[object, ...]:
        """Sort key: quality, then category, shorter name, English name, id."""
        category, name, pid = self._order[i]
        return (quality, category, len(key.text), name, pid)

    def _match(self, i: int, quality: _Quality, key: Key) -> Match:
        tier = quality[0]
        why = _WHY.get(tier) or {"name": "exact", "other": "exact"}.get(key.kind, key.kind)
        return Match(self._people[i], _score(quality), key.shown, why)

    def _matches(self, q: str, lang: str, short: bool) -> dict[int, tuple[_Quality, Key]]:
        """Best (quality, key) per participant over the exact, prefix, words, substring tiers."""
        best: dict[int, tuple[_Quality, Key]] = {}

        def offer(i: int, tier: int, key: Key) -> None:
            source = PREFERRED if key.lang == lang else key.base
            quality = (tier, 0, source)
            old = best.get(i)
            if old is None or (quality, len(key.text)) < (old[0], len(old[1].text)):
                best[i] = (quality, key)

        for i, key in self._exact.get(q, ()):
            offer(i, EXACT, key)
        words = q.split()
        spaced = [" " + w for w in words]
        first = spaced[0] if short else words[0]  # in every key that can match
        for text, sp, i, key in self._scan:
            if first not in sp:
                continue
            if text.startswith(q):
                offer(i, EXACT if text == q else PREFIX, key)
            elif all(w in sp for w in spaced):
                offer(i, WORDS, key)
            elif not short and q in text:
                offer(i, SUBSTRING, key)
        return best

    def fuzzy(self, q: str, lang: str, slack: int = 0) -> dict[int, tuple[_Quality, Key]]:
        """Best (quality, key) per participant for a misspelt query, word by word and whole."""
        if not self._vocab:
            self._build_fuzzy_tables()
        words = q.split()
        near = [self._near_words(w, allowed_edits(w) + slack) for w in words]
        fuzz: dict[int, int] = {}  # scan index -> 2 × edits (+1 for a prefix)
        for n in {n for close in near for v in close for n in self._with_word[v]}:
            text, sp, _, _ = self._scan[n]
            f = self._word_fuzz(words, near, text, sp)
            if f is not None:
                fuzz[n] = f
        compact = q.replace(" ", "")
        bound = allowed_edits(compact) + slack
        for n in self._by_first.get(compact[0], ()) if bound else ():
            # Words typed together or apart ("Newzealand"): whole keys without spaces.
            text = self._scan[n][0]
            if " " not in text and " " not in q:
                continue  # one word against one word: done above
            joined = text.replace(" ", "")
            full, pre = edit_distance(compact, joined[: len(compact) + bound], bound)
            if len(joined) > len(compact) + bound:
                full = bound + 1
            if pre <= bound:
                f = 2 * full if full <= bound else 2 * pre + 1
                fuzz[n] = min(f, fuzz.get(n, f))
        best: dict[int, tuple[_Quality, Key]] = {}
        for n, f in fuzz.items():
            _, _, i, key = self._scan[n]
            quality = (FUZZY, f, PREFERRED if key.lang == lang else key.base)
            old = best.get(i)
            if old is None or quality < old[0]:
                best[i] = (quality, key)
        return best

    def _word_fuzz(
        self, words: list[str], near: list[dict[str, int]], text: str, sp: str
    ) -> int | None:
        """2 × edits (+1 when only a prefix is close) if every query word fits a word of
        ``text``; None otherwise."""
        total, fuzzy = 0, False
        for w, close in zip(words, near, strict=True):
            if " " + w in sp:
                continue
            found = [close[v] for v in text.split() if v in close]
            if not found:
                return None
            total, fuzzy = total + min(found), True
        return total if fuzzy else None

    def _near_words(self, w: str, bound: int) -> dict[str, int]:
        """Words of the roster within ``bound`` edits of ``w`` (2 × edits, +1 for a prefix)."""
        if bound <= 0:
            return {}
        close: dict[str, int] = {}
        for v in self._vocab.get(w[0], ()):
            if len(v) < len(w) - bound:
                continue
            full, pre = edit_distance(w, v, bound)
            if full <= bound:
                close[v] = 2 * full
            elif pre <= bound and len(w) >= 5:
                close[v] = 2 * pre + 1
        return close

    def _build_fuzzy_tables(self) -> None:
        """Words by first letter, keys by word, keys by first letter."""
        vocab: dict[str, set[str]] = {}
        for n, (text, _, _, _) in enumerate(self._scan):
            for v in text.split():
                vocab.setdefault(v[0], set()).add(v)
                self._with_word.setdefault(v, []).append(n)
            self._by_first.setdefault(text[0], []).append(n)
        self._vocab = {c: sorted(vs) for c, vs in vocab.items()}

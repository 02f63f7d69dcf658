"""The fixed text of the exports in the six official languages, and how to format values.

Text lives in ``resources/export/strings.toml`` (one table per language, every key in
every language) and ``resources/export/groups.toml`` ("on behalf of" phrases of known
groups, conveners). :class:`Strings` gives one language's text, dates, times, amounts
and list joins; names of participants come from the roster (:class:`Named`).
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, time
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from floorapp.core.categories import LANGUAGES
from floorapp.export.names import Named
from floorapp.resources_paths import resources_folder

#: Languages right to left.
RTL_LANGUAGES = frozenset({"ar"})


class UnknownLanguage(ValueError):
    """A language that is not one of the six official languages."""


@cache
def _tables() -> tuple[dict[str, Any], dict[str, Any]]:
    folder = resources_folder() / "export"
    with (folder / "strings.toml").open("rb") as fh:
        strings = tomllib.load(fh)
    with (folder / "groups.toml").open("rb") as fh:
        groups = tomllib.load(fh)
    with (folder / "summary.toml").open("rb") as fh:
        summary = tomllib.load(fh)
    for lang, table in summary.items():
        strings[lang].update(table)
    return strings, groups


def _key(text: str) -> str:
    text = " ".join(text.replace("’", "'").split()).casefold()
    return text.removeprefix("the ")


class Strings:
    """The fixed text of one language, and formats of dates, times and numbers in it."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise UnknownLanguage(
                f"Unknown language '{lang}'; use one of {', '.join(LANGUAGES)}.")
        self.lang = lang
        strings, groups = _tables()
        self._t: dict[str, Any] = strings[lang]
        self._groups = groups

    @property
    def rtl(self) -> bool:
        """Whether the language is written right to left."""
        return self.lang in RTL_LANGUAGES

    def __call__(self, key: str, **values: Any) -> str:
        """The text of ``key``, with ``{placeholders}`` filled from ``values``."""
        text = self._t[key]
        assert isinstance(text, str), key
        return text.format(**values) if values else text

    def _table(self, table: str, key: str) -> str:
        found = self._t[table].get(key)
        return str(found) if found is not None else key

    def category(self, category: str) -> str:
        """A speaker category as a heading ("Member States")."""
        return self._table("category", category)

    def kind(self, kind: str) -> str:
        """A kind of request ("right of reply")."""
        return self._table("kind", kind)

    def language(self, code: str) -> str:
        """A language's name ("French"); "" for none."""
        return self._table("language", code) if code else ""

    def regional_group(self, label: str) -> str:
        """A regional group as labelled in the roster, in this language."""
        return self._table("regional_group", label or "none")

    def yes_no(self, value: bool) -> str:
        """"yes" or "no"."""
        return self("yes") if value else self("no")

    # -- names and phrases -------------------------------------------------------------

    def _match(self, table: str, *candidates: str) -> str | None:
        wanted = {_key(c) for c in candidates if c}
        for entry in self._groups.get(table, {}).values():
            if wanted & {_key(m) for m in entry.get("match", ())}:
                return str(entry[self.lang])
        return None

    def behalf(self, group: Named) -> str:
        """ "on behalf of the African Group", declined as the language needs."""
        known = self._match("behalf", group.id, group.name("en"))
        return known or self("behalf_fallback", group=group.name(self.lang))

    def convener(self, convened_by: str) -> str:
        """Who convened the meeting, as the subject of the opening sentence."""
        if not convened_by.strip():
            return self("convener_default")
        return self._match("convener", convened_by) or convened_by.strip()

    def join(self, items: list[str], semicolons: bool = False) -> str:
        """ "A, B and C" in this language (``semicolons``: "A, x; B, y; and C, z")."""
        if len(items) <= 1:
            return "".join(items)
        if semicolons:
            return (self("list_semicolon").join(items[:-1]) + self("list_semicolon_last")
                    + items[-1])
        return self("list_sep").join(items[:-1]) + self("list_last") + items[-1]

    def quoted(self, text: str) -> str:
        """Text between this language's quotation marks: “…”, « … », «…»."""
        return self("quote", text=text)

    def count_word(self, n: int) -> str:
        """A small number in words ("two"), or in figures beyond the language's list."""
        words = self._t.get("count_words", [])
        return str(words[n]) if 0 <= n < len(words) else self.number(n)

    def plural(self, key: str, n: int, words: bool = False, **values: Any) -> str:
        """ "52 Member States": the form of ``key`` for ``n`` (CLDR plural categories);
        ``words``: small numbers in words ("two panel discussions")."""
        forms = self._t[key]
        form = str(forms.get(plural_category(self.lang, n)) or forms["other"])
        text = form.format(n=self.count_word(n) if words else self.number(n), **values)
        return text[:1].upper() + text[1:] if form.startswith("{n}") else text

    def labelled(self, label: str, text: str) -> str:
        """ "Label: text" with this language's colon."""
        return f"{label}{self('label_sep')}{text}"

    # -- numbers, dates, times ---------------------------------------------------------

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with this language's separators: 50,000 / 50 000 / 50.000."""
        text = f"{abs(value):,.{decimals}f}"
        whole, _, frac = text.partition(".")
        out = whole.replace(",", self("thousands_sep"))
        if frac and int(frac):
            out += self("decimal_sep") + frac
        return ("-" if value < 0 else "") + out

    def amount(self, value: float, currency: str) -> str:
        """An amount with its currency code: "USD 50,000", "50 000 EUR"."""
        decimals = 0 if float(value).is_integer() else 2
        return self("amount", amount=self.number(value, decimals), currency=currency or "")

    def date(self, day: date, weekday: bool = False) -> str:
        """A date in this language: "Tuesday, 3 April 2012", "2012年4月3日"."""
        pattern = "date_long" if weekday else "date_short"
        d = self("day_one") if day.day == 1 else str(day.day)
        return self(pattern, weekday=self._t["weekdays"][day.weekday()], day=d,
                    month=self._t["months"][day.month - 1], year=day.year)

    @staticmethod
    def clock(t: time | datetime, zone: str = "") -> str:
        """A time of day as 15:04 (converted to ``zone`` when given an aware datetime)."""
        if isinstance(t, datetime) and zone and t.tzinfo is not None:
            t = t.astimezone(ZoneInfo(zone))
        return f"{t.hour:02d}:{t.minute:02d}"

    @staticmethod
    def duration(seconds: float, hours: bool = False) -> str:
        """A duration as m:ss, or h:mm:ss when ``hours``."""
        total = int(round(max(0.0, seconds)))
        if hours:
            return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"
        return f"{total // 60}:{total % 60:02d}"


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of a whole number ``n`` in ``lang``."""
    if lang == "zh":
        return "other"
    if lang == "ar":
        if n == 0:
            return "zero"
        if n in (1, 2):
            return "one" if n == 1 else "two"
        rest = n % 100
        return "few" if 3 <= rest <= 10 else "many" if 11 <= rest <= 99 else "other"
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


#: Unicode isolates: first-strong and pop directional isolate.
FSI, PDI = "\u2068", "\u2069"


def _has_rtl(text: str) -> bool:
    return any("\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufdff"
               or "\ufe70" <= c <= "\ufefc" for c in text)


def isolate(s: Strings, text: str) -> str:
    """In a right-to-left language, text in another script set apart in Unicode
    isolates, so that a Latin name and its punctuation keep their order."""
    if not s.rtl or not text or _has_rtl(text):
        return text
    if not any(c.isalnum() for c in text):
        return text
    return f"{FSI}{text}{PDI}"


def person_text(s: Strings, who: Named) -> str:
    """A person as the Summary names them: "Name, role" (the role as the programme has it)."""
    name = isolate(s, who.name(s.lang))
    return s("person_role", name=name, role=isolate(s, who.role)) if who.role else name


def speaker_line(s: Strings, speaker: Named, behalf: Named | None = None,
                 delivered_by: Named | None = None) -> str:
    """ "Egypt, on behalf of the African Group (delivered by Nigeria)" in ``s``'s language."""
    text = isolate(s, speaker.name(s.lang))
    if behalf is not None and behalf.id != speaker.id and \
            _key(behalf.name("en")) != _key(speaker.name("en")):
        # never "European Union, on behalf of the European Union"
        text = s("speaker_behalf", speaker=text, behalf=s.behalf(behalf))
    if delivered_by is not None:
        text = s("delivered_by", text=text, person=isolate(s, delivered_by.name(s.lang)))
    return text

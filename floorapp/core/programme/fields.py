"""Reading the fields of a programme file's tables, noting each problem at its line.

The keys of a table (and probable typos among them), texts and their translations,
values read by a parser, speaking limits: what every part of the file is made of.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from floorapp.core.categories import LANGUAGES, LIMIT_KEYS
from floorapp.core.messages import Message, msg
from floorapp.core.programme.problem import Problem
from floorapp.core.programme.source import Path, SourceLines
from floorapp.core.programme.text import Translations
from floorapp.core.programme.values import (
    BadValue,
    control_character,
    describe,
    near_miss,
    parse_limit,
    show,
    suggest,
)

T = TypeVar("T")

#: How messages name the top level of the file.
TOP = msg("the programme")

#: How messages name a segment, a participant or the programme.
Owner = Message | str

_EXAMPLES = {"title": 'title = "…"', "date": "date = 2012-04-03",
             "segments": "a [[segments]] table", "id": 'id = "panel-1"',
             "kind": 'kind = "panel"', "start": 'start = "10:00"', "end": 'end = "11:00"',
             "name": 'name = "Moderator (to be announced)"', "names": 'names = { en = "…" }'}


#: The templates of the asides that name another line of the file.
LINE_ASIDES = (" (first on line {line})", " (line {line})")


def line_aside(line: int, first: bool = True) -> Message:
    """" (first on line 12)", or " (line 12)": where the other one is in the file."""
    return msg(" (first on line {line})", line=line) if first else \
        msg(" (line {line})", line=line)


def translated_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The keys that carry translations of ``names``: title_ar, title_zh, ..."""
    return tuple(f"{n}_{lang}" for n in names for lang in LANGUAGES)


def _label(what: str, path: Path, value: Any) -> Message:
    """How messages name a segment or participant: by its id, else by its position."""
    if isinstance(value, dict) and isinstance(value.get("id"), str) and value["id"]:
        ident = show(value["id"])
        return msg("segment {id}", id=ident) if what == "segment" else \
            msg("participant {id}", id=ident)
    n = path[-1] + 1 if isinstance(path[-1], int) else 0
    return msg("segment {id}", id=n) if what == "segment" else msg("participant {id}", id=n)


class FieldReader:
    """Reads the fields of a parsed TOML document, noting each problem at its line."""

    def __init__(self, file: str, lines: SourceLines) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []
        self.language = "en"  # of the file's texts; read first by programme()
        self._people: dict[str, tuple[str, int]] = {}  # id -> (name, line)

    def add(self, path: Path, message: Message) -> None:
        """Note a problem at the line of ``path`` (or of its nearest enclosing table)."""
        self.problems.append(Problem(self.file, self.lines.line(path), str(message), message))

    def table(self, value: Any, path: Path, allowed: tuple[str, ...], owner: Owner,
              elsewhere: tuple[str, ...] = (), texts: tuple[str, ...] = ()
              ) -> dict[str, Any] | None:
        """``value`` as a table, noting keys that are not in ``allowed`` (probable typos).

        ``texts`` are the keys that may carry translations (``title_fr``, ...).
        """
        if not isinstance(value, dict):
            self.add(path, msg("{owner} must be a table, not {found}", owner=owner,
                               found=describe(value)))
            return None
        place = msg("at the top level of the file") if owner == TOP else \
            msg("in {owner}", owner=owner)
        translated = translated_keys(texts)
        for key in value:
            if key in allowed or key in translated:
                continue
            base, _, lang = key.rpartition("_")
            if base in texts:
                self.add(path + (key,), self._language_suffix(key, base, lang, place))
            elif key in elsewhere:
                self.add(path + (key,), msg("unknown key '{key}' {place}: '{key}' belongs to a "
                                            "segment, under a [[segments]] header", key=key,
                                            place=place))
            else:
                self.add(path + (key,), msg("unknown key '{key}' {place}{near}", key=key,
                                            place=place, near=suggest(key, allowed)))
        return value

    @staticmethod
    def _language_suffix(key: str, base: str, lang: str, place: Message) -> Message:
        """The message for ``title_xx`` whose ``xx`` is not one of the six languages."""
        if lang.lower() in LANGUAGES:
            return msg("unknown key '{key}' {place}: write the language code in lower case, "
                       "'{fixed}'", key=key, place=place, fixed=f"{base}_{lang.lower()}")
        forms = [f"{base}_{x}" for x in LANGUAGES]
        found = near_miss(lang, LANGUAGES)
        near = msg(" (did you mean '{word}'?)", word=f"{base}_{found}") if found else ""
        return msg("unknown key '{key}' {place}{near}: '{lang}' is not one of the six "
                   "languages; a translation of '{base}' is written {forms} or {last}",
                   key=key, place=place, near=near, lang=lang, base=base,
                   forms=", ".join(forms[:-1]), last=forms[-1])

    def translations(self, tbl: dict[str, Any], path: Path, texts: tuple[str, ...],
                     owner: Owner) -> Translations:
        """The translations of ``texts`` in ``tbl``: ``title_fr = "…"`` and the like."""
        found: dict[str, dict[str, str]] = {}
        for key in tbl:
            base, _, lang = key.rpartition("_")
            if base not in texts or lang not in LANGUAGES:
                continue
            if lang == self.language:
                self.add(path + (key,), msg(
                    "'{key}' of {owner} is in the programme's own language (language = "
                    "\"{language}\"): that text belongs in '{base}'; remove '{key}', or "
                    "change 'language'", key=key, owner=owner, language=self.language,
                    base=base))
                continue
            text = self.text(tbl, path, key, owner)
            if text is None:
                continue
            if base not in tbl:
                self.add(path + (key,), msg(
                    "{owner} has '{key}' but no '{base}': write {base} = \"…\" in the "
                    "programme's language ({language}) too", owner=owner, key=key, base=base,
                    language=self.language))
            found.setdefault(base, {})[lang] = text
        return Translations.of(found)

    def field(self, tbl: dict[str, Any], path: Path, key: str, parse: Callable[[Any], T],
              owner: Owner, required: bool = False) -> T | None:
        """The value of ``key`` read by ``parse``; None (and a problem when required) if bad."""
        if key not in tbl:
            if required:
                example = _EXAMPLES.get(key, f"{key} = …")
                self.add(path, msg("{owner} has no '{key}' (e.g. {example})", owner=owner,
                                   key=key, example=example))
            return None
        try:
            return parse(tbl[key])
        except BadValue as exc:
            self.add(path + (key,), msg("'{key}' of {owner}: {reason}", key=key, owner=owner,
                                        reason=exc.message))
            return None

    def text(self, tbl: dict[str, Any], path: Path, key: str, owner: Owner,
             required: bool = False) -> str | None:
        """A text field; required text must also be non-empty."""

        def parse(value: Any) -> str:
            if not isinstance(value, str):
                raise BadValue(msg("must be text in double quotes, not {found}",
                                   found=describe(value)))
            bad = control_character(value)
            if bad:
                raise BadValue(msg("contains a control character ({character})",
                                   character=bad))
            if required and not value.strip():
                raise BadValue(msg("is empty"))
            return value

        return self.field(tbl, path, key, parse, owner, required)

    def limits(self, value: Any, path: Path, owner: Owner) -> dict[str, int]:
        """A table of speaking limits, seconds by limit key."""
        out: dict[str, int] = {}
        if not isinstance(value, dict):
            self.add(path, msg("the limits of {owner} must be a table, not {found}",
                               owner=owner, found=describe(value)))
            return out
        for key, raw in value.items():
            if key not in LIMIT_KEYS:
                self.add(path + (key,), msg("unknown limit '{key}' of {owner}{near}; the limits "
                                            "are: {allowed}", key=key, owner=owner,
                                            near=suggest(key, LIMIT_KEYS),
                                            allowed=", ".join(LIMIT_KEYS)))
                continue
            try:
                out[key] = parse_limit(raw)
            except BadValue as exc:
                self.add(path + (key,), msg("limit '{key}' of {owner}: {reason}", key=key,
                                            owner=owner, reason=exc.message))
        return out

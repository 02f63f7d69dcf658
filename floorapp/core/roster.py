"""The roster: who may take the floor, with names in the six official languages.

Search from what a secretary types lives in ``roster_search``.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from floorapp.core.categories import LANGUAGES, SpeakerCategory
from floorapp.core.messages import Explained, Message, Names, msg
from floorapp.core.roster_search import (
    Key,
    Match,
    SearchIndex,
    has_cjk,
    normalise,
    participant_keys,
)
from floorapp.resources_paths import resource


@dataclass(frozen=True)
class Participant:
    """A delegation, organisation or person who may be given the floor."""

    id: str  # ISO3 for States, "EU", or a meeting-local id
    category: SpeakerCategory
    names: Mapping[str, str] = field(default_factory=dict)  # language -> name
    regional_group: str = ""

    def name(self, lang: str = "en") -> str:
        """The name in ``lang``, falling back to English, then to any name, then the id."""
        return self.names.get(lang) or self.names.get("en") or next(
            iter(self.names.values()), self.id
        )


class NameNotResolved(Explained):
    """What a secretary typed does not name exactly one participant of the roster."""

    def __init__(self, text: str, suggestions: Sequence[Participant],
                 message: Message | str) -> None:
        super().__init__(message)
        self.text = text
        self.suggestions: tuple[Participant, ...] = tuple(suggestions)


class UnknownName(NameNotResolved):
    """Nobody on the roster matches well enough; ``suggestions`` are near misses, if any."""

    def __init__(self, text: str, suggestions: Sequence[Participant] = ()) -> None:
        message = unknown_message(text)
        if suggestions:
            message = msg("{unknown} Did you mean {names}?", unknown=message,
                          names=_listing([_names(p) for p in suggestions]))
        super().__init__(text, suggestions, message)


class AmbiguousName(NameNotResolved):
    """Several participants match equally well; ``suggestions`` are the candidates."""

    def __init__(self, text: str, suggestions: Sequence[Participant]) -> None:
        listed = _listing([_names(p) for p in suggestions])
        super().__init__(text, suggestions, msg("'{text}' could be {names}. Type more of the "
                                                "name.", text=text.strip(), names=listed))


def _names(p: Participant) -> Names:
    return Names.of(dict(p.names) or {"en": p.name()})


def _listing(names: list[Names], shown: int = 4) -> Message:
    """"A, B or C", or "A, B, C, D and 3 more" (the names in the message's language)."""
    if len(names) > shown:
        out = msg("{first}", first=names[0])
        for name in names[1:shown]:
            out = msg("{first}, {next}", first=out, next=name)
        rest = len(names) - shown
        return msg("{names} and {n} more", one="{names} and {n} more", count=rest, names=out)
    if len(names) == 1:
        return msg("{first}", first=names[0])
    out = msg("{first}", first=names[0])
    for name in names[1:-1]:
        out = msg("{first}, {next}", first=out, next=name)
    return msg("{names} or {last}", names=out, last=names[-1])


def unknown_message(text: str) -> Message:
    """The plain words for a name that matches nobody."""
    shown = "".join(c if c.isprintable() else " " for c in text).strip()
    if not shown:
        return msg("No name was typed. Type a few letters of a name.")
    return msg("No participant matches '{text}'. Add them to the meeting as a new "
               "participant.", text=shown)


_EXACT_WHY = frozenset({"exact", "alias", "code", "id"})


class Roster:
    """Who may take the floor, and finding one of them from what a secretary types.

    A roster is immutable: :meth:`with_participants` returns a new one. Normalised search
    keys are computed once per participant and shared with the rosters derived from it.
    """

    def __init__(
        self,
        participants: Iterable[Participant] = (),
        aliases: Iterable[tuple[str, str]] = (),
        other_names: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._by_id: dict[str, Participant] = {p.id: p for p in participants}
        self._aliases: dict[str, tuple[str, ...]] = {}
        for alias, pid in aliases:
            self._aliases[pid] = (*self._aliases.get(pid, ()), alias)
        self._other = {pid: tuple(names) for pid, names in (other_names or {}).items()}
        self._keys: dict[str, tuple[Key, ...]] = {}
        self._replaced: set[str] = set()  # ids whose keys are this roster's own
        self._own_keys: dict[str, tuple[Key, ...]] = {}
        self._index: SearchIndex | None = None

    @classmethod
    def reference(cls) -> Roster:
        """The bundled roster: UN Member States, Observer States and the EU, with aliases."""
        return _reference_roster()

    def get(self, pid: str) -> Participant:
        """The participant with id ``pid`` (KeyError if none)."""
        return self._by_id[pid]

    def __contains__(self, pid: object) -> bool:
        return isinstance(pid, str) and pid in self._by_id

    def __iter__(self) -> Iterator[Participant]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def with_participants(self, participants: Iterable[Participant]) -> Roster:
        """This roster plus meeting participants; an id already present is replaced."""
        extra = {p.id: p for p in participants}
        roster = Roster()
        roster._by_id = {**self._by_id, **extra}
        roster._aliases, roster._other = self._aliases, self._other
        roster._keys = self._keys  # shared: keys computed by one serve all
        roster._replaced = set(extra) | self._replaced
        return roster

    def find(self, text: str, limit: int = 10, lang: str = "en") -> list[Match]:
        """Participants matching ``text``, best first; names in ``lang`` rank first."""
        return self._search_index().search(text, limit, lang)

    def resolve(self, text: str, lang: str = "en") -> Participant:
        """The one participant ``text`` names (UnknownName, AmbiguousName otherwise).

        An id, an exact name, alias or code wins. Otherwise the best match must be
        strictly better than the next one: "Korea" is ambiguous, "Columbia" is Colombia.
        A query of one or two letters must be exact or match a single participant.
        """
        if text.strip() in self._by_id:
            return self._by_id[text.strip()]
        index = self._search_index()
        found = index.search(text, None, lang)
        if not found:
            raise UnknownName(text, index.near(text, lang))
        top = found[0]
        equal = [m.participant for m in found if m.score == top.score]
        short = len(normalise(text)) <= 2 and not has_cjk(normalise(text))
        if len(equal) == 1 and (not short or top.why in _EXACT_WHY or len(found) == 1):
            return top.participant
        raise AmbiguousName(text, equal if len(equal) > 1 else [m.participant for m in found])

    def warm(self) -> None:
        """Build the search index now (it is otherwise built by the first search)."""
        self._search_index()

    def _search_index(self) -> SearchIndex:
        """The search index, built on first use from each participant's cached keys."""
        if self._index is None:
            entries = []
            for pid, p in self._by_id.items():
                cache = self._own_keys if pid in self._replaced else self._keys
                keys = cache.get(pid)
                if keys is None:
                    keys = participant_keys(p, self._aliases.get(pid, ()), self._other.get(pid, ()))
                    cache[pid] = keys
                entries.append((p, keys))
            self._index = SearchIndex(entries)
        return self._index


def make_participant_id(name: str, existing: Container[str]) -> str:
    """A readable, unique id for a participant added to a meeting ("african-union", then
    "african-union-2"); lowercase, so never mistaken for an ISO3 code."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "").replace("'", "").casefold())
    kept = "".join(c if c.isalnum() else "-" for c in decomposed
                   if unicodedata.category(c) not in ("Mn", "Me"))
    base = "-".join(part for part in kept.split("-") if part)[:40].strip("-") or "participant"
    candidate, n = base, 2
    while candidate in existing or candidate.upper() in existing:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# -- the bundled reference data ------------------------------------------------------------

_KINDS = {
    "member_state": SpeakerCategory.MEMBER_STATE,
    "observer_state": SpeakerCategory.OBSERVER_STATE,
    "observer_org": SpeakerCategory.OBSERVER,
}
_MEMBER_COLUMNS = ("iso3", "kind", "regional_group", *(f"name_{lang}" for lang in LANGUAGES))
_ARTICLE_MARK = re.compile(r"\s*\((?:the|l['’]|le|la|les|el|los|las)\)\s*$", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|el|los|las)\s+|l['’])", re.IGNORECASE)


class RosterDataError(ValueError):
    """A bundled roster file is malformed; the message names the file, line and problem."""


def _read(name: str) -> str:
    """A bundled roster file: from the installed package, else from the source tree."""
    folder = resource("roster")
    try:
        return folder.joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RosterDataError(f"{name}: cannot be read ({exc})") from exc


def _rows(name: str, columns: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a bundled CSV file, skipping blank and ``#`` comment lines."""
    lines = ["" if line.startswith("#") else line for line in _read(name).splitlines()]
    reader = csv.reader(lines)
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise RosterDataError(f"{name}:{reader.line_num}: {exc}") from exc
        if not row:
            continue
        if header is None:
            missing = [c for c in columns if c not in row]
            if missing:
                raise RosterDataError(f"{name}:{reader.line_num}: missing columns {missing}")
            header = row
            continue
        if len(row) != len(header):
            raise RosterDataError(f"{name}:{reader.line_num}: {len(row)} fields, "
                                  f"expected {len(header)}")
        yield reader.line_num, dict(zip(header, (c.strip() for c in row), strict=True))
    if header is None:
        raise RosterDataError(f"{name}: no header line")


def load_members() -> list[Participant]:
    """The States and the EU of ``un_members.csv``, in file order."""
    name, out, seen = "un_members.csv", [], set()
    for line, row in _rows(name, _MEMBER_COLUMNS):
        category = _KINDS.get(row["kind"])
        if category is None:
            raise RosterDataError(f"{name}:{line}: unknown kind {row['kind']!r}")
        pid = row["iso3"] or ("EU" if row["name_en"] == "European Union" else "")
        if not pid or pid in seen or not row["name_en"]:
            raise RosterDataError(f"{name}:{line}: missing or repeated id, or no English name")
        seen.add(pid)
        names = {lang: row[f"name_{lang}"] for lang in LANGUAGES if row[f"name_{lang}"]}
        out.append(Participant(pid, category, names, row["regional_group"]))
    return out


def load_aliases(known: Container[str]) -> list[tuple[str, str]]:
    """(alias, id) pairs of ``aliases.csv``; every id must be on the roster."""
    name, out, owner = "aliases.csv", [], dict[str, str]()
    for line, row in _rows(name, ("alias", "id")):
        alias, pid, key = row["alias"], row["id"], normalise(row["alias"])
        if not key or pid not in known:
            raise RosterDataError(f"{name}:{line}: empty alias or unknown id {pid!r}")
        if owner.setdefault(key, pid) != pid:
            raise RosterDataError(f"{name}:{line}: {alias!r} already names {owner[key]}")
        out.append((alias, pid))
    return out


def load_variants(known: Container[str]) -> dict[str, list[str]]:
    """UNTERM short names (article marks removed) and formal names (article removed) by id."""
    columns = [f"{form}_{lang}" for form in ("short", "formal") for lang in LANGUAGES]
    out: dict[str, list[str]] = {}
    for _, row in _rows("un_members_unterm_variants.csv", ["iso3", *columns]):
        if row["iso3"] in known:
            names = [_ARTICLE_MARK.sub("", row[c]) if c.startswith("short") else
                     _LEADING_ARTICLE.sub("", row[c]) for c in columns if row[c]]
            out[row["iso3"]] = names
    return out


@functools.cache
def _reference_roster() -> Roster:
    """The bundled roster, read and indexed once per process."""
    members = load_members()
    known = {p.id for p in members}
    return Roster(members, load_aliases(known), load_variants(known))

"""Reading the people a programme file names: chairs, moderators, panellists, participants.

One id names one person across the whole file, whichever table names them.
"""

from __future__ import annotations

from typing import Any

from floorapp.core.categories import LANGUAGES, SpeakerCategory
from floorapp.core.messages import msg
from floorapp.core.programme.fields import _EXAMPLES, FieldReader, Owner, _label, line_aside
from floorapp.core.programme.model import ExtraParticipant, Person
from floorapp.core.programme.source import Path
from floorapp.core.programme.text import PERSON_TEXTS
from floorapp.core.programme.values import (
    describe,
    parse_category,
    parse_id,
    show,
    slug,
)

PERSON_KEYS = ("id", "name", "role", "category")
PARTICIPANT_KEYS = ("id", "names", "category")

#: The category a person has when the file does not say, by where the person is named.
ROLE_CATEGORY = {"chair": SpeakerCategory.CHAIR, "moderator": SpeakerCategory.MODERATOR,
                 "panellists": SpeakerCategory.PANELLIST}


class PeopleReader(FieldReader):
    """Reads the people of a programme file, each id given to one person only."""

    def person(self, value: Any, path: Path, role: str, owner: Owner) -> Person | None:
        """A chair, moderator or panellist: a table, or just the name in quotes."""
        default = ROLE_CATEGORY[role]
        if isinstance(value, str):
            value = {"name": value}
        if not isinstance(value, dict):
            self.add(path, msg("{owner} must be a name in quotes or a table with a name, not "
                               "{found}", owner=owner, found=describe(value)))
            return None
        tbl = self.table(value, path, PERSON_KEYS, owner, texts=PERSON_TEXTS)
        if tbl is None:
            return None
        name = self.text(tbl, path, "name", owner, required=True)
        translations = self.translations(tbl, path, PERSON_TEXTS, owner)
        role_text = self.text(tbl, path, "role", owner) or ""
        category = self.field(tbl, path, "category", parse_category, owner) or default
        if "id" in tbl:
            ident = self.field(tbl, path, "id", parse_id, owner)
        elif name is not None:
            ident = slug(name) or None
            if ident is None:
                self.add(path, msg("{owner} needs an id (letters, digits, '-'), e.g. id = "
                                   "\"pga\"", owner=owner))
        else:
            ident = None
        if name is None or ident is None:
            return None
        self._same_person(ident, name, path)
        return Person(ident, name, role_text, category, translations)

    def _same_person(self, ident: str, name: str, path: Path) -> None:
        """One id, one person: the same id may not name two different people."""
        line = self.lines.line(path)
        seen = self._people.setdefault(ident, (name, line))
        if seen[0] != name:
            self.add(path, msg("the id \"{id}\" is given to {first}{where} and to "
                               "{second}; give each person their own id", id=ident,
                               first=show(seen[0]), where=line_aside(seen[1], first=False),
                               second=show(name)))

    def participant(self, value: Any, path: Path) -> ExtraParticipant | None:
        """A participant of this meeting beyond the roster, with names by language."""
        owner = _label("participant", path, value)
        tbl = self.table(value, path, PARTICIPANT_KEYS, owner)
        if tbl is None:
            return None
        ident = self.field(tbl, path, "id", parse_id, owner, required=True)
        category = self.field(tbl, path, "category", parse_category, owner)
        names: dict[str, str] = {}
        if "names" not in tbl:
            self.add(path, msg("{owner} has no '{key}' (e.g. {example})", owner=owner,
                               key="names", example=_EXAMPLES["names"]))
        else:
            of = msg("the names of {owner}", owner=owner)
            raw = self.table(tbl["names"], path + ("names",), LANGUAGES, of)
            for lang in LANGUAGES:
                text = self.text(raw or {}, path + ("names",), lang, of)
                if text is not None:
                    names[lang] = text
            if raw is not None and not names.get("en", "").strip():
                self.add(path + ("names",), msg("{owner} needs a name in English (en = \"…\")",
                                                owner=owner))
        if ident is None or not names.get("en", "").strip():
            return None
        self._same_person(ident, names["en"], path)
        return ExtraParticipant(ident, names, category or SpeakerCategory.OTHER)

    def participants(self, raw: Any) -> tuple[ExtraParticipant, ...]:
        """The [[participants]] tables; each id once."""
        if not isinstance(raw, list):
            self.add(("participants",), msg("write [[participants]] (two brackets) before "
                                            "each participant, not {found}",
                                            found=describe(raw)))
            return ()
        out: list[ExtraParticipant] = []
        for i, value in enumerate(raw):
            x = self.participant(value, ("participants", i))
            if x is None:
                continue
            if any(y.id == x.id for y in out):
                self.add(("participants", i, "id"), msg("participant id \"{id}\" is used twice",
                                                                id=x.id))
                continue
            out.append(x)
        return tuple(out)

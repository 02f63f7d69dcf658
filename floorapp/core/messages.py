"""Messages for the user from the engine, the storage and the programme checks, in any language.

The core imports no Qt, so it cannot translate; it says *which* message with what
values. ``msg("{name} already has the floor.", name=...)`` is a :class:`Message`: an
English template (extracted into the translation files by ``scripts/translations.py``,
context ``Messages``) and its fields. ``str(message)`` is the English text, for logs
and the command line; the Qt layer renders it in the user's language
(``floorapp.gui.messages``). Fields may themselves be messages (translated in turn)
or :class:`Names` (a participant's name, picked in the same language).

Plurals: ``msg("{n} rights of reply", one="{n} right of reply", count=n)``; the
template is the English plural, ``one`` the English singular, and translators give
every form their language has (Arabic six, Russian three) through Qt's numerus forms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Union

#: The translation context of every message.
CONTEXT = "Messages"

#: ``translate(context, template, count)`` -> the template in the user's language.
Translate = Callable[[str, str, int | None], str]


def english(_context: str, template: str, _count: int | None) -> str:
    """No translation: the English template."""
    return template


@dataclass(frozen=True)
class Names:
    """A name given in several languages (a participant's); shown in the message's language."""

    by_language: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, names: Mapping[str, str]) -> Names:
        """From ``{language: name}`` (English at least)."""
        return cls(tuple(sorted(names.items())))

    def name(self, language: str) -> str:
        """The name in ``language``, else in English, else any."""
        found = dict(self.by_language)
        return found.get(language) or found.get("en") or next(iter(found.values()), "")

    def __str__(self) -> str:
        return self.name("en")


Field = Union[str, int, float, "Message", Names]


@dataclass(frozen=True)
class Message:
    """What to tell the user: an English template, its fields, and a count for plurals."""

    template: str
    fields: tuple[tuple[str, Any], ...] = ()
    count: int | None = None
    one: str | None = None  # the English singular, when ``count`` is 1

    def text(self, translate: Translate = english, language: str = "en",
             isolate: bool = False) -> str:
        """The message in a language: ``translate`` gives the template, fields follow.

        ``isolate`` wraps each field in Unicode isolates (U+2068 … U+2069), for right-to-left
        text: a Latin name or a number then keeps its punctuation in place.
        """
        values = {k: render(v, translate, language, isolate) for k, v in self.fields}
        if isolate:
            values = {k: f"\u2068{v}\u2069" if v else v for k, v in values.items()}
        if self.count is not None:
            values.setdefault("n", str(self.count))
        template = translate(CONTEXT, self.template, self.count)
        if template == self.template and self.count == 1 and self.one is not None:
            template = self.one
        for candidate in (template, self.template):
            try:
                return candidate.format(**values)
            except (KeyError, IndexError, ValueError):  # a broken translation never breaks
                continue
        return self.template

    def __str__(self) -> str:
        return self.text()


def msg(template: str, /, *, count: int | None = None, one: str | None = None,
        **fields: Field) -> Message:
    """A message for the user (see the module's docstring); extracted for translation."""
    return Message(template, tuple(fields.items()), count, one)


def render(value: Any, translate: Translate = english, language: str = "en",
           isolate: bool = False) -> str:
    """A field's text in a language."""
    if isinstance(value, Message):
        return value.text(translate, language, isolate)
    if isinstance(value, Names):
        return value.name(language)
    return str(value)


class Explained(Exception):
    """An error whose message is a :class:`Message`; ``str()`` is the English text."""

    def __init__(self, message: Message | str) -> None:
        self.message = message if isinstance(message, Message) else msg(message)
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)

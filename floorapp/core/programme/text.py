"""The programme's own texts in the six languages, with a visible fallback to the original.

A programme is written in one language (``Programme.language``, "en" by default); each
text field of the meeting, a segment, a theme or a person may also carry translations
(``title_fr = "…"`` in the file). :class:`Translations` holds them for one object, and
:func:`local_text` picks the text for a language, falling back to the original and
saying so (:attr:`LocalText.fallback`), so that a screen can show it as untranslated.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from floorapp.core.categories import LANGUAGES

#: The text fields that may carry translations, by the kind of object that has them.
MEETING_TEXTS: tuple[str, ...] = ("title", "venue", "convened_by", "status")
SEGMENT_TEXTS: tuple[str, ...] = ("title", "description")
PERSON_TEXTS: tuple[str, ...] = ("name", "role")
THEME_TEXTS: tuple[str, ...] = ("title",)


@dataclass(frozen=True)
class Translations:
    """The translations of one object's text fields: (field, language) -> text.

    Immutable and hashable; blank texts are never stored (a blank translation is the
    same as none: the original shows).
    """

    entries: tuple[tuple[str, str, str], ...] = ()  # (field, language, text), sorted

    @classmethod
    def of(cls, texts: Mapping[str, Mapping[str, str]]) -> Translations:
        """Translations from ``{field: {language: text}}``, dropping blank texts."""
        return cls(tuple(sorted((f, lang, t) for f, by_lang in texts.items()
                                for lang, t in by_lang.items() if t.strip())))

    def get(self, field: str, language: str) -> str | None:
        """The text of ``field`` in ``language``, or None when it has none."""
        for f, lang, text in self.entries:
            if f == field and lang == language:
                return text
        return None

    def field(self, field: str) -> dict[str, str]:
        """The translations of one field, by language."""
        return {lang: text for f, lang, text in self.entries if f == field}

    def to_dict(self) -> dict[str, dict[str, str]]:
        """``{field: {language: text}}``, for the journal."""
        out: dict[str, dict[str, str]] = {}
        for f, lang, text in self.entries:
            out.setdefault(f, {})[lang] = text
        return out

    def replaced(self, field: str, texts: Mapping[str, str]) -> Translations:
        """These translations with ``field``'s replaced by ``texts`` (language -> text)."""
        kept = {f: t for f, t in self.to_dict().items() if f != field}
        kept[field] = dict(texts)
        return Translations.of(kept)

    def languages(self) -> set[str]:
        """The languages some field is translated into."""
        return {lang for _, lang, _ in self.entries}

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return iter(self.entries)


NO_TRANSLATIONS = Translations()


@dataclass(frozen=True)
class LocalText:
    """A programme text as shown in one language.

    ``language`` is the language the text is in; ``wanted`` the one asked for. When
    they differ the text is the original, shown because no translation exists.
    """

    text: str
    language: str
    wanted: str

    @property
    def fallback(self) -> bool:
        """Whether this is the original text standing in for a missing translation."""
        return self.language != self.wanted and bool(self.text)

    def tagged(self) -> str:
        """The text, followed by its language's code when it stands in: "Panel I (EN)".

        Isolated (U+2068 … U+2069), so that the tag stays after the text in any direction.
        """
        if not self.fallback:
            return self.text
        return f"{self.text}\u2002\u2068({self.language.upper()})\u2069"

    def __str__(self) -> str:
        return self.text


def local_text(original: str, translations: Translations, field: str, language: str,
               original_language: str) -> LocalText:
    """``field``'s text in ``language``, else the original (marked as a fallback)."""
    if language == original_language:
        return LocalText(original, original_language, language)
    found = translations.get(field, language)
    if found is not None:
        return LocalText(found, language, language)
    return LocalText(original, original_language, language)


def other_languages(original_language: str) -> tuple[str, ...]:
    """The five languages a programme written in ``original_language`` is translated into."""
    return tuple(lang for lang in LANGUAGES if lang != original_language)


class _HasTexts(Protocol):
    @property
    def translations(self) -> Translations: ...


H = TypeVar("H", bound=_HasTexts)


def text_in(owner: _HasTexts, name: str, language: str, original_language: str) -> str:
    """The text ``name`` of ``owner`` written in ``language``: "" when not translated."""
    if language == original_language:
        return str(getattr(owner, name))
    return owner.translations.get(name, language) or ""


def with_text(owner: H, name: str, language: str, original_language: str, value: str,
              required: bool = False) -> H:
    """``owner`` with its text ``name`` in ``language`` set to ``value``.

    In the original language this is the field itself; in another, its translation
    (blank removes it). A ``required`` text (a title, a name) given only in another
    language, where the original is blank, is also taken as the original, so that a
    new segment, theme or person typed in a translation is not refused as nameless.
    """
    if language == original_language:
        return replace(owner, **{name: value})  # type: ignore[type-var]
    texts = owner.translations.field(name)
    texts[language] = value
    changed = replace(owner, translations=owner.translations.replaced(name, texts))  # type: ignore[type-var]
    if required and not str(getattr(owner, name)).strip() and value.strip():
        changed = replace(changed, **{name: value})  # type: ignore[type-var]
    return changed

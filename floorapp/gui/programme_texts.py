"""The programme's own texts on screen, in the console's or the room's language.

A text with no translation shows in the original language and says so: the language
code after it (plain text), in italics (rich text), and a tooltip naming both languages.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from floorapp.core.programme.text import LocalText


def tr(text: str) -> str:
    """Translate in the ProgrammeTexts context."""
    return QCoreApplication.translate("ProgrammeTexts", text)


def language_word(code: str) -> str:
    """A language's name in the user's language: "French" (Français in French)."""
    return {"ar": tr("Arabic"), "zh": tr("Chinese"), "en": tr("English"), "fr": tr("French"),
            "ru": tr("Russian"), "es": tr("Spanish")}.get(code, code)


def plain(local: LocalText) -> str:
    """The text, tagged with its language code when it is the untranslated original."""
    return local.tagged()


def rich(local: LocalText) -> str:
    """The text as escaped rich text: in italics, tagged, when untranslated."""
    if not local.fallback:
        return html.escape(local.text)
    code = local.language.upper()
    return f"<i>{html.escape(local.text)}</i>\u2002\u2068<small>({code})</small>\u2069"


def tip(local: LocalText) -> str:
    """Why a text shows in another language ("" when it is translated)."""
    if not local.fallback:
        return ""
    return tr("Not translated into {wanted}: shown in {original}.").format(
        wanted=language_word(local.wanted), original=language_word(local.language))

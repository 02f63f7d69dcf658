"""The six languages on screen: fonts that cover every script, and translations by language.

The console's language is the application's (its translators are installed, see
``app.apply_language``); the speaker display may show another, so it asks
:func:`translate` for its words in its own language without touching the
application's translators.

Fonts: each platform's fonts for Latin and Cyrillic, Arabic and Chinese, the script
of the language first, so that line heights fit that script (Arabic and Chinese
need taller lines than Latin) and no character lacks a glyph. On Debian the fonts
come from fonts-noto-core and fonts-noto-cjk (``scripts/debian-deps.sh``).
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from floorapp.resources_paths import resource

#: Fonts by script, best first, for each platform (names as the systems spell them).
FONTS: dict[str, dict[str, tuple[str, ...]]] = {
    "linux": {
        "latin": ("Noto Sans", "DejaVu Sans", "Liberation Sans"),
        "arabic": ("Noto Sans Arabic", "Noto Naskh Arabic", "Noto Kufi Arabic"),
        "han": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                "Droid Sans Fallback"),
    },
    "win32": {
        "latin": ("Segoe UI", "Arial"),
        "arabic": ("Segoe UI", "Tahoma", "Arial"),
        "han": ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun"),
    },
    "darwin": {
        "latin": (".AppleSystemUIFont", "Helvetica Neue", "Helvetica"),
        "arabic": ("SF Arabic", "Geeza Pro", "Arial"),
        "han": ("PingFang SC", "Hiragino Sans GB", "STHeiti"),
    },
}

#: Which script a language is written in.
SCRIPTS = {"ar": "arabic", "zh": "han", "en": "latin", "fr": "latin", "ru": "latin",
           "es": "latin"}

#: Languages written right to left.
RTL = frozenset({"ar"})

FSI, PDI, LRI = "\u2068", "\u2069", "\u2066"


def platform_fonts() -> dict[str, tuple[str, ...]]:
    """The font table of this platform."""
    for key, table in FONTS.items():
        if sys.platform.startswith(key):
            return table
    return FONTS["linux"]


def families(language: str, available: set[str] | None = None) -> list[str]:
    """Font families for ``language``: its script's first, then the others, as installed.

    Qt takes each character from the first family that has it, so every script of
    the six languages has glyphs, and lines are as tall as the language's script needs.
    """
    table = platform_fonts()
    own = SCRIPTS.get(language, "latin")
    order = [own] + [s for s in ("latin", "arabic", "han") if s != own]
    have = available if available is not None else set(QFontDatabase.families())
    out: list[str] = []
    for script in order:
        out += [f for f in table[script] if f in have and f not in out]
    return out


def font_for(language: str, base: QFont | None = None) -> QFont:
    """``base`` (or the default font) with the families of ``language``."""
    font = QFont(base) if base is not None else QFont()
    found = families(language)
    if found:
        font.setFamilies(found)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers in ``language``.

    Arabic takes the conventions of the United Arab Emirates: Arabic month names with
    Western digits, as United Nations documents in Arabic write them.
    """
    return QLocale("ar_AE") if language == "ar" else QLocale(language)


def is_rtl(language: str) -> bool:
    """Whether ``language`` is written right to left."""
    return language in RTL


def isolate(text: str) -> str:
    """``text`` isolated from what is around it (FSI … PDI): a Latin name in Arabic text
    keeps its punctuation, a number its place."""
    return f"{FSI}{text}{PDI}" if text else text


def ltr(text: str) -> str:
    """``text`` isolated and laid out left to right (times, counts, codes)."""
    return f"{LRI}{text}{PDI}" if text else text


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(f"floorapp_{language}", str(resource("translations"))):
        return translator
    return None


def translate(context: str, text: str, language: str | None = None, count: int = -1) -> str:
    """``text`` in ``language`` (None: the application's language, its installed translators)."""
    if language is None:
        return QCoreApplication.translate(context, text, None, count)
    if language == "en":
        return text
    translator = _translator(language)
    found = translator.translate(context, text, None, count) if translator else ""
    return found or text

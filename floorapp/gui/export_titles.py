"""The titles of the export formats, marked for translation where the menus translate them.

``floorapp.export.formats`` declares each format with an English title ("List of
speakers (PDF)"); File > Export and the export dialog show it through ``tr`` in the
Export context. Listed here, ``scripts/translations.py`` puts the titles in the .ts
files, and the test of every window checks that they are translated.
"""

from __future__ import annotations


def N(context: str, text: str) -> str:  # noqa: N802
    """Mark ``text`` for translation in ``context`` (Qt's QT_TRANSLATE_NOOP)."""
    return text


EXPORT_TITLES = (
    N("Export", "President's Summary (Word)"),
    N("Export", "President's Summary (PDF)"),
    N("Export", "Attributed record (Word)"),
    N("Export", "Attributed record (PDF)"),
    N("Export", "Log (CSV spreadsheet)"),
    N("Export", "Log (JSON)"),
    N("Export", "Log (Markdown)"),
    N("Export", "List of speakers (PDF)"),
)

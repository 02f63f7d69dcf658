"""Words of Qt's own dialogs that Qt's translations (qtbase_*.qm) leave in English.

Qt's file dialog labels its fields "&Look in:" and "Files of &type:", with
accelerators its translation files do not have; a file's kind is "Folder". They are
listed here so that ``scripts/translations.py`` puts them in Floor's .ts files, whose
translators Qt consults as well: File > New meeting and Open meeting are then
wholly in the user's language.
"""

from __future__ import annotations


def N(context: str, text: str) -> str:  # noqa: N802
    """Mark ``text`` for translation in ``context`` (Qt's QT_TRANSLATE_NOOP)."""
    return text


QT_WORDS = (
    N("QFileDialog", "&Look in:"),
    N("QFileDialog", "Files of &type:"),
    N("QAbstractFileIconProvider", "Folder"),
    N("QFileIconProvider", "Folder"),
    N("QFileSystemModel", "Name"),
)

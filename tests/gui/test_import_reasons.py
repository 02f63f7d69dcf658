"""Every reason the importer gives is shown in the user's language, not in English."""

from __future__ import annotations

import re

import pytest

from floorapp.gui.dialogs.import_words import REASONS
from tests.programme_import.corpus import names, score


def test_every_reason_given_over_the_corpus_is_translatable() -> None:
    given: set[str] = set()
    for name in names():
        p = score(name).proposal
        assert p is not None
        found = [p.title, p.date, p.venue, p.timezone, *p.limits.values()]
        for s in p.segments:
            found += [s.start, s.end, s.title, *(x.name for x in s.people), *s.themes]
        given |= {f.doubt for f in found if f.doubt} | {o.why for o in p.odd}
    unknown = sorted(w for w in given if not any(re.fullmatch(rx, w) for rx, _ in REASONS))
    assert unknown == []


#: A text for each repair the importer notes, as it is pasted.
_REPAIRED = (
    "> Subject: Programme\n> 09:30 - 10:00  Opening\n> 10:00 - 11:00  Session 1\n",
    "E Elleevveenntthh sseessssiioonn FFrriiddaayy,, 1122 JJuunnee\n10:00 - 13:00 Opening\n",
    "<p>09:00 - 10:00 <b>Opening</b></p>\n<p>10:00 - 11:00 <i>Panel</i></p>\n",
    "[Home](/) 09:00 - 10:00 [Opening](o.pdf)\n10:00 - 11:00 [Panel](p.md) [Video](v)\n",
    "Programme\n09:00 \u6bcf 10:00 Opening\n10:00 \u6bcf 11:00 Panel of experts on water\n",
    "Programme of the meeting \ufffd\n09:00 - 10:00 Opening\n10:00 - 11:00 Panel\n" + "word " * 60,
    "09:00 \u00e2\u20ac\u201c 10:00 Opening\n10:00 - 11:00 S\u00c3\u00a9ance\n",
)


@pytest.mark.parametrize("text", _REPAIRED)
def test_the_notes_on_a_repaired_text_are_translatable(text: str) -> None:
    from floorapp.core.programme.importer import propose_from_text

    notes = propose_from_text(text, "the pasted text").notes
    assert notes and all(any(re.fullmatch(rx, n) for rx, _ in REASONS) for n in notes)


def test_another_days_date_is_shown_in_the_users_language(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from floorapp.gui.dialogs.import_words import reason

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        shown = reason("on another day (20 october): a programme holds one day")
        assert "20 octobre" in shown and "october" not in shown
        assert "(Tuesday)" in reason("on another day (Tuesday): a programme holds one day")
        from floorapp.gui.language import install_translators

        translators = install_translators(qapp, "fr")  # type: ignore[arg-type]
        try:
            assert "(jour 2)" in reason("on another day (day 2): a programme holds one day")
        finally:
            for t in translators:
                qapp.removeTranslator(t)  # type: ignore[attr-defined]
    finally:
        QLocale.setDefault(before)

"""The Summary and the list of speakers as PDF: text extracted with poppler, fonts embedded."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from floorapp.core.categories import LANGUAGES
from floorapp.core.clock import FakeClock
from floorapp.export.formats import export, prepare, render
from floorapp.export.strings import Strings
from floorapp.service import FloorService

QATAR = {"ar": "قطر", "zh": "卡塔尔", "en": "Qatar", "fr": "Qatar", "ru": "Катар",
         "es": "Qatar"}
EGYPT = {"ar": "مصر", "zh": "埃及", "en": "Egypt", "fr": "Égypte", "ru": "Египет",
         "es": "Egipto"}
BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def plain(text: str) -> str:
    """Text with Arabic presentation forms folded, bidi marks removed, lines joined."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(BIDI_MARKS).split())


@pytest.fixture(scope="module")
def summaries(meeting: FloorService, tmp_path_factory: pytest.TempPathFactory,
              qapp_module: QApplication) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    return {lang: export(meeting, "record-pdf", lang, folder / f"record-{lang}.pdf")
            for lang in LANGUAGES}


@pytest.fixture(scope="module")
def qapp_module() -> QApplication:
    """The application Qt's text engine needs (pytest-qt's, made early for module fixtures)."""
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_summary_text(summaries: dict[str, Path], pdf_text: Callable[[Path], str],
                      meeting: FloorService, lang: str) -> None:
    text = plain(pdf_text(summaries[lang]))
    s = Strings(lang)
    assert plain(s("record_title")) in text
    assert text.count(QATAR[lang]) >= 4  # twice in the lists, twice in the annex, points
    assert EGYPT[lang] in text
    for seg in meeting.programme.in_language(lang).segments:  # in the record's language
        if seg.kind.value != "break":
            if lang == "ar":  # punctuation between right-to-left runs comes out moved
                assert all(w.strip(":،") in text for w in seg.title.split()), seg.title
            else:
                assert plain(seg.title) in text
    assert "Stressed political will and national legislation" in text  # as typed
    assert "Typo: to be struck" not in text


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "es"])
def test_summary_headings_and_amounts(summaries: dict[str, Path],
                                      pdf_text: Callable[[Path], str], lang: str) -> None:
    text = plain(pdf_text(summaries[lang]))
    s = Strings(lang)
    for key in ("announcements", "participation", "key_points", "by_category", "by_group",
                "time_heading"):
        assert s(key) in text, key
    assert plain(s.amount(50000, "USD")) in text
    assert plain(s.amount(10000, "EUR")) in text
    assert plain(s.date(__import__("datetime").date(2012, 4, 3), weekday=True)) in text


def test_no_line_is_printed_twice_at_a_page_break(
        summaries: dict[str, Path], pdf_text: Callable[[Path], str]) -> None:
    """A line near a page boundary is drawn on its own page only (not again, clipped)."""
    pages = [[ln.strip() for ln in page.splitlines() if ln.strip()]
             for page in pdf_text(summaries["en"]).split("\f") if page.strip()]
    assert len(pages) > 2
    headers = {"No.", "Speaker", "Time", "Spoken", "Limit", "Language", "Remarks"}
    for before, after in zip(pages, pages[1:], strict=False):
        tail = set(before[-5:-1])  # the page number is last
        head = set(after[:4]) - headers
        assert not tail & head, (tail, head)


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_fonts_are_embedded(summaries: dict[str, Path],
                            pdf_fonts: Callable[[Path], list[str]], lang: str) -> None:
    fonts = pdf_fonts(summaries[lang])
    assert fonts
    for line in fonts:
        emb, sub, uni = line.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), line
    families = " ".join(fonts)
    wanted = {"ar": "NotoSansArabic", "zh": "CJK", "en": "NotoSerif"}[lang]
    assert wanted in families


def test_speakers_list(small: FloorService, clock: FakeClock, qapp: QApplication,
                       tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    small.request("PHL")
    small.request("CHN")
    small.request("EU")
    small.mark_absent(small.state.waiting()[-1].id)
    for lang in ("en", "zh", "ar", "ru"):
        path = export(small, "speakers-pdf", lang, tmp_path / f"list-{lang}.pdf")
        text = plain(pdf_text(path))
        s = Strings(lang)
        assert plain(s("list_of_speakers")) in text
        for key in ("has_floor", "waiting", "absent", "heard"):
            # Arabic brackets come out mirrored: compare the words before them
            assert plain(s(key)).split(" (")[0].split("（")[0] in text, (lang, key)
        philippines = small.state.participant("PHL").name(lang)
        china = small.state.participant("CHN").name(lang)
        assert philippines in text and china in text
        assert small.state.participant("QAT").name(lang) in text  # heard
    text = plain(pdf_text(tmp_path / "list-en.pdf"))
    assert re.search(r"1 Philippines", text) and re.search(r"2 China", text)
    assert "Mexico" in text and "0:30 / 3:00" in text
    assert "Printed on 3 April 2012 at 11:05 (meeting time)" in text


def test_speakers_list_of_an_unknown_segment(small: FloorService) -> None:
    with pytest.raises(KeyError, match="no segment 'nope'"):
        prepare(small, "speakers-pdf", "en", "nope")


def test_a_failed_render_leaves_no_file(small: FloorService, qapp: QApplication,
                                        tmp_path: Path) -> None:
    prepared = prepare(small, "summary-pdf", "en")
    with pytest.raises(OSError):
        render(prepared, tmp_path / "missing-folder" / "summary.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_long_record_is_cut_between_rows_and_paragraphs(qapp_module: QApplication,
                                                          tmp_path: Path,
                                                          pdf_text: Callable[[Path], str]) -> None:
    """A long record is laid out once and cut into pages: nothing lost, nothing twice,
    the annex's header row on every page it continues on."""
    from floorapp.export.record import build_summary
    from floorapp.export.sample_meeting import build_large_meeting

    svc = build_large_meeting(None, 150)
    path = export(svc, "record-pdf", "en", tmp_path / "long.pdf")
    text = pdf_text(path)
    data = build_summary(svc.state, svc.log())
    points = [p for seg in data.segments for g in seg.themes for p in g.points]
    assert text.count("Key point of ") == len(points)
    over = sum(1 for t in data.annex if t.over_limit)
    assert text.count("over the limit by") == over
    pages = text.split("\f")
    annex = [p for p in pages if "Remarks" in p]
    assert len(annex) >= 3  # the annex runs over several pages, each with its header


@pytest.mark.parametrize("lang", ["ar", "zh", "ru"])
def test_a_long_table_drawn_row_by_row_keeps_its_text_in_every_script(
        qapp_module: QApplication, tmp_path: Path, pdf_text: Callable[[Path], str],
        lang: str) -> None:
    """The annex's long tables are drawn by pdf_table, not Qt's table engine: every
    speaker's name is in the text layer in the record's script, and the header row
    is repeated on each page the table continues on."""
    from floorapp.export.record import build_summary
    from floorapp.export.sample_meeting import build_large_meeting

    svc = build_large_meeting(None, 150)
    path = export(svc, "record-pdf", lang, tmp_path / f"long-{lang}.pdf")
    text = plain(pdf_text(path))
    data = build_summary(svc.state, svc.log())
    names = {t.speaker.name(lang) for t in data.annex}
    assert len(names) > 20
    # (Arabic brackets come out mirrored in extracted text: compare the words)
    missing = [n for n in names
               if not all(w.strip("()_-") in text for w in plain(n).split())]
    assert not missing, missing[:5]
    header = plain(Strings(lang)("col_remarks"))
    pages = [p for p in pdf_text(path).split("\f") if header in plain(p)]
    assert len(pages) >= 3

"""The Summary as Word, read back with python-docx, in each of the six languages."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from floorapp.core.categories import LANGUAGES
from floorapp.export.formats import export
from floorapp.export.strings import Strings
from floorapp.service import FloorService

TITLES = {lang: Strings(lang)("record_title") for lang in LANGUAGES}
QATAR = {"ar": "قطر", "zh": "卡塔尔", "en": "Qatar", "fr": "Qatar", "ru": "Катар",
         "es": "Qatar"}
EGYPT_FOR_AFRICA = {
    "ar": "مصر، باسم مجموعة الدول الأفريقية (ألقى البيان: نيجيريا)",
    "zh": "埃及（代表非洲国家集团）（由尼日利亚宣读）",
    "en": "Egypt, on behalf of the African Group (delivered by Nigeria)",
    "fr": "Égypte, au nom du Groupe des États d’Afrique (déclaration prononcée par\u00a0: Nigéria)",
    "ru": "Египет, от имени Группы африканских государств (текст зачитал(а): Нигерия)",
    "es": "Egipto, en nombre del Grupo de los Estados de África (pronunciada por Nigeria)",
}


def styled(d: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name == style]


@pytest.fixture(scope="module")
def documents(meeting: FloorService, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("docx")
    return {lang: docx.Document(str(export(meeting, "record-docx", lang,
                                           folder / f"summary-{lang}.docx")))
            for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sections_are_real_headings(documents: dict, meeting: FloorService, lang: str) -> None:
    d, s = documents[lang], Strings(lang)
    assert styled(d, "Title") == [TITLES[lang]]
    segments = [seg.title for seg in meeting.programme.in_language(lang).segments
                if seg.kind.value != "break"]  # the programme in the document's language
    assert styled(d, "Heading 1") == [
        *segments, s("announcements"), s("participation"),
        s.labelled(s("annex"), s("annex_title"))]
    h2 = styled(d, "Heading 2")
    assert h2.count(s("speakers")) == len(segments)
    assert {s("by_category"), s("by_group"), s("time_heading")} <= set(h2)
    assert d.core_properties.title.startswith(TITLES[lang])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_speakers_counts_and_names(documents: dict, meeting: FloorService, lang: str) -> None:
    d = documents[lang]
    numbered = [p.text.split("\t", 1)[1] for p in d.paragraphs
                if re.match(r"\d+\.\t", p.text)]
    assert len(numbered) == len(meeting.state.interventions)
    assert numbered.count(QATAR[lang]) == 2
    assert EGYPT_FOR_AFRICA[lang] in numbered
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Stressed political will and national legislation." in text  # notes as typed
    assert "Typo: to be struck" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pledges_with_a_total(documents: dict, lang: str) -> None:
    d, s = documents[lang], Strings(lang)
    total = [p.text for p in d.paragraphs if p.text.startswith(s("pledge_total"))]
    assert total == [s.labelled(s("pledge_total"),
                                s.join([s.amount(10000, "EUR"), s.amount(50000, "USD")]))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tables(documents: dict, meeting: FloorService, lang: str) -> None:
    d, s = documents[lang], Strings(lang)
    headers = [tuple(c.text for c in t.rows[0].cells) for t in d.tables]
    assert headers[0] == (s("col_category"), s("col_speakers"), s("col_interventions"))
    annex = [t for t, h in zip(d.tables, headers, strict=True) if h[0] == s("col_no")]
    rows = [r for t in annex for r in t.rows[1:]]
    assert len(rows) == len(meeting.state.interventions)
    assert sum(r.cells[1].text == QATAR[lang] for r in rows) == 2
    by_category = {r.cells[0].text: r.cells[1].text for r in d.tables[0].rows[1:]}
    assert by_category[s.category("member_state")] == "10"
    speakers = len({iv.participant_id for iv in meeting.state.interventions.values()})
    assert by_category[s("total")] == str(speakers)
    for t in d.tables:
        assert t.style.name == "Table Grid"
        assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_arabic_is_right_to_left(documents: dict) -> None:
    d = documents["ar"]
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        assert d.styles[name].element.pPr.find(qn("w:bidi")) is not None, name
    runs = [r for p in d.paragraphs for r in p.runs]
    arabic = [r for r in runs if "قطر" in r.text]
    assert arabic and all(r.font.rtl for r in arabic)
    latin = [r for r in runs if r.text.startswith("Stressed political will")]
    assert latin and not any(r.font.rtl for r in latin)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in d.tables)
    lang = d.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar-SA"


def test_chinese_has_an_east_asian_font(documents: dict) -> None:
    fonts = documents["zh"].styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "SimSun"
    assert documents["zh"].styles["Normal"].element.pPr.find(qn("w:bidi")) is None


def test_a_meeting_without_turns_still_exports(service: FloorService, tmp_path: Path) -> None:
    d = docx.Document(str(export(service, "record-docx", "en", tmp_path / "empty.docx")))
    s = Strings("en")
    assert s("no_speakers") in [p.text for p in d.paragraphs]
    assert s("no_announcements") in [p.text for p in d.paragraphs]

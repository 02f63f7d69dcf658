"""The President's Summary: a synthesis draft with correct figures, whole in six languages.

The figures are checked against the demonstration day (floorapp/export/demo_2012.py)
counted by hand, intervention by intervention, from its script:

- Member States that made a statement, a group statement or a question, chair,
  keynotes, panellists and moderators aside: 13 in Panel I (EGY QAT BHR BLR PHL USA
  MEX NIC CHE GBR RUS JPN BRA), 15 in Panel II (AUS AUT MLT BGD GEO KHM THA LUX VNM
  TZA ALB MYS ARG NOR AZE): 28. Armenia only raised a point of order and replied:
  not counted. Nigeria only delivered Egypt's statement: not counted.
- Observer States: the Holy See (1); the European Union; other observers: IOM (1);
  UN system: UNODC's delegation (1; its Executive Director is a keynote speaker);
  civil society: CATW and the League of Women Voters (2).
- Groups: the African Group (54 States) and the Group of Arab States (22), ten States
  in both: 66 States. Ministerial level or above: Qatar, Bahrain, Australia (3).
- 47 interventions in all; pledges USD 200,000 (Australia) and EUR 10,000 (Austria);
  the President's personal gift of USD 10,000 apart.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import unicodedata
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QApplication

from floorapp.core.categories import LANGUAGES
from floorapp.core.floor import Refused
from floorapp.core.synthesis import synthesis_key
from floorapp.export.demo_2012 import demo_service
from floorapp.export.draft import summary_document
from floorapp.export.formats import export
from floorapp.export.record import SummaryData, build_summary
from floorapp.export.strings import FSI, PDI, Strings
from floorapp.resources_paths import resources_folder
from floorapp.service import FloorService

PGA = "H.E. Nassir Abdulaziz Al-Nasser"


@pytest.fixture(scope="module")
def day() -> FloorService:
    return demo_service()


def data_of(svc: FloorService) -> SummaryData:
    return build_summary(svc.state, svc.log())


def test_the_demonstration_day_is_realistic(day: FloorService) -> None:
    kinds = [iv.kind.value for iv in day.state.interventions.values()]
    assert len(kinds) == 47
    assert {"group", "point_of_order", "reply", "question"} <= set(kinds)
    themes = {t for iv in day.state.interventions.values() for n in iv.notes for t in n.themes}
    assert len(themes) == 8


def test_attendance_against_the_hand_count(day: FloorService) -> None:
    a = data_of(day).attendance
    assert a is not None
    assert (a.member_states, a.observer_states, a.european_union, a.observers,
            a.un_system, a.civil_society, a.other) == (28, 1, True, 1, 1, 2, 0)
    assert [g.name() for g in a.groups] == ["African Group", "Arab Group"]
    assert a.group_states == 66
    assert a.ministerial == 3
    assert dict(a.levels) == {"minister": 3, "vice_minister": 2, "permanent_representative": 1}


def test_pledges_apart_from_the_personal_gift(day: FloorService) -> None:
    d = data_of(day)
    assert [(p.speaker.id, p.amount, p.currency) for p in d.pledges] == [
        ("AUS", 200000, "USD"), ("AUT", 10000, "EUR")]
    assert [(g.speaker.id, g.amount, g.currency) for g in d.gifts] == [("pga", 10000, "USD")]
    assert d.totals == (("USD", 200000), ("EUR", 10000))


def test_the_english_draft_reads_like_a_summary(day: FloorService) -> None:
    text = summary_document(data_of(day), "en").text()
    assert ("Representatives of 28 Member States, one observer State, the European Union, "
            "one other intergovernmental organization, one entity of the United Nations "
            "system and 2 civil society organizations took part in the dialogue.") in text
    assert "on behalf of 2 groups of States, representing 66 States." in text
    assert "Three delegations were represented at the ministerial level or above." in text
    assert ("Several delegations stressed that political will was essential to implement "
            "the Global Plan of Action.") in text
    assert "Four delegations welcomed the work of the UN Voluntary Trust Fund" in text
    assert "Several speakers called for measures to discourage the demand" in text
    assert "Ms. Michelle Bachelet, Executive Director of UN-Women" in text
    assert "Australia: USD 200,000" in text
    assert "The pledges announced totalled USD 200,000 and EUR 10,000." in text
    assert "The President of the General Assembly announced a personal contribution of USD 10,000" \
        in text  # the chair named by office
    assert "The President of the General Assembly described trafficking" in text
    # Unattributed views; no procedure, no timings, no placeholders, no empty heading.
    for absent in ("Qatar", "Egypt", "point of order", "Azerbaijan", "to be announced",
                   "10:00", "Moderator of Panel"):
        assert absent not in text
    assert "Typo" not in text


def test_a_note_with_two_themes_appears_once(day: FloorService) -> None:
    text = summary_document(data_of(day), "en").text()
    assert text.count("discourage the demand") == 1


def _fixed_english() -> list[str]:
    """Literal pieces of the English fixed text: two words or more between placeholders."""
    pieces: list[str] = []
    folder = resources_folder() / "export"
    for name in ("strings.toml", "summary.toml"):
        with (folder / name).open("rb") as fh:
            table = tomllib.load(fh)["en"]
        values: list[str] = []
        for v in table.values():
            if isinstance(v, str):
                values.append(v)
            elif isinstance(v, dict):
                values += [x for x in v.values() if isinstance(x, str)]
        for v in values:
            for piece in re.split(r"\{[a-z_]+\}", v):
                piece = piece.strip(" .,:;()“”")
                if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2:
                    pieces.append(piece)
    return pieces


@pytest.mark.parametrize("lang", [x for x in LANGUAGES if x != "en"])
def test_no_english_fixed_text_in_other_languages(day: FloorService, lang: str) -> None:
    text = summary_document(data_of(day), lang).text()
    # What the secretary typed and the programme's texts may be English; nothing else.
    typed = {n.text for iv in day.state.interventions.values() for n in iv.notes}
    typed |= {a.text for iv in day.state.interventions.values() for a in iv.announcements}
    p = day.programme
    typed |= {p.title, p.venue, *p.organisers}
    for seg in p.segments:
        typed |= {seg.title, *(t.title for t in seg.themes)}
        typed |= {x.name for x in seg.panellists} | {x.role for x in seg.panellists}
    typed |= {t.rstrip(".") for t in typed}
    for t in sorted(typed, key=len, reverse=True):
        text = text.replace(t, "")
    leftovers = [piece for piece in _fixed_english() if piece in text]
    assert leftovers == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_figures_in_every_language(day: FloorService, lang: str) -> None:
    text = summary_document(data_of(day), lang).text()
    s = Strings(lang)
    assert s.number(28) in text and s.number(66) in text
    assert s.amount(200000, "USD") in text and s.amount(10000, "EUR") in text
    assert s.date(day.programme.date) in text


# -- the synthesis, edited --------------------------------------------------------------


def test_kept_synthesis_survives_a_re_export_and_undo_redo(tmp_path: Path) -> None:
    svc = demo_service()
    key = synthesis_key("panel-2", "children")
    mine = ("Many speakers stressed that trafficked children needed special protection, "
            "care and guardianship.")
    svc.keep_synthesis(key, "en", mine)
    svc.keep_synthesis(key, "fr", "Plusieurs délégations ont insisté sur la protection "
                                  "des enfants victimes.")
    first = docx.Document(str(export(svc, "summary-docx", "en", tmp_path / "a.docx")))
    assert mine in [p.text for p in first.paragraphs]
    assert "Four delegations called for special protection" not in \
        "\n".join(p.text for p in first.paragraphs)
    # A floor action undone and redone rebuilds the state from the journal.
    svc.open_segment("panel-1")
    svc.undo()
    svc.redo()
    svc.undo()
    again = docx.Document(str(export(svc, "summary-docx", "en", tmp_path / "b.docx")))
    assert mine in [p.text for p in again.paragraphs]
    fr = docx.Document(str(export(svc, "summary-docx", "fr", tmp_path / "c.docx")))
    assert any(p.text.startswith("Plusieurs délégations ont insisté") for p in fr.paragraphs)
    # Given back to the proposal.
    svc.keep_synthesis(key, "en", "")
    back = summary_document(data_of(svc), "en").text()
    assert mine not in back and "Four delegations called for special protection" in back


def test_kept_synthesis_is_journaled_and_reopened(tmp_path: Path) -> None:
    from floorapp.export.demo_2012 import demo_programme

    target = tmp_path / "m.floor"
    svc = FloorService.create(target, demo_programme())
    svc.keep_synthesis(synthesis_key("opening", "#intro"), "ar", "نص الرئيس.")
    svc.close()
    again = FloorService.open(target)
    try:
        assert again.state.synthesis == {"ar": {"opening/#intro": "نص الرئيس."}}
    finally:
        again.close()


def test_bad_synthesis_commands_are_refused(day: FloorService) -> None:
    with pytest.raises(Refused, match="no theme"):
        day.keep_synthesis("panel-1/nothing", "en", "x")
    with pytest.raises(Refused, match="Unknown language"):
        day.keep_synthesis("panel-1/demand", "de", "x")
    with pytest.raises(Refused, match="at most"):
        day.keep_synthesis("panel-1/demand", "en", "x" * 20_001)


# -- the PDF's text layer --------------------------------------------------------------


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return out


def _squeeze(text: str) -> str:
    """Text without spaces, line breaks, isolates and embedding marks, and without
    hyphens (pdftotext joins a word broken after a hyphen and drops the hyphen)."""
    drop = {FSI, PDI, "\u202a", "\u202b", "\u202c", "\u200e", "\u200f", "\u00ad", "-"}
    return "".join(c for c in text if not c.isspace() and c not in drop)


@pytest.fixture(scope="module")
def pdfs(day: FloorService, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    app = QApplication.instance() or QApplication([])
    folder = tmp_path_factory.mktemp("summary-pdf")
    out = {lang: export(day, "summary-pdf", lang, folder / f"{lang}.pdf") for lang in LANGUAGES}
    del app
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_text_layer_round_trips(day: FloorService, pdfs: dict[str, Path],
                                    lang: str) -> None:
    extracted = _pdftotext(pdfs[lang])
    # No presentation forms, ligatures or radicals: the characters as written.
    bad = [c for c in extracted if 0xFB00 <= ord(c) <= 0xFEFF or 0x2E80 <= ord(c) <= 0x2FDF]
    assert bad == []
    doc = summary_document(data_of(day), lang)
    flat = _squeeze(extracted)
    for block in doc.blocks:
        text = f"{block.label}{block.text}"
        if not text.strip():
            continue
        if lang == "ar":
            # Right to left: poppler returns each Arabic run in logical order, the runs
            # of a line in visual order; every Arabic word must come back as written.
            for word in re.findall(r"[\u0621-\u065f\u0670-\u06d3]+", text):
                assert word in extracted, word
            for latin in re.findall(r"[A-Za-z][A-Za-z .,'-]*[A-Za-z]", text):
                for w in latin.split():
                    assert w in extracted, w
        else:
            assert _squeeze(text) in flat, text


def test_pdf_arabic_is_in_logical_order(pdfs: dict[str, Path]) -> None:
    extracted = _pdftotext(pdfs["ar"])
    assert "موجز الرئيس" in extracted
    assert "الأمانة العامة" in extracted  # the lam-alef ligature read as two letters
    assert unicodedata.normalize("NFC", extracted) == extracted


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_fonts_are_embedded(pdfs: dict[str, Path], lang: str) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    lines = subprocess.run(["pdffonts", str(pdfs[lang])], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines)  # emb
    assert all(line.split()[-3] == "yes" for line in lines)  # a ToUnicode map


def test_word_properties_are_the_meetings(day: FloorService, tmp_path: Path) -> None:
    d = docx.Document(str(export(day, "summary-docx", "fr", tmp_path / "fr.docx")))
    props = d.core_properties
    assert props.title.startswith("Résumé du Président — ")
    assert "3 avril 2012" in props.subject
    assert props.author == "Le Président de l’Assemblée générale"
    assert props.created is not None and props.created.year >= 2024  # not the template's
    styles = {p.style.name for p in d.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles


def test_notes_starting_with_formula_signs_print_as_written(tmp_path: Path) -> None:
    svc = demo_service()
    iid = next(i for i, iv in svc.state.interventions.items() if iv.participant_id == "LUX")
    for text in ("=Partnerships first", "-Prevention before prosecution", "+1 for the Fund",
                 "@UNODC offered help"):
        svc.add_note(text, ["trust-fund"], iid)
    d = docx.Document(str(export(svc, "summary-docx", "fr", tmp_path / "f.docx")))
    text = "\n".join(p.text for p in d.paragraphs)
    for typed in ("=Partnerships first", "-Prevention before prosecution", "+1 for the Fund",
                  "@UNODC offered help"):
        assert f"«\u00a0{typed}\u00a0»" in text  # French no-break spaces kept
        assert f"'{typed}" not in text  # no CSV guard in Word


def test_no_empty_heading_and_no_zero(day: FloorService) -> None:
    doc = summary_document(data_of(day), "en")
    kinds = [b.kind.value for b in doc.blocks]
    for k, kind in enumerate(kinds[:-1]):
        if kind.startswith("heading"):
            assert not kinds[k + 1].startswith("heading") or kind == "heading1", doc.blocks[k]
    assert not re.search(r"\b0 (Member|observer|delegation|group)", doc.text())


def test_a_meeting_without_notes_still_has_a_summary(service: FloorService,
                                                     tmp_path: Path) -> None:
    d = docx.Document(str(export(service, "summary-docx", "es", tmp_path / "empty.docx")))
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "Resumen de la Presidencia"
    assert any(t.startswith("El 3 de abril de 2012, el Presidente de la Asamblea General "
                            "convocó un diálogo interactivo") for t in texts)
    assert not any(p.style.name.startswith("Heading 2") for p in d.paragraphs)


def test_the_demonstration_day_as_a_database(tmp_path: Path) -> None:
    from floorapp.export.demo_2012 import write_demo

    svc = write_demo(str(tmp_path / "demo.floor"))
    try:
        assert len(svc.log()) == 47
        assert data_of(svc).attendance == data_of(demo_service()).attendance
    finally:
        svc.close()


def test_never_the_eu_on_behalf_of_the_eu() -> None:
    from floorapp.export.names import Named
    from floorapp.export.strings import speaker_line

    eu = Named("EU", {"en": "European Union", "fr": "Union européenne"}, "observer")
    typed = Named("", {"en": "the European Union"}, "group")
    for lang in ("en", "fr"):
        s = Strings(lang)
        assert speaker_line(s, eu, eu) == eu.name(lang)
    assert speaker_line(Strings("en"), eu, Named("", {"en": "European Union"}, "group")) == \
        "European Union"
    assert speaker_line(Strings("en"), eu, typed) == "European Union"  # typed with "the"

"""Whatever the text, the importer proposes a programme the checker accepts, or refuses
it with a message: never a traceback."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from floorapp.core.programme.file import parse_programme
from floorapp.core.programme.importer import SourceRefused, propose_from_text
from floorapp.core.programme.importer.build import report, to_programme
from floorapp.core.programme.write import dump_programme

CORPUS = Path(__file__).resolve().parent.parent / "data" / "concept_notes"
PIECES = ["10:00 - 11:00", "11am – 1pm", "3–6 p.m.", "12:00-12:00", "23:30 - 0:30", "9.00",
          "16 h 00 a 17 h 30", "Chair:", "Moderator", "Panellists:", "H.E. Mr. A. B, X",
          "Ms. C", "(TBC)", "Monday, 3 April 2012", "13 décembre", "|", "\t", "\n", "•",
          "Themes:", "1.", "deadline", "Statements should not exceed 3 minutes.", "“T”",
          "1400-1410GMT", "from 10 to 11 a.m.", "Date:", "Venue:", "\u202e", "é", "Ã©"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=40))
def test_any_text_gives_a_valid_programme_or_a_refusal(parts: list[str]) -> None:
    text = " ".join(parts)
    try:
        proposal = propose_from_text(text)
    except SourceRefused as exc:
        assert str(exc)
        return
    programme = to_programme(proposal)
    parse_programme(dump_programme(programme), "<fuzz>")  # raises on any problem
    report(proposal, "fuzz.txt")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_cut_and_shuffled_corpus_lines(data: st.DataObject) -> None:
    names = sorted(CORPUS.glob("*.txt"))
    lines = data.draw(st.sampled_from(names)).read_text("utf-8").splitlines()
    picked = data.draw(st.lists(st.sampled_from(lines or [""]), max_size=30))
    try:
        proposal = propose_from_text("\n".join(picked))
    except SourceRefused as exc:  # lines dense with a text's lost characters (�): refused
        assert "cannot be repaired" in str(exc)
        return
    parse_programme(dump_programme(to_programme(proposal)), "<shuffled>")

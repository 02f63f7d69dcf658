"""The log as CSV (no cell a spreadsheet would evaluate), JSON (documented shape), Markdown."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.export.formats import export
from floorapp.export.log_export import md_escape, safe_cell
from floorapp.service import FloorService

NASTY = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3",
         "@SUM(A1:A9)", "\tTAB", "\rCR", "  =1+1", "＝1+1", "ordinary; text, \"quoted\""]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("cell", NASTY)
def test_safe_cell_quotes_whatever_a_spreadsheet_would_evaluate(cell: str) -> None:
    out = safe_cell(cell)
    if cell.startswith("ordinary"):
        assert out == cell
    else:
        assert out == "'" + cell


def test_safe_cell_leaves_plain_values_alone() -> None:
    assert [safe_cell(v) for v in ("Qatar", "قطر", 180, "2012-04-03T15:00:00+00:00", None)] == \
        ["Qatar", "قطر", "180", "2012-04-03T15:00:00+00:00", ""]


def test_csv_injection(small: FloorService, tmp_path: Path) -> None:
    small.add_note(NASTY[0], [], "i1")
    small.add_note(NASTY[1], [], "i2")
    small.add_announcement("-10000 cut", 10000, "USD", "i3")
    name = small.add_participant("=cmd|'/C calc'!A0", SpeakerCategory.CIVIL_SOCIETY)
    small.request(name.id)
    small.next()
    rows = read_csv(export(small, "csv", "en", tmp_path / "log.csv"))
    header, body = rows[0], rows[1:]
    notes = {r[0]: r[header.index("Key points")] for r in body}
    assert notes["i1"] == "Political will matters.\n" + NASTY[0]  # starts with plain text
    small.add_note(NASTY[0], [], "i4")
    rows = read_csv(export(small, "csv", "en", tmp_path / "log.csv"))
    cells = [c for r in rows for c in r]
    for cell in cells:
        assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'" + NASTY[0] in cells
    assert "'=cmd|'/C calc'!A0" in cells
    assert "'-10000 cut (USD 10,000)" in cells


def test_csv_in_arabic_and_chinese(small: FloorService, tmp_path: Path) -> None:
    ar = read_csv(export(small, "csv", "ar", tmp_path / "ar.csv"))
    zh = read_csv(export(small, "csv", "zh", tmp_path / "zh.csv"))
    assert ar[0][3] == "المتكلم" and ar[1][3] == "قطر"
    assert zh[1][3] == "卡塔尔"
    assert zh[2][6] == "African Group"  # a group as the secretary typed it
    assert zh[2][7] == "尼日利亚"
    assert len(ar) == len(zh) == 1 + len(small.state.interventions)


def check_shape(doc: dict[str, Any]) -> None:
    """The shape documented in docs/log-format.md."""
    assert doc["schema"] == "floorapp.log/1"
    assert isinstance(doc["meeting"], str)
    datetime.strptime(doc["date"], "%Y-%m-%d")
    keys = {"intervention", "segment", "speaker", "kind", "on_behalf_of", "delivered_by",
            "start", "end", "seconds_spoken", "seconds_allotted", "seconds_over", "notes",
            "themes", "announcements", "record"}
    categories = {c.value for c in SpeakerCategory}
    for iv in doc["interventions"]:
        assert set(iv) == keys
        assert set(iv["speaker"]) == {"id", "name", "category"}
        assert iv["speaker"]["category"] in categories
        assert iv["kind"] in {k.value for k in RequestKind}
        assert isinstance(iv["on_behalf_of"], str) and isinstance(iv["delivered_by"], str)
        start = datetime.fromisoformat(iv["start"])
        assert start.utcoffset() is not None
        if iv["end"] is not None:
            assert datetime.fromisoformat(iv["end"]) >= start
        for k in ("seconds_spoken", "seconds_allotted", "seconds_over"):
            assert isinstance(iv[k], float) and iv[k] >= 0
        over = max(0.0, iv["seconds_spoken"] - iv["seconds_allotted"])
        if iv["seconds_allotted"] == 0:  # the chair, moderators, panellists: no limit
            over = 0.0
        assert iv["seconds_over"] == pytest.approx(over, abs=0.1)
        assert all(isinstance(n, str) for n in iv["notes"])
        assert all(isinstance(t, str) for t in iv["themes"])
        for a in iv["announcements"]:
            assert set(a) == {"text", "amount", "currency"}
            assert a["amount"] is None or isinstance(a["amount"], float)
        assert isinstance(iv["record"], dict)


def test_json_has_the_documented_shape(meeting: FloorService, tmp_path: Path) -> None:
    path = export(meeting, "json", "en", tmp_path / "log.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    check_shape(doc)
    assert len(doc["interventions"]) == len(meeting.state.interventions)
    ids = [iv["intervention"] for iv in doc["interventions"]]
    assert ids == list(meeting.state.interventions)
    egypt = next(iv for iv in doc["interventions"] if iv["speaker"]["id"] == "EGY")
    assert (egypt["kind"], egypt["on_behalf_of"], egypt["delivered_by"]) == \
        ("group", "African Group", "NGA")
    pledges = [a for iv in doc["interventions"] for a in iv["announcements"]]
    assert {(a["amount"], a["currency"]) for a in pledges} == {(50000.0, "USD"),
                                                                (10000.0, "EUR")}
    notes = [n for iv in doc["interventions"] for n in iv["notes"]]
    assert "Typo: to be struck" not in notes
    assert "قطر" not in path.read_text(encoding="utf-8")  # names in JSON are English


def test_json_of_a_live_intervention(small: FloorService, tmp_path: Path) -> None:
    doc = json.loads(export(small, "json", "fr", tmp_path / "l.json").read_text("utf-8"))
    check_shape(doc)
    assert doc["interventions"][-1]["end"] is None


def test_markdown(small: FloorService, tmp_path: Path) -> None:
    small.add_note("a | b <script>", [], "i1")
    text = export(small, "md", "fr", tmp_path / "log.md").read_text(encoding="utf-8")
    assert text.startswith("# Test dialogue\n\nmardi 3 avril 2012")
    assert "## Panel I" in text
    assert "| No | Orateur | Heure |" in text
    assert "| 1 | Qatar | 11:00 | 3:20 | 3:00 | 0:20 |" in text
    assert "Égypte, au nom du Groupe des États d’Afrique" in text
    assert "a \\| b &lt;script>" in text


def test_md_escape() -> None:
    assert md_escape("*bold* [link](x) # h\nline") == "\\*bold\\* \\[link\\](x) \\# h line"

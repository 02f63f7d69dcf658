"""The corpus of real programmes: every text imports into a valid programme, and the
per-field precision and recall (printed with -s) meet the bar on the held-out part."""

from __future__ import annotations

from pathlib import Path

import pytest

from floorapp.cli import main
from floorapp.core.programme.file import load_programme
from tests.programme_import.corpus import CORPUS, names, score, table, totals


@pytest.fixture(scope="module")
def results():  # type: ignore[no-untyped-def]
    return [score(n) for n in names()]


def test_the_corpus_is_as_described() -> None:
    files = names()
    assert len([n for n in files if not n.startswith("seed-")]) >= 15
    assert {"seed-2009-05-13-human-trafficking", "seed-2012-04-03-human-trafficking"} <= set(files)
    sources = (CORPUS / "SOURCES.md").read_text("utf-8")
    for n in files:
        assert f"{n}.txt" in sources, f"{n} has no source in SOURCES.md"


@pytest.mark.parametrize("name", names())
def test_every_text_imports_into_a_valid_programme(name: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{name}.toml"
    assert main(["import", str(CORPUS / f"{name}.txt"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["check", str(out)]) == 0
    assert load_programme(out).segments


def test_held_out_recall_of_times_and_titles(results) -> None:  # type: ignore[no-untyped-def]
    """The issue's bar (recall >= 0.9 for times and titles) on the part held out: batch 1
    (set aside by a rule fixed before the importer was written) and batch 31 (one text,
    scored once and never tuned on). The other fresh batches were each held out for their
    first run only and then tuned on; their first-run figures are in
    docs/programme-import.md, not asserted here."""
    held = [r for r in results if r.held_out]
    assert len(held) >= 6 and {r.batch for r in held} == {1, 31}
    print("\n" + table(results))
    first = totals(held)
    assert first["times"].recall >= 0.9
    assert first["titles"].recall >= 0.9


def test_the_metrics_can_fail() -> None:
    """The scorer is not vacuous: a wrong proposal scores low."""
    from tests.programme_import.corpus import Count, _match, same_text

    c = _match(["Closing"], [["Opening Remarks"]], same_text)
    assert c == Count(0, 1, 1) and c.recall == 0.0 and c.precision == 0.0

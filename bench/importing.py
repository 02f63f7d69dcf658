"""Programme import figures: proposing a programme from a pasted concept note.

Timed from the pasted text to the proposal (repair, logical lines, the grammar, the
meeting's fields), over every text of the corpus (``tests/data/concept_notes``) and over a
long paste (the corpus run together, 200 kB, about sixty pages). The baseline reads the
same text into logical lines only (``logical.logical_lines``), the importer's first pass:
what the grammar costs on top of merely splitting the text.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from bench.figures import Figure, median
from floorapp.core.programme.importer import propose_from_text
from floorapp.core.programme.importer.logical import logical_lines

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "concept_notes"
LONG = 200_000


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(CORPUS.glob("*.txt"))]


def _per_text(texts: list[str], work: Callable[[str], object]) -> list[float]:
    out = []
    for text in texts:
        t0 = time.perf_counter()
        work(text)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def importing(runs: int) -> list[Figure]:
    """The proposal's time per corpus text (median and worst) and for one long paste."""
    texts = _texts()
    propose = [_per_text(texts, propose_from_text) for _ in range(runs)]
    lines = [_per_text(texts, logical_lines) for _ in range(runs)]
    best = [min(r[i] for r in propose) for i in range(len(texts))]
    base = [min(r[i] for r in lines) for i in range(len(texts))]
    long_text = "\n".join(texts)[:LONG]
    t_long = min(_per_text([long_text], propose_from_text)[0] for _ in range(runs))
    b_long = min(_per_text([long_text], logical_lines)[0] for _ in range(runs))
    baseline = "reading the same text into logical lines only"
    n = len(texts)
    return [
        Figure(f"propose a programme from a concept note ({n} corpus texts): median", median(best),
               "ms", baseline, median(base)),
        Figure(f"propose a programme from a concept note ({n} corpus texts): worst", max(best),
               "ms", baseline, max(base)),
        Figure("propose a programme from a 200 kB paste (about sixty pages)", t_long, "ms",
               baseline, b_long),
    ]

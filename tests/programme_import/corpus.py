"""Per-field precision and recall of the programme importer over the corpus of real programmes.

``tests/data/concept_notes/NAME.txt`` is a real programme text (sources in SOURCES.md);
``NAME.expected.toml`` is its programme written by hand, with ``held_out = true`` on the
part set aside before the importer was tuned. Run ``python -m tests.programme_import.corpus``
to print the figures.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from floorapp.core.programme.importer import Proposal, propose_from_file

CORPUS = Path(__file__).resolve().parent.parent / "data" / "concept_notes"
FIELDS = ("title", "date", "venue", "times", "titles", "people", "themes", "limits")
_HONORIFIC = re.compile(r"^(?:(?:H\.\s?E\.|HE|Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Mme|M|D)\.?\s+)+")


def norm(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: for comparing texts."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def same_text(a: str, b: str) -> bool:
    """Two titles or themes are the same when their normalised texts are 85% alike."""
    x, y = norm(a), norm(b)
    return bool(x) and SequenceMatcher(None, x, y).ratio() >= 0.85


def same_name(a: str, b: str) -> bool:
    """Two names are the same person when they match without honorifics."""
    return norm(_HONORIFIC.sub("", a)) == norm(_HONORIFIC.sub("", b))


@dataclass
class Count:
    """Matched, proposed and expected counts for one field."""

    matched: int = 0
    proposed: int = 0
    expected: int = 0

    def add(self, other: Count) -> None:
        self.matched += other.matched
        self.proposed += other.proposed
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.matched / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def _match(proposed: list[Any], expected: list[Any], same: Any) -> Count:
    """One-to-one greedy matching; an expected item may list alternatives."""
    left = list(expected)
    matched = 0
    for p in proposed:
        for i, e in enumerate(left):
            alternatives = e if isinstance(e, list) else [e]
            if any(same(p, a) for a in alternatives):
                matched += 1
                del left[i]
                break
    return Count(matched, len(proposed), len(expected))


@dataclass
class Result:
    """The counts for one file."""

    name: str
    held_out: bool
    batch: int = 0  # 1: held out, chosen before the importer was written; 2-16: tuned on
    counts: dict[str, Count] = field(default_factory=dict)
    proposal: Proposal | None = None


def score(name: str) -> Result:
    """Import one corpus file and compare it with its expected programme."""
    expected = tomllib.loads((CORPUS / f"{name}.expected.toml").read_text("utf-8"))
    p = propose_from_file(CORPUS / f"{name}.txt")
    r = Result(name, bool(expected.get("held_out")), int(expected.get("batch", 0)), proposal=p)
    c = r.counts
    if "title" in expected:
        c["title"] = _match([p.title.value], [expected["title"]], same_text)
    else:  # the text names no meeting: a title proposed without doubt is a false one
        c["title"] = Count(0, 0 if p.title.doubt else 1, 0)
    if "date" in expected:
        c["date"] = Count(int(p.date.value == expected["date"]), 1, 1)
    else:
        c["date"] = Count(0, 0 if p.date.doubt else 1, 0)
    if "venue" in expected:
        c["venue"] = _match([p.venue.value] if p.venue.value else [], [expected["venue"]],
                            same_text)
    else:
        c["venue"] = Count(0, 1 if p.venue.value else 0, 0)
    exp_segs = expected.get("segments", [])
    c["times"] = _match([f"{s.start.value:%H:%M}-{s.end.value:%H:%M}" for s in p.segments],
                        [f"{s['start']}-{s['end']}" for s in exp_segs], str.__eq__)
    c["titles"] = _match([s.title.value for s in p.segments], [s["title"] for s in exp_segs],
                         same_text)
    c["people"] = _match([x.name.value for s in p.segments for x in s.people],
                         [n for s in exp_segs for n in s.get("people", [])], same_name)
    c["themes"] = _match([t.value for s in p.segments for t in s.themes],
                         [t for s in exp_segs for t in s.get("themes", [])], same_text)
    c["limits"] = _match([f"{k}={v.value}" for k, v in p.limits.items()],
                         [f"{k}={v}" for k, v in expected.get("limits", {}).items()], str.__eq__)
    return r


def names() -> list[str]:
    """Every corpus file's name, without extension."""
    return sorted(f.name[:-len(".expected.toml")] for f in CORPUS.glob("*.expected.toml"))


def totals(results: list[Result]) -> dict[str, Count]:
    """The counts of several files added up, by field."""
    out = {f: Count() for f in FIELDS}
    for r in results:
        for f, count in r.counts.items():
            out[f].add(count)
    return out


def table(results: list[Result]) -> str:
    """A Markdown table of precision and recall by field, tuning part vs held-out part."""
    tuned = totals([r for r in results if not r.held_out])
    held = totals([r for r in results if r.held_out])
    n_t = sum(not r.held_out for r in results)
    n_h = sum(r.held_out for r in results)
    rows = [f"| field | precision (tuning, {n_t} files) | recall (tuning) | "
            f"precision (held-out, {n_h} files) | recall (held-out) |",
            "| --- | --- | --- | --- | --- |"]
    for f in FIELDS:
        a, b = tuned[f], held[f]
        rows.append(f"| {f} | {a.precision:.2f} ({a.matched}/{a.proposed}) | "
                    f"{a.recall:.2f} ({a.matched}/{a.expected}) | "
                    f"{b.precision:.2f} ({b.matched}/{b.proposed}) | "
                    f"{b.recall:.2f} ({b.matched}/{b.expected}) |")
    return "\n".join(rows)


if __name__ == "__main__":
    import sys

    results = [score(n) for n in names()]
    if "-v" in sys.argv:
        for r in results:
            if r.held_out and "--held-out" not in sys.argv:
                continue
            bad = {f: (c.matched, c.proposed, c.expected) for f, c in r.counts.items()
                   if c.matched != c.proposed or c.matched != c.expected}
            print(r.name, bad)
    print(table(results))
    for batch in sorted({r.batch for r in results if r.held_out}):
        t = totals([r for r in results if r.held_out and r.batch == batch])
        print(f"held-out batch {batch}: " + ", ".join(
            f"{f} P {c.precision:.2f} R {c.recall:.2f}" for f, c in t.items()))

#!/usr/bin/env python3
"""A fresh batch of the import corpus: check it, score its first run, record it.

    python scripts/corpus_batch.py check DIR N      # the helpers' folders under DIR, batch N
    python scripts/corpus_batch.py first-run N REV  # batch N (already in the corpus), scored
                                                    # by the importer frozen at commit REV
    python scripts/corpus_batch.py record N         # batch N joins the tuning part

A batch is gathered by helpers from the brief in tests/data/concept_notes/BRIEF.md, each in a
folder of its own (NAME.txt, NAME.expected.toml, SOURCES.part.md). Its first run uses a git
worktree at the commit the importer was frozen at before any of its files was opened, with the
batch's files copied into that worktree's corpus; figures go into docs/programme-import.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "concept_notes"
HEADER = "# Batch {n}: written by hand from the text alone before the importer was first run on it"

_SCORE = """
import sys
from tests.programme_import.corpus import names, score, totals
n = int(sys.argv[1])
results = [score(name) for name in names()]
batch = [r for r in results if r.batch == n]
for r in batch:
    t, s = r.counts["times"], r.counts["titles"]
    print(f"{r.name:70s} times {t.matched}/{t.expected} titles {s.matched}/{s.expected}")
for label, part in ((f"batch {n}", batch), (f"batches 1 + {n}", [r for r in results
                                                                   if r.batch in (1, n)])):
    t = totals(part)
    print(f"{label}, {len(part)} texts: " + "; ".join(
        f"{f} {t[f].recall:.2f} ({t[f].matched}/{t[f].expected}), precision "
        f"{t[f].precision:.2f}" for f in ("times", "titles")))
"""


def check(folder: Path, n: int) -> int:
    """List each helper's file with what is wrong with it; 1 when anything is."""
    sources = (CORPUS / "SOURCES.md").read_text("utf-8")
    bad = 0
    for helper in sorted(p for p in folder.iterdir() if p.is_dir()):
        part = helper / "SOURCES.part.md"
        lines = part.read_text("utf-8").splitlines() if part.exists() else []
        for text in sorted(helper.glob("*.txt")):
            name, problems = text.stem, []
            expected = helper / f"{name}.expected.toml"
            try:
                raw = expected.read_text("utf-8")
                data = tomllib.loads(raw)
            except (OSError, tomllib.TOMLDecodeError) as exc:
                print(f"{helper.name}/{name}: no readable expected programme ({exc})")
                bad += 1
                continue
            if not raw.startswith(HEADER.format(n=n)):
                problems.append("header")
            if data.get("held_out") is not True or data.get("batch") != n:
                problems.append("held_out/batch")
            for seg in data.get("segments", []):
                if not all(re.fullmatch(r"\d\d:\d\d", seg.get(k, "")) for k in ("start", "end")) \
                        or seg["start"] >= seg["end"]:
                    problems.append(f"times {seg.get('start')}-{seg.get('end')}")
            row = [x for x in lines if x.startswith(f"| {name}.txt |")]
            url = row[0].split("|")[3].strip() if row and row[0].count("|") >= 5 else ""
            if not url:
                problems.append("no SOURCES line with its address")
            elif url in sources:
                problems.append("address already in SOURCES.md")
            if (CORPUS / text.name).exists():
                problems.append("name already in the corpus")
            bad += bool(problems)
            print(f"{helper.name}/{name}: {len(data.get('segments', []))} segments, "
                  f"{'OK' if not problems else ', '.join(problems)}")
    return 1 if bad else 0


def first_run(n: int, rev: str) -> int:
    """Score batch ``n`` with the importer at ``rev``, in a worktree of its own."""
    names = [p.name[:-len(".expected.toml")] for p in CORPUS.glob("*.expected.toml")
             if re.search(rf"(?m)^batch = {n}$", p.read_text("utf-8"))]
    if not names:
        print(f"no file of batch {n} in {CORPUS}")
        return 1
    tree = Path(tempfile.mkdtemp(prefix=f"first-run-{n}-")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev],
                   check=True, capture_output=True)
    try:
        target = tree / "tests" / "data" / "concept_notes"
        for name in names:
            for suffix in (".txt", ".expected.toml"):
                shutil.copy(CORPUS / f"{name}{suffix}", target / f"{name}{suffix}")
        return subprocess.run([sys.executable, "-c", _SCORE, str(n)], cwd=tree,
                              env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}).returncode
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                       check=False, capture_output=True)


def record(n: int) -> int:
    """Batch ``n``'s first run is recorded: its files join the tuning part."""
    changed = 0
    for path in CORPUS.glob("*.expected.toml"):
        text = path.read_text("utf-8")
        if not re.search(rf"(?m)^batch = {n}$", text):
            continue
        text = text.replace("held_out = true", "held_out = false", 1).replace(
            "# for its first run (figures in docs/programme-import.md).",
            "# for that first run (figures in docs/programme-import.md); in the tuning part since.",
            1)
        path.write_text(text, "utf-8")
        changed += 1
    sources = CORPUS / "SOURCES.md"
    sources.write_text(sources.read_text("utf-8").replace(
        f"| batch {n} |", f"| batch {n} (first run recorded; tuning part since) |"), "utf-8")
    print(f"{changed} files of batch {n} moved to the tuning part")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "check":
        return check(Path(argv[1]), int(argv[2]))
    if len(argv) == 3 and argv[0] == "first-run":
        return first_run(int(argv[1]), argv[2])
    if len(argv) == 2 and argv[0] == "record":
        return record(int(argv[1]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

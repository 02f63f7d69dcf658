"""``floorapp roster find``: see who the roster search finds for what a secretary types."""

from __future__ import annotations

import argparse

from floorapp.core.categories import LANGUAGES
from floorapp.core.roster import Roster, unknown_message


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="floorapp roster find",
        description="List the roster participants matching TEXT, best first.",
    )
    p.add_argument("text", nargs="+", help="what the secretary types (several words allowed)")
    p.add_argument("--lang", choices=LANGUAGES, help="also show names in this language")
    p.add_argument("--limit", type=int, default=10, help="how many matches to show (10)")
    return p


def roster_find_main(argv: list[str]) -> int:
    """Print the ranked matches for TEXT; 1 when nobody matches, 2 on a usage error."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help or a usage error, already printed by argparse
        return exc.code if isinstance(exc.code, int) else 2
    if args.limit < 1:
        print("--limit must be at least 1.")
        return 2
    text = " ".join(args.text)
    matches = Roster.reference().find(text, args.limit, args.lang or "en")
    if not matches:
        # The command line cannot add a participant: say what can be done from here.
        shown = "".join(c if c.isprintable() else " " for c in text).strip()
        print(f"No participant matches '{shown}'. Check the spelling or type fewer letters; "
              "in the podium console an unknown name offers to add a new participant."
              if shown else unknown_message(text))
        return 1
    rows = [
        (
            str(rank),
            m.participant.id,
            m.participant.category.value,
            m.participant.name("en"),
            *([m.participant.name(args.lang)] if args.lang and args.lang != "en" else []),
            f"{m.why}: {m.matched}",
        )
        for rank, m in enumerate(matches, 1)
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for r in rows:
        cells = [c.rjust(w) if i == 0 else c.ljust(w)
                 for i, (c, w) in enumerate(zip(r[:-1], widths, strict=True))]
        print("  ".join(cells) + "  (" + r[-1] + ")")
    return 0

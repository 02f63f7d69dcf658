"""Every reason the importer gives is shown in the user's language, not in English."""

from __future__ import annotations

import re

from floorapp.gui.dialogs.import_words import REASONS
from tests.programme_import.corpus import names, score


def test_every_reason_given_over_the_corpus_is_translatable() -> None:
    given: set[str] = set()
    for name in names():
        p = score(name).proposal
        assert p is not None
        found = [p.title, p.date, p.venue, p.timezone, *p.limits.values()]
        for s in p.segments:
            found += [s.start, s.end, s.title, *(x.name for x in s.people), *s.themes]
        given |= {f.doubt for f in found if f.doubt} | {o.why for o in p.odd}
    unknown = sorted(w for w in given if not any(re.fullmatch(rx, w) for rx, _ in REASONS))
    assert unknown == []

#!/usr/bin/env python3
"""Rebuild resources/names/given_names.txt, the given names the programme importer knows.

    pip install faker && apt-get install wamerican
    python scripts/given_names.py

The names are Faker's given names for its Latin-script locales (MIT licence), less those that
are English words (Debian's wamerican list, lower-case entries) or that the corpus of real
programmes writes in lower case more than once (French and Spanish words: "pierre" stays,
"paz" goes), plus a few names that are English words too but are names before a family name.
"""

from __future__ import annotations

import collections
import importlib
import pkgutil
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEEP = {"John", "Peter", "Maria", "Mark", "Paul", "Grace", "Rose", "Joy", "Faith", "Patience",
        "Tom", "Sue", "Bill", "Tony", "Bob", "Frank", "Jack", "Mike", "Nick", "Rob", "Pat", "Ken",
        "Terry", "Matt", "Holly", "Carol", "Heather", "Jasmine", "Bonnie"}


def faker_names() -> set[str]:
    import faker.providers.person as people  # noqa: PLC0415 (a tool's own dependency)

    names: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"),
                           "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr) if provider else None
            if isinstance(value, dict | list | tuple):
                names |= {n for n in value if isinstance(n, str) and n[:1].isupper() and
                          re.fullmatch(r"[A-ZÀ-Ýa-zà-ÿ'’-]{3,20}", n)}
    return names


def main() -> None:
    words = {re.sub(r"'s$", "", w.strip()) for w in
             Path("/usr/share/dict/words").read_text("utf-8").splitlines() if w[:1].islower()}
    lower = collections.Counter[str]()
    for f in (ROOT / "tests" / "data" / "concept_notes").glob("*.txt"):
        lower.update(set(re.findall(r"(?<![\w@./_-])([a-zà-ÿ][a-zà-ÿ'’-]+)(?![\w@/_-]|\.\w)",
                                    f.read_text("utf-8", errors="ignore"))))
    names = sorted(n for n in faker_names() if n in KEEP or (
        n.lower() not in words and lower[n.lower()] < 2 and
        not re.fullmatch(r"(?i)the|and|for|per|san|del|los|las|von|van|der|den", n)))
    (ROOT / "resources" / "names" / "given_names.txt").write_text("\n".join(names) + "\n", "utf-8")
    print(f"{len(names)} given names")


if __name__ == "__main__":
    main()

"""The likeliest category of a participant the roster does not know, from the name typed.

"Atlantis Foundation" is civil society, "UN Women" the UN system, "League of Arab
States" an intergovernmental observer. A name that says nothing gets no guess: the
secretary then chooses.
"""

from __future__ import annotations

import re

from floorapp.core.categories import SpeakerCategory

#: Words (whole, any case) that mark each category, most telling first.
_MARKS: tuple[tuple[SpeakerCategory, tuple[str, ...]], ...] = (
    (SpeakerCategory.UN_SYSTEM, (
        "united nations", "un", "unodc", "unicef", "unhcr", "undp", "unfpa", "unesco",
        "ohchr", "ilo", "who", "wfp", "fao", "unaids", "iom", "un women", "unwomen",
        "special rapporteur", "secretary-general", "special representative", "world bank",
        "imf", "unep", "un-habitat", "unctad", "unido", "itu", "wipo", "unitar", "unu",
    )),
    (SpeakerCategory.CIVIL_SOCIETY, (
        "ngo", "foundation", "fondation", "fundación", "association", "associação",
        "society", "network", "coalition", "alliance", "campaign", "institute", "centre",
        "center", "trust", "watch", "initiative", "movement", "church", "federation",
        "project", "friends of", "against", "rights", "women's", "youth", "children's",
        "ong", "inc", "ltd", "university", "college", "academy", "council of churches",
        "international labour rights", "save the children", "amnesty", "oxfam", "caritas",
    )),
    (SpeakerCategory.OBSERVER, (
        "union", "league", "organization of", "organisation of", "organization for",
        "organisation for", "community", "commonwealth", "red cross", "red crescent",
        "icrc", "ifrc", "council of europe", "secretariat", "cooperation council",
        "intergovernmental", "inter-parliamentary", "francophonie", "osce", "oas", "oic",
        "asean", "ecowas", "sadc", "igad", "caricom", "sovereign order", "holy see",
        "development bank",
    )),
)


def _has(name: str, mark: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(mark)}(?![\w-])", name) is not None


def likely_category(name: str) -> SpeakerCategory | None:
    """The category a name most likely belongs to, or None when it does not say."""
    text = " ".join(name.casefold().split())
    if not text:
        return None
    for category, marks in _MARKS:
        if any(_has(text, mark) for mark in marks):
            return category
    return None

"""A speaker named alone after an item's hours, with no label and no honorific: "Opening
remarks: 9:05 – 9:15 am William D. Magwood, IV (NEA)"."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.given import is_given_name
from floorapp.core.programme.importer.people import (
    GUESSED_SPEAKER,
    NAME_ALONE,
    NOT_A_NAME,
    ORGANISATION,
    person,
)
from floorapp.core.programme.importer.proposal import ProposedPerson


def lone_speaker(text: str, offset: int) -> ProposedPerson | None:
    """The person the text names: a name alone whose first word is a given name, then a role,
    a body or none ("William D. Magwood, IV (NEA)"); None when the text is not so."""
    said = text.strip(" ,;")
    name = re.split(r"\s*[,(]", said)[0]
    if not NAME_ALONE.fullmatch(name) or not is_given_name(name.split()[0]) or \
            NOT_A_NAME.search(name) or ORGANISATION.search(name):
        return None
    found = person(said, offset + text.find(said), "speaker")
    if found is not None:
        found.name.doubt = GUESSED_SPEAKER
    return found

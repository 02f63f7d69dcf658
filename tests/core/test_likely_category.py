"""A new participant's likeliest category, from the name typed (issue 16)."""

from __future__ import annotations

import pytest

from floorapp.core.categories import SpeakerCategory as C
from floorapp.core.likely_category import likely_category


@pytest.mark.parametrize(("name", "category"), [
    ("Atlantis Foundation", C.CIVIL_SOCIETY),
    ("Coalition Against Trafficking in Women", C.CIVIL_SOCIETY),
    ("Human Rights Watch", C.CIVIL_SOCIETY),
    ("Polaris Project", C.CIVIL_SOCIETY),
    ("UN Women", C.UN_SYSTEM),
    ("UNODC", C.UN_SYSTEM),
    ("Special Rapporteur on trafficking in persons", C.UN_SYSTEM),
    ("African Union", C.OBSERVER),
    ("League of Arab States", C.OBSERVER),
    ("International Committee of the Red Cross", C.OBSERVER),
    ("Ms. Jane Doe", None),
    ("", None),
])
def test_the_name_tells_the_category(name: str, category: C | None) -> None:
    assert likely_category(name) is category


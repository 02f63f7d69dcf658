"""core/synthesis.py directly: the keys of the Summary's paragraphs."""

from __future__ import annotations

from floorapp.core.state import FloorState
from floorapp.core.synthesis import INTRO, known_keys, split_key, synthesis_key
from tests.core.test_fold import _meeting


def test_a_key_names_a_segment_and_a_theme_and_splits_back() -> None:
    key = synthesis_key("panel-1", "political-will")
    assert key == "panel-1/political-will"
    assert split_key(key) == ("panel-1", "political-will")
    assert split_key(synthesis_key("panel-1")) == ("panel-1", "")


def test_the_programme_allows_each_segments_themes_untagged_points_and_intro() -> None:
    keys = known_keys(_meeting())
    assert {"panel-1/political-will", "panel-1/", f"panel-1/{INTRO}", "opening/"} <= keys
    assert "panel-1/no-such-theme" not in keys
    assert known_keys(FloorState()) == set()

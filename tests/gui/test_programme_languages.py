"""The console and the speaker display show the programme in their language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from floorapp.core.programme.file import bundled_programme, load_programme
from floorapp.gui.console.programme_model import ProgrammeModel
from floorapp.gui.console.programme_view import ProgrammeView, segment_html
from floorapp.gui.display import lines
from floorapp.qt.floor_qt import QtFloor
from floorapp.service import FloorService
from tests.helpers.factories import memory_service, small_programme


@pytest.fixture
def floor(qapp: QApplication) -> Iterator[QtFloor]:
    """The 2012 meeting (its programme in six languages), panel I open."""
    service = memory_service(programme=load_programme(
        bundled_programme("2012-human-trafficking-dialogue.toml")))
    service.open_segment("panel-1")
    f = QtFloor(service)
    yield f
    f.stop()


def test_the_display_shows_the_segment_in_its_language(floor: QtFloor) -> None:
    state = floor.service.state
    assert lines.segment_title(state, "en").startswith("Interactive Panel Discussion I:")
    assert lines.segment_title(state, "fr").startswith("Débat interactif I :")
    assert lines.segment_title(state, "ar").startswith("حلقة النقاش التفاعلية الأولى")
    assert lines.screenful(state, "zh").title.startswith("互动小组讨论一")


def test_an_untranslated_title_is_shown_in_the_original_and_tagged(qapp: QApplication) -> None:
    service: FloorService = memory_service(programme=small_programme())
    service.open_segment("panel-1")
    assert lines.segment_title(service.state, "en") == "Panel I"
    assert lines.segment_title(service.state, "ru") == "Panel I\u2002\u2068(EN)\u2069"


def test_the_console_lists_segments_in_its_language(floor: QtFloor) -> None:
    model = ProgrammeModel(floor, None, "es")
    row = model.row_of("panel-2")
    text = model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
    assert "Mesa redonda interactiva II" in text
    model.set_language("ru")
    text = model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
    assert "Интерактивная дискуссионная группа II" in text


def test_the_segment_details_are_in_the_language(floor: QtFloor) -> None:
    p = floor.service.state.programme
    assert p is not None
    seg = p.segment("panel-1")
    text = segment_html(seg, True, p, "fr")
    assert "Renforcer la volonté et l&#x27;engagement politiques" in text
    assert "Modérateur du débat I (à annoncer)" in text
    small = small_programme()
    text = segment_html(small.segment("panel-1"), True, small, "fr")
    assert "<i>Political will</i>\u2002\u2068<small>(EN)</small>\u2069" in text


def test_the_programme_view_switches_language(floor: QtFloor, qtbot: object) -> None:
    view = ProgrammeView(floor, None, "zh")
    try:
        assert "打击贩运人口" in view.title.text()
        view.set_language("fr")
        assert "Lutter contre la traite des êtres humains" in view.title.text()
        assert "Débat interactif I" in view.details.text()
    finally:
        view.deleteLater()

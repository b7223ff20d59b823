"""The corner buttons: pause and cover in the trailing corner, the adult's round
button in the leading one (mirrored for right-to-left), none on the adult's pages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from hjulet.core.catalog import Catalog
from hjulet.gui.child_mode.corner import MARGIN, CornerButtons
from tests.gui.child_mode.pages.kits import kit_for


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_the_buttons_sit_in_the_corners_of_the_reading_direction(
    qtbot: Any, catalog: Catalog, lang: str
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    kit = kit_for(catalog, lang)
    corner = CornerButtons(kit, window)
    window.show()
    corner.place(window.width(), kit.rtl)
    exit_geo = corner.exit_button.geometry()
    pause, cover = corner.pause_button.geometry(), corner.cover_button.geometry()
    assert pause.top() == cover.top() == exit_geo.top() == MARGIN
    assert not pause.intersects(cover)
    if kit.rtl:
        assert cover.left() == MARGIN and pause.left() > cover.right()
        assert exit_geo.right() == window.width() - MARGIN - 1
    else:
        assert cover.right() == window.width() - MARGIN - 1 and pause.right() < cover.left()
        assert exit_geo.left() == MARGIN
    # the pages start below the tallest of them
    assert corner.height() >= max(pause.bottom(), cover.bottom(), exit_geo.bottom())
    assert corner.pause_and_cover_width() > pause.width() + cover.width()


def test_none_on_the_adults_pages_and_no_pause_on_the_pause_page(
    qtbot: Any, catalog: Catalog
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    corner = CornerButtons(kit_for(catalog), window)
    window.show()
    corner.show_for("who", adult=False)
    assert all(b.isVisible() for b in corner.buttons)
    corner.show_for("pause", adult=False)
    assert corner.exit_button.isVisible() and corner.cover_button.isVisible()
    assert not corner.pause_button.isVisible()
    corner.show_for("handover", adult=True)
    assert not any(b.isVisible() for b in corner.buttons)
    assert corner.exit_button.text() == "" and corner.exit_button.accessibleName()

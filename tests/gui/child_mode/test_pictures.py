"""The pictures child mode draws beside its words: an area's name is never cut."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF

from hjulet.core.catalog import Catalog
from hjulet.gui.child_mode.pictures import AreaPicture, FaceMark
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import CHILD_NORMAL


@pytest.mark.parametrize("lang", ["ar", "fa", "prs", "ti", "uk", "so"])
def test_area_name_with_gloss_is_drawn_whole(qtbot: Any, catalog: Catalog, lang: str) -> None:
    """The area's name above its Swedish gloss keeps marks above the letters (the
    Arabic madda of "آمن" was cut off by a rect shorter than the script's line)."""
    # the one-area-per-screen heading's size at 1366x768
    picture = AreaPicture(lang, CHILD_NORMAL, px=28, side=56, gloss_lang="sv")
    qtbot.addWidget(picture)
    picture.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if lang in ("ar", "fa", "prs")
        else Qt.LayoutDirection.LeftToRight
    )
    picture.resize(600, picture.height())
    text_colour = QColor(CHILD_NORMAL.text)
    for area in catalog.definition().areas:
        label = area.label_in(lang)
        picture.set_area("", label, " ")  # a blank gloss: only the name leaves ink
        image = picture.grab().toImage()
        rows = [
            y
            for y in range(image.height())
            if any(
                abs(QColor(image.pixel(x, y)).lightness() - text_colour.lightness()) < 60
                for x in range(image.width())
            )
        ]
        assert rows, label
        ink = rows[-1] - rows[0] + 1
        expected = QFontMetricsF(font_for(lang, 28, bold=True)).tightBoundingRect(label).height()
        assert rows[0] > 0, f"{label!r} touches the top edge"
        assert ink >= expected - 3, f"{label!r}: {ink} px of ink, the glyphs need {expected:.0f}"


def test_a_face_mark_shows_only_for_a_step_with_a_face(qtbot: Any) -> None:
    """The sharing step's small face: shown for a face the child touched, hidden for
    a scale step without one (worded steps) and for "what is important to me"."""
    mark = FaceMark(CHILD_NORMAL, 48)
    qtbot.addWidget(mark)
    mark.show()
    mark.set_face("neutral")
    assert mark.isVisible() and mark.size().width() == 48
    mark.set_face("")
    assert not mark.isVisible()
    mark.set_face("no-such-face")
    assert not mark.isVisible()

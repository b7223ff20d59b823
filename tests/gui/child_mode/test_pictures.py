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


@pytest.mark.parametrize("theme_name", ["normal", "high_contrast"])
def test_the_legend_shows_the_refusals_as_the_wheel_draws_them(
    qtbot: Any, catalog: Catalog, theme_name: str
) -> None:
    """The teen's legend showed "–" and "?" in plain boxes while the wheel hatches
    "don't want to answer" and dots "don't know": each swatch now carries the
    wheel's hatching or dots (in the wheel's own colours) and its symbol."""
    from hjulet.core.model import DECLINED, DONT_KNOW
    from hjulet.gui.child_mode.parts import ScaleLegend
    from hjulet.gui.theme import CHILD_THEMES

    theme = CHILD_THEMES[theme_name]
    pal = theme.wheel
    legend = ScaleLegend(
        catalog.scale("steps5"), "sv", "Från mitten och utåt:", px=22, palette=pal, theme=theme
    )
    qtbot.addWidget(legend)
    legend.resize(legend.sizeHint())
    image = legend.grab().toImage()
    row_h = legend._row_h()
    sw = row_h * 0.8
    rows = [answer for _face, _text, answer in legend.rows()]

    def pixels(answer: object) -> list[QColor]:
        """The pixels inside the swatch of ``answer`` (its frame left out)."""
        y0 = 4 + row_h * (1 + rows.index(answer)) + (row_h - sw) / 2
        return [
            image.pixelColor(x, y)
            for y in range(round(y0) + 2, round(y0 + sw) - 2)
            for x in range(4 + 2, round(4 + sw) - 2)
        ]

    def near(found: list[QColor], spec: str, tolerance: int = 40) -> int:
        """How many of ``found`` are (within antialiasing) the colour ``spec``."""
        want = QColor(spec)
        return sum(
            1
            for c in found
            if max(
                abs(c.red() - want.red()),
                abs(c.green() - want.green()),
                abs(c.blue() - want.blue()),
            )
            <= tolerance
        )

    declined, dont_know = pixels(DECLINED), pixels(DONT_KNOW)
    # the wheel's ground and pattern: hatching on the declined ground, dots on the
    # don't-know ground (a plain box with "–" or "?" has neither)
    assert near(declined, pal.declined_fill, 8) >= 20
    # (measured: 133 and 132 pixels; 216 and 156 in high contrast; the old boxes'
    # antialiased "–" and "?" came to 11 and 28, 18 and 46)
    assert near(declined, pal.declined_hatch) >= 60
    assert near(dont_know, pal.dont_know_dots, 60) >= 80
    # the symbols' own ink: the bubble and the question mark
    assert near(declined, pal.declined_symbol, 8) >= 10
    assert near(dont_know, pal.dont_know_symbol, 8) >= 10

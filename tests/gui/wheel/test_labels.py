"""Where the area labels go around the wheel: never over the rim where the rect has
room beside it, and not shortened when there is room for the whole word.

At 150 % on 1366x768 the comparison's wheels are wider than high; the labels
above and below were pushed onto the rim by the rect's edge ("Trygg / Alltid"
over the Trygg sector) and the ones below cut at the rim's share ("Omvård…").
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from hjulet.core.catalog import Catalog
from hjulet.core.geometry import WheelGeometry
from hjulet.core.model import DECLINED, Answer
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import NORMAL
from hjulet.gui.wheel import labels, paint
from hjulet.gui.wheel.labels import label_centre, label_limit
from hjulet.gui.wheel.layout import build_paths, label_px_for, wheel_layout
from hjulet.gui.wheel.state import WheelState


def _gap_to_rim(cx: float, cy: float, w: float, h: float, lay: object) -> float:
    """How far the block's nearest point lies outside the circle (negative: over it)."""
    lx, ly, r = lay.cx, lay.cy, lay.radius  # type: ignore[attr-defined]
    nx = min(max(lx, cx - w / 2), cx + w / 2)
    ny = min(max(ly, cy - h / 2), cy + h / 2)
    return math.hypot(nx - lx, ny - ly) - r


@pytest.mark.parametrize("size", [(433, 375), (520, 380), (900, 560)])
def test_labels_above_and_below_stay_off_the_rim_in_a_wide_rect(size: tuple[int, int]) -> None:
    rect = QRectF(0, 0, *size)
    lay = wheel_layout(rect)
    g = WheelGeometry(8, 4)
    w, h = 100.0, 57.0  # icon, bold name, the answer's words at 150 %
    above_or_below = [i for i in range(8) if abs(math.cos(math.radians(g.mid_angle(i)))) > 0.7]
    assert len(above_or_below) == 4
    for i in range(8):
        cx, cy = label_centre(rect, lay, g.mid_angle(i), w, h)
        assert rect.contains(QRectF(cx - w / 2, cy - h / 2, w, h)), i
        if i in above_or_below:
            assert _gap_to_rim(cx, cy, w, h, lay) >= 0, (i, size)


def test_labels_above_and_below_may_be_as_wide_as_the_radius() -> None:
    rect = QRectF(0, 0, 433, 375)
    lay = wheel_layout(rect)
    g = WheelGeometry(8, 4)
    share = lay.radius * 0.62
    for i in range(8):
        a = math.radians(g.mid_angle(i))
        limit = label_limit(rect, lay, g.mid_angle(i), share)
        assert limit >= share
        if abs(math.cos(a)) > 0.7:  # above or below
            assert limit >= lay.radius * 0.9


def test_the_focused_areas_words_stay_readable_over_the_focus_outline(
    qapp: object, catalog: Catalog
) -> None:
    """The teen's whole wheel at 150 %: a square rect pushes the side labels onto the
    rim, and the focus outline was drawn across the focused area's answer words
    ("2 – Ganska dåligt"). The focused block's words are painted over the outline."""
    state = WheelState(catalog.definition(), catalog.scale("steps5"), "sv")
    state.min_label_px = 17
    state.child = {a.id: Answer.at(2) for a in catalog.definition().areas}
    state.focus_visible = True
    side, dpr = 512, 1.5
    rect = QRectF(0, 0, side, side)
    paths = build_paths(state, rect)
    boxes, _words = labels._label_boxes(state, paths, NORMAL, rect)
    focus = QColor(NORMAL.focus).rgb()
    crossed = 0
    for index in range(len(boxes)):
        state.focus = index
        picture = QImage(round(side * dpr), round(side * dpr), QImage.Format.Format_RGB32)
        picture.setDevicePixelRatio(dpr)
        picture.fill(0)
        painter = QPainter(picture)
        paint.paint_wheel(painter, rect, state, NORMAL)
        painter.end()
        box = boxes[index]
        words = QRectF(
            box.left(), box.bottom() - box.height() * 0.3, box.width(), box.height() * 0.3
        )
        on_words = sum(
            1
            for y in range(math.ceil(words.top() * dpr), math.floor(words.bottom() * dpr))
            for x in range(math.ceil(words.left() * dpr), math.floor(words.right() * dpr))
            if picture.pixel(x, y) == focus
        )
        crossed += on_words > 0
        assert on_words == 0, (index, on_words)
    assert crossed == 0


@pytest.mark.parametrize(
    ("size", "label_px"),
    # each comparison pane at 150 % on 1366x768 (316x253, the system font's 12 px)
    [((316, 253), 12)]
    + [(size, px) for size in [(430, 380), (520, 380), (600, 420)] for px in (12, 14)],
)
def test_a_wheel_only_looked_at_gives_way_so_every_name_stands_whole(
    qapp: object, catalog: Catalog, label_px: int, size: tuple[int, int]
) -> None:
    """The comparison's wheels at 150 % (430x380, and 316x253 on 1366x768):
    "Ansvar…", "Respek…", "Utveck…" were cut beside the rim. A wheel fitted to
    its labels has the largest radius at which each name is whole, moved off the
    middle towards its shorter names; an interactive wheel keeps its size."""
    rect = QRectF(0, 0, *size)
    state = WheelState(catalog.definition(), catalog.scale("steps4"), "sv")
    state.min_label_px = label_px
    plain = build_paths(state, rect).layout
    state.fit_labels = True
    lay = build_paths(state, rect).layout
    assert lay.radius <= plain.radius
    assert lay.radius >= lay.side * 0.22
    g = state.geometry()
    bold = QFont(font_for("sv", label_px_for(lay.side, state)))
    bold.setBold(True)
    fm = QFontMetricsF(bold)
    for i, area in enumerate(state.definition.areas):
        name = area.label_in("sv")
        limit = label_limit(rect, lay, g.mid_angle(i), lay.radius * 0.62)
        assert fm.elidedText(name, Qt.TextElideMode.ElideRight, limit) == name, (name, limit)
        # and its block inside the rect: the wheel moved, not the block off the edge
        w, h = fm.horizontalAdvance(name) + 4, 55.0
        cx, cy = label_centre(rect, lay, g.mid_angle(i), w, h)
        assert rect.contains(QRectF(cx - w / 2, cy - h / 2, w, h)), name
    assert labels.shortened_names(state, rect, build_paths(state, rect)) == []


@pytest.mark.parametrize("size", [(900, 560), (1100, 700), (700, 560)])
def test_labels_beside_with_long_answer_words_stay_off_the_rim(size: tuple[int, int]) -> None:
    """The child-mode wheel at 1920x1080 and 1366x768 at 150 % in Somali: "Ma rabo
    inaan ka jawaabo" (don't want to answer) under "Caafimaad" reached back over the
    hatched sector: a block beside the wheel touched the circle only at its middle
    row, and the answer's line below it lies where the rim bulges outward."""
    rect = QRectF(0, 0, *size)
    lay = wheel_layout(rect)
    g = WheelGeometry(8, 5)
    w, h = 0.62 * lay.radius, 0.26 * lay.radius  # icon, name, a long answer line
    beside = [i for i in range(8) if abs(math.sin(math.radians(g.mid_angle(i)))) > 0.7]
    assert len(beside) == 4
    for i in beside:
        cx, cy = label_centre(rect, lay, g.mid_angle(i), w, h)
        assert rect.contains(QRectF(cx - w / 2, cy - h / 2, w, h)), i
        assert _gap_to_rim(cx, cy, w, h, lay) >= 0, (i, size, _gap_to_rim(cx, cy, w, h, lay))


@pytest.mark.parametrize(("side", "label_px"), [(620, 14), (512, 17), (760, 14)])
def test_answer_words_beside_a_square_wheel_give_way_to_the_rim(
    qapp: object, catalog: Catalog, side: int, label_px: int
) -> None:
    """The teen's whole wheel in Somali (square: no room beside the rim): the
    line "Ma rabo inaan ka jawaabo" under "Caafimaad" was painted over the hatched
    sector. Where the rect's edge holds a block on the rim, the answer's words are
    shortened to the room between them; the names stay whole."""
    definition = catalog.definition()
    state = WheelState(definition, catalog.scale("steps5"), "so")
    state.min_label_px = label_px
    state.child = {a.id: DECLINED for a in definition.areas}
    rect = QRectF(0, 0, side, side)
    paths = build_paths(state, rect)
    lay, g = paths.layout, paths.geometry
    _boxes, word_boxes = labels._label_boxes(state, paths, NORMAL, rect)
    beside = [i for i in range(8) if abs(math.sin(math.radians(g.mid_angle(i)))) > 0.7]
    for i in beside:
        words = word_boxes[i]
        assert words.height() > 0
        c = words.center()
        gap = _gap_to_rim(c.x(), c.y(), words.width(), words.height(), lay)
        assert gap >= -1.0, (definition.areas[i].id, gap)  # 1 px: the words' own padding

"""The wheel's cached base picture paints exactly what the uncached painter paints.

Every state that changes the picture is tried: answers, the two refusals, the
adult's and guardian's marks, last time's outline, hover, keyboard focus,
right-to-left and the high-contrast palette. The widget's own paint (through
its cache) is compared pixel for pixel with :func:`paint_wheel` drawing the
same state into a fresh image.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, Answer
from hjulet.gui.theme import HIGH_CONTRAST
from hjulet.gui.wheel.paint import paint_wheel
from hjulet.gui.wheel.widget import WheelWidget

SIDE = 420


def uncached(w: WheelWidget) -> QImage:
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_wheel(painter, QRectF(0, 0, SIDE, SIDE), w.state, w.wheel_palette)
    painter.end()
    return image


def cached(w: WheelWidget) -> QImage:
    return w.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    if a == b:
        return 0
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def answers(w: WheelWidget) -> None:
    ids = w.state.definition.area_ids
    for i, area in enumerate(ids):
        w.set_answer(area, Answer.at(1 + i % w.state.scale.size))


def refusals(w: WheelWidget) -> None:
    answers(w)
    ids = w.state.definition.area_ids
    w.set_answer(ids[1], DECLINED)
    w.set_answer(ids[2], DONT_KNOW)


def marks(w: WheelWidget) -> None:
    refusals(w)
    ids = w.state.definition.area_ids
    w.set_answers(
        adult={a: Answer.at(2) for a in ids[:5]} | {ids[6]: DECLINED},
        guardian={a: Answer.at(3) for a in ids[3:]} | {ids[0]: DONT_KNOW},
        previous={a: Answer.at(1 + i % 3) for i, a in enumerate(ids)},
    )
    w.set_show_adult(True)
    w.set_show_guardian(True)
    w.set_show_previous(True)


def hover(w: WheelWidget) -> None:
    marks(w)
    w.state.hover = (4, 2)


def focus(w: WheelWidget) -> None:
    marks(w)
    w.set_focus_area(w.state.definition.area_ids[3])
    w.state.focus_visible = True


def rtl(w: WheelWidget) -> None:
    focus(w)
    w.set_rtl(True)


def high_contrast(w: WheelWidget) -> None:
    rtl(w)
    w.state.hover = (0, 1)
    w.set_wheel_palette(HIGH_CONTRAST)


STATES: dict[str, Callable[[WheelWidget], None]] = {
    "empty": lambda w: None,
    "answers": answers,
    "declined and don't know": refusals,
    "adult, guardian, last time": marks,
    "hover": hover,
    "keyboard focus": focus,
    "right-to-left": rtl,
    "high contrast": high_contrast,
}


@pytest.mark.parametrize("name", list(STATES))
def test_cached_picture_equals_uncached(qtbot: Any, catalog: Catalog, name: str) -> None:
    w = WheelWidget(catalog.definition(), catalog.scale("steps4"), "sv")
    qtbot.addWidget(w)
    w.resize(SIDE, SIDE)
    cached(w)  # a first picture in the cache, of the empty wheel
    STATES[name](w)
    assert differing_pixels(cached(w), uncached(w)) == 0


def test_pointer_and_focus_reuse_the_picture_and_answers_replace_it(
    qtbot: Any, catalog: Catalog
) -> None:
    w = WheelWidget(catalog.definition(), catalog.scale("steps4"), "sv")
    qtbot.addWidget(w)
    w.resize(SIDE, SIDE)
    marks(w)
    cached(w)
    renders = w._picture.renders
    ids = w.state.definition.area_ids
    for k in range(len(ids)):  # focus and pointer move: the base is not painted again
        w.set_focus_area(ids[k])
        w.state.focus_visible = True
        w.state.hover = (k, 1 + k % 4)
        assert differing_pixels(cached(w), uncached(w)) == 0
    assert w._picture.renders == renders
    w.set_answer(ids[0], DECLINED)  # an answer changes: a new base, never a stale one
    assert differing_pixels(cached(w), uncached(w)) == 0
    assert w._picture.renders == renders + 1
    w.resize(SIDE + 10, SIDE + 10)
    w.grab()
    assert w._picture.renders == renders + 2


ONE_CHANGE: dict[str, Callable[[WheelWidget], None]] = {
    "a child's answer": lambda w: w.set_answer(w.state.definition.area_ids[4], DONT_KNOW),
    "an adult's answer": lambda w: w.set_answer(w.state.definition.area_ids[0], DECLINED, "adult"),
    "a guardian's answer": lambda w: w.set_answer(
        w.state.definition.area_ids[5], Answer.at(1), "guardian"
    ),
    "last time": lambda w: w.set_answers(previous={}),
    "last time hidden": lambda w: w.set_show_previous(False),
    "adult hidden": lambda w: w.set_show_adult(False),
    "guardian hidden": lambda w: w.set_show_guardian(False),
    "language": lambda w: w.set_language("en"),
    "direction": lambda w: w.set_rtl(True),
    "palette": lambda w: w.set_wheel_palette(HIGH_CONTRAST),
    "label size": lambda w: setattr(w.state, "min_label_px", 22),
}


@pytest.mark.parametrize("name", list(ONE_CHANGE))
def test_each_change_alone_gives_a_new_picture(qtbot: Any, catalog: Catalog, name: str) -> None:
    w = WheelWidget(catalog.definition(), catalog.scale("steps4"), "sv")
    qtbot.addWidget(w)
    w.resize(SIDE, SIDE)
    marks(w)
    before = cached(w)
    ONE_CHANGE[name](w)
    after = uncached(w)
    assert differing_pixels(before, after) > 0  # the change shows
    assert differing_pixels(cached(w), after) == 0

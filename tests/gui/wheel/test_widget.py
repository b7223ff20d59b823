"""The wheel widget, driven like a person would: clicks, drags, touch, keys.

Real widgets, real painting (``grab()``), real accessibility interfaces; the
expected positions come from core/geometry.py, the same geometry the widget
and the PDF draw with.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter
from PySide6.QtTest import QTest

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer
from hjulet.core.scales import Scale
from hjulet.core.wheel import WheelDefinition
from hjulet.gui.theme import HIGH_CONTRAST, NORMAL
from hjulet.gui.wheel.layout import MIN_TARGET_PX, min_side_for
from hjulet.gui.wheel.paint import paint_wheel
from hjulet.gui.wheel.state import WheelState
from hjulet.gui.wheel.widget import WheelWidget

SIDE = 800


@pytest.fixture
def definition(catalog: Catalog) -> WheelDefinition:
    return catalog.definition()


@pytest.fixture
def steps4(catalog: Catalog) -> Scale:
    return catalog.scale("steps4")


def make_wheel(
    qtbot: Any, definition: WheelDefinition, scale: Scale, lang: str = "sv"
) -> WheelWidget:
    w = WheelWidget(definition, scale, lang)
    qtbot.addWidget(w)
    w.resize(SIDE, SIDE)
    return w


@pytest.fixture
def wheel(qtbot: Any, definition: WheelDefinition, steps4: Scale) -> Iterator[WheelWidget]:
    yield make_wheel(qtbot, definition, steps4)


def centre_px(w: WheelWidget, index: int, level: int) -> QPoint:
    return w.unit_to_widget(w.state.geometry().sector_centre(index, level)).toPoint()


class Recorder:
    def __init__(self, w: WheelWidget) -> None:
        self.ratings: list[tuple[str, Answer, Answer]] = []
        self.activated: list[str] = []
        w.rating_changed.connect(lambda a, new, old: self.ratings.append((a, new, old)))
        w.area_activated.connect(self.activated.append)


# --- pointer ----------------------------------------------------------------------


@pytest.mark.parametrize("scale_id", ["faces3", "steps4", "steps5"])
def test_click_on_each_ring_sets_that_area_and_level(
    qtbot: Any, catalog: Catalog, definition: WheelDefinition, scale_id: str
) -> None:
    scale = catalog.scale(scale_id)
    w = make_wheel(qtbot, definition, scale)
    rec = Recorder(w)
    expected = []
    for i, area in enumerate(definition.areas):
        previous = NOT_ASKED
        for level in range(1, scale.size + 1):
            qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=centre_px(w, i, level))
            expected.append((area.id, Answer.at(level), previous))
            previous = Answer.at(level)
        assert w.answer(area.id) == Answer.at(scale.size)
    assert rec.ratings == expected
    assert len(expected) == len(definition.areas) * scale.size


def test_clicking_the_same_level_again_emits_nothing(wheel: WheelWidget) -> None:
    rec = Recorder(wheel)
    pos = centre_px(wheel, 2, 3)
    QTest.mouseClick(wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QTest.mouseClick(wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert len(rec.ratings) == 1


def test_clicks_in_the_hub_or_outside_do_nothing(wheel: WheelWidget) -> None:
    rec = Recorder(wheel)
    QTest.mouseClick(
        wheel,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(SIDE // 2, SIDE // 2),
    )
    QTest.mouseClick(wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(3, 3))
    assert rec.ratings == []


def test_drag_outward_then_inward_is_one_change(
    wheel: WheelWidget, definition: WheelDefinition
) -> None:
    rec = Recorder(wheel)
    area = definition.areas[5].id
    QTest.mousePress(
        wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px(wheel, 5, 1)
    )
    for level in (2, 3, 4):
        QTest.mouseMove(wheel, centre_px(wheel, 5, level))
    assert wheel.answer(area) == Answer.at(4)  # the fill follows the finger
    assert rec.ratings == []  # ...but the change is reported once, on release
    QTest.mouseMove(wheel, centre_px(wheel, 5, 2))
    QTest.mouseRelease(
        wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px(wheel, 5, 2)
    )
    assert rec.ratings == [(area, Answer.at(2), NOT_ASKED)]


def test_drag_stays_in_the_pressed_area(wheel: WheelWidget, definition: WheelDefinition) -> None:
    rec = Recorder(wheel)
    QTest.mousePress(
        wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px(wheel, 0, 1)
    )
    QTest.mouseMove(wheel, centre_px(wheel, 1, 4))  # wanders into the next sector
    QTest.mouseRelease(
        wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px(wheel, 1, 4)
    )
    assert rec.ratings == [(definition.areas[0].id, Answer.at(4), NOT_ASKED)]
    assert wheel.answer(definition.areas[1].id) == NOT_ASKED


def test_touch_tap_and_drag(qtbot: Any, wheel: WheelWidget, definition: WheelDefinition) -> None:
    wheel.show()  # touch goes through the window system: the widget needs a window
    qtbot.waitExposed(wheel)
    rec = Recorder(wheel)
    device = QTest.createTouchDevice()
    QTest.touchEvent(wheel, device).press(0, centre_px(wheel, 3, 2), wheel).commit()
    QTest.touchEvent(wheel, device).release(0, centre_px(wheel, 3, 2), wheel).commit()
    QTest.touchEvent(wheel, device).press(0, centre_px(wheel, 6, 1), wheel).commit()
    QTest.touchEvent(wheel, device).move(0, centre_px(wheel, 6, 3), wheel).commit()
    QTest.touchEvent(wheel, device).release(0, centre_px(wheel, 6, 3), wheel).commit()
    assert rec.ratings == [
        (definition.areas[3].id, Answer.at(2), NOT_ASKED),
        (definition.areas[6].id, Answer.at(3), NOT_ASKED),
    ]


def test_hover_marks_the_ring_under_the_pointer(qtbot: Any, wheel: WheelWidget) -> None:
    wheel.show()
    qtbot.waitExposed(wheel)
    QTest.mouseMove(wheel, centre_px(wheel, 4, 3))
    assert wheel.state.hover == (4, 3)
    assert "Ofta" in wheel.toolTip()


def test_double_click_opens_the_area(wheel: WheelWidget, definition: WheelDefinition) -> None:
    rec = Recorder(wheel)
    QTest.mouseDClick(
        wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px(wheel, 7, 2)
    )
    assert rec.activated == [definition.areas[7].id]


# --- keyboard ---------------------------------------------------------------------


def test_keys_move_between_areas_and_set_answers(
    qtbot: Any, wheel: WheelWidget, definition: WheelDefinition
) -> None:
    rec = Recorder(wheel)
    ids = definition.area_ids
    qtbot.keyClick(wheel, Qt.Key.Key_Right)  # first key: focus lands on area 1, then moves on
    assert wheel.focus_area() == ids[1]
    qtbot.keyClick(wheel, Qt.Key.Key_Left)
    qtbot.keyClick(wheel, Qt.Key.Key_Left)  # wraps round to the last area
    assert wheel.focus_area() == ids[-1]
    qtbot.keyClick(wheel, Qt.Key.Key_Home)
    assert wheel.focus_area() == ids[0]
    qtbot.keyClicks(wheel, "3")
    qtbot.keyClick(wheel, Qt.Key.Key_Plus)
    qtbot.keyClick(wheel, Qt.Key.Key_Plus)  # already at the top: no change
    qtbot.keyClick(wheel, Qt.Key.Key_Down)
    qtbot.keyClick(wheel, Qt.Key.Key_Minus)
    qtbot.keyClick(wheel, Qt.Key.Key_D)
    qtbot.keyClick(wheel, Qt.Key.Key_K)
    qtbot.keyClick(wheel, Qt.Key.Key_Delete)
    qtbot.keyClicks(wheel, "9")  # beyond the scale: ignored
    assert [(new, old) for _, new, old in rec.ratings] == [
        (Answer.at(3), NOT_ASKED),
        (Answer.at(4), Answer.at(3)),
        (Answer.at(3), Answer.at(4)),
        (Answer.at(2), Answer.at(3)),
        (DECLINED, Answer.at(2)),
        (DONT_KNOW, DECLINED),
        (NOT_ASKED, DONT_KNOW),
    ]
    assert {a for a, _, _ in rec.ratings} == {ids[0]}
    qtbot.keyClick(wheel, Qt.Key.Key_End)
    qtbot.keyClick(wheel, Qt.Key.Key_Return)
    assert rec.activated == [ids[-1]]


def test_arrows_follow_the_screen_in_right_to_left(
    qtbot: Any, definition: WheelDefinition, steps4: Scale
) -> None:
    w = make_wheel(qtbot, definition, steps4, "ar")
    w.set_focus_area(definition.area_ids[0])
    qtbot.keyClick(w, Qt.Key.Key_Left)  # area 2 is to the left of area 1 in Arabic
    assert w.focus_area() == definition.area_ids[1]


def test_set_answer_from_a_controller_does_not_emit(
    wheel: WheelWidget, definition: WheelDefinition
) -> None:
    rec = Recorder(wheel)
    wheel.set_answer(definition.area_ids[0], Answer.at(2))
    wheel.set_answer(definition.area_ids[0], Answer.at(1), who="adult")
    assert rec.ratings == []
    assert wheel.answer(definition.area_ids[0]) == Answer.at(2)
    assert wheel.answer(definition.area_ids[0], "adult") == Answer.at(1)


def test_a_two_argument_slot_still_works(wheel: WheelWidget, definition: WheelDefinition) -> None:
    got: list[tuple[str, Answer]] = []
    wheel.rating_changed.connect(lambda area_id, new: got.append((area_id, new)))
    QTest.mouseClick(
        wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px(wheel, 1, 2)
    )
    assert got == [(definition.area_ids[1], Answer.at(2))]


# --- pixels -----------------------------------------------------------------------


def pixel(img: QImage, w: WheelWidget, index: int, level: int) -> QColor:
    return img.pixelColor(centre_px(w, index, level))


def close(a: QColor, b: QColor, tol: int = 6) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tol


def test_grab_shows_fill_up_to_the_level_in_the_area_colour(
    wheel: WheelWidget, definition: WheelDefinition
) -> None:
    for i, area in enumerate(definition.areas):
        wheel.set_answer(area.id, Answer.at(1 + i % 4))
    img = wheel.grab().toImage()
    for i, area in enumerate(definition.areas):
        level = 1 + i % 4
        colour = QColor(area.colour)
        for k in range(1, 5):
            got = pixel(img, wheel, i, k)
            assert close(got, colour) == (k <= level), (area.id, k, got.name())


def test_declined_dont_know_and_not_asked_look_different(
    wheel: WheelWidget, definition: WheelDefinition
) -> None:
    ids = definition.area_ids
    wheel.set_answers(child={ids[0]: Answer.at(4), ids[1]: DECLINED, ids[2]: DONT_KNOW})
    before = wheel.grab().toImage()
    wheel.set_answers(child={ids[0]: Answer.at(4), ids[1]: Answer.at(4), ids[2]: Answer.at(4)})
    filled = wheel.grab().toImage()
    wheel.set_answers(child={})
    empty = wheel.grab().toImage()
    for i in (1, 2):
        for k in (1, 2, 4):  # k=3 is near the symbol in the middle of the sector
            mark = pixel(before, wheel, i, k)
            assert not close(mark, pixel(filled, wheel, i, k), 12), (i, k)
            assert not close(mark, pixel(empty, wheel, i, k), 12), (i, k)
    # the declined hatch and the don't-know dots are patterns: several colours in one sector
    for i in (1, 2):
        c = centre_px(wheel, i, 2)
        colours = {
            before.pixel(c.x() + dx, c.y() + dy)
            for dx in range(-12, 13, 2)
            for dy in range(-12, 13, 2)
        }
        assert len(colours) > 3
    # the two marks differ from each other too
    assert not close(pixel(before, wheel, 1, 4), pixel(before, wheel, 2, 4), 4)
    # not asked is faint: close to the background, unlike a fill
    bg = QColor(NORMAL.background)
    assert max(abs(pixel(empty, wheel, 0, 2).red() - bg.red()), 0) < 60


def test_previous_outline_can_be_switched_off(
    wheel: WheelWidget, definition: WheelDefinition
) -> None:
    wheel.set_answers(previous={definition.area_ids[0]: Answer.at(3)})
    on = wheel.grab().toImage()
    wheel.set_show_previous(False)
    off = wheel.grab().toImage()
    assert on != off


def test_adult_and_guardian_marks_are_drawn_only_when_shown(
    wheel: WheelWidget, definition: WheelDefinition
) -> None:
    a = definition.area_ids[0]
    wheel.set_answers(child={a: Answer.at(2)}, adult={a: Answer.at(4)}, guardian={a: Answer.at(3)})
    hidden = wheel.grab().toImage()
    wheel.set_show_adult(True)
    adult = wheel.grab().toImage()
    wheel.set_show_guardian(True)
    both = wheel.grab().toImage()
    assert hidden != adult != both
    # the child's own answer is untouched by the other views: never averaged
    assert wheel.answer(a) == Answer.at(2)
    assert close(pixel(both, wheel, 0, 2), QColor(definition.areas[0].colour))
    assert not close(pixel(both, wheel, 0, 3), QColor(definition.areas[0].colour))


def test_right_to_left_puts_area_one_left_of_twelve(
    qtbot: Any, definition: WheelDefinition, steps4: Scale
) -> None:
    w = make_wheel(qtbot, definition, steps4, "ar")
    assert w.state.is_rtl()
    first = centre_px(w, 0, 2)
    assert first.x() < SIDE / 2 and first.y() < SIDE / 2
    w.set_answer(definition.area_ids[0], Answer.at(4))
    img = w.grab().toImage()
    mirrored = QPoint(SIDE - first.x(), first.y())  # where area 1 sits left-to-right
    assert close(img.pixelColor(first), QColor(definition.areas[0].colour))
    assert not close(img.pixelColor(mirrored), QColor(definition.areas[0].colour))
    rec = Recorder(w)
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    assert rec.ratings[0][0] == definition.area_ids[0]


def test_high_contrast_palette_paints(
    qtbot: Any, definition: WheelDefinition, steps4: Scale
) -> None:
    w = WheelWidget(definition, steps4, "sv", palette=HIGH_CONTRAST)
    qtbot.addWidget(w)
    w.resize(SIDE, SIDE)
    w.set_answers(child={a: Answer.at(3) for a in definition.area_ids})
    img = w.grab().toImage()
    for i in range(len(definition.areas)):
        assert not close(pixel(img, w, i, 4), pixel(img, w, i, 1), 20)


def test_paint_wheel_draws_into_any_painter(
    definition: WheelDefinition, steps4: Scale, qtbot: Any
) -> None:
    state = WheelState(definition, steps4, "sv", child={definition.area_ids[0]: Answer.at(4)})
    img = QImage(400, 400, QImage.Format.Format_ARGB32)
    img.fill(QColor("black"))
    painter = QPainter(img)
    paint_wheel(painter, QRectF(0, 0, 400, 400), state, NORMAL)
    painter.end()
    g = state.geometry()
    x, y = g.sector_centre(0, 4)
    r = 400 * 0.35
    assert close(
        img.pixelColor(int(200 + x * r), int(200 + y * r)), QColor(definition.areas[0].colour)
    )
    assert close(img.pixelColor(2, 2), QColor(NORMAL.background))


# --- size and targets -------------------------------------------------------------


@pytest.mark.parametrize("scale_id", ["faces3", "steps4", "steps5"])
def test_rings_are_at_least_44_px_deep_at_the_minimum_size(
    qtbot: Any, catalog: Catalog, definition: WheelDefinition, scale_id: str
) -> None:
    scale = catalog.scale(scale_id)
    w = WheelWidget(definition, scale)
    qtbot.addWidget(w)
    hint = w.minimumSizeHint()
    assert hint.width() == hint.height() == min_side_for(scale.size)
    w.resize(hint)
    assert w.ring_depth_px() >= MIN_TARGET_PX
    assert w.hasHeightForWidth() and w.heightForWidth(640) == 640


def test_paths_are_rebuilt_on_resize_only(wheel: WheelWidget) -> None:
    first = wheel.paths()
    wheel.grab()
    assert wheel.paths() is first
    wheel.resize(600, 600)
    assert wheel.paths() is not first
    assert wheel.paths().layout.side == 600


# --- accessibility ----------------------------------------------------------------


def test_each_sector_is_an_accessible_child_with_name_and_value(
    wheel: WheelWidget, definition: WheelDefinition
) -> None:
    wheel.set_answers(child={"trygg": Answer.at(3), "ma-bra": DECLINED, "utvecklas": DONT_KNOW})
    iface = QAccessible.queryAccessibleInterface(wheel)
    assert iface is not None
    assert iface.childCount() == len(definition.areas)
    names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
    assert names == [a.label_in("sv") for a in definition.areas]
    trygg = iface.child(0)
    assert trygg.text(QAccessible.Text.Name) == "Trygg"
    assert trygg.text(QAccessible.Text.Value) == "Ofta"
    assert trygg.role() == QAccessible.Role.Slider
    assert trygg.parent().object() is wheel
    assert iface.indexOfChild(trygg) == 0
    assert iface.child(1).text(QAccessible.Text.Value) == "Vill inte svara"
    assert iface.child(2).text(QAccessible.Text.Value) == "Vet inte"
    assert iface.child(3).text(QAccessible.Text.Value) == "Not asked yet"  # no translator loaded
    assert "trygg" in trygg.text(QAccessible.Text.Description).lower()
    # the value follows a click
    QTest.mouseClick(
        wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_px(wheel, 0, 4)
    )
    assert iface.child(0).text(QAccessible.Text.Value) == "Alltid"
    assert iface.focusChild() is iface.child(0)


@pytest.mark.parametrize("lang", ["sv", "ti", "ar"])
def test_a_description_ends_each_sentence_once(
    qtbot: Any, definition: WheelDefinition, steps4: Scale, lang: str
) -> None:
    """A question that ends its own sentence ("።" in Tigrinya, "?" in an organisation's
    own wording) is read without a full stop added after it ("።.", "?.")."""
    wheel = make_wheel(qtbot, definition, steps4, lang)
    wheel.set_answers(child={"trygg": Answer.at(3)}, adult={"trygg": DONT_KNOW})
    wheel.set_show_adult(True)
    iface = QAccessible.queryAccessibleInterface(wheel)
    for i, area in enumerate(definition.areas):
        text = iface.child(i).text(QAccessible.Text.Description)
        assert text.startswith(area.question_in(lang)), text
        for end in ("።", "?", "؟", "!", "."):
            assert end + "." not in text, text


def test_accessible_child_at_a_point(wheel: WheelWidget) -> None:
    iface = QAccessible.queryAccessibleInterface(wheel)
    p = wheel.mapToGlobal(centre_px(wheel, 5, 2))
    child = iface.childAt(p.x(), p.y())
    assert child is not None and iface.indexOfChild(child) == 5
    rect = child.rect()
    assert rect.contains(p)


def test_arabic_names_come_from_the_definition(
    qtbot: Any, definition: WheelDefinition, steps4: Scale
) -> None:
    w = make_wheel(qtbot, definition, steps4, "ar")
    w.set_answer("trygg", Answer.at(3))
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface.child(0).text(QAccessible.Text.Name) == "آمن"
    assert iface.child(0).text(QAccessible.Text.Value) == "غالبًا"


def test_focus_point_maps_to_widget(wheel: WheelWidget) -> None:
    p = wheel.unit_to_widget((0.0, 0.0))
    assert p == QPointF(SIDE / 2, SIDE / 2)


# --- fonts ------------------------------------------------------------------------


def test_the_first_screens_fonts_are_the_registrys_interface_font() -> None:
    """The app's start adds only these before its first frame, without reading the
    language registry: they must be the registry's font for Swedish and English."""
    from hjulet.core import languages
    from hjulet.gui.fonts import UI_FONT_FILES, font_files

    for lang in ("sv", "en"):
        font = languages.get(lang).font
        assert (font.regular, font.bold) == UI_FONT_FILES
    assert set(UI_FONT_FILES) < set(font_files())


def test_bundled_fonts_register_once_and_cover_each_script(qtbot: Any) -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from hjulet.gui.fonts import font_for, register_fonts

    families = register_fonts()
    assert {"Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic"} <= set(families)
    assert register_fonts() is families  # second call does nothing
    for lang, family in (
        ("ar", "Noto Naskh Arabic"),
        ("fa", "Noto Naskh Arabic"),
        ("prs", "Noto Naskh Arabic"),
        ("ti", "Noto Sans Ethiopic"),
        ("am", "Noto Sans Ethiopic"),
        ("uk", "Noto Sans"),
        ("so", "Noto Sans"),
        ("sv", "Noto Sans"),
        ("en", "Noto Sans"),
    ):
        font = font_for(lang, 20)
        assert font.families()[0] == family
        assert QFontInfo(font).family() == family
    assert QFontDatabase.hasFamily("Noto Naskh Arabic")


@pytest.mark.parametrize("answer", [DECLINED, DONT_KNOW])
def test_refusal_words_follow_a_form_of_address_to_its_language(
    definition: WheelDefinition, steps4: Scale, answer: Answer
) -> None:
    """Child mode labels the wheel in "ar-x-girl" (the child's form of address): the words
    under a "don't know" / "don't want to answer" sector are Arabic, not the Swedish fallback."""
    from hjulet.gui.child_mode.faces import pick_text
    from hjulet.gui.wheel.state import answer_text

    labels = steps4.declined_label if answer == DECLINED else steps4.dont_know_label
    state = WheelState(definition, steps4, "ar-x-girl")
    assert answer_text(state, answer) == labels["ar"] != labels["sv"]
    assert pick_text(labels, "ar-x-girl") == labels["ar"]

"""Child mode, driven like a child and an adult would; answers read back through services."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, Answer, Conversation
from hjulet.gui.child_mode import ChildModeWindow
from hjulet.gui.conversation.controller import ConversationController
from tests.gui.test_conversation_support import make_conversation, ring_point, stored


def open_child_mode(qtbot: Any, vault: Any, conv: Conversation) -> ChildModeWindow:
    assert conv.id is not None
    controller = ConversationController(vault, conv.id)
    window = ChildModeWindow(vault, controller)
    controller.setParent(window)
    # child mode refuses a plain close once handed over; the test's tear-down is the adult
    qtbot.addWidget(window, before_close_func=adult_closes)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_page() == "handover"  # the adult's screen comes first
    window.handover.start_button.click()
    return window


@pytest.fixture
def conv(vault: Any, catalog: Catalog) -> Conversation:
    return make_conversation(vault, catalog, "steps4", "sv")


@pytest.fixture
def child(qtbot: Any, vault: Any, conv: Conversation) -> Iterator[ChildModeWindow]:
    yield open_child_mode(qtbot, vault, conv)


def adult_closes(window: ChildModeWindow) -> None:
    window.allow_close()


def click(qtbot: Any, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_flow_starts_with_who_sees_then_practice_that_is_not_saved(
    child: ChildModeWindow, qtbot: Any, vault: Any, conv: Conversation
) -> None:
    assert conv.id is not None
    assert child.current_page() == "who"
    texts = [w.text() for w in child.pages["who"].findChildren(type(child.whole_page.question))]
    assert child.texts.who_sees_title in texts
    assert child.texts.who_sees_harm in texts
    click(qtbot, child.who_page.next_button)
    assert child.current_page() == "practice"
    w = child.practice_page.wheel
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 0, 3))
    assert w.answer("practice") == Answer.at(3)
    saved = services.get_conversation(vault, conv.id)
    assert all(e.is_empty() for e in saved.entries.values())  # practice: nothing saved
    assert child.conversation_session.history == ()
    click(qtbot, child.practice_page.next_button)
    assert child.current_page() == "one"  # 8-12: one area per screen by default


def test_whole_wheel_clicks_and_buttons_save(
    child: ChildModeWindow, qtbot: Any, vault: Any, conv: Conversation
) -> None:
    assert conv.id is not None
    click(qtbot, child.who_page.next_button)
    click(qtbot, child.practice_page.next_button)
    click(qtbot, child.one_page.switch)  # the child asks for the whole wheel
    assert child.current_page() == "whole"
    w = child.whole_page.wheel
    assert w.ring_depth_px() >= 44  # a 1366x768 screen still has full-size targets
    areas = conv.definition.areas
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 1, 4))
    assert stored(vault, conv.id, areas[1].id) == Answer.at(4)
    assert child.whole_page.heading.label == areas[1].label_in("sv")
    click(qtbot, child.whole_page.dont_know)
    assert stored(vault, conv.id, areas[1].id) == DONT_KNOW
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Right)
    click(qtbot, child.whole_page.declined)
    assert stored(vault, conv.id, areas[2].id) == DECLINED
    device = QTest.createTouchDevice()
    QTest.touchEvent(w, device).press(0, ring_point(w, 7, 1), w).commit()
    QTest.touchEvent(w, device).move(0, ring_point(w, 7, 3), w).commit()
    QTest.touchEvent(w, device).release(0, ring_point(w, 7, 3), w).commit()
    assert stored(vault, conv.id, areas[7].id) == Answer.at(3)
    click(qtbot, child.whole_page.done_button)
    assert child.current_page() == "important"


def test_one_area_per_screen(
    child: ChildModeWindow, qtbot: Any, vault: Any, conv: Conversation
) -> None:
    assert conv.id is not None
    areas = conv.definition.areas
    child.go("one")
    assert child.current_page() == "one"
    assert child.one_page.count.text() == "1 av 8"
    w = child.one_page.wheel
    assert w is not None and w.state.definition.area_ids == (areas[0].id,)
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 0, 2))
    assert stored(vault, conv.id, areas[0].id) == Answer.at(2)
    click(qtbot, child.one_page.next_button)
    assert child.one_page.heading.label == areas[1].label_in("sv")
    assert child.one_page.back_button.isVisible()
    click(qtbot, child.one_page.dont_know)
    assert stored(vault, conv.id, areas[1].id) == DONT_KNOW
    assert stored(vault, conv.id, areas[0].id) == Answer.at(2)
    w2 = child.one_page.wheel
    assert w2 is not None
    w2.setFocus()
    qtbot.keyClick(w2, Qt.Key.Key_4)
    assert stored(vault, conv.id, areas[1].id) == Answer.at(4)
    click(qtbot, child.one_page.back_button)
    assert child.one_page.wheel is not None and child.one_page.wheel.answer(
        areas[0].id
    ) == Answer.at(2)
    for _ in range(len(areas)):
        click(qtbot, child.one_page.next_button)
    assert child.current_page() == "important"


def test_pause_and_resume_return_to_the_same_screen(child: ChildModeWindow, qtbot: Any) -> None:
    child.go("whole")
    click(qtbot, child.corner.pause_button)
    assert child.current_page() == "pause"
    click(qtbot, child.pause_page.resume_button)
    assert child.current_page() == "whole"


def test_cover_with_esc_f12_and_button_and_back_with_one_click(
    child: ChildModeWindow, qtbot: Any
) -> None:
    child.go("whole")
    qtbot.keyClick(child.whole_page.wheel, Qt.Key.Key_Escape)
    assert child.is_covered
    assert child.cover_screen.geometry() == child.rect()
    qtbot.mouseClick(child.cover_screen, Qt.MouseButton.LeftButton)
    assert not child.is_covered
    assert child.current_page() == "whole"
    qtbot.keyClick(child.whole_page.wheel, Qt.Key.Key_F12)
    assert child.is_covered
    qtbot.keyClick(child.cover_screen, Qt.Key.Key_F12)
    assert not child.is_covered
    # the cover hides every answer: the filled slice is no longer drawn
    w = child.whole_page.wheel
    w.set_answer(child.definition.areas[0].id, Answer.at(4))
    g = w.state.geometry()
    off_centre = g.point(g.mid_angle(0) + g.span / 4, (g.ring_radius(1) + g.ring_radius(2)) / 2)
    spot = w.mapTo(child, w.unit_to_widget(off_centre).toPoint())
    colour = child.definition.areas[0].colour.lower()
    assert child.grab().toImage().pixelColor(spot).name() == colour
    click(qtbot, child.corner.cover_button)
    assert child.is_covered
    assert child.grab().toImage().pixelColor(spot).name() != colour


def test_leaving_asks_the_adult_after_the_shortcut_or_a_long_press(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    window = open_child_mode(qtbot, vault, conv)
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # covers, never leaves
    assert window.isVisible() and not left
    window.uncover()
    window.corner.exit_button.hold_ms = 300
    qtbot.mouseClick(window.corner.exit_button, Qt.MouseButton.LeftButton)  # a short tap
    qtbot.wait(400)
    assert window.current_page() == "who" and not left
    qtbot.mousePress(window.corner.exit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "exit", timeout=2000)
    qtbot.mouseRelease(window.corner.exit_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and not left  # the secret is still needed
    click(qtbot, window.exit_gate.back_button)
    assert window.current_page() == "who"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Q, shift_ctrl)
    assert window.current_page() == "exit" and window.isVisible() and not left


def test_every_button_has_an_accessible_name(child: ChildModeWindow) -> None:
    child.go("one")
    buttons = child.findChildren(QAbstractButton)
    assert len(buttons) > 10
    for button in buttons:
        # what a screen reader reads: the accessible name, else the button's text
        assert (button.accessibleName() or button.text()).strip(), button.objectName()
    # in the child's words (from the child-text files), not the adult's catalogue
    assert child.corner.exit_button.accessibleName() == "För den vuxna"


def test_no_adult_notes_or_other_children_in_child_mode(
    qtbot: Any, vault: Any, catalog: Catalog, conv: Conversation
) -> None:
    from hjulet.core.model import EntryField

    assert conv.id is not None
    services.set_text(vault, conv.id, "trygg", EntryField.ADULT_NOTE, "ADULT-ONLY-NOTE")
    services.add_child(vault, name="OTHER-CHILD", birth_year=2014)
    window = open_child_mode(qtbot, vault, conv)
    from PySide6.QtWidgets import QLabel

    shown = " ".join(lbl.text() for lbl in window.findChildren(QLabel))
    for page in window.PAGES:
        window.go(page)
    assert "ADULT-ONLY-NOTE" not in shown and "OTHER-CHILD" not in shown
    from PySide6.QtWidgets import QMenuBar

    assert not window.findChildren(QMenuBar)


def test_arabic_child_mode_mirrors_and_uses_naskh(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    conv = make_conversation(vault, catalog, "steps5", "ar")
    assert conv.id is not None
    window = open_child_mode(qtbot, vault, conv)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.go("whole")
    w = window.whole_page.wheel
    assert w.state.is_rtl() and not w.state.geometry().clockwise
    assert w.ring_depth_px() >= 44  # the teenagers' five steps fit at 768 px
    # the second area is to the left of the first (anticlockwise)
    first = ring_point(w, 0, 3)
    second = ring_point(w, 1, 3)
    assert second.x() < first.x()
    # mirrored: the texts column is on the right, the buttons on the left
    heading_x = window.whole_page.heading.mapTo(
        window, window.whole_page.heading.rect().center()
    ).x()
    done_x = window.whole_page.done_button.mapTo(
        window, window.whole_page.done_button.rect().center()
    ).x()
    assert heading_x > window.width() / 2 > done_x
    label = window.whole_page.question.label
    assert QFontInfo(label.font()).family() == "Noto Naskh Arabic"
    assert label.text() == conv.definition.areas[0].question_in("ar")
    # the Swedish is there, smaller, for the adult
    assert window.whole_page.question.swedish.isVisibleTo(window)
    assert "trygg" in window.whole_page.question.swedish.text().lower()
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 1, 5))
    assert stored(vault, conv.id, conv.definition.areas[1].id) == Answer.at(5)


def test_every_sentence_of_the_sharing_step_has_the_swedish_gloss(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """A child in English: the adult reads each sentence of "May we show this at the
    meeting?" in Swedish underneath (the note on the meeting's consent had none)."""
    from PySide6.QtWidgets import QLabel

    from hjulet.core.child_texts import load_child_texts

    window = open_child_mode(qtbot, vault, make_conversation(vault, catalog, "steps4", "en"))
    window.controller.set_answer(catalog.definition().areas[0].id, Answer.at(2), "child")
    window.go("share")
    assert window.current_page() == "share"
    shown = {label.text() for label in window.pages["share"].findChildren(QLabel)}
    swedish = load_child_texts("sv")
    for key in ("share_title", "share_intro", "share_consent"):
        assert swedish.text(key) in shown, key


def _ink_columns(label: Any) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns where the label's text leaves ink."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    assert columns, "the label drew nothing"
    return columns[0], columns[-1]


@pytest.mark.parametrize("lang", ["ar", "fa", "sv"])
def test_the_gloss_stands_under_its_sentence_on_the_sentences_side(
    qtbot: Any, vault: Any, catalog: Catalog, lang: str
) -> None:
    """Under a right-to-left sentence the Swedish gloss is on the right (it was on the
    left, apart from the words it translates); its own words still read left to right."""
    from hjulet.gui.child_mode.parts import ReadableText

    adult = "en" if lang == "sv" else "sv"
    conv = make_conversation(vault, catalog, "steps4", lang)
    assert conv.id is not None
    controller = ConversationController(vault, conv.id)
    window = ChildModeWindow(vault, controller, adult_lang=adult)
    controller.setParent(window)
    qtbot.addWidget(window, before_close_func=adult_closes)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.go("who")
    glossed = [
        r
        for r in window.pages["who"].findChildren(ReadableText)
        if r.isVisible() and r.swedish.isVisible() and r.swedish.text()
    ]
    assert glossed
    for readable in glossed:
        gloss = readable.swedish
        assert gloss.layoutDirection() == Qt.LayoutDirection.LeftToRight
        left, right = _ink_columns(gloss)
        if lang == "sv":
            assert left < 12, (left, right, gloss.width())  # left-to-right: on the left
        else:
            assert right > gloss.width() - 12, (left, right, gloss.width(), gloss.text())


@pytest.mark.parametrize("tier", ["middle", "teen"])
def test_long_sentences_beside_the_wheel_are_whole_on_a_small_screen(
    qtbot: Any, vault: Any, catalog: Catalog, tier: str
) -> None:
    """Somali at 1366x768 and 150 % (911x512 logical): the practice page's sentences
    and the scale's key beside the wheel were cut while the wheel kept width it could
    not draw in."""
    from tests.gui.child_mode_fit import problems_on

    scale = {"middle": "steps4", "teen": "steps5"}[tier]
    conv = make_conversation(vault, catalog, scale, "so")
    assert conv.id is not None
    controller = ConversationController(vault, conv.id)
    window = ChildModeWindow(vault, controller)
    controller.setParent(window)
    qtbot.addWidget(window, before_close_func=adult_closes)
    window.resize(911, 512)
    window.show()
    qtbot.waitExposed(window)
    window.target = (911, 512)  # type: ignore[attr-defined]
    window.handover.start_button.click()
    window.forward()
    assert window.current_page() == "practice"
    QTest.qWait(50)
    assert problems_on(window, "practice") == []

"""Child mode for every child: screen-reader values, keys, focus, themes and glosses."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier, Answer
from hjulet.gui.child_mode import ChildModeWindow
from hjulet.gui.child_mode.faces import PictureButton
from hjulet.gui.child_mode.parts import BigButton
from hjulet.gui.speech import SpeakerButton
from hjulet.gui.theme import CHILD_THEMES, HIGH_CONTRAST, contrast_ratio
from tests.gui.child_mode.test_tiers import hand_over, open_window
from tests.gui.test_conversation_support import make_conversation, stored


def _sectors(window: ChildModeWindow) -> list[Any]:
    iface = QAccessible.queryAccessibleInterface(window.whole_page.wheel)
    return [iface.child(i) for i in range(iface.childCount())]


def test_each_sector_has_a_value_a_screen_reader_can_read_and_set(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "steps5", "ar")
    assert conv.id is not None
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.TEEN)
    w.go("whole")
    sectors = _sectors(w)
    assert len(sectors) == 8
    first = conv.definition.areas[0]
    # named in the child's language, with a value interface on every sector
    assert sectors[0].text(QAccessible.Text.Name) == first.label_in("ar")
    for sector in sectors:
        value = sector.valueInterface()
        assert value is not None
        assert value.minimumValue() == 0 and value.maximumValue() == 5
        # the other interfaces a screen reader asks for are absent (and asking is safe)
        assert sector.actionInterface() is None and sector.textInterface() is None
        assert sector.tableCellInterface() is None and sector.selectionInterface() is None
    value = sectors[0].valueInterface()
    assert value.currentValue() == 0
    value.setCurrentValue(4)  # as a screen reader sets it
    assert stored(vault, conv.id, first.id) == Answer.at(4)  # saved like a click
    assert value.currentValue() == 4
    assert conv.scale.steps[3].label_in("ar") in sectors[0].text(QAccessible.Text.Value)
    # the wheel is named after the area in focus, in the child's language
    w.whole_page.wheel.set_focus_area(conv.definition.areas[2].id)
    w.whole_page.wheel.setFocus()
    qtbot.keyClick(w.whole_page.wheel, Qt.Key.Key_Right)
    focused = w.whole_page.wheel.focus_area()
    assert focused is not None
    assert w.whole_page.wheel.accessibleName() == conv.definition.area(focused).label_in("ar")


def test_sectors_on_a_hidden_page_are_not_showing(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    conv = make_conversation(vault, catalog, "steps4", "sv")
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.MIDDLE)
    w.go("whole")
    assert not any(s.state().invisible for s in _sectors(w))
    w.go("who")
    assert all(s.state().invisible for s in _sectors(w))


def test_enter_and_space_press_buttons(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    conv = make_conversation(vault, catalog, "faces3", "sv")
    assert conv.id is not None
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.YOUNG)
    assert w.who_page.next_button is not None
    w.who_page.next_button.setFocus()
    qtbot.keyClick(w.who_page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_page() == "practice")
    assert w.practice_page.next_button is not None
    w.practice_page.next_button.setFocus()
    qtbot.keyClick(w.practice_page.next_button, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: w.current_page() == "young")
    happy = w.young_page.faces.buttons[Answer.at(3)]
    happy.setFocus()
    qtbot.keyClick(happy, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: stored(vault, conv.id, conv.definition.areas[0].id) == Answer.at(3))
    sad = w.young_page.faces.buttons[Answer.at(1)]
    sad.setFocus()
    qtbot.keyClick(sad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(vault, conv.id, conv.definition.areas[0].id) == Answer.at(1))


@pytest.mark.parametrize("theme", sorted(CHILD_THEMES))
def test_focus_ring_differs_from_the_unfocused_border_by_3_to_1(qtbot: Any, theme: str) -> None:
    t = CHILD_THEMES[theme]
    assert contrast_ratio(t.focus, t.button_border) >= 3.0
    assert contrast_ratio(t.focus, t.background) >= 3.0
    # and as drawn: the pixel on the button's edge, unfocused and focused
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    button = BigButton("Nästa", "sv", px=24, theme=t)
    other = BigButton("Tillbaka", "sv", px=24, theme=t)
    column.addWidget(button)
    column.addWidget(other)
    button.setFixedSize(200, 70)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    other.setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    plain = button.grab().toImage().pixelColor(2, 35).name()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    focused = button.grab().toImage().pixelColor(2, 35).name()
    assert contrast_ratio(plain, focused) >= 3.0, (plain, focused)


class _CountedButton(BigButton):
    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def _handle_posted_events() -> None:
    for _ in range(5):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.mark.parametrize("gloss", ["", "Nästa"])
def test_a_painted_button_asks_for_no_further_paint(qtbot: Any, gloss: str) -> None:
    """A button with a Swedish gloss under the child's words painted itself again and
    again (its paint set its text to "" and back): the window never rested, and a
    screen reader heard the name change every frame."""
    button = _CountedButton("التالي", "ar", px=24, gloss=gloss)
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.update()
    _handle_posted_events()
    assert button.paints >= 1
    button.paints = 0
    _handle_posted_events()
    assert button.paints == 0
    assert button.text() == "التالي"
    assert button.accessibleName() == "التالي"


def test_read_aloud_buttons_have_unique_names(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    conv = make_conversation(vault, catalog, "steps4", "sv")
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.MIDDLE)
    for page in ("who", "one", "share", "important", "done", "pause"):
        w.go(page)
        names = [s.accessibleName() for s in w.pages[page].findChildren(SpeakerButton)]
        assert len(names) == len(set(names)), (page, names)
        assert all(n.startswith(w.texts.read_aloud + ": ") for n in names)
    w.go("one")
    assert w.one_page.question.speaker.accessibleName() == "Läs upp: Trygg"


def test_every_child_control_has_a_gloss_in_the_professionals_language(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "faces3", "ar")
    w = open_window(qtbot, vault, conv, adult_lang="sv")
    hand_over(qtbot, w, AgeTier.YOUNG)
    for page in ("who", "practice", "young", "important", "done", "pause"):
        w.go(page)
        controls = [
            b
            for b in w.pages[page].findChildren(QAbstractButton)
            if isinstance(b, (BigButton, PictureButton)) and b.isVisible()
        ]
        assert controls, page
        for control in controls:
            assert control.accessibleDescription().strip(), (page, control.accessibleName())
        readable = [r for r in w.pages[page].findChildren(type(w.young_page.question))]
        for text in readable:
            if text.isVisible() and text.text():
                assert text.swedish.isVisible(), (page, text.text())
    for corner in (w.corner.pause_button, w.corner.cover_button):
        assert corner.accessibleDescription() in ("Paus", "Dölj")


def test_high_contrast_from_settings_and_at_hand_over(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from hjulet import services

    conv = make_conversation(vault, catalog, "steps4", "sv")
    services.save_settings(vault, {"theme": "high_contrast"})
    w = open_window(qtbot, vault, conv)
    assert w.theme.name == "high_contrast" and w.handover.contrast.isChecked()
    assert w.whole_page.wheel.wheel_palette is HIGH_CONTRAST
    w.handover.contrast.setChecked(False)  # the adult turns it off for this child
    assert w.theme.name == "normal" and w.current_page() == "handover"
    assert w.whole_page.wheel.wheel_palette.name == "normal"
    w.handover.contrast.setChecked(True)
    hand_over(qtbot, w)
    colour = w.palette().color(w.backgroundRole()).name()
    assert colour == CHILD_THEMES["high_contrast"].background.lower()


@pytest.mark.parametrize(
    ("text", "lang", "gloss"), [("Nästa", "sv", ""), ("التالي", "ar", "Nästa")]
)
def test_a_button_keeps_its_size_when_the_focus_ring_comes(
    qtbot: Any, text: str, lang: str, gloss: str
) -> None:
    """The layout measures a button once; the thicker focus ring must not need more
    room than that (the words of a focused "next" on a tight page were cut)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    other = BigButton("Tillbaka", "sv")
    button = BigButton(text, lang, px=16, gloss=gloss)
    layout.addWidget(other)
    layout.addWidget(button)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.wait(50)  # the style sheet follows the focus in an event of its own
    plain = button.sizeHint()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.wait(50)
    assert button.sizeHint() == plain


@pytest.mark.parametrize(
    ("scale", "tier"),
    [("faces3", AgeTier.YOUNG), ("steps4", AgeTier.MIDDLE), ("steps5", AgeTier.TEEN)],
)
def test_every_childs_page_starts_with_focus_on_a_control_that_shows_it(
    qtbot: Any, vault: Any, catalog: Catalog, scale: str, tier: AgeTier
) -> None:
    """The young practice page once put focus on the faces' container, which draws no
    focus ring: a keyboard user saw no focus at all until they pressed Tab."""
    from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

    from hjulet.gui.wheel.widget import WheelWidget

    conv = make_conversation(vault, catalog, scale, "sv")
    w = open_window(qtbot, vault, conv)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    hand_over(qtbot, w, tier)
    w.controller.set_answer(conv.definition.areas[0].id, Answer.at(1), "child")
    w.controller.flush()
    for name in (*w.flow(), "pause"):
        w.go(name)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QAbstractButton | QPlainTextEdit | WheelWidget | QLabel), (
            name,
            type(focused).__name__,
        )
        assert focused.isVisible() and focused.window() is w, name
        if name == "young":  # back at an answered area: focus on the child's answer
            assert focused is w.young_page.faces.buttons[Answer.at(1)]


RATING_PAGES = {AgeTier.YOUNG: ("practice", "young"), AgeTier.TEEN: ("practice", "whole")}


@pytest.mark.parametrize(
    ("scale", "tier", "lang"),
    [
        ("faces3", AgeTier.YOUNG, "sv"),
        ("faces3", AgeTier.YOUNG, "ar"),
        ("steps5", AgeTier.TEEN, "so"),
        ("steps4", AgeTier.MIDDLE, "sv"),
    ],
)
def test_a_rating_page_starts_on_its_question_never_on_an_answer(
    qtbot: Any, vault: Any, catalog: Catalog, scale: str, tier: AgeTier, lang: str
) -> None:
    """A five-year-old on the keyboard or a switch once started on the first face, the
    saddest: focus now starts on the question (a ring, read by a screen reader),
    the arrow keys go on to the answers, and a child who comes back to an item they
    answered starts on their own answer."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    from hjulet.gui.wheel.widget import WheelWidget

    conv = make_conversation(vault, catalog, scale, lang)
    w = open_window(qtbot, vault, conv)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    hand_over(qtbot, w, tier)
    pages = RATING_PAGES.get(tier, ("practice", "one"))
    for name in pages:
        w.go(name)
        focused = QApplication.focusWidget()
        page = w.pages[name]
        assert isinstance(focused, QLabel), (name, type(focused).__name__)
        assert focused is page.question.label  # type: ignore[attr-defined]
        assert not isinstance(focused, PictureButton | WheelWidget)
        # a screen reader announces the question: its words, in the child's language
        iface = QAccessible.queryAccessibleInterface(focused)
        assert iface.role() == QAccessible.Role.StaticText
        assert iface.text(QAccessible.Text.Name) == focused.text() != ""
        assert iface.state().focused
        # a visible ring: the label's edge is drawn in the focus colour
        ring = focused.grab().toImage().pixelColor(1, focused.height() // 2)
        assert ring == QColor(w.theme.focus), (name, ring.name())
        # the arrow keys go on to the answers: a face, or the wheel
        forward = Qt.Key.Key_Left if w.rtl else Qt.Key.Key_Right
        qtbot.keyClick(focused, forward)
        answers = QApplication.focusWidget()
        assert isinstance(answers, PictureButton | WheelWidget), (name, answers)
        assert not answers.isChecked() if isinstance(answers, PictureButton) else True
    # back at an answered item: the child's own answer has the focus
    w.controller.set_answer(conv.definition.areas[0].id, Answer.at(2), "child")
    w.controller.flush()
    area_page = pages[-1]
    w.go(area_page)
    focused = QApplication.focusWidget()
    if tier is AgeTier.YOUNG:
        assert focused is w.young_page.faces.buttons[Answer.at(2)]
        assert focused.isChecked()
    else:
        assert isinstance(focused, WheelWidget)


def context_menu(qtbot: Any, edit: Any, on: Any = None) -> list[str]:
    """The entries of the menu the menu key opens on ``edit`` (sent to its viewport),
    or a right click on ``on`` instead (a scroll bar: it never has the keyboard's
    focus), closed again at once; [] if none opens. Separators are left out."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent

    menus: list[list[str]] = []

    def close_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            menus.append([a.text() for a in popup.actions() if not a.isSeparator()])
            popup.close()

    closer = QTimer()  # a menu that runs its own loop runs until it is closed
    closer.setInterval(100)
    closer.timeout.connect(close_menu)
    closer.start()
    mouse = QContextMenuEvent.Reason.Mouse
    open_menu(edit, on, reason=None if on is None else mouse)
    close_menu()  # a menu shown with popup() is open now
    qtbot.wait(300)
    closer.stop()
    return [entry for menu in menus for entry in menu]


def open_menu(edit: Any, on: Any = None, reason: Any = None) -> Any:
    """Send the context-menu event a right click, a long press or the Menu key sends
    (``reason``: keyboard by default) to ``edit``'s page (``on``: that widget instead)
    and give the popup menu it opened, or None. Look at it at once: the offscreen
    platform may close a popup at the next turn of the event loop."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    at = QPoint(5, 5)
    target = edit.viewport() if on is None else on
    why = QContextMenuEvent.Reason.Keyboard if reason is None else reason
    event = QContextMenuEvent(why, at, target.mapToGlobal(at))
    QApplication.sendEvent(target, event)
    return QApplication.activePopupWidget()


def typing_words(texts: Any) -> list[str]:
    """A typing box's whole menu in the typist's words (child or guardian texts)."""
    return [
        texts.edit_undo,
        texts.edit_cut,
        texts.edit_copy,
        texts.edit_paste,
        texts.edit_select_all,
    ]


@pytest.mark.parametrize("lang", ["ar", "sv"])
def test_the_childs_typing_boxes_open_a_menu_in_the_childs_language(
    qtbot: Any, vault: Any, catalog: Catalog, lang: str
) -> None:
    """A right click (or the menu key) on a teen's typing box opened Qt's own menu,
    "Undo", "Paste"... in the professional's language, which a screen reader read out
    to an Arabic child. Then it opened none, and a teen on a touch screen without a
    keyboard could not paste. The menu that opens now is the child's: their words,
    their direction, named for a screen reader in their language."""
    from PySide6.QtWidgets import QMenu, QPlainTextEdit

    conv = make_conversation(vault, catalog, "steps5", lang)
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.TEEN)
    QApplication.clipboard().setText("x")  # something to paste: Paste is offered
    boxes = 0
    for page in ("whole", "one", "important"):
        w.go(page)
        for edit in w.pages[page].findChildren(QPlainTextEdit):
            if edit.isVisible():
                boxes += 1
                assert context_menu(qtbot, edit) == typing_words(w.texts), page
                menu = open_menu(edit)
                assert isinstance(menu, QMenu)
                assert menu.accessibleName() == menu.title() == w.texts.edit_menu
                # what Qt gives the screen reader (AT-SPI on Linux): the menu and its items
                iface = QAccessible.queryAccessibleInterface(menu)
                assert iface.role() == QAccessible.Role.PopupMenu
                assert iface.text(QAccessible.Text.Name) == w.texts.edit_menu
                items = [iface.child(i) for i in range(iface.childCount())]
                said = [i.text(QAccessible.Text.Name) for i in items]
                assert [t for t in said if t] == typing_words(w.texts)
                rtl = Qt.LayoutDirection.RightToLeft
                assert (menu.layoutDirection() == rtl) == (lang == "ar")
                menu.close()
    assert boxes >= 3  # the words on the whole wheel and on one area, and "important"
    assert w.texts.edit_paste == {"ar": "لصق", "sv": "Klistra in"}[lang]


def _action(menu: Any, text: str) -> Any:
    return next(a for a in menu.actions() if a.text() == text)


def test_a_teen_pastes_from_the_menu_and_the_words_reach_the_vault(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """A teen with a touch screen and no keyboard: a long press (Qt's context-menu
    event) opens the menu, Paste puts the clipboard's words in the box, and they are
    saved as typed words are. Each action is offered as Qt's own menu would be."""
    from PySide6.QtGui import QContextMenuEvent

    from hjulet import services
    from hjulet.core.text import clean

    conv = make_conversation(vault, catalog, "steps5", "sv")
    assert conv.id is not None
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.TEEN)
    w.go("whole")
    assert w.whole_page.words is not None
    edit = w.whole_page.words.edit
    t = w.texts
    clipboard = QApplication.clipboard()
    clipboard.clear()
    touch = QContextMenuEvent.Reason.Mouse  # what Qt sends for a long press, too
    menu = open_menu(edit, reason=touch)
    # an empty box, nothing to paste: only Paste's place is there, not enabled
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}
    assert enabled == {
        t.edit_undo: False, t.edit_cut: False, t.edit_copy: False,
        t.edit_paste: False, t.edit_select_all: False,
    }  # fmt: skip
    menu.close()
    # the words a teen copied elsewhere, with a right-to-left override among them:
    # the box shows them as they are; the vault keeps what typing them would keep
    words = "Jag har en bra kompis \u202eoch en hund\nsom heter Bamse"
    clipboard.setText(words)
    menu = open_menu(edit, reason=touch)
    assert _action(menu, t.edit_paste).isEnabled()
    _action(menu, t.edit_paste).trigger()
    menu.close()
    assert edit.toPlainText() == words  # nothing taken away on the way in
    w.forward()  # on (saved as every move saves)
    first = conv.definition.areas[0].id
    saved = services.get_conversation(vault, conv.id).entry(first).words
    assert saved == clean(words, multiline=True)
    assert saved == words.replace("\u202e", "")  # the same rule as typing: only that
    # now there is something to undo, to select, and to copy once selected
    w.go("whole")
    edit.setPlainText("")
    qtbot.keyClicks(edit, "hej")
    menu = open_menu(edit)
    assert _action(menu, t.edit_undo).isEnabled()
    assert not _action(menu, t.edit_copy).isEnabled()  # nothing selected yet
    _action(menu, t.edit_select_all).trigger()
    menu.close()
    assert edit.textCursor().selectedText() == "hej"
    menu = open_menu(edit)
    assert _action(menu, t.edit_copy).isEnabled() and _action(menu, t.edit_cut).isEnabled()
    _action(menu, t.edit_cut).trigger()
    menu.close()
    assert edit.toPlainText() == "" and clipboard.text() == "hej"
    menu = open_menu(edit)
    _action(menu, t.edit_undo).trigger()
    menu.close()
    assert edit.toPlainText() == "hej"


@pytest.mark.parametrize("keys", ["menu", "shift+f10"])
def test_the_menu_key_and_shift_f10_open_the_childs_menu(
    qtbot: Any, vault: Any, catalog: Catalog, keys: str
) -> None:
    from PySide6.QtTest import QTest

    conv = make_conversation(vault, catalog, "steps5", "ar")
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.TEEN)
    w.go("important")
    edit = w.important_page.edit
    assert edit is not None
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    # through the window, as the platform delivers keys, to the focused box
    key = Qt.Key.Key_Menu if keys == "menu" else Qt.Key.Key_F10
    shift = Qt.KeyboardModifier.ShiftModifier if keys != "menu" else Qt.KeyboardModifier(0)
    QTest.keyClick(w.windowHandle(), key, shift)
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.accessibleName() == w.texts.edit_menu
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == typing_words(w.texts)
    menu.close()
    assert edit.toPlainText() == ""  # the key typed nothing


def test_no_scroll_bar_in_child_mode_opens_a_menu_in_the_adults_language(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """A right click on a typing box's scroll bar opened Qt's "Scroll here", "Top"...
    in the professional's language. No scroll bar on any child-mode page does."""
    from PySide6.QtWidgets import QAbstractScrollArea

    conv = make_conversation(vault, catalog, "steps5", "ar")
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.TEEN)
    bars = 0
    for page in ("whole", "one", "important"):
        w.go(page)
        for area in w.findChildren(QAbstractScrollArea):
            for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
                bars += 1
                assert context_menu(qtbot, area, on=bar) == [], page
    assert bars >= 6

"""No accidental input, lock from anywhere, two languages in the conversation view.

Real parts: a real vault on disk, the real ConversationView and MainWindow, real
wheel events delivered through QApplication (so the app-wide rule sees them).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import Answer, Conversation
from hjulet.gui.conversation.view import ConversationView
from hjulet.gui.screen_fit import install_app_rules
from tests.gui.test_conversation_support import make_conversation


def roll_wheel(widget: QWidget, steps: int = 3) -> bool:
    """Roll the mouse wheel down over the middle of a widget, as a mouse would.

    True if the widget took the wheel (a refused wheel goes on to the page).
    """
    centre = QPointF(widget.rect().center())
    taken = False
    for _ in range(steps):
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)
        taken = taken or event.isAccepted()
    return taken


def snapshot(vault: Any, conversation_id: int) -> object:
    conv = services.get_conversation(vault, conversation_id)
    return (conv.entries, conv.important_shared, conv.change_note_shared)


def test_an_unfocused_combo_or_spin_box_ignores_the_wheel_and_the_page_scrolls(
    qtbot: Any,
) -> None:
    install_app_rules()
    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    page = QWidget()
    layout = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["Ofta", "Ibland", "Vill inte svara"])
    spin = QSpinBox()
    note = QLineEdit()
    layout.addWidget(note)
    layout.addWidget(combo)
    layout.addWidget(spin)
    layout.addSpacing(2000)
    scroll.setWidget(page)
    scroll.resize(300, 200)
    scroll.show()
    qtbot.waitExposed(scroll)
    note.setFocus()
    # refused, so in a real session the wheel goes on to the page and scrolls it
    assert not roll_wheel(combo)
    assert not roll_wheel(spin)
    assert combo.currentIndex() == 0 and spin.value() == 0
    # with focus, the wheel is a deliberate choice and works as usual
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    roll_wheel(combo, 1)
    assert combo.currentIndex() == 1


@pytest.fixture
def arabic_view(qtbot: Any, vault: Any, catalog: Catalog) -> Iterator[ConversationView]:
    conv = make_conversation(vault, catalog, lang="ar")
    assert conv.id is not None
    install_app_rules()
    v = ConversationView(vault, conv.id, debounce_ms=50)
    qtbot.addWidget(v)
    v.resize(1300, 800)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.controller.close()


def test_a_dialog_that_fits_opens_centred_on_its_window_not_in_the_corner(qtbot: Any) -> None:
    """The app-wide rules see a dialog's Show before QDialog centres it on its parent;
    they once moved it "onto the screen" from where it stood (the top-left corner,
    known frame margins put it at -2, -2 offscreen), which also stopped Qt from
    centring it: the unlock prompt opened in the screen's corner."""
    install_app_rules()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.move(60, 40)
    window.show()
    qtbot.waitExposed(window)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("Unlock the vault"))
    dialog.setMinimumWidth(300)
    dialog.open()
    qtbot.waitExposed(dialog)
    centre, expected = dialog.frameGeometry().center(), window.frameGeometry().center()
    assert abs(centre.x() - expected.x()) <= 2 and abs(centre.y() - expected.y()) <= 2
    dialog.done(0)


def test_rolling_the_wheel_over_every_input_changes_nothing_in_the_vault(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv: Conversation = make_conversation(vault, catalog)
    assert conv.id is not None
    install_app_rules()
    view = ConversationView(vault, conv.id, debounce_ms=50)
    qtbot.addWidget(view)
    view.resize(1366, 728)
    view.show()
    qtbot.waitExposed(view)
    # give the area an adult answer first, so a change would be visible either way
    qtbot.mouseClick(view.notes.adult_answer.button_for(Answer.at(2)), Qt.MouseButton.LeftButton)
    view.controller.flush()
    before = snapshot(vault, conv.id)
    inputs = [
        w
        for w in view.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(inputs) > 20
    for area in conv.definition.area_ids[:3]:
        view.show_area(area)
        for w in inputs:
            if w.isVisible():
                roll_wheel(w)
    view.controller.flush()
    assert snapshot(vault, conv.id) == before
    # and no wheel-sensitive input is left in the view to begin with
    assert not [
        w for w in view.findChildren(QWidget) if isinstance(w, QComboBox | QAbstractSpinBox)
    ]


def test_adult_and_guardian_answer_by_buttons_like_the_child(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog)
    assert conv.id is not None
    view = ConversationView(vault, conv.id, debounce_ms=50)
    qtbot.addWidget(view)
    view.show()
    area = view.area_id
    button = view.notes.guardian_answer.button_for(Answer.at(3))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()
    got = services.get_conversation(vault, conv.id).entry(area)
    assert got.guardian_answer == Answer.at(3) and not got.answer.is_given
    view.controller.close()


def test_arabic_conversation_reads_in_the_professionals_language_with_arabic_beneath(
    arabic_view: ConversationView,
) -> None:
    view = arabic_view
    area = view.conv.definition.area(view.area_id)
    assert view.notes.area_title.text() == area.label_in("sv")
    assert view.notes.area_title_child.isVisible()
    assert view.notes.area_title_child.text() == area.label_in("ar")
    assert view.notes.area_question.text() == area.question_in("ar")
    assert view.notes.area_swedish.text() == area.question_in("sv")
    # the wheel: Swedish labels with Arabic beneath
    assert view.wheel.state.language == "sv" and view.wheel.state.second_language == "ar"
    # the answer buttons carry both languages
    texts = [b.text() for b in view.notes.adult_answer.buttons[1:]]
    assert all("\n" in t for t in texts)
    assert "\n" in view.declined_button.text()


def test_a_swedish_conversation_shows_one_language(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog)
    assert conv.id is not None
    view = ConversationView(vault, conv.id, debounce_ms=50)
    qtbot.addWidget(view)
    view.show()
    assert not view.notes.area_title_child.isVisible() and not view.notes.area_swedish.isVisible()
    assert view.wheel.state.second_language is None
    view.controller.close()


def test_choosing_another_area_returns_the_notes_to_the_top(
    arabic_view: ConversationView, qtbot: Any
) -> None:
    view = arabic_view
    view.resize(1000, 500)
    bar = view.notes.notes_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    areas = view.conv.definition.area_ids
    view.show_area(areas[2])
    assert bar.value() == 0
    assert view.notes.area_title.isVisible()  # the title sits above the scrolling notes
    assert not view.notes.notes_scroll.horizontalScrollBar().isVisible()


def test_share_boxes_say_when_no_consent_covers_them_and_offer_to_record_one(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog)
    assert conv.id is not None
    view = ConversationView(vault, conv.id, debounce_ms=50)
    qtbot.addWidget(view)
    view.show()
    assert view.notes.consent_note.isVisible()
    assert all("consent" in box.text() for box in view.notes.all_share_boxes())
    # guardian 1's consent alone (joint custody) does not cover the child's answers
    from hjulet.core.model import ConsentGiver

    dialog = view.record_consent()
    dialog.giver.setCurrentIndex(dialog.giver.findData(ConsentGiver.GUARDIAN_1))
    dialog.recipients.setPlainText("Socialtjänsten")
    dialog.accept()
    qtbot.waitUntil(lambda: len(services.valid_consents(vault, conv.child_id)) == 1)
    assert view.notes.consent_note.isVisible()
    # the next dialog says guardian 2's is missing and offers guardian 2
    dialog = view.record_consent()
    assert dialog.giver.currentData() == ConsentGiver.GUARDIAN_2
    assert "guardian 2 is missing" in dialog.missing.text()
    dialog.recipients.setPlainText("Socialtjänsten")
    dialog.accept()
    qtbot.waitUntil(lambda: not view.notes.consent_note.isVisible())
    assert len(services.valid_consents(vault, conv.child_id)) == 2
    assert not any("consent" in box.text() for box in view.notes.all_share_boxes())
    view.controller.close()


def test_the_banner_states_each_consent_exactly(qtbot: Any) -> None:
    from datetime import date

    from hjulet.core.model import Consent, ConsentForm, ConsentGiver
    from hjulet.gui.workspace.consent_register import SharingIndicator

    today = date(2026, 11, 30)
    banner = SharingIndicator()
    qtbot.addWidget(banner)
    banner.set_consents(
        [
            Consent(
                1,
                1,
                ConsentGiver.GUARDIAN_1,
                ("Socialtjänsten",),
                ConsentForm.WRITTEN,
                date(2026, 1, 1),
                date(2027, 3, 31),
            ),
            Consent(
                2,
                1,
                ConsentGiver.CHILD,
                ("Elevhälsan", "BUP"),
                ConsentForm.ORAL,
                date(2026, 2, 1),
            ),
        ],
        today,
    )
    lines = banner.text.text().splitlines()
    guardian = next(line for line in lines if "guardian 1" in line.lower())
    child = next(line for line in lines if "child" in line.lower())
    assert "Socialtjänsten" in guardian and "2027-03-31" in guardian
    assert "withdrawn" not in guardian  # a dated consent ends on its date
    assert "Elevhälsan, BUP" in child and "withdrawn" in child
    assert "Elevhälsan" not in guardian and "Socialtjänsten" not in child  # never merged


def test_choosing_an_area_is_apart_from_answering_it(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog)
    assert conv.id is not None
    view = ConversationView(vault, conv.id, debounce_ms=50)
    qtbot.addWidget(view)
    view.show()
    before = snapshot(vault, conv.id)
    for area in conv.definition.area_ids:
        qtbot.mouseClick(view.notes.area_buttons[area], Qt.MouseButton.LeftButton)
        assert view.area_id == area and view.wheel.state.focus is not None
        assert view.notes.area_buttons[area].isChecked()
    view.controller.flush()
    assert snapshot(vault, conv.id) == before  # chosen, never answered
    view.controller.close()


def test_a_giver_name_that_repeats_the_giver_is_not_printed_twice(qtbot: Any) -> None:
    from datetime import date

    from hjulet.core.model import Consent, ConsentForm, ConsentGiver
    from hjulet.gui.workspace.consent_register import ConsentModel, consent_line

    c = Consent(
        1,
        1,
        ConsentGiver.GUARDIAN_1,
        ("BUP",),
        ConsentForm.WRITTEN,
        date(2026, 1, 1),
        giver_name="Guardian 1",
    )
    assert "(Guardian 1)" not in consent_line(c)
    model = ConsentModel()
    model.set_rows([c], date(2026, 2, 1))
    texts = [model.index(0, col).data() for col in range(model.columnCount())]
    assert "Guardian 1" in texts and not any("(Guardian 1)" in str(t) for t in texts)

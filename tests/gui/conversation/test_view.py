"""The professional's conversation view, driven like a person: every change read back
from the real vault through services (never from the widget)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import (
    DECLINED,
    DONT_KNOW,
    NOT_ASKED,
    Answer,
    AuditAction,
    Conversation,
    EntryField,
)
from hjulet.gui.conversation.start import StartConversationDialog
from hjulet.gui.conversation.view import ConversationView
from tests.gui.test_conversation_support import make_conversation, ring_point, stored


@pytest.fixture
def conv(vault: Any, catalog: Catalog) -> Conversation:
    return make_conversation(vault, catalog)


@pytest.fixture
def view(qtbot: Any, vault: Any, conv: Conversation) -> Iterator[ConversationView]:
    assert conv.id is not None
    v = ConversationView(vault, conv.id, debounce_ms=80)
    qtbot.addWidget(v)
    v.resize(1300, 900)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.controller.close()


def test_click_every_area_saves_each_answer(view: ConversationView, qtbot: Any, vault: Any) -> None:
    cid = view.controller.conversation_id
    areas = view.conv.definition.area_ids
    for i, area_id in enumerate(areas):
        level = 1 + i % view.conv.scale.size
        qtbot.mouseClick(
            view.wheel, Qt.MouseButton.LeftButton, pos=ring_point(view.wheel, i, level)
        )
        assert stored(vault, cid, area_id) == Answer.at(level)


def test_drag_outward_saves_the_released_level_once(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    cid = view.controller.conversation_id
    w = view.wheel
    qtbot.mousePress(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 2, 1))
    qtbot.mouseMove(w, ring_point(w, 2, 2))
    qtbot.mouseMove(w, ring_point(w, 2, 4))
    qtbot.mouseRelease(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 2, 4))
    assert stored(vault, cid, view.conv.definition.areas[2].id) == Answer.at(4)
    assert view.controller.session.undo_count == 1  # one gesture, one undo step


def test_touch_tap_and_drag_save(view: ConversationView, vault: Any) -> None:
    cid = view.controller.conversation_id
    w = view.wheel
    device = QTest.createTouchDevice()
    QTest.touchEvent(w, device).press(0, ring_point(w, 5, 2), w).commit()
    QTest.touchEvent(w, device).release(0, ring_point(w, 5, 2), w).commit()
    QTest.touchEvent(w, device).press(0, ring_point(w, 6, 1), w).commit()
    QTest.touchEvent(w, device).move(0, ring_point(w, 6, 3), w).commit()
    QTest.touchEvent(w, device).release(0, ring_point(w, 6, 3), w).commit()
    areas = view.conv.definition.areas
    assert stored(vault, cid, areas[5].id) == Answer.at(2)
    assert stored(vault, cid, areas[6].id) == Answer.at(3)


def test_keys_set_levels_and_refusals(view: ConversationView, qtbot: Any, vault: Any) -> None:
    cid = view.controller.conversation_id
    areas = view.conv.definition.areas
    view.wheel.setFocus()
    view.wheel.set_focus_area(areas[0].id)
    qtbot.keyClick(view.wheel, Qt.Key.Key_3)
    assert stored(vault, cid, areas[0].id) == Answer.at(3)
    qtbot.keyClick(view.wheel, Qt.Key.Key_Right)
    qtbot.keyClick(view.wheel, Qt.Key.Key_Up)
    qtbot.keyClick(view.wheel, Qt.Key.Key_Up)
    assert stored(vault, cid, areas[1].id) == Answer.at(2)
    qtbot.keyClick(view.wheel, Qt.Key.Key_D)
    assert stored(vault, cid, areas[1].id) == DECLINED
    qtbot.keyClick(view.wheel, Qt.Key.Key_K)
    assert stored(vault, cid, areas[1].id) == DONT_KNOW
    qtbot.keyClick(view.wheel, Qt.Key.Key_Delete)
    assert stored(vault, cid, areas[1].id) == NOT_ASKED


def test_refusal_buttons_beside_the_wheel_answer_the_chosen_area(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    cid = view.controller.conversation_id
    areas = view.conv.definition.areas
    view.wheel.set_focus_area(areas[4].id)
    qtbot.mouseClick(view.declined_button, Qt.MouseButton.LeftButton)
    assert stored(vault, cid, areas[4].id) == DECLINED
    view.wheel.set_focus_area(areas[5].id)
    qtbot.mouseClick(view.dont_know_button, Qt.MouseButton.LeftButton)
    assert stored(vault, cid, areas[5].id) == DONT_KNOW
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert stored(vault, cid, areas[5].id) == NOT_ASKED
    assert view.wheel.answer(areas[4].id) == DECLINED


def test_undo_and_redo_restore_the_saved_answer(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    cid = view.controller.conversation_id
    area = view.conv.definition.areas[0].id
    w = view.wheel
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 0, 2))
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=ring_point(w, 0, 4))
    assert stored(vault, cid, area) == Answer.at(4)
    view.activateWindow()
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(vault, cid, area) == Answer.at(2)
    assert w.answer(area) == Answer.at(2)
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(vault, cid, area) == NOT_ASKED
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(w, Qt.Key.Key_Z, shift_ctrl)
    assert stored(vault, cid, area) == Answer.at(2)
    qtbot.mouseClick(view.redo_button, Qt.MouseButton.LeftButton)
    assert stored(vault, cid, area) == Answer.at(4)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert stored(vault, cid, area) == Answer.at(2)
    assert w.answer(area) == Answer.at(2)


def test_undo_covers_the_professionals_answer_too(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    cid = view.controller.conversation_id
    area = view.area_id
    qtbot.mouseClick(view.notes.adult_answer.button_for(Answer.at(3)), Qt.MouseButton.LeftButton)
    assert view.notes.adult_answer.answer() == Answer.at(3)
    assert stored(vault, cid, area, "adult") == Answer.at(3)
    assert stored(vault, cid, area, "child") == NOT_ASKED  # kept apart, never mixed
    view.undo()
    assert stored(vault, cid, area, "adult") == NOT_ASKED
    qtbot.mouseClick(view.notes.guardian_answer.button_for(Answer.at(1)), Qt.MouseButton.LeftButton)
    assert stored(vault, cid, area, "guardian") == Answer.at(1)


def test_typed_words_are_saved_after_the_debounce(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    cid = view.controller.conversation_id
    area = view.area_id
    edit = view.notes.fields[EntryField.WORDS]
    edit.setFocus()
    qtbot.keyClicks(edit, "Lugnt hemma, bra rast")
    # nothing moved the focus: only the debounce timer can save this

    def saved() -> None:
        entry = services.get_conversation(vault, cid).entry(area)
        assert entry.words == "Lugnt hemma, bra rast"

    qtbot.waitUntil(saved, timeout=3000)
    assert edit.hasFocus()


def test_focus_out_saves_at_once(qtbot: Any, vault: Any, conv: Conversation) -> None:
    assert conv.id is not None
    v = ConversationView(vault, conv.id, debounce_ms=60_000)  # the timer cannot save it
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    edit = v.notes.fields[EntryField.HARD]
    edit.setFocus()
    qtbot.keyClicks(edit, "rasterna")
    assert services.get_conversation(vault, conv.id).entry(v.area_id).hard == ""
    v.notes.fields[EntryField.GOOD].setFocus()
    QApplication.processEvents()
    assert services.get_conversation(vault, conv.id).entry(v.area_id).hard == "rasterna"
    # and closing saves what is still pending
    qtbot.keyClicks(v.notes.fields[EntryField.GOOD], "fotboll")
    v.close()
    assert services.get_conversation(vault, conv.id).entry(v.area_id).good == "fotboll"


def test_sharing_is_off_by_default_and_saved_when_ticked(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    cid = view.controller.conversation_id
    area = view.area_id
    for box in view.notes.shares.values():
        assert not box.isChecked()
    box = view.notes.shares[EntryField.WORDS]
    box.click()
    assert EntryField.WORDS in services.get_conversation(vault, cid).entry(area).shared
    view.notes.shares[EntryField.ANSWER].click()
    view.notes.shares[EntryField.WORDS].click()
    shared = services.get_conversation(vault, cid).entry(area).shared
    assert shared == frozenset({EntryField.ANSWER})


def test_the_noted_guardian_answer_has_its_own_share_box(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    """Off by default; ticked, it lets the summary show the answer as the professional's note."""
    cid = view.controller.conversation_id
    area = view.area_id
    qtbot.mouseClick(view.notes.guardian_answer.button_for(Answer.at(2)), Qt.MouseButton.LeftButton)
    box = view.notes.shares[EntryField.GUARDIAN_ANSWER]
    assert box is view.notes.guardian_answer_shared and not box.isChecked()
    # each box says whose choice it is
    assert "guardian's choice" in box.toolTip()
    assert "child's choice" in view.notes.shares[EntryField.WORDS].toolTip()
    for item in (EntryField.ADULT_NOTE, EntryField.ADULT_ANSWER):
        assert view.notes.shares[item].toolTip().startswith("Your choice")
    box.click()
    entry = services.get_conversation(vault, cid).entry(area)
    assert entry.shared == frozenset({EntryField.GUARDIAN_ANSWER})
    assert entry.guardian_answer == Answer.at(2) and not entry.answer.is_given


def test_switching_area_shows_that_areas_words(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    cid = view.controller.conversation_id
    areas = view.conv.definition.areas
    services.set_text(vault, cid, areas[3].id, EntryField.WISH, "en lugnare rast")
    view.conversation_session.reload()
    view.wheel.set_focus_area(areas[3].id)
    assert view.area_id == areas[3].id
    assert view.notes.fields[EntryField.WISH].toPlainText() == "en lugnare rast"
    assert view.notes.area_title.text() == areas[3].label_in("sv")


def test_concern_shows_the_routine_and_records_it(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    before = services.list_audit(vault, action=AuditAction.CONCERN_SHOWN)
    qtbot.mouseClick(view.concern_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in view.findChildren(object) if type(d).__name__ == "ConcernDialog"]
    assert dialogs
    dialog = dialogs[-1]
    assert "socialtjänsten" in dialog.routine.toPlainText() or "social services" in (
        dialog.routine.toPlainText()
    )
    after = services.list_audit(vault, action=AuditAction.CONCERN_SHOWN)
    assert len(after) == len(before) + 1
    assert after[-1].child_code == view.child.code
    dialog.close()


def test_the_routine_and_language_names_follow_the_catalogue_not_the_locale(
    view: ConversationView, qtbot: Any, tmp_path: Any
) -> None:
    """One UI-language lookup: the words on screen decide, whatever the locale says."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from hjulet.gui.language_names import language_name, ui_language

    assert QLocale().language() != QLocale.Language.Swedish  # the tests' own locale
    english = view.show_concern()
    assert ui_language() == "en" and "social services" in english.routine.toPlainText()
    assert language_name("so") == "Soomaali – Somali"
    english.close()
    qm = tmp_path / "sv.qm"
    root = Path(__file__).resolve().parents[3]
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    ts = root / "i18n" / "hjulet_sv.ts"
    subprocess.run([str(exe), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        swedish = view.show_concern()
        assert ui_language() == "sv"
        assert "socialtjänsten" in swedish.routine.toPlainText()
        assert language_name("so") == "Soomaali – somaliska"
        swedish.close()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_concern_routine_can_be_kept_in_the_vault(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    dialog = view.show_concern()
    dialog.edit_button.click()
    dialog.routine.setPlainText("Ring Mottagningen 016-00 00 00.")
    dialog.edit_button.click()
    assert dialog.routine.isReadOnly()
    dialog.close()
    assert services.get_settings(vault)["concern_routine"] == "Ring Mottagningen 016-00 00 00."
    again = view.show_concern()
    assert again.routine.toPlainText() == "Ring Mottagningen 016-00 00 00."
    again.close()


def test_previous_conversation_outline(
    qtbot: Any, vault: Any, catalog: Catalog, conv: Conversation
) -> None:
    from datetime import date

    assert conv.id is not None
    earlier = services.start_conversation(
        vault,
        conv.child_id,
        definition=catalog.definition(),
        scale=catalog.scale("steps4"),
        held_on=date(2020, 1, 1),
    )
    assert earlier.id is not None
    services.set_answer(vault, earlier.id, "trygg", Answer.at(4))
    v = ConversationView(vault, conv.id)
    qtbot.addWidget(v)
    assert v.wheel.state.previous == {"trygg": Answer.at(4)}
    assert v.previous_toggle.isEnabled() and v.previous_toggle.isChecked()
    v.previous_toggle.setChecked(False)
    assert not v.wheel.state.show_previous
    v.adult_toggle.setChecked(True)
    assert v.wheel.state.show_adult


def test_start_dialog_picks_the_scale_by_age_tier(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    from hjulet.core.model import AgeTier

    teen = services.add_child(
        vault, name="Sam", birth_year=2010, age_tier=AgeTier.TEEN, languages=("ar", "sv")
    )
    dialog = StartConversationDialog(teen, catalog, None)
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice.scale_id == "steps5"
    assert choice.language == "ar"
    assert "draft" in dialog.review_note.text()
    # one calm sentence naming the language; none for a reviewed language
    assert dialog.review_note.text().count(".") == 1 and "Arabic" in dialog.review_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.review_note.text() == ""
    # every shipped child language is offered, named from the registry
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert len(names) == 9 and "Soomaali – Somali" in names, names
    young = services.add_child(vault, name="Mo", birth_year=2020, age_tier=AgeTier.YOUNG)
    d2 = StartConversationDialog(young, catalog, None)
    qtbot.addWidget(d2)
    assert d2.choice().scale_id == "faces3"


def test_failed_save_is_reported_and_the_wheel_shows_the_stored_answer(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    errors: list[BaseException] = []
    view.controller.save_failed.disconnect()
    view.controller.save_failed.connect(errors.append)
    area = view.conv.definition.areas[0].id
    vault.close()  # locked underneath the view
    qtbot.mouseClick(view.wheel, Qt.MouseButton.LeftButton, pos=ring_point(view.wheel, 0, 2))
    assert errors
    assert view.wheel.answer(area) == NOT_ASKED
    assert view.controller.session.history == ()  # nothing to undo: nothing was saved


def test_a_saved_rating_is_not_set_back_into_the_wheel_that_sent_it(
    view: ConversationView, qtbot: Any, vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A widget already shows what was chosen on it; it is set only to a value it does
    not show: one the vault kept after a failed save, or one changed elsewhere."""
    set_back: list[tuple[str, Answer, str]] = []
    real = view.wheel.set_answer

    def spy(area_id: str, answer: Answer, who: str = "child") -> None:
        set_back.append((area_id, answer, who))
        real(area_id, answer, who)

    buttons_set: list[Answer] = []
    real_buttons = view.notes.adult_answer.set_answer

    def buttons_spy(answer: Answer) -> None:
        buttons_set.append(answer)
        real_buttons(answer)

    monkeypatch.setattr(view.wheel, "set_answer", spy)
    monkeypatch.setattr(view.notes.adult_answer, "set_answer", buttons_spy)
    cid = view.controller.conversation_id
    area = view.conv.definition.areas[0].id
    qtbot.mouseClick(view.wheel, Qt.MouseButton.LeftButton, pos=ring_point(view.wheel, 0, 3))
    assert stored(vault, cid, area) == Answer.at(3)
    assert set_back == []  # the wheel was not told what it had just said
    qtbot.mouseClick(view.notes.adult_answer.button_for(Answer.at(2)), Qt.MouseButton.LeftButton)
    assert stored(vault, cid, area, "adult") == Answer.at(2)
    assert buttons_set == []  # nor were the professional's answer buttons
    assert set_back == [(area, Answer.at(2), "adult")]  # the wheel's mark follows them
    view.undo()  # changed by the undo, not on a widget: both follow
    assert set_back[-1] == (area, NOT_ASKED, "adult") and buttons_set == [NOT_ASKED]
    view.controller.save_failed.disconnect()
    view.controller.save_failed.connect(lambda _exc: None)
    vault.close()
    qtbot.mouseClick(view.wheel, Qt.MouseButton.LeftButton, pos=ring_point(view.wheel, 0, 1))
    assert set_back[-1] == (area, Answer.at(3), "child")  # failed: back to the stored
    assert view.wheel.answer(area) == Answer.at(3)


def test_a_failed_undo_keeps_the_history_where_it_was(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    errors: list[BaseException] = []
    view.controller.save_failed.disconnect()
    view.controller.save_failed.connect(errors.append)
    area = view.conv.definition.areas[1].id
    qtbot.mouseClick(view.wheel, Qt.MouseButton.LeftButton, pos=ring_point(view.wheel, 1, 2))
    assert view.undo_button.isEnabled() and not view.redo_button.isEnabled()
    vault.close()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert errors and type(errors[-1]).__name__ == "VaultLocked"
    assert view.conversation_session.undo_count == 1 and view.undo_button.isEnabled()
    assert not view.redo_button.isEnabled()
    assert view.wheel.answer(area) == Answer.at(2)


def test_start_dialog_offers_the_vaults_wheel_for_new_conversations(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    services.save_settings(vault, {"definition": "shanarri"})
    child = services.add_child(vault, name="Sam", birth_year=2012)
    dialog = StartConversationDialog(child, catalog, None, vault=vault)
    qtbot.addWidget(dialog)
    assert dialog.choice().definition_id == "shanarri"


def test_after_child_mode_the_whole_conversation_shows_what_the_child_said(
    view: ConversationView, qtbot: Any, vault: Any
) -> None:
    """Child mode shares the session; back in the adult's view, "what is important to
    me" and its share choice show what the child gave (an edit there would otherwise
    write the old text over the child's words)."""
    cid = view.controller.conversation_id
    child = view.open_child_mode()
    child.controller.set_conversation_text("important_to_me", "Min hund")
    child.controller.set_important_shared(True)
    child.leave()  # as after the adult's secret: saves and closes
    qtbot.waitUntil(lambda: view._child_window is None)
    assert view.notes.important.toPlainText() == "Min hund"
    assert view.notes.important_shared.isChecked()
    view.notes.important.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.notes.important, " och mormor")
    view.controller.flush()
    assert services.get_conversation(vault, cid).important_to_me == "Min hund och mormor"


def test_a_whole_conversation_share_choice_that_failed_is_set_back(
    view: ConversationView, vault: Any
) -> None:
    errors: list[BaseException] = []
    view.controller.save_failed.disconnect()
    view.controller.save_failed.connect(errors.append)
    vault.close()
    view.notes.important_shared.click()
    assert errors and not view.notes.important_shared.isChecked()
    view.notes.change_note_shared.click()
    assert len(errors) == 2 and not view.notes.change_note_shared.isChecked()


def test_start_dialog_follows_the_age_over_a_stale_tier(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from datetime import date

    from hjulet.core.model import AgeTier

    five = services.add_child(
        vault, name="Mio", birth_year=date.today().year - 5, age_tier=AgeTier.MIDDLE
    )
    dialog = StartConversationDialog(five, catalog, None)
    qtbot.addWidget(dialog)
    assert dialog.choice().scale_id == "faces3"


def test_the_adult_view_follows_child_mode_onto_the_faces(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from datetime import date

    from hjulet.core.model import AgeTier

    child = services.add_child(
        vault, name="Mio", birth_year=date.today().year - 5, age_tier=AgeTier.MIDDLE
    )
    assert child.id is not None
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    assert conv.id is not None
    v = ConversationView(vault, conv.id, debounce_ms=80)
    qtbot.addWidget(v)
    v.show()
    assert len(v.notes.adult_answer.buttons) == 1 + 4 + 2
    child_mode = v.open_child_mode()
    child_mode.handover.start_button.click()  # the default tier: young, from the age
    child_mode.leave()
    qtbot.waitUntil(lambda: v._child_window is None, timeout=5000)
    assert v.wheel.state.scale.size == 3
    assert len(v.notes.adult_answer.buttons) == 1 + 3 + 2
    assert len(v.notes.guardian_answer.buttons) == 1 + 3 + 2
    assert v.legend.scale.id == "faces3"
    v.controller.close()

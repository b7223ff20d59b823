"""The guardian's screens: their own view only, in their language; the professional leaves."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.guardian import GuardianItem, GuardianRole
from hjulet.core.model import Answer, AreaEntry, Conversation, EntryField
from hjulet.gui.guardians.window import GuardianModeWindow, GuardianStartDialog, open_guardian_mode
from hjulet.services import guardians
from tests.conftest import PASS
from tests.gui.test_conversation_support import make_conversation, ring_point

SECRET = "BARNETS-HEMLIGA"


@pytest.fixture
def conv(vault: Any, catalog: Catalog) -> Conversation:
    conv = make_conversation(vault, catalog, "steps4", "sv")
    assert conv.id is not None
    for i, area in enumerate(conv.definition.areas):
        services.save_entry(
            vault,
            conv.id,
            AreaEntry(
                area.id,
                answer=Answer.at(1 + i % 4),
                words=f"{SECRET}-ord-{i}",
                good=f"{SECRET}-bra",
                hard=f"{SECRET}-svart",
                wish=f"{SECRET}-onskan",
                help_from=f"{SECRET}-hjalp",
                adult_note=f"{SECRET}-vuxen",
                adult_answer=Answer.at(2),
                guardian_answer=Answer.at(3),
                shared=frozenset(EntryField),
            ),
        )
    services.update_conversation(vault, conv.id, important_to_me=f"{SECRET}-viktigt")
    return services.get_conversation(vault, conv.id)


def open_window(qtbot: Any, vault: Any, conv: Conversation, role: str, lang: str) -> Any:
    assert conv.id is not None
    view = guardians.start_guardian_view(vault, conv.id, role, lang)
    assert view.id is not None
    window = GuardianModeWindow(vault, view.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person or a screen reader can get from the visible widgets."""
    out: list[str] = []
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        out += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        if isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
    return [t for t in out if t]


def close_for_good(qtbot: Any, window: GuardianModeWindow) -> None:
    window.exit_panel.open()
    window.exit_panel.secret.setText(PASS)
    window.exit_panel.check()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


@pytest.mark.parametrize("lang", ["ar", "sv"])
def test_the_guardian_screens_show_nothing_of_the_child(
    qtbot: Any, vault: Any, conv: Conversation, lang: str
) -> None:
    window = open_window(qtbot, vault, conv, "guardian_1", lang)
    seen: list[str] = []
    for page in window.PAGES:
        window.go(page)
        if page == "wheel":
            for area in conv.definition.areas:
                window.show_area(area.id)
                seen += visible_texts(window)
        seen += visible_texts(window)
        window.exit_panel.open()  # the professional's way out is on every page
        seen += visible_texts(window)
        window.exit_panel.cancel()
    assert seen and not [t for t in seen if SECRET in t]
    # the wheel holds only this guardian's (still empty) answers: none of the child's,
    # the professional's or the old single guardian answer
    state = window.wheel.state
    assert not any(state.child.values()) and not state.adult and not state.guardian
    assert not state.previous
    assert window.texts.title in seen and window.texts.you_decide in seen
    close_for_good(qtbot, window)


def test_arabic_and_swedish_guardians_are_stored_apart(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    assert conv.id is not None
    ar = open_window(qtbot, vault, conv, "guardian_1", "ar")
    assert ar.layoutDirection() == Qt.LayoutDirection.RightToLeft and ar.wheel.state.is_rtl()
    assert ar.texts.title == "صورتكم عن حياة الطفل اليومية"
    ar.go("wheel")
    qtbot.mouseClick(ar.wheel, Qt.MouseButton.LeftButton, pos=ring_point(ar.wheel, 0, 4))
    ar.words.setPlainText("هو سعيد")
    ar.share_words.setChecked(True)
    ar.go("important")
    ar.important.setPlainText("المدرسة")
    ar.share_important.setChecked(True)
    close_for_good(qtbot, ar)
    sv = open_window(qtbot, vault, conv, "guardian_2", "sv")
    assert sv.layoutDirection() == Qt.LayoutDirection.LeftToRight
    sv.go("wheel")
    sv.show_area(conv.definition.areas[0].id)
    assert sv.words.toPlainText() == ""  # not the other guardian's words
    qtbot.mouseClick(sv.wheel, Qt.MouseButton.LeftButton, pos=ring_point(sv.wheel, 0, 1))
    close_for_good(qtbot, sv)

    first = conv.definition.areas[0].id
    g1, g2 = guardians.guardian_views(vault, conv.id)
    assert (g1.role, g1.language, g2.role, g2.language) == (
        GuardianRole.GUARDIAN_1,
        "ar",
        GuardianRole.GUARDIAN_2,
        "sv",
    )
    assert g1.entry(first).answer == Answer.at(4) and g2.entry(first).answer == Answer.at(1)
    assert g1.entry(first).words == "هو سعيد" and g1.entry(first).shared == {GuardianItem.WORDS}
    assert g1.important == "المدرسة" and g1.important_shared
    assert g2.entry(first).words == "" and not g2.important
    # the child's entry is as it was
    entry = services.get_conversation(vault, conv.id).entry(first)
    assert entry.answer == Answer.at(1) and entry.words == f"{SECRET}-ord-0"


def test_leaving_needs_the_vault_passphrase(qtbot: Any, vault: Any, conv: Conversation) -> None:
    window = open_window(qtbot, vault, conv, "other_caregiver", "so")
    window.close()  # a guardian closing the window only opens the professional's prompt
    assert window.isVisible() and window.exit_panel.isVisible()
    window.exit_panel.secret.setText("not the passphrase")
    window.exit_panel.check()
    qtbot.waitUntil(lambda: window.exit_panel.leave_button.isEnabled(), timeout=10_000)
    assert window.isVisible()
    assert window.exit_panel.message.text() == "That passphrase does not open this vault."
    assert window.exit_panel.secret.text() == ""
    close_for_good(qtbot, window)


def test_the_start_dialog_offers_roles_and_the_nine_languages(qtbot: Any) -> None:
    dialog = GuardianStartDialog()
    qtbot.addWidget(dialog)
    assert dialog.role.count() == 3 and dialog.language.count() == 9
    dialog.role.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.choice() == (GuardianRole.GUARDIAN_2, "ar")


def test_the_start_dialog_picks_each_guardians_earlier_language(qtbot: Any) -> None:
    """It offered Swedish for a guardian who had answered in Arabic, and starting
    then relabelled that guardian's view (and their copy) as Swedish."""
    known = {GuardianRole.GUARDIAN_1: "ar", GuardianRole.GUARDIAN_2: "fa"}
    dialog = GuardianStartDialog(known=known)
    qtbot.addWidget(dialog)
    assert dialog.choice() == (GuardianRole.GUARDIAN_1, "ar")
    dialog.role.setCurrentIndex(dialog.role.findData(GuardianRole.GUARDIAN_2.value))
    assert dialog.choice() == (GuardianRole.GUARDIAN_2, "fa")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))  # the adult may change it
    assert dialog.choice() == (GuardianRole.GUARDIAN_2, "sv")


def test_open_guardian_mode_with_a_bad_language_says_so(
    qtbot: Any, vault: Any, conv: Conversation, capsys: Any
) -> None:
    assert conv.id is not None
    assert open_guardian_mode(vault, conv.id, "guardian_1", "xx", no_err_windows=True) is None
    assert guardians.guardian_views(vault, conv.id) == []


def test_a_guardians_copy_from_the_print_dialog(
    qtbot: Any, vault: Any, conv: Conversation, tmp_path: Any, catalog: Catalog
) -> None:
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.gui.guardians.copy_dialog import GuardianCopyDialog
    from tests.reports.builders import pdftotext

    assert conv.id is not None
    g1 = guardians.start_guardian_view(vault, conv.id, "guardian_1", "ar")
    g2 = guardians.start_guardian_view(vault, conv.id, "guardian_2", "sv")
    assert g1.id is not None and g2.id is not None
    guardians.set_guardian_words(vault, g2.id, "trygg", "EGNA-ORD-TVA")
    base = tmp_path / "base"
    base.mkdir()
    ctx = AppContext(base, Settings(base), catalog, no_err_windows=True)
    dialog = GuardianCopyDialog(ctx, vault, conv.id)
    qtbot.addWidget(dialog)
    assert dialog.guardian_box.count() == 2
    qtbot.waitUntil(lambda: not dialog.busy and dialog.page_count() > 0, timeout=15_000)
    dialog.guardian_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.page_count() > 0, timeout=15_000)
    dialog.saver.ask_save_path = lambda suggested: str(tmp_path / suggested)  # type: ignore[method-assign]
    dialog.saver.save_unencrypted()

    def printed() -> list[str]:
        return [e.detail for e in services.list_audit(vault) if e.action.value == "printed"]

    # written and logged in one service call, off the GUI thread
    qtbot.waitUntil(lambda: printed() == ["guardian-copy"], timeout=10_000)
    [saved] = list(tmp_path.glob("Guardian-copy-*.pdf"))
    text = pdftotext(saved)
    assert "EGNA-ORD-TVA" in text and "Vårdnadshavare 2" in text and SECRET not in text


@pytest.mark.parametrize("lang", ["ar", "sv", "ti"])
def test_the_guardian_screens_fit_1366x768_at_150_percent(
    qtbot: Any, vault: Any, conv: Conversation, lang: str
) -> None:
    window = open_window(qtbot, vault, conv, "guardian_1", lang)
    for page in window.PAGES:  # 1366x768 at 150 % is 911x512 logical pixels
        window.go(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 911 and hint.height() <= 512, (page, hint)
    close_for_good(qtbot, window)


@pytest.mark.parametrize("size", [(1366, 768), (911, 512)])  # 100 % and 150 %
def test_next_is_in_sight_on_the_wheel_page(
    qtbot: Any, vault: Any, conv: Conversation, size: tuple[int, int]
) -> None:
    """Back and Next sat at the bottom of the scrolled column, below the fold: a guardian
    saw no way on without scrolling a thin, unmarked scroll bar."""
    window = open_window(qtbot, vault, conv, "guardian_1", "sv")
    window.resize(*size)
    window.go("wheel")
    qtbot.wait(50)
    for button in (window.wheel_next, window.wheel_back):
        top_left = button.mapTo(window, QPoint(0, 0))
        assert button.isVisible()
        assert window.rect().contains(QRect(top_left, button.size())), (size, top_left)
        assert button.visibleRegion().boundingRect().size() == button.size()
    close_for_good(qtbot, window)


@pytest.mark.parametrize("lang", ["ar", "so"])
def test_the_wheel_page_shows_every_control_whole_at_150_percent(
    qtbot: Any, vault: Any, conv: Conversation, lang: str
) -> None:
    """At 1366x768 and 150 % (911x512) the wheel page scrolled and the refusal buttons
    were cut at the column's edge; the share choices lay below the fold."""
    from PySide6.QtWidgets import QScrollArea

    window = open_window(qtbot, vault, conv, "guardian_1", lang)
    window.resize(911, 512)
    window.go("wheel")
    page = window.pages["wheel"]
    # the layout settles (posted layout requests), then nothing scrolls
    qtbot.waitUntil(
        lambda: all(a.verticalScrollBar().maximum() == 0 for a in page.findChildren(QScrollArea))
    )
    assert window.k < 0.7  # drawn at the size factor, as child mode is
    for area in page.findChildren(QScrollArea):
        assert area.verticalScrollBar().maximum() == 0
        assert area.widget().width() <= area.viewport().width()
    controls = (
        window.dont_know,
        window.declined,
        window.words,
        window.share_answer,
        window.share_words,
        window.wheel_back,
        window.wheel_next,
    )
    for control in controls:
        assert control.visibleRegion().boundingRect().size() == control.size(), control
        assert control.minimumSizeHint().width() <= control.width(), control
    close_for_good(qtbot, window)


def test_audit_details_are_shown_in_words(qtbot: Any) -> None:
    from hjulet.gui.dialogs.audit_viewer import detail_text

    for stored in ("guardian", "guardian-copy", "summary", "child-copy", "blank"):
        assert detail_text(stored) != stored
    assert detail_text("guardian") == "a guardian's view"


def test_started_from_the_conversation_window_and_closed_when_the_vault_locks(
    qtbot: Any, vault: Any, conv: Conversation, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QDialog

    from hjulet.gui.conversation.view import ConversationView

    assert conv.id is not None
    monkeypatch.setattr(GuardianStartDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(GuardianStartDialog, "choice", lambda self: (GuardianRole.GUARDIAN_2, "fa"))
    view = ConversationView(vault, conv.id)
    qtbot.addWidget(view)
    assert not view.family_toggle.isEnabled()
    window = view.open_guardian_mode()
    assert isinstance(window, GuardianModeWindow) and window.isVisible()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft  # Persian
    window.words.setPlainText("")  # nothing typed yet
    window.go("important")
    window.important.setPlainText("خانواده")
    view.vault_going_away()  # locking saves what was typed and closes the guardian's screens
    qtbot.waitUntil(lambda: not window.isVisible())
    [saved] = guardians.guardian_views(vault, conv.id)
    assert (saved.role, saved.language, saved.important) == (
        GuardianRole.GUARDIAN_2,
        "fa",
        "خانواده",
    )


def test_a_rating_or_choice_that_could_not_be_saved_does_not_look_saved(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    window = open_window(qtbot, vault, conv, "guardian_1", "sv")
    window.no_err_windows = True  # the message goes to stderr, not a modal box
    window.go("wheel")
    area = conv.definition.areas[0].id
    qtbot.mouseClick(window.wheel, Qt.MouseButton.LeftButton, pos=ring_point(window.wheel, 0, 2))
    assert window.wheel.answer(area) == Answer.at(2)
    vault.close()  # locked underneath the guardian's screens
    qtbot.mouseClick(window.wheel, Qt.MouseButton.LeftButton, pos=ring_point(window.wheel, 0, 4))
    assert window.wheel.answer(area) == Answer.at(2)  # what the vault holds
    window.share_answer.click()
    assert not window.share_answer.isChecked()
    window.vault_going_away()  # closes without the passphrase (nothing left to save)


def test_cancel_while_the_passphrase_is_checked_stays_with_the_guardian(
    qtbot: Any, vault: Any, conv: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The professional typed the passphrase, then Cancel before it was checked: the
    right passphrase arriving a moment later does not leave the guardian's screen."""
    from hjulet.app.tasks import work_in_progress
    from tests.gate import Gate

    gate = Gate()
    monkeypatch.setattr(guardians, "confirm_professional", gate(guardians.confirm_professional))
    window = open_window(qtbot, vault, conv, "other_caregiver", "sv")
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    window.exit_panel.open()
    window.exit_panel.secret.setText(PASS)
    window.exit_panel.check()
    gate.wait_started()
    window.exit_panel.cancel_button.click()
    gate.open()
    # its result or failure delivered (or discarded) on the GUI thread
    qtbot.waitUntil(lambda: not work_in_progress(), timeout=10_000)
    assert window.isVisible() and not window.exit_panel.isVisible() and left == []
    monkeypatch.undo()
    close_for_good(qtbot, window)
    assert left == [True]


def test_reopened_while_a_cancelled_check_runs_no_second_check_starts(
    qtbot: Any, vault: Any, conv: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel during a check, then the professional's way out again at once: the first
    key derivation still runs, so Leave waits for it (two at once used twice the
    memory, and the last to end decided)."""
    from hjulet.app.tasks import jobs_running
    from tests.gate import Gate

    gate = Gate()
    monkeypatch.setattr(guardians, "confirm_professional", gate(guardians.confirm_professional))
    window = open_window(qtbot, vault, conv, "guardian_1", "sv")
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    panel = window.exit_panel
    panel.open()
    panel.secret.setText(PASS)
    panel.check()
    gate.wait_started()
    panel.cancel_button.click()
    panel.open()
    assert not panel.leave_button.isEnabled() and not panel.secret.isEnabled()
    assert panel.message.text() == "Checking…"
    panel.secret.setText(PASS)
    panel.check()  # what Enter in the field would do
    assert jobs_running() == 1
    gate.open()
    qtbot.waitUntil(lambda: panel.leave_button.isEnabled(), timeout=10_000)
    # the cancelled check's right passphrase does not leave, and the panel is ready
    assert left == [] and window.isVisible() and panel.message.text() == ""
    assert len(gate.results) == 1
    monkeypatch.undo()
    close_for_good(qtbot, window)
    assert left == [True]


def test_wrong_tries_in_a_row_wait_longer_each_time(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    """As at the child's exit: the guardian's screen is in front of someone else, so
    guessing the professional's passphrase gets slower with every wrong try."""
    window = open_window(qtbot, vault, conv, "guardian_1", "sv")
    panel = window.exit_panel
    window.ask_to_leave()
    for tries, seconds in ((1, 1), (2, 2)):  # (the tests load no catalogue: the source text)
        panel.secret.setText("not the passphrase")
        panel.check()
        qtbot.waitUntil(lambda t=tries: panel.failures == t, timeout=10_000)  # type: ignore[misc]
        assert not panel.leave_button.isEnabled()
        assert panel.message.text() == (
            f"That passphrase does not open this vault. Try again in {seconds} second(s)."
        )
        # the panel grew to hold the longer line whole (it was placed for an empty one)
        assert panel.height() >= panel.heightForWidth(panel.width())
        assert panel.message.height() >= panel.message.heightForWidth(panel.message.width())
        qtbot.waitUntil(lambda: panel.leave_button.isEnabled(), timeout=10_000)
        assert panel.message.text() == "That passphrase does not open this vault."
    close_for_good(qtbot, window)
    assert panel.failures == 0


def test_a_guardians_typing_boxes_open_no_menu_in_the_professionals_language(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    """Qt's own right-click menu ("Undo", "Paste"...) is in the professional's language;
    an Arabic-speaking guardian's screen reader read it out."""
    from tests.gui.child_mode.test_access import context_menu

    window = open_window(qtbot, vault, conv, "guardian_1", "ar")
    window.go("wheel")
    assert window.words.isVisible() and context_menu(qtbot, window.words) == []
    window.go("important")
    assert window.important.isVisible() and context_menu(qtbot, window.important) == []
    close_for_good(qtbot, window)


def test_no_scroll_bar_on_a_guardians_pages_opens_a_menu_in_the_professionals_language(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    """Qt's scroll-bar menu ("Scroll here", "Top"...) is in the professional's language:
    neither the typing boxes' bars nor the pages' open it."""
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea

    from tests.gui.child_mode.test_access import context_menu

    window = open_window(qtbot, vault, conv, "guardian_1", "ar")
    areas = window.findChildren(QAbstractScrollArea)
    assert window.words in areas and window.important in areas
    assert sum(isinstance(a, QScrollArea) for a in areas) >= 3  # the scrolled pages
    for area in areas:
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            assert context_menu(qtbot, area, on=bar) == [], type(area).__name__
    close_for_good(qtbot, window)


def test_a_window_drag_restyles_a_control_only_when_its_style_changes(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    """Qt polishes a widget again for every setStyleSheet, the same sheet too. Dragging
    the window's edge gave every button and check box a new sheet at each step of the
    size factor, though most steps leave their rounded pixel sizes as they were."""
    window = open_window(qtbot, vault, conv, "guardian_1", "sv")
    window.go("wheel")
    styled = [
        w
        for w in window.findChildren(QAbstractButton)
        if w.styleSheet() and w is not window.exit_button
    ]
    assert len(styled) >= 8
    restyled = {id(w): 0 for w in styled}

    class Count(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.StyleChange and id(obj) in restyled:
                restyled[id(obj)] += 1
            return False

    count = Count(window)
    for w in styled:
        w.installEventFilter(count)
    sheets = {id(w): [w.styleSheet()] for w in styled}
    factors = {window.k}
    for width in range(1366, 1000, -4):  # a drag from 1366x768 down to 1000x562
        window.resize(width, round(width * 768 / 1366))
        qtbot.wait(1)
        factors.add(window.k)
        for w in styled:
            if w.styleSheet() != sheets[id(w)][-1]:
                sheets[id(w)].append(w.styleSheet())
    assert len(factors) > 5  # the size factor did change along the way
    for w in styled:  # one polish per new sheet, none for the same sheet again
        assert restyled[id(w)] == len(sheets[id(w)]) - 1, (w.text(), restyled[id(w)])
    assert any(len(s) > 2 for s in sheets.values())  # and the sizes did follow the drag
    close_for_good(qtbot, window)

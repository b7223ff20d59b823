"""The main window joined to the conversation, child-mode and print screens."""

from __future__ import annotations

from pathlib import Path

import pytest

from hjulet import services
from hjulet.app.tasks import jobs_running
from hjulet.core.model import Answer
from hjulet.gui.child_mode import ChildModeWindow
from hjulet.gui.conversation.view import ConversationView
from hjulet.gui.printing.summary import SummaryDialog
from tests.gui.test_workspace_fixtures import (
    PASSPHRASE,
    TIMEOUT,
    conversation_windows_shown,
    make_vault,
    open_in_window,
)

pytest_plugins = ["tests.gui.test_workspace_fixtures"]


@pytest.fixture
def opened(qtbot, window, tmp_path: Path, catalog):  # type: ignore[no-untyped-def]
    path = tmp_path / "vault"
    vault, _key = make_vault(path, catalog)
    vault.close()
    open_in_window(qtbot, window, path)
    child = services.list_children(window.vault)[0].child
    conv = services.list_conversations(window.vault, child.id)[-1]
    return window, path, child, conv


def test_a_conversation_opens_in_its_own_window_and_saves(qtbot, opened):  # type: ignore[no-untyped-def]
    window, _path, _child, conv = opened
    view = window.open_conversation(conv.id)
    assert isinstance(view, ConversationView) and view.isWindow()
    assert window.open_conversation(conv.id) is view  # no second window for the same talk
    view.wheel.rating_changed.emit("trygg", Answer.at(1), conv.entry("trygg").answer)
    qtbot.waitUntil(
        lambda: (
            services.get_conversation(window.vault, conv.id).entry("trygg").answer == Answer.at(1)
        ),
        timeout=TIMEOUT,
    )


def test_lock_closes_conversation_windows_and_unlock_reopens_them(qtbot, opened):  # type: ignore[no-untyped-def]
    window, path, child, conv = opened
    window.open_child(child.id)
    window.open_conversation(conv.id)
    window.lock()
    qtbot.waitUntil(lambda: conversation_windows_shown(window) == [], timeout=TIMEOUT)
    assert window.vault is None and window.session.conversation_windows() == []
    open_in_window(qtbot, window, path)
    qtbot.waitUntil(lambda: len(window.session.conversation_windows()) == 1, timeout=TIMEOUT)
    assert window.session.conversation_windows() == conversation_windows_shown(window)
    assert window.session.conversation_windows()[0].controller.conversation_id == conv.id
    assert window.stack.currentWidget() is window.child_page


def test_idle_in_child_mode_covers_the_screen_instead_of_locking(qtbot, opened):  # type: ignore[no-untyped-def]
    window, _path, _child, conv = opened
    view = window.open_conversation(conv.id)
    child_mode = view.open_child_mode()
    assert isinstance(child_mode, ChildModeWindow)
    qtbot.waitUntil(child_mode.isVisible, timeout=TIMEOUT)
    window.session.idle.idle.emit()
    assert window.vault is not None and window.vault.is_open
    assert child_mode.is_covered
    child_mode.close()
    qtbot.waitUntil(lambda: not child_mode.isVisible(), timeout=TIMEOUT)
    window.session.idle.idle.emit()
    assert window.vault is None  # no child mode: idle locks


def test_print_action_opens_the_summary_for_the_current_child(qtbot, opened):  # type: ignore[no-untyped-def]
    window, _path, child, _conv = opened
    window.open_child(child.id)
    dialog = window.open_summary(child.id)
    assert isinstance(dialog, SummaryDialog)
    dialog.close()
    # the preview renders off the GUI thread; the window closes only once that work
    # ends (a busy machine renders slowly), so wait for it before the test ends
    qtbot.waitUntil(lambda: not jobs_running(), timeout=TIMEOUT)


def test_change_passphrase_from_the_vault_menu(qtbot, opened):  # type: ignore[no-untyped-def]
    from hjulet.core.errors import WrongPassphrase

    window, path, _child, _conv = opened
    dialog = window.change_passphrase()
    dialog.old_pass.setText("not the old one")
    dialog.new_pass.setText("fyra ord som ingen gissar")
    dialog.repeat.setText("fyra ord som ingen gissar")
    assert dialog.change_button.isEnabled()
    dialog.change_button.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=TIMEOUT)
    assert dialog.isVisible()  # wrong current passphrase: nothing changed
    dialog.old_pass.setText(PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    window.lock()
    with pytest.raises(WrongPassphrase):
        services.open_vault(path, PASSPHRASE)
    services.open_vault(path, "fyra ord som ingen gissar").close()
    actions = []
    with services.open_vault(path, "fyra ord som ingen gissar") as v:
        actions = [e.action.value for e in services.list_audit(v)]
    assert "changed_passphrase" in actions


def test_the_vault_menu_holds_everything_about_the_vault(qtbot, opened):  # type: ignore[no-untyped-def]
    window, path, _child, _conv = opened
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    texts = [a.text().replace("&", "") for a in menus["Vault"].actions()]
    for wanted in (
        "New vault",
        "Open vault",
        "Lock",
        "Back up",
        "Restore",
        "Import",
        "passphrase",
        "recovery key",
        "Audit",
    ):
        assert any(wanted in t for t in texts), wanted
    file_texts = " ".join(a.text() for a in menus["File"].actions())
    assert "Back up" not in file_texts and "vault" not in file_texts
    dialog = window.new_recovery_key()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.new_key != "", timeout=TIMEOUT)
    dialog.reject()
    assert dialog.isVisible()  # Escape cannot lose the only copy of the new key
    dialog.stored.setChecked(True)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    assert services.recovery_key_confirmed(window.vault)  # only now does it replace the old
    window.lock()
    services.recover_vault(path, dialog.new_key, "en helt ny lösenfras", kdf=window.ctx.kdf)


def test_a_sip_cell_still_being_edited_is_saved_when_the_vault_locks(qtbot, opened):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    window, path, child, _conv = opened
    window.open_child(child.id)
    sip = window.child_page.sip
    window.child_page.tabs.setCurrentWidget(sip)
    sip._add_row()
    index = sip.action_model.index(0, 1)
    sip.table.setCurrentIndex(index)
    sip.table.edit(index)
    editors = [e for e in sip.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editors, "no cell editor opened"
    editors[0].setText("Skolan ordnar en rastvärd")
    window.lock()  # the idle lock does the same
    with services.open_vault(path, PASSPHRASE) as v:
        actions = services.get_sip_plan(v, child.id).actions
    assert [a.what for a in actions] == ["Skolan ordnar en rastvärd"]


def test_a_child_that_cannot_be_saved_keeps_the_form_open(qtbot, opened):  # type: ignore[no-untyped-def]
    window, _path, child, _conv = opened
    dialog = window.add_child()
    dialog.code.setText(child.code)  # already used
    dialog.name.setText("Lisa")
    dialog.accept()
    assert dialog.isVisible() and dialog.name.text() == "Lisa"
    dialog.code.setText("B-NEWC-ODE2")
    dialog.accept()
    assert not dialog.isVisible()
    assert any(r.child.name == "Lisa" for r in services.list_children(window.vault))


def test_the_childs_note_on_changes_is_saved_with_its_own_share_choice(qtbot, opened):  # type: ignore[no-untyped-def]
    window, _path, _child, conv = opened
    view = window.open_conversation(conv.id)
    view.notes.change_note.setPlainText("Det är lugnare hemma nu")
    view.notes.change_note_shared.setChecked(True)
    view.close()
    saved = services.get_conversation(window.vault, conv.id)
    assert saved.change_note == "Det är lugnare hemma nu" and saved.change_note_shared


def test_deleting_a_child_closes_its_conversation_windows_quietly(qtbot, opened):  # type: ignore[no-untyped-def]
    window, _path, child, conv = opened
    view = window.open_conversation(conv.id)
    view.notes.change_note.setPlainText("typed just before the deletion")
    services.delete_child(window.vault, child.id)
    window._child_deleted(child.id)
    qtbot.waitUntil(lambda: conversation_windows_shown(window) == [], timeout=TIMEOUT)
    assert window.session.conversation_windows() == []

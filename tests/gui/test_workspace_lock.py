"""Unlock (right and wrong passphrase), recovery, auto-lock and Ctrl+L.

Locking must empty every model and view, close every dialog and the database;
unlocking the same vault returns to the page the user was on.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from hjulet import services
from hjulet.core.errors import WrongPassphrase
from hjulet.gui.dialogs.recovery import RecoveryDialog
from hjulet.gui.dialogs.unlock import UnlockDialog
from tests.gui.test_workspace_fixtures import (
    PASSPHRASE,
    TIMEOUT,
    conversation_windows_shown,
    make_vault,
    open_in_window,
)

pytest_plugins = ["tests.gui.test_workspace_fixtures"]


def test_unlock_with_the_right_passphrase_fills_the_caseload(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    open_in_window(qtbot, window, vault_dir)
    assert window.vault is not None and window.vault.is_open
    assert window.stack.currentWidget() is window.caseload
    assert window.caseload.model.rowCount() == 3
    assert "Kurator Test" in window.status.text()
    assert window.ctx.settings.recent_vaults[0] == str(vault_dir)


def test_wrong_passphrase_says_so_and_opens_nothing(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    dialog = window.entry.ask_unlock(vault_dir)
    dialog.passphrase.setText("not the passphrase at all")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=TIMEOUT)
    assert "passphrase does not open" in dialog.message.text()
    assert dialog.isVisible()
    assert window.vault is None
    assert window.caseload.model.rowCount() == 0
    assert window.stack.currentWidget() is window.locked_page
    dialog.reject()


def test_forgot_passphrase_recovers_with_the_key_and_shows_a_new_one(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, catalog
):
    path = tmp_path / "v"
    vault, key = make_vault(path, catalog, children=1)
    vault.close()
    unlock = window.entry.ask_unlock(path)
    assert isinstance(unlock, UnlockDialog)
    unlock.forgot_button.click()
    dialog = window.entry.recovery_dialog
    assert isinstance(dialog, RecoveryDialog) and dialog.isVisible()
    new = "blåbär cykel fyrtorn vinter"
    dialog.new_pass.setText(new)
    dialog.repeat.setText(new)
    # a wrong key changes nothing and says so
    dialog.key_edit.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert dialog.recover_button.isEnabled()
    dialog.recover_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=TIMEOUT)
    assert "recovery key does not fit" in dialog.message.text()
    with services.open_vault(path, PASSPHRASE):
        pass  # the old passphrase still works
    # the right key, typed in small letters without dashes
    dialog.key_edit.setText(key.replace("-", "").lower())
    dialog.recover_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    assert dialog.new_key and dialog.new_key != key
    assert dialog.new_key.split("-")[0] in dialog.key_view.label.text()
    assert not dialog.open_button.isEnabled()
    dialog.reject()  # Escape must not lose the new key
    assert dialog.isVisible()
    dialog.stored.setChecked(True)
    with qtbot.waitSignal(window.session.opened, timeout=TIMEOUT):
        dialog.open_button.click()
    assert window.vault is not None and window.caseload.model.rowCount() == 1
    window.lock()
    with pytest.raises(WrongPassphrase):
        services.open_vault(path, PASSPHRASE)


def _open_dialogs(window) -> list[QDialog]:  # type: ignore[no-untyped-def]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_idle_lock_clears_every_view_and_returns_to_the_same_child(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    open_in_window(qtbot, window, vault_dir)
    child_id = window.caseload.model.row_at(0).child.id
    assert window.open_child(child_id)
    page = window.child_page
    assert page.list_model.rowCount() == 2
    assert page.timeline.model.rowCount() == 2
    assert page.consent.model.rowCount() == 1
    assert page.compare.first.count() == 2
    page.tabs.setCurrentWidget(page.sip)
    page.sip.question.setPlainText("Vad behöver skolan göra?")  # pending, not saved yet
    assert page.sip.pending
    audit = window.show_audit()
    assert audit is not None and audit.isVisible()
    vault = window.vault

    window.session.idle.set_timeout(150)
    with qtbot.waitSignal(window.session.locked, timeout=5_000):
        pass
    # the database is closed and the keys dropped
    assert window.vault is None and not vault.is_open
    # every view and model is empty
    assert window.stack.currentWidget() is window.locked_page
    assert window.caseload.model.rowCount() == 0 and window.caseload.proxy.rowCount() == 0
    assert page.child is None and page.title.text() == ""
    assert page.list_model.rowCount() == 0
    assert page.timeline.model.rowCount() == 0
    assert page.consent.model.rowCount() == 0
    assert page.compare.first.count() == 0
    assert page.sip.question.toPlainText() == ""
    assert page.sip.action_model.rowCount() == 0
    assert _open_dialogs(window) == []
    assert not window.menus.lock_action.isEnabled()

    # unlocking returns to the same child, and the pending SIP text was saved
    open_in_window(qtbot, window, vault_dir)
    assert window.stack.currentWidget() is window.child_page
    assert page.child_id == child_id
    assert page.sip.question.toPlainText() == "Vad behöver skolan göra?"


def test_ctrl_l_locks(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    open_in_window(qtbot, window, vault_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.caseload.table.setFocus()
    with qtbot.waitSignal(window.session.locked, timeout=5_000):
        qtbot.keyClick(window.caseload.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None and window.caseload.model.rowCount() == 0


def test_switching_vaults_locks_the_first(qtbot, window, vault_dir, tmp_path, catalog):  # type: ignore[no-untyped-def]
    other = tmp_path / "other"
    v, _ = make_vault(other, catalog, children=1)
    v.close()
    open_in_window(qtbot, window, vault_dir)
    first = window.vault
    dialog = window.entry.switch_vault(other)
    assert first is not None and not first.is_open
    assert window.caseload.model.rowCount() == 0
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.opened, timeout=TIMEOUT):
        dialog.unlock_button.click()
    assert window.caseload.model.rowCount() == 1
    assert window.ctx.settings.recent_vaults[:2] == [str(other), str(vault_dir)]


def test_language_switch_rebuilds_the_window_in_place(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    open_in_window(qtbot, window, vault_dir)
    child_id = window.caseload.model.row_at(1).child.id
    window.open_child(child_id)
    old_page = window.child_page
    window.apply_settings({"language": "en", "idle_lock_minutes": 7})
    qtbot.waitUntil(lambda: window.child_page is not old_page, timeout=5_000)
    assert window.ctx.settings.language == "en"
    assert window.ctx.settings.idle_lock_minutes == 7
    assert window.stack.currentWidget() is window.child_page
    assert window.child_page.child_id == child_id
    assert "locks after 7 min" in window.status.text()
    window.lock()
    assert window.child_page.child is None


def test_ctrl_l_in_a_conversation_window_locks_and_the_lock_button_too(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir
):
    open_in_window(qtbot, window, vault_dir)
    child_id = window.caseload.model.row_at(0).child.id
    conversation_id = services.list_conversations(window.vault, child_id)[0].id
    conv = window.open_conversation(conversation_id)
    qtbot.waitExposed(conv)
    conv.activateWindow()
    qtbot.waitUntil(conv.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(
        conv.notes.fields[next(iter(conv.notes.fields))],
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier,
    )
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert window.stack.currentWidget() is window.locked_page
    qtbot.waitUntil(lambda: not conversation_windows_shown(window), timeout=TIMEOUT)
    # unlock again: a conversation window's own Lock button locks as well
    open_in_window(qtbot, window, vault_dir)
    again = window.open_conversation(conversation_id)
    qtbot.mouseClick(again.lock_button, Qt.MouseButton.LeftButton)
    assert window.vault is None


def test_ctrl_w_closes_a_conversation_window(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    open_in_window(qtbot, window, vault_dir)
    child_id = window.caseload.model.row_at(0).child.id
    conversation_id = services.list_conversations(window.vault, child_id)[0].id
    conv = window.open_conversation(conversation_id)
    qtbot.waitExposed(conv)
    conv.activateWindow()
    qtbot.waitUntil(conv.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(conv.wheel, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not conversation_windows_shown(window), timeout=TIMEOUT)
    assert not window.session.conversation_windows()
    assert window.vault is not None  # closing a conversation does not lock


def test_ctrl_l_over_child_mode_covers_the_screen_and_keeps_the_vault_open(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir
):
    from hjulet.gui.child_mode import start_child_mode

    open_in_window(qtbot, window, vault_dir)
    child = window.caseload.model.row_at(0).child
    cm = start_child_mode(window.ctx, window.vault, child.code, window, session=window.session)
    assert cm is not None
    qtbot.waitExposed(cm)
    cm.activateWindow()
    qtbot.waitUntil(cm.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(cm, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(cm.cover_screen.isVisible, timeout=TIMEOUT)
    assert window.vault is not None  # a child at the keys cannot leave child mode this way
    cm.leave()


def test_language_switch_translates_the_caseload_cells(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    from hjulet.gui.workspace.caseload_model import COLUMNS, tier_text

    open_in_window(qtbot, window, vault_dir)
    column = COLUMNS.index("age_tier")
    tier = window.caseload.model.row_at(0).child.age_tier
    english = tier_text(tier)
    assert window.caseload.model.index(0, column).data() == english
    try:
        for lang in ("en", "sv"):
            window.apply_settings({"language": lang})
            qtbot.waitUntil(lambda lang=lang: window.ctx.settings.language == lang)
        # the cell texts are made once per row set: a language switch makes them again
        qtbot.waitUntil(lambda: window.caseload.model.index(0, column).data() == tier_text(tier))
        assert tier_text(tier) != english
    finally:
        window.apply_settings({"language": "en"})
        qtbot.waitUntil(lambda: tier_text(tier) == english)


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "inte lösenfrasen alls"])
def test_no_other_way_in_while_a_vault_opens_in_the_background(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, monkeypatch, passphrase
):
    """After a recovery (or a scripted start) the vault opens in the background: the
    ways into another vault (or the same one twice) wait, and come back after."""
    from hjulet.app.tasks import jobs_running
    from tests.gate import Gate

    gate = Gate()
    monkeypatch.setattr(services, "open_vault", gate(services.open_vault))
    window.entry.open_with_passphrase(vault_dir, passphrase)
    gate.wait_started()
    ways_in = (
        window.unlock_button,
        window.new_vault_button,
        window.open_vault_button,
        window.menus.new_action,
        window.menus.open_action,
        window.menus.recent_menu.menuAction(),
    )
    assert not any(w.isEnabled() for w in ways_in)
    window.entry.unlock_current()
    assert window.entry.switch_vault(vault_dir) is None
    window.entry.open_with_passphrase(vault_dir, passphrase)
    window.entry.open_demo(vault_dir.with_name("demo"), "demo")
    assert window.statusBar().currentMessage() == "Wait, Hjulet is opening a vault."
    assert jobs_running() == 1 and not window.findChildren(UnlockDialog)
    gate.open()
    qtbot.waitUntil(lambda: not jobs_running() and not window.entry.opening, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: all(w.isEnabled() for w in ways_in), timeout=TIMEOUT)
    assert (window.vault is not None) == (passphrase == PASSPHRASE)
    assert not vault_dir.with_name("demo").exists()


# -- locking while background work runs: the lock finishes the work first ----------------


def _gated(monkeypatch, owner: object, name: str):  # type: ignore[no-untyped-def]
    """Hold ``owner.name`` (the real work) at its start until the test lets it go."""
    from tests.gate import Gate

    gate = Gate()
    monkeypatch.setattr(owner, name, gate(getattr(owner, name)))
    return gate


def _lock_waits_then_locks(qtbot, window, gate, busy_dialog) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+L (as a conversation window's, not blocked by a window-modal dialog) while
    the work is held: the views hide at once, the vault stays open, no new work can
    start, the dialog doing the work stays; the vault locks once the work has ended."""
    gate.wait_started()
    vault = window.vault
    window.session.request_lock()
    assert window.session.finishing and vault.is_open and window.vault is vault
    assert window.stack.currentWidget() is window.locked_page
    assert not window.finishing_box.isHidden() and window.locked_box.isHidden()
    assert busy_dialog.isVisible()
    # ... but shows nothing of the vault (a summary's preview, the retention list's
    # names) for as long as the work takes, and its options start nothing new
    from hjulet.gui.workspace.finishing import FinishingVeil

    veils = [c for c in busy_dialog.children() if isinstance(c, FinishingVeil)]
    assert len(veils) == 1 and veils[0].isVisible()
    assert veils[0].geometry() == busy_dialog.rect() and veils[0].autoFillBackground()
    assert not any(
        c.isEnabled()
        for c in busy_dialog.findChildren(QWidget)
        if c.window() is busy_dialog and not veils[0].isAncestorOf(c) and c is not veils[0]
    )
    menus = window.menus
    assert not menus.lock_action.isEnabled() and not menus.passphrase_action.isEnabled()
    assert not menus.backup_actions.backup_action.isEnabled()
    assert not menus.backup_actions.restore_action.isEnabled()
    assert window.change_passphrase() is None and window.new_recovery_key() is None
    window.session.request_lock()  # again: still one lock, still waiting
    qtbot.wait(250)  # several looks again (LOCK_RETRY_MS): the work still holds the vault
    assert vault.is_open and window.session.finishing
    gate.open()
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not vault.is_open and not window.session.finishing
    assert window.finishing_box.isHidden() and window.unlock_button.isVisible()
    assert not isValid(busy_dialog) or not busy_dialog.isVisible()  # closed (or deleted)


def test_lock_during_a_passphrase_change_finishes_it_then_only_the_new_one_opens(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, monkeypatch
):
    open_in_window(qtbot, window, vault_dir)
    gate = _gated(monkeypatch, services, "change_vault_passphrase")
    dialog = window.change_passphrase()
    new = "blåbär cykel fyrtorn vinter"
    dialog.old_pass.setText(PASSPHRASE)
    dialog.new_pass.setText(new)
    dialog.repeat.setText(new)
    dialog.change_button.click()
    _lock_waits_then_locks(qtbot, window, gate, dialog)
    assert gate.results == [None]  # the change ran to its end
    with services.open_vault(vault_dir, new):
        pass
    with pytest.raises(WrongPassphrase):
        services.open_vault(vault_dir, PASSPHRASE)
    assert sorted(p.name for p in vault_dir.iterdir() if "tmp" in p.name or "part" in p.name) == []


@pytest.mark.parametrize("step", ["make", "confirm"])
def test_lock_during_a_new_recovery_key_leaves_one_key_in_force(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, catalog, monkeypatch, step
):
    """Made but not yet confirmed when the lock came: the old key stays in force (the
    new one was never confirmed as seen). Confirmed under the lock: the new key is in
    force and the old one never works again."""
    from hjulet.core.errors import WrongRecoveryKey
    from hjulet.storage import keyslots

    path = tmp_path / "vault"
    vault, old_key = make_vault(path, catalog)
    services.confirm_recovery_key(vault, old_key)  # the key in force before
    vault.close()
    open_in_window(qtbot, window, path)
    gate = _gated(
        monkeypatch, services, "new_recovery_key" if step == "make" else "confirm_recovery_key"
    )
    dialog = window.new_recovery_key()
    dialog.passphrase.setText(PASSPHRASE)
    if step == "confirm":
        gate.open()  # the key is made at once; the confirmation is held
        dialog.make_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
        gate.release.clear()
        gate.started.clear()
        dialog.stored.setChecked(True)
        dialog.close_button.click()
    else:
        dialog.make_button.click()
    _lock_waits_then_locks(qtbot, window, gate, dialog)
    slots = keyslots.read_slot_file(path)
    if step == "make":
        (new_key,) = gate.results  # made, shown, never confirmed: pending only
        assert not services.recovery_key_confirmed(path) and slots.pending_recovery is not None
        keyslots.unlock_with_recovery_key(slots, old_key)  # still in force
    else:
        new_key = dialog.new_key
        assert services.recovery_key_confirmed(path) and slots.pending_recovery is None
        keyslots.unlock_with_recovery_key(slots, new_key)
        with pytest.raises(WrongRecoveryKey):
            keyslots.unlock_with_recovery_key(slots, old_key)
    with services.open_vault(path, PASSPHRASE):
        pass


@pytest.mark.parametrize("fails", [False, True])
def test_lock_during_a_backup_leaves_a_whole_backup_or_none(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, tmp_path, monkeypatch, fails
):
    """The backup is written to its end (restorable) or, failing, leaves nothing: no
    file and no temp file beside it. The vault closes only after."""
    import shutil

    from PySide6.QtWidgets import QFileDialog

    import hjulet.gui.dialogs.backup as backup_gui
    import hjulet.services.backup as backup_service
    from hjulet.services.backup import restore_vault
    from hjulet.storage.keyslots import FAST_KDF

    open_in_window(qtbot, window, vault_dir)
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    out = out_dir / "vault.hbk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    monkeypatch.setattr(backup_gui, "_ask_passphrase", lambda *a, **k: PASSPHRASE)
    gate = _gated(monkeypatch, backup_service, "backup_vault")
    window.menus.backup_actions.back_up()
    progress = window.findChild(backup_gui._Progress)
    assert progress is not None
    if fails:
        gate.wait_started()
        shutil.rmtree(out_dir)  # the folder is gone when the write starts
    _lock_waits_then_locks(qtbot, window, gate, progress)
    if fails:
        assert not out_dir.exists() and gate.results == []
        return
    assert sorted(p.name for p in out_dir.iterdir()) == ["vault.hbk"]  # no temp file
    restored = restore_vault(out, tmp_path / "restored", passphrase=PASSPHRASE, kdf=FAST_KDF)
    with services.open_vault(restored.path, PASSPHRASE) as v:
        assert len(services.list_children(v, include_archived=True)) == 3


def test_lock_during_a_pdf_save_writes_the_whole_file_first(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, tmp_path
):
    """The summary's "Save as PDF…" held mid-way when the lock comes: the print dialog
    stays (saying "Saving…") until the whole file is there, with no temp file beside
    it; then the vault locks and the dialog closes."""
    import io

    import pypdf

    from tests.gate import Gate

    open_in_window(qtbot, window, vault_dir)
    child = services.find_child(window.vault, "T-000")
    dialog = window.open_summary(child.id)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.page_count() > 0, timeout=TIMEOUT)
    out_dir = tmp_path / "pdfs"
    out_dir.mkdir()
    gate = Gate()
    real_job = dialog.write_job
    dialog.saver.write_job = lambda t, d, p: gate(real_job(t, d, p))
    dialog.saver.ask_save_path = lambda suggested: str(out_dir / "sip.pdf")
    dialog.saver.save_unencrypted()
    shown = dialog.pdf
    _lock_waits_then_locks(qtbot, window, gate, dialog)
    assert sorted(p.name for p in out_dir.iterdir()) == ["sip.pdf"]
    saved = (out_dir / "sip.pdf").read_bytes()
    assert saved == shown and len(pypdf.PdfReader(io.BytesIO(saved)).pages) >= 1


def test_lock_during_printing_paints_every_page_then_logs_and_locks(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, tmp_path
):
    """The summary's pages on their way to a printer that does not answer when the
    lock comes: the print dialog stays (veiled) until every page is painted and the
    print is logged; then the vault locks and the dialog closes."""
    from PySide6.QtPrintSupport import QPrinter

    from hjulet.core.model import AuditAction
    from tests.hung_printer import hung_printer

    open_in_window(qtbot, window, vault_dir)
    child = services.find_child(window.vault, "T-000")
    dialog = window.open_summary(child.id)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.page_count() > 0, timeout=TIMEOUT)
    pages = dialog.page_count()
    with hung_printer(tmp_path) as hung:
        printer = dialog.make_printer()
        printer.setResolution(96)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(hung.path))
        assert dialog.print_to(printer)
        _lock_waits_then_locks(qtbot, window, hung, dialog)
        assert hung.pages() == pages
    # the dialog closed with the lock: the locked page says how the print ended
    assert window.ended_label.text() == QCoreApplication.translate(
        "PrintDialogs", "The pages were sent to the printer before the vault locked."
    )
    with services.open_vault(vault_dir, PASSPHRASE) as v:
        logged = [e for e in services.list_audit(v) if e.action is AuditAction.PRINTED]
    assert [e.detail for e in logged] == ["summary"]


def test_quit_waits_for_a_result_still_on_its_way(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    """A job has stopped running before its result reaches the GUI thread: quitting in
    between waited for nothing, closed the vault, and the result's receiver found it
    closed. Quitting waits as locking does, for the result too."""
    import time

    from hjulet.app.tasks import jobs_running, run_in_background, work_in_progress

    open_in_window(qtbot, window, vault_dir)
    vault = window.vault
    seen: list[bool] = []
    run_in_background(
        lambda: None, lambda _r: seen.append(vault.is_open), seen.append, owner=window
    )
    deadline = time.monotonic() + TIMEOUT / 1000
    while jobs_running() and time.monotonic() < deadline:  # no events: the result waits
        time.sleep(0.005)
    assert not jobs_running() and work_in_progress()
    window.close()
    assert window.isVisible() and vault.is_open  # not yet: the result is on its way
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT)
    assert seen == [True] and not vault.is_open

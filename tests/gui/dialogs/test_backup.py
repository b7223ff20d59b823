"""Backup/restore/export/import GUI: actions, passphrase dialog, work off the GUI thread."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMenu

from hjulet.gui.dialogs.backup import PassphraseDialog, install_backup_actions, run_with_progress
from hjulet.gui.vault_session import VaultSession
from hjulet.services.backup import backup_vault
from hjulet.storage.container import inspect_container
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS

pytestmark = pytest.mark.gui


class _Window(QMainWindow):
    def __init__(self, vault) -> None:
        super().__init__()
        self.vault = vault
        self.vault_path = None


def test_actions_follow_the_vault_state(qtbot, vault, vault_path):
    window = _Window(None)
    qtbot.addWidget(window)
    session = VaultSession(15, window)
    menu = QMenu(window)
    actions = install_backup_actions(window, session, menu)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Back up vault…",
        "&Restore from backup…",
        "&Export children…",
        "&Import children…",
    ]
    assert not actions.backup_action.isEnabled() and actions.restore_action.isEnabled()
    session.open(vault, vault_path)  # the session's vault, not the window's, decides
    actions.update_enabled()
    assert actions.backup_action.isEnabled()


def test_an_import_says_children_were_imported(qtbot, vault, vault_path, tmp_path, monkeypatch):
    # the actions reach no window for its caseload: they say what happened, by a signal
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from hjulet import services
    from hjulet.services.exchange import export_children
    from hjulet.storage.keyslots import FAST_KDF as KDF

    source, _ = services.create_vault(tmp_path / "source", PASS, kdf=KDF)
    services.add_child(source, code="IMP-1", birth_year=2014, languages=("sv",))
    export_children(source, tmp_path / "out.json")
    source.close()
    window = _Window(None)
    qtbot.addWidget(window)
    session = VaultSession(15, window)
    session.open(vault, vault_path)
    actions = install_backup_actions(window, session, QMenu(window))
    monkeypatch.setattr(  # the user picks the file in the system's dialog
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "out.json"), "")),
    )
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    with qtbot.waitSignal(actions.children_imported, timeout=20_000):
        actions.import_()
    assert [c.child.code for c in services.list_children(vault)] == ["IMP-1"]


def test_new_passphrase_dialog_checks_length_and_repeat(qtbot, tmp_path):
    dialog = PassphraseDialog(None, "t", "text", new=True)
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog._check()
    assert dialog.result() == 0 and dialog.problem.text()
    dialog.first.setText("long enough pass")
    dialog.second.setText("different pass")
    dialog._check()
    assert "differ" in dialog.problem.text()
    dialog.second.setText("long enough pass")
    dialog._check()
    assert dialog.result() == 1
    dialog.problem.setText("")
    dialog.resize(420, 180)
    dialog.grab().save(str(tmp_path / "passphrase.png"))


def test_backup_runs_in_the_background_with_progress(qtbot, vault, tmp_path):
    window = _Window(vault)
    qtbot.addWidget(window)
    results: list[object] = []
    seen: list[tuple[int, int]] = []

    def work(progress):
        def both(done: int, total: int) -> None:
            seen.append((done, total))
            progress(done, total)

        return backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF, progress=both)

    dialog = run_with_progress(window, "Backing up…", work, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert not dialog.isVisible()
    assert inspect_container(Path(tmp_path / "b.hbk")).content_type == "vault-snapshot"
    assert seen and seen[-1][0] == seen[-1][1]
    assert results[0].vault_id == vault.vault_id


def test_escape_while_backing_up_says_wait(qtbot, vault, tmp_path):
    """A backup is never stopped half-way: Escape and the close button only say so."""
    from PySide6.QtCore import Qt

    from tests.gate import Gate

    window = _Window(vault)
    qtbot.addWidget(window)
    window.show()
    gate = Gate()
    results: list[object] = []
    work = gate(
        lambda progress: backup_vault(
            vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF, progress=progress
        )
    )
    dialog = run_with_progress(window, "Backing up…", work, results.append)
    gate.wait_started()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    assert dialog.labelText() == (
        "Backing up…\nWait, Hjulet is still working: this cannot stop half-way."
    )
    gate.open()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert not dialog.isVisible()
    assert inspect_container(Path(tmp_path / "b.hbk")).content_type == "vault-snapshot"


@pytest.mark.parametrize("closed_by", ["person", "lock"])
def test_restore_confirms_the_new_key_behind_a_busy_dialog_only_once_it_was_seen(
    qtbot, vault, tmp_path, monkeypatch, closed_by
):
    """After a restore the new recovery key is shown; closed by the person, it is saved
    as the restored vault's key off the GUI thread behind a busy dialog that cannot be
    closed half-way (the real confirmation held by a gate meanwhile). Closed by the
    vault's lock (``done``, unseen perhaps), it is not confirmed: it stays pending."""
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

    import hjulet.gui.dialogs.backup as backup_gui
    import hjulet.services.backup as backup_service
    from hjulet import services
    from hjulet.storage import keyslots
    from tests.gate import Gate

    backup = tmp_path / "vault.hbk"
    backup_vault(vault, backup, passphrase=PASS)
    target = tmp_path / "restored"
    window = _Window(None)
    qtbot.addWidget(window)
    session = VaultSession(15, window)
    actions = install_backup_actions(window, session, QMenu(window))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(backup_gui, "_ask_passphrase", lambda *a, **k: PASS)
    real_restore = backup_service.restore_vault

    def late_restore(*args: Any, **kwargs: Any) -> Any:
        # ends after the test's first few looks for the key box, as on a loaded machine
        # (where the box once opened under a look that waited, and the run hung)
        time.sleep(0.3)
        return real_restore(*args, kdf=FAST_KDF, **kwargs)

    monkeypatch.setattr(backup_service, "restore_vault", late_restore)
    gate = Gate()
    monkeypatch.setattr(services, "confirm_recovery_key", gate(services.confirm_recovery_key))
    seen: list[str] = []

    def close_the_key_box() -> None:  # runs inside the box's own event loop
        box = actions.key_box
        modal = QApplication.activeModalWidget()
        if (box is None or not box.isVisible()) and isinstance(modal, QMessageBox):
            seen.append("an error box: " + modal.text())  # fail, never hang on it
            modal.done(0)
            return
        if box is None or not box.isVisible():
            # look again soon; never wait here: the key box opens in a nested event
            # loop of its own, and a wait begun here would hold this call (and the
            # next look) under it until the box closed, which only the next look does
            QTimer.singleShot(20, close_the_key_box)
            return
        seen.append(box.informativeText())
        if closed_by == "person":
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            box.done(QDialog.DialogCode.Rejected)  # as the lock closes every dialog

    QTimer.singleShot(20, close_the_key_box)
    actions.restore()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    (new_key,) = seen
    assert not new_key.startswith("an error box")
    qtbot.waitUntil(lambda: actions.key_box is not None and not actions.key_box.isVisible())
    if closed_by == "lock":
        qtbot.wait(100)
        assert actions.confirming is None and not gate.started.is_set()
        assert not services.recovery_key_confirmed(target)
        return
    gate.wait_started()  # confirming, held: the GUI thread runs on (this test's waits)
    busy = actions.confirming
    assert busy is not None and busy.isVisible() and busy.maximum() == 0  # a busy bar
    assert busy.labelText() == "Saving the restored vault's new recovery key…"
    busy.reject()  # Escape: it says to wait, and stays
    busy.close()
    assert busy.isVisible()
    gate.open()
    qtbot.waitUntil(lambda: not busy.isVisible(), timeout=20_000)
    assert services.recovery_key_confirmed(target)
    keyslots.unlock_with_recovery_key(keyslots.read_slot_file(target), new_key)

"""Backup/restore/export/import GUI: actions, passphrase dialog, work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from hjulet.gui.dialogs.backup import PassphraseDialog, install_backup_actions, run_with_progress
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


def test_actions_follow_the_vault_state(qtbot, vault):
    window = _Window(None)
    qtbot.addWidget(window)
    menu = QMenu(window)
    actions = install_backup_actions(window, menu)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Back up vault…",
        "&Restore from backup…",
        "&Export children…",
        "&Import children…",
    ]
    assert not actions.backup_action.isEnabled() and actions.restore_action.isEnabled()
    window.vault = vault
    actions.update_enabled()
    assert actions.backup_action.isEnabled()


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

"""The unlock dialog: closed while the key is being derived, the unlock is cancelled
and the vault that opens a moment later is closed again (keys wiped, lock released)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from hjulet import services
from hjulet.app.tasks import jobs_running, work_in_progress
from hjulet.gui.dialogs.unlock import UnlockDialog
from hjulet.storage.keyslots import FAST_KDF
from tests.gate import Gate

PASS = "kanelbulle orbit lingon spårvagn"
TIMEOUT = 15_000


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _key = services.create_vault(path, PASS, name="Testvalv", kdf=FAST_KDF)
    vault.close()
    return path


@pytest.mark.parametrize("how", ["escape", "close", "cancel button"])
def test_closing_while_unlocking_closes_the_vault_that_opens(qtbot, vault_dir, how):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = Gate()
    dialog = UnlockDialog(vault_dir, parent, opener=gate(services.open_vault))
    dialog.finished.connect(dialog.deleteLater)  # as the main window opens it
    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)
    dialog.open()
    dialog.passphrase.setText(PASS)
    dialog.unlock_button.click()
    gate.wait_started()
    assert dialog.busy.isVisible()
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    elif how == "close":
        dialog.close()
    else:
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=TIMEOUT)
    gate.open()
    qtbot.waitUntil(lambda: not jobs_running(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not gate.results[0].is_open, timeout=TIMEOUT)
    assert unlocked == []
    with services.open_vault(vault_dir, PASS):  # its lock was released
        pass


def test_a_wrong_passphrase_after_the_dialog_closed_shows_nothing(qtbot, vault_dir):  # type: ignore[no-untyped-def]
    gate = Gate()
    dialog = UnlockDialog(vault_dir, opener=gate(services.open_vault))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.passphrase.setText("not the passphrase at all")
    dialog.unlock_button.click()
    gate.wait_started()
    dialog.reject()
    gate.open()
    # the failure reaches the GUI thread: nothing is shown
    qtbot.waitUntil(lambda: not work_in_progress(), timeout=TIMEOUT)
    assert not dialog.isVisible() and dialog.message.text() == ""


def test_an_unlock_that_ends_while_open_still_opens(qtbot, vault_dir):  # type: ignore[no-untyped-def]
    gate = Gate()
    dialog = UnlockDialog(vault_dir, opener=gate(services.open_vault))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.passphrase.setText(PASS)
    dialog.unlock_button.click()
    gate.wait_started()
    with qtbot.waitSignal(dialog.unlocked, timeout=TIMEOUT) as blocker:
        gate.open()
    vault = blocker.args[0]
    assert vault.is_open and not dialog.isVisible()
    vault.close()


def test_forgot_the_passphrase_waits_while_one_is_being_checked(qtbot, vault_dir):  # type: ignore[no-untyped-def]
    """Recovery rewrites the key slots the running unlock reads: not beside it."""
    gate = Gate()
    dialog = UnlockDialog(vault_dir, opener=gate(services.open_vault))
    qtbot.addWidget(dialog)
    forgot: list[bool] = []
    dialog.forgot.connect(lambda: forgot.append(True))
    dialog.open()
    dialog.passphrase.setText("not the passphrase at all")
    dialog.unlock_button.click()
    gate.wait_started()
    assert not dialog.forgot_button.isEnabled()
    dialog.forgot_button.click()
    assert forgot == [] and dialog.isVisible()
    gate.open()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=TIMEOUT)  # wrong passphrase
    assert dialog.forgot_button.isEnabled()
    dialog.forgot_button.click()
    assert forgot == [True]

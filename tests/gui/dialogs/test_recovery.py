"""Passphrase and recovery-key dialogs while their change runs off the GUI thread:
Escape, Cancel and the close button say to wait (the change goes on either way, and
its outcome must be seen); closed all the same (the vault locking), nothing raises.

The real change runs in full; the test only holds it at its start (``Gate``), so the
dialog is still busy when it is asked to close, however fast the machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from hjulet import services
from hjulet.app.tasks import jobs_running, work_in_progress
from hjulet.core.errors import WrongPassphrase
from hjulet.gui.dialogs.recovery import (
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    RecoveryDialog,
)
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS
from tests.gate import Gate

NEW = "blåbär cykel fyrtorn vinter"
TIMEOUT = 15_000


def _ask_to_close(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()  # the window's close button
    dialog.reject()  # Cancel
    assert dialog.isVisible()


def _closed_all_the_same(qtbot, dialog: QDialog, gate: Gate) -> None:  # type: ignore[no-untyped-def]
    """As the vault locking closes it: done(), then deleted; the job ends later."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=TIMEOUT)
    gate.open()
    # the result reaches the GUI thread: nobody takes it, nothing raises
    qtbot.waitUntil(lambda: not work_in_progress(), timeout=TIMEOUT)


def _change(qtbot, vault, monkeypatch, parent: QWidget) -> tuple[ChangePassphraseDialog, Gate]:  # type: ignore[no-untyped-def]
    gate = Gate()
    monkeypatch.setattr(services, "change_vault_passphrase", gate(services.change_vault_passphrase))
    dialog = ChangePassphraseDialog(vault, parent, kdf=FAST_KDF)
    dialog.show()
    dialog.old_pass.setText(PASS)
    dialog.new_pass.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.change_button.click()
    gate.wait_started()
    return dialog, gate


def test_changing_the_passphrase_says_wait(qtbot, vault, vault_path, monkeypatch):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog, gate = _change(qtbot, vault, monkeypatch, parent)
    _ask_to_close(qtbot, dialog)
    assert dialog.message.text() == "Wait, Hjulet is changing the passphrase."
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        gate.open()
    vault.close()
    with services.open_vault(vault_path, NEW):
        pass


def test_a_passphrase_change_ends_quietly_after_close(qtbot, vault, vault_path, monkeypatch):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog, gate = _change(qtbot, vault, monkeypatch, parent)
    _closed_all_the_same(qtbot, dialog, gate)
    vault.close()
    with services.open_vault(vault_path, NEW):  # the change itself was made
        pass


@pytest.mark.parametrize("forced", [False, True])
def test_a_new_recovery_key_being_made_or_saved_says_wait(qtbot, vault, monkeypatch, forced):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    making, saving = Gate(), Gate()
    monkeypatch.setattr(services, "new_recovery_key", making(services.new_recovery_key))
    monkeypatch.setattr(services, "confirm_recovery_key", saving(services.confirm_recovery_key))
    dialog = NewRecoveryKeyDialog(vault, parent)
    dialog.show()
    dialog.passphrase.setText(PASS)
    dialog.make_button.click()
    making.wait_started()
    if forced:
        _closed_all_the_same(qtbot, dialog, making)
        assert not services.recovery_key_confirmed(vault)  # made, never confirmed
        return
    _ask_to_close(qtbot, dialog)
    assert dialog.message.text() == "Wait, Hjulet is making the new recovery key."
    making.open()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    dialog.stored.setChecked(True)
    dialog.close_button.click()
    saving.wait_started()
    _ask_to_close(qtbot, dialog)
    assert dialog.done_message.text() == "Wait, Hjulet is saving the new recovery key."
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        saving.open()
    assert services.recovery_key_confirmed(vault)


@pytest.fixture
def closed_vault(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "vault"
    vault, key = services.create_vault(path, PASS, name="Testvalv", kdf=FAST_KDF)
    services.confirm_recovery_key(vault, key)
    vault.close()
    return path, key


@pytest.mark.parametrize("forced", [False, True])
def test_a_recovery_under_way_says_wait(qtbot, closed_vault, forced):  # type: ignore[no-untyped-def]
    path, key = closed_vault
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = Gate()
    dialog = RecoveryDialog(path, parent, kdf=FAST_KDF, recover=gate(services.recover_vault))
    recovered: list[object] = []
    dialog.recovered.connect(lambda *args: recovered.append(args))
    dialog.show()
    dialog.key_edit.setText(key)
    dialog.new_pass.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.recover_button.click()
    gate.wait_started()
    if forced:
        _closed_all_the_same(qtbot, dialog, gate)
        assert recovered == []
        with services.open_vault(path, NEW):  # the recovery itself was made
            pass
        return
    _ask_to_close(qtbot, dialog)
    assert dialog.message.text() == "Wait, Hjulet is setting the new passphrase."
    gate.open()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    dialog.stored.setChecked(True)
    with qtbot.waitSignal(dialog.recovered, timeout=TIMEOUT):
        dialog.open_button.click()
    with pytest.raises(WrongPassphrase):
        services.open_vault(path, PASS)


# -- never started twice: a field typed in or a box ticked again enables nothing ---------


def test_a_passphrase_change_under_way_cannot_be_started_again(  # type: ignore[no-untyped-def]
    qtbot, vault, vault_path, monkeypatch
):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog, gate = _change(qtbot, vault, monkeypatch, parent)
    for edit in (dialog.old_pass, dialog.new_pass, dialog.repeat):
        edit.setText(edit.text() + "x")
        edit.setText(edit.text()[:-1])
        assert not dialog.change_button.isEnabled()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    dialog.change_button.click()
    dialog.try_change()
    assert jobs_running() == 1
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        gate.open()
    assert gate.results == [None]  # changed once
    vault.close()
    with services.open_vault(vault_path, NEW):
        pass


def test_a_new_recovery_key_being_saved_cannot_be_saved_again(qtbot, vault, monkeypatch):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    saving = Gate()
    monkeypatch.setattr(services, "confirm_recovery_key", saving(services.confirm_recovery_key))
    dialog = NewRecoveryKeyDialog(vault, parent)
    dialog.show()
    dialog.passphrase.setText(PASS)
    dialog.make_button.click()
    dialog.try_make()  # the same again while the key is being made: ignored
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    assert not jobs_running()
    dialog.stored.setChecked(True)
    dialog.close_button.click()
    saving.wait_started()
    dialog.stored.setChecked(False)
    dialog.stored.setChecked(True)
    assert not dialog.close_button.isEnabled()
    dialog.close_button.click()
    dialog.confirm()
    assert jobs_running() == 1
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        saving.open()
    assert saving.results == [None] and services.recovery_key_confirmed(vault)


def test_a_recovery_under_way_cannot_be_started_or_confirmed_again(  # type: ignore[no-untyped-def]
    qtbot, closed_vault, monkeypatch
):
    path, key = closed_vault
    parent = QWidget()
    qtbot.addWidget(parent)
    gate, saving = Gate(), Gate()
    monkeypatch.setattr(services, "confirm_recovery_key", saving(services.confirm_recovery_key))
    dialog = RecoveryDialog(path, parent, kdf=FAST_KDF, recover=gate(services.recover_vault))
    dialog.show()
    dialog.key_edit.setText(key)
    dialog.new_pass.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.recover_button.click()
    gate.wait_started()
    dialog.repeat.setText(NEW + "x")
    dialog.repeat.setText(NEW)
    assert not dialog.recover_button.isEnabled()
    dialog.recover_button.click()
    dialog.try_recover()
    assert jobs_running() == 1
    gate.open()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    assert len(gate.results) == 1  # recovered once: one new key
    dialog.stored.setChecked(True)
    with qtbot.waitSignal(dialog.recovered, timeout=TIMEOUT):
        dialog.open_button.click()
        saving.wait_started()
        dialog.stored.setChecked(False)
        dialog.stored.setChecked(True)
        assert not dialog.open_button.isEnabled()
        dialog.open_button.click()
        assert jobs_running() == 1
        saving.open()
    assert saving.results == [None]
    with services.open_vault(path, NEW):
        pass


def test_the_recovery_key_prints_without_blocking_the_gui_thread(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The key's sheet goes to a printer that does not answer: the window still
    answers, Print the recovery key is greyed and the line says it is printing; once
    the printer answers, one page is printed. The sheet itself holds the key."""
    import io

    import pypdf
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrinter

    from hjulet.gui.dialogs.recovery import RecoveryKeyView, recovery_sheet_pdf
    from tests.hung_printer import hung_printer

    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    view = RecoveryKeyView()
    qtbot.addWidget(view)
    view.set_key(key, "Testvalv")
    view.show()
    with hung_printer(tmp_path) as hung:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(96)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(hung.path))
        sheet = recovery_sheet_pdf(key, "Testvalv", printer.pageLayout())
        assert view.print_to(printer)
        hung.wait_started()
        ticks: list[int] = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=10_000)
        assert view.printing and not view.print_button.isEnabled()
        assert view.print_status.text() == "Sending to the printer…"
        assert not view.print_to(printer)  # never twice
        hung.open()
        qtbot.waitUntil(lambda: not view.printing, timeout=10_000)
        assert hung.pages() == 1
    assert view.print_status.text() == "Sent to the printer." and view.print_button.isEnabled()
    (page,) = pypdf.PdfReader(io.BytesIO(sheet)).pages
    assert key in page.extract_text().replace("\n", "").replace(" ", "")

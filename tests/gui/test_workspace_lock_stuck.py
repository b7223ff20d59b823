"""A lock under work that does not end, and what the lock says of the work it waited for.

Real jobs held by :class:`tests.gate.Gate` (a real PDF written once let go), the real
main window, dialogs and veils; short limits injected on the session. Ending the
process itself is proved on a real subprocess (tests/app/test_lock_stuck.py): here
``end_process`` is only recorded, as the test process must go on.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from shiboken6 import isValid

from hjulet import services
from hjulet.gui.workspace.finishing import FinishingVeil, stuck_text
from tests.gate import Gate
from tests.gui.test_workspace_fixtures import TIMEOUT, open_in_window

pytest_plugins = ["tests.gui.test_workspace_fixtures"]


@pytest.fixture
def ended(monkeypatch) -> list[bool]:  # type: ignore[no-untyped-def]
    """``end_process`` recorded (unattended or not), not run: the test process goes on."""
    import hjulet.app.stuck as stuck

    calls: list[bool] = []
    monkeypatch.setattr(stuck, "end_process", lambda _s, *, unattended: calls.append(unattended))
    return calls


def _held_pdf_save(qtbot, window, out: Path, parent=None):  # type: ignore[no-untyped-def]
    """The summary's "Save as PDF…" (of ``parent``'s conversation, or the main
    window's) held at its start: the real write runs once the gate opens."""
    if parent is None:
        child = services.find_child(window.vault, "T-000")
        dialog = window.open_summary(child.id)
    else:
        dialog = parent.open_print()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.page_count() > 0, timeout=TIMEOUT)
    gate = Gate()
    real_job = dialog.write_job
    dialog.saver.write_job = lambda t, d, p: gate(real_job(t, d, p))
    dialog.saver.ask_save_path = lambda suggested: str(out)
    dialog.saver.save_unencrypted()
    gate.wait_started()
    return dialog, gate


def _veil_of(dialog) -> FinishingVeil:  # type: ignore[no-untyped-def]
    (veil,) = [c for c in dialog.children() if isinstance(c, FinishingVeil)]
    return veil


def test_a_lock_stuck_on_work_says_so_and_offers_to_close_now(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, tmp_path, ended
):
    open_in_window(qtbot, window, vault_dir)
    window.session.stuck_after_ms = 300
    dialog, gate = _held_pdf_save(qtbot, window, tmp_path / "sip.pdf")
    window.session.request_lock()
    veil = _veil_of(dialog)
    assert not window.session.is_stuck and window.close_now_button.isHidden()
    assert veil.close_now is None
    qtbot.waitUntil(lambda: window.session.is_stuck, timeout=TIMEOUT)
    # said on the locked page and on the veiled dialog (a modal one blocks the window)
    assert window.finishing_label.text() == stuck_text()
    assert not window.close_now_button.isHidden()
    assert veil.close_now is not None and veil.close_now.isVisible()
    assert veil.label.text() == stuck_text() and veil.label.accessibleName() == stuck_text()
    for button in (window.close_now_button, veil.close_now):  # Enter never ends Hjulet
        assert not button.isDefault() and not button.autoDefault()
        assert not button.hasFocus()
    assert dialog.focusWidget() is veil.label  # the line is what is said, not the button
    veil.close_now.click()
    window.close_now_button.click()
    assert ended == [False, False]
    # the work ends after all: the lock completes as usual
    gate.open()
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not window.session.is_stuck and window.close_now_button.isHidden()


def test_nobody_at_the_keys_while_the_lock_waits_ends_hjulet(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, tmp_path, ended
):
    """Unattended: after ``unattended_end_ms`` without input while the lock waits,
    Hjulet ends by itself (and says so at the next start: ``unattended``)."""
    open_in_window(qtbot, window, vault_dir)
    window.session.stuck_after_ms = 100
    window.session.unattended_end_ms = 400
    _dialog, gate = _held_pdf_save(qtbot, window, tmp_path / "sip.pdf")
    window.session.request_lock()
    qtbot.waitUntil(lambda: ended == [True], timeout=TIMEOUT)
    assert window.session.is_stuck
    gate.open()
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)


def test_a_lock_ending_in_time_offers_nothing(qtbot, window, vault_dir, tmp_path, ended):  # type: ignore[no-untyped-def]
    """Once the lock has completed, neither limit runs on (their timers stopped)."""
    open_in_window(qtbot, window, vault_dir)
    _dialog, gate = _held_pdf_save(qtbot, window, tmp_path / "sip.pdf")
    window.session.request_lock()
    session = window.session
    assert session._stuck_timer.isActive() and session._away._timer.isActive()
    gate.open()
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not session._stuck_timer.isActive() and not session._away._timer.isActive()
    assert ended == [] and not session.is_stuck and window.close_now_button.isHidden()


def test_the_veil_and_the_finishing_line_take_the_focus(qtbot, window, vault_dir, tmp_path):  # type: ignore[no-untyped-def]
    """A keyboard or screen-reader user is told why the dialog stopped answering: the
    veil's line has the dialog's focus, can be reached by Tab, and is named by what
    it says; the locked page's line too."""
    open_in_window(qtbot, window, vault_dir)
    dialog, gate = _held_pdf_save(qtbot, window, tmp_path / "sip.pdf")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    window.session.request_lock()
    veil = _veil_of(dialog)
    said = QCoreApplication.translate(
        "FinishingVeil", "Locking… the work in progress ends first; then this window closes."
    )
    assert veil.label.text() == said and veil.label.accessibleName() == said
    assert veil.label.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.waitUntil(veil.label.hasFocus, timeout=TIMEOUT)
    assert QApplication.focusWidget() is veil.label
    assert window.finishing_label.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.focusWidget() is window.finishing_label
    assert window.finishing_label.accessibleName() == window.finishing_label.text()
    gate.open()
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)


@pytest.mark.parametrize("fails", [False, True])
def test_a_conversation_windows_pdf_closed_by_the_lock_is_told_after(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, tmp_path, caplog, fails
):
    """The lock closes the conversation window; its print dialog stays, veiled, until
    the write has ended whole (or failed), and closes with the lock 100 ms later: the
    person never saw how it ended. The locked page then says which, in one line with
    no name or path in it; nothing of the path is logged."""
    import pypdf

    open_in_window(qtbot, window, vault_dir)
    child_id = window.caseload.model.row_at(0).child.id
    conversation_id = services.list_conversations(window.vault, child_id)[0].id
    conv = window.open_conversation(conversation_id)
    qtbot.waitExposed(conv)
    folder = tmp_path / "Barn0 pdf"
    folder.mkdir()
    out = folder / "Barn0.pdf"
    dialog, gate = _held_pdf_save(qtbot, window, out, parent=conv)
    shown = dialog.pdf
    with caplog.at_level(logging.DEBUG):
        window.session.request_lock()
        qtbot.waitUntil(lambda: not conv.isVisible(), timeout=TIMEOUT)
        assert _veil_of(dialog).isVisible()  # stays to finish, its preview covered
        if fails:
            folder.rename(tmp_path / "gone")  # the folder is gone when the write starts
        gate.open()
        qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not isValid(dialog) or not dialog.isVisible()  # closed with the lock
    assert not window.ended_label.isHidden()
    said = window.ended_label.text()
    if fails:
        assert said == QCoreApplication.translate(
            "PrintDialogs", "The PDF could not be saved. Save it again after unlocking."
        )
        assert not out.exists()
    else:
        assert said == QCoreApplication.translate(
            "PrintDialogs", "The PDF was saved before the vault locked."
        )
        saved = out.read_bytes()
        assert saved == shown and len(pypdf.PdfReader(io.BytesIO(saved)).pages) >= 1
        assert sorted(p.name for p in folder.iterdir()) == ["Barn0.pdf"]
    assert "Barn0" not in said and "Barn0" not in caplog.text
    assert window.ended_label.accessibleName() == said
    # the line is for this return only: gone once the vault is open again
    open_in_window(qtbot, window, vault_dir)
    assert window.ended_label.isHidden()


def test_a_lock_without_work_tells_nothing(qtbot, window, vault_dir):  # type: ignore[no-untyped-def]
    open_in_window(qtbot, window, vault_dir)
    window.session.request_lock()
    assert window.vault is None and window.ended_label.isHidden()


def test_the_start_after_hjulet_ended_itself_says_so_once(qtbot, ctx):  # type: ignore[no-untyped-def]
    from hjulet.core.settings import ENDED_UNDER_STUCK_WORK
    from hjulet.gui.workspace.main_window import MainWindow

    ctx.settings.set(ENDED_UNDER_STUCK_WORK, True)
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    assert not first.ended_label.isHidden()
    assert "closed itself" in first.ended_label.text()
    assert not ctx.settings.get(ENDED_UNDER_STUCK_WORK)
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.ended_label.isHidden()


def test_quitting_under_work_locks_first(qtbot, window, vault_dir, tmp_path, ended):  # type: ignore[no-untyped-def]
    """Closing the main window under running work hides the views at once (a lock)
    and so has the same way out when the work is stuck; it closes after the work."""
    open_in_window(qtbot, window, vault_dir)
    window.session.stuck_after_ms = 200
    _dialog, gate = _held_pdf_save(qtbot, window, tmp_path / "sip.pdf")
    window.close()
    assert window.isVisible() and window.session.finishing
    assert window.stack.currentWidget() is window.locked_page
    qtbot.waitUntil(lambda: window.session.is_stuck, timeout=TIMEOUT)
    assert isinstance(window.close_now_button, QPushButton)
    assert not window.close_now_button.isHidden()
    gate.open()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT)


def test_a_small_veiled_dialog_grows_to_say_it_all(  # type: ignore[no-untyped-def]
    qtbot, window, vault_dir, tmp_path, monkeypatch, ended
):
    """The backup's progress dialog is about 200×64: under its veil the stuck line (four
    lines) and "Close Hjulet now" were cut off. The dialog grows to hold them whole."""
    from PySide6.QtWidgets import QFileDialog

    import hjulet.gui.dialogs.backup as backup_gui
    import hjulet.services.backup as backup_service

    open_in_window(qtbot, window, vault_dir)
    window.session.stuck_after_ms = 200
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "b.hbk"), ""))
    )
    monkeypatch.setattr(backup_gui, "_ask_passphrase", lambda *a, **k: "korrekt häst")
    gate = Gate()
    monkeypatch.setattr(backup_service, "backup_vault", gate(backup_service.backup_vault))
    window.menus.backup_actions.back_up()
    progress = window.findChild(backup_gui._Progress)
    gate.wait_started()
    small = progress.size()
    window.session.request_lock()
    qtbot.waitUntil(lambda: window.session.is_stuck, timeout=TIMEOUT)
    veil = _veil_of(progress)
    qtbot.waitUntil(lambda: veil.label.height() >= veil.label.heightForWidth(veil.label.width()))
    assert progress.width() > small.width() and progress.height() > small.height()
    assert veil.geometry() == progress.rect()
    for part in (veil.label, veil.bar, veil.close_now):  # laid out in the veil, whole
        assert part.parentWidget() is veil and veil.rect().contains(part.geometry()), part
    assert veil.label.heightForWidth(veil.label.width()) > 2 * veil.label.fontMetrics().height()
    gate.open()
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)

"""The keep-until reminder while a child is exported and then deleted: nothing that
would clash can start, everything comes back after success or failure, and closing
the dialog mid-work never leaves a child half-deleted.

Real parts: a real vault on disk (fast key derivation), the real main window and
dialog driven with qtbot, the real export-then-delete held at its start by
:class:`tests.gate.Gate`, the export file read back.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

import hjulet.gui.dialogs.retention as retention
from hjulet import services
from hjulet.app.tasks import jobs_running, work_in_progress
from hjulet.core.errors import NotFound
from hjulet.core.model import AuditAction, Child
from hjulet.gui.dialogs.retention import RetentionDialog
from hjulet.services.exchange import read_export
from tests.gate import Gate
from tests.gui.test_workspace_fixtures import PASSPHRASE, TIMEOUT, make_vault, open_in_window

pytest_plugins = ["tests.gui.test_workspace_fixtures"]

EXPORT_PASS = "exportens egen lösenfras"


def _two_past_due(path: Path, catalog) -> list[Child]:  # type: ignore[no-untyped-def]
    v, _ = make_vault(path, catalog, children=3)
    past = date.today() - timedelta(days=1)
    due = [
        services.update_child(v, replace(services.find_child(v, code), retention_until=past))
        for code in ("T-000", "T-001")
    ]
    v.close()
    return due


@pytest.fixture
def busy_dialog(qtbot, window, tmp_path, catalog, monkeypatch):  # type: ignore[no-untyped-def]
    """The reminder listing two children, the first being exported (held by a gate)."""
    first, second = _two_past_due(tmp_path / "v", catalog)
    open_in_window(qtbot, window, tmp_path / "v")
    dialog = window.retention_dialog
    assert isinstance(dialog, RetentionDialog) and dialog.model.rowCount() == 2
    gate = Gate()
    monkeypatch.setattr(retention, "export_then_delete", gate(retention.export_then_delete))
    out = tmp_path / "out" / "export.hbk"
    out.parent.mkdir()
    assert first.id is not None
    dialog.table.selectRow(0)
    dialog.export_then_delete(first.id, out, EXPORT_PASS)
    gate.wait_started()
    return dialog, gate, out, first, second


def _click_delete(qtbot, dialog: RetentionDialog, row: int) -> QMessageBox | None:  # type: ignore[no-untyped-def]
    """Click the "Delete…" button drawn in ``row``, as a person would; the box it opened."""
    dialog.confirm_box = None
    rect = dialog.table.visualRect(dialog.model.index(row, 3))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return dialog.confirm_box


def _delete_button_pixels(dialog: RetentionDialog, row: int) -> QImage:
    """The inside of the "Delete…" button drawn in ``row``, as it is on screen."""
    rect = dialog.table.visualRect(dialog.model.index(row, 3)).adjusted(6, 4, -6, -4)
    return dialog.table.viewport().grab(rect).toImage()


def _nothing_can_start(qtbot, dialog: RetentionDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()  # the Delete key works in the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    for row in (0, 1):  # the child being exported and the other one
        assert _click_delete(qtbot, dialog, row) is None
        dialog.table.selectRow(row)
        assert not dialog.export_button.isEnabled()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
        assert dialog.confirm_box is None
    assert not dialog.later_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()


def _everything_is_back(qtbot, dialog: RetentionDialog) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.wait_note.isVisible() and not dialog.busy.isVisible()
    assert dialog.later_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.export_button.isEnabled()
    box = _click_delete(qtbot, dialog, 0)
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    dialog.confirm_box = None
    dialog.activateWindow()  # the Delete key works in the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_nothing_else_starts_while_a_child_is_exported_then_deleted(qtbot, window, busy_dialog):  # type: ignore[no-untyped-def]
    dialog, gate, out, first, second = busy_dialog
    assert dialog.wait_note.isVisible() and dialog.busy.isVisible()
    assert dialog.wait_note.text() == (
        f"Exporting {first.code}, then deleting it once the file has been checked. Other "
        "deletions and closing wait until this is done."
    )
    _nothing_can_start(qtbot, dialog)
    dialog.table.clearSelection()
    busy_look = _delete_button_pixels(dialog, 0)  # drawn disabled (compared below)
    # the same action again, or a deletion asked for by other means: refused too
    dialog.export_then_delete(second.id, out.with_name("other.hbk"), EXPORT_PASS)
    assert not dialog.delete(second.id)
    assert dialog.ask_delete(second.id) is None
    assert jobs_running() == 1
    assert services.get_child(window.vault, second.id).code == second.code
    gate.open()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=TIMEOUT)
    assert dialog.model.child_at(0).code == second.code
    # the selection did not slide onto the next child: the next export is chosen anew
    assert not dialog.table.selectionModel().hasSelection()
    assert not dialog.export_button.isEnabled()
    dialog.table.clearSelection()
    assert _delete_button_pixels(dialog, 0) != busy_look
    _everything_is_back(qtbot, dialog)
    with pytest.raises(NotFound):
        services.get_child(window.vault, first.id)
    doc = read_export(out, passphrase=EXPORT_PASS)
    assert [c["code"] for c in doc["children"]] == [first.code]
    assert not out.with_name("other.hbk").exists()


def test_a_failed_export_deletes_nothing_and_gives_everything_back(qtbot, window, busy_dialog):  # type: ignore[no-untyped-def]
    dialog, gate, out, first, _second = busy_dialog
    shutil.rmtree(out.parent)  # the folder went away (a USB stick pulled out)
    gate.open()
    qtbot.waitUntil(lambda: dialog.error_box is not None, timeout=TIMEOUT)
    box = dialog.error_box
    assert isinstance(box, QMessageBox) and box.isVisible() and box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert dialog.model.rowCount() == 2
    assert services.get_child(window.vault, first.id).code == first.code
    assert not out.exists()
    _everything_is_back(qtbot, dialog)


@pytest.mark.parametrize("export_fails", [False, True])
def test_closing_the_dialog_mid_work_leaves_no_child_half_deleted(  # type: ignore[no-untyped-def]
    qtbot, window, busy_dialog, export_fails
):
    """The vault locking closes the dialog all the same (``done``, as the lock does):
    the work goes on unseen, and the child is deleted only after a verified export."""
    dialog, gate, out, first, second = busy_dialog
    dialog.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: window.retention_dialog is None, timeout=TIMEOUT)  # deleted
    if export_fails:
        shutil.rmtree(out.parent)
    gate.open()
    # the job's (discarded) result comes back to the GUI thread
    qtbot.waitUntil(lambda: not work_in_progress(), timeout=TIMEOUT)
    left = {r.child.code for r in services.list_children(window.vault, include_archived=True)}
    if export_fails:
        assert first.code in left and not out.exists()
    else:
        assert first.code not in left
        doc = read_export(out, passphrase=EXPORT_PASS)
        assert [c["code"] for c in doc["children"]] == [first.code]
        deleted = services.list_audit(window.vault, action=AuditAction.CHILD_DELETED)
        assert [e.child_code for e in deleted] == [first.code]
    assert second.code in left


@pytest.mark.parametrize("export_fails", [False, True])
def test_locking_the_vault_mid_work_finishes_the_work_first(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, busy_dialog, export_fails
):
    """Ctrl+L from a conversation window is not blocked by this (window-modal) dialog:
    the lock hides the views at once but waits for the export-then-delete, which then
    ends as it would have (the export whole and the child deleted, or on failure the
    child whole and no file). Only then is the vault closed; no temp file is left."""
    dialog, gate, out, first, second = busy_dialog
    window.lock()
    assert window.session.finishing and window.vault is not None and window.vault.is_open
    assert window.stack.currentWidget() is window.locked_page
    assert not window.finishing_box.isHidden()
    assert dialog.isVisible() and window.retention_dialog is dialog  # shows the work's end
    assert not window.menus.lock_action.isEnabled()  # type: ignore[union-attr]
    assert not window.menus.backup_actions.backup_action.isEnabled()  # type: ignore[union-attr]
    if export_fails:
        shutil.rmtree(out.parent)
    gate.open()
    qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not window.session.finishing and window.retention_dialog is None
    assert window.finishing_box.isHidden()
    with services.open_vault(tmp_path / "v", PASSPHRASE) as v:
        rows = {r.child.code: r for r in services.list_children(v, include_archived=True)}
        deleted = services.list_audit(v, action=AuditAction.CHILD_DELETED)
    assert rows[second.code].conversations == 2
    if export_fails:
        assert rows[first.code].conversations == 2 and not deleted
        assert not out.parent.exists()
    else:
        assert first.code not in rows
        assert [e.child_code for e in deleted] == [first.code]
        doc = read_export(out, passphrase=EXPORT_PASS)
        assert [c["code"] for c in doc["children"]] == [first.code]
        assert sorted(p.name for p in out.parent.iterdir()) == ["export.hbk"]  # no temp


def test_cancelling_the_export_questions_leaves_everything_available(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, catalog
):
    _two_past_due(tmp_path / "v", catalog)
    open_in_window(qtbot, window, tmp_path / "v")
    dialog = window.retention_dialog
    assert isinstance(dialog, RetentionDialog)
    dialog.table.selectRow(0)
    asked: list[str] = []

    def answer() -> None:  # as a person would: "No" to encryption, then Cancel
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            asked.append("encrypt?")
            modal.button(QMessageBox.StandardButton.No).click()
            QTimer.singleShot(50, answer)
        elif isinstance(modal, QFileDialog):
            asked.append("where?")
            modal.reject()
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    dialog.export_button.click()
    assert asked == ["encrypt?", "where?"]
    assert not dialog.working and jobs_running() == 0
    assert dialog.model.rowCount() == 2
    _everything_is_back(qtbot, dialog)

"""Consent expiry blocks sharing (the indicator), and keep-until reminders at unlock."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hjulet import services
from hjulet.core.errors import NotFound
from hjulet.core.model import Child, Consent, ConsentForm, ConsentGiver
from hjulet.core.sharing import is_valid
from hjulet.gui.dialogs.retention import RetentionDialog
from hjulet.gui.workspace.consent_register import ConsentDialog
from tests.gui.test_workspace_fixtures import PASSPHRASE, TIMEOUT, make_vault, open_in_window

pytest_plugins = ["tests.gui.test_workspace_fixtures"]

TODAY = date.today()


def _consent(child_id: int, given: int, until: int | None) -> Consent:
    return Consent(
        None,
        child_id,
        ConsentGiver.GUARDIAN_2,
        ("Region Sörmland",),
        ConsentForm.ORAL,
        TODAY + timedelta(days=given),
        TODAY + timedelta(days=until) if until is not None else None,
    )


def test_expired_consent_blocks_sharing_and_new_consent_lifts_the_block(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, catalog
):
    path = tmp_path / "v"
    v, _ = make_vault(path, catalog, children=2)
    second = services.find_child(v, "T-001")
    assert second.id is not None
    services.add_consent(v, _consent(second.id, -400, -1))  # expired yesterday
    v.close()
    open_in_window(qtbot, window, path)
    window.open_child(second.id)
    page = window.child_page
    assert page.sharing_blocked
    text = page.sharing.text.text()
    assert text.startswith("Sharing blocked") and "expired or been withdrawn" in text
    assert page.sharing.icon.pixmap() is not None and not page.sharing.icon.pixmap().isNull()
    status = page.consent.model.index(0, 0)
    assert status.data().startswith("Expired")

    # a valid consent, recorded through the dialog, lifts the block
    page.tabs.setCurrentWidget(page.consent)
    page.consent.add_button.click()
    dialogs = page.consent.findChildren(ConsentDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.giver.setCurrentIndex(dialog.giver.findData(ConsentGiver.CHILD))
    dialog.recipients.setPlainText("Socialtjänsten\nElevhälsan")
    dialog.accept()
    qtbot.waitUntil(lambda: not page.sharing_blocked, timeout=TIMEOUT)
    assert "Socialtjänsten" in page.sharing.text.text()
    assert "Elevhälsan" in page.sharing.text.text()

    # withdrawing it blocks sharing again
    valid = [c for c in page.consent.consents() if is_valid(c, TODAY)]
    assert len(valid) == 1 and valid[0].id is not None
    page.consent.withdraw(valid[0].id)
    assert page.sharing_blocked
    assert services.valid_consents(window.vault, second.id) == []
    texts = [page.consent.model.index(r, 0).data() for r in range(page.consent.model.rowCount())]
    assert any(t.startswith("Withdrawn") for t in texts)


def test_child_without_any_consent_shows_sharing_blocked(qtbot, window, tmp_path, catalog):  # type: ignore[no-untyped-def]
    path = tmp_path / "v"
    v, _ = make_vault(path, catalog, children=3)
    third = services.find_child(v, "T-002")
    v.close()
    open_in_window(qtbot, window, path)
    assert third.id is not None
    window.open_child(third.id)
    assert window.child_page.sharing_blocked
    assert "no consent is recorded" in window.child_page.sharing.text.text()
    first = services.find_child(window.vault, "T-000")
    assert first.id is not None
    window.open_child(first.id)
    assert not window.child_page.sharing_blocked


def test_one_guardians_consent_says_the_other_is_missing_until_it_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, catalog
):
    path = tmp_path / "v"
    v, _ = make_vault(path, catalog, children=2)
    second = services.find_child(v, "T-001")
    assert second.id is not None
    one = replace(_consent(second.id, -5, 200), given_by=ConsentGiver.GUARDIAN_1)
    services.add_consent(v, one)  # joint custody: one of two
    v.close()
    open_in_window(qtbot, window, path)
    window.open_child(second.id)
    page = window.child_page
    assert page.sharing_blocked  # the child's answers need both guardians (or the child)
    text = page.sharing.text.text()
    assert text.startswith(
        "Sharing of the child's answers blocked: "
        "Only guardian 1 has consented; consent from guardian 2 is missing."
    )
    assert "With joint custody both guardians must consent" in page.sharing.text.toolTip()
    assert "Region Sörmland" in text  # what is valid is still listed
    # the dialog says the same, and offers guardian 2 first
    page.tabs.setCurrentWidget(page.consent)
    page.consent.add_button.click()
    (dialog,) = page.consent.findChildren(ConsentDialog)
    assert not dialog.missing.isHidden()
    assert "consent from guardian 2 is missing" in dialog.missing.text()
    assert dialog.giver.currentData() == ConsentGiver.GUARDIAN_2
    # sole custody is a guardian's to record, never the child's
    assert dialog.sole.isEnabled()
    dialog.giver.setCurrentIndex(dialog.giver.findData(ConsentGiver.CHILD))
    assert not dialog.sole.isEnabled() and not dialog.consent().sole_custody
    dialog.giver.setCurrentIndex(dialog.giver.findData(ConsentGiver.GUARDIAN_2))
    dialog.recipients.setPlainText("Socialtjänsten")
    dialog.accept()
    qtbot.waitUntil(lambda: not page.sharing_blocked, timeout=TIMEOUT)
    assert "no valid consent from" not in page.sharing.text.text()
    # a guardian alone with sole custody: their consent lifts the block on its own
    first = services.find_child(window.vault, "T-000")
    assert first.id is not None
    window.open_child(first.id)
    assert not page.sharing_blocked  # the fixture's consent records sole custody
    assert page.sharing.text.text().startswith(
        "Sharing allowed (not guardian 2's own words: no valid consent from guardian 2):"
    )


def test_an_other_caregivers_consent_is_recorded_and_covers_only_their_own_words(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, catalog
):
    path = tmp_path / "v"
    v, _ = make_vault(path, catalog, children=2)
    second = services.find_child(v, "T-001")
    assert second.id is not None
    v.close()
    open_in_window(qtbot, window, path)
    window.open_child(second.id)
    page = window.child_page
    page.tabs.setCurrentWidget(page.consent)
    page.consent.add_button.click()
    (dialog,) = page.consent.findChildren(ConsentDialog)
    # offered as a giver of their own, and said what their consent covers
    at = dialog.giver.findData(ConsentGiver.OTHER_CAREGIVER)
    assert at >= 0 and dialog.giver.itemText(at) == "Other caregiver (not a guardian)"
    assert dialog.caregiver_note.isHidden()
    assert dialog.isVisible()
    dialog.giver.setCurrentIndex(at)
    assert not dialog.caregiver_note.isHidden()
    # the note appears in an open dialog: it grows to hold it (nothing squeezed)
    layout = dialog.layout()
    assert layout is not None
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
    assert "never covers the child's answers" in dialog.caregiver_note.text()
    # they are not a guardian: sole custody cannot be recorded with their consent
    assert not dialog.sole.isEnabled() and not dialog.consent().sole_custody
    dialog.recipients.setPlainText("Socialtjänsten")
    dialog.accept()
    qtbot.waitUntil(lambda: len(page.consent.consents()) == 1, timeout=TIMEOUT)
    (stored,) = services.list_consents(window.vault, second.id)
    assert stored.given_by is ConsentGiver.OTHER_CAREGIVER and not stored.sole_custody
    assert page.consent.model.index(0, 1).data() == "Other caregiver (not a guardian)"
    # the child's answers are still blocked: their consent covers only their own words
    assert page.sharing_blocked
    text = page.sharing.text.text()
    assert text.startswith(
        "Sharing of the child's answers blocked: Only the other caregiver has consented, "
        "and that covers only their own words."
    )
    assert "the other caregiver (their own words only): sharing with Socialtjänsten" in text
    # and the caseload's consent column speaks of the child's information: none
    from hjulet.gui.workspace.caseload_model import consent_text

    status = services.consent_statuses(window.vault)[second.id]
    assert consent_text(status) == "None"
    # the audit log names the giver by role, in words
    from hjulet.gui.dialogs.audit_viewer import detail_text

    recorded = [
        e for e in services.list_audit(window.vault) if e.action.value == "consent_recorded"
    ]
    assert [e.detail for e in recorded][-1:] == ["other_caregiver"]
    assert detail_text("other_caregiver") == "the other caregiver"


def _past_due_vault(path: Path, catalog) -> tuple[Child, Child]:  # type: ignore[no-untyped-def]
    v, _ = make_vault(path, catalog, children=2)
    due = services.update_child(
        v, replace(services.find_child(v, "T-000"), retention_until=TODAY - timedelta(days=1))
    )
    keep = services.find_child(v, "T-001")
    v.close()
    return due, keep


def test_reminder_at_unlock_lists_children_past_their_date(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, catalog, capsys, caplog
):
    path = tmp_path / "v"
    due, keep = _past_due_vault(path, catalog)
    caplog.set_level(logging.INFO, logger="hjulet.gui")
    open_in_window(qtbot, window, path)
    # a scripted run (no error windows, as the benchmarks start it) prints nothing: the
    # reminder is the dialog; the log notes how many, with nothing personal
    out, err = capsys.readouterr()
    assert out == "" and err == ""
    noted = [r.getMessage() for r in caplog.records if "keep-until" in r.getMessage()]
    assert noted == ["retention reminder at unlock: 1 child(ren) past the keep-until date"]
    assert due.code not in noted[0] and due.name not in noted[0]
    dialog = window.retention_dialog
    assert isinstance(dialog, RetentionDialog) and dialog.isVisible()
    codes = [dialog.model.child_at(r).code for r in range(dialog.model.rowCount())]
    assert codes == [due.code]
    assert keep.code not in codes
    assert dialog.model.index(0, 3).data() == ""  # the column of "Delete…" buttons


def _click_delete(qtbot, dialog: RetentionDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click the "Delete…" button drawn in ``row``, as a person would."""
    dialog.confirm_box = None
    rect = dialog.table.visualRect(dialog.model.index(row, 3))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.confirm_box is not None


def test_delete_from_the_reminder_is_confirmed_and_permanent(qtbot, window, tmp_path, catalog):  # type: ignore[no-untyped-def]
    path = tmp_path / "v"
    due, keep = _past_due_vault(path, catalog)
    open_in_window(qtbot, window, path)
    dialog = window.retention_dialog
    assert dialog is not None and due.id is not None
    # Cancel keeps the child
    _click_delete(qtbot, dialog, 0)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    assert "permanent" in box.text() and "cannot be undone" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert services.get_child(window.vault, due.id).code == due.code
    # the named action deletes for real
    _click_delete(qtbot, dialog, 0)
    box = dialog.confirm_box
    assert box is not None
    [delete] = [b for b in box.buttons() if b.text() == "Delete permanently"]
    delete.click()
    with pytest.raises(NotFound):
        services.get_child(window.vault, due.id)
    with pytest.raises(NotFound):
        services.list_conversations(window.vault, due.id)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert window.caseload.model.rowCount() == 1
    window.lock()
    with services.open_vault(path, PASSPHRASE) as v:
        assert [r.child.code for r in services.list_children(v, include_archived=True)] == [
            keep.code
        ]
        assert any(e.child_code == due.code for e in services.list_audit(v))


def test_export_then_delete_writes_a_verified_export_before_deleting(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, catalog
):
    from hjulet.services.exchange import read_export

    path = tmp_path / "v"
    due, _keep = _past_due_vault(path, catalog)
    open_in_window(qtbot, window, path)
    dialog = window.retention_dialog
    assert dialog is not None and due.id is not None
    assert not dialog.export_button.isEnabled()  # nothing selected yet
    dialog.table.selectRow(0)
    assert dialog.export_button.isEnabled()
    out = tmp_path / "out" / "export.hbk"
    out.parent.mkdir()
    dialog.export_then_delete(due.id, out, "exportens egen lösenfras")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=TIMEOUT)
    with pytest.raises(NotFound):
        services.get_child(window.vault, due.id)
    doc = read_export(out, passphrase="exportens egen lösenfras")
    assert [c["code"] for c in doc["children"]] == [due.code]
    assert due.name.encode() not in out.read_bytes()  # encrypted on disk


def test_the_retention_dialog_waits_for_an_export_then_delete(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, catalog, monkeypatch
):
    """Escape while a child is being exported and deleted says to wait, so the caseload
    learns of the deletion; the vault locking closes the dialog all the same."""
    import hjulet.gui.dialogs.retention as retention
    from tests.gate import Gate

    path = tmp_path / "v"
    due, _keep = _past_due_vault(path, catalog)
    open_in_window(qtbot, window, path)
    dialog = window.retention_dialog
    assert dialog is not None and due.id is not None
    rows = window.caseload.model.rowCount()
    gate = Gate()
    monkeypatch.setattr(retention, "export_then_delete", gate(retention.export_then_delete))
    out = tmp_path / "out" / "export.hbk"
    out.parent.mkdir()
    dialog.export_then_delete(due.id, out, "exportens egen lösenfras")
    gate.wait_started()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    assert dialog.wait_note.text() == "Wait, Hjulet is exporting the child and then deleting it."
    gate.open()
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == rows - 1, timeout=TIMEOUT)
    assert not dialog.wait_note.isVisible()
    dialog.reject()
    assert not dialog.isVisible()

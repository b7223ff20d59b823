"""The first-run wizard end to end: a real vault is created and opens afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from hjulet import services
from hjulet.core.catalog import DEFAULT_DEFINITION, Catalog
from hjulet.gui.dialogs.wizard import (
    ConfirmKeyPage,
    FirstRunWizard,
    RecoveryKeyPage,
    normalise_group,
)
from hjulet.storage.keyslots import FAST_KDF
from tests.gate import Gate
from tests.gui.test_workspace_fixtures import PASSPHRASE, TIMEOUT

pytest_plugins = ["tests.gui.test_workspace_fixtures"]


def _wizard(qtbot, catalog: Catalog, tmp_path: Path) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(catalog, tmp_path / "vaults", "sv", kdf=FAST_KDF)
    # a wizard that created its vault refuses to close until the key is confirmed: the
    # test's tear-down closes that vault first
    qtbot.addWidget(wizard, before_close_func=_close_vault)
    wizard.show()
    assert wizard.currentPage() is wizard.welcome_page  # welcome, with the language, first
    wizard.next()
    return wizard


def _close_vault(wizard: FirstRunWizard) -> None:
    if wizard.vault is not None:
        wizard.vault.close()
        wizard.vault = None


def _next_enabled(wizard: FirstRunWizard) -> bool:
    button = wizard.button(QWizard.WizardButton.NextButton)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    return (button.isVisible() and button.isEnabled()) or (
        commit.isVisible() and commit.isEnabled()
    )


def _to_passphrase_page(wizard: FirstRunWizard) -> None:
    assert not _next_enabled(wizard)  # a vault needs a name
    wizard.name_page.name.setText("Skolkurator Vingåker")
    assert _next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.folder_page
    # the default folder is local, new and named after the vault
    assert wizard.folder_page.folder().name == "Skolkurator Vingåker"
    assert wizard.folder_page.risks == []
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page


def test_wizard_end_to_end_with_recovery_key_confirmation(qtbot, catalog, tmp_path):  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, catalog, tmp_path)
    _to_passphrase_page(wizard)
    page = wizard.passphrase_page
    page.passphrase.setText("sommar2025")
    page.repeat.setText("sommar2025")
    assert not _next_enabled(wizard), "a well-known password must not pass"
    assert page.meter.strength.score == 0
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE + "x")
    assert not _next_enabled(wizard), "the two passphrases differ"
    assert page.mismatch.text()
    page.repeat.setText(PASSPHRASE)
    assert _next_enabled(wizard)

    wizard.next()  # commit: the vault is created off the GUI thread
    key_page = wizard.key_page
    assert wizard.currentPage() is key_page
    qtbot.waitUntil(lambda: key_page.created, timeout=TIMEOUT)
    key = wizard.recovery_key
    assert len(key.split("-")) == 8
    assert key.split("-")[0] in key_page.key_view.label.text()
    assert wizard.vault is not None and wizard.vault.is_open
    # once created there is no cancelling: the key must be kept first
    wizard.reject()
    assert wizard.isVisible()

    wizard.next()
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    first, second = confirm.expected()
    groups = key.split("-")
    assert first == groups[confirm.groups[0]] and second == groups[confirm.groups[1]]
    # wrong groups block Next
    wrong = "ZZZZ" if first != "ZZZZ" else "YYYY"
    confirm.first.setText(wrong)
    confirm.second.setText(second)
    assert not confirm.isComplete()
    assert not _next_enabled(wizard)
    assert confirm.message.text(), "a wrong group is named"
    confirm.first.setText(first)
    confirm.second.setText(first if first != second else "ZZZZ")
    assert not _next_enabled(wizard)
    # right groups, typed loosely (small letters, a space) pass
    confirm.second.setText(" " + second.lower())
    assert confirm.isComplete()
    assert _next_enabled(wizard)

    wizard.next()
    prefs = wizard.preferences_page
    assert wizard.currentPage() is prefs
    wizard.welcome_page.language.setCurrentIndex(wizard.welcome_page.language.findData("en"))
    prefs.profile.name.setText("Sara Lind")
    prefs.profile.title.setText("Skolkurator")
    prefs.profile.organisation.setText("Vingåker kommun")
    assert prefs.definition.findData(DEFAULT_DEFINITION) >= 0
    with qtbot.waitSignal(wizard.vault_ready, timeout=TIMEOUT) as ready:
        wizard.accept()
    vault, path, language = ready.args
    assert language == "en"
    stored = services.get_settings(vault)
    assert stored["definition"] == DEFAULT_DEFINITION
    assert stored["prepared_by"] == "Sara Lind, Skolkurator"
    assert stored["organisation"] == "Vingåker kommun"
    assert vault.name == "Skolkurator Vingåker"
    vault.close()
    # the vault really exists: the passphrase and the recovery key both open it
    with services.open_vault(path, PASSPHRASE) as again:
        assert again.name == "Skolkurator Vingåker"
    new_key = services.recover_vault(path, key, "ny lösen fras med många ord", kdf=FAST_KDF)
    assert new_key != key


def test_folder_page_warns_about_sync_and_blocks_full_folders(qtbot, catalog, tmp_path):  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, catalog, tmp_path)
    wizard.name_page.name.setText("Skolsköterska")
    wizard.next()
    folder = wizard.folder_page
    folder.path.setText(str(tmp_path / "OneDrive - Vingåker kommun" / "Hjulet"))
    assert folder.warning.text() and "OneDrive" in folder.warning.text()
    assert folder.accept_risk.isVisibleTo(folder)
    assert not _next_enabled(wizard), "a synced folder needs an explicit choice"
    folder.accept_risk.setChecked(True)
    assert _next_enabled(wizard)
    full = tmp_path / "full"
    full.mkdir()
    (full / "something.txt").write_text("x")
    folder.path.setText(str(full))
    assert not folder.accept_risk.isVisibleTo(folder)
    assert not _next_enabled(wizard), "a folder with files cannot hold a new vault"
    folder.path.setText("relative/path")
    assert not _next_enabled(wizard)


def test_group_normalisation_forgives_what_people_type() -> None:
    assert normalise_group(" 7k3m ") == "7K3M"
    assert normalise_group("o1l0") == normalise_group("0110")


def test_first_run_opens_the_wizard_and_then_the_new_vault(qtbot, window):  # type: ignore[no-untyped-def]
    window.first_run()
    wizard = window.entry.wizard
    assert wizard.isVisible()
    wizard.next()  # past the welcome page
    _to_passphrase_page(wizard)
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.repeat.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.key_page.created, timeout=TIMEOUT)
    wizard.next()
    a, b = wizard.confirm_page.expected()
    wizard.confirm_page.first.setText(a)
    wizard.confirm_page.second.setText(b)
    wizard.next()
    with qtbot.waitSignal(window.session.opened, timeout=TIMEOUT):
        wizard.accept()
    assert window.vault is not None and window.vault.name == "Skolkurator Vingåker"
    assert window.stack.currentWidget() is window.caseload
    assert str(window.vault_path) in window.ctx.settings.recent_vaults


def test_enter_on_the_recovery_key_page_never_prints(qtbot, catalog, tmp_path):  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, catalog, tmp_path)
    _to_passphrase_page(wizard)
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.repeat.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.key_page.created, timeout=TIMEOUT)
    button = wizard.key_page.key_view.print_button
    printed: list[bool] = []
    button.clicked.connect(lambda: printed.append(True))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.keyClick(wizard, Qt.Key.Key_Enter)
    assert not printed
    assert not button.autoDefault() and not button.isDefault()


def test_the_welcome_page_opens_the_demo_in_the_chosen_language(qtbot, window):  # type: ignore[no-untyped-def]
    window.first_run()
    wizard = window.entry.wizard
    assert wizard.currentPage() is wizard.welcome_page
    page = wizard.welcome_page
    page.language.setCurrentIndex(page.language.findData("en"))
    with qtbot.waitSignal(window.session.opened, timeout=60_000):
        page.demo_button.click()
    assert window.ctx.settings.language == "en"
    assert window.vault is not None and window.caseload.model.rowCount() > 0


def test_settings_edit_the_professionals_name_title_and_organisation(
    qtbot, window, tmp_path, catalog
):  # type: ignore[no-untyped-def]
    from tests.gui.test_workspace_fixtures import make_vault, open_in_window

    path = tmp_path / "v"
    vault, _key = make_vault(path, catalog, children=1)
    vault.close()
    open_in_window(qtbot, window, path)
    dialog = window.show_settings()
    assert dialog.profile is not None
    dialog.profile.name.setText("Sara Lind")
    dialog.profile.title.setText("Skolsköterska")
    dialog.profile.organisation.setText("Elevhälsan Flen")
    dialog.accept()
    stored = services.get_settings(window.vault)
    assert stored["prepared_by"] == "Sara Lind, Skolsköterska"
    assert stored["organisation"] == "Elevhälsan Flen"
    # the summary reads them: "Upprättad av" and "Verksamhet" are filled
    from hjulet.services.summary import build_summary_data

    data = build_summary_data(window.vault, window.caseload.model.row_at(0).child.id)
    assert (data.prepared_by, data.organisation) == ("Sara Lind, Skolsköterska", "Elevhälsan Flen")
    again = window.show_settings()
    assert again.profile.name.text() == "Sara Lind"
    again.reject()


def test_an_empty_caseload_says_what_to_do_next_with_a_button(qtbot, window, tmp_path, catalog):  # type: ignore[no-untyped-def]
    from tests.gui.test_workspace_fixtures import make_vault, open_in_window

    path = tmp_path / "empty"
    vault, _key = make_vault(path, catalog, children=0)
    vault.close()
    open_in_window(qtbot, window, path)
    assert window.caseload.empty_hint.isVisible() and not window.caseload.table.isVisible()
    assert window.caseload.empty_add_button.isVisible()
    window.caseload.empty_add_button.click()
    assert window.child_dialog.isVisible()
    window.child_dialog.reject()


def test_the_language_chosen_on_the_welcome_page_applies_at_once(qtbot, window):  # type: ignore[no-untyped-def]
    window.first_run()
    first = window.entry.wizard
    first.welcome_page.language.setCurrentIndex(first.welcome_page.language.findData("en"))
    qtbot.waitUntil(lambda: window.entry.wizard is not first and window.entry.wizard.isVisible())
    assert window.ctx.settings.language == "en"
    again = window.entry.wizard
    assert again.currentPage() is again.welcome_page
    assert again.language() == "en"


def test_the_key_pages_ask_by_signal_and_are_told_the_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    # neither page reaches into the wizard: one asks for the vault, both are told the key
    key = "7K3M-Q9RT-2WXA-HJ4P-ZN8C-LD5F"
    key_page, confirm = RecoveryKeyPage(), ConfirmKeyPage()
    qtbot.addWidget(key_page)
    qtbot.addWidget(confirm)
    asked: list[bool] = []
    key_page.create_requested.connect(lambda: asked.append(True))
    key_page.initializePage()
    assert asked == [True] and not key_page.isComplete()
    key_page.show_failure("disk full")
    assert not key_page.isComplete() and "disk full" in key_page.error.text()
    key_page.show_key(key, "Skolkurator")
    assert key_page.isComplete() and key_page.key_view.key == key
    assert not confirm.isComplete()  # no key yet
    confirm.set_key(key)
    confirm.initializePage()
    first, second = confirm.expected()
    assert f"{first}-" in key or key.endswith(first)
    confirm.first.setText(first)
    confirm.second.setText(second)
    assert confirm.isComplete()


def _creating(qtbot, catalog: Catalog, tmp_path: Path) -> tuple[FirstRunWizard, Gate]:  # type: ignore[no-untyped-def]
    """A wizard whose real vault creation is held at its start by the test."""
    gate = Gate()
    wizard = FirstRunWizard(
        catalog, tmp_path / "vaults", "sv", kdf=FAST_KDF, creator=gate(services.create_vault)
    )
    wizard.finished.connect(wizard.deleteLater)  # as the main window opens it
    qtbot.addWidget(wizard, before_close_func=_close_vault)
    wizard.show()
    wizard.next()
    _to_passphrase_page(wizard)
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.repeat.setText(PASSPHRASE)
    wizard.next()
    gate.wait_started()
    return wizard, gate


def test_escape_while_the_vault_is_created_says_wait(qtbot, catalog, tmp_path):  # type: ignore[no-untyped-def]
    wizard, gate = _creating(qtbot, catalog, tmp_path)
    path = wizard.folder_page.folder()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.close()  # the window's close button
    assert wizard.isVisible()
    assert "Wait, Hjulet is creating the vault" in wizard.key_page.busy_label.text()
    gate.open()
    qtbot.waitUntil(lambda: wizard.key_page.created, timeout=TIMEOUT)
    assert wizard.vault is not None and wizard.vault.is_open and wizard.vault_path == path


def test_a_wizard_closed_while_creating_leaves_no_vault(qtbot, catalog, tmp_path):  # type: ignore[no-untyped-def]
    """Closed all the same (the vault that was open locks, the app closes): the vault
    made a moment later is closed and removed, folder and all."""
    from shiboken6 import isValid

    from hjulet.app.tasks import jobs_running

    wizard, gate = _creating(qtbot, catalog, tmp_path)
    path = wizard.folder_page.folder()
    wizard.done(QWizard.DialogCode.Rejected)
    qtbot.waitUntil(lambda: not isValid(wizard), timeout=TIMEOUT)
    gate.open()
    qtbot.waitUntil(lambda: not jobs_running(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not gate.results[0][0].is_open, timeout=TIMEOUT)
    assert not path.exists()
    assert path.parent.is_dir()  # only what the wizard made is gone

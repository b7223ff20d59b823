"""The main window's menu bar: File, Child, Vault and Help, and the recent vaults.

The actions call the main window's commands; those that need an open vault are
enabled only while one is open (:meth:`MainMenus.update_enabled`). The texts keep
the translation context "MainWindow" they have always had.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from hjulet.gui import plain_text

if TYPE_CHECKING:
    from hjulet.gui.workspace.main_window import MainWindow


def menu_titles() -> tuple[str, str, str, str]:
    """The menu bar's four titles, in the language now installed."""
    return (
        QCoreApplication.translate("MainWindow", "&File"),
        QCoreApplication.translate("MainWindow", "&Child"),
        QCoreApplication.translate("MainWindow", "&Vault"),
        QCoreApplication.translate("MainWindow", "&Help"),
    )


def add_titles_only(window: QMainWindow) -> None:
    """The menu bar as the first screen shows it: the titles, their menus not yet
    filled (:class:`MainMenus` replaces it right after the first frame)."""
    bar = window.menuBar()
    bar.clear()
    for title in menu_titles():
        bar.addMenu(title)


class MainMenus:
    """The menu bar of one main window, built again when the language changes."""

    def __init__(self, window: MainWindow) -> None:
        # here, after the first frame: it shows only the titles, and these classes
        # (``Qt`` above all) would cost it their enum types
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        from hjulet.gui.dialogs.backup import install_backup_actions

        self.window = window
        bar = window.menuBar()
        bar.clear()
        file_title, child_title, vault_title, help_title = menu_titles()
        file_menu = bar.addMenu(file_title)
        self.new_action = QAction(QCoreApplication.translate("MainWindow", "&New vault…"), window)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(window.entry.new_vault)
        self.open_action = QAction(QCoreApplication.translate("MainWindow", "&Open vault…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(window.entry.choose_vault)
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.lock_action = QAction(QCoreApplication.translate("MainWindow", "&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # from every window of the app: conversation windows, dialogs, the print preview
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(window.session.request_lock)
        self.settings_action = QAction(
            QCoreApplication.translate("MainWindow", "&Settings…"), window
        )
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(window.show_settings)
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(window.close)
        blank_action = QAction(
            QCoreApplication.translate("MainWindow", "&Blank wheel for paper…"), window
        )
        blank_action.triggered.connect(window.open_blank_sheet)
        encrypted_pdf_action = QAction(
            QCoreApplication.translate("MainWindow", "Open encrypted P&DF…"), window
        )
        encrypted_pdf_action.triggered.connect(window.open_encrypted_pdf)
        file_menu.addAction(blank_action)
        file_menu.addAction(encrypted_pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        child_menu = bar.addMenu(child_title)
        self.add_action = QAction(QCoreApplication.translate("MainWindow", "&Add a child…"), window)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(window.add_child)
        self.edit_action = QAction(QCoreApplication.translate("MainWindow", "&Edit child…"), window)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(lambda: window.edit_child(window.current_child_id()))
        self.conversation_action = QAction(
            QCoreApplication.translate("MainWindow", "&Start a conversation…"), window
        )
        self.conversation_action.setShortcut(QKeySequence("Ctrl+T"))
        self.conversation_action.triggered.connect(window.start_for_current)
        self.summary_action = QAction(
            QCoreApplication.translate("MainWindow", "S&ummary for the SIP meeting…"), window
        )
        self.summary_action.setShortcut(QKeySequence.StandardKey.Print)
        self.summary_action.triggered.connect(window.summary_for_current)
        self.archive_action = QAction(
            QCoreApplication.translate("MainWindow", "A&rchive or restore"), window
        )
        self.archive_action.triggered.connect(window.toggle_archive_selected)
        self.show_archived_action = QAction(
            QCoreApplication.translate("MainWindow", "Show &archived children"), window
        )
        self.show_archived_action.setCheckable(True)  # the window ties it to the caseload
        self.find_action = QAction(QCoreApplication.translate("MainWindow", "&Find…"), window)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(window.focus_filter)
        self.back_action = QAction(QCoreApplication.translate("MainWindow", "&Back"), window)
        self.back_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Alt+Left")]
        )
        self.back_action.triggered.connect(window.go_back)
        for a in (self.add_action, self.edit_action, self.archive_action):
            child_menu.addAction(a)
        child_menu.addSeparator()
        child_menu.addAction(self.conversation_action)
        child_menu.addAction(self.summary_action)
        child_menu.addSeparator()
        child_menu.addAction(self.show_archived_action)
        child_menu.addAction(self.find_action)
        child_menu.addAction(self.back_action)

        # everything about the vault in one menu: open, lock, back up, keys, records
        vault_menu = bar.addMenu(vault_title)
        vault_menu.addAction(self.new_action)
        vault_menu.addAction(self.open_action)
        vault_menu.addMenu(self.recent_menu)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        self.backup_actions = install_backup_actions(window, window.session, vault_menu)
        vault_menu.addSeparator()
        self.retention_action = QAction(
            QCoreApplication.translate("MainWindow", "&Keep-until reminders…"), window
        )
        self.retention_action.triggered.connect(lambda: window.check_retention(always=True))
        self.audit_action = QAction(QCoreApplication.translate("MainWindow", "&Audit log…"), window)
        self.audit_action.triggered.connect(window.show_audit)
        self.passphrase_action = QAction(
            QCoreApplication.translate("MainWindow", "Change &passphrase…"), window
        )
        self.passphrase_action.triggered.connect(window.change_passphrase)
        self.recovery_key_action = QAction(
            QCoreApplication.translate("MainWindow", "New &recovery key…"), window
        )
        self.recovery_key_action.triggered.connect(window.new_recovery_key)
        vault_menu.addAction(self.passphrase_action)
        vault_menu.addAction(self.recovery_key_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.retention_action)
        vault_menu.addAction(self.audit_action)

        help_menu = bar.addMenu(help_title)
        about = QAction(QCoreApplication.translate("MainWindow", "&About Hjulet"), window)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(window.show_about)
        about_qt = QAction(QCoreApplication.translate("MainWindow", "About &Qt"), window)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(lambda: plain_text.about_qt(window))
        help_menu.addAction(about)
        help_menu.addAction(about_qt)
        self.vault_actions = [
            self.lock_action,
            self.add_action,
            self.edit_action,
            self.archive_action,
            self.conversation_action,
            self.summary_action,
            self.show_archived_action,
            self.find_action,
            self.back_action,
            self.retention_action,
            self.audit_action,
            self.passphrase_action,
            self.recovery_key_action,
        ]
        self.update_enabled(window.vault is not None)

    def update_enabled(self, is_open: bool, *, opening: bool = False) -> None:
        """The actions that need an open vault follow it; the ways into another vault
        wait while one is being opened in the background."""
        for a in self.vault_actions:
            a.setEnabled(is_open)
        for a in (self.new_action, self.open_action, self.recent_menu.menuAction()):
            a.setEnabled(not opening)
        self.backup_actions.update_enabled()  # none while a lock waits for work to end

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.ctx.settings.recent_vaults
        if not recent:
            none = self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent vaults")
            )
            none.setEnabled(False)
            return
        for text in recent:
            path = Path(text)
            action = self.recent_menu.addAction(text)
            if not path.exists():
                action.setText(
                    QCoreApplication.translate("MainWindow", "%1 (not found)").replace("%1", text)
                )
                action.setEnabled(False)
            action.triggered.connect(lambda _=False, p=path: self.window.entry.switch_vault(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(
            QCoreApplication.translate("MainWindow", "Clear the list")
        )
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        settings, current = self.window.ctx.settings, self.window.vault_path
        for text in settings.recent_vaults:
            if current is None or Path(text) != current:
                settings.forget_vault(Path(text))

"""File-menu actions: back up, restore, export and import, with progress.

``install_backup_actions(window, session, menu)`` adds the four actions. The work
runs off the GUI thread (``run_in_background``); progress arrives through a queued
signal; errors become translated dialogs through ``gui.errors.show_error``.
The vault comes from the :class:`~hjulet.gui.vault_session.VaultSession` (open or
not); ``window`` only parents the dialogs. After an import the actions say
``children_imported``: whoever shows the children reloads them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from hjulet import services
from hjulet.app.tasks import Told, run_in_background
from hjulet.gui.errors import output_refused, show_error
from hjulet.gui.places import documents_folder

if TYPE_CHECKING:
    from hjulet.gui.vault_session import VaultSession

MIN_PASSPHRASE = 8


class _Bridge(QObject):
    """Lives in the GUI thread; workers emit, the dialog updates (queued)."""

    progress = Signal(int, int)


class _Progress(QProgressDialog):
    """Progress of work that is never stopped half-way (a half-done backup is never
    useful): Escape and the close button only say to wait."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.label = label
        self.working = True

    def finish(self) -> None:
        self.working = False
        self.close()

    def reject(self) -> None:
        if self.working:
            self.setLabelText(
                self.label
                + "\n"
                + QCoreApplication.translate(
                    "BackupActions", "Wait, Hjulet is still working: this cannot stop half-way."
                )
            )
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.working:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


class PassphraseDialog(QDialog):
    """Ask a passphrase once, or twice for a new one."""

    def __init__(self, parent: QWidget | None, title: str, text: str, *, new: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.new = new
        form = QFormLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("Repeat:"), self.second)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #9b1c1c")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.first.text():
            self.problem.setText(self.tr("Type the passphrase."))
            return
        if self.new and len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(
                self.tr("Use at least %n characters, ideally several words.", "", MIN_PASSPHRASE)
            )
            return
        if self.new and self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def _ask_passphrase(parent: QWidget, title: str, text: str, *, new: bool = False) -> str | None:
    dialog = PassphraseDialog(parent, title, text, new=new)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    told: Told | None = None,
) -> QProgressDialog:
    """Run ``work(progress)`` in the background behind a modal progress dialog;
    ``told``: what to say of its end after a lock closed the dialog."""
    dialog = _Progress(label, parent)
    dialog.setCancelButton(None)  # a half-done backup is never useful: no cancel
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    bridge = _Bridge(dialog)

    def update(done: int, total: int) -> None:
        scale = max(1, total // 1_000_000)  # keep within int range of the bar
        dialog.setMaximum(max(1, total // scale))
        dialog.setValue(done // scale)

    bridge.progress.connect(update)
    dialog.show()

    def finished(result: Any) -> None:
        dialog.finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.finish()
        show_error(parent, exc)

    # The progress dialog owns the job: a lock waiting for work keeps it open (it
    # is never deleted, only hidden, so the result always reaches ``on_done``).
    run_in_background(lambda: work(bridge.progress.emit), finished, failed, owner=dialog, told=told)
    return dialog


class BackupActions(QObject):
    """The four actions for one main window."""

    children_imported = Signal()

    def __init__(self, window: QWidget, session: VaultSession, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window  # the dialogs' parent
        self.session = session
        self.key_box: QMessageBox | None = None  # a restored vault's new recovery key
        self.confirming: QProgressDialog | None = None  # ... being saved
        self.backup_action = QAction(self.tr("&Back up vault…"), window)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.export_action = QAction(self.tr("&Export children…"), window)
        self.import_action = QAction(self.tr("&Import children…"), window)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.restore)
        self.export_action.triggered.connect(self.export)
        self.import_action.triggered.connect(self.import_)
        menu.addSeparator()
        for action in (
            self.backup_action,
            self.restore_action,
            self.export_action,
            self.import_action,
        ):
            menu.addAction(action)
        menu.aboutToShow.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self) -> None:
        usable = self.session.usable  # open, and no lock waiting for work to end
        for action in (self.backup_action, self.export_action, self.import_action):
            action.setEnabled(usable)
        self.restore_action.setEnabled(not self.session.finishing)

    def _vault(self) -> services.Vault | None:
        """The open vault, if new work may start on it (not while a lock is finishing)."""
        return self.session.vault if self.session.usable else None

    # -- actions -------------------------------------------------------------
    def back_up(self) -> None:
        from hjulet.services.backup import backup_vault  # on use: a light start

        vault = self._vault()
        if vault is None:
            return
        out, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up vault"),
            documents_folder(),
            self.tr("Hjulet backup (*.hbk)"),
        )
        if not out or output_refused(self.window, out):
            return
        passphrase = _ask_passphrase(
            self.window,
            self.tr("Back up vault"),
            self.tr("The backup is protected by the vault's passphrase. Type it to confirm."),
        )
        if passphrase is None:
            return

        def done(info: Any) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Backup done"),
                self.tr(
                    "The backup has been written and checked. It opens with the vault's "
                    "passphrase. Keep it as safe as this computer."
                ),
            )

        run_with_progress(
            self.window,
            self.tr("Backing up…"),
            lambda progress: backup_vault(
                vault, Path(out), passphrase=passphrase, progress=progress
            ),
            done,
            (
                self.tr("The backup was written before the vault locked."),
                self.tr("The backup could not be written. Make it again after unlocking."),
            ),
        )

    def restore(self) -> None:
        from hjulet.services.backup import restore_vault  # on use: a light start

        src, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            documents_folder(),
            self.tr("Hjulet backup (*.hbk)"),
        )
        if not src:
            return
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New folder for the restored vault"), documents_folder()
        )
        if not target:
            return
        passphrase = _ask_passphrase(
            self.window,
            self.tr("Restore from backup"),
            self.tr("Type the passphrase the vault had when the backup was made."),
        )
        if passphrase is None:
            return

        def done(result: Any) -> None:
            box = QMessageBox(self.window)
            box.setWindowTitle(self.tr("Vault restored"))
            box.setText(
                self.tr(
                    "The vault has been restored and checked. It opens with the same "
                    "passphrase. Its new recovery key is below: print or copy it now, it "
                    "is shown only once."
                )
            )
            box.setInformativeText(result.recovery_key)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            self.key_box = box
            if box.exec() != QMessageBox.StandardButton.Ok:
                # closed by the lock, not by the person: the key may not have been seen,
                # so it does not replace the old one (make one later: Vault menu)
                return
            # Shown and closed: only now is the new key the restored vault's recovery key.
            # Saving it reads and rewrites the key slots: a busy dialog, off the GUI thread.
            self.confirming = run_with_progress(
                self.window,
                self.tr("Saving the restored vault's new recovery key…"),
                lambda _progress: services.confirm_recovery_key(result.path, result.recovery_key),
                lambda _none: None,
            )

        run_with_progress(
            self.window,
            self.tr("Restoring…"),
            lambda progress: restore_vault(
                Path(src), Path(target), passphrase=passphrase, progress=progress
            ),
            done,
            (
                self.tr("The vault was restored from the backup before locking."),
                self.tr("The vault could not be restored from the backup."),
            ),
        )

    def export(self) -> None:
        from hjulet.services.exchange import export_children  # on use: a light start

        vault = self._vault()
        if vault is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Export children"),
            self.tr(
                "Encrypt the export with a passphrase of its own? Choose No only if the "
                "file goes straight into the case system and is then deleted."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        encrypt = answer == QMessageBox.StandardButton.Yes
        out, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export children"),
            documents_folder(),
            self.tr("Encrypted export (*.hbk)") if encrypt else self.tr("JSON (*.json)"),
        )
        if not out or output_refused(self.window, out):
            return
        passphrase = None
        if encrypt:
            passphrase = _ask_passphrase(
                self.window,
                self.tr("Export children"),
                self.tr("Choose a passphrase for the export file and tell it to the receiver "
                        "another way than the file."),
                new=True,
            )  # fmt: skip
            if passphrase is None:
                return

        def done(info: Any) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Export done"),
                self.tr("%n children were exported.", "", info.children),
            )

        run_with_progress(
            self.window,
            self.tr("Exporting…"),
            lambda _progress: export_children(vault, Path(out), passphrase=passphrase),
            done,
            (
                self.tr("The export was written before the vault locked."),
                self.tr("The export could not be written. Export again after unlocking."),
            ),
        )

    def import_(self) -> None:
        from hjulet.services.exchange import import_children, is_encrypted  # on use

        vault = self._vault()
        if vault is None:
            return
        src, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import children"),
            documents_folder(),
            self.tr("Exports (*.json *.hbk)"),
        )
        if not src:
            return
        passphrase = None
        if is_encrypted(Path(src)):
            passphrase = _ask_passphrase(
                self.window,
                self.tr("Import children"),
                self.tr("The file is encrypted. Type its passphrase."),
            )
            if passphrase is None:
                return

        def done(result: Any) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Import done"),
                self.tr("%n children were imported.", "", len(result.codes)),
            )
            self.children_imported.emit()

        run_with_progress(
            self.window,
            self.tr("Checking and importing…"),
            lambda progress: import_children(
                vault, Path(src), passphrase=passphrase, progress=progress
            ),
            done,
            (
                self.tr("The import ended before the vault locked."),
                self.tr(
                    "The import failed; nothing of it was saved. Import again after unlocking."
                ),
            ),
        )


def install_backup_actions(window: QWidget, session: VaultSession, menu: QMenu) -> BackupActions:
    """Add back up / restore / export / import to ``menu`` (the Vault menu); the
    actions are children of ``window``, which keeps them alive."""
    return BackupActions(window, session, menu)

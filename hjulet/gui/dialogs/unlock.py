"""Unlock a vault: the passphrase is checked off the GUI thread, with a busy bar.

Closing the dialog while the key is being derived (Cancel, Escape, the window's
close button) cancels the unlock: the vault that opens a moment later is closed
again and its keys wiped, and nothing is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.core.errors import WrongPassphrase
from hjulet.gui.errors import message_for


class UnlockDialog(QDialog):
    """Asks for the passphrase of one vault; emits ``unlocked(vault)`` on success."""

    unlocked = Signal(object)
    forgot = Signal()

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        opener: Callable[[Path, str], services.Vault] | None = None,  # None: open_vault
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._opener = opener
        self.vault: services.Vault | None = None
        self._job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Unlock vault"))
        self.setModal(True)
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Unlock the vault in\n%1").replace("%1", str(path)))
        title.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("unlockMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Checking the passphrase"))
        self.busy.hide()
        # not passed to the constructor: PySide would weigh its overload that takes a
        # ``Qt.Orientation`` and build the Qt namespace's enum types before the first frame
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        self.forgot_button = QPushButton(self.tr("Forgot the passphrase?"))
        self.forgot_button.setFlat(True)
        self.buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.forgot_button.clicked.connect(self._forgot)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _forgot(self) -> None:
        self.forgot.emit()
        self.reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        # not beside a running unlock: recovery rewrites the key slots it is reading
        self.forgot_button.setEnabled(not busy)

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self._show(self.tr("Type the vault's passphrase."))
            return
        self._set_busy(True)
        self.message.hide()
        path = self.path
        # services.open_vault is looked up here, not at import: the vault's libraries
        # load while the dialog is already on screen
        opener = self._opener or services.open_vault
        self._job = run_in_background(
            lambda: opener(path, secret), self._done, self._failed, owner=self
        )

    def done(self, result: int) -> None:
        """Every way the dialog closes: closed while checking cancels the unlock."""
        if self._job is not None and self._job.running:
            self._job.cancel()  # the vault, once open, is closed again
        super().done(result)

    def _done(self, vault: services.Vault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.vault = vault
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.passphrase.selectAll()
        self._show(message_for(exc))
        self.passphrase.setFocus()  # OtherFocusReason

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

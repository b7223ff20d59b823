"""An encrypted PDF from Hjulet (File → Open encrypted PDF…): decrypted in memory only,
shown and printed, never saved. While the passphrase is being checked (a key
derivation, off the GUI thread) neither Open nor Enter starts a second one.

``open_encrypted_pdf_dialog(ctx, parent)`` is the entry point.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hjulet.app.context import AppContext
from hjulet.app.tasks import run_in_background
from hjulet.gui.printing.preview import PdfPreview
from hjulet.gui.printing.printer import print_pdf
from hjulet.gui.screen_fit import fit_window
from hjulet.services.summary import read_encrypted_pdf


class EncryptedPdfDialog(QDialog):
    """Shows an encrypted PDF from Hjulet, decrypted in memory only; print, never save."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self._opening = False  # a passphrase is being checked
        self.setWindowTitle(self.tr("Encrypted PDF"))
        fit_window(self, QSize(980, 720))
        self.preview = PdfPreview(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.try_open)
        self.passphrase.returnPressed.connect(self.try_open)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        ask = QFormLayout()
        ask.addRow(QLabel(str(self.path), self))
        ask.addRow(self.tr("Passphrase"), self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(ask)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)

    def try_open(self) -> None:
        secret, path = self.passphrase.text(), self.path
        if not secret or self._opening:
            return
        self._set_opening(True)
        self.message.setText(self.tr("Opening…"))
        # closed while it opens: the result is dropped (the decrypted bytes are not kept)
        run_in_background(
            lambda: read_encrypted_pdf(path, secret), self._opened, self._failed, owner=self
        )

    def _set_opening(self, opening: bool) -> None:
        self._opening = opening
        self.open_button.setEnabled(not opening)
        self.passphrase.setReadOnly(opening)

    def _opened(self, data: bytes) -> None:
        self._set_opening(False)
        self.open_button.setEnabled(False)  # open: nothing more to open
        self.passphrase.clear()
        self.preview.set_pdf(data)
        self.message.setText(
            self.tr("%n page(s). Nothing is written to disk.", "", self.preview.page_count())
        )
        self.print_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        from hjulet.gui.errors import message_for

        self._set_opening(False)
        self.message.setText(message_for(exc))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        # "Print to file" would write an unencrypted PDF without the warning Save gives.
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.preview.document, printer)

    def done(self, result: int) -> None:
        self.preview.clear()
        super().done(result)


def open_encrypted_pdf_dialog(ctx: AppContext, parent: QWidget | None = None) -> QDialog | None:
    """Choose an encrypted PDF, ask its passphrase, show it (in memory only)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PrintDialogs", "Open encrypted PDF"),
        "",
        QCoreApplication.translate("PrintDialogs", "Encrypted Hjulet files (*.hbk)"),
    )
    if not path:
        return None
    dialog = EncryptedPdfDialog(ctx, Path(path), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

"""An encrypted PDF from Hjulet (File → Open encrypted PDF…): decrypted in memory only,
shown and printed, never saved. While the passphrase is being checked (a key
derivation, off the GUI thread) neither Open nor Enter starts a second one. Printing
is ``printer.PdfPrinter``'s, off the GUI thread as every print dialog's: while the
pages are sent, Print is greyed and Close waits.

``open_encrypted_pdf_dialog(ctx, parent)`` is the entry point.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtPrintSupport import QPrinter
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
from hjulet.gui.printing.printer import PdfPrinter, ask_printer
from hjulet.gui.screen_fit import fit_window
from hjulet.services.summary import read_encrypted_pdf


class EncryptedPdfDialog(QDialog):
    """Shows an encrypted PDF from Hjulet, decrypted in memory only; print, never save."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self._opening = False  # a passphrase is being checked
        self.pdf: bytes = b""  # the decrypted document, in memory only
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
        self.pdf_printer = PdfPrinter(
            self,
            document=lambda: self.pdf,
            show_status=self.message.setText,
            on_printed=lambda: None,  # not a document of this vault: nothing to log
            no_windows=ctx.no_err_windows,
        )
        self.pdf_printer.printing_changed.connect(
            lambda printing: self.print_button.setEnabled(not printing and bool(self.pdf))
        )
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
        self.pdf = data
        self.preview.set_pdf(data)
        self.message.setText(
            self.tr("%n page(s). Nothing is written to disk.", "", self.preview.page_count())
        )
        self.print_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        from hjulet.gui.errors import message_for

        self._set_opening(False)
        self.message.setText(message_for(exc))

    @property
    def working(self) -> bool:
        """The pages are being printed: Close waits, and a lock keeps the dialog."""
        return self.pdf_printer.printing

    def print_document(self) -> None:
        """Print…: the system's print dialog asks, then the pages go to the printer
        off the GUI thread (pressed again meanwhile, nothing happens)."""
        if not self.pdf or self.working:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        if ask_printer(self, printer, self.preview.page_count()):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on a printer that is already set up, off the GUI thread; False if
        nothing started."""
        return self.pdf_printer.start(printer)

    def reject(self) -> None:
        """Close waits while the pages are sent: the line must say how it ended."""
        if self.pdf_printer.printing:
            self.message.setText(self.pdf_printer.wait_text())
            return
        super().reject()

    def done(self, result: int) -> None:
        self.preview.clear()
        self.pdf = b""
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

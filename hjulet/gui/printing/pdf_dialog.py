"""The print dialog's machinery, shared by every document Hjulet prints.

``PdfDialog``: options on the left, the preview on the right, then Print / Save as
PDF / Close. The PDF is rendered off the GUI thread (``run_in_background``) while a
busy bar runs, and held **in memory only** (``preview.PdfPreview``). Printing is
``printer.PdfPrinter``'s: the system print dialog asks, then the same bytes' pages are
painted onto the chosen ``QPrinter`` off the GUI thread (a printer can hang). Saving is
``saving.PdfSaver``'s, handed the bytes the preview shows. While either runs, Print and
Save are greyed and Close waits (``working``). Printed on paper, a document is logged
by the leaf's ``on_printed`` once every page was painted; previews are not logged.

The leaves: ``summary.SummaryDialog`` (the SIP summary and the child's own copy),
``blank_sheet.BlankSheetDialog`` and ``gui.guardians.copy_dialog.GuardianCopyDialog``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize, QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hjulet.app.context import AppContext
from hjulet.app.tasks import run_in_background
from hjulet.gui.errors import show_error
from hjulet.gui.printing.preview import PdfPreview
from hjulet.gui.printing.printer import PdfPrinter, ask_printer
from hjulet.gui.printing.saving import PdfSaver
from hjulet.gui.screen_fit import fit_window
from hjulet.services.summary import write_encrypted_pdf, write_pdf

# User-visible strings of the shared base class (and of the saver) are literal
# QCoreApplication.translate("PrintDialogs", ...) calls (lupdate finds them); the
# leaf dialogs use self.tr.
DEBOUNCE_MS = 120


class PdfDialog(QDialog):
    """Options on the left, the preview on the right, then Print / Save as PDF / Close.

    Subclasses build their options, say how to render (``render_job``), how to
    write and log a saved copy (``write_job``) and what to log once it was printed
    on paper (``on_printed``).
    """

    warn_unencrypted = True  # the blank sheet holds nothing personal

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf: bytes = b""
        self._generation = 0
        self._busy = False
        fit_window(self, QSize(1100, 780), saved=ctx.settings.geometry("print_dialog"))

        self.options = QWidget(self)
        self.options_layout = QFormLayout(self.options)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PdfPreview(self)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate: "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(
            QCoreApplication.translate("PrintDialogs", "Preparing the document")
        )
        self.status = QLabel(self)
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)

        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("previewZoom")
        self.zoom_box.setAccessibleName(QCoreApplication.translate("PrintDialogs", "Preview size"))
        self.zoom_box.addItem(
            QCoreApplication.translate("PrintDialogs", "Page width"), QPdfView.ZoomMode.FitToWidth
        )
        self.zoom_box.addItem(
            QCoreApplication.translate("PrintDialogs", "Whole page"), QPdfView.ZoomMode.FitInView
        )
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.preview.view.setZoomMode(self.zoom_box.currentData())
        )

        self.print_button = QPushButton(QCoreApplication.translate("PrintDialogs", "Print…"), self)
        self.save_button = QPushButton(
            QCoreApplication.translate("PrintDialogs", "Save as PDF…"), self
        )
        self.close_button = QPushButton(QCoreApplication.translate("PrintDialogs", "Close"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        # Enter never prints or saves: paper and files leave the vault only by a click
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        left = QVBoxLayout()
        left.addWidget(self.options)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addWidget(self.preview, 1)
        self.options.setMinimumWidth(300)
        self.options.setMaximumWidth(380)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.zoom_box)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)

        self.saver = PdfSaver(
            self,
            document=lambda: self.pdf,
            suggested_name=self.suggested_file_name,
            write_job=self.write_job,
            show_status=self.status.setText,
            no_windows=ctx.no_err_windows,
            warn_unencrypted=self.warn_unencrypted,
        )
        self.saver.saving_changed.connect(lambda _saving: self._set_busy(self._busy))
        self.pdf_printer = PdfPrinter(
            self,
            document=lambda: self.pdf,
            show_status=self.status.setText,
            on_printed=self.on_printed,
            no_windows=ctx.no_err_windows,
        )
        self.pdf_printer.printing_changed.connect(self._printing_changed)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.render_now)
        self._set_busy(False)

    # -- for subclasses -------------------------------------------------------
    def render_job(self) -> Callable[[], bytes]:
        """A callable run on a worker thread; it must not touch widgets."""
        raise NotImplementedError

    def write_job(self, target: Path, data: bytes, passphrase: str | None) -> Callable[[], object]:
        """A callable run on a worker thread that writes ``data`` (plain, or encrypted
        with ``passphrase``) and logs it, in one service call. Nothing personal here:
        the blank sheet's default writes without a log."""
        if passphrase is None:
            return lambda: write_pdf(target, data)
        kdf = self.ctx.kdf
        return lambda: write_encrypted_pdf(target, data, passphrase, kdf=kdf)

    def on_printed(self) -> None:
        """Called after the document was printed on paper (audit)."""

    def suggested_file_name(self) -> str:
        return "hjulet.pdf"

    # -- rendering ------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def page_count(self) -> int:
        return self.preview.page_count()

    def schedule_render(self) -> None:
        """Render again shortly (option changes come in bursts)."""
        self._generation += 1
        self._set_busy(True)
        self._debounce.start()

    def render_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.status.setText(QCoreApplication.translate("PrintDialogs", "Preparing the document…"))
        try:
            job = self.render_job()
        except Exception as exc:  # bad options: shown like any other failure
            self._failed(generation, exc)
            return
        run_in_background(
            job,
            lambda data: self._rendered(generation, data),
            lambda exc: self._failed(generation, exc),
            owner=self,  # closed meanwhile: nothing comes back
        )

    def _rendered(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return  # the options changed: a newer render follows
        self.pdf = data
        self.preview.set_pdf(data)
        self._set_busy(False)
        n = self.page_count()
        self.status.setText(
            QCoreApplication.translate("PrintDialogs", "1 page")
            if n == 1
            else QCoreApplication.translate("PrintDialogs", "%1 pages").replace(
                "%1", QLocale().toString(n)
            )
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.pdf = b""
        self.preview.clear()
        self._set_busy(False)
        self.status.setText(
            QCoreApplication.translate("PrintDialogs", "The document could not be prepared.")
        )
        show_error(self, exc, no_windows=self.ctx.no_err_windows)

    @property
    def working(self) -> bool:
        """A copy is being saved or the pages printed: Close waits, and a lock keeps
        the dialog to show its end."""
        return self.saver.saving or self.pdf_printer.printing

    def _set_busy(self, busy: bool) -> None:
        """``busy``: a render runs. Print and Save also wait while a copy is saved or
        printed."""
        self._busy = busy
        working = self.working
        self.busy_bar.setVisible(busy or working)
        ready = not busy and bool(self.pdf)
        self.print_button.setEnabled(ready and not working)
        self.save_button.setEnabled(ready and not working)

    # -- printing -------------------------------------------------------------
    def _printing_changed(self, printing: bool) -> None:
        """While the pages are printed the options wait too: the audit entry made
        when they are done names what the options say then."""
        self.options.setEnabled(not printing)
        self._set_busy(self._busy)

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(self.suggested_file_name().removesuffix(".pdf"))
        return printer

    def print_document(self) -> None:
        """Print…: the system's print dialog asks, then the pages go to the printer
        off the GUI thread (pressed again meanwhile, nothing happens)."""
        if not self.pdf or self.working:
            return
        printer = self.make_printer()
        if ask_printer(self, printer, self.page_count()):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on a printer that is already set up, off the GUI thread; False if
        nothing started (nothing to print, or a copy is being saved or printed)."""
        if self.working:
            return False
        return self.pdf_printer.start(printer)

    # -- saving ---------------------------------------------------------------
    def save_document(self) -> None:
        """Save as PDF…: the saver warns, asks where and writes off the GUI thread
        (one file at a time: pressed again while it writes, nothing happens)."""
        self.saver.save()

    def reject(self) -> None:
        """Close waits while a copy is being saved or printed: the status line must
        say whether the file was written or the pages sent (the vault's lock closes
        the dialog once they are)."""
        if self.saver.saving:
            self.status.setText(
                QCoreApplication.translate("PrintDialogs", "Wait, the file is being saved.")
            )
            return
        if self.pdf_printer.printing:
            self.status.setText(self.pdf_printer.wait_text())
            return
        super().reject()

    def done(self, result: int) -> None:
        self.ctx.settings.set_geometry("print_dialog", self.saveGeometry())
        self._generation += 1  # results still on their way are dropped
        self._debounce.stop()
        self.preview.clear()
        self.pdf = b""
        super().done(result)

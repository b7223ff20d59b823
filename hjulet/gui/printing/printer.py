"""Paper: the pages of a PDF held in memory, printed on a printer the user chose,
without ever blocking the GUI thread.

A printer can hang (a network printer that does not answer, a Windows driver or
spooler that blocks). Only the system's print dialog (modal, on the GUI thread) runs
here; the pages are rendered and painted in a child process
(``app.print_worker``: ``hjulet --print-worker``), handed the bytes the dialog
previewed and the settings the person chose, and waited for on a worker thread
(``run_in_background``, owned by the dialog). Not on a thread of this process: PySide6
keeps Python's interpreter lock inside a Qt call, so a thread blocked in the printer's
driver would freeze the GUI thread with it.

``PdfPrinter`` is the one way a dialog prints: it asks (``ask_printer``), starts the
job (``start``), says so on the dialog's status line, starts nothing while a job runs
(``printing``), and reports the end: ``on_printed`` (the audit entry) only after
every page was painted and the printer took the job; a failure as a translated
message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from hjulet.app.print_worker import printer_settings, run_print
from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.gui.errors import show_error


def ask_printer(window: QWidget, printer: QPrinter, pages: int, *, title: str = "") -> bool:
    """The system's print dialog for ``printer`` (modal, on the GUI thread); True if
    the person chose to print. "Print to file" is off: it would write an unencrypted
    PDF without the warning "Save as PDF…" gives."""
    dialog = QPrintDialog(printer, window)
    if title:
        dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, pages))
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class PdfPrinter(QObject):
    """Prints one dialog's PDF off the GUI thread, one job at a time.

    ``window`` is the dialog (the job's owner: the lock waits for it, and nothing
    comes back once it is gone); ``document`` gives the bytes shown; ``show_status``
    says what happens; ``on_printed`` records a document printed on paper.
    ``printing_changed`` tells the dialog to grey Print and Save and hold its Close.
    """

    printing_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        *,
        document: Callable[[], bytes],
        show_status: Callable[[str], None],
        on_printed: Callable[[], None],
        no_windows: bool,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.show_status = show_status
        self.on_printed = on_printed
        self.no_windows = no_windows
        self._job: BackgroundJob | None = None

    @property
    def printing(self) -> bool:
        """Pages are being painted (the job's end has not come back yet)."""
        return self._job is not None and self._job.running and not self._job.cancelled

    def start(self, printer: QPrinter) -> bool:
        """Print the document with ``printer``'s settings (already chosen) in the
        print worker; False if there is nothing to print or a job already runs."""
        data = self.document()
        if not data or self.printing:
            return False
        settings = printer_settings(printer)
        self._job = run_in_background(
            lambda: run_print(data, settings),
            self._done,
            self._failed,
            owner=self.window,
            told=(  # said on the locked page if a lock closed the dialog meanwhile
                QCoreApplication.translate(
                    "PrintDialogs", "The pages were sent to the printer before the vault locked."
                ),
                QCoreApplication.translate(
                    "PrintDialogs", "Printing failed. Print again after unlocking."
                ),
            ),
        )
        self.show_status(QCoreApplication.translate("PrintDialogs", "Sending to the printer…"))
        self.printing_changed.emit(True)
        return True

    def wait_text(self) -> str:
        """What Close says while a job runs."""
        return QCoreApplication.translate(
            "PrintDialogs", "Wait, the pages are being sent to the printer."
        )

    def _done(self, pages: int) -> None:
        self.printing_changed.emit(False)
        self.on_printed()  # only now: every page was painted and the job closed
        self.show_status(QCoreApplication.translate("PrintDialogs", "Sent to the printer."))

    def _failed(self, exc: BaseException) -> None:
        self.printing_changed.emit(False)
        self.show_status(QCoreApplication.translate("PrintDialogs", "Printing failed."))
        show_error(self.window, exc, no_windows=self.no_windows)

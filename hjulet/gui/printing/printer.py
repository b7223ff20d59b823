"""Paper: the pages of a PDF held in memory, painted onto a printer the user chose,
off the GUI thread.

A printer can hang: a network printer that does not answer, a Windows driver or a
spooler that blocks. So only the system's print dialog (modal, on the GUI thread)
asks; the pages are then rendered and painted on a worker thread
(``run_in_background``), which Qt allows: a ``QPainter`` may paint on a ``QPrinter``
or a ``QImage`` outside the GUI thread, as long as nothing else uses that printer
meanwhile. The worker loads its own ``QPdfDocument`` from the bytes the dialog
previewed (never the preview's document, which the dialog may clear or reload while
the pages are on their way); Qt's PDF module serialises every call into pdfium, which
is not thread-safe, behind one lock of its own.

Each page is rendered as an image at the printer's resolution (capped) and placed on
the whole sheet; the PDF carries its own margins. One page image at a time, dropped
(and zeroed) as soon as it is painted: it holds the
child's words as pixels.

``PdfPrinter`` is the one way a dialog prints: it asks (``ask``), prints off the GUI
thread (``start``), says so on the dialog's status line, starts nothing while a job
runs (``printing``), and reports the end: ``on_printed`` (the audit entry) only after
every page was painted and the printer closed the job without an error; a failure as
a translated message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Signal,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import delete

from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.core.errors import PrinterFailed
from hjulet.gui.errors import show_error

MAX_PRINT_DPI = 300  # enough for text on paper; keeps each page image below ~35 MB


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint the PDF ``data``'s pages (the printer's page range, or all) onto ``printer``.

    Runs on a worker thread: it loads a document of its own from ``data``. Each page
    is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``) and placed on
    the whole sheet, keeping its proportions: the PDF carries its own margins.
    Returns the number of pages painted; raises ``PrinterFailed`` when the printer
    refuses the job or a page.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        count = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or count <= 0:
            raise PrinterFailed("the document to print could not be read")
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        if first > last:
            raise PrinterFailed("no page in the chosen range")
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterFailed("the printer could not be started")
        painted = 0
        try:
            for number in range(first, last + 1):
                if painted and not printer.newPage():
                    raise PrinterFailed("the printer refused a new page")
                paint_page(painter, printer, render_page(document, number - 1, printer))
                painted += 1
        finally:
            ended = painter.end()
        if not ended or printer.printerState() in (
            QPrinter.PrinterState.Error,
            QPrinter.PrinterState.Aborted,
        ):
            raise PrinterFailed("the printer did not finish the job")
        return painted
    finally:
        # this thread's objects end on this thread (a traceback taken to the GUI
        # thread must not carry them there)
        document.close()
        buffer.close()
        delete(document)
        delete(buffer)


def render_page(document: QPdfDocument, index: int, printer: QPrinter) -> QImage:
    """Page ``index`` as an image at the printer's resolution, at most ``MAX_PRINT_DPI``."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    size = document.pagePointSize(index)
    image = document.render(
        index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
    )
    if image.isNull():  # no memory for the page at this resolution
        raise PrinterFailed("a page could not be rendered")
    return image


def paint_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    """Place ``image`` on the whole sheet, centred, keeping its proportions; then
    zero it (it holds the child's words as pixels)."""
    target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
    target.moveTo(0, 0)
    scale = min(target.width() / image.width(), target.height() / image.height())
    w, h = image.width() * scale, image.height() * scale
    top_left = QPointF((target.width() - w) / 2, (target.height() - h) / 2)
    painter.drawImage(QRectF(top_left, QSize(round(w), round(h)).toSizeF()), image)
    # zeroed before it is freed (a paint engine that kept a shared copy would make
    # this one detach first; Qt's PDF and Windows engines convert the image at once)
    image.fill(0)


def ask_printer(window: QWidget, printer: QPrinter, pages: int) -> bool:
    """The system's print dialog for ``printer`` (modal, on the GUI thread); True if
    the person chose to print. "Print to file" is off: it would write an unencrypted
    PDF without the warning "Save as PDF…" gives."""
    dialog = QPrintDialog(printer, window)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, pages))
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()  # it points at the printer, which the print job outlives


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
        """Print the document on ``printer`` (already set up) off the GUI thread;
        False if there is nothing to print or a job already runs. The GUI thread
        must not use ``printer`` afterwards: the worker paints on it."""
        data = self.document()
        if not data or self.printing:
            return False
        self._job = run_in_background(
            lambda: print_pdf(data, printer), self._done, self._failed, owner=self.window
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

"""Printing on paper in a child process: ``hjulet --print-worker``.

A printer can hang for good: a network printer that does not answer, a Windows
driver or spooler that blocks inside ``StartDoc``/``EndPage``, a full spool folder.
PySide6 keeps Python's global interpreter lock while a Qt call runs, so a thread of
the app blocked inside ``QPainter.begin``/``QPrinter.newPage``/``QPainter.end`` keeps
the lock too, and the GUI thread (whose every widget and slot needs it) freezes with
it; rendering and painting a page at 300 dpi holds it for 0.1-0.3 s as well. So the
pages are painted in a process of their own. The app (``run_print``, on a worker
thread of its own that waits with the lock released) writes one JSON line of printer
settings and then the PDF's bytes to this process's stdin, never to a file; this
process loads them into its own ``QPdfDocument``, renders one page at a time at the
printer's resolution (at most ``MAX_PRINT_DPI``), places it on the whole sheet (the PDF
carries its own margins), frees it, and answers one JSON line: ``{"pages": N}``, or
``{"error": "printer"}`` (the printer refused the job or a page) or
``{"error": "document"}``. The page images die with the process.

What crosses from the system's print dialog: the printer, copies and collation,
duplex, colour, paper size, orientation and margins, resolution, page range and page
order, the document name, and (for tests) PDF output to a file. Settings a driver
keeps only in its own private data (a Windows DEVMODE: a tray, stapling) do not.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import threading
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from hjulet.core.errors import PrinterFailed
from hjulet.services.process import die_with_parent, own_command

MAX_PRINT_DPI = 300  # enough for text on paper; keeps each page image below ~35 MB
FLAG = "--print-worker"


# -- the app's side ------------------------------------------------------------------
def printer_settings(printer: QPrinter) -> dict[str, Any]:
    """What the system's print dialog set on ``printer``, as plain JSON values."""
    layout = printer.pageLayout()
    size = layout.pageSize()
    points = size.size(QPageSize.Unit.Point)
    margins = layout.margins(QPageLayout.Unit.Point)
    return {
        "printer": printer.printerName(),
        "format": printer.outputFormat().value,
        "file": printer.outputFileName(),
        "resolution": printer.resolution(),
        "from": printer.fromPage(),
        "to": printer.toPage(),
        "copies": printer.copyCount(),
        "collate": printer.collateCopies(),
        "duplex": printer.duplex().value,
        "color": printer.colorMode().value,
        "order": printer.pageOrder().value,
        "name": printer.docName(),
        "size": [size.id().value, points.width(), points.height()],
        "orientation": layout.orientation().value,
        "margins": [margins.left(), margins.top(), margins.right(), margins.bottom()],
    }


def run_print(data: bytes, settings: dict[str, Any]) -> int:
    """Print ``data`` with ``settings`` in a child process; the pages printed.

    Blocks until the printer has taken the job (call it off the GUI thread; it waits
    with the interpreter lock released). Raises ``PrinterFailed``."""
    header = json.dumps(settings).encode("utf-8") + b"\n"
    worker = subprocess.Popen(
        own_command(FLAG),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,  # Qt's notes on stderr are dropped: nothing is logged
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    with _workers_lock:
        _workers.add(worker)
    try:
        out, _err = worker.communicate(header + data)
    finally:
        with _workers_lock:
            _workers.discard(worker)
    try:
        answer = json.loads(out.decode("utf-8").strip().splitlines()[-1])
        pages = answer["pages"]
    except (ValueError, IndexError, KeyError, TypeError, UnicodeDecodeError):
        raise PrinterFailed(f"the print worker ended with {worker.returncode}") from None
    if not isinstance(pages, int) or pages <= 0 or worker.returncode != 0:
        raise PrinterFailed("the print worker printed nothing")
    return pages


# The print workers running now: Hjulet ending under stuck work kills them, so pages
# on their way to a printer that never answered are not printed after it has gone
# (on Linux a worker also dies with the app by itself: ``die_with_parent``).
_workers: set[subprocess.Popen[bytes]] = set()
_workers_lock = threading.Lock()


def kill_workers() -> int:
    """Kill every print worker still running; how many were."""
    with _workers_lock:
        running = [w for w in _workers if w.poll() is None]
    for worker in running:
        with contextlib.suppress(OSError):
            worker.kill()
    return len(running)


# -- the worker's side ---------------------------------------------------------------
def apply_settings(printer: QPrinter, settings: dict[str, Any]) -> None:
    """The print dialog's choices, set again on this process's printer."""
    output = QPrinter.OutputFormat(settings["format"])
    if output == QPrinter.OutputFormat.NativeFormat:
        printer.setPrinterName(str(settings["printer"]))
    printer.setOutputFormat(output)
    if settings["file"]:
        printer.setOutputFileName(str(settings["file"]))
    size_id, width, height = settings["size"]
    page_id = QPageSize.PageSizeId(size_id)
    size = (
        QPageSize(QSizeF(width, height), QPageSize.Unit.Point)
        if page_id == QPageSize.PageSizeId.Custom
        else QPageSize(page_id)
    )
    left, top, right, bottom = settings["margins"]
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation(settings["orientation"]),
            QMarginsF(left, top, right, bottom),
            QPageLayout.Unit.Point,
        )
    )
    printer.setResolution(int(settings["resolution"]))
    printer.setFromTo(int(settings["from"]), int(settings["to"]))
    printer.setCopyCount(int(settings["copies"]))
    printer.setCollateCopies(bool(settings["collate"]))
    printer.setDuplex(QPrinter.DuplexMode(settings["duplex"]))
    printer.setColorMode(QPrinter.ColorMode(settings["color"]))
    printer.setPageOrder(QPrinter.PageOrder(settings["order"]))
    printer.setDocName(str(settings["name"]))
    printer.setFullPage(True)


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint the PDF ``data``'s pages (the printer's page range, or all) onto ``printer``.

    Each page is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``) and
    placed on the whole sheet, keeping its proportions: the PDF carries its own
    margins. One page image at a time, zeroed once painted. Returns the number of
    pages painted; raises ``PrinterFailed`` when the printer refuses the job or a page,
    ``ValueError`` when ``data`` is not a PDF.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or count <= 0:
        raise ValueError("the document to print could not be read")
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    if first > last:
        raise ValueError("no page in the chosen range")
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
    image.fill(0)  # a paint engine that kept a shared copy would make this one detach


def main(args: list[str]) -> int:
    """``hjulet --print-worker``: settings and PDF on stdin, the answer on stdout."""
    del args
    die_with_parent()  # never outlive the app with the child's pages
    # the pipes themselves, not sys.stdin/sys.stdout: a windowed (frozen) build may
    # have no Python streams even where the app handed it pipes
    with os.fdopen(0, "rb", closefd=False) as stdin:
        settings = json.loads(stdin.readline().decode("utf-8"))
        data = stdin.read()
    app = QGuiApplication.instance() or QGuiApplication(["hjulet-print"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    try:
        apply_settings(printer, settings)
        answer: dict[str, Any] = {"pages": print_pdf(data, printer)}
    except PrinterFailed:
        answer = {"error": "printer"}
    except ValueError:
        answer = {"error": "document"}
    finally:
        del data
    with os.fdopen(1, "wb", closefd=False) as stdout:
        stdout.write(json.dumps(answer).encode("ascii") + b"\n")
    del app
    return 0 if "pages" in answer else 3

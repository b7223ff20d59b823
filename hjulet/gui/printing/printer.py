"""Paper: the pages of a PDF held in memory, painted onto a printer the user chose.

Each page is rendered as an image at the printer's resolution (capped) and placed on
the whole sheet; the PDF carries its own margins. Used by every print dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300  # enough for text on paper; keeps each page image below ~35 MB


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages (the printer's page range, or all) onto ``printer``.

    Each page is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``)
    and placed on the whole sheet, keeping its proportions: the PDF carries its
    own margins. Returns the number of pages painted.
    """
    count = document.pageCount()
    if count <= 0:
        return 0
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painted = 0
    try:
        for number in range(first, last + 1):
            if painted:
                printer.newPage()
            index = number - 1
            size = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            )
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            top_left = QPointF((target.width() - w) / 2, (target.height() - h) / 2)
            painter.drawImage(QRectF(top_left, QSize(round(w), round(h)).toSizeF()), image)
            painted += 1
    finally:
        painter.end()
    return painted

"""The print worker (``hjulet --print-worker``): the print dialog's choices cross to
the child process whole, and a bad job comes back as ``PrinterFailed``."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from hjulet.app.print_worker import apply_settings, printer_settings, run_print
from hjulet.core.errors import PrinterFailed
from hjulet.services.summary import blank_sheet_pdf


def _chosen(target: Path) -> QPrinter:
    """A printer as a person might leave the system's print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setResolution(150)
    printer.setCopyCount(2)
    printer.setCollateCopies(False)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    printer.setDocName("Blank-wheel")
    return printer


def test_the_dialogs_choices_cross_whole(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chosen = _chosen(tmp_path / "out.pdf")
    again = QPrinter(QPrinter.PrinterMode.HighResolution)
    apply_settings(again, printer_settings(chosen))
    assert printer_settings(again) == printer_settings(chosen)
    assert again.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3
    assert again.pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_a_real_worker_prints_and_refuses(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = blank_sheet_pdf("sv", "A4")
    assert run_print(data, printer_settings(_chosen(tmp_path / "out.pdf"))) == 1
    (page,) = pypdf.PdfReader(io.BytesIO((tmp_path / "out.pdf").read_bytes())).pages
    assert round(float(page.mediabox.width)) == 1191  # A3 landscape, as chosen
    with pytest.raises(PrinterFailed):  # not a PDF
        run_print(b"not a pdf", printer_settings(_chosen(tmp_path / "bad.pdf")))
    with pytest.raises(PrinterFailed):  # the printer can't start
        run_print(data, printer_settings(_chosen(tmp_path / "no-such" / "out.pdf")))
    assert not (tmp_path / "bad.pdf").exists()

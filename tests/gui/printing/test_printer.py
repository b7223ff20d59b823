"""Printing on paper without blocking the GUI thread: real pages painted onto a real
``QPrinter`` (PDF output we read back) by the real print worker process; a printer
that hangs (its output a named pipe nobody reads yet: the worker blocks inside
``QPainter.begin`` as a driver blocks in its spooler) while the dialog is used; and a
printer that refuses the job."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.app.settings import Settings
from hjulet.core.catalog import Catalog
from hjulet.core.model import AuditAction
from hjulet.gui.printing.summary import SummaryDialog
from hjulet.storage.vault import Vault
from tests.hung_printer import HungPrinter, hung_printer
from tests.services.summary_builders import build_child

TIMEOUT = 15_000


@pytest.fixture
def ctx(tmp_path: Path, catalog: Catalog, qtbot: object) -> AppContext:
    base = tmp_path / "base"
    base.mkdir()
    return AppContext(base, Settings(base), catalog, no_err_windows=True)


def _summary(qtbot, ctx: AppContext, vault: Vault, catalog: Catalog) -> SummaryDialog:  # type: ignore[no-untyped-def]
    built = build_child(vault, catalog)
    dialog = SummaryDialog(ctx, vault, built.child_id, built.new.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.page_count() > 0, timeout=TIMEOUT)
    return dialog


def pdf_printer(dialog: SummaryDialog, target: Path, dpi: int = 96) -> QPrinter:
    """The dialog's own printer, set to write a PDF we can read back (the print
    dialog's "Print to file" is off for users; a test sets the printer directly)."""
    printer = dialog.make_printer()
    printer.setResolution(dpi)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


@pytest.fixture
def hung(tmp_path: Path) -> Iterator[HungPrinter]:
    with hung_printer(tmp_path) as printer:
        yield printer


def _pages(path: Path) -> int:
    return len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def _printed(vault: Vault) -> list[str]:
    return [e.detail for e in services.list_audit(vault) if e.action is AuditAction.PRINTED]


def test_a_hung_printer_leaves_the_dialog_answering_and_starts_nothing_twice(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path, hung: HungPrinter
) -> None:  # type: ignore[no-untyped-def]
    """The printer hangs inside QPainter.begin: the dialog still answers (a timer
    fires, the preview's size can be changed), says it is printing, a second Print
    starts nothing, Close waits, nothing is logged yet. Once the printer answers,
    every page is on paper, logged once, and Close closes."""
    dialog = _summary(qtbot, ctx, vault, catalog)
    assert dialog.print_to(pdf_printer(dialog, hung.path))
    hung.wait_started()  # inside the printer, and stuck

    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=TIMEOUT)  # the event loop turns
    dialog.zoom_box.setCurrentIndex(1)  # the preview still follows
    assert dialog.preview.view.zoomMode() == dialog.zoom_box.currentData()
    assert dialog.status.text() == "Sending to the printer…"
    assert dialog.working and not dialog.busy_bar.isHidden()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.options.isEnabled()  # what is logged is what was printed
    assert not dialog.print_to(pdf_printer(dialog, tmp_path / "again.pdf"))
    dialog.print_document()  # the button's slot all the same: nothing (no print dialog)
    dialog.close()  # Close waits for the pages
    assert dialog.isVisible()
    assert dialog.status.text() == "Wait, the pages are being sent to the printer."
    assert _printed(vault) == []  # nothing logged before the pages are painted

    hung.open()
    qtbot.waitUntil(lambda: not dialog.working, timeout=TIMEOUT)
    assert dialog.status.text() == "Sent to the printer."
    assert hung.pages() == dialog.page_count() >= 2
    assert not (tmp_path / "again.pdf").exists()
    assert _printed(vault) == ["summary"]
    assert dialog.print_button.isEnabled() and dialog.options.isEnabled()
    assert dialog.busy_bar.isHidden()
    dialog.close()
    assert not dialog.isVisible()


def test_the_worker_prints_its_own_copy_and_the_chosen_pages(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path, hung: HungPrinter
) -> None:  # type: ignore[no-untyped-def]
    """The preview cleared while the pages are on their way (the dialog closed by a
    lock, a new render): the worker prints its own copy, and the page range holds."""
    dialog = _summary(qtbot, ctx, vault, catalog)
    printer = pdf_printer(dialog, hung.path)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer)
    hung.wait_started()
    dialog.preview.clear()
    dialog.pdf = b""
    hung.open()
    qtbot.waitUntil(lambda: not dialog.working, timeout=TIMEOUT)
    assert hung.pages() == 1
    assert _printed(vault) == ["summary"]


def test_a_printer_that_refuses_the_job_says_so_and_logs_nothing(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """QPainter.begin fails (the output can't be written): a plain translated message,
    no traceback, nothing logged as printed, and Print works again."""
    dialog = _summary(qtbot, ctx, vault, catalog)
    capsys.readouterr()
    target = tmp_path / "no-such-folder" / "printed.pdf"
    assert dialog.print_to(pdf_printer(dialog, target))
    qtbot.waitUntil(lambda: not dialog.working, timeout=TIMEOUT)
    err = capsys.readouterr().err
    assert "The printer could not print the document." in err  # --no-err-windows: stderr
    assert "Traceback" not in err
    assert dialog.status.text() == "Printing failed."
    assert _printed(vault) == [] and not target.exists()
    assert dialog.print_button.isEnabled()


def test_an_encrypted_pdf_prints_without_blocking_too(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path, hung: HungPrinter
) -> None:  # type: ignore[no-untyped-def]
    """File → Open encrypted PDF…: while the printer hangs, Print is greyed and Close
    waits; then every page is printed."""
    from hjulet.gui.printing.encrypted import EncryptedPdfDialog
    from hjulet.services.summary import write_encrypted_pdf
    from hjulet.storage.keyslots import FAST_KDF

    source = _summary(qtbot, ctx, vault, catalog)
    saved = tmp_path / "copy.hbk"
    write_encrypted_pdf(saved, source.pdf, "mötets lösenfras", kdf=FAST_KDF)
    viewer = EncryptedPdfDialog(ctx, saved)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.passphrase.setText("mötets lösenfras")
    viewer.try_open()
    qtbot.waitUntil(viewer.print_button.isEnabled, timeout=TIMEOUT)
    assert viewer.print_to(pdf_printer(source, hung.path))
    hung.wait_started()
    assert viewer.working and not viewer.print_button.isEnabled()
    assert viewer.message.text() == "Sending to the printer…"
    viewer.close()
    assert viewer.isVisible()
    hung.open()
    qtbot.waitUntil(lambda: not viewer.working, timeout=TIMEOUT)
    assert viewer.message.text() == "Sent to the printer."
    assert hung.pages() == source.page_count()
    viewer.close()
    assert not viewer.isVisible()

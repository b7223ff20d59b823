"""The print worker (``hjulet --print-worker``): the print dialog's choices cross to
the child process whole, and a bad job comes back as ``PrinterFailed``."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from hjulet.app.print_worker import apply_settings, printer_settings, run_print
from hjulet.core.errors import PrinterFailed
from hjulet.services.summary import blank_sheet_pdf

ROOT = Path(__file__).resolve().parents[2]


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


def _worker_state(pid: int) -> str:
    """The process's state letter, or "" once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return ""


def test_hjulet_ending_under_a_hung_printer_kills_its_worker(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """ "Close Hjulet now" under a print to a printer that never answers: the worker,
    which has read all of its input, used to live on (reparented) and print the
    child's pages whenever the printer woke. ``kill_workers`` (what ending calls)
    ends it; the print fails, nothing reaches the printer."""
    import threading

    from hjulet.app import print_worker
    from tests.hung_printer import hung_printer

    data = blank_sheet_pdf("sv", "A4")
    failed: list[BaseException] = []
    with hung_printer(tmp_path) as hung:
        printer = _chosen(hung.path)

        def job() -> None:
            try:
                run_print(data, printer_settings(printer))
            except PrinterFailed as exc:
                failed.append(exc)

        thread = threading.Thread(target=job)
        thread.start()
        hung.wait_started()
        assert print_worker.kill_workers() == 1
        thread.join(20)
        assert not thread.is_alive() and failed
        assert print_worker.kill_workers() == 0
        hung.open()
        hung._reader.join(5)  # type: ignore[union-attr]
        assert hung.data == b""  # the printer, waking, gets nothing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_dies_with_the_app_however_the_app_ends(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The app killed (a crash, ``os._exit``) while its worker waits on a printer
    that never answers: the worker dies with it instead of printing later."""
    fifo = tmp_path / "printer.fifo"
    os.mkfifo(fifo)
    app = (
        "import os, subprocess, sys, time\n"
        "from hjulet.services.process import own_command\n"
        "w = subprocess.Popen(own_command('--print-worker'), stdin=subprocess.PIPE,\n"
        "                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "w.stdin.write(sys.stdin.buffer.read()); w.stdin.close()\n"
        "print(w.pid, flush=True)\n"
        "deadline = time.monotonic() + 20\n"
        "while time.monotonic() < deadline:\n"
        "    if open(f'/proc/{w.pid}/wchan').read() == 'wait_for_partner': break\n"
        "    time.sleep(0.02)\n"
        "os._exit(0)\n"
    )
    settings = printer_settings(_chosen(fifo))
    job = json.dumps(settings).encode() + b"\n" + blank_sheet_pdf("sv", "A4")
    done = subprocess.run(
        [sys.executable, "-c", app], input=job, capture_output=True, timeout=60, cwd=ROOT
    )
    worker = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while _worker_state(worker) not in ("", "Z") and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert _worker_state(worker) in ("", "Z"), "the print worker outlived the app"
    finally:
        with contextlib.suppress(OSError):
            os.kill(worker, signal.SIGKILL)
        with contextlib.suppress(OSError):  # never leave a worker blocked on the pipe
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))

"""A printer that does not answer, made of real parts (Linux).

The printer's PDF output is a named pipe that nobody reads until :meth:`HungPrinter.open`:
the print worker blocks opening it, inside ``QPainter.begin``, holding Python's
interpreter lock as a driver blocked in its spooler does. Like :class:`tests.gate.Gate`
it has ``wait_started()`` (the worker is stuck inside the printer) and ``open()`` (the
printer answers and reads the whole job). Nothing is mocked: the real worker process
paints the real pages.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdf
import pytest

WAIT_S = 20
RESCUE_S = 60  # a regression that froze the test process ends as a failure, not a hang


class HungPrinter:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "printer.fifo"
        os.mkfifo(self.path)
        self.data = b""
        self._reader: threading.Thread | None = None

    def blocked(self) -> bool:
        """A print worker (a child of this process) sleeps opening the pipe."""
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                wchan = (entry / "wchan").read_text()
            except OSError:
                continue
            if b"--print-worker" in cmdline and int(stat[1]) == os.getpid():
                return wchan == "wait_for_partner"
        return False

    def wait_started(self) -> None:
        deadline = time.monotonic() + WAIT_S
        while not self.blocked():
            assert time.monotonic() < deadline, "no print worker got stuck in the printer"
            time.sleep(0.02)

    def open(self) -> None:
        """The printer answers: the whole job is read (into ``data``)."""

        def read() -> None:
            with open(self.path, "rb") as pipe:
                self.data = pipe.read()

        self._reader = threading.Thread(target=read, daemon=True)
        self._reader.start()

    def pages(self) -> int:
        assert self._reader is not None
        self._reader.join(WAIT_S)
        return len(pypdf.PdfReader(io.BytesIO(self.data)).pages)

    def close(self) -> None:
        """Never leave a worker blocked: open and close the reading end."""
        if self._reader is None:
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            os.close(fd)


@contextmanager
def hung_printer(folder: Path) -> Iterator[HungPrinter]:
    """A hung printer, and a process that gives it a reader after ``RESCUE_S``
    whatever happens: a print that froze this process then fails the test instead of
    holding the run for good."""
    if not sys.platform.startswith("linux"):
        pytest.skip("a hung printer is made of a Linux named pipe")
    printer = HungPrinter(folder)
    rescue = subprocess.Popen(
        ["sh", "-c", f'sleep {RESCUE_S}; exec 3<>"$1"; sleep 1', "sh", str(printer.path)],
        start_new_session=True,  # its group: the shell and its sleep end together
    )
    try:
        yield printer
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(rescue.pid, signal.SIGKILL)
        rescue.wait()
        printer.close()

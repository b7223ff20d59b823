"""How long printing holds the GUI thread: the longest turn of the event loop while a
2-page SIP summary is printed at 300 dpi onto a real ``QPrinter`` (PDF output).

    python -m benchmarks.print_bench [--rounds N] [--resize] [--hung]

A 2 ms heartbeat timer runs on the GUI thread; the longest gap between two beats,
less the interval, is the longest time the GUI thread could not answer. ``--resize``
also resizes the dialog every 40 ms while the pages are printed (the preview then
asks its own document for page sizes: Qt's PDF module serialises every pdfium call
behind one lock, so such a call can wait for a page the worker is rendering).
``--hung`` prints to a printer that does not answer for 2 s (Linux: a named pipe
that a separate ``cat`` starts reading 2 s later).
Run it against an older checkout (PYTHONPATH) to compare: there ``print_to`` paints on
the GUI thread and returns the page count.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--resize", action="store_true")
    parser.add_argument("--hung", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QElapsedTimer, QSize, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.core.catalog import load_catalog
    from hjulet.gui.printing.summary import SummaryDialog
    from hjulet.services import create_vault
    from hjulet.storage.keyslots import FAST_KDF
    from tests.services.summary_builders import build_child

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="print-bench-"))
    catalog = load_catalog()
    vault, _key = create_vault(tmp / "vault", "bench passphrase", name="Bench", kdf=FAST_KDF)
    built = build_child(vault, catalog)
    base = tmp / "base"
    base.mkdir()
    ctx = AppContext(base, Settings(base), catalog, no_err_windows=True)
    dialog = SummaryDialog(ctx, vault, built.child_id, built.new.id)
    dialog.show()

    def wait(cond: object, limit: float = 120.0) -> None:
        end = time.monotonic() + limit
        while not cond() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.001)

    wait(lambda: not dialog.busy and dialog.page_count() > 0)
    print(f"pages: {dialog.page_count()}, dpi: 300, resize: {args.resize}, hung: {args.hung}")

    def one_round(n: int) -> tuple[float, float]:
        printer = dialog.make_printer()
        printer.setResolution(300)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target = tmp / f"printed-{n}.pdf"
        rescue = None
        if args.hung:
            fifo = tmp / f"printer-{n}.fifo"
            os.mkfifo(fifo)
            printer.setOutputFileName(str(fifo))
            rescue = subprocess.Popen(["sh", "-c", f'sleep 2; cat "{fifo}" > "{target}"'])
        else:
            printer.setOutputFileName(str(target))
        clock = QElapsedTimer()
        beats: list[int] = []
        heart = QTimer()
        heart.setInterval(2)
        heart.timeout.connect(lambda: beats.append(clock.elapsed()))
        sizes = [QSize(1000, 700), QSize(1100, 780)]
        resizer = QTimer()
        resizer.setInterval(40)
        resizer.timeout.connect(lambda: dialog.resize(sizes[len(beats) % 2]))
        wait(lambda: True, 0)
        clock.start()
        heart.start()
        if args.resize:
            resizer.start()
        start = time.perf_counter()
        dialog.print_to(printer)
        wait(lambda: not getattr(dialog, "working", False) and target.exists())
        if rescue is not None:
            rescue.wait()
        total = time.perf_counter() - start
        settle = time.perf_counter() + 0.05
        wait(lambda: time.perf_counter() > settle)  # a beat after a blocking print too
        heart.stop()
        resizer.stop()
        gaps = [b - a for a, b in zip([0, *beats], beats, strict=False)]
        print(f"round {n}: longest GUI-thread turn {max(gaps) - 2} ms, print took {total:.2f} s")
        return max(gaps) - 2, total

    rounds = [one_round(n) for n in range(args.rounds)]
    longest = [r[0] for r in rounds]
    totals = [r[1] for r in rounds]
    print(
        f"median longest turn {statistics.median(longest):.0f} ms (max {max(longest):.0f}); "
        f"median print {statistics.median(totals):.2f} s"
    )
    dialog.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Child processes for ``make bench``: one fresh interpreter per measured start.

    python -m benchmarks.probe start ARGS...    the app; prints "frame" at the first paint
                                                of the unlock screen, then exits
    python -m benchmarks.probe bare-window      a bare PySide6 window; "frame" at first paint
    python -m benchmarks.probe memory VAULT PASS   unlock + caseload in the real window, then
                                                the steady resident memory in MiB
    python -m benchmarks.probe bare-memory      resident memory of a bare PySide6 window
    python -m benchmarks.probe help-modules     runs ``hjulet --help``; prints the modules count
                                                and which heavy libraries got imported

Each prints one line on stdout that the parent reads; the parent times the
whole process from its own side.
"""

from __future__ import annotations

import gc
import os
import sys
import time

HEAVY = ("PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "cryptography", "PIL")


def _exit_with(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()
    os._exit(0)


def _exit_on_first_paint(match: object) -> None:
    """Event filter on the application: the first Paint of a widget ``match`` accepts."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and match(obj):  # type: ignore[operator]
                QTimer.singleShot(0, lambda: _exit_with("frame"))
            return False

    app = QApplication.instance()
    assert app is not None
    watch = Watch(app)
    app.installEventFilter(watch)


def start(args: list[str]) -> None:
    import hjulet.app.main as app_main
    from hjulet.__main__ import main

    original = app_main.start_flow

    def start_flow(window: object) -> None:
        def is_unlock(obj: object) -> bool:
            w = getattr(obj, "window", None)
            return callable(w) and type(w()).__name__ == "UnlockDialog"

        _exit_on_first_paint(is_unlock)
        original(window)

    app_main.start_flow = start_flow  # type: ignore[assignment]
    main(args)


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([sys.argv[0]])
    w = QWidget()
    QVBoxLayout(w).addWidget(QLabel("Hello"))
    w.resize(400, 300)
    _exit_on_first_paint(lambda obj: obj is w)
    w.show()
    app.exec()


def _rss_mib() -> tuple[float, float]:
    values = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def _settle(app: object, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def memory(vault: str, passphrase: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from hjulet.app.feature_scan import skip_feature_scan

    skip_feature_scan()  # as the app's start does, before the rest is imported

    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.core.catalog import load_catalog
    from hjulet.gui.fonts import register_fonts
    from hjulet.gui.workspace.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    register_fonts()
    base = Path(tempfile.mkdtemp(prefix="hjulet-bench-mem-"))
    ctx = AppContext(
        basedir=base, settings=Settings(base), catalog=load_catalog(), no_err_windows=True
    )
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.entry.open_with_passphrase(Path(vault), passphrase)
    end = time.perf_counter() + 120
    while window.vault is None or window.caseload.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.005)
        if time.perf_counter() > end:
            _exit_with("timeout")
    dialog = getattr(window, "retention_dialog", None)
    if dialog is not None:
        dialog.done(0)
    _settle(app, 1.0)
    gc.collect()
    _settle(app, 0.5)
    rss, peak = _rss_mib()
    rows = window.caseload.model.rowCount()
    import shutil

    shutil.rmtree(base, ignore_errors=True)  # os._exit below skips every clean-up
    _exit_with(f"{rss:.1f} {peak:.1f} {rows}")


def bare_memory() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    w = QMainWindow()
    w.setCentralWidget(QTableView())
    w.resize(1366, 768)
    w.show()
    _settle(app, 1.0)
    gc.collect()
    _settle(app, 0.5)
    rss, peak = _rss_mib()
    _exit_with(f"{rss:.1f} {peak:.1f} 0")


def help_modules() -> None:
    import contextlib
    import io

    from hjulet.__main__ import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main(["--help"])
    heavy = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in HEAVY})
    _exit_with(f"{len(sys.modules)} {','.join(heavy) or '-'}")


if __name__ == "__main__":
    what, rest = sys.argv[1], sys.argv[2:]
    if what == "start":
        start(rest)
    elif what == "bare-window":
        bare_window()
    elif what == "memory":
        memory(rest[0], rest[1])
    elif what == "bare-memory":
        bare_memory()
    elif what == "help-modules":
        help_modules()
    else:
        raise SystemExit(f"unknown probe {what}")

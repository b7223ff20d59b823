"""Starting the app: options, base folder, Qt, translators, fonts, crash hook, window.

This module is the composition root: it is the only place below ``gui`` that
imports it (see the import contracts in pyproject.toml).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# imported before PySide6, so that PySide6's import scan never reads this module either
from hjulet.app.feature_scan import skip_feature_scan
from hjulet.core.i18n import QT_TRANSLATE_NOOP, catalogue
from hjulet.services.paths import (
    demo_vault_path,
    log_exception,
    log_path,
    prepare_basedir,
    setup_logging,
)

if TYPE_CHECKING:
    from hjulet.core.catalog import Catalog

log = logging.getLogger("hjulet.app")

# Shown before Qt exists (so no Qt translator yet): read from the same catalogue
# without Qt (``hjulet.core.i18n``), in the language asked for.
NO_BASEDIR = QT_TRANSLATE_NOOP(
    "Startup",
    "The folder {path} cannot be used for settings and logs. Choose another with --basedir.",
)
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Startup",
    "No display found (DISPLAY is not set). Run Hjulet on a machine with a screen, "
    "or on a virtual one:\n    Xvfb :99 -screen 0 1366x768x24 &\n    DISPLAY=:99 {cmd}",
)
DEMO_PASSPHRASE = "demo"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="hjulet")
    p.add_argument("--basedir", type=Path)
    p.add_argument("--lang", choices=("sv", "en"))
    p.add_argument("--no-err-windows", action="store_true")
    p.add_argument("--demo", action="store_true", help="open (and if needed create) the demo vault")
    p.add_argument("--vault", type=Path)
    p.add_argument("--child")
    p.add_argument("--child-mode", action="store_true")
    p.add_argument("--passphrase-file", type=Path)
    p.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--quit-after", type=int, default=0, help=argparse.SUPPRESS)
    return p.parse_args(list(argv))


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    lang = args.lang or "sv"
    if not has_display():
        cmd = "python -m hjulet " + " ".join(argv)
        text = catalogue(lang).translate("Startup", NO_DISPLAY)
        print(text.format(cmd=cmd.strip()), file=sys.stderr)
        return 2
    try:
        base = prepare_basedir(args.basedir)
        setup_logging(base)
    except OSError:
        text = catalogue(lang).translate("Startup", NO_BASEDIR)
        print(text.format(path=args.basedir or ""), file=sys.stderr)
        return 6

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    skip_feature_scan()  # before the rest is imported: PySide6 would keep all its source

    from hjulet.app.context import AppContext, StartOptions
    from hjulet.app.settings import Settings
    from hjulet.app.tasks import finish_jobs, jobs_running
    from hjulet.app.translations import install_translators
    from hjulet.storage.kdf import FAST_KDF, PRODUCT_KDF

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Hjulet")
    app.setOrganizationName("Hjulet")
    settings = Settings(base)
    if args.lang:
        settings.language = args.lang
    install_translators(settings.language)

    from hjulet.gui import plain_text
    from hjulet.gui.fonts import register_ui_fonts

    plain_text.install()  # before any widget exists: data is shown as plain text everywhere

    register_ui_fonts()  # the rest once the first screen is painted (build_deferred)

    def catalog() -> Catalog:  # a bad file is logged (file and problem) and skipped
        from hjulet.core.catalog import load_catalog  # on first use: the unlock shows no wheel

        return load_catalog((base,))

    ctx = AppContext(
        basedir=base,
        settings=settings,
        catalog=catalog,
        no_err_windows=args.no_err_windows,
        kdf=FAST_KDF if args.fast_kdf else PRODUCT_KDF,
        start=StartOptions(
            demo=args.demo,
            vault=args.vault,
            child=args.child,
            child_mode=args.child_mode,
            passphrase_file=args.passphrase_file,
            screenshot=args.screenshot,
            quit_after_ms=args.quit_after,
        ),
    )
    install_crash_hook(ctx.no_err_windows, log_path(base))

    from hjulet.gui.workspace.main_window import MainWindow

    window = MainWindow(ctx, first_screen_only=True)  # the rest after its first frame
    window.show()
    QTimer.singleShot(0, lambda: start_flow(window))
    if args.quit_after:  # scripted runs and tests: close every window (saving), then stop

        def quit_now() -> None:
            app.closeAllWindows()  # the main window waits for running jobs first
            if jobs_running() or window.isVisible():
                QTimer.singleShot(50, quit_now)
                return
            app.quit()

        QTimer.singleShot(args.quit_after, quit_now)
    code = app.exec()
    # aboutToQuit has waited a bounded time (tasks.QUIT_WAIT_MS) and discarded every
    # result in flight. Never let Python shut down under a job still running (that
    # aborted the process): wait longer for it; its result discards itself.
    if not finish_jobs():
        log.error("background work did not finish in time; leaving without it")
        settings.sync()
        os._exit(int(code))
    if window.isVisible():  # the loop ended another way: lock and save as on close
        window.close()
    settings.sync()
    return int(code)


def start_flow(window: object) -> None:
    """The first screen: demo vault, a given vault, or the most recent one."""
    from hjulet.gui.workspace.main_window import MainWindow

    assert isinstance(window, MainWindow)
    ctx = window.ctx
    start = ctx.start
    if start.demo:
        path = demo_vault_path(ctx.basedir)
        window.build_deferred()  # straight on to the caseload: nothing to wait for
        window.entry.open_demo(path, DEMO_PASSPHRASE)
        return
    target = start.vault or (
        Path(ctx.settings.recent_vaults[0]) if ctx.settings.recent_vaults else None
    )
    if target is None:
        window.build_after_first_paint(window.first_run())
        return
    if start.child and start.child_mode:
        from PySide6.QtCore import Qt

        from hjulet.gui.child_mode import start_child_mode

        code = start.child

        def into_child_mode() -> None:
            if window.vault is not None:
                start_child_mode(ctx, window.vault, code, window, session=window.session)

        window.session.opened.connect(into_child_mode, Qt.ConnectionType.SingleShotConnection)
    if start.passphrase_file is not None:
        try:
            secret = start.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError):
            secret = ""
        window.build_deferred()
        window.entry.open_with_passphrase(target, secret)
    else:
        # the rest of the window (the caseload) once the unlock prompt is on screen
        window.build_after_first_paint(window.entry.ask_unlock(target))


def install_crash_hook(no_windows: bool, log_file: Path) -> None:
    """Unexpected errors: logged without personal data, and a calm dialog with the log path."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log_exception(log, "unexpected error", exc.with_traceback(tb))
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate(
            "Crash",
            "Something unexpected went wrong. What you had entered is saved.\n"
            "A technical note (with nothing personal in it) is in:\n%1",
        ).replace("%1", str(log_file))
        if no_windows:
            print(text, file=sys.stderr)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("Crash", "Hjulet"), text)

    sys.excepthook = hook

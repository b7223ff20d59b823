"""A lock waiting for a held PDF save, on a real display, for the screen-reader check.

    python -m tests.gui.atspi.lock_app BASEDIR LANG

Opens the main window on a new vault (fast key derivation), opens the summary's print
dialog (not modal), starts "Save as PDF…" held at its start (the real write waits for
an event), goes back to the main window and locks there: the main window shows its
"Locking…" line and the dialog is veiled. After 1.5 s the dialog is brought to the
front (as a person switching to it); after 3 s the lock is "stuck" (the product's
limit is 20 s). The write is let go and the app quits after three minutes at the
latest, so a failed check never leaves it running.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

APP_NAME = "hjulet-lock-walk"
STUCK_AFTER_MS = 3_000


def main() -> int:
    basedir, lang = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    from hjulet import services
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.app.translations import install_translators
    from hjulet.core.catalog import load_catalog
    from hjulet.gui.workspace.main_window import MainWindow
    from hjulet.storage.keyslots import FAST_KDF
    from tests.gui.test_workspace_fixtures import PASSPHRASE, make_vault

    install_translators(lang)
    catalog = load_catalog()
    vault, _ = make_vault(basedir / "vault", catalog, children=1)
    vault.close()
    (basedir / "base").mkdir()
    settings = Settings(basedir / "base")
    settings.language = lang
    ctx = AppContext(
        basedir=basedir / "base",
        settings=settings,
        catalog=catalog,
        no_err_windows=True,
        kdf=FAST_KDF,
    )
    window = MainWindow(ctx)
    window.show()
    window.session.open(services.open_vault(basedir / "vault", PASSPHRASE), basedir / "vault")
    window.session.stuck_after_ms = STUCK_AFTER_MS
    dialog = window.open_summary(services.find_child(window.session.vault, "T-000").id)
    release = threading.Event()

    def held(target: Path, data: bytes, passphrase: str | None):  # type: ignore[no-untyped-def]
        job = real(target, data, passphrase)
        return lambda: (release.wait(180), job())[1]

    real = dialog.write_job

    def start() -> None:
        if dialog.busy or dialog.page_count() == 0:
            QTimer.singleShot(100, start)
            return
        dialog.saver.write_job = held
        dialog.saver.ask_save_path = lambda _s: str(basedir / "sip.pdf")
        dialog.saver.save_unencrypted()
        window.activateWindow()
        QTimer.singleShot(300, window.session.request_lock)
        QTimer.singleShot(1_800, dialog.activateWindow)

    QTimer.singleShot(500, start)
    QTimer.singleShot(180_000, lambda: (release.set(), app.quit()))
    code = app.exec()
    release.set()
    return code


if __name__ == "__main__":
    sys.exit(main())

"""The real application locking under a write that never ends.

Run as ``python -m tests.app.lock_stuck BASEDIR VAULT_DIR OUT WHEN`` by
tests/app/test_lock_stuck.py: a real QApplication and main window open the real vault
at VAULT_DIR; a background job owned by the window writes OUT through the one file
writer (``atomic_file``: its ``.part`` file now holds plaintext) and then never
returns, as a write to a dead network share does. The vault locks with limits made
short (the product's are 20 s and 10 min):

- ``WHEN=button``: once the lock says the work is stuck, "Close Hjulet now" is clicked;
- ``WHEN=unattended``: nobody touches anything; Hjulet ends by itself.

Either way the process must end with ``app.stuck.EXIT_STUCK`` while the job still
hangs; if the event loop ever returns, it prints ``not ended`` and exits with 0.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.app.settings import Settings
from hjulet.app.tasks import run_in_background
from hjulet.services.paths import prepare_basedir, setup_logging
from hjulet.storage.files import atomic_file
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS
from tests.gate import WAIT_S


def main(base: Path, vault_dir: Path, out: Path, when: str) -> int:
    app = QApplication([sys.argv[0]])
    setup_logging(prepare_basedir(base))
    from hjulet.core.catalog import load_catalog
    from hjulet.gui.workspace.main_window import MainWindow

    ctx = AppContext(
        basedir=base,
        settings=Settings(base),
        catalog=lambda: load_catalog((base,)),
        no_err_windows=True,
        kdf=FAST_KDF,
    )
    window = MainWindow(ctx)
    window.show()
    window.session.open(services.open_vault(vault_dir, PASS), vault_dir)
    window.session.stuck_after_ms = 200
    window.session.unattended_end_ms = 800 if when == "unattended" else 600_000
    writing, never = threading.Event(), threading.Event()

    def write() -> None:
        with atomic_file(out) as fh:
            fh.write(b"%PDF-1.7 the child's words, half written")
            fh.flush()
            writing.set()
            never.wait()  # a kernel write that never returns

    run_in_background(write, lambda _r: None, lambda _e: None, owner=window)
    assert writing.wait(WAIT_S), "the write never started"
    if when == "button":
        window.session.stuck.connect(lambda: QTimer.singleShot(0, window.close_now_button.click))
    QTimer.singleShot(0, window.session.request_lock)
    app.exec()
    print("not ended")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]))

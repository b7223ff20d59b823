"""An application that quits while a background job holds a vault or a key.

Run as ``python -m tests.app.quit_while_busy VAULT_DIR WHEN`` by tests/app/test_tasks.py:
a real QApplication runs its event loop, a job opens the real vault at VAULT_DIR (and
derives its data key into a ``bytearray``, the real key derivation with the vault's own
fast parameters) behind a :class:`tests.gate.Gate`, and the event loop ends while that
result is in flight:

- ``WHEN=queued``: the job has finished and its result waits in the event queue when
  the loop ends (nobody will ever deliver it);
- ``WHEN=running``: the job is still held when the loop ends and is let go from
  another thread 0.3 s after the application started quitting (``aboutToQuit``), so
  it is still running when ``finish_jobs`` (run by ``aboutToQuit``) begins: that
  call must wait for it, so nothing runs any more once ``exec()`` has returned;
- ``WHEN=late``: as ``running``, but the job is let go only after 1 s while the
  quit's wait (``tasks.QUIT_WAIT_MS``) is cut to 0.1 s: ``exec()`` returns with the
  job still running, and a second ``finish_jobs()`` (as ``main`` calls it) waits
  for it.

The owner stays alive throughout: only the application's end makes the result
unwanted. Once ``exec()`` has returned and the job has ended, the process prints one
JSON line: whether the result was delivered, how many jobs still ran when the loop
had ended, what the second ``finish_jobs()`` said (late only), whether the vault is
still open and whether the key bytes are zero.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from hjulet import services
from hjulet.app import tasks
from hjulet.app.tasks import finish_jobs, jobs_running, run_in_background
from hjulet.storage import keyslots
from tests.conftest import PASS
from tests.gate import WAIT_S, Gate


def _wait_for(what: object) -> None:
    """Wait without running the event loop (a delivery would mean the loop ran)."""
    deadline = time.monotonic() + WAIT_S
    while not what():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the job never ended"
        time.sleep(0.01)


def main(path: Path, when: str) -> int:
    app = QCoreApplication([sys.argv[0]])
    gate = Gate()
    owner = QObject()
    delivered: list[object] = []

    def work() -> tuple[services.Vault, bytearray]:
        vault = services.open_vault(path, PASS)
        key = bytearray(keyslots.unlock_with_passphrase(keyslots.read_slot_file(path), PASS))
        return vault, key

    if when in ("running", "late"):  # connected before any job: runs before the jobs' own
        # handler; the job is let go from another thread while finish_jobs waits (or not)
        delay_s = 0.3 if when == "running" else 1.0
        app.aboutToQuit.connect(lambda: threading.Timer(delay_s, gate.open).start())
    if when == "late":
        tasks.QUIT_WAIT_MS = 100
    run_in_background(gate(work), delivered.append, delivered.append, owner=owner)

    def end_the_loop() -> None:
        gate.wait_started()
        if when == "queued":
            gate.open()
            _wait_for(lambda: jobs_running() == 0)  # posted to this thread, not delivered
        app.quit()

    QTimer.singleShot(0, end_the_loop)
    app.exec()
    running_after_loop = jobs_running()  # at once: no wait of this script's own
    finished = finish_jobs() if when == "late" else None  # main's second, longer wait
    _wait_for(lambda: jobs_running() == 0 and bool(gate.results))
    vault, key = gate.results[0]
    print(
        json.dumps(
            {
                "delivered": len(delivered),
                "running_after_loop": running_after_loop,
                "finished": finished,
                "vault_open": vault.is_open,
                "key_zeroed": len(key) == 32 and key == bytearray(len(key)),
            }
        )
    )
    owner.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))

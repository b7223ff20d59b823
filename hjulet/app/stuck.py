"""Ending Hjulet when a lock waits for work that never ends.

A lock waits for running work (a PDF, backup or export being written) before it
closes the vault. A write that never returns (a network share gone dead, a stuck USB
stick) would keep the vault open, and its key in memory, for ever. A thread inside a
kernel write cannot be cancelled, and closing the database under it is worse than
waiting; ending the process is the only way to drop the key. Everything already
saved in the vault stays saved (the vault survives a killed process); the file being
written is not finished, and was never half-written under its own name.

So after :data:`STUCK_AFTER_MS` the finishing page says the work is stuck and offers
"Close Hjulet now"; with nobody at the keys for :data:`UNATTENDED_END_MS` while the
lock waits, Hjulet ends by itself and the next start says so (no personal data:
only that it happened). The reasoning is in docs/ARCHITECTURE.md, "Locking under work".
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from typing import TYPE_CHECKING, NoReturn

from hjulet.core.settings import ENDED_UNDER_STUCK_WORK

if TYPE_CHECKING:
    from hjulet.app.settings import Settings

log = logging.getLogger("hjulet.app")

# How long a lock waits before it says the work is stuck and offers to end Hjulet.
# Every write the lock waits for ends within seconds on a local disk (a PDF well under
# one, a backup of a year's caseload a few); 20 s is far past that, and short enough
# that a person who pressed Lock and waits is not left wondering.
STUCK_AFTER_MS = 20_000

# How long a lock waits for stuck work with nobody at the keys (no key, mouse or touch
# input since the lock began, or since the last input) before Hjulet ends by itself.
# Long enough for a slow but live network folder to finish a backup; short enough that
# an unattended laptop does not hold the vault's key for more than about a quarter of
# an hour in all (the idle lock's own default is 5 minutes).
UNATTENDED_END_MS = 10 * 60_000

# How long ending waits for its clean-up (the unfinished write's temp file removed, the
# note for the next start written): the clean-up itself may touch the dead share.
CLEANUP_WAIT_S = 2.0

# The process's exit status when it ended under stuck work.
EXIT_STUCK = 3


def end_process(settings: Settings, *, unattended: bool) -> NoReturn:
    """End the process now, under work that never ends: the key goes with the process.

    First, bounded by :data:`CLEANUP_WAIT_S` (the same dead share may hang any call,
    the log's included): one log line; the temp files of the writes under way
    (``.NAME.XXXXXXXX.part``, a plaintext copy) are removed; and, when ``unattended``,
    a note is kept for the next start. Where the
    operating system refuses to remove a file another thread holds open (Windows), the
    next write to the same file removes it (``storage.files.remove_leftovers``)."""
    from hjulet.storage.files import (  # (not needed by the first frame)
        remove_or_empty,
        temp_files_in_flight,
    )

    printing = sys.modules.get("hjulet.app.print_worker")
    if printing is not None:  # pages on their way to a printer that never answered
        printing.kill_workers()

    def clean_up() -> None:  # the log file, too, may lie on the dead share
        log.warning(
            "locking: the work in progress did not end; Hjulet ends now (%s)",
            "nobody at the keys" if unattended else "the user chose to",
        )
        for tmp in temp_files_in_flight():
            remove_or_empty(tmp)
        if unattended:
            settings.set(ENDED_UNDER_STUCK_WORK, True)
        settings.sync()
        for handler in logging.getLogger().handlers:
            with contextlib.suppress(Exception):
                handler.flush()

    worker = threading.Thread(target=clean_up, name="hjulet-end", daemon=True)
    worker.start()
    worker.join(CLEANUP_WAIT_S)
    os._exit(EXIT_STUCK)


def take_ended_note(settings: Settings) -> bool:
    """True once after Hjulet ended itself under stuck work (the note is cleared)."""
    if not settings.get(ENDED_UNDER_STUCK_WORK):
        return False
    settings.set(ENDED_UNDER_STUCK_WORK, False)
    settings.sync()
    return True

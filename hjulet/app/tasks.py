"""Slow work off the GUI thread (key derivation, PDFs, backups, imports).

``run_in_background(fn, on_done, on_error)`` runs ``fn`` in Qt's global thread
pool and delivers its result or exception back on the GUI thread through a
queued signal. Workers never touch widgets.

Quitting never tears Python down under a running job (that aborted the process
with SIGABRT): windows wait while ``jobs_running()`` is non-zero, and
``finish_jobs()`` (called once the event loop has ended) waits for what is still
running. A job that ends after that delivers nothing; an object it returns with a
``close()`` method (an opened vault) is closed, so no key is left behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from hjulet.services.paths import log_exception

log = logging.getLogger("hjulet.app")


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


_state_lock = threading.Lock()
_running = 0
_closing = False


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge

    def run(self) -> None:
        global _running
        try:
            try:
                result = self.fn()
            except BaseException as exc:  # delivered to the GUI thread, never lost
                self._deliver(self.bridge.failed, exc)
            else:
                self._deliver(self.bridge.done, result)
        finally:
            with _state_lock:
                _running -= 1

    def _deliver(self, signal: Any, value: Any) -> None:
        with _state_lock:
            closing = _closing
        if not closing:
            try:
                signal.emit(value)
                return
            except RuntimeError:  # the receiver is gone: treat as closing
                pass
        if isinstance(value, BaseException):
            log_exception(log, "a background job failed while the app was closing", value)
        elif callable(getattr(value, "close", None)):
            try:
                value.close()
            except Exception as exc:
                log_exception(log, "closing a late job result failed", exc)


_live: set[_Bridge] = set()


def jobs_running() -> int:
    """How many background jobs have started and not yet finished."""
    with _state_lock:
        return _running


def finish_jobs(timeout_ms: int = 120_000) -> bool:
    """Stop delivering results and wait for running jobs; True when none is left."""
    global _closing
    with _state_lock:
        _closing = True
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    global _running
    bridge = _Bridge()
    _live.add(bridge)

    @Slot(object)
    def done(result: Any) -> None:
        _live.discard(bridge)
        on_done(result)

    @Slot(object)
    def failed(exc: BaseException) -> None:
        _live.discard(bridge)
        on_error(exc)

    bridge.done.connect(done)
    bridge.failed.connect(failed)
    with _state_lock:
        _running += 1
    QThreadPool.globalInstance().start(_Job(fn, bridge))

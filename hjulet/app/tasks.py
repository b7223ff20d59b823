"""Slow work off the GUI thread (key derivation, PDFs, backups, imports).

``run_in_background(fn, on_done, on_error, owner=...)`` runs ``fn`` in Qt's global
thread pool and delivers its result or exception back on the GUI thread through a
queued signal. Workers never touch widgets.

A result goes only to an owner that still wants it. ``owner`` is the dialog or
window that started the job: once it is destroyed, or once the job is cancelled
(``BackgroundJob.cancel()``, e.g. the user closed an unlock dialog while the key
was being derived), neither callback runs. A result that nobody takes is
discarded: an object with a ``close()`` method (an opened vault) is closed, so its
keys are wiped, and so is each such item of a tuple or list; a ``bytearray`` is
zeroed; a caller with more to undo (a half-made vault folder) passes ``discard``.

Quitting never tears Python down under a running job (that aborted the process
with SIGABRT): windows wait while ``jobs_running()`` is non-zero, and
``finish_jobs()`` (called once the event loop has ended) waits for what is still
running. A job that ends after that delivers nothing; its result is discarded the
same way, so no key is left behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from hjulet.services.paths import log_exception

log = logging.getLogger("hjulet.app")

_state_lock = threading.Lock()
_running = 0
_closing = False


def discard_result(value: Any) -> None:
    """What happens to a result nobody took: close what can be closed, zero a buffer."""
    if isinstance(value, tuple | list):
        for item in value:
            discard_result(item)
    elif isinstance(value, bytearray):
        value[:] = bytes(len(value))
    elif callable(getattr(value, "close", None)):
        try:
            value.close()
        except Exception as exc:
            log_exception(log, "closing a result nobody took failed", exc)


class BackgroundJob(QObject):
    """One job's way back to the GUI thread, and its handle for the caller.

    It lives on the GUI thread and has no parent. ``_live`` holds it until its
    result or failure has been delivered or discarded; then it is deleted on the GUI
    thread (``deleteLater``), so whichever thread drops the last Python reference
    (the worker's runnable, the caller's handle) never deletes a QObject of another
    thread. The handle's ``running``, ``cancelled`` and ``cancel()`` still work after.
    """

    _done = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject,
        discard: Callable[[Any], None],
    ) -> None:
        super().__init__()
        self._on_done: Callable[[Any], None] | None = on_done
        self._on_error: Callable[[BaseException], None] | None = on_error
        self._discard = discard
        self._running = True
        owner.destroyed.connect(self.cancel)
        self._done.connect(self._deliver_done)
        self._failed.connect(self._deliver_failed)

    @property
    def running(self) -> bool:
        """True until the job's result or failure has come back to the GUI thread."""
        return self._running

    @property
    def cancelled(self) -> bool:
        return self._on_done is None

    @Slot()
    def cancel(self) -> None:
        """Nobody wants the result any more: it is discarded when it comes."""
        self._on_done = None
        self._on_error = None

    def _finish(self) -> None:
        self._running = False
        self.deleteLater()  # on this (the GUI) thread; forgotten by _live afterwards

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._finish()
        on_done = self._on_done
        self.cancel()  # delivered once
        if on_done is None:
            self._discard(result)
            return
        on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc: BaseException) -> None:
        self._finish()
        on_error = self._on_error
        self.cancel()
        if on_error is None:
            log.debug("a job ended after its window closed: %s dropped", type(exc).__name__)
            return
        on_error(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], job: BackgroundJob) -> None:
        super().__init__()
        self.fn = fn
        self.job = job

    def run(self) -> None:
        global _running
        try:
            try:
                result = self.fn()
            except BaseException as exc:  # delivered to the GUI thread, never lost
                self._deliver(self.job._failed, exc)
            else:
                self._deliver(self.job._done, result)
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
        else:
            self.job._discard(value)


_live: set[BackgroundJob] = set()


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
    *,
    owner: QObject,
    discard: Callable[[Any], None] = discard_result,
) -> BackgroundJob:
    """Run ``fn`` off the GUI thread; ``on_done(result)`` or ``on_error(exc)`` runs on
    the GUI thread, unless ``owner`` was destroyed or the job cancelled first: then a
    result is handed to ``discard`` (by default closed or zeroed) and a failure dropped.

    ``owner`` is required: every result has a receiver whose life it follows (the
    dialog or window whose callbacks these are)."""
    global _running
    for done in [j for j in _live if not j.running and not isValid(j)]:
        _live.discard(done)  # delivered and deleted on the GUI thread: safe to let go
    job = BackgroundJob(on_done, on_error, owner, discard)
    _live.add(job)
    with _state_lock:
        _running += 1
    QThreadPool.globalInstance().start(_Job(fn, job))
    return job

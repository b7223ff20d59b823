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
``finish_jobs()`` waits for what is still running once the event loop has ended.

A result is never lost on its way back. A worker hands it to its job under a lock
and then posts a wake-up to the GUI thread; the GUI thread takes it from the job. If
the event loop ends first, that wake-up is never processed, so ``finish_jobs()``
(run by the application's ``aboutToQuit``, and again by ``main``) takes every
result still waiting and discards it; a job that ends after that discards its own
result on its worker thread. So an opened vault is closed and a key zeroed whether
its job ended before the loop did, while the application was quitting, or after.

Every job's end is heard: a listener (``hear_endings``; the vault session while a
lock waits for work) is told, on the GUI thread, that a job ended and whether it
failed, with the job's ``told`` lines (what to say when it was done, and when it
failed: translated, nothing personal), whether or not its owner was still there to
take the result. So a lock that closed a dialog (or the window holding it) can still
say afterwards whether the file it waited for was written.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from hjulet.services.paths import log_exception

log = logging.getLogger("hjulet.app")

# How long the application, once its event loop has ended (``aboutToQuit``), waits for
# running jobs before it leaves them to discard their own results. The usual jobs
# end well within it: an unlock is one key derivation (about 0.8 s at the product's
# Argon2id parameters on a 2-core machine; a slow laptop a few times that), a
# passphrase change two. No window can be used by then, so the wait freezes nothing a
# person could still click; ``main`` then waits longer, only so as never to tear
# Python down under a running job (a long backup).
QUIT_WAIT_MS = 10_000

_state_lock = threading.Lock()  # guards the three below and each job's ``_outcome``
_running = 0
_closing = False
_waiting: set[BackgroundJob] = set()  # results handed over, not yet taken on the GUI thread

# (said when the job was done, said when it failed): plain translated lines, nothing
# personal (no file name or path: a path can hold a child's name)
Told = tuple[str, str]
# heard on the GUI thread when a job ends: (its told lines or None, whether it failed)
EndingListener = Callable[["Told | None", bool], None]
_listeners: list[EndingListener] = []


def hear_endings(listener: EndingListener) -> None:
    """From now on, ``listener`` hears every job's end (GUI thread)."""
    if listener not in _listeners:
        _listeners.append(listener)


def stop_hearing(listener: EndingListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _ended(told: Told | None, failed: bool) -> None:
    for listener in list(_listeners):
        try:
            listener(told, failed)
        except Exception as exc:  # a listener's fault never loses the result
            log_exception(log, "a listener of a job's end failed", exc)


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


def _drop(failed: bool, value: Any, discard: Callable[[Any], None]) -> None:
    """A result or failure that nobody will take (the owner or the application is gone)."""
    if failed:
        log.debug("a job ended with nobody to tell: %s dropped", type(value).__name__)
    else:
        discard(value)


class BackgroundJob(QObject):
    """One job's way back to the GUI thread, and its handle for the caller.

    It lives on the GUI thread and has no parent. ``_live`` holds it until its
    result or failure has been delivered or discarded; then it is deleted on the GUI
    thread (``deleteLater``), so whichever thread drops the last Python reference
    (the worker's runnable, the caller's handle) never deletes a QObject of another
    thread. The handle's ``running``, ``cancelled`` and ``cancel()`` still work after.
    """

    _arrived = Signal()

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject,
        discard: Callable[[Any], None],
        told: Told | None = None,
    ) -> None:
        super().__init__()
        self.told = told
        self._on_done: Callable[[Any], None] | None = on_done
        self._on_error: Callable[[BaseException], None] | None = on_error
        self._discard = discard
        self._running = True
        self._owner: QObject | None = owner
        self._outcome: tuple[bool, Any] | None = None  # (failed, value), under _state_lock
        owner.destroyed.connect(self.cancel)
        owner.destroyed.connect(self._forget_owner)
        self._arrived.connect(self._deliver)

    @property
    def running(self) -> bool:
        """True until the job's result or failure has come back to the GUI thread."""
        return self._running

    @property
    def owner(self) -> QObject | None:
        """The object the result goes to (None once it is destroyed)."""
        return self._owner

    @Slot()
    def _forget_owner(self) -> None:
        self._owner = None

    @property
    def cancelled(self) -> bool:
        return self._on_done is None

    @Slot()
    def cancel(self) -> None:
        """Nobody wants the result any more: it is discarded when it comes."""
        self._on_done = None
        self._on_error = None

    def _hand_over(self, failed: bool, value: Any) -> None:
        """On the worker thread: keep the outcome for the GUI thread and wake it, or,
        once the application is closing, drop it here and now."""
        with _state_lock:
            closing = _closing
            if not closing:
                self._outcome = (failed, value)
                _waiting.add(self)
        if closing:
            _drop(failed, value, self._discard)
            return
        try:
            self._arrived.emit()
        except RuntimeError:  # the job's Qt side is gone with the application
            self._drop_waiting()

    def _take(self) -> tuple[bool, Any] | None:
        with _state_lock:
            outcome, self._outcome = self._outcome, None
            _waiting.discard(self)
        return outcome

    def _drop_waiting(self) -> None:
        """The result waits for a GUI thread that will never take it: discard it."""
        outcome = self._take()
        if outcome is not None:
            self.cancel()
            _drop(*outcome, self._discard)

    @Slot()
    def _deliver(self) -> None:
        outcome = self._take()
        if outcome is None:
            return  # discarded already: the application was closing
        self._running = False
        self.deleteLater()  # on this (the GUI) thread; forgotten by _live afterwards
        failed, value = outcome
        on_done, on_error = self._on_done, self._on_error
        self.cancel()  # delivered once
        _ended(self.told, failed)  # heard whether or not its owner is still there
        if on_done is None or on_error is None:
            _drop(failed, value, self._discard)
        elif failed:
            on_error(value)
        else:
            on_done(value)


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
                self.job._hand_over(True, exc)
            else:
                self.job._hand_over(False, result)
        finally:
            with _state_lock:
                _running -= 1


_live: set[BackgroundJob] = set()


def jobs_running() -> int:
    """How many background jobs have started and not yet finished."""
    with _state_lock:
        return _running


def work_in_progress() -> bool:
    """True while a job runs, or its result has not yet reached the GUI thread.

    A job has stopped running before its result is delivered (the wake-up waits in
    the event queue): whoever waits for work to end before closing the vault (the
    lock) waits for the delivery too, so the result's receiver still finds the vault
    open (a deletion is told to the caseload, a "done" to its dialog)."""
    with _state_lock:
        return _running > 0 or bool(_waiting)


def owns_running_work(obj: QObject) -> bool:
    """True while a job whose owner is ``obj`` or lies inside it (a child widget)
    is running or its result is still on its way (GUI thread only)."""
    for job in _live:
        if not job.running or job.cancelled or not isValid(job):
            continue
        owner = job.owner
        while owner is not None and isValid(owner):
            if owner is obj:
                return True
            owner = owner.parent()
    return False


def finish_jobs(timeout_ms: int = 120_000) -> bool:
    """The event loop has ended: stop delivering results, wait up to ``timeout_ms``
    for running jobs, and discard every result that came back but was never taken.
    A job still running after that discards its own result when it ends. True when
    no job is left running."""
    global _closing
    with _state_lock:
        _closing = True
    done = bool(QThreadPool.globalInstance().waitForDone(timeout_ms))
    with _state_lock:
        waiting = list(_waiting)
    for job in waiting:
        job._drop_waiting()
    return done


def _on_about_to_quit() -> None:
    if not finish_jobs(QUIT_WAIT_MS):
        log.warning("background work still running at quit: its result will be discarded")


def _watch_quit() -> None:
    """Have the application discard results in flight when it quits (once per app)."""
    app = QCoreApplication.instance()
    if app is not None and not app.property("hjuletJobsWatched"):
        app.setProperty("hjuletJobsWatched", True)
        app.aboutToQuit.connect(_on_about_to_quit)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    owner: QObject,
    discard: Callable[[Any], None] = discard_result,
    told: Told | None = None,
) -> BackgroundJob:
    """Run ``fn`` off the GUI thread; ``on_done(result)`` or ``on_error(exc)`` runs on
    the GUI thread, unless ``owner`` was destroyed or the job cancelled first, or the
    application's event loop ended: then a result is handed to ``discard`` (by default
    closed or zeroed) and a failure dropped.

    ``owner`` is required: every result has a receiver whose life it follows (the
    dialog or window whose callbacks these are). ``told``: what to say of its end
    if the person may not see its dialog say it (a lock closed it meanwhile)."""
    global _running
    _watch_quit()
    for done in [j for j in _live if not j.running and not isValid(j)]:
        _live.discard(done)  # delivered and deleted on the GUI thread: safe to let go
    job = BackgroundJob(on_done, on_error, owner, discard, told)
    _live.add(job)
    with _state_lock:
        _running += 1
    QThreadPool.globalInstance().start(_Job(fn, job))
    return job

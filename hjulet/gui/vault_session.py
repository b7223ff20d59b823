"""The open vault's life, in one object: open, lock (by hand or when idle), close.

:class:`VaultSession` holds the open :class:`~hjulet.services.Vault` and says what
happens to it through signals, so no window needs to know who opened it:

``opened``
    A vault was opened (after unlock, recovery, the wizard or the demo).
``locking``
    The vault is about to close and is still open: note where you are and save
    what is pending now. Then the windows the session owns save and close.
``locked``
    The vault is closed and the keys dropped: clear what showed it.

``conversation_closed``
    A conversation window the session owned closed (its work is saved): views
    that show the conversation's results may refresh.

Windows that work on the open vault are handed the session when they open and
the session owns them (:meth:`own`): a conversation window, child mode started for
a child. Each is told to save and close when the vault locks, and may ask for a
lock (:meth:`request_lock`). When the vault locks the session notes which
conversation windows were open (:class:`Resume`, ids only, in memory only); after
the same vault is unlocked again the shell reopens them (:meth:`take_resume`).
Idle time locks the vault, except while a child's screen is showing: an adult is
present, so the screen is covered instead.

No lock (by hand or idle) ever closes the vault under running background work (a
passphrase or recovery key being changed, a backup, export or PDF being written, a
child being exported and then deleted): closing the database and dropping the key
under it would leave the work half-done, and its dialog would never say whether it
happened. Instead the lock starts at once and *finishes* when the work has ended:

``finishing_started``
    Work is running: the views hide what they show and take no new work, the
    owned windows save and close, the dialogs doing the work stay to show its
    end. The ``finishing`` property stays True until ``locked``.

The lock completes as soon as no job runs and no result is still on its way to the
GUI thread (its receiver finds the vault open). The database is never closed under a
write; work that does not end is met by ending the process (``app.stuck``):

``stuck``
    The lock has waited ``stuck_after_ms``: say the work is stuck and offer to
    close Hjulet now.
``abandoned``
    Nobody has touched the keys for ``unattended_end_ms`` while the lock waited:
    Hjulet ends by itself (the receiver ends the process).

While a lock waits, every job's end is heard (``app.tasks.hear_endings``); once
locked, ``told_after_lock`` holds one line per kind of work the lock waited for:
done or failed, translated, nothing personal (a dialog that would have said it may
have closed with its window). See docs/ARCHITECTURE.md, "Locking under work".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from hjulet import services
from hjulet.app.idle import IdleWatcher
from hjulet.app.tasks import Told, hear_endings, stop_hearing, work_in_progress

LOCK_RETRY_MS = 100  # a lock waiting for running work: look again this often

# child mode loads only when first used; until then no child's screen can be open
CHILD_MODE_MODULE = "hjulet.gui.child_mode.window"


@dataclass(frozen=True)
class Resume:
    """Where the user was when the vault locked (ids only, in memory only)."""

    path: Path
    child_id: int | None = None
    conversation_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Owned:
    """A window the session owns, and how to end it."""

    window: QWidget
    save_and_close: Callable[[], None]
    conversation_id: int | None  # a conversation window: reopened after unlock
    child_id: int | None
    discard: Callable[[], None] | None  # close without saving (its child was deleted)


class VaultSession(QObject):
    """One vault at a time: its path, the open vault, the idle lock, its windows."""

    opened = Signal()
    locking = Signal()  # about to close the vault: windows save what is pending
    locked = Signal()
    finishing_started = Signal()  # a lock waits for running work: hide, save, take no new work
    conversation_closed = Signal(int)  # conversation id: an owned conversation window closed
    stuck = Signal()  # a lock has waited long for work: offer to close Hjulet now
    abandoned = Signal()  # ... with nobody at the keys for long: Hjulet ends by itself

    def __init__(self, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: services.Vault | None = None
        self.path: Path | None = None  # the vault open, or last opened or asked for
        self._windows: dict[int, _Owned] = {}  # the windows it owns, in the order opened
        self.resume: Resume | None = None  # where the user was when the vault last locked
        self._next_key = 0
        self.idle = IdleWatcher(idle_minutes * 60_000, self)
        self.idle.idle.connect(self._idle_timeout)  # it watches input while a vault is open
        self._lock_retry = QTimer(self)  # a lock waiting for running work to end
        self._lock_retry.setSingleShot(True)
        self._lock_retry.setInterval(LOCK_RETRY_MS)
        self._lock_retry.timeout.connect(self._lock_when_work_ends)
        self._finishing = False
        from hjulet.app.stuck import STUCK_AFTER_MS, UNATTENDED_END_MS

        self.stuck_after_ms = STUCK_AFTER_MS  # (tests make these short)
        self.unattended_end_ms = UNATTENDED_END_MS
        self._stuck_timer = QTimer(self)
        self._stuck_timer.setSingleShot(True)
        self._stuck_timer.timeout.connect(self._work_stuck)
        self._away = IdleWatcher(self.unattended_end_ms, self)  # input while a lock waits
        self._away.idle.connect(self._nobody_there)
        self._is_stuck = False
        self._heard: list[str] = []
        self.told_after_lock: tuple[str, ...] = ()  # what the work the lock waited for did

    @property
    def is_stuck(self) -> bool:
        """A lock has waited ``stuck_after_ms`` for work that has not ended."""
        return self._is_stuck

    @property
    def is_open(self) -> bool:
        return self.vault is not None

    @property
    def finishing(self) -> bool:
        """A lock has started and waits for running work to end (the vault is still open)."""
        return self._finishing

    @property
    def usable(self) -> bool:
        """A vault is open and no lock is under way: new work may start."""
        return self.vault is not None and not self._finishing

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_timeout(minutes * 60_000)

    # -- the vault's life -------------------------------------------------------
    def open(self, vault: services.Vault, path: Path) -> None:
        """Take ``vault`` (opened at ``path``) as the open vault; another one is closed."""
        if self.vault is not None and self.vault is not vault:
            self.vault.close()
        self.vault = vault
        self.path = path
        self.told_after_lock = ()
        self.idle.start()
        self.opened.emit()

    def lock(self) -> None:
        """Note where the user is, save what is pending everywhere, close the windows,
        close the database. Under running work the lock finishes once the work has
        ended (``finishing`` first); the vault is never closed under a job."""
        if self.vault is not None and self.path is not None and not self._finishing:
            self.resume = Resume(self.path, conversation_ids=self.conversation_ids())
        if self.vault is not None and work_in_progress():
            if not self._finishing:
                self._finishing = True
                self.idle.stop()
                self._heard = []
                hear_endings(self._heard_end)
                self._stuck_timer.start(self.stuck_after_ms)
                self._away.set_timeout(self.unattended_end_ms)
                self._away.start()
                self.finishing_started.emit()
                self._close_windows()
            self._lock_retry.start()
            return
        self._lock_retry.stop()
        if self._finishing:
            self.told_after_lock = tuple(self._heard)
        self._stop_finishing()
        self.locking.emit()
        self._close_windows()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.idle.stop()
        self.locked.emit()

    def close(self) -> None:
        """The app quits (once no work runs): save what is pending and close the database."""
        self._lock_retry.stop()
        self._stop_finishing()
        if self.vault is not None:
            self.locking.emit()
            self._close_windows()
            self.vault.close()
            self.vault = None
        self.idle.stop()

    def note_child(self, child_id: int | None) -> None:
        """While ``locking``: the child whose page was showing, to return to after unlock."""
        if self.resume is not None:
            self.resume = replace(self.resume, child_id=child_id)

    def take_resume(self) -> Resume | None:
        """Where to go on after unlock: the place noted when this same vault locked
        (None for another vault). Taken once."""
        resume, self.resume = self.resume, None
        if resume is None or resume.path != self.path:
            return None
        return resume

    # -- its windows ---------------------------------------------------------------
    def own(
        self,
        window: QWidget,
        save_and_close: Callable[[], None],
        *,
        conversation_id: int | None = None,
        child_id: int | None = None,
        discard: Callable[[], None] | None = None,
    ) -> None:
        """``window`` works on the open vault: ``save_and_close`` runs when it locks.

        A conversation window says which conversation (``conversation_id``, reopened
        after unlock) and child (``child_id``); ``discard`` closes it without saving
        when its child is deleted."""
        self._next_key += 1
        key = self._next_key  # not id(window): a Python wrapper's id can be reused
        self._windows[key] = _Owned(window, save_and_close, conversation_id, child_id, discard)
        window.destroyed.connect(lambda *_: self._forget(key))

    def _forget(self, key: int) -> None:
        owned = self._windows.pop(key, None)
        if owned is not None and owned.conversation_id is not None:
            self.conversation_closed.emit(owned.conversation_id)

    def _close_windows(self) -> None:
        windows, self._windows = self._windows, {}
        for owned in windows.values():
            owned.save_and_close()

    def conversation_windows(self) -> list[QWidget]:
        """The conversation windows open now, in the order they were opened."""
        return [o.window for o in self._windows.values() if o.conversation_id is not None]

    def conversation_ids(self) -> tuple[int, ...]:
        """The conversations open in windows now."""
        return tuple(
            o.conversation_id for o in self._windows.values() if o.conversation_id is not None
        )

    def conversation_window(self, conversation_id: int) -> QWidget | None:
        """The window open on ``conversation_id``, if any."""
        for o in self._windows.values():
            if o.conversation_id == conversation_id:
                return o.window
        return None

    def child_deleted(self, child_id: int) -> None:
        """``child_id`` is gone from the vault: its windows close without saving
        (there is nothing left to save into)."""
        for o in list(self._windows.values()):
            if o.child_id == child_id and o.discard is not None:
                o.discard()

    def child_screens(self) -> list[QWidget]:
        """The child-mode windows showing now (a child may be at the keys)."""
        child_mode = sys.modules.get(CHILD_MODE_MODULE)
        if child_mode is None:
            return []
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, child_mode.ChildModeWindow) and w.isVisible()
        ]

    def request_lock(self) -> None:
        """Ctrl+L or a window's lock button: lock, except over child mode, where a
        child may be at the keys (leaving needs the adult's secret): cover it instead."""
        active = QApplication.activeWindow()
        if active is not None and active in self.child_screens():
            active.cover()  # type: ignore[attr-defined]
            return
        self.lock()

    def _idle_timeout(self) -> None:
        """Idle: lock. In child mode an adult is present, so cover the screen instead."""
        screens = self.child_screens()
        if screens:
            for w in screens:
                w.cover()  # type: ignore[attr-defined]
            self.idle.start()
            return
        self.lock()

    def _lock_when_work_ends(self) -> None:
        if self.vault is None or not self._finishing:
            self._stop_finishing()
            return  # locked meanwhile
        self.lock()

    def _stop_finishing(self) -> None:
        self._finishing = False
        self._is_stuck = False
        self._stuck_timer.stop()
        self._away.stop()
        stop_hearing(self._heard_end)

    def _work_stuck(self) -> None:
        if self._finishing:
            self._is_stuck = True
            self.stuck.emit()

    def _nobody_there(self) -> None:
        if self._finishing:
            self.abandoned.emit()

    def _heard_end(self, told: Told | None, failed: bool) -> None:
        """A job ended while the lock waited: keep what to say of it (once a kind)."""
        if told is None:
            told = (
                QCoreApplication.translate(
                    "VaultSession", "The work in progress when the vault locked has ended."
                ),
                QCoreApplication.translate(
                    "VaultSession",
                    "The work in progress when the vault locked failed. Do it again after "
                    "unlocking.",
                ),
            )
        line = told[1] if failed else told[0]
        if line not in self._heard:
            self._heard.append(line)

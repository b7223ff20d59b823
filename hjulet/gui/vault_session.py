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

Windows that work on the open vault are handed the session when they open and
the session owns them (:meth:`own`): a conversation window, child mode started for
a child. Each is told to save and close when the vault locks, and may ask for a
lock (:meth:`request_lock`).
Idle time locks the vault, except while a child's screen is showing: an adult is
present, so the screen is covered instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from hjulet import services
from hjulet.app.idle import IdleWatcher

# child mode loads only when first used; until then no child's screen can be open
CHILD_MODE_MODULE = "hjulet.gui.child_mode.window"


class VaultSession(QObject):
    """One vault at a time: its path, the open vault, the idle lock, its windows."""

    opened = Signal()
    locking = Signal()  # about to close the vault: windows save what is pending
    locked = Signal()

    def __init__(self, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault: services.Vault | None = None
        self.path: Path | None = None  # the vault open, or last opened or asked for
        self._windows: dict[int, Callable[[], None]] = {}  # owned windows: how each closes
        self._next_key = 0
        self.idle = IdleWatcher(idle_minutes * 60_000, self)
        self.idle.idle.connect(self._idle_timeout)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    @property
    def is_open(self) -> bool:
        return self.vault is not None

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_timeout(minutes * 60_000)

    # -- the vault's life -------------------------------------------------------
    def open(self, vault: services.Vault, path: Path) -> None:
        """Take ``vault`` (opened at ``path``) as the open vault; another one is closed."""
        if self.vault is not None and self.vault is not vault:
            self.vault.close()
        self.vault = vault
        self.path = path
        self.idle.start()
        self.opened.emit()

    def lock(self) -> None:
        """Save what is pending everywhere, close the windows, close the database."""
        self.locking.emit()
        self._close_windows()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.idle.stop()
        self.locked.emit()

    def close(self) -> None:
        """The app quits: save what is pending and close the database."""
        if self.vault is not None:
            self.locking.emit()
            self._close_windows()
            self.vault.close()
            self.vault = None
        self.idle.stop()

    # -- its windows ---------------------------------------------------------------
    def own(self, window: QWidget, save_and_close: Callable[[], None]) -> None:
        """``window`` works on the open vault: ``save_and_close`` runs when it locks."""
        self._next_key += 1
        key = self._next_key  # not id(window): a Python wrapper's id can be reused
        self._windows[key] = save_and_close
        window.destroyed.connect(lambda *_: self._windows.pop(key, None))

    def _close_windows(self) -> None:
        windows, self._windows = self._windows, {}
        for save_and_close in windows.values():
            save_and_close()

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

"""Slow work off the GUI thread (key derivation, PDFs, backups, imports).

``run_in_background(fn, on_done, on_error)`` runs ``fn`` in Qt's global thread
pool and delivers its result or exception back on the GUI thread through a
queued signal. Workers never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


_live: set[_Bridge] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
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
    QThreadPool.globalInstance().start(_Job(fn, bridge))

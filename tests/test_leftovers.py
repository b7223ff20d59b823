"""The autouse leftover check in tests/conftest.py sees what a test leaves behind."""

from __future__ import annotations

import os
import subprocess
from typing import Any

from tests.conftest import _children, _open_windows


def test_a_child_process_is_seen_until_it_ends() -> None:
    before = _children(os.getpid())
    proc = subprocess.Popen(["sleep", "60"])
    try:
        assert proc.pid in _children(os.getpid()) - before
    finally:
        proc.kill()
        proc.wait()
    assert proc.pid not in _children(os.getpid())


def test_a_shown_window_is_seen_until_it_closes(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    assert id(w) not in _open_windows()
    w.show()
    assert id(w) in _open_windows()
    w.close()
    assert id(w) not in _open_windows()


def test_a_widget_given_to_qtbot_outlives_the_cycle_collector(qtbot: Any) -> None:
    # a parentless window in a reference cycle, as a window and its helpers make one:
    # without the hold in tests/conftest.py the collector deletes it while the test's
    # events may still be on their way to it (a segfault seen in the suite)
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    w = QWidget()
    w.helper = [w]  # type: ignore[attr-defined]  # the cycle
    qtbot.addWidget(w)
    ref = weakref.ref(w)
    del w
    gc.collect()
    alive = ref()
    assert alive is not None
    assert alive.isWindow()

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

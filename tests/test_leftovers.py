"""The autouse leftover check in tests/conftest.py sees what a test leaves behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import _children, _open_windows

ROOT = Path(__file__).resolve().parents[1]


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


def test_a_test_that_never_ends_fails_and_says_where_it_waited(tmp_path: Path) -> None:
    # the suite's own limits (pyproject.toml) at 2 and 4 s instead of 540 and 600: a
    # test waiting forever has its stack printed, fails by name, and the run goes on
    (tmp_path / "test_forever.py").write_text(
        "import threading\n\n"
        "def test_waits_forever():\n"
        "    threading.Event().wait()\n\n"
        "def test_after_it():\n"
        "    pass\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml")),
            *("--rootdir", str(tmp_path), "-p", "no:cacheprovider", "-n", "1"),
            *("-o", "faulthandler_timeout=2", "-o", "timeout=4"),
            str(tmp_path / "test_forever.py"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode != 0
    assert 'test_forever.py", line 4 in test_waits_forever' in run.stderr, run.stderr[-3000:]
    assert "crashed while running 'test_forever.py::test_waits_forever'" in run.stdout
    assert "1 failed, 1 passed" in run.stdout, run.stdout[-3000:]  # the next one ran

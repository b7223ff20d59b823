"""Test set-up shared by every layer.

The offscreen Qt platform is chosen here, before anything imports Qt. Tests of
core/storage/reports/services never create a QApplication; GUI tests use
pytest-qt's ``qtbot`` (which creates the single QApplication).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# Read-aloud uses Qt's mock speech engine in tests (and in the app processes they start),
# so no test spawns a speech-dispatcher except the one that means to (test_speech.py).
os.environ.setdefault("HJULET_TTS_ENGINE", "mock")

import pytest

from hjulet.core.catalog import Catalog, load_catalog

PASS = "correct horse battery staple"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[object]:
    """A fresh, open vault on disk (real SQLCipher, fast key derivation).

    Its recovery key is confirmed (as after the first-run wizard), so ``check``
    reports only real problems.
    """
    from hjulet.services import confirm_recovery_key, create_vault
    from hjulet.storage.keyslots import FAST_KDF

    v, recovery = create_vault(vault_path, PASS, name="Testvalv", kdf=FAST_KDF)
    confirm_recovery_key(v, recovery)
    yield v
    v.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> Path:
    """A closed vault like ``vault``, filled with the demo children: made once per session
    (per worker) and only ever copied, never opened in place."""
    from hjulet.services import confirm_recovery_key, create_vault
    from hjulet.services.demo import populate_demo
    from hjulet.storage.keyslots import FAST_KDF

    path = tmp_path_factory.mktemp("demo-template") / "vault"
    v, recovery = create_vault(path, PASS, name="Testvalv", kdf=FAST_KDF)
    with v:
        confirm_recovery_key(v, recovery)
        populate_demo(v, catalog)
    return path


@pytest.fixture
def demo_vault(demo_template: Path, vault_path: Path) -> Iterator[object]:
    """An open vault at ``vault_path`` holding the demo children: the test's own copy of
    ``demo_template`` (real files; filling a vault is the slow part, opening is fast)."""
    from hjulet.services import open_vault

    shutil.copytree(demo_template, vault_path)
    v = open_vault(vault_path, PASS)
    yield v
    v.close()


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR (0700) with a short path: a daemon's socket in it must fit
    the 107 bytes of a Unix socket address, which a deep ``tmp_path`` outgrows."""
    path = Path(tempfile.mkdtemp(prefix="hj-run-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


# --------------------------------------------------------------------------- leftovers


def _children(pid: int) -> set[int]:
    """Live processes started by ``pid`` and by their children (Linux; elsewhere none)."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            threads = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for tid in threads:
            try:
                with open(f"/proc/{parent}/task/{tid}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                continue
            for kid in kids:
                if kid not in found and not _is_zombie(kid):
                    found.add(kid)
                    todo.append(kid)
    return found


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except (OSError, IndexError):
        return True  # gone


def _session_workers() -> set[int]:
    """Read-aloud workers: shared by the whole app and killed when it quits, by design."""
    speech = sys.modules.get("hjulet.gui.speech")
    if speech is None:
        return set()
    return {w.pid for w in speech.ReadAloud._workers.values() if w.alive and w.pid}


def _open_windows() -> set[int]:
    """Visible top-level widgets (ids), if this process has a QApplication."""
    if "PySide6.QtWidgets" not in sys.modules:
        return set()
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return set()
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _describe_windows(ids: set[int]) -> list[str]:
    from PySide6.QtWidgets import QApplication

    return [
        f"{type(w).__name__} {w.windowTitle()!r}"
        for w in QApplication.topLevelWidgets()
        if id(w) in ids
    ]


def _close_windows(ids: set[int]) -> None:
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if id(w) in ids:
            w.close()
            w.deleteLater()


@pytest.fixture(autouse=True)
def _nothing_left_behind() -> Iterator[None]:
    """Fail a test that leaves a top-level window open, a child process or a background
    job running.

    Windows and processes that existed before the test (a module's fixtures) are not
    counted. What a test left is closed or killed here, so it fails alone.
    """
    windows, procs = _open_windows(), _children(os.getpid())
    yield
    left_windows = _open_windows() - windows
    left_procs = _children(os.getpid()) - procs - _session_workers()
    end = time.monotonic() + 5.0  # a process that was told to stop may take a moment
    while left_procs and time.monotonic() < end:
        time.sleep(0.05)
        left_procs = {p for p in left_procs if not _is_zombie(p)} - _session_workers()
    problems = []
    jobs = _jobs_left_running()
    if jobs:
        problems.append(f"background jobs left running: {jobs}")
    if left_windows:
        problems.append(f"windows left open: {_describe_windows(left_windows)}")
        _close_windows(left_windows)
    if left_procs:
        problems.append(f"processes left running: {sorted(left_procs)} ({_cmdlines(left_procs)})")
        for pid in left_procs:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
    if problems:
        pytest.fail("; ".join(problems), pytrace=False)


def _jobs_left_running(wait_s: float = 10.0) -> int:
    """Background jobs (``app.tasks``) still running ``wait_s`` after the test: each
    holds one of Qt's pool threads (as many as the machine has cores), so the next
    tests' unlocks and saves queue behind it and time out far from the cause."""
    tasks = sys.modules.get("hjulet.app.tasks")
    if tasks is None:
        return 0
    end = time.monotonic() + wait_s
    while tasks.jobs_running() and time.monotonic() < end:
        time.sleep(0.05)
    return int(tasks.jobs_running())


def _cmdlines(pids: set[int]) -> str:
    lines = []
    for pid in sorted(pids):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                lines.append(fh.read().replace(b"\0", b" ").decode(errors="replace")[:120])
        except OSError:
            lines.append("?")
    return "; ".join(lines)


@pytest.fixture(autouse=True)
def _widgets_live_until_closed(request: pytest.FixtureRequest) -> Iterator[None]:
    """Keep every widget given to ``qtbot.addWidget`` alive until pytest-qt has closed it.

    pytest-qt holds them by weak reference. A parentless window whose Python objects
    form a cycle (window, session, actions: the usual case) is then garbage once the
    test function returns, and Python's cycle collector may delete it in the middle
    of Qt delivering an event to it: a segfault in PySide's wrapper lookup (seen with
    two app-wide event filters in a row, each a Python call that can collect). The
    references are dropped by ``pytest_runtest_teardown`` below, after the closing.
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    qtbot = request.getfixturevalue("qtbot")
    held: dict[int, object] = {}
    add = qtbot.addWidget

    def add_and_hold(widget: Any, **kwargs: object) -> None:
        # held until its C++ object goes (a test may delete it on purpose)
        key = id(widget)
        held[key] = widget
        widget.destroyed.connect(lambda *_: held.pop(key, None))
        add(widget, **kwargs)

    qtbot.addWidget = add_and_hold
    request.node.stash[_HELD] = held
    yield


_HELD = pytest.StashKey[dict[int, object]]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Drop the widgets held for the test, once pytest-qt (innermost) has closed them."""
    try:
        return (yield)
    finally:
        if _HELD in item.stash:
            del item.stash[_HELD]


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The tests' event loops have ended for good: results of background jobs still on
    their way (a vault a test left opening) are closed or wiped, as when the app quits."""
    tasks = sys.modules.get("hjulet.app.tasks")
    if tasks is not None:
        tasks.finish_jobs(tasks.QUIT_WAIT_MS)

"""Settings (QSettings INI, versioned) and the idle watcher."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings

from hjulet.app.idle import IdleWatcher
from hjulet.app.settings import MAX_RECENT, SETTINGS_VERSION, Settings


def test_settings_round_trip_and_version(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    s = Settings(tmp_path)
    assert s.version == SETTINGS_VERSION
    assert s.language == "sv" and s.idle_lock_minutes == 5 and not s.show_archived
    s.language = "en"
    s.idle_lock_minutes = 500  # clamped on read
    s.show_archived = True
    for n in range(MAX_RECENT + 3):
        s.remember_vault(tmp_path / f"v{n}")
    s.set_geometry("main", QByteArray(b"geo"))
    s.sync()
    again = Settings(tmp_path)
    assert again.language == "en"
    assert again.idle_lock_minutes == 120
    assert again.show_archived
    assert len(again.recent_vaults) == MAX_RECENT
    assert again.recent_vaults[0] == str(tmp_path / f"v{MAX_RECENT + 2}")
    assert again.geometry("main") == QByteArray(b"geo")
    again.forget_vault(tmp_path / f"v{MAX_RECENT + 2}")
    assert str(tmp_path / f"v{MAX_RECENT + 2}") not in Settings(tmp_path).recent_vaults


def test_old_settings_are_migrated_and_newer_ones_left_alone(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    old.setValue("version", 1)
    old.setValue("ui/language", "en")
    old.setValue("security/idle_lock_minutes", "junk")
    old.sync()
    s = Settings(tmp_path)
    assert s.version == SETTINGS_VERSION
    assert s.language == "en"
    assert s.idle_lock_minutes == 5  # junk falls back to the default
    newer = tmp_path / "newer"
    newer.mkdir()
    q = QSettings(str(newer / "settings.ini"), QSettings.Format.IniFormat)
    q.setValue("version", SETTINGS_VERSION + 5)
    q.sync()
    assert Settings(newer).version == SETTINGS_VERSION + 5


def test_idle_watcher_fires_once_and_activity_postpones_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    # timed so that a loaded machine can only make it fire later, never earlier: the
    # test sleeps without running the event loop, so the timer cannot fire meanwhile
    watcher = IdleWatcher(400)
    target = QObject()
    fired: list[float] = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    watcher.start()
    time.sleep(0.3)
    watcher.eventFilter(target, QEvent(QEvent.Type.Show))  # not input: nothing restarts
    active = time.monotonic()
    watcher.eventFilter(target, QEvent(QEvent.Type.KeyPress))  # activity restarts the timer
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=5_000)
    # 400 ms from the key press (a coarse timer may be 5 % early); without the restart
    # it would have fired 100 ms after it
    assert fired[0] - active >= 0.38
    qtbot.wait(500)
    assert len(fired) == 1  # single shot
    watcher.stop()


def test_idle_watcher_watches_the_applications_input_only_while_started(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No vault open, no watching: the first screen's events skip this filter."""
    from PySide6.QtWidgets import QApplication

    seen: list[QEvent.Type] = []

    class Counting(IdleWatcher):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.KeyPress:
                seen.append(event.type())
            return super().eventFilter(watched, event)

    watcher = Counting(60_000)
    target = QObject()  # a plain object: the bare event means nothing to it
    key = QEvent(QEvent.Type.KeyPress)
    QApplication.sendEvent(target, key)
    assert seen == []  # made, not started: not installed
    watcher.start()
    watcher.start()  # twice: still one filter
    QApplication.sendEvent(target, key)
    assert len(seen) == 1
    watcher.stop()
    QApplication.sendEvent(target, key)
    assert len(seen) == 1  # stopped: removed


def test_reopening_the_first_recent_vault_leaves_the_settings_file_alone(
    qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Each unlock remembers its vault; opening the one already first in the list
    (the everyday case) wrote the whole file again, on the way to the caseload."""
    s = Settings(tmp_path)
    s.remember_vault(tmp_path / "a")
    s.remember_vault(tmp_path / "b")
    before = s.path.stat()
    s.remember_vault(tmp_path / "b")
    after = s.path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    s.remember_vault(tmp_path / "a")  # another vault first: written at once
    assert Settings(tmp_path).recent_vaults == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert s.path.stat().st_ino != before.st_ino

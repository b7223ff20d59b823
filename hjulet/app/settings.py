"""Persistent settings (QSettings, INI file under the base folder, versioned)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings

from hjulet.core.settings import (
    IDLE_LOCK_MINUTES,
    RECENT_VAULTS,
    SHOW_ARCHIVED,
    UI_LANGUAGE,
    Setting,
)

SETTINGS_VERSION = 2
MAX_RECENT = RECENT_VAULTS.maximum or 8
DEFAULT_IDLE_MINUTES = IDLE_LOCK_MINUTES.default
T = TypeVar("T")
MAX_SETTINGS_BYTES = 256 * 1024  # a real settings file is a few hundred bytes
log = logging.getLogger("hjulet.app")


def _set_aside_if_unusable(path: Path) -> None:
    """A settings file that is too large or not a file is moved aside (and logged once),
    so Qt never reads it and the app starts with default settings."""
    try:
        st = path.stat()
    except OSError:
        return  # no settings yet
    import stat

    if stat.S_ISREG(st.st_mode) and st.st_size <= MAX_SETTINGS_BYTES:
        return
    aside = path.with_name(path.name + ".skipped")
    try:
        path.replace(aside)
    except OSError:
        problem = "cannot be moved aside"
    else:
        problem = f"was moved to {aside.name}"
    log.warning("a file was skipped: %s: is too large or not a file; it %s", path, problem)


class Settings:
    """Typed access to the app settings declared in ``core.settings`` (``APP_SETTINGS``),
    plus each window's geometry. Nothing personal is stored here: vault folders, UI
    language, the idle lock, the caseload's filter, window geometry."""

    def __init__(self, basedir: Path) -> None:
        self.path = basedir / "settings.ini"
        _set_aside_if_unusable(self.path)
        self.q = QSettings(str(self.path), QSettings.Format.IniFormat)
        version = self.version
        if version != SETTINGS_VERSION:
            self._migrate(version)

    def _migrate(self, found: int) -> None:
        """Bring an older settings file up to date (never downgrade a newer one)."""
        if found > SETTINGS_VERSION:
            return  # written by a newer Hjulet: read what we know, leave the rest alone
        # 1 -> 2 added caseload/show_archived (default off): write the default so a
        # settings file always names every key of its version.
        if found < 2 and not self.q.contains(SHOW_ARCHIVED.key):
            self.set(SHOW_ARCHIVED, SHOW_ARCHIVED.default)
        self.q.setValue("version", SETTINGS_VERSION)
        self.q.sync()

    @property
    def version(self) -> int:
        try:
            return int(str(self.q.value("version", 0)))
        except ValueError:
            return 0

    # -- declared settings (core.settings) ------------------------------------
    def get(self, which: Setting[T]) -> T:
        """One app setting as its declared type (an INI file holds text: converted)."""
        raw = self.q.value(which.key, None)
        if raw is None:
            return which.default
        if which.type is bool:
            raw = {"true": True, "false": False}.get(str(raw).lower(), raw)
        elif which.type is int:
            try:
                raw = int(str(raw))
            except ValueError:
                return which.default
        elif which.type is tuple:
            raw = [raw] if isinstance(raw, str) else raw
        return which.read(raw)

    def set(self, which: Setting[T], value: T) -> None:
        """Store one app setting (SettingRejected if it does not take ``value``)."""
        value = which.check(value)
        if isinstance(value, bool):
            self.q.setValue(which.key, "true" if value else "false")
        elif isinstance(value, tuple):
            self.q.setValue(which.key, list(value))
        else:
            self.q.setValue(which.key, value)

    # -- language --------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.get(UI_LANGUAGE)

    @language.setter
    def language(self, lang: str) -> None:
        self.set(UI_LANGUAGE, lang)

    # -- vaults ----------------------------------------------------------------
    @property
    def recent_vaults(self) -> list[str]:
        recent: tuple[str, ...] = self.get(RECENT_VAULTS)
        return list(recent)

    def remember_vault(self, path: Path) -> None:
        items = (str(path), *[p for p in self.recent_vaults if p != str(path)])[:MAX_RECENT]
        if list(items) == self.recent_vaults:
            return  # already first (reopened): the file is not written again on each unlock
        self.set(RECENT_VAULTS, items)
        self.q.sync()

    def forget_vault(self, path: Path) -> None:
        self.set(RECENT_VAULTS, tuple(p for p in self.recent_vaults if p != str(path)))
        self.q.sync()

    # -- caseload ----------------------------------------------------------------
    @property
    def show_archived(self) -> bool:
        return self.get(SHOW_ARCHIVED)

    @show_archived.setter
    def show_archived(self, on: bool) -> None:
        self.set(SHOW_ARCHIVED, on)

    # -- locking ---------------------------------------------------------------
    @property
    def idle_lock_minutes(self) -> int:
        return self.get(IDLE_LOCK_MINUTES)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self.set(IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES.read(int(minutes)))  # kept in bounds

    # -- window ------------------------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        value = self.q.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self.q.setValue(f"window/{name}", data)

    def sync(self) -> None:
        self.q.sync()

"""Persistent settings (QSettings, INI file under the base folder, versioned)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 2
MAX_RECENT = 8
DEFAULT_IDLE_MINUTES = 5
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
    """Typed access to the few settings Hjulet keeps. Nothing personal is stored here:
    vault folders and names of professionals' vaults, UI language, window geometry."""

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
        if found < 2 and not self.q.contains("caseload/show_archived"):
            self.q.setValue("caseload/show_archived", "false")
        self.q.setValue("version", SETTINGS_VERSION)
        self.q.sync()

    @property
    def version(self) -> int:
        try:
            return int(str(self.q.value("version", 0)))
        except ValueError:
            return 0

    # -- language --------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self.q.value("ui/language", "sv")
        return str(value) if value in ("sv", "en") else "sv"

    @language.setter
    def language(self, lang: str) -> None:
        self.q.setValue("ui/language", lang)

    # -- vaults ----------------------------------------------------------------
    @property
    def recent_vaults(self) -> list[str]:
        value = self.q.value("vaults/recent", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(v) for v in items if v][:MAX_RECENT]

    def remember_vault(self, path: Path) -> None:
        items = [str(path), *[p for p in self.recent_vaults if p != str(path)]]
        self.q.setValue("vaults/recent", items[:MAX_RECENT])
        self.q.sync()

    def forget_vault(self, path: Path) -> None:
        self.q.setValue("vaults/recent", [p for p in self.recent_vaults if p != str(path)])
        self.q.sync()

    # -- caseload ----------------------------------------------------------------
    @property
    def show_archived(self) -> bool:
        return str(self.q.value("caseload/show_archived", "false")).lower() == "true"

    @show_archived.setter
    def show_archived(self, on: bool) -> None:
        self.q.setValue("caseload/show_archived", "true" if on else "false")

    # -- locking ---------------------------------------------------------------
    @property
    def idle_lock_minutes(self) -> int:
        try:
            value = int(str(self.q.value("security/idle_lock_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            value = DEFAULT_IDLE_MINUTES
        return max(1, min(120, value))

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self.q.setValue("security/idle_lock_minutes", int(minutes))

    # -- window ------------------------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        value = self.q.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self.q.setValue(f"window/{name}", data)

    def sync(self) -> None:
        self.q.sync()

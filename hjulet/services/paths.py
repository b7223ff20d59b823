"""Where Hjulet writes files outside vaults: settings, logs, the demo vault.

Everything goes under one base folder: ``--basedir DIR`` when given (tests and
scripted runs always give it); for a portable copy (a frozen program with the
marker file ``hjulet-portable.txt`` beside its executable) the ``data`` folder
beside it; otherwise the platform's per-user data folder (on Windows the
non-roaming one, so vaults never travel with a roaming profile).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

PORTABLE_MARKER = "hjulet-portable.txt"
PORTABLE_DATA = "data"


def program_dir() -> Path | None:
    """The folder of a frozen program's executable (None when run by Python)."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_basedir(folder: Path | None) -> Path | None:
    """``folder/data`` when ``folder`` holds the portable marker, else None."""
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def default_basedir() -> Path:
    portable = portable_basedir(program_dir())
    if portable is not None:
        return portable
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or Path.home())
        return root / "Hjulet"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Hjulet"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "hjulet"


def prepare_basedir(basedir: Path | None) -> Path:
    base = Path(basedir) if basedir else default_basedir()
    base.mkdir(parents=True, exist_ok=True)
    (base / "logs").mkdir(exist_ok=True)
    return base


def demo_vault_path(basedir: Path) -> Path:
    return basedir / "demo-vault"


def log_path(basedir: Path) -> Path:
    return basedir / "logs" / "hjulet.log"


def setup_logging(basedir: Path, level: int = logging.INFO) -> Path:
    """A small rotating log file. Messages never contain personal data."""
    path = log_path(basedir)
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        path.touch()  # the file is there from the start, as before
        handler = LogFile(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    # SQLAlchemy must never echo statements or parameters into the log.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path


class LogFile(logging.Handler):
    """The rotating log file (512 kB, three old files kept), made at the first record.

    ``logging.handlers`` (with the socket, pickle and queue modules under it) is
    imported only when something is logged: the app's first screen logs nothing
    and starts without it.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path)  # as a FileHandler names its file
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.baseFilename, maxBytes=512_000, backupCount=3, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


def log_exception(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """Log where an unexpected error happened without its message.

    Exception messages can carry values (a child's words in a failed
    statement); the type and the code locations are enough to find the bug.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-8:])
    )
    logger.error("%s: %s at %s", what, type(exc).__name__, where)

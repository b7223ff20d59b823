"""Where file dialogs start: the user's Documents folder, never the program's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    """The user's Documents folder (their home folder if the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


__all__ = ["documents_folder"]

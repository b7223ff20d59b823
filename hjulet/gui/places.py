"""Where file dialogs start: the user's Documents folder, never the program's folder."""

from __future__ import annotations

from pathlib import Path


def documents_folder() -> str:
    """The user's Documents folder (their home folder if the system names none)."""
    from PySide6.QtCore import QStandardPaths  # on use: the first screen opens no file dialog

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


__all__ = ["documents_folder"]

"""Enter and Return press a button, as Space does.

Qt's buttons outside a dialog take Space only (a push button takes Enter only as a
dialog's default), so a keyboard or switch user who presses Enter on a focused
button gets nothing. Every button a child or a guardian presses mixes this in.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton


class PressableMixin:
    """Enter and Return press a button, as Space does (Qt buttons outside dialogs ignore Enter)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            button = cast(QAbstractButton, self)
            if button.isEnabled():
                button.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


__all__ = ["PressableMixin"]

"""What a dialog shows while a lock waits for the work it is doing.

A lock never closes the vault under running work: the dialog doing it stays open
until the work ends. Its content (a summary's preview, the retention list's names)
must not stay on screen meanwhile, for however long the work takes (a slow network
folder), and its options must not start new work that keeps the lock waiting. A
veil covers the whole dialog, says why, and its other controls are disabled; the
lock closes the dialog when the work has ended.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


class FinishingVeil(QWidget):
    """An opaque cover over ``dialog``: a line and a busy bar, following its size."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("finishingVeil")
        self.setAutoFillBackground(True)  # opaque: nothing of the dialog shows through
        col = QVBoxLayout(self)
        col.addStretch()
        self.label = QLabel(
            QCoreApplication.translate(
                "FinishingVeil",
                "Locking… the work in progress ends first; then this window closes.",
            )
        )
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(560)
        # centred as the locked page's line (a property: no Qt enum read at import)
        self.label.setProperty("alignment", "AlignCenter")
        bar = QProgressBar()
        bar.setMaximumWidth(320)
        bar.setRange(0, 0)  # busy: no fixed end
        bar.setTextVisible(False)
        bar.setAccessibleName(
            QCoreApplication.translate("FinishingVeil", "Finishing the work in progress")
        )
        for widget in (self.label, bar):  # centred, as the locked page says it
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(widget)
            row.addStretch()
            col.addLayout(row)
        col.addStretch()
        # off, with all inside them; not the dialog's own message boxes (windows of
        # their own: an error the work ends with must still be answerable)
        for child in dialog.children():
            if isinstance(child, QWidget) and child is not self and not child.isWindow():
                child.setEnabled(False)
        dialog.installEventFilter(self)
        self.setGeometry(dialog.rect())
        self.show()
        self.raise_()
        self.label.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
                self.raise_()
        return False


def veil(dialog: QDialog) -> FinishingVeil:
    """Cover ``dialog`` (once) while a lock waits for the work it is doing."""
    for child in dialog.children():
        if isinstance(child, FinishingVeil):
            return child
    return FinishingVeil(dialog)

"""What a dialog shows while a lock waits for the work it is doing.

A lock never closes the vault under running work: the dialog doing it stays open
until the work ends. Its content (a summary's preview, the retention list's names)
must not stay on screen meanwhile, for however long the work takes (a slow network
folder), and its options must not start new work that keeps the lock waiting. A
veil covers the whole dialog, says why, and its other controls are disabled; the
lock closes the dialog when the work has ended.

The veil's line takes the keyboard focus and carries the message as its accessible
name: a screen reader says at once why the dialog stopped answering, and a keyboard
user finds it there. When the work is stuck (``show_stuck``) the line says so and a
"Close Hjulet now" button appears (never the focused or default one: a stray Enter
must not end Hjulet).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def stuck_text() -> str:
    """What the finishing page and the veils say once the work is stuck."""
    return QCoreApplication.translate(
        "FinishingVeil",
        "The work in progress is stuck: it has not ended for a long while. A folder or "
        "USB stick it writes to may have stopped answering. You can close Hjulet now: "
        "everything saved in the vault stays saved, but the file being written will "
        "not be finished.",
    )


def close_now_button(end_now: Callable[[], None]) -> QPushButton:
    """ "Close Hjulet now": never a default button (Enter must not end Hjulet)."""
    button = QPushButton(QCoreApplication.translate("FinishingVeil", "Close Hjulet now"))
    button.setObjectName("closeNowButton")
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setAccessibleDescription(stuck_text())
    button.clicked.connect(end_now)
    return button


def hold_focus(label: QLabel, text: str) -> None:
    """``label`` says ``text``, takes the focus and is named by it (a screen reader
    says it when the focus lands; Tab reaches it)."""
    from PySide6.QtCore import Qt  # (not at import: the first frame loads this module)

    label.setText(text)
    label.setAccessibleName(text)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setFocus(Qt.FocusReason.OtherFocusReason)


LINE_MARGIN_PX = 24  # the veil's line keeps this far from the dialog's sides
# a small dialog (a backup's progress) is made at least this wide under its veil, and
# as tall as the veil's line, bar and button need: else the line is cut off
VEILED_MIN_WIDTH_PX = 480
STUCK_GAP_PX = 12  # between the busy bar and "Close Hjulet now"


class FinishingVeil(QWidget):
    """An opaque cover over ``dialog``: a line and a busy bar, following its size."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("finishingVeil")
        self.setAutoFillBackground(True)  # opaque: nothing of the dialog shows through
        col = QVBoxLayout(self)
        col.addStretch()
        self.label = QLabel()
        self.label.setObjectName("finishingLine")
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
        self.bar = bar
        self.close_now: QPushButton | None = None  # shown once the work is stuck
        self._col = col
        for widget in (self.label, bar):  # centred, as the locked page says it
            self._centred(widget)
        col.addStretch()
        # off, with all inside them; not the dialog's own message boxes (windows of
        # their own: an error the work ends with must still be answerable)
        for child in dialog.children():
            if isinstance(child, QWidget) and child is not self and not child.isWindow():
                child.setEnabled(False)
        dialog.installEventFilter(self)
        self._fit(dialog)
        self._grow(dialog)
        self.show()
        self.raise_()
        hold_focus(
            self.label,
            QCoreApplication.translate(
                "FinishingVeil",
                "Locking… the work in progress ends first; then this window closes.",
            ),
        )

    def _centred(self, widget: QWidget) -> None:
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(widget)
        row.addStretch()
        self._col.addLayout(row)

    def show_stuck(self, end_now: Callable[[], None]) -> None:
        """The work is stuck: say so (focused, announced) and offer to close Hjulet now."""
        if self.close_now is None:
            self.close_now = close_now_button(end_now)
            self._col.insertSpacing(self._col.count() - 1, STUCK_GAP_PX)
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(self.close_now)
            row.addStretch()
            self._col.insertLayout(self._col.count() - 1, row)
            self.close_now.show()  # now, not when the layout gets to it
        hold_focus(self.label, stuck_text())
        dialog = self.parentWidget()
        if dialog is not None:
            self._grow(dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self._fit(parent)
                self.raise_()
        return False

    def _grow(self, dialog: QWidget) -> None:
        """Make ``dialog`` big enough for what the veil says (never smaller): the
        line at the width it gets, the bar, the button once shown, with the spacing."""
        width = max(dialog.width(), VEILED_MIN_WIDTH_PX)
        line_width = max(1, min(self.label.maximumWidth(), width - 2 * LINE_MARGIN_PX))
        col = self._col
        margins = col.contentsMargins()
        shown = [self.bar] + ([self.close_now] if self.close_now is not None else [])
        height = (
            margins.top()
            + margins.bottom()
            + self.label.heightForWidth(line_width)
            + sum(w.sizeHint().height() for w in shown)
            + col.spacing() * (2 * len(shown) + 2)  # between the rows, and the spacer
            + (STUCK_GAP_PX if self.close_now is not None else 0)
        )
        grow_w, grow_h = max(0, width - dialog.width()), max(0, height - dialog.height())
        if grow_w or grow_h:  # about its centre, where it was
            dialog.move(dialog.x() - grow_w // 2, dialog.y() - grow_h // 2)
            dialog.resize(dialog.width() + grow_w, dialog.height() + grow_h)

    def _fit(self, dialog: QWidget) -> None:
        """Cover ``dialog``; the line as wide as it has room for (up to its maximum),
        not the narrow column a wrapping label in a centred row shrinks to."""
        self.setGeometry(dialog.rect())
        room = dialog.width() - 2 * LINE_MARGIN_PX
        self.label.setMinimumWidth(max(0, min(self.label.maximumWidth(), room)))


def all_veils() -> list[FinishingVeil]:
    """Every veil over a dialog now."""
    return [
        v
        for w in QApplication.topLevelWidgets()
        for v in w.findChildren(FinishingVeil)
        if v.parentWidget() is w
    ]


def veil(dialog: QDialog) -> FinishingVeil:
    """Cover ``dialog`` (once) while a lock waits for the work it is doing."""
    for child in dialog.children():
        if isinstance(child, FinishingVeil):
            return child
    return FinishingVeil(dialog)

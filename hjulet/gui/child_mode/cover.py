"""The cover: a calm picture over everything, with no words and nothing of the conversation."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from hjulet.gui.theme import CHILD_NORMAL, ChildTheme


class CoverScreen(QWidget):
    """A neutral landscape; one click (or Esc, F12, Space, Enter) goes back.

    It shows no text at all: not the conversation, and not how to leave child
    mode (the adult learns that before handing over). A screen reader reads its
    ``name`` in the child's language ("The screen is hidden. Press to come back.")
    and the same words in the adult's language as its description (``gloss``).
    """

    uncover = Signal()

    def __init__(
        self, parent: QWidget, name: str, theme: ChildTheme = CHILD_NORMAL, gloss: str = ""
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setAccessibleName(name)
        self.setAccessibleDescription(gloss if gloss != name else "")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        sky = QLinearGradient(0, 0, 0, r.height())
        sky.setColorAt(0.0, QColor(t.cover_top))
        sky.setColorAt(1.0, QColor(t.cover_bottom))
        p.fillRect(r, sky)
        p.setPen(Qt.PenStyle.NoPen)
        for colour, top, amp in ((t.cover_hills[0], 0.70, 0.06), (t.cover_hills[1], 0.80, 0.05)):
            p.setBrush(QColor(colour))
            pts = [QPointF(0, r.height())]
            steps = 40
            for i in range(steps + 1):
                x = r.width() * i / steps
                u = i / steps
                y = r.height() * (top - amp * (1 - (2 * u - 1) ** 2))
                pts.append(QPointF(x, y))
            pts.append(QPointF(r.width(), r.height()))
            p.drawPolygon(QPolygonF(pts))
        p.setBrush(QColor(t.cover_sun))
        p.drawEllipse(
            QPointF(r.width() * 0.78, r.height() * 0.24), r.height() * 0.07, r.height() * 0.07
        )
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.uncover.emit()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_F12,
            Qt.Key.Key_Space,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.uncover.emit()
            event.accept()
            return
        super().keyPressEvent(event)

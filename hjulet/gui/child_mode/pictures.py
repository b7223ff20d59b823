"""The pictures child mode draws beside its words: an area's icon with its name
(:class:`AreaPicture`) and a scale step's face (:class:`FaceMark`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hjulet.core.icons import area_icon, face_icon
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import ChildTheme
from hjulet.gui.wheel.symbols import draw_icon


class AreaPicture(QWidget):
    """An area's icon, large, with its name beside or below it."""

    def __init__(
        self, lang: str, theme: ChildTheme, *, px: int, side: int, gloss_lang: str = ""
    ) -> None:
        super().__init__()
        self.lang = lang
        self.theme = theme
        self.px = px
        self.side = side
        self.gloss_lang = gloss_lang
        self.icon_id = ""
        self.label = ""
        self.gloss = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(max(side, round(self._block_height())) + 4)

    def _label_font(self) -> Any:
        return font_for(self.lang, self.px, bold=True)

    def _gloss_font(self) -> Any:
        return font_for(self.gloss_lang or "sv", max(11, self.px // 2))

    def _block_height(self) -> float:
        """The name's line plus the gloss's line: the full line heights, so marks
        above the letters (the Arabic madda, Ethiopic vowel marks) are never cut off."""
        height = QFontMetricsF(self._label_font()).height()
        if self.gloss_lang:
            height += QFontMetricsF(self._gloss_font()).height()
        return height

    def text_rects(self) -> tuple[QRectF, QRectF]:
        """Where the name and the gloss are drawn (the gloss's is empty without one)."""
        size = float(self.side)
        gap = 12.0
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width() - size - gap
        left = 0.0 if rtl else size + gap
        if not self.gloss:
            tall = max(size, QFontMetricsF(self._label_font()).height())
            return QRectF(left, max(0.0, (self.height() - tall) / 2), width, tall), QRectF()
        label_h = QFontMetricsF(self._label_font()).height()
        gloss_h = QFontMetricsF(self._gloss_font()).height()
        top = max(0.0, (self.height() - label_h - gloss_h) / 2)
        return (
            QRectF(left, top, width, label_h),
            QRectF(left, top + label_h, width, gloss_h),
        )

    def set_area(self, icon_id: str, label: str, gloss: str = "") -> None:
        self.icon_id, self.label = icon_id, label
        self.gloss = gloss if gloss != label else ""
        self.setAccessibleName(label)
        self.setAccessibleDescription(self.gloss)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.side * 3, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        size = float(self.side)
        x = self.width() - size if rtl else 0.0
        if self.icon_id:
            y = max(2.0, (self.height() - size) / 2)
            draw_icon(p, area_icon(self.icon_id), QRectF(x, y, size, size), self.theme.face)
        p.setFont(self._label_font())
        p.setPen(QColor(self.theme.text))
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        label_box, gloss_box = self.text_rects()
        if self.gloss:
            p.drawText(label_box, align | Qt.AlignmentFlag.AlignVCenter, self.label)
            p.setFont(self._gloss_font())
            p.setPen(QColor(self.theme.muted))
            p.drawText(gloss_box, align | Qt.AlignmentFlag.AlignTop, self.gloss)
        else:
            flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            p.drawText(label_box, flags, self.label)
        p.end()


def draw_dont_know(p: QPainter, box: QRectF, ink: str) -> None:
    """A question mark in a circle: "I don't know"."""
    p.setPen(QPen(QColor(ink), max(2.0, box.width() / 18)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(
        box.adjusted(
            box.width() * 0.08, box.height() * 0.08, -box.width() * 0.08, -box.height() * 0.08
        )
    )
    font = p.font()
    font.setPixelSize(max(10, int(box.height() * 0.55)))
    font.setBold(True)
    p.setFont(font)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")


def draw_declined(p: QPainter, box: QRectF, ink: str) -> None:
    """A speech bubble, crossed out: "I don't want to say"."""
    w, h = box.width(), box.height()
    pen = QPen(QColor(ink), max(2.0, w / 18))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    bubble = QRectF(box.left() + w * 0.1, box.top() + h * 0.14, w * 0.8, h * 0.56)
    path = QPainterPath()
    path.addRoundedRect(bubble, w * 0.14, w * 0.14)
    tail = QPainterPath()
    tail.moveTo(QPointF(box.left() + w * 0.32, bubble.bottom() - 1))
    tail.lineTo(QPointF(box.left() + w * 0.24, box.top() + h * 0.88))
    tail.lineTo(QPointF(box.left() + w * 0.48, bubble.bottom() - 1))
    p.drawPath(path)
    p.drawPath(tail)
    p.drawLine(
        QPointF(box.left() + w * 0.12, box.top() + h * 0.9),
        QPointF(box.right() - w * 0.1, box.top() + h * 0.08),
    )


class FaceMark(QWidget):
    """A scale step's face, or the picture of "don't know" or "don't want to
    answer", drawn small beside the words (hidden when there is none)."""

    def __init__(self, theme: ChildTheme, side: int) -> None:
        super().__init__()
        self.theme = theme
        self.face = ""
        self.setFixedSize(side, side)
        self.hide()

    def set_face(self, face: str) -> None:
        self.face = face
        self.setVisible(face in REFUSAL_PICTURES or face_icon(face) is not None)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        icon = face_icon(self.face)
        refusal = REFUSAL_PICTURES.get(self.face)
        if icon is None and refusal is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if refusal is not None:
            refusal(p, box, self.theme.face)
        elif icon is not None:
            draw_icon(p, icon, box, self.theme.face)
        p.end()


# the refusals' pictures by name (the same as on the answer buttons)
REFUSAL_PICTURES = {"dont_know": draw_dont_know, "declined": draw_declined}

__all__ = ["REFUSAL_PICTURES", "AreaPicture", "FaceMark", "draw_declined", "draw_dont_know"]

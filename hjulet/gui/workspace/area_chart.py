"""One small chart per area across a child's conversations (oldest left, newest right).

Each conversation is a column that fills from the base line upward, as a sector
of the wheel fills from the centre outward: in the area's colour, with a darker
top edge and the step's number above it, so the level reads without colour.
"Don't want to answer" is hatched and "don't know" dotted, as on the wheel; a
question not asked is an empty slot with a dash. Hovering a column shows the
date, the answer in words and the child's own words. There are no totals, no
targets and no traffic lights: only the child's own earlier pictures.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QGridLayout, QToolTip, QWidget

from hjulet.core.model import AnswerKind, Conversation
from hjulet.core.wheel import Area
from hjulet.gui.theme import NORMAL, WheelPalette
from hjulet.gui.wheel.patterns import dots, hatch
from hjulet.gui.wheel.symbols import _declined_symbol, _dont_know_symbol
from hjulet.gui.workspace.compare_view import describe_answer


class AreaChart(QWidget):
    """The chart of one area; ``clicked`` when chosen (to show its words below)."""

    clicked = Signal(str)

    def __init__(
        self,
        area: Area,
        language: str,
        palette: WheelPalette = NORMAL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.area = area
        self.language = language
        self.palette_ = palette
        self.convs: list[Conversation] = []
        self.selected = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(area.label_in(language))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(220, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(150, 120)

    def set_conversations(self, convs: list[Conversation]) -> None:
        """Oldest first (they are drawn left to right, newest at the right)."""
        self.convs = [c for c in convs if self.area.id in c.definition.area_ids]
        self.setAccessibleDescription(
            "; ".join(
                f"{c.held_on.isoformat()}: "
                f"{describe_answer(c, c.entry(self.area.id).answer, self.language)}"
                for c in self.convs
            )
        )
        self.update()

    # -- geometry -------------------------------------------------------------------
    def _plot(self) -> QRectF:
        fm = QFontMetricsF(self.font())
        top = fm.height() * 1.3 + 4
        bottom = fm.height() + 6
        return QRectF(
            8, top + fm.height(), self.width() - 16, self.height() - top - bottom - fm.height()
        )

    def _columns(self) -> list[QRectF]:
        plot = self._plot()
        n = max(1, len(self.convs))
        slot = plot.width() / n
        width = min(slot * 0.7, 36.0)
        return [
            QRectF(plot.left() + slot * i + (slot - width) / 2, plot.top(), width, plot.height())
            for i in range(len(self.convs))
        ]

    def column_at(self, pos: QPointF) -> int:
        for i, col in enumerate(self._columns()):
            if col.adjusted(-4, -30, 4, 30).contains(pos):
                return i
        return -1

    # -- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette_
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(pal.background))
        fm = QFontMetricsF(self.font())
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor(pal.text))
        p.drawText(
            QRectF(8, 2, self.width() - 16, fm.height() * 1.3), self.area.label_in(self.language)
        )
        p.setFont(self.font())
        plot = self._plot()
        # the base line and faint step lines (no target, no zones)
        p.setPen(QPen(QColor(pal.ring_line), 1))
        size = max((c.scale.size for c in self.convs), default=4)
        for k in range(1, size + 1):
            y = plot.bottom() - plot.height() * k / size
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QPen(QColor(pal.sector_line), 1.5))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        colour = QColor(self.area.colour)
        for conv, full in zip(self.convs, self._columns(), strict=True):
            # "don't want to answer" / "don't know" are not levels: a short block with
            # its symbol, never as tall as an answer
            col = QRectF(
                full.left(), full.bottom() - full.height() * 0.3, full.width(), full.height() * 0.3
            )
            answer = conv.entry(self.area.id).answer
            label = ""
            if answer.kind is AnswerKind.LEVEL and answer.level is not None:
                level = min(answer.level, conv.scale.size)
                h = plot.height() * level / conv.scale.size
                bar = QRectF(full.left(), plot.bottom() - h, full.width(), h)
                p.fillRect(bar, colour)
                p.setPen(QPen(colour.darker(135), 2.5))
                p.drawLine(bar.topLeft(), bar.topRight())
                label = str(answer.level)
                label_y = bar.top()
            elif answer.kind is AnswerKind.DECLINED:
                path = QPainterPath()
                path.addRect(col)
                p.fillPath(path, QColor(pal.declined_fill))
                hatch(p, path, 7.0, QPen(QColor(pal.declined_hatch), 1.2))
                label_y = col.top()
            elif answer.kind is AnswerKind.DONT_KNOW:
                path = QPainterPath()
                path.addRect(col)
                p.fillPath(path, QColor(pal.dont_know_fill))
                dots(p, path, 8.0, 1.4, pal.dont_know_dots)
                label_y = col.top()
            else:
                label = "–"
                label_y = plot.bottom()
            if answer.kind in (AnswerKind.DECLINED, AnswerKind.DONT_KNOW):
                # the wheel's own pictures over the block (one picture per meaning):
                # the crossed speech bubble, the circled question mark
                side = fm.height() * 1.1
                at = QPointF(col.center().x(), label_y - side / 2 - 2)
                if answer.kind is AnswerKind.DECLINED:
                    _declined_symbol(p, at, side, pal)
                else:
                    _dont_know_symbol(p, at, side, pal, p.font())
            else:
                p.setPen(QColor(pal.text))
                p.drawText(
                    QRectF(
                        col.left() - 10, label_y - fm.height() - 1, col.width() + 20, fm.height()
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
            p.setPen(QColor(pal.text_muted))
            p.drawText(
                QRectF(col.left() - 20, plot.bottom() + 3, col.width() + 40, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                conv.held_on.strftime("%y-%m-%d"),
            )
        if self.selected or self.hasFocus():
            p.setPen(QPen(QColor(pal.focus), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    # -- interaction ----------------------------------------------------------------
    def tooltip_at(self, pos: QPointF) -> str:
        i = self.column_at(pos)
        if i < 0:
            return ""
        conv = self.convs[i]
        entry = conv.entry(self.area.id)
        lines = [
            f"{conv.held_on.isoformat()}: {describe_answer(conv, entry.answer, self.language)}"
        ]
        if entry.words:
            lines.append(f"“{entry.words}”")
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.area.id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.area.id)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class AreaCharts(QWidget):
    """Every area's chart in a grid, in the wheel's order."""

    area_chosen = Signal(str)

    COLUMNS = 4

    def __init__(self, language: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.charts: dict[str, AreaChart] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)

    def set_conversations(self, convs: list[Conversation]) -> None:
        for chart in self.charts.values():
            chart.deleteLater()
        self.charts = {}
        if not convs:
            return
        definition = convs[-1].definition
        for i, area in enumerate(definition.areas):
            chart = AreaChart(area, self.language, parent=self)
            chart.set_conversations(convs)
            chart.clicked.connect(self.area_chosen)
            self.grid.addWidget(chart, i // self.COLUMNS, i % self.COLUMNS)
            self.charts[area.id] = chart

    def select(self, area_id: str) -> None:
        for aid, chart in self.charts.items():
            chart.selected = aid == area_id
            chart.update()


__all__ = ["AreaChart", "AreaCharts"]

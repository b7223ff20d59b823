"""Small widgets shared by child mode and the professional view.

* :class:`ScaleLegend`: the scale from the centre outward (faces for the
  youngest, words, words with numbers for teenagers) plus the two refusals,
  drawn with the wheel's own palette so it matches what the wheel shows.
* :class:`BigButton`: a calm, large, obviously clickable button.
* :class:`HoldButton`: acts only after being held down (the adult's exit).
* :class:`ReadableText`: a text with its speaker button beside it, and an
  optional smaller Swedish line below for the adult.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QElapsedTimer, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from hjulet.core._validate import pick
from hjulet.core.icons import face_icon
from hjulet.core.model import DECLINED, DONT_KNOW, Answer
from hjulet.core.scales import Scale
from hjulet.gui.fonts import font_for
from hjulet.gui.pressable import PressableMixin
from hjulet.gui.speech import ReadAloud, SpeakerButton, SpeakerWords
from hjulet.gui.theme import CHILD_NORMAL, NORMAL, ChildTheme, WheelPalette
from hjulet.gui.wheel.patterns import dots, hatch
from hjulet.gui.wheel.symbols import _declined_symbol, _dont_know_symbol, draw_icon

CALM_BG = CHILD_NORMAL.background
CALM_TEXT = CHILD_NORMAL.text
CALM_MUTED = CHILD_NORMAL.muted
MIN_TARGET = 56  # child mode buttons: well above 44 px


def no_scroll_bar_menus(area: QAbstractScrollArea) -> None:
    """``area``'s scroll bars open no right-click menu: Qt's ("Scroll here", "Top"...)
    is in the professional's language, which a child's or a guardian's screen reader
    would read out; the bars still scroll by dragging, clicking and the wheel."""
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)


def button_style(px: int, theme: ChildTheme = CHILD_NORMAL, selector: str = "QPushButton") -> str:
    """Calm, large buttons; focus is a thicker ring at >= 3:1 against the plain border.

    The ring takes its extra width from the padding, so a button is the same size with
    and without focus: a style sheet's size follows the state, but the layout measured
    the button before the focus came and does not measure again (the words of a
    focused button on a tight page were cut by the ring's width)."""
    t = theme
    return (
        f"{selector} {{ background: {t.button_bg}; color: {t.button_text}; "
        f"border: 2px solid {t.button_border}; border-radius: 14px; padding: 8px 18px; "
        f"font-size: {px}px; }}"
        f"{selector}:hover {{ background: {t.button_hover}; }}"
        f"{selector}:pressed {{ background: {t.button_pressed}; }}"
        f"{selector}:checked {{ background: {t.checked_bg}; color: {t.checked_text}; }}"
        f"{selector}:focus {{ border: 4px solid {t.focus}; padding: 6px 16px; }}"
    )


class BigButton(PressableMixin, QPushButton):
    """Large, rounded, high-contrast text button with a visible focus ring.

    ``gloss``: the same words in the professional's language, small, under the
    child's words (only when the child's language differs).
    """

    def __init__(
        self,
        text: str,
        lang: str,
        parent: QWidget | None = None,
        px: int = 24,
        *,
        theme: ChildTheme = CHILD_NORMAL,
        gloss: str = "",
        gloss_lang: str = "sv",
    ) -> None:
        super().__init__(text, parent)
        self.lang = lang
        self.px = px
        self.theme = theme
        self.gloss = gloss if gloss and gloss != text else ""
        self.gloss_lang = gloss_lang
        self.setFont(font_for(lang, px))
        self.setStyleSheet(button_style(px, theme))
        self.setMinimumHeight(max(MIN_TARGET, px * 2 + 12 + (px if self.gloss else 0)))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(text)
        if self.gloss:
            self.setAccessibleDescription(self.gloss)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)

    def set_words(self, text: str, gloss: str = "") -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.gloss = gloss if gloss and gloss != text else ""
        self.setAccessibleDescription(self.gloss)
        self.updateGeometry()
        self.update()

    def _gloss_font(self) -> QFont:
        return font_for(self.gloss_lang, max(11, round(self.px * 0.5)))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.gloss:
            return hint
        fm = QFontMetricsF(self._gloss_font())
        width = max(hint.width(), int(fm.horizontalAdvance(self.gloss) + 36))
        return QSize(width, hint.height() + int(fm.height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.gloss:
            super().paintEvent(event)
            return
        # draw the frame with no text (as QPushButton draws itself, from a style option:
        # setting the text to "" and back here asked for a new paint and told screen
        # readers the name changed, every frame, without end), then the words and the gloss
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        frame = QStylePainter(self)
        frame.drawControl(QStyle.ControlElement.CE_PushButton, option)
        frame.end()
        text = self.text()
        p = QPainter(self)
        checked = self.isCheckable() and self.isChecked()
        colour = QColor(self.theme.checked_text if checked else self.theme.button_text)
        gfm = QFontMetricsF(self._gloss_font())
        main_h = self.height() - gfm.height() - 4
        p.setPen(colour)
        p.setFont(self.font())
        p.drawText(QRectF(8, 2, self.width() - 16, main_h), Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self._gloss_font())
        p.drawText(
            QRectF(8, main_h - 2, self.width() - 16, gfm.height() + 2),
            Qt.AlignmentFlag.AlignCenter,
            self.gloss,
        )
        p.end()


class HoldButton(PressableMixin, QPushButton):
    """Emits ``held`` only after being pressed for ``hold_ms`` (a child will not by chance)."""

    held = Signal()

    def __init__(self, text: str, hold_ms: int = 2000, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.hold_ms = hold_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._clock = QElapsedTimer()
        self._progress = QTimer(self)
        self._progress.setInterval(50)
        self._progress.timeout.connect(self.update)
        self.setAutoDefault(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._clock.start()
            self._timer.start(self.hold_ms)
            self._progress.start()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._stop()
        super().mouseReleaseEvent(event)

    def _stop(self) -> None:
        self._timer.stop()
        self._progress.stop()
        self.update()

    def _fire(self) -> None:
        self._progress.stop()
        self.update()
        self.held.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._timer.isActive():
            frac = min(1.0, self._clock.elapsed() / max(1, self.hold_ms))
            p = QPainter(self)
            p.fillRect(QRectF(0, self.height() - 4, self.width() * frac, 4), QColor("#5B7FA8"))
            p.end()


def short_subject(text: str) -> str:
    """What a read-aloud button reads, to tell the buttons apart by name.

    The whole text: every word of it is the child's data (never cut into a
    fragment no translator has seen).
    """
    return " ".join(text.split())


class ReadableText(QWidget):
    """A child-language text with a speaker button, and a gloss below when different.

    The speaker button's accessible name is unique: "Läs upp: Trygg" (``subject``)
    or "Läs upp: " and the text itself; ``words`` is what it says of its state (in
    the child's language). ``speaker_first`` puts it before the text (the youngest
    children are offered read-aloud first).
    """

    def __init__(
        self,
        text: str,
        lang: str,
        read_name: str,
        *,
        px: int = 26,
        bold: bool = False,
        swedish: str = "",
        parent: QWidget | None = None,
        key: str = "",
        reader: ReadAloud | None = None,
        theme: ChildTheme = CHILD_NORMAL,
        gloss_lang: str = "sv",
        subject: str = "",
        speaker_first: bool = False,
        words: SpeakerWords | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.gloss_lang = gloss_lang
        self.theme = theme
        # where the arrow keys go from the text when it takes the focus (take_focus)
        self._answers: Callable[[], QWidget | None] | None = None
        self.bold = bold
        self.px = px
        self.read_name = read_name
        self.subject = subject
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.column = column
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setFont(font_for(lang, px, bold=bold))
        self.label.setStyleSheet(f"color: {theme.text};")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column.addWidget(self.label)
        self.swedish = QLabel(swedish)
        self.swedish.setWordWrap(True)
        self.swedish.setFont(font_for(gloss_lang, self._gloss_px(px)))
        self.swedish.setStyleSheet(f"color: {theme.muted};")
        # the gloss reads left to right, but stands under its sentence: on the right
        # under a right-to-left one (see changeEvent)
        self.swedish.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.swedish.setVisible(bool(swedish) and swedish != text)
        column.addWidget(self.swedish)
        self._align_gloss()
        self.speaker = SpeakerButton(
            text,
            lang,
            self._speaker_name(text),
            self,
            reader=reader,
            size=max(44, px + 18),
            key=key,
            words=words,
        )
        if speaker_first:
            layout.addWidget(self.speaker, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(column, 1)
        else:
            layout.addLayout(column, 1)
            layout.addWidget(self.speaker, 0, Qt.AlignmentFlag.AlignTop)

    @staticmethod
    def _gloss_px(px: int) -> int:
        return max(12, round(px * 0.55))

    def set_px(self, px: int) -> None:
        """Draw the text (and its gloss) at ``px``: a page whose texts would not fit
        its height draws them a little smaller instead of cutting lines off."""
        if px == self.px:
            return
        self.px = px
        self.label.setFont(font_for(self.lang, px, bold=self.bold))
        self.swedish.setFont(font_for(self.gloss_lang, self._gloss_px(px)))
        # the layouts cache their height for a width: measure again with the new fonts
        self.column.invalidate()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
        self.updateGeometry()

    def take_focus(self, answers: Callable[[], QWidget | None]) -> None:
        """Let the text itself take the keyboard focus: a page's calm first stop,
        before any answer (a child who starts on the saddest face is nudged towards
        it). It draws a focus ring and a screen reader reads the text (the question);
        the arrow keys go on to ``answers()`` (a face, the wheel); Enter and Space
        read the text aloud."""
        self._answers = answers
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # focus: a bar on each side and a pale ground. The bars' room is kept without
        # focus too (the text never moves when it comes), and only across: a question
        # on a short page (Somali at 150 %) has no line to spare in height
        t = self.theme
        self.label.setStyleSheet(
            f"QLabel {{ color: {t.text}; border-style: solid; border-width: 0px 5px;"
            f" border-color: transparent; padding: 0px 6px; }}"
            f" QLabel:focus {{ border-color: {t.focus}; background: {t.button_hover}; }}"
        )
        gloss = self.swedish.text()
        self.label.setAccessibleDescription(gloss if gloss != self.label.text() else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # the label takes no keys (no text interaction): they come here
        if self._answers is not None and self.label.hasFocus():
            key = event.key()
            arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
            target = self._answers() if key in arrows else None
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                event.accept()
                return
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.speaker.isEnabled():
                    self.speaker.click()
                event.accept()
                return
        super().keyPressEvent(event)

    def _speaker_name(self, text: str) -> str:
        return f"{self.read_name}: {self.subject or short_subject(text)}"

    def _align_gloss(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.swedish.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_gloss()
        super().changeEvent(event)

    def set_text(
        self, text: str, swedish: str = "", subject: str = "", key: str | None = None
    ) -> None:
        self.label.setText(text)
        self.swedish.setText(swedish)
        self.swedish.setVisible(bool(swedish) and swedish != text)
        if self._answers is not None:
            self.label.setAccessibleDescription(swedish if swedish != text else "")
        if subject:
            self.subject = subject
        self.speaker.set_text(text, self.lang, key)
        self.speaker.set_name(self._speaker_name(text))

    def text(self) -> str:
        return self.label.text()


class ScaleLegend(QWidget):
    """The scale as a key: innermost step first, with faces when the scale has them."""

    def __init__(
        self,
        scale: Scale,
        lang: str,
        heading: str = "",
        parent: QWidget | None = None,
        px: int = 16,
        palette: WheelPalette = NORMAL,
        colour: str | None = None,  # the area's; None: the key's own blue
        horizontal: bool = False,
        theme: ChildTheme = CHILD_NORMAL,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.horizontal = horizontal
        self.scale = scale
        self.lang = lang
        self.heading = heading
        self.px = px
        self.palette_ = palette
        self.colour = colour or "#5B8DB8"
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(heading or self.rows_text())

    def rows(self) -> list[tuple[str, str, Answer | None]]:
        """(face, text, answer) per row: steps from the centre out, then the two refusals.

        Faces only for the youngest children's scale (docs/DESIGN.md, Children and
        scales: faces for the youngest, words for the middle ages, words and numbers
        for teenagers).
        """
        out: list[tuple[str, str, Answer | None]] = []
        faces = self.scale.tier == "young"
        for step in self.scale.steps:
            text = step.label_in(self.lang)
            if self.scale.show_numbers:
                text = f"{step.value} – {text}"
            out.append((step.face if faces else "", text, Answer.at(step.value)))
        declined = self.scale.declined_label
        dont_know = self.scale.dont_know_label
        out.append(("", _pick(dont_know, self.lang), DONT_KNOW))
        out.append(("", _pick(declined, self.lang), DECLINED))
        return out

    def rows_text(self) -> str:
        return ", ".join(text for _f, text, _a in self.rows())

    def _row_h(self) -> float:
        return max(self.px * 1.75, 18.0)

    def _item_widths(self) -> list[float]:
        fm = QFontMetricsF(font_for(self.lang, self.px))
        sw = self._row_h() * 0.8
        return [
            sw + 8 + (sw + 8 if face else 0) + fm.horizontalAdvance(text) + 18
            for face, text, _a in self.rows()
        ]

    def _flow(self, width: float) -> list[tuple[float, float]]:
        """(x, y) of each item when laid out in rows that fit ``width`` (horizontal mode)."""
        fm = QFontMetricsF(font_for(self.lang, self.px, bold=True))
        x = 4.0 + (fm.horizontalAdvance(self.heading) + 16 if self.heading else 0.0)
        y = 2.0
        out: list[tuple[float, float]] = []
        for iw in self._item_widths():
            if x + iw > width - 4 and x > 4.0 + 1:
                x, y = 4.0, y + self._row_h()
            out.append((x, y))
            x += iw
        return out

    def hasHeightForWidth(self) -> bool:
        return self.horizontal

    def heightForWidth(self, width: int) -> int:
        if not self.horizontal:
            return self.sizeHint().height()
        flow = self._flow(float(width))
        return int((flow[-1][1] if flow else 0) + self._row_h() + 4)

    def minimumSizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(200, int(self._row_h() + 4))
        return self.sizeHint()

    def resizeEvent(self, event: object) -> None:
        if self.horizontal:
            h = self.heightForWidth(self.width())
            if h != self.height():
                self.setFixedHeight(h)

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(font_for(self.lang, self.px))
        if self.horizontal:
            head = fm.horizontalAdvance(self.heading) + 16 if self.heading else 0
            return QSize(int(head + sum(self._item_widths()) + 8), int(self._row_h() + 4))
        width = max(fm.horizontalAdvance(t) for _f, t, _a in self.rows()) + self._row_h() * 2 + 24
        rows = len(self.rows()) + (1 if self.heading else 0)
        return QSize(int(width), int(rows * self._row_h() + 8))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        font = font_for(self.lang, self.px)
        row_h = self._row_h()
        y = 4.0
        w = float(self.width())
        if self.horizontal:
            self._paint_row(p, font, row_h, rtl)
            p.end()
            return
        if self.heading:
            bold = QFont(font)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(QColor(self.theme.muted))
            align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            p.drawText(
                QRectF(4, y, w - 8, row_h), align | Qt.AlignmentFlag.AlignVCenter, self.heading
            )
            y += row_h
        for face, text, answer in self.rows():
            sw = row_h * 0.8
            sx = w - 4 - sw if rtl else 4.0
            self._paint_item(
                p,
                font,
                QRectF(sx, y + (row_h - sw) / 2, sw, sw),
                face,
                text,
                answer,
                rtl,
                4.0,
                w - 4.0,
                y,
                row_h,
            )
            y += row_h
        p.end()

    def _paint_row(self, p: QPainter, font: QFont, row_h: float, rtl: bool) -> None:
        w = float(self.width())
        x = 4.0
        sw = row_h * 0.8
        y = 2.0
        if self.heading:
            bold = QFont(font)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(QColor(self.theme.muted))
            hw = QFontMetricsF(bold).horizontalAdvance(self.heading) + 16
            box = QRectF(w - x - hw, y, hw, row_h) if rtl else QRectF(x, y, hw, row_h)
            p.drawText(box, Qt.AlignmentFlag.AlignVCenter, self.heading)
        flow = self._flow(w)
        items = zip(self.rows(), self._item_widths(), flow, strict=True)
        for (face, text, answer), iw, (x, y) in items:
            left, right = (w - x - iw, w - x) if rtl else (x, x + iw)
            sx = right - sw if rtl else left
            swatch = QRectF(sx, y + (row_h - sw) / 2, sw, sw)
            self._paint_item(p, font, swatch, face, text, answer, rtl, left, right, y, row_h)

    def _paint_item(
        self,
        p: QPainter,
        font: QFont,
        swatch: QRectF,
        face: str,
        text: str,
        answer: Answer | None,
        rtl: bool,
        left: float,
        right: float,
        y: float,
        row_h: float,
    ) -> None:
        n = self.scale.size
        pal = self.palette_
        sw = swatch.width()
        # a swatch: how far the slice fills (a small bar from the centre outward)
        p.setPen(QPen(QColor(pal.sector_line), 1))
        if answer is not None and answer.level is not None:
            frac = answer.level / n
            bar = QRectF(swatch.left(), swatch.bottom() - sw * frac, sw, sw * frac)
            p.setBrush(QColor(self.colour))
            p.drawRect(bar)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(swatch)
        elif answer is not None:
            refusal_swatch(p, swatch, answer, pal, font)
        x_after = swatch.left() - 8 if rtl else swatch.right() + 8
        icon = face_icon(face) if face else None
        if icon is not None:
            fx = x_after - sw if rtl else x_after
            draw_icon(p, icon, QRectF(fx, swatch.top(), sw, sw), self.theme.text)
            x_after = fx - 8 if rtl else fx + sw + 8
        p.setFont(font)
        p.setPen(QColor(self.theme.text))
        if rtl:
            box = QRectF(left, y, x_after - left, row_h)
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        else:
            box = QRectF(x_after, y, right - x_after, row_h)
            p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def refusal_swatch(
    p: QPainter, box: QRectF, answer: Answer, pal: WheelPalette, font: QFont
) -> None:
    """The wheel's own picture of a refusal, in ``box``: "don't want to answer"
    hatched with the crossed-out speech bubble, "don't know" dotted with the
    circled question mark (the legend once showed "–" and "?" boxes instead)."""
    p.save()
    declined = answer == DECLINED
    square = QPainterPath()
    square.addRect(box)
    p.setPen(Qt.PenStyle.NoPen)
    p.fillPath(square, QColor(pal.declined_fill if declined else pal.dont_know_fill))
    side = box.width()
    if declined:
        hatch(p, square, max(4.0, side / 4), QPen(QColor(pal.declined_hatch), pal.line_scale))
    else:
        dots(p, square, max(4.0, side / 4.5), max(1.1, pal.line_scale), pal.dont_know_dots)
    symbol = side * 0.56
    if declined:
        _declined_symbol(p, box.center(), symbol, pal)
    else:
        _dont_know_symbol(p, box.center(), symbol, pal, font)
    p.setPen(QPen(QColor(pal.sector_line), 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(box)
    p.restore()


def _pick(texts: Mapping[str, str], lang: str) -> str:
    return str(pick(texts, lang))


__all__ = [
    "BigButton",
    "HoldButton",
    "PressableMixin",
    "ReadableText",
    "ScaleLegend",
    "refusal_swatch",
    "short_subject",
]

"""Answering by touching a big face: the youngest children's answer targets.

Each step of the scale is one large button that *is* the answer (a face when
the scale has faces, its word below). "Vet inte" and "Vill inte svara" are big
picture buttons of their own: a question mark, and a speech bubble crossed out.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from hjulet.core._validate import pick
from hjulet.core.icons import face_icon
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer
from hjulet.core.scales import Scale
from hjulet.gui.child_mode.parts import PressableMixin, button_style
from hjulet.gui.child_mode.pictures import draw_declined, draw_dont_know
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import CHILD_NORMAL, ChildTheme
from hjulet.gui.wheel.symbols import draw_icon


def pick_text(texts: Mapping[str, str], lang: str) -> str:
    """A text in ``lang``, else its base language, else Swedish, else any."""
    return str(pick(texts, lang))


class PictureButton(PressableMixin, QPushButton):
    """A checkable button drawn as a big picture with its word (and gloss) below."""

    def __init__(
        self,
        picture: str,
        text: str,
        lang: str,
        *,
        px: int,
        theme: ChildTheme = CHILD_NORMAL,
        gloss: str = "",
        gloss_lang: str = "sv",
        min_side: int = 96,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.picture = picture  # a face name, "dont_know" or "declined"
        self.words = text
        self.lang = lang
        self.px = px
        self.theme = theme
        self.gloss = gloss if gloss != text else ""
        self.gloss_lang = gloss_lang
        self.min_side = min_side
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setAccessibleName(text)
        if self.gloss:
            self.setAccessibleDescription(self.gloss)
        self.setToolTip(f"{text} ({self.gloss})" if self.gloss else text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(button_style(px, theme))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _text_h(self) -> float:
        h = QFontMetricsF(font_for(self.lang, self.px, bold=True)).height()
        if self.gloss:
            h += QFontMetricsF(font_for(self.gloss_lang, max(11, self.px // 2))).height()
        return h + 6

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(font_for(self.lang, self.px, bold=True))
        width = max(self.min_side, int(fm.horizontalAdvance(self.words) + 28))
        return QSize(width + 20, int(self.min_side + self._text_h() + 16))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetricsF(font_for(self.lang, self.px, bold=True))
        width = max(self.min_side, int(fm.horizontalAdvance(self.words) + 28))
        return QSize(width, int(self.min_side * 0.7 + self._text_h() + 12))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame, focus ring and checked fill from the style
        t = self.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        checked = self.isChecked()
        ink = t.checked_text if checked else t.face
        text_h = self._text_h()
        side = max(24.0, min(self.width() - 24.0, self.height() - text_h - 20.0))
        box = QRectF((self.width() - side) / 2, 10, side, side)
        if self.picture == "dont_know":
            draw_dont_know(p, box, ink)
        elif self.picture == "declined":
            draw_declined(p, box, ink)
        elif self.picture:
            icon = face_icon(self.picture)
            if icon is not None:
                draw_icon(p, icon, box, ink)
        p.setPen(QColor(t.checked_text if checked else t.button_text))
        font = font_for(self.lang, self.px, bold=True)
        p.setFont(font)
        fm = QFontMetricsF(font)
        y = box.bottom() + 4
        p.drawText(
            QRectF(4, y, self.width() - 8, fm.height()), Qt.AlignmentFlag.AlignCenter, self.words
        )
        if self.gloss:
            gfont = font_for(self.gloss_lang, max(11, self.px // 2))
            p.setFont(gfont)
            gh = QFontMetricsF(gfont).height()
            p.drawText(
                QRectF(4, y + fm.height(), self.width() - 8, gh),
                Qt.AlignmentFlag.AlignCenter,
                self.gloss,
            )
        p.end()


class FaceAnswers(QWidget):
    """The scale's steps as big faces, and the two refusals as big pictures."""

    answered = Signal(object)  # Answer

    def __init__(
        self,
        scale: Scale,
        lang: str,
        *,
        px: int,
        theme: ChildTheme = CHILD_NORMAL,
        gloss_lang: str = "",
        min_side: int = 96,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scale = scale
        self._answer: Answer = NOT_ASKED
        self.buttons: dict[Answer, PictureButton] = {}
        self.setAccessibleName(name)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(max(6, px // 2))
        faces = QHBoxLayout()
        faces.setSpacing(max(8, px))
        g = gloss_lang if gloss_lang and gloss_lang != lang else ""
        for step in scale.steps:
            answer = Answer.at(step.value)
            button = PictureButton(
                step.face or "",  # a scale without faces: the word alone
                step.label_in(lang),
                lang,
                px=px,
                theme=theme,
                gloss=step.label_in(g) if g else "",
                gloss_lang=g or lang,
                min_side=min_side,
            )
            self._wire(button, answer)
            faces.addWidget(button, 1)
        col.addLayout(faces, 3)
        refusals = QHBoxLayout()
        refusals.setSpacing(max(8, px))
        small = max(40, int(min_side * 0.5))
        for picture, answer, texts in (
            ("dont_know", DONT_KNOW, scale.dont_know_label),
            ("declined", DECLINED, scale.declined_label),
        ):
            button = PictureButton(
                picture,
                pick_text(texts, lang),
                lang,
                px=max(12, int(px * 0.8)),
                theme=theme,
                gloss=pick_text(texts, g) if g else "",
                gloss_lang=g or lang,
                min_side=small,
            )
            self._wire(button, answer)
            refusals.addWidget(button, 1)
        col.addLayout(refusals, 2)
        # focus given to the faces goes to a button, which draws the focus ring: the
        # chosen answer, else the first face
        self.setFocusProxy(next(iter(self.buttons.values())))

    def _wire(self, button: PictureButton, answer: Answer) -> None:
        self.buttons[answer] = button
        button.clicked.connect(lambda _c=False, a=answer: self._choose(a))

    def _choose(self, answer: Answer) -> None:
        self.set_answer(answer)
        self.answered.emit(answer)

    def set_answer(self, answer: Answer) -> None:
        self._answer = answer
        for a, button in self.buttons.items():
            button.setChecked(a == answer)
        self.setFocusProxy(self.focus_button())

    def answer(self) -> Answer:
        return self._answer

    def focus_button(self) -> PictureButton:
        """Where focus goes: the chosen answer's button, else the first face."""
        return self.buttons.get(self._answer, next(iter(self.buttons.values())))

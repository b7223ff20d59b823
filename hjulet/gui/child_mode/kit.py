"""What every child-mode page is built from.

* :func:`size_factor`: how large child mode draws in a window of a given size.
* :class:`PageKit`: everything a page needs to draw (the child's texts and
  language, the glosses in the adult's language, theme, tier, scale, the size
  factor and the room the window's corner buttons take) and the building blocks
  made from it: big buttons, read-aloud texts, a centred column, back and next,
  the two refusal buttons, the wheel page's three columns.
* :class:`ChildPage`: the base of a page: "back" and "next" as signals, the
  widget that takes the focus when the page is shown, and texts drawn a step
  smaller where the page is short (:meth:`ChildPage.fit`).

A page gets its kit and whatever else it shows (the conversation session to
read from) when it is made, and tells the window what the child did through
signals; it never asks the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hjulet.core import languages
from hjulet.core.child_texts import ChildModeTexts
from hjulet.core.model import DECLINED, DONT_KNOW, AgeTier, Answer
from hjulet.core.scales import Scale
from hjulet.core.wheel import Area, WheelDefinition
from hjulet.gui.child_mode.faces import FaceAnswers, pick_text
from hjulet.gui.child_mode.parts import (
    BigButton,
    ReadableText,
    ScaleLegend,
    no_scroll_bar_menus,
)
from hjulet.gui.child_mode.pictures import AreaPicture
from hjulet.gui.fonts import font_for
from hjulet.gui.speech import SpeakerWords
from hjulet.gui.theme import ChildTheme
from hjulet.gui.typing_direction import follow_writing
from hjulet.gui.typing_menu import TypingMenu, TypingWords
from hjulet.gui.wheel.widget import WheelWidget

if TYPE_CHECKING:
    from hjulet.gui.speech import ReadAloud

# a text drawn smaller to fit its page keeps at least this share of its size ...
FIT_FLOOR = 0.8
# ... and gets smaller in steps of this share
FIT_STEP = 0.04


def size_factor(width: int, height: int) -> float:
    """How large child mode draws in a window of this logical size (1.0 at 1366x768)."""
    k = min(height / 768, width / 1366)
    return round(max(0.58, min(1.0, k)), 2)


def whole_text_width(column: QWidget, narrowest: int, widest: int, height: int) -> int:
    """The narrowest width (from ``narrowest`` up to ``widest``) at which the column's
    wrapped texts fit ``height``: a long language gets a wider column, not cut words."""
    layout = column.layout()
    if layout is None or not layout.hasHeightForWidth():
        return narrowest
    if layout.heightForWidth(narrowest) <= height:
        return narrowest
    low, high = narrowest, widest
    while low < high:
        middle = (low + high) // 2
        if layout.heightForWidth(middle) <= height:
            high = middle
        else:
            low = middle + 1
    return low


class Words:
    """A label and an editor for the teen's own words, loading without saving back."""

    def __init__(self, label: QLabel, edit: QPlainTextEdit) -> None:
        self.label = label
        self.edit = edit
        self.loading = False
        self.textChanged = edit.textChanged

    def __getitem__(self, i: int) -> QWidget:
        return (self.label, self.edit)[i]

    def load(self, text: str) -> None:
        if self.edit.toPlainText() == text:
            return
        self.loading = True
        self.edit.setPlainText(text)
        self.loading = False

    def text(self) -> str:
        return self.edit.toPlainText()


class ChildPage(QWidget):
    """A page of child mode: it asks for the previous or the next step, never takes it."""

    back_asked = Signal()
    next_asked = Signal()

    def __init__(self, kit: PageKit) -> None:
        super().__init__()
        self.kit = kit
        # the texts drawn smaller when the page is short, with their sizes ...
        self.fitted: list[tuple[ReadableText, int]] = []
        # ... and the share of those sizes they are drawn at now, for this height
        self.fit_scale = 1.0
        self.fit_height = 0

    def focus_target(self) -> QWidget | None:
        """What takes the keyboard focus when the page is shown."""
        return None

    def limit_wheel(self, side: int) -> None:
        """The wheels are square: never wider than the page is high (``side``)."""

    def fit(self, height: int) -> None:
        """Draw the page's fitted texts as large as ``height`` allows: a long
        translation at 150 % would otherwise lose its last lines. Never below
        FIT_FLOOR of the size chosen for the page; the wording is never cut."""
        self.fit_height = height
        fitted = self.fitted
        # texts just set (another area's question) tell their layouts later: measure
        # what they hold now, not what they held
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        outer = self.layout()
        body = fitted[0][0].parentWidget() if fitted else None
        column = body.layout() if body is not None else None
        if not fitted or outer is None or body is None or column is None:
            return
        margins = outer.contentsMargins()
        room = height - margins.top() - margins.bottom()
        width = body.width()
        if width <= 0 or room <= 0:
            return
        scale = 1.0
        while True:
            for text, px in fitted:
                text.set_px(self.kit.px(max(1, round(px * scale))))
            column.invalidate()
            if column.totalHeightForWidth(width) <= room or scale <= FIT_FLOOR:
                break
            scale = max(FIT_FLOOR, scale - FIT_STEP)
        self.fit_scale = scale
        outer.invalidate()


@dataclass(frozen=True)
class PageKit:
    """The child's texts, looks and sizes, and the building blocks made from them."""

    texts: ChildModeTexts
    # the same words in the professional's language, when it differs
    gloss_texts: ChildModeTexts | None
    lang: str
    # area names and questions in the child's form of address ("ar-x-girl")
    label_lang: str
    adult_lang: str
    theme: ChildTheme
    tier: AgeTier
    scale: Scale
    definition: WheelDefinition
    rtl: bool
    # the size factor (1.0 at 1366x768)
    k: float
    reader: ReadAloud
    # how far down the corner buttons reach: pages keep their own content below it
    corner_height: int
    # how wide the pause and cover buttons are side by side
    corner_width: int
    # the height a page gets (the window's, full screen once the child has it)
    page_height: int

    def px(self, n: int) -> int:
        return max(11, round(n * self.k))

    def gloss(self, key: str) -> str:
        if self.gloss_texts is None:
            return ""
        return self.gloss_texts.text(key)

    def both(self, key: str) -> str:
        """The child's words for ``key``, and the adult's on a line of their own
        below where the page shows both languages (and they differ)."""
        own = self.texts.text(key)
        gloss = self.gloss(key)
        if not gloss or gloss == own:
            return own
        # the adult's line ends in a mark of its own direction: its full stop stays at
        # its end under a right-to-left child's line (a tooltip lays both out one way)
        mark = "\u200f" if languages.is_rtl(self.adult_lang) else "\u200e"
        return f"{own}\n{gloss}{mark}"

    def speaker_words(self) -> SpeakerWords:
        """What a read-aloud button tells a screen reader and its tooltip of its state:
        the child's words (never the adult's note: that stands in the corner, for the
        adult), with the adult's below them where the page shows both languages."""
        return SpeakerWords(
            playing=self.both("read_aloud_playing"),
            none=self.both("read_aloud_none"),
            off=self.both("read_aloud_off"),
        )

    @property
    def face_gloss_lang(self) -> str:
        """The language of the glosses under faces and area names ('' without glosses)."""
        return self.adult_lang if self.gloss_texts else ""

    def gloss_area(self, area: Area) -> str:
        return area.label_in(self.adult_lang) if self.gloss_texts is not None else ""

    def gloss_question(self, area: Area) -> str:
        if self.gloss_texts is None:
            return ""
        return f"{area.label_in(self.adult_lang)}: {area.question_in(self.adult_lang)}"

    # -- building blocks -------------------------------------------------------------
    def button(self, text: str, key: str = "", px: int = 24) -> BigButton:
        return BigButton(
            text,
            self.lang,
            px=self.px(px),
            theme=self.theme,
            gloss=self.gloss(key) if key else "",
            gloss_lang=self.adult_lang,
        )

    def readable(
        self, key: str, px: int = 24, bold: bool = False, *, first: bool = False
    ) -> ReadableText:
        return ReadableText(
            self.texts.text(key),
            self.lang,
            self.texts.read_aloud,
            px=self.px(px),
            bold=bold,
            swedish=self.gloss(key),
            theme=self.theme,
            gloss_lang=self.adult_lang,
            speaker_first=first,
            key=key,
            reader=self.reader,
            words=self.speaker_words(),
        )

    def dynamic_text(self, px: int, *, first: bool = False) -> ReadableText:
        return ReadableText(
            "",
            self.lang,
            self.texts.read_aloud,
            px=self.px(px),
            theme=self.theme,
            gloss_lang=self.adult_lang,
            speaker_first=first,
            reader=self.reader,
            words=self.speaker_words(),
        )

    def column(self, page: QWidget, max_width: int = 1000) -> QVBoxLayout:
        """Lay ``page`` out as a centred column; returns the column."""
        row = QHBoxLayout(page)
        m = self.px(40)
        row.setContentsMargins(m, self.corner_height, m, self.px(16))
        body = QWidget()
        body.setMaximumWidth(int(max_width * max(self.k, 0.8)))
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(self.px(14))
        row.addStretch(1)
        row.addWidget(body, 100)
        row.addStretch(1)
        return col

    def nav(
        self, page: ChildPage, col: QVBoxLayout, *, back: bool = True, next_: bool = True
    ) -> tuple[BigButton | None, BigButton | None]:
        """Back and next at the foot of ``col``, asking through ``page``'s signals."""
        row = QHBoxLayout()
        b = n = None
        if back:
            b = self.back_button(page)
            row.addWidget(b)
        row.addStretch(1)
        if next_:
            n = self.next_button(page)
            row.addWidget(n)
        col.addLayout(row)
        return b, n

    def back_button(self, page: ChildPage) -> BigButton:
        b = self.button(self.texts.back, "back", 22)
        b.clicked.connect(lambda: page.back_asked.emit())
        return b

    def next_button(self, page: ChildPage) -> BigButton:
        n = self.button(self.texts.next, "next", 24)
        n.clicked.connect(lambda: page.next_asked.emit())
        return n

    def wheel(self, definition: WheelDefinition, name: str, description: str) -> WheelWidget:
        """A wheel for the child: the kit's colours, direction and least size. A screen
        reader hears it all in the child's language: its ``name`` and ``description``
        (the area and its question), and an area not answered yet."""
        wheel = WheelWidget(definition, self.scale, self.label_lang, palette=self.theme.wheel)
        wheel.set_rtl(self.rtl)
        self.wheel_min(wheel)
        wheel.state.unanswered = self.texts.not_answered
        wheel.setAccessibleName(name)
        wheel.setAccessibleDescription(description)
        return wheel

    def wheel_min(self, wheel: QWidget) -> None:
        """On a small or scaled screen the wheel gives way (its rings get thinner)
        rather than pushing buttons off the screen."""
        side = self.px(280)
        wheel.setMinimumSize(side, side)

    def wheel_page(
        self, page: QWidget, leading: QWidget, wheel: QWidget, trailing: QWidget
    ) -> None:
        """Lay ``page`` out as texts | the wheel at full height | buttons (mirrored
        for right-to-left)."""
        row = QHBoxLayout(page)
        m = self.px(20)
        row.setContentsMargins(m, 0, m, 0)
        row.setSpacing(self.px(12))
        leading.setMaximumWidth(self.px(380))
        # the buttons' words always fit: the column is as wide as its widest button
        trailing.setMaximumWidth(max(self.px(280), trailing.sizeHint().width()))
        # ... and at least as wide as the pause and cover buttons above it
        trailing.setMinimumWidth(
            max(
                self.px(200),
                trailing.minimumSizeHint().width(),
                self.corner_width - self.px(20),
            )
        )
        # the texts and buttons start below the corner buttons; the wheel uses the full height
        top = self.corner_height
        for column in (leading, trailing):
            layout = column.layout()
            if layout is not None:
                layout.setContentsMargins(0, top, 0, self.px(12))
        # the texts are never cut: their column is at least as wide as it must be to
        # fit the page's height (Somali at 150 %); the wheel gives way, else keeps 5/8
        leading.setMinimumWidth(
            whole_text_width(leading, self.px(220), self.px(380), self.page_height)
        )
        row.addWidget(leading, 2)
        row.addWidget(wheel, 5)
        row.addWidget(trailing, 1)

    def refusal_column(
        self, on_answer: Callable[[Answer], None]
    ) -> tuple[QWidget, QVBoxLayout, BigButton, BigButton]:
        """A wheel page's trailing column: the two refusal buttons at the top, room
        below for the page's own buttons (added to the layout after the stretch)."""
        trail = QWidget()
        col = QVBoxLayout(trail)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(self.px(10))
        dont_know, declined = self.refusal_buttons(col, on_answer)
        col.addStretch(1)
        return trail, col, dont_know, declined

    def refusal_buttons(
        self, col: QVBoxLayout, on_answer: Callable[[Answer], None]
    ) -> tuple[BigButton, BigButton]:
        """ "Don't know" and "Don't want to answer", added to ``col``."""
        g = self.adult_lang if self.gloss_texts is not None else ""
        dont_know = BigButton(
            pick_text(self.scale.dont_know_label, self.lang),
            self.lang,
            px=self.px(18),
            theme=self.theme,
            gloss=pick_text(self.scale.dont_know_label, g) if g else "",
            gloss_lang=self.adult_lang,
        )
        declined = BigButton(
            pick_text(self.scale.declined_label, self.lang),
            self.lang,
            px=self.px(18),
            theme=self.theme,
            gloss=pick_text(self.scale.declined_label, g) if g else "",
            gloss_lang=self.adult_lang,
        )
        dont_know.clicked.connect(lambda: on_answer(DONT_KNOW))
        declined.clicked.connect(lambda: on_answer(DECLINED))
        col.addWidget(dont_know)
        col.addWidget(declined)
        return dont_know, declined

    def area_heading(self, px: int, side: int) -> AreaPicture:
        """An area's picture and name, glossed in the adult's language where it differs."""
        return AreaPicture(
            self.lang,
            self.theme,
            px=self.px(px),
            side=self.px(side),
            gloss_lang=self.face_gloss_lang,
        )

    def area_column(self, col: QVBoxLayout) -> tuple[AreaPicture, ReadableText, Words | None]:
        """The area on screen: heading, question and (for a teen) own words, added to
        ``col``; shared by the one-area page and the whole wheel."""
        heading = self.area_heading(28, 56)
        col.addWidget(heading)
        question = self.dynamic_text(22)
        col.addWidget(question)
        words = self.words_edit()
        if words is not None:
            col.addWidget(words[0])
            col.addWidget(words[1])
        return heading, question, words

    def show_area(self, heading: AreaPicture, question: ReadableText, area: Area) -> None:
        """``area``'s picture, name and question (glossed) in ``heading`` and ``question``."""
        heading.set_area(area.icon, area.label_in(self.label_lang), self.gloss_area(area))
        question.set_text(
            area.question_in(self.label_lang),
            self.gloss_question(area),
            area.label_in(self.label_lang),
            key=f"area.{area.id}.question",
        )

    def scale_legend(self, px: int, colour: str | None = None) -> ScaleLegend:
        """The scale's key beside a wheel, with the wheel's refusal pictures, in the
        child's language (``colour``: the area's; the key's own blue if None)."""
        return ScaleLegend(
            self.scale, self.lang, self.texts.scale_hint, px=self.px(px), colour=colour,
            palette=self.theme.wheel, theme=self.theme,
        )  # fmt: skip

    def faces(self, min_side: int, name: str = "") -> FaceAnswers:
        """The young tier's faces, glossed in the adult's language where it differs."""
        return FaceAnswers(
            self.scale, self.lang, px=self.px(22), theme=self.theme,
            gloss_lang=self.face_gloss_lang, min_side=self.px(min_side), name=name,
        )  # fmt: skip

    def muted_label(self, px: int) -> QLabel:
        """A small grey line ("3 of 8")."""
        label = QLabel()
        label.setFont(font_for(self.lang, self.px(px)))
        label.setStyleSheet(f"color: {self.theme.muted};")
        return label

    def editor(self, px: int, name: str) -> QPlainTextEdit:
        """A box the child types in, named ``name`` for a screen reader. Its menu (a
        right click, a long press, the Menu key) is in the child's words: Qt's own
        ("Undo", "Paste"...) is in the adult's language, and a child's screen reader
        read it out. Its scroll bars open none (Qt's "Scroll here"... likewise)."""
        edit = follow_writing(QPlainTextEdit())
        edit.setFont(font_for(self.lang, self.px(px)))
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        TypingMenu(edit, self.typing_words(), self.lang, self.rtl, px=self.px(px))
        no_scroll_bar_menus(edit)
        return edit

    def typing_words(self) -> TypingWords:
        """A typing box's menu in the child's words."""
        t = self.texts
        return TypingWords(
            menu=t.edit_menu, undo=t.edit_undo, cut=t.edit_cut, copy=t.edit_copy,
            paste=t.edit_paste, select_all=t.edit_select_all,
        )  # fmt: skip

    def words_edit(self) -> Words | None:
        """The teen's own words for the area on screen: (label, editor), or None."""
        if self.tier is not AgeTier.TEEN:
            return None
        label = QLabel(self.texts.own_words_label)
        label.setFont(font_for(self.lang, self.px(16)))
        label.setWordWrap(True)
        edit = self.editor(16, self.texts.own_words_label)
        edit.setMinimumHeight(self.px(56))
        edit.setMaximumHeight(self.px(90))
        label.setBuddy(edit)
        return Words(label, edit)


__all__ = [
    "FIT_FLOOR",
    "FIT_STEP",
    "ChildPage",
    "PageKit",
    "Words",
    "size_factor",
    "whole_text_width",
]

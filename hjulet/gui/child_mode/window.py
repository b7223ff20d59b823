"""Child mode: full screen, calm, large; only this child's wheel, in the child's language.

The adult first sees a short hand-over screen: the child's age tier (the
child's record gives the default), high contrast, an optional PIN and how to
leave. Then the child's flow, predictable and with no timers:

* young (about 4-7): who sees what (three short sentences and a picture), a
  practice item on faces, then one area per screen answered by touching one of
  the big faces (or the "Vet inte" / "Vill inte svara" pictures);
* middle (about 8-12): who sees what, practice on the wheel, one area per
  screen on worded steps filled from the centre (the whole wheel on request);
* teen (about 13-18): the same, but the whole wheel by default, and the teen
  may type their own words per area.

Every tier then has "what is important to me" (typed by a teen, said to the
adult by the others), the child's own sharing decision per area ("May we show
this at the meeting?", no by default) and "Thank you!". Pause and cover are
always there; Esc or F12 covers at once. Going back changes any answer.

Leaving needs the adult: holding the small round button in the top corner for
two seconds, or Ctrl+Shift+Q, opens a screen that asks for the vault
passphrase (or the PIN set at hand-over). The child's screens and the cover
never say how.

Sizes follow the window: the same screens fit 1366x768 and 1280x720 at 100 %
and 150 % scaling, in left-to-right and right-to-left languages (the window
rebuilds its pages for the window's size before the hand-over). Every answer is saved at once
through the :class:`ConversationController`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core import languages
from hjulet.core.catalog import load_catalog, tier_fits_scale, tier_for_child
from hjulet.core.child_texts import (
    ChildModeTexts,
    load_child_texts,
)
from hjulet.core.icons import area_icon, face_icon
from hjulet.core.model import (
    CHILD_TEXT_FIELDS,
    DECLINED,
    DONT_KNOW,
    AgeTier,
    Answer,
    EntryField,
)
from hjulet.core.wheel import Area, WheelDefinition
from hjulet.gui.child_mode.cover import CoverScreen
from hjulet.gui.child_mode.exit_gate import ExitGate
from hjulet.gui.child_mode.faces import FaceAnswers, pick_text
from hjulet.gui.child_mode.handover import HandoverPage
from hjulet.gui.child_mode.parts import (
    BigButton,
    HoldButton,
    ReadableText,
    ScaleLegend,
)
from hjulet.gui.conversation.controller import ConversationController
from hjulet.gui.errors import show_error
from hjulet.gui.fonts import font_for
from hjulet.gui.speech import ReadAloud
from hjulet.gui.theme import CHILD_HIGH_CONTRAST, CHILD_NORMAL, ChildTheme
from hjulet.gui.wheel.paint import draw_icon
from hjulet.gui.wheel.state import answer_text
from hjulet.gui.wheel.widget import WheelWidget

if TYPE_CHECKING:
    from hjulet.gui.vault_session import VaultSession

PRACTICE_ID = "practice"
PRACTICE_COLOUR = "#D9A0B8"
HOLD_MS = 2000
IMPORTANT = "important"  # the share step's item for "what is important to me"

FLOWS: dict[AgeTier, tuple[str, ...]] = {
    AgeTier.YOUNG: ("who", "practice", "young", "important", "share", "done"),
    AgeTier.MIDDLE: ("who", "practice", "one", "important", "share", "done"),
    AgeTier.TEEN: ("who", "practice", "whole", "important", "share", "done"),
}


# a text drawn smaller to fit its page keeps at least this share of its size
FIT_FLOOR = 0.8


def size_factor(width: int, height: int) -> float:
    """How large child mode draws in a window of this logical size (1.0 at 1366x768)."""
    k = min(height / 768, width / 1366)
    return round(max(0.58, min(1.0, k)), 2)


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


class FaceMark(QWidget):
    """A scale step's face, drawn small beside the words (hidden when there is none)."""

    def __init__(self, theme: ChildTheme, side: int) -> None:
        super().__init__()
        self.theme = theme
        self.face = ""
        self.setFixedSize(side, side)
        self.hide()

    def set_face(self, face: str) -> None:
        self.face = face
        self.setVisible(face_icon(face) is not None)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        icon = face_icon(self.face)
        if icon is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_icon(p, icon, QRectF(self.rect()).adjusted(2, 2, -2, -2), self.theme.face)
        p.end()


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


class ChildModeWindow(QWidget):
    """The child's screen for one conversation."""

    left = Signal()  # the adult left child mode

    PAGES = (
        "handover",
        "who",
        "practice",
        "young",
        "one",
        "whole",
        "important",
        "share",
        "done",
        "pause",
        "exit",
    )
    ADULT_PAGES = ("handover", "exit")

    def __init__(
        self,
        vault: services.Vault,
        controller: ConversationController,
        *,
        basedir: Path | None = None,
        parent: QWidget | None = None,
        no_err_windows: bool = False,
        adult_lang: str = "sv",
        tier: AgeTier | None = None,
        reader: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.controller = controller
        self.conversation_session = controller.session
        self.no_err_windows = no_err_windows
        conv = self.conversation_session.conversation
        self.conv = conv
        self.definition = conv.definition
        self.scale = conv.scale
        extra = (basedir,) if basedir else ()
        self._extra_dirs: tuple[Path, ...] = extra
        self.lang = conv.language
        # the child's form of address (girl/boy) for languages with gender
        form = services.get_child(vault, conv.child_id).address_form
        self.texts: ChildModeTexts = load_child_texts(self.lang, extra, form)
        # area names and questions in that form ("ar-x-girl"), else the plain language
        self.label_lang = languages.form_tag(
            conv.language, languages.effective_form(conv.language, form)
        )
        self.adult_lang = adult_lang
        # glosses: the same words in the professional's language, when it differs
        self.gloss_texts: ChildModeTexts | None = (
            load_child_texts(adult_lang, extra) if adult_lang != self.lang else None
        )
        self.rtl = self.texts.rtl or self.definition.is_rtl(self.lang)
        # read-aloud never blocks: the engine and the clip player run in child processes
        self.reader = reader or ReadAloud(basedir, self)
        self.reader.prepare(self.lang)
        settings = self._vault_settings()
        self.pin_allowed = bool(settings.get("child_mode_pin_allowed", False))
        self.theme: ChildTheme = (
            CHILD_HIGH_CONTRAST if settings.get("theme") == "high_contrast" else CHILD_NORMAL
        )
        # a conversation with answers keeps its scale; one without may switch to the
        # scale of the chosen tier (three faces for the youngest) at hand-over
        self.scale_locked = conv.id is None or services.has_answers(vault, conv.id)
        self.tier: AgeTier = tier or self._default_tier()
        if self.scale_locked and not tier_fits_scale(self.tier, self.scale):
            self.tier = AgeTier.MIDDLE
        self.one_index = 0
        self.share_index = 0
        self._before = "who"  # where pause / the exit screen return to
        self._may_close = False
        self._handed_over = False
        # middle and teen may switch between one area a screen and the whole wheel
        self._flow_override: tuple[str, ...] | None = None
        self.k = 1.0
        self.pages: dict[str, QWidget] = {}
        # per page: the texts drawn smaller when the page is short, with their sizes
        self.fitted_texts: dict[str, list[tuple[ReadableText, int]]] = {}
        self.setWindowTitle(QCoreApplication.translate("ChildMode", "Child mode"))
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        self.setAutoFillBackground(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.corner_buttons: list[QWidget] = []
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.exit_gate = ExitGate(
            lambda secret: services.verify_passphrase(self.vault, secret), lang=adult_lang
        )
        self.exit_gate.accepted.connect(self.leave)
        self.exit_gate.cancelled.connect(lambda: self.go(self._before))
        self.cover_screen = CoverScreen(self, self.theme)
        self.cover_screen.uncover.connect(self.uncover)
        self.cover_screen.hide()
        # for the adult: why read-aloud is off (in the professional's language, small)
        self.speech_note = QLabel(self)
        self.speech_note.setObjectName("speechNote")
        self.speech_note.setWordWrap(True)
        self.speech_note.setFont(font_for(adult_lang, 12))
        self.speech_note.setStyleSheet(f"color: {self.theme.muted};")
        self.speech_note.hide()
        self._speech_note_said = False
        self.reader.note.connect(self._speech_note)
        self.reader.availability_changed.connect(self._speech_note)
        for seq in ("Esc", "F12"):
            sc = QShortcut(QKeySequence(seq), self, self.toggle_cover)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
        leave = QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.ask_to_leave)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)
        controller.answer_committed.connect(self._answer_committed)
        controller.save_failed.connect(self._save_failed)
        screen = self.screen() or QGuiApplication.primaryScreen()
        size = screen.geometry().size() if screen is not None else QSize(1366, 768)
        self.k = size_factor(size.width(), size.height())
        self._build()
        self.go("handover")
        self._speech_note()

    # -- set-up ------------------------------------------------------------------------
    def _vault_settings(self) -> dict[str, Any]:
        try:
            return services.get_settings(self.vault)
        except Exception:  # settings are a nicety; child mode works without them
            return {}

    def _default_tier(self) -> AgeTier:
        """From the child's record: the age from the birth year, else the tier field."""
        try:
            child = services.get_child(self.vault, self.conv.child_id)
        except Exception:
            child = None
        if child is not None:
            return tier_for_child(child)
        try:
            return AgeTier(self.scale.tier)
        except ValueError:
            return AgeTier.MIDDLE

    def px(self, n: int) -> int:
        return max(11, round(n * self.k))

    def gloss(self, key: str) -> str:
        if self.gloss_texts is None:
            return ""
        return self.gloss_texts.text(key)

    def flow(self) -> tuple[str, ...]:
        return self._flow_override or FLOWS[self.tier]

    def _build(self) -> None:
        """(Re)build every page for the current tier, theme and size."""
        t = self.theme
        self.setStyleSheet(
            f"ChildModeWindow {{ background: {t.background}; }}"
            f"QLabel {{ color: {t.text}; }}"
            f"QToolButton {{ border: 2px solid transparent; border-radius: 10px; }}"
            f"QToolButton:focus {{ border: 4px solid {t.focus}; }}"
            f"QRadioButton, QCheckBox {{ color: {t.text}; }}"
            f"QPlainTextEdit, QLineEdit {{ background: {t.button_bg}; color: {t.text}; "
            f"border: 2px solid {t.button_border}; border-radius: 8px; }}"
            f"QPlainTextEdit:focus, QLineEdit:focus {{ border: 4px solid {t.focus}; }}"
        )
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(t.background))
        self.setPalette(pal)
        self.cover_screen.theme = t
        for name in list(self.pages):
            page = self.pages.pop(name)
            self.stack.removeWidget(page)
            if page is not self.exit_gate:
                page.deleteLater()
        self.one_wheel: WheelWidget | None = None
        self._build_top_bar()  # first: the pages keep clear of the corner buttons
        self.pages["handover"] = self._build_handover()
        self.pages["who"] = self._build_who()
        self.pages["practice"] = self._build_practice()
        self.pages["young"] = self._build_young()
        self.pages["one"] = self._build_one()
        self.pages["whole"] = self._build_whole()
        self.pages["important"] = self._build_important()
        self.pages["share"] = self._build_share()
        self.pages["done"] = self._build_done()
        self.pages["pause"] = self._build_pause()
        self.pages["exit"] = self.exit_gate
        for name in self.PAGES:
            self.stack.addWidget(self.pages[name])
        self._place_corner_buttons()

    def _build_top_bar(self) -> None:
        """Pause and cover in the top trailing corner; the adult's round button leading."""
        for old in self.corner_buttons:
            old.hide()
            old.deleteLater()
        t = self.texts
        # the adult's way out: a small plain round button; what it does is told to
        # the adult at hand-over, never on the child's screens
        self.exit_button = HoldButton("", HOLD_MS, self)
        self.exit_button.setAccessibleName(QCoreApplication.translate("ChildMode", "For the adult"))
        side = 44
        self.exit_button.setFixedSize(side, side)
        self.exit_button.setStyleSheet(
            f"QPushButton {{ background: transparent; border: 2px solid {self.theme.button_border};"
            f" border-radius: {side // 2}px; }}"
            f"QPushButton:focus {{ border: 4px solid {self.theme.focus}; }}"
        )
        self.exit_button.held.connect(self.ask_to_leave)
        self.pause_button = self._button(t.pause, "pause", 20)
        self.pause_button.setParent(self)
        self.pause_button.clicked.connect(self.pause)
        self.cover_button = self._button(t.cover, "cover", 20)
        self.cover_button.setParent(self)
        self.cover_button.clicked.connect(self.cover)
        self.corner_buttons = [self.exit_button, self.pause_button, self.cover_button]
        for button in self.corner_buttons:
            button.show()

    def corner_height(self) -> int:
        """How far down the corner buttons reach: pages keep their own content below it."""
        tallest = 44
        for button in (self.pause_button, self.cover_button):
            button.ensurePolished()  # the style sheet decides the height
            tallest = max(tallest, button.sizeHint().height(), button.minimumHeight())
        return 12 + tallest + 8

    def _place_corner_buttons(self) -> None:
        margin = 12
        w = self.width()
        cover = self.cover_button.sizeHint()
        pause = self.pause_button.sizeHint()
        h = max(cover.height(), pause.height())
        if self.rtl:
            self.cover_button.setGeometry(margin, margin, cover.width(), h)
            self.pause_button.setGeometry(margin + cover.width() + 10, margin, pause.width(), h)
            self.exit_button.move(w - margin - self.exit_button.width(), margin)
        else:
            self.cover_button.setGeometry(w - margin - cover.width(), margin, cover.width(), h)
            self.pause_button.setGeometry(
                w - margin - cover.width() - 10 - pause.width(), margin, pause.width(), h
            )
            self.exit_button.move(margin, margin)
        for button in self.corner_buttons:
            button.raise_()
        if self.speech_note.isVisibleTo(self):
            ex_geo = self.exit_button.geometry()
            note_w = min(520, max(200, w // 3))
            x = ex_geo.right() + 12 if not self.rtl else ex_geo.left() - 12 - note_w
            self.speech_note.setGeometry(x, ex_geo.top(), note_w, ex_geo.height() + 16)
            self.speech_note.raise_()
        if self.cover_screen.isVisible():
            self.cover_screen.setGeometry(self.rect())
            self.cover_screen.raise_()

    # -- building blocks -------------------------------------------------------------
    def _button(self, text: str, key: str = "", px: int = 24) -> BigButton:
        return BigButton(
            text,
            self.lang,
            px=self.px(px),
            theme=self.theme,
            gloss=self.gloss(key) if key else "",
            gloss_lang=self.adult_lang,
        )

    def _readable(
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
        )

    def _dynamic_text(self, px: int, *, first: bool = False) -> ReadableText:
        return ReadableText(
            "",
            self.lang,
            self.texts.read_aloud,
            px=self.px(px),
            theme=self.theme,
            gloss_lang=self.adult_lang,
            speaker_first=first,
            reader=self.reader,
        )

    def _column(self, max_width: int = 1000) -> tuple[QWidget, QVBoxLayout]:
        """A centred column page."""
        page = QWidget()
        row = QHBoxLayout(page)
        m = self.px(40)
        row.setContentsMargins(m, self.corner_height(), m, self.px(16))
        body = QWidget()
        body.setMaximumWidth(int(max_width * max(self.k, 0.8)))
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(self.px(14))
        row.addStretch(1)
        row.addWidget(body, 100)
        row.addStretch(1)
        return page, col

    def _nav(
        self, col: QVBoxLayout, *, back: bool = True, next_: bool = True
    ) -> tuple[BigButton | None, BigButton | None]:
        row = QHBoxLayout()
        b = n = None
        if back:
            b = self._button(self.texts.back, "back", 22)
            b.clicked.connect(self.back)
            row.addWidget(b)
        row.addStretch(1)
        if next_:
            n = self._button(self.texts.next, "next", 24)
            n.clicked.connect(self.forward)
            row.addWidget(n)
        col.addLayout(row)
        return b, n

    def _picture_label(self, icon: str, side: int) -> QWidget:
        pic = AreaPicture(self.lang, self.theme, px=self.px(20), side=side)
        pic.set_area(icon, "")
        pic.setAccessibleName("")
        return pic

    def _wheel_min(self, wheel: WheelWidget) -> None:
        """On a small or scaled screen the wheel gives way (its rings get thinner)
        rather than pushing buttons off the screen."""
        side = self.px(280)
        wheel.setMinimumSize(side, side)

    # -- pages ---------------------------------------------------------------------------
    def _build_handover(self) -> QWidget:
        page = HandoverPage(
            self.tier,
            high_contrast=self.theme is CHILD_HIGH_CONTRAST,
            pin_allowed=self.pin_allowed,
            lang=self.adult_lang,
        )
        page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # the note on read-aloud (for this adult) sits in the top corner: start below it
        column = page.layout()
        if column is not None:
            m = column.contentsMargins()
            column.setContentsMargins(m.left(), self.corner_height(), m.right(), m.bottom())
        if self.scale_locked:
            for tier in AgeTier:
                if not tier_fits_scale(tier, self.scale):
                    page.refuse_tier(tier)
        page.handed_over.connect(self._hand_over)
        page.cancelled.connect(self._cancel_handover)
        page.contrast_changed.connect(self._contrast_chosen)
        self.handover = page
        return page

    def _build_who(self) -> QWidget:
        page, col = self._column()
        fitted: list[tuple[ReadableText, int]] = []
        self.fitted_texts["who"] = fitted

        def readable(key: str, px: int, *, bold: bool = False, first: bool = False) -> ReadableText:
            text = self._readable(key, px=px, bold=bold, first=first)
            fitted.append((text, px))
            return text

        col.addWidget(readable("who_sees_title", px=34, bold=True))
        if self.tier is AgeTier.YOUNG:
            row = QHBoxLayout()
            pic = AreaPicture(self.lang, self.theme, px=self.px(20), side=self.px(120))
            pic.set_area("people", "")
            pic.setMaximumWidth(self.px(130))
            row.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
            sentences = QVBoxLayout()
            sentences.setSpacing(self.px(12))
            for key in ("young_who_adult", "young_who_choose", "young_who_harm"):
                sentences.addWidget(readable(key, px=28, first=True))
            row.addLayout(sentences, 1)
            col.addLayout(row)
        else:
            for key in ("who_sees_adult", "who_sees_choose", "who_sees_harm", "who_sees_skip"):
                col.addWidget(readable(key, px=22))
        col.addStretch(1)
        _b, self.who_next = self._nav(col, back=False)
        return page

    def _fit_texts(self, name: str) -> None:
        """Draw the page's texts as large as its height allows: a long translation at
        150 % would otherwise lose its last lines. Never below FIT_FLOOR of the size
        chosen for the page; the wording is never cut."""
        fitted = self.fitted_texts.get(name)
        page = self.pages.get(name)
        outer = page.layout() if page is not None else None
        body = fitted[0][0].parentWidget() if fitted else None
        column = body.layout() if body is not None else None
        if not fitted or outer is None or body is None or column is None:
            return
        margins = outer.contentsMargins()
        room = self.stack.height() - margins.top() - margins.bottom()
        width = body.width()
        if width <= 0 or room <= 0:
            return
        scale = 1.0
        while True:
            for text, px in fitted:
                text.set_px(self.px(max(1, round(px * scale))))
            column.invalidate()
            if column.totalHeightForWidth(width) <= room or scale <= FIT_FLOOR:
                break
            scale = max(FIT_FLOOR, scale - 0.04)
        outer.invalidate()

    def _page_height(self) -> int:
        """The height a page gets: the window's (full screen when the child has it)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        full = screen.geometry().height() if screen is not None else 768
        resized = self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        return self.height() if resized else full

    def _wheel_page(self, leading: QWidget, wheel: QWidget, trailing: QWidget) -> QWidget:
        """Texts | the wheel at full height | buttons (mirrored for right-to-left)."""
        page = QWidget()
        row = QHBoxLayout(page)
        m = self.px(20)
        row.setContentsMargins(m, 0, m, 0)
        row.setSpacing(self.px(12))
        leading.setMaximumWidth(self.px(380))
        # the buttons' words always fit: the column is as wide as its widest button
        trailing.setMaximumWidth(max(self.px(280), trailing.sizeHint().width()))
        # ... and at least as wide as the pause and cover buttons above it
        corner = self.pause_button.sizeHint().width() + self.cover_button.sizeHint().width() + 22
        trailing.setMinimumWidth(
            max(self.px(200), trailing.minimumSizeHint().width(), corner - self.px(20))
        )
        # the texts and buttons start below the corner buttons; the wheel uses the full height
        top = self.corner_height()
        for column in (leading, trailing):
            layout = column.layout()
            if layout is not None:
                layout.setContentsMargins(0, top, 0, self.px(12))
        # the texts are never cut: their column is at least as wide as it must be to
        # fit the page's height (Somali at 150 %); the wheel gives way, else keeps 5/8
        leading.setMinimumWidth(
            whole_text_width(leading, self.px(220), self.px(380), self._page_height())
        )
        row.addWidget(leading, 2)
        row.addWidget(wheel, 5)
        row.addWidget(trailing, 1)
        return page

    def _refusal_buttons(self, col: QVBoxLayout, on_answer: Any) -> tuple[BigButton, BigButton]:
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

    def _build_practice(self) -> QWidget:
        t = self.texts
        if self.tier is AgeTier.YOUNG:
            page, col = self._column()
            col.setSpacing(self.px(10))
            # the title as a plain heading: the question below it is what is read aloud
            title = QLabel(t.practice_title)
            title.setFont(font_for(self.lang, self.px(24), bold=True))
            title.setWordWrap(True)
            col.addWidget(title)
            col.addWidget(self._readable("young_practice_question", px=26, first=True))
            self.practice_faces = FaceAnswers(
                self.scale,
                self.lang,
                px=self.px(22),
                theme=self.theme,
                gloss_lang=self.adult_lang if self.gloss_texts else "",
                name=t.young_practice_question,
                min_side=self.px(96),
            )
            col.addWidget(self.practice_faces, 1)
            note = QLabel(t.practice_not_saved)
            note.setFont(font_for(self.lang, self.px(16)))
            note.setStyleSheet(f"color: {self.theme.muted};")
            note.setWordWrap(True)
            col.addWidget(note)
            _b, self.practice_next = self._nav(col)
            self.practice_wheel = None
            return page
        area = Area(
            PRACTICE_ID,
            "heart",
            PRACTICE_COLOUR,
            {self.lang: t.practice_title},
            {self.lang: t.practice_question},
        )
        definition = WheelDefinition(
            PRACTICE_ID,
            1,
            {self.lang: t.practice_title},
            self.lang,
            self.definition.languages,
            (area,),
        )
        wheel = WheelWidget(definition, self.scale, self.label_lang, palette=self.theme.wheel)
        wheel.set_rtl(self.rtl)
        self._wheel_min(wheel)
        wheel.setAccessibleName(t.practice_question)
        self.practice_wheel = wheel
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(self.px(12))
        col.addWidget(self._readable("practice_title", px=28, bold=True))
        col.addWidget(self._readable("practice_question", px=24))
        col.addWidget(self._readable("practice_hint", px=18))
        col.addStretch(1)
        col.addWidget(
            ScaleLegend(
                self.scale,
                self.lang,
                t.scale_hint,
                px=self.px(16),
                colour=PRACTICE_COLOUR,
                palette=self.theme.wheel,
                theme=self.theme,
            )
        )
        trail = QWidget()
        tcol = QVBoxLayout(trail)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.setSpacing(self.px(10))
        self._refusal_buttons(tcol, lambda a: wheel.set_answer(PRACTICE_ID, a))
        tcol.addStretch(1)
        note = QLabel(t.practice_not_saved)
        note.setWordWrap(True)
        note.setFont(font_for(self.lang, self.px(15)))
        note.setStyleSheet(f"color: {self.theme.muted};")
        tcol.addWidget(note)
        practice_back = self._button(t.back, "back", 22)
        practice_back.clicked.connect(self.back)
        self.practice_next = self._button(t.next, "next", 24)
        self.practice_next.clicked.connect(self.forward)
        tcol.addWidget(practice_back)
        tcol.addWidget(self.practice_next)
        return self._wheel_page(lead, wheel, trail)

    def _build_young(self) -> QWidget:
        """One area per screen: big picture, one sentence read aloud first, big faces."""
        page, col = self._column(1100)
        col.setSpacing(self.px(10))
        head = QHBoxLayout()
        self.young_count = QLabel()
        self.young_count.setFont(font_for(self.lang, self.px(16)))
        self.young_count.setStyleSheet(f"color: {self.theme.muted};")
        self.young_picture = self._area_heading(30, 88)
        head.addWidget(self.young_picture, 1)
        head.addWidget(self.young_count, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)
        self.young_question = self._dynamic_text(22, first=True)
        col.addWidget(self.young_question)
        self.young_faces = FaceAnswers(
            self.scale,
            self.lang,
            px=self.px(22),
            theme=self.theme,
            gloss_lang=self.adult_lang if self.gloss_texts else "",
            min_side=self.px(90),
        )
        self.young_faces.answered.connect(self._answer_young)
        col.addWidget(self.young_faces, 1)
        self.young_back, self.young_next = self._nav(col)
        return page

    def _build_one(self) -> QWidget:
        t = self.texts
        self.one_wheel = None
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(self.px(10))
        self.one_count = QLabel()
        self.one_count.setFont(font_for(self.lang, self.px(16)))
        self.one_count.setStyleSheet(f"color: {self.theme.muted};")
        col.addWidget(self.one_count)
        self.one_heading, self.one_question, self.one_words = self._area_column(col, one=True)
        col.addStretch(1)
        self.one_legend_holder = QVBoxLayout()
        col.addLayout(self.one_legend_holder)
        self.one_legend: ScaleLegend | None = None
        self.one_wheel_holder = QWidget()
        self.one_wheel_layout = QVBoxLayout(self.one_wheel_holder)
        self.one_wheel_layout.setContentsMargins(0, 0, 0, 0)
        trail = QWidget()
        tcol = QVBoxLayout(trail)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.setSpacing(self.px(10))
        self.one_dont_know, self.one_declined = self._refusal_buttons(tcol, self._answer_one)
        tcol.addStretch(1)
        self.one_switch = self._button(t.choose_whole, "choose_whole", 16)
        self.one_switch.clicked.connect(lambda: self._switch_way("whole"))
        tcol.addWidget(self.one_switch)
        self.one_back = self._button(t.back, "back", 22)
        self.one_next = self._button(t.next, "next", 24)
        self.one_back.clicked.connect(self.back)
        self.one_next.clicked.connect(self.forward)
        tcol.addWidget(self.one_back)
        tcol.addWidget(self.one_next)
        return self._wheel_page(lead, self.one_wheel_holder, trail)

    def _area_heading(self, px: int, side: int) -> AreaPicture:
        """An area's picture and name, glossed in the adult's language where it differs."""
        return AreaPicture(
            self.lang,
            self.theme,
            px=self.px(px),
            side=self.px(side),
            gloss_lang=self.adult_lang if self.gloss_texts else "",
        )

    def _area_column(self, col: QVBoxLayout, *, one: bool) -> tuple[AreaPicture, ReadableText, Any]:
        """The area on screen: heading, question and (for a teen) own words, added to
        ``col``; shared by the one-area page and the whole wheel."""
        heading = self._area_heading(28, 56)
        col.addWidget(heading)
        question = self._dynamic_text(22)
        col.addWidget(question)
        words = self._words_edit()
        if words is not None:
            words.textChanged.connect(lambda: self._words_changed(words, one))
            col.addWidget(words[0])
            col.addWidget(words[1])
        return heading, question, words

    def _words_edit(self) -> Any:
        """The teen's own words for the area on screen: (label, editor), or None."""
        if self.tier is not AgeTier.TEEN:
            return None
        label = QLabel(self.texts.own_words_label)
        label.setFont(font_for(self.lang, self.px(16)))
        label.setWordWrap(True)
        edit = QPlainTextEdit()
        edit.setFont(font_for(self.lang, self.px(16)))
        edit.setAccessibleName(self.texts.own_words_label)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.px(56))
        edit.setMaximumHeight(self.px(90))
        label.setBuddy(edit)
        return _Words(label, edit)

    def _build_whole(self) -> QWidget:
        t = self.texts
        self.wheel = WheelWidget(
            self.definition, self.scale, self.label_lang, palette=self.theme.wheel
        )
        self.wheel.set_rtl(self.rtl)
        self._wheel_min(self.wheel)
        self.wheel.set_answers(child=self.conversation_session.answers("child"))
        self.wheel.set_show_previous(False)
        self.wheel.rating_changed.connect(self._rated)
        self.wheel.focus_area_changed.connect(self._whole_focus)
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(self.px(10))
        self.whole_heading, self.whole_question, self.whole_words = self._area_column(
            col, one=False
        )
        col.addStretch(1)
        col.addWidget(
            ScaleLegend(
                self.scale,
                self.lang,
                t.scale_hint,
                px=self.px(15),
                palette=self.theme.wheel,
                theme=self.theme,
            )
        )
        trail = QWidget()
        tcol = QVBoxLayout(trail)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.setSpacing(self.px(10))
        self.whole_dont_know, self.whole_declined = self._refusal_buttons(tcol, self._answer_whole)
        tcol.addStretch(1)
        self.whole_switch = self._button(t.choose_one, "choose_one", 16)
        self.whole_switch.clicked.connect(lambda: self._switch_way("one"))
        tcol.addWidget(self.whole_switch)
        self.whole_back = self._button(t.back, "back", 22)
        self.whole_back.clicked.connect(self.back)
        self.whole_done = self._button(t.next, "next", 24)
        self.whole_done.clicked.connect(self.forward)
        tcol.addWidget(self.whole_back)
        tcol.addWidget(self.whole_done)
        self._whole_focus(self.definition.areas[0].id)
        return self._wheel_page(lead, self.wheel, trail)

    def _build_important(self) -> QWidget:
        page, col = self._column()
        col.addWidget(self._readable("important_title", px=32, bold=True))
        self.important_edit: QPlainTextEdit | None = None
        if self.tier is AgeTier.TEEN:
            col.addWidget(self._readable("important_type", px=22))
            edit = QPlainTextEdit()
            edit.setFont(font_for(self.lang, self.px(20)))
            edit.setAccessibleName(self.texts.important_title)
            edit.setTabChangesFocus(True)
            edit.setPlainText(self.conversation_session.conversation_text("important_to_me"))
            edit.textChanged.connect(
                lambda: self.controller.set_conversation_text("important_to_me", edit.toPlainText())
            )
            self.important_edit = edit
            col.addWidget(edit, 1)
        else:
            row = QHBoxLayout()
            pic = AreaPicture(self.lang, self.theme, px=self.px(20), side=self.px(110))
            pic.set_area("heart", "")
            pic.setMaximumWidth(self.px(120))
            row.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self._readable("important_say", px=28, first=True), 1)
            col.addLayout(row)
            col.addStretch(1)
        self.important_back, self.important_next = self._nav(col)
        return page

    def _build_share(self) -> QWidget:
        page, col = self._column()
        # gaps shrink with the screen (px() keeps 11 as a floor for type, not for gaps),
        # so every sentence and its gloss fit at 1280x720, 150 %
        col.setSpacing(max(4, round(10 * self.k)))
        head = QHBoxLayout()
        self.share_picture = AreaPicture(
            self.lang,
            self.theme,
            px=self.px(28),
            side=self.px(72),
            gloss_lang=self.adult_lang if self.gloss_texts else "",
        )
        self.share_count = QLabel()
        self.share_count.setFont(font_for(self.lang, self.px(16)))
        self.share_count.setStyleSheet(f"color: {self.theme.muted};")
        head.addWidget(self.share_picture, 1)
        head.addWidget(self.share_count, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)
        said_row = QHBoxLayout()
        self.share_face = FaceMark(self.theme, self.px(48))
        said_row.addWidget(self.share_face, 0, Qt.AlignmentFlag.AlignVCenter)
        self.share_said = QLabel()
        self.share_said.setFont(font_for(self.lang, self.px(20)))
        self.share_said.setWordWrap(True)
        said_row.addWidget(self.share_said, 1)
        col.addLayout(said_row)
        self.share_question = self._readable("share_title", px=28, bold=True, first=True)
        col.addWidget(self.share_question)
        col.addWidget(self._readable("share_intro", px=18))
        row = QHBoxLayout()
        row.setSpacing(self.px(20))
        self.share_yes = self._button(self.texts.share_yes, "share_yes", 24)
        self.share_no = self._button(self.texts.share_no, "share_no", 24)
        for b in (self.share_yes, self.share_no):
            b.setCheckable(True)
            b.setMinimumHeight(self.px(84))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(b, 1)
        self.share_yes.clicked.connect(lambda: self._share_choice(True))
        self.share_no.clicked.connect(lambda: self._share_choice(False))
        col.addLayout(row)
        # read aloud and glossed like every other sentence the child is shown
        col.addWidget(self._readable("share_consent", px=16))
        col.addStretch(1)
        self.share_back, _n = self._nav(col, next_=False)
        return page

    def _build_done(self) -> QWidget:
        page, col = self._column(800)
        col.addStretch(1)
        col.addWidget(self._readable("done_title", px=44, bold=True))
        key = "young_done_text" if self.tier is AgeTier.YOUNG else "done_text"
        col.addWidget(self._readable(key, px=28, first=self.tier is AgeTier.YOUNG))
        col.addStretch(2)
        self.done_back, _n = self._nav(col, next_=False)
        return page

    def _build_pause(self) -> QWidget:
        page, col = self._column(800)
        col.addStretch(1)
        col.addWidget(self._readable("pause_title", px=40, bold=True))
        col.addWidget(self._readable("pause_text", px=28))
        self.resume_button = self._button(self.texts.resume, "resume", 30)
        self.resume_button.setMinimumHeight(self.px(96))
        self.resume_button.clicked.connect(self.resume)
        col.addWidget(self.resume_button)
        col.addStretch(2)
        return page

    # -- hand-over -------------------------------------------------------------------
    def _contrast_chosen(self, on: bool) -> None:
        self.set_theme(CHILD_HIGH_CONTRAST if on else CHILD_NORMAL)

    def set_theme(self, theme: ChildTheme) -> None:
        if theme is self.theme:
            return
        self.theme = theme
        current = self.current_page()
        self._build()
        self.go(current or "handover")

    def set_tier(self, tier: AgeTier) -> None:
        if tier is self.tier:
            return
        self.tier = tier
        self._flow_override = None
        current = self.current_page()
        self._build()
        self.go(current or "handover")

    def _hand_over(self) -> None:
        pin = self.handover.pin_text()
        self.exit_gate.set_pin(pin or None)
        tier = self.handover.tier()
        if not tier_fits_scale(tier, self.scale) and not self._switch_scale(tier):
            return
        self.set_tier(tier)
        self._handed_over = True
        self.go("who")

    def _switch_scale(self, tier: AgeTier) -> bool:
        """Hold the unanswered conversation on the tier's scale (saved at once)."""
        try:
            scale = load_catalog(self._extra_dirs).scale_for(tier)
            assert self.conv.id is not None
            services.change_scale(self.vault, self.conv.id, scale)
            self.controller.session.reload()
        except Exception as exc:
            show_error(self, exc, no_windows=self.no_err_windows)
            return False
        self.conv = self.controller.conversation
        self.scale = self.conv.scale
        self.tier = tier
        self._flow_override = None
        self._build()
        return True

    def _cancel_handover(self) -> None:
        self._may_close = True
        self.leave()

    # -- navigation ------------------------------------------------------------------
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        for name, page in self.pages.items():
            if page is widget:
                return name
        return ""

    def go(self, name: str) -> None:
        self.reader.stop()
        if name == "whole":
            self.wheel.set_answers(child=self.conversation_session.answers("child"))
            self._whole_focus(self.wheel.focus_area() or self.definition.areas[0].id)
        elif name == "young":
            self._show_young(self.one_index)
        elif name == "one":
            self._show_one(self.one_index)
        elif name == "share":
            if not self.share_items():
                name = "done"
            else:
                self._show_share(self.share_index)
        self.stack.setCurrentWidget(self.pages[name])
        self._fit_texts(name)  # shown and polished: its widgets' sizes are the real ones
        adult = name in self.ADULT_PAGES
        self.exit_button.setVisible(not adult)
        self.cover_button.setVisible(not adult)
        self.pause_button.setVisible(not adult and name != "pause")
        focus: QWidget | None = {
            "who": self.who_next,
            "practice": self.practice_wheel or self.practice_faces,
            "whole": self.wheel,
            "one": self.one_wheel,
            "pause": self.resume_button,
            "important": self.important_edit or self.important_next,
            "share": self.share_no,
            "done": self.done_back,
            "handover": self.handover.start_button,
        }.get(name)
        if name == "young":
            focus = self.young_faces.buttons[next(iter(self.young_faces.buttons))]
        if name == "exit":
            self.exit_gate.reset()
        elif focus is not None:
            focus.setFocus()
        self._place_corner_buttons()

    def _page_of_way(self) -> str:
        for name in ("young", "one", "whole"):
            if name in self.flow():
                return name
        return "one"

    def forward(self) -> None:
        """Next: within the areas first, then the next step of the tier's flow."""
        current = self.current_page()
        n = len(self.definition.areas)
        if current in ("young", "one") and self.one_index < n - 1:
            self.one_index += 1
            self.go(current)
            return
        self.controller.flush()
        flow = self.flow()
        if current in ("one", "whole") and current not in flow:
            current = self._page_of_way()
        if current in flow and flow.index(current) + 1 < len(flow):
            nxt = flow[flow.index(current) + 1]
            if nxt == "share":
                self.share_index = 0
            self.go(nxt)

    def back(self) -> None:
        current = self.current_page()
        if current in ("young", "one") and self.one_index > 0:
            self.one_index -= 1
            self.go(current)
            return
        if current == "share" and self.share_index > 0:
            self.share_index -= 1
            self.go("share")
            return
        self.controller.flush()
        flow = self.flow()
        if current in ("one", "whole") and current not in flow:
            current = self._page_of_way()
        if current in flow and flow.index(current) > 0:
            prev = flow[flow.index(current) - 1]
            if prev == "share":
                items = self.share_items()
                if not items:
                    prev = "important"
                self.share_index = max(0, len(items) - 1)
            if prev == self._page_of_way() and prev in ("young", "one"):
                self.one_index = len(self.definition.areas) - 1 if current != "practice" else 0
            self.go(prev)

    def _switch_way(self, way: str) -> None:
        """Middle and teen: the whole wheel or one area per screen, as the child likes."""
        current = self.current_page()
        if current == "whole" and self.wheel.focus_area():
            self.one_index = self.definition.area_ids.index(self.wheel.focus_area() or "")
        flow = list(FLOWS[self.tier])
        old = "whole" if way == "one" else "one"
        if old in flow:
            flow[flow.index(old)] = way
        self._flow_override = tuple(flow)
        self.go(way)

    def _show_young(self, index: int) -> None:
        n = len(self.definition.areas)
        index = max(0, min(index, n - 1))
        self.one_index = index
        area = self.definition.areas[index]
        self.young_picture.set_area(
            area.icon, area.label_in(self.label_lang), self._gloss_area(area)
        )
        self.young_count.setText(self.texts.area_count_text(index + 1, n))
        self.young_question.set_text(
            area.question_in(self.label_lang),
            self._gloss_question(area),
            area.label_in(self.label_lang),
            key=f"area.{area.id}.question",
        )
        self.young_faces.setAccessibleName(area.label_in(self.label_lang))
        self.young_faces.set_answer(self.conversation_session.answer(area.id))

    def _show_one(self, index: int) -> None:
        n = len(self.definition.areas)
        index = max(0, min(index, n - 1))
        self.one_index = index
        area = self.definition.areas[index]
        single = replace(self.definition, areas=(area,))
        if self.one_wheel is not None:
            self.one_wheel_layout.removeWidget(self.one_wheel)
            self.one_wheel.deleteLater()
        wheel = WheelWidget(single, self.scale, self.label_lang, palette=self.theme.wheel)
        wheel.set_rtl(self.rtl)
        self._wheel_min(wheel)
        wheel.set_answers(child={area.id: self.conversation_session.answer(area.id)})
        wheel.rating_changed.connect(self._rated)
        wheel.setAccessibleName(area.label_in(self.label_lang))
        wheel.setAccessibleDescription(area.question_in(self.label_lang))
        self.one_wheel = wheel
        self.one_wheel_layout.addWidget(wheel)
        if self.one_legend is not None:
            self.one_legend_holder.removeWidget(self.one_legend)
            self.one_legend.deleteLater()
        self.one_legend = ScaleLegend(
            self.scale,
            self.lang,
            self.texts.scale_hint,
            px=self.px(15),
            colour=area.colour,
            palette=self.theme.wheel,
            theme=self.theme,
        )
        self.one_legend_holder.addWidget(self.one_legend)
        self.one_count.setText(self.texts.area_count_text(index + 1, n))
        self.one_heading.set_area(area.icon, area.label_in(self.label_lang), self._gloss_area(area))
        self.one_question.set_text(
            area.question_in(self.label_lang),
            self._gloss_question(area),
            area.label_in(self.label_lang),
            key=f"area.{area.id}.question",
        )
        if self.one_words is not None:
            self.one_words.load(self.conversation_session.entry(area.id).words)
        self.one_back.setVisible(True)
        self.one_back.setEnabled(True)

    def _gloss_area(self, area: Area) -> str:
        return area.label_in(self.adult_lang) if self.gloss_texts is not None else ""

    def _gloss_question(self, area: Area) -> str:
        if self.gloss_texts is None:
            return ""
        return f"{area.label_in(self.adult_lang)}: {area.question_in(self.adult_lang)}"

    def pause(self) -> None:
        current = self.current_page()
        if current not in ("pause", "exit", "handover"):
            self._before = current
        self.go("pause")

    def resume(self) -> None:
        self.go(self._before or "who")

    # -- the share step --------------------------------------------------------------
    def share_items(self) -> list[str]:
        """Areas the child answered or spoke about, then "what is important to me"."""
        out = []
        for area in self.definition.areas:
            entry = self.conversation_session.entry(area.id)
            if entry.answer.is_given or any(entry.text(f) for f in CHILD_TEXT_FIELDS):
                out.append(area.id)
        if self.conversation_session.conversation_text("important_to_me").strip():
            out.append(IMPORTANT)
        return out

    def _share_fields(self, area_id: str) -> list[EntryField]:
        entry = self.conversation_session.entry(area_id)
        fields = [EntryField.ANSWER] if entry.answer.is_given else []
        fields += [f for f in CHILD_TEXT_FIELDS if entry.text(f)]
        return fields

    def _show_share(self, index: int) -> None:
        items = self.share_items()
        index = max(0, min(index, len(items) - 1))
        self.share_index = index
        item = items[index]
        self.share_count.setText(self.texts.area_count_text(index + 1, len(items)))
        decided: bool | None = None
        if item == IMPORTANT:
            label = self.texts.share_important
            self.share_picture.set_area("heart", label, self.gloss("share_important"))
            said = self.conversation_session.conversation_text("important_to_me")
            self.share_face.set_face("")
            if self._important_decided:
                decided = self.conversation_session.conversation.important_shared
        else:
            area = self.definition.area(item)
            label = area.label_in(self.label_lang)
            self.share_picture.set_area(area.icon, label, self._gloss_area(area))
            entry = self.conversation_session.entry(item)
            parts = []
            if entry.answer.is_given:
                parts.append(answer_text(self.wheel.state, entry.answer))
            if entry.words:
                parts.append(f"“{entry.words}”")
            said = " – ".join(parts)
            self.share_face.set_face(self._face_of(entry.answer))
            fields = self._share_fields(item)
            if fields and all(f in entry.child_decided for f in fields):
                decided = all(f in entry.shared for f in fields)
        self.share_said.setText(said)
        self.share_said.setAccessibleName(said or label)
        self.share_question.set_text(self.texts.share_title, self.gloss("share_title"), label)
        self.share_yes.setChecked(decided is True)
        self.share_no.setChecked(decided is False)
        self.share_yes.setAccessibleDescription(f"{label}. {self.gloss('share_yes')}".strip())
        self.share_no.setAccessibleDescription(f"{label}. {self.gloss('share_no')}".strip())

    _important_decided = False

    def _face_of(self, answer: Answer) -> str:
        """The face the child touched (scales with faces), so the question needs no reading."""
        if answer.level is None:
            return ""
        for step in self.scale.steps:
            if step.value == answer.level:
                return step.face or ""
        return ""

    def _share_choice(self, yes: bool) -> None:
        items = self.share_items()
        if not items:
            return
        item = items[min(self.share_index, len(items) - 1)]
        if item == IMPORTANT:
            self.controller.set_important_shared(yes)
            self._important_decided = True
        else:
            for f in self._share_fields(item):
                self.controller.set_shared(item, f, yes, by_child=True)
        self.share_yes.setChecked(yes)
        self.share_no.setChecked(not yes)
        if self.share_index + 1 < len(items):
            self.share_index += 1
            self.go("share")
        else:
            self.go("done")

    # -- cover -------------------------------------------------------------------------
    def cover(self) -> None:
        self.reader.stop()
        self.cover_screen.setGeometry(self.rect())
        self.cover_screen.show()
        self.cover_screen.raise_()
        self.cover_screen.setFocus()

    def uncover(self) -> None:
        self.cover_screen.hide()
        self.go(self.current_page())

    def toggle_cover(self) -> None:
        if self.current_page() in self.ADULT_PAGES:
            return
        if self.cover_screen.isVisible():
            self.uncover()
        else:
            self.cover()

    @property
    def is_covered(self) -> bool:
        return self.cover_screen.isVisible()

    # -- answers -------------------------------------------------------------------------
    def _rated(self, area_id: str, new: Answer) -> None:
        self.controller.set_answer(area_id, new, "child")

    def _answer_whole(self, answer: Answer) -> None:
        area_id = self.wheel.focus_area() or self.definition.areas[0].id
        self.wheel.set_answer(area_id, answer)
        self.controller.set_answer(area_id, answer, "child")

    def _answer_one(self, answer: Answer) -> None:
        area_id = self.definition.areas[self.one_index].id
        self.controller.set_answer(area_id, answer, "child")

    def _answer_young(self, answer: Answer) -> None:
        area_id = self.definition.areas[self.one_index].id
        self.controller.set_answer(area_id, answer, "child")

    def _answer_committed(self, area_id: str, answer: Answer, who: str) -> None:
        """What the vault holds now; a widget is set only where it shows something else
        (another screen of this flow, an undo in the adult's view, or a failed save)."""
        if who != "child":
            return
        if self.wheel.answer(area_id) != answer:
            self.wheel.set_answer(area_id, answer)
        one = self.one_wheel
        shown = one is not None and area_id in one.state.definition.area_ids
        if one is not None and shown and one.answer(area_id) != answer:
            one.set_answer(area_id, answer)
        faces = self.young_faces
        if self.definition.areas[self.one_index].id == area_id and faces.answer() != answer:
            faces.set_answer(answer)

    def _whole_focus(self, area_id: str) -> None:
        area = self.definition.area(area_id)
        self.whole_heading.set_area(
            area.icon, area.label_in(self.label_lang), self._gloss_area(area)
        )
        self.whole_question.set_text(
            area.question_in(self.label_lang),
            self._gloss_question(area),
            area.label_in(self.label_lang),
            key=f"area.{area.id}.question",
        )
        # a screen reader names the wheel by the area in focus, in the child's language
        self.wheel.setAccessibleName(area.label_in(self.label_lang))
        if self.whole_words is not None:
            self.whole_words.load(self.conversation_session.entry(area_id).words)

    def _words_changed(self, words: Any, one: bool) -> None:
        if words.loading:
            return
        if one:
            area_id = self.definition.areas[self.one_index].id
        else:
            area_id = self.wheel.focus_area() or self.definition.areas[0].id
        self.controller.set_text(area_id, EntryField.WORDS, words.text())

    def _save_failed(self, exc: BaseException) -> None:
        show_error(self, exc, no_windows=self.no_err_windows)

    # -- window ------------------------------------------------------------------------
    def show_full_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            # without a window manager (kiosk set-ups, Xvfb) full screen alone may not resize
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        k = size_factor(self.width(), self.height())
        # sizes are chosen before the child takes over (the window goes full screen
        # then); later the pages keep their widgets, which others may hold on to
        if abs(k - self.k) > 0.015 and self.current_page() in ("handover", ""):
            self.k = k
            current = self.current_page()
            self._build()
            self.go(current or "handover")
        self._fit_texts(self.current_page())
        # the wheels are square: never wider than the page is high
        side = max(200, self.stack.height())
        for wheel in (self.practice_wheel, self.wheel, self.one_wheel_holder):
            if wheel is not None:
                wheel.setMaximumWidth(side)
        self._place_corner_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)

    # -- leaving -------------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        """The adult's gesture: show the screen that asks for the passphrase (or PIN)."""
        current = self.current_page()
        if current == "handover":
            self._cancel_handover()
            return
        if current != "exit":
            self._before = current
        self.cover_screen.hide()
        self.go("exit")

    def _speech_note(self, note: str = "") -> None:
        """Tell the adult, calmly and once, why read-aloud is off."""
        if note:
            self._speech_note_said = True  # the worker's own note stays
        elif self._speech_note_said:
            return
        # about the voice: where only some texts have recorded clips, the rest stay silent
        text = note or self.reader.voice_reason(self.lang)
        if text:
            self.speech_note.setText(text)
            self.speech_note.show()
            self._place_corner_buttons()

    def allow_close(self) -> None:
        """The adult (or the vault locking) may close the window without the secret."""
        self._may_close = True

    def leave(self) -> None:
        """Leave for real (the secret was given, or the vault is locking): save, close."""
        self._may_close = True
        self.controller.flush()
        self.reader.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close and self._handed_over:
            # a window manager's close: the child stays; the adult is asked instead
            event.ignore()
            self.ask_to_leave()
            return
        self.controller.flush()
        self.reader.stop()
        super().closeEvent(event)
        self.left.emit()


class _Words:
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


# --- the scripted start: --vault V --child CODE --child-mode -------------------------


def conversation_for_child_mode(ctx: Any, vault: services.Vault, child_code: str) -> int:
    """Today's latest conversation for the child, or a new one; returns its id."""
    basedir = getattr(ctx, "basedir", None)
    text_dirs = (basedir,) if basedir else ()
    conv = services.todays_conversation(vault, ctx.catalog, child_code, text_dirs)
    assert conv.id is not None
    return conv.id


def adult_language(ctx: Any) -> str:
    settings = getattr(ctx, "settings", None)
    lang = getattr(settings, "language", "sv") if settings is not None else "sv"
    return lang if isinstance(lang, str) else "sv"


def start_child_mode(
    ctx: Any,
    vault: services.Vault,
    child_code: str,
    parent: QWidget | None = None,
    *,
    session: VaultSession | None = None,
) -> QWidget | None:
    """Open child mode for the child with ``child_code`` (after unlock). None if no such child.
    ``session`` owns the window: it saves and closes when the vault locks."""
    no_windows = bool(getattr(ctx, "no_err_windows", False))
    try:
        conversation_id = conversation_for_child_mode(ctx, vault, child_code)
        window = ChildModeWindow(
            vault,
            ConversationController(vault, conversation_id),
            basedir=getattr(ctx, "basedir", None),
            no_err_windows=no_windows,
            adult_lang=adult_language(ctx),
        )
    except Exception as exc:
        show_error(parent, exc, no_windows=no_windows)
        return None
    window.controller.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    # a top-level window with no Qt parent: keep it alive until it closes
    _open_windows.add(window)
    window.left.connect(lambda: _open_windows.discard(window))
    if session is not None:
        session.own(window, window.leave)
    window.show_full_screen()
    return window


_open_windows: set[QWidget] = set()


__all__ = [
    "FLOWS",
    "ChildModeWindow",
    "adult_language",
    "conversation_for_child_mode",
    "size_factor",
    "start_child_mode",
]

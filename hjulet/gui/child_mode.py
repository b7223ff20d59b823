"""Child mode: full screen, calm, large; only this child's wheel, in the child's language.

Flow (predictable, no timers): "Who sees what I say?" -> a practice item on the
same scale (not saved) -> the child chooses the whole wheel at once or one area
per screen -> done. A pause button and a cover button are always there; Esc or
F12 covers the screen at once with a neutral image, one click brings it back.

Leaving child mode is a deliberate adult action: Ctrl+Shift+Q, or holding the
small corner button for two seconds. A child cannot reach other records,
menus or the adult's notes from here.

The wheel pages use three columns - texts, the wheel at full height, the
buttons - so even the teenagers' five-step wheel keeps 44 px rings on a
1366x768 screen. For right-to-left languages the whole screen mirrors and the
wheel runs anticlockwise.

Every answer is saved at once through the :class:`ConversationController`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPolygonF,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core import languages
from hjulet.core.catalog import DEFAULT_DEFINITION, SCALE_FOR_TIER
from hjulet.core.child_texts import (
    ChildModeTexts,
    available_child_languages,
    load_child_texts,
)
from hjulet.core.model import DECLINED, DONT_KNOW, AgeTier, Answer
from hjulet.core.wheel import Area, WheelDefinition
from hjulet.gui.child_mode_parts import (
    CALM_BG,
    CALM_MUTED,
    BigButton,
    HoldButton,
    ReadableText,
    ScaleLegend,
)
from hjulet.gui.conversation_controller import ConversationController
from hjulet.gui.errors import show_error
from hjulet.gui.fonts import font_for
from hjulet.gui.speech import ReadAloud
from hjulet.gui.wheel_widget import WheelWidget, draw_icon

PRACTICE_ID = "practice"
PRACTICE_COLOUR = "#D9A0B8"
HOLD_MS = 2000


class CoverScreen(QWidget):
    """A neutral picture over everything; one click (or Esc/F12) goes back."""

    uncover = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(
            QCoreApplication.translate("ChildMode", "Covered screen. Click to go back.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hint = QCoreApplication.translate(
            "ChildMode",
            "Click anywhere to go back. Adult: Ctrl+Shift+Q, or hold the small corner "
            "button for 2 seconds, leaves child mode.",
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        sky = QLinearGradient(0, 0, 0, r.height())
        sky.setColorAt(0.0, QColor("#DCE8F0"))
        sky.setColorAt(1.0, QColor("#EEF3EC"))
        p.fillRect(r, sky)
        # soft hills: a calm, neutral landscape with nothing to read
        p.setPen(Qt.PenStyle.NoPen)
        for colour, top, amp in (("#C9DCC3", 0.70, 0.06), ("#B5CFAE", 0.80, 0.05)):
            p.setBrush(QColor(colour))
            pts = [QPointF(0, r.height())]
            steps = 40
            for i in range(steps + 1):
                x = r.width() * i / steps
                t = i / steps
                y = r.height() * (top - amp * (1 - (2 * t - 1) ** 2))
                pts.append(QPointF(x, y))
            pts.append(QPointF(r.width(), r.height()))
            p.drawPolygon(QPolygonF(pts))
        p.setBrush(QColor("#F6E7B8"))
        p.drawEllipse(
            QPointF(r.width() * 0.78, r.height() * 0.24), r.height() * 0.07, r.height() * 0.07
        )
        p.setPen(QColor("#6E7F73"))
        p.setFont(font_for("sv", 13))
        p.drawText(
            r.adjusted(20, 0, -20, -14),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
            self.hint,
        )
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.uncover.emit()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F12, Qt.Key.Key_Space, Qt.Key.Key_Return):
            self.uncover.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class AreaHeading(QWidget):
    """An area's icon and label, large."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.icon_id = ""
        self.label = ""
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_area(self, icon_id: str, label: str) -> None:
        self.icon_id, self.label = icon_id, label
        self.setAccessibleName(label)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        from hjulet.core.icons import area_icon

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        size = 56.0
        x = self.width() - size if rtl else 0.0
        if self.icon_id:
            draw_icon(p, area_icon(self.icon_id), QRectF(x, 4, size, size), "#3D3833")
        p.setFont(font_for(self.lang, 32, bold=True))
        p.setPen(QColor("#2E2A26"))
        box = (
            QRectF(0, 0, self.width() - size - 12, 64)
            if rtl
            else QRectF(size + 12, 0, self.width() - size - 12, 64)
        )
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        p.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, self.label)
        p.end()


def _pick(texts: Any, lang: str) -> str:
    if lang in texts:
        return str(texts[lang])
    return str(texts.get("sv") or next(iter(texts.values()), ""))


class ChildModeWindow(QWidget):
    """The child's screen for one conversation."""

    left = Signal()  # the adult left child mode

    PAGES = ("who", "practice", "choose", "whole", "one", "pause", "done")

    def __init__(
        self,
        vault: services.Vault,
        controller: ConversationController,
        *,
        basedir: Path | None = None,
        parent: QWidget | None = None,
        no_err_windows: bool = False,
        reader: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.controller = controller
        self.no_err_windows = no_err_windows
        conv = controller.conversation
        self.conv = conv
        self.definition = conv.definition
        self.scale = conv.scale
        extra = (basedir,) if basedir else ()
        # the child's form of address (girl/boy) for languages with gender
        form = services.get_child(vault, conv.child_id).address_form
        self.texts: ChildModeTexts = load_child_texts(conv.language, extra, form)
        self.lang = conv.language
        # area names and questions in that form ("ar-x-girl"), else the plain language
        self.label_lang = languages.form_tag(
            conv.language, languages.effective_form(conv.language, form)
        )
        self.sv: ChildModeTexts | None = (
            load_child_texts("sv", extra) if self.lang != "sv" else None
        )
        self.rtl = self.texts.rtl or self.definition.is_rtl(self.lang)
        # read-aloud never blocks: the engine and the clip player run in child processes
        self.reader = reader or ReadAloud(basedir, self)
        self.reader.prepare(conv.language)
        self.one_index = 0
        self._before_pause = "who"
        self.setWindowTitle(QCoreApplication.translate("ChildMode", "Child mode"))
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"ChildModeWindow {{ background: {CALM_BG}; }}")
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(CALM_BG))
        self.setPalette(pal)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.pages: dict[str, QWidget] = {}
        self.pages["who"] = self._build_who()
        self.pages["practice"] = self._build_practice()
        self.pages["choose"] = self._build_choose()
        self.pages["whole"] = self._build_whole()
        self.pages["one"] = self._build_one()
        self.pages["pause"] = self._build_pause()
        self.pages["done"] = self._build_done()
        for name in self.PAGES:
            self.stack.addWidget(self.pages[name])

        # always there: pause and cover in the top trailing corner, the adult's exit
        # (hold for 2 s) small in the bottom leading corner
        t = self.texts
        self.pause_button = BigButton(t.pause, self.lang, self, px=20)
        self.pause_button.clicked.connect(self.pause)
        self.cover_button = BigButton(t.cover, self.lang, self, px=20)
        self.cover_button.clicked.connect(self.cover)
        self.exit_button = HoldButton(
            QCoreApplication.translate("ChildMode", "Adult: hold to leave"), HOLD_MS, self
        )
        self.exit_button.setAccessibleName(
            QCoreApplication.translate("ChildMode", "Leave child mode (hold for 2 seconds)")
        )
        self.exit_button.setToolTip(
            QCoreApplication.translate("ChildMode", "Hold for 2 seconds, or press Ctrl+Shift+Q")
        )
        self.exit_button.setFont(font_for("sv", 12))
        self.exit_button.setStyleSheet(
            f"QPushButton {{ color: {CALM_MUTED}; background: transparent; "
            "border: 1px solid #D2CBC0; border-radius: 8px; padding: 4px 8px; }"
        )
        self.exit_button.setMinimumHeight(44)
        self.exit_button.held.connect(self.leave)
        # for the adult: why read-aloud is off (in the professional's language)
        self.speech_note = QLabel(self)
        self.speech_note.setObjectName("speechNote")
        self.speech_note.setWordWrap(True)
        self.speech_note.setFont(font_for("sv", 12))
        self.speech_note.setStyleSheet(f"color: {CALM_MUTED};")
        self.speech_note.hide()
        self.reader.note.connect(self._speech_note)
        self.reader.availability_changed.connect(self._speech_note)
        self.cover_screen = CoverScreen(self)
        self.cover_screen.uncover.connect(self.uncover)
        self.cover_screen.hide()

        for seq in ("Esc", "F12"):
            sc = QShortcut(QKeySequence(seq), self, self.toggle_cover)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
        leave = QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.leave)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)

        controller.answer_committed.connect(self._answer_committed)
        controller.save_failed.connect(self._save_failed)
        self.go("who")
        self._speech_note()

    # -- building blocks -------------------------------------------------------------
    def _read_name(self) -> str:
        return self.texts.read_aloud

    def _readable(self, key: str, px: int = 24, bold: bool = False) -> ReadableText:
        sv = self.sv.text(key) if self.sv is not None else ""
        return ReadableText(
            self.texts.text(key),
            self.lang,
            self._read_name(),
            px=px,
            bold=bold,
            swedish=sv,
            key=key,
            reader=self.reader,
        )

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(60, 90, 60, 40)
        layout.setSpacing(18)
        return page, layout

    def _centred(self, inner: QWidget, max_width: int = 1000) -> QWidget:
        inner.setMaximumWidth(max_width)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(inner, 100)
        row.addStretch(1)
        return holder

    def _build_who(self) -> QWidget:
        page, layout = self._page()
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(22)
        col.addWidget(self._readable("who_sees_title", px=36, bold=True))
        for key in ("who_sees_adult", "who_sees_choose", "who_sees_harm", "who_sees_skip"):
            col.addWidget(self._readable(key, px=24))
        col.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.who_next = BigButton(self.texts.next, self.lang, px=26)
        self.who_next.clicked.connect(lambda: self.go("practice"))
        row.addWidget(self.who_next)
        col.addLayout(row)
        layout.addWidget(self._centred(body), 1)
        return page

    def _wheel_page(self, leading: QWidget, wheel: QWidget, trailing: QWidget) -> QWidget:
        """Texts | the wheel at full height | buttons (mirrored for right-to-left)."""
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(24, 0, 24, 0)
        row.setSpacing(12)
        leading.setMinimumWidth(260)
        trailing.setMinimumWidth(260)
        row.addWidget(leading, 1)
        row.addWidget(wheel, 3)
        row.addWidget(trailing, 1)
        return page

    def _answer_buttons(self, col: QVBoxLayout, on_answer: Any) -> tuple[BigButton, BigButton]:
        dont_know = BigButton(_pick(self.scale.dont_know_label, self.lang), self.lang, px=20)
        declined = BigButton(_pick(self.scale.declined_label, self.lang), self.lang, px=20)
        for b in (dont_know, declined):
            b.setStyleSheet(b.styleSheet().replace("padding: 10px 22px", "padding: 8px 10px"))
        dont_know.clicked.connect(lambda: on_answer(DONT_KNOW))
        declined.clicked.connect(lambda: on_answer(DECLINED))
        col.addWidget(dont_know)
        col.addWidget(declined)
        return dont_know, declined

    def _build_practice(self) -> QWidget:
        t = self.texts
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
        self.practice_wheel = WheelWidget(definition, self.scale, self.lang)
        self.practice_wheel.set_rtl(self.rtl)
        self.practice_wheel.setAccessibleName(t.practice_question)
        # not saved: the wheel shows the practice answer and nothing else happens
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 80, 0, 76)
        col.setSpacing(16)
        col.addWidget(self._readable("practice_title", px=30, bold=True))
        col.addWidget(self._readable("practice_question", px=26))
        col.addWidget(self._readable("practice_hint", px=20))
        col.addWidget(
            ScaleLegend(self.scale, self.lang, t.scale_hint, px=18, colour=PRACTICE_COLOUR)
        )
        col.addStretch(1)
        trail = QWidget()
        tcol = QVBoxLayout(trail)
        tcol.setContentsMargins(0, 110, 0, 60)
        tcol.setSpacing(14)
        self._answer_buttons(tcol, lambda a: self.practice_wheel.set_answer(PRACTICE_ID, a))
        tcol.addStretch(1)
        note = QLabel(t.practice_not_saved)
        note.setWordWrap(True)
        note.setFont(font_for(self.lang, 18))
        note.setStyleSheet(f"color: {CALM_MUTED};")
        tcol.addWidget(note)
        self.practice_back = BigButton(t.back, self.lang, px=24)
        self.practice_back.clicked.connect(lambda: self.go("who"))
        self.practice_next = BigButton(t.next, self.lang, px=26)
        self.practice_next.clicked.connect(lambda: self.go("choose"))
        tcol.addWidget(self.practice_back)
        tcol.addWidget(self.practice_next)
        return self._wheel_page(lead, self.practice_wheel, trail)

    def _build_choose(self) -> QWidget:
        page, layout = self._page()
        t = self.texts
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(30)
        col.addWidget(self._readable("choose_title", px=36, bold=True))
        self.choose_whole = BigButton(t.choose_whole, self.lang, px=30)
        self.choose_one = BigButton(t.choose_one, self.lang, px=30)
        self.choose_whole.setMinimumHeight(110)
        self.choose_one.setMinimumHeight(110)
        self.choose_whole.clicked.connect(lambda: self.go("whole"))
        self.choose_one.clicked.connect(lambda: self.show_one(0))
        col.addWidget(self.choose_whole)
        col.addWidget(self.choose_one)
        col.addStretch(1)
        back = BigButton(t.back, self.lang, px=24)
        back.clicked.connect(lambda: self.go("practice"))
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        col.addLayout(row)
        layout.addWidget(self._centred(body, 800), 1)
        return page

    def _build_whole(self) -> QWidget:
        t = self.texts
        self.wheel = WheelWidget(self.definition, self.scale, self.label_lang)
        self.wheel.set_answers(child=self.controller.answers("child"))
        self.wheel.set_show_previous(False)
        self.wheel.rating_changed.connect(self._rated)
        self.wheel.focus_area_changed.connect(self._whole_focus)
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 80, 0, 76)
        col.setSpacing(14)
        self.whole_heading = AreaHeading(self.lang)
        col.addWidget(self.whole_heading)
        self.whole_question = ReadableText(
            "", self.lang, self._read_name(), px=24, reader=self.reader
        )
        col.addWidget(self.whole_question)
        col.addStretch(1)
        col.addWidget(self._readable("wheel_hint", px=18))
        col.addWidget(ScaleLegend(self.scale, self.lang, t.scale_hint, px=17))
        trail = QWidget()
        tcol = QVBoxLayout(trail)
        tcol.setContentsMargins(0, 110, 0, 60)
        tcol.setSpacing(14)
        self.whole_dont_know, self.whole_declined = self._answer_buttons(tcol, self._answer_whole)
        tcol.addStretch(1)
        self.whole_done = BigButton(t.done, self.lang, px=26)
        self.whole_done.clicked.connect(lambda: self.go("done"))
        tcol.addWidget(self.whole_done)
        self._whole_focus(self.definition.areas[0].id)
        return self._wheel_page(lead, self.wheel, trail)

    def _build_one(self) -> QWidget:
        t = self.texts
        self.one_wheel: WheelWidget | None = None
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 80, 0, 76)
        col.setSpacing(14)
        self.one_count = QLabel()
        self.one_count.setFont(font_for(self.lang, 18))
        self.one_count.setStyleSheet(f"color: {CALM_MUTED};")
        col.addWidget(self.one_count)
        self.one_heading = AreaHeading(self.lang)
        col.addWidget(self.one_heading)
        self.one_question = ReadableText(
            "", self.lang, self._read_name(), px=26, reader=self.reader
        )
        col.addWidget(self.one_question)
        col.addStretch(1)
        self.one_legend_holder = QVBoxLayout()
        col.addLayout(self.one_legend_holder)
        self.one_wheel_holder = QWidget()
        self.one_wheel_layout = QVBoxLayout(self.one_wheel_holder)
        self.one_wheel_layout.setContentsMargins(0, 0, 0, 0)
        trail = QWidget()
        tcol = QVBoxLayout(trail)
        tcol.setContentsMargins(0, 110, 0, 60)
        tcol.setSpacing(14)
        self.one_dont_know, self.one_declined = self._answer_buttons(tcol, self._answer_one)
        tcol.addStretch(1)
        self.one_back = BigButton(t.back, self.lang, px=24)
        self.one_next = BigButton(t.next, self.lang, px=26)
        self.one_back.clicked.connect(lambda: self.show_one(self.one_index - 1))
        self.one_next.clicked.connect(lambda: self.show_one(self.one_index + 1))
        tcol.addWidget(self.one_back)
        tcol.addWidget(self.one_next)
        self.one_legend: ScaleLegend | None = None
        return self._wheel_page(lead, self.one_wheel_holder, trail)

    def _build_pause(self) -> QWidget:
        page, layout = self._page()
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(30)
        col.addStretch(1)
        col.addWidget(self._readable("pause_title", px=40, bold=True))
        col.addWidget(self._readable("pause_text", px=28))
        self.resume_button = BigButton(self.texts.resume, self.lang, px=30)
        self.resume_button.setMinimumHeight(100)
        self.resume_button.clicked.connect(self.resume)
        col.addWidget(self.resume_button)
        col.addStretch(2)
        layout.addWidget(self._centred(body, 800), 1)
        return page

    def _build_done(self) -> QWidget:
        page, layout = self._page()
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(30)
        col.addStretch(1)
        col.addWidget(self._readable("done_title", px=44, bold=True))
        col.addWidget(self._readable("done_text", px=28))
        back = BigButton(self.texts.back, self.lang, px=24)
        back.clicked.connect(lambda: self.go("whole" if self._way == "whole" else "one"))
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(2)
        layout.addWidget(self._centred(body, 800), 1)
        return page

    # -- navigation ------------------------------------------------------------------
    _way = "whole"

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        for name, page in self.pages.items():
            if page is widget:
                return name
        return ""

    def go(self, name: str) -> None:
        if name in ("whole", "one"):
            self._way = name
        if name == "whole":
            self.wheel.set_answers(child=self.controller.answers("child"))
        self.reader.stop()
        self.stack.setCurrentWidget(self.pages[name])
        self.pause_button.setVisible(name not in ("pause",))
        focus = {
            "who": self.who_next,
            "practice": self.practice_wheel,
            "choose": self.choose_whole,
            "whole": self.wheel,
            "pause": self.resume_button,
        }.get(name)
        if focus is not None:
            focus.setFocus()
        self._place_corner_buttons()

    def show_one(self, index: int) -> None:
        n = len(self.definition.areas)
        if index >= n:
            self.go("done")
            return
        index = max(0, index)
        self.one_index = index
        area = self.definition.areas[index]
        single = replace(self.definition, areas=(area,))
        if self.one_wheel is not None:
            self.one_wheel_layout.removeWidget(self.one_wheel)
            self.one_wheel.deleteLater()
        wheel = WheelWidget(single, self.scale, self.label_lang)
        wheel.set_rtl(self.rtl)
        wheel.set_answers(child={area.id: self.controller.answer(area.id)})
        wheel.rating_changed.connect(self._rated)
        wheel.setAccessibleName(area.label_in(self.label_lang))
        self.one_wheel = wheel
        self.one_wheel_layout.addWidget(wheel)
        if self.one_legend is not None:
            self.one_legend_holder.removeWidget(self.one_legend)
            self.one_legend.deleteLater()
        self.one_legend = ScaleLegend(
            self.scale, self.lang, self.texts.scale_hint, px=17, colour=area.colour
        )
        self.one_legend_holder.addWidget(self.one_legend)
        self.one_count.setText(self.texts.area_count_text(index + 1, n))
        self.one_heading.set_area(area.icon, area.label_in(self.label_lang))
        self.one_question.set_text(
            area.question_in(self.label_lang), self._swedish_of(area), f"area.{area.id}.question"
        )
        self.one_back.setVisible(index > 0)
        self.one_next.setText(self.texts.next if index < n - 1 else self.texts.done)
        self.one_next.setAccessibleName(self.one_next.text())
        self.go("one")
        wheel.setFocus()

    def _swedish_of(self, area: Area) -> str:
        if self.lang == "sv":
            return ""
        return f"{area.label_in('sv')}: {area.question_in('sv')}"

    def pause(self) -> None:
        current = self.current_page()
        if current != "pause":
            self._before_pause = current
        self.go("pause")

    def resume(self) -> None:
        self.go(self._before_pause or "who")

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
        if self.cover_screen.isVisible():
            self.uncover()
        else:
            self.cover()

    @property
    def is_covered(self) -> bool:
        return self.cover_screen.isVisible()

    # -- answers -------------------------------------------------------------------------
    def _rated(self, area_id: str, new: Answer, old: Answer) -> None:
        self.controller.set_answer(area_id, new, "child", old)

    def _answer_whole(self, answer: Answer) -> None:
        area_id = self.wheel.focus_area() or self.definition.areas[0].id
        self.wheel.set_answer(area_id, answer)
        self.controller.set_answer(area_id, answer, "child")

    def _answer_one(self, answer: Answer) -> None:
        area_id = self.definition.areas[self.one_index].id
        self.controller.set_answer(area_id, answer, "child")

    def _answer_committed(self, area_id: str, answer: Answer, who: str) -> None:
        if who != "child":
            return
        self.wheel.set_answer(area_id, answer)
        if self.one_wheel is not None and area_id in self.one_wheel.state.definition.area_ids:
            self.one_wheel.set_answer(area_id, answer)

    def _whole_focus(self, area_id: str) -> None:
        area = self.definition.area(area_id)
        self.whole_heading.set_area(area.icon, area.label_in(self.label_lang))
        self.whole_question.set_text(
            area.question_in(self.label_lang), self._swedish_of(area), f"area.{area.id}.question"
        )

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

    def _place_corner_buttons(self) -> None:
        margin = 16
        w = self.width()
        for b in (self.pause_button, self.cover_button, self.exit_button):
            b.adjustSize()
        cover_w = self.cover_button.sizeHint().width()
        pause_w = self.pause_button.sizeHint().width()
        h = self.cover_button.sizeHint().height()
        if self.rtl:
            self.cover_button.setGeometry(margin, margin, cover_w, h)
            self.pause_button.setGeometry(margin + cover_w + 10, margin, pause_w, h)
            ex = self.exit_button.sizeHint()
            self.exit_button.setGeometry(
                w - ex.width() - margin, self.height() - ex.height() - margin, ex.width(), 44
            )
        else:
            self.cover_button.setGeometry(w - margin - cover_w, margin, cover_w, h)
            self.pause_button.setGeometry(w - margin - cover_w - 10 - pause_w, margin, pause_w, h)
            ex = self.exit_button.sizeHint()
            self.exit_button.setGeometry(
                margin, self.height() - max(44, ex.height()) - margin, ex.width(), 44
            )
        for b in (self.pause_button, self.cover_button, self.exit_button):
            b.raise_()
        if self.speech_note.isVisibleTo(self):
            ex_geo = self.exit_button.geometry()
            note_w = min(520, max(200, w // 3))
            x = ex_geo.right() + 12 if not self.rtl else ex_geo.left() - 12 - note_w
            self.speech_note.setGeometry(x, ex_geo.top() - 8, note_w, 60)
        if self.cover_screen.isVisible():
            self.cover_screen.setGeometry(self.rect())
            self.cover_screen.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the wheels are square: never wider than the screen is high, the rest goes
        # to the text and button columns
        for wheel in (self.practice_wheel, self.wheel, self.one_wheel_holder):
            wheel.setMaximumWidth(max(300, self.height()))
        self._place_corner_buttons()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # no way out by keys except the adult's shortcut; swallow the rest here
        super().keyPressEvent(event)

    def _speech_note(self, note: str = "") -> None:
        """Tell the adult, calmly and once, why read-aloud is off."""
        if note:
            self._speech_note_said = True  # the worker's own note stays
        elif getattr(self, "_speech_note_said", False):
            return
        # about the voice: where only some texts have recorded clips, the rest stay silent
        text = note or self.reader.voice_reason(self.lang)
        if text:
            self.speech_note.setText(text)
            self.speech_note.show()
            self._place_corner_buttons()

    def leave(self) -> None:
        """The adult's deliberate exit: save, stop speech, close."""
        self.controller.flush()
        self.reader.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.flush()
        self.reader.stop()
        super().closeEvent(event)
        self.left.emit()


# --- the scripted start: --vault V --child CODE --child-mode -------------------------


def conversation_for_child_mode(ctx: Any, vault: services.Vault, child_code: str) -> int:
    """Today's latest conversation for the child, or a new one; returns its id."""
    from datetime import date

    child = services.find_child(vault, child_code)
    assert child.id is not None
    today = date.today()
    todays = [c for c in services.list_conversations(vault, child.id) if c.held_on == today]
    if todays and todays[-1].id is not None:
        return todays[-1].id
    catalog = ctx.catalog
    basedir = getattr(ctx, "basedir", None)
    langs = available_child_languages((basedir,) if basedir else ())
    language = next((lang for lang in child.languages if lang in langs), "sv")
    scale_id = SCALE_FOR_TIER.get(AgeTier(child.age_tier), "steps4")
    conv = services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(DEFAULT_DEFINITION),
        scale=catalog.scale(scale_id),
        language=language,
    )
    assert conv.id is not None
    return conv.id


def start_child_mode(
    ctx: Any, vault: services.Vault, child_code: str, parent: QWidget | None = None
) -> QWidget | None:
    """Open child mode for the child with ``child_code`` (after unlock). None if no such child."""
    no_windows = bool(getattr(ctx, "no_err_windows", False))
    try:
        conversation_id = conversation_for_child_mode(ctx, vault, child_code)
        window = ChildModeWindow(
            vault,
            ConversationController(vault, conversation_id),
            basedir=getattr(ctx, "basedir", None),
            no_err_windows=no_windows,
        )
    except Exception as exc:
        show_error(parent, exc, no_windows=no_windows)
        return None
    window.controller.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    # a top-level window with no Qt parent: keep it alive until it closes
    _open_windows.add(window)
    window.left.connect(lambda: _open_windows.discard(window))
    if parent is not None:
        # save what is pending before the vault closes (vault_locking if the main window
        # has it, else vault_locked)
        locked = getattr(parent, "vault_locking", None) or getattr(parent, "vault_locked", None)
        if locked is not None:
            locked.connect(window.leave)
    window.show_full_screen()
    return window


_open_windows: set[QWidget] = set()


__all__ = ["ChildModeWindow", "conversation_for_child_mode", "start_child_mode"]

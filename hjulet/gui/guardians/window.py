"""The guardian's screens: one guardian's own picture of the child's life, in their language.

The professional starts it for a conversation (``GuardianStartDialog``: which
guardian, by role only, and which language) and hands the screen over. The
guardian sees: who sees what they say and that they decide what is shown at
the meeting; the wheel with only their own answers; per area their own words
and two share choices; "what is important for our child"; thanks.

Secrecy protects the child: nothing here reads or shows the child's answers or
words, nor the professional's notes; the window holds only the wheel and scale
and this guardian's own view. Leaving needs the professional: the vault's
passphrase, checked off the GUI thread (``services.guardians.confirm_professional``
through ``app.tasks.run_in_background``). Right-to-left languages mirror the
whole screen and the wheel. Read-aloud uses the same ``ReadAloud`` as child mode.

Built from child mode's parts (``BigButton``, ``ReadableText``, ``ScaleLegend``,
``AreaHeading``, ``CoverScreen``) and the wheel widget; texts from the
``[guardian]`` section of the language's text file (``core.guardian_texts``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.core._validate import pick
from hjulet.core.child_texts import available_child_languages
from hjulet.core.errors import WrongPassphrase
from hjulet.core.guardian import GUARDIAN_ROLES, GuardianItem, GuardianRole, GuardianView
from hjulet.core.guardian_texts import GuardianTexts, guardian_texts
from hjulet.core.model import DECLINED, DONT_KNOW, Answer
from hjulet.gui.child_mode.cover import CoverScreen
from hjulet.gui.child_mode.exit_gate import retry_delay_ms
from hjulet.gui.child_mode.kit import size_factor
from hjulet.gui.child_mode.parts import (
    CALM_BG,
    CALM_MUTED,
    CALM_TEXT,
    BigButton,
    ReadableText,
    ScaleLegend,
    button_style,
    no_scroll_bar_menus,
)
from hjulet.gui.child_mode.pictures import AreaPicture
from hjulet.gui.errors import show_error
from hjulet.gui.flow_layout import FlowLayout
from hjulet.gui.fonts import font_for
from hjulet.gui.language_names import language_name
from hjulet.gui.speech import ReadAloud, SpeakerWords
from hjulet.gui.speech_note import SpeechNote
from hjulet.gui.theme import CHILD_NORMAL
from hjulet.gui.typing_direction import follow_writing
from hjulet.gui.typing_menu import TypingMenu, TypingWords
from hjulet.gui.wheel.widget import WheelWidget
from hjulet.services import guardians

WORDS_SAVE_MS = 800  # typing is saved this long after the last key, and on every move
# an adult's smallest target at 1366x768, drawn at the size factor like everything else:
# 44 device pixels at 150 % too (a child's are larger)
ADULT_TARGET = 44
# the professional's way out: its height and its distance from the window's corner
EXIT_HEIGHT = 44
EXIT_MARGIN = 16
# the wheel's column ends this far above its page's bottom margin: room for the way out
WHEEL_FOOT = EXIT_HEIGHT + EXIT_MARGIN - 16
# the note on read-aloud beside the way out: never wider; narrower room puts it above
NOTE_MAX_WIDTH = 520
NOTE_MIN_WIDTH = 200
# a spacer as addSpacing() makes it: its height and no more
FIXED_HEIGHT = (QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)


def role_name(role: GuardianRole) -> str:
    """The role in the professional's language (never a person's name)."""
    names = {
        GuardianRole.GUARDIAN_1: QCoreApplication.translate("GuardianMode", "Guardian 1"),
        GuardianRole.GUARDIAN_2: QCoreApplication.translate("GuardianMode", "Guardian 2"),
        GuardianRole.OTHER: QCoreApplication.translate("GuardianMode", "Other caregiver"),
    }
    return names[role]


class ExitPanel(QFrame):
    """The professional's way out: the vault passphrase, checked off the GUI thread."""

    confirmed = Signal()

    def __init__(self, vault: services.Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self.vault = vault
        self._job: BackgroundJob | None = None
        self._abandoned = False  # cancelled while checking: the result is not to leave
        self.failures = 0  # wrong tries in a row
        self._wait = QTimer(self)  # after a wrong try: no new one until it ends
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._waited)
        self._fault = ""  # what the last wrong try was told
        self.setObjectName("guardianExit")
        # the professional's words, in the professional's direction
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setStyleSheet(
            "QFrame#guardianExit { background: #FFFFFF; border: 1px solid #B9B2A7; "
            "border-radius: 10px; }"
        )
        col = QVBoxLayout(self)
        col.setContentsMargins(18, 14, 18, 14)
        prompt = QLabel(
            QCoreApplication.translate(
                "GuardianMode", "Professional: enter the vault passphrase to leave."
            )
        )
        prompt.setWordWrap(True)
        col.addWidget(prompt)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(
            QCoreApplication.translate("GuardianMode", "Vault passphrase")
        )
        self.secret.returnPressed.connect(self.check)
        col.addWidget(self.secret)
        self.message = QLabel("")
        self.message.setObjectName("guardianExitMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8A2A2A;")
        col.addWidget(self.message)
        row = QHBoxLayout()
        self.leave_button = QPushButton(QCoreApplication.translate("GuardianMode", "Leave"))
        self.leave_button.clicked.connect(self.check)
        self.cancel_button = QPushButton(QCoreApplication.translate("GuardianMode", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.leave_button)
        row.addWidget(self.cancel_button)
        col.addLayout(row)
        self.hide()

    def open(self) -> None:
        """Shown again. A check that was cancelled may still run (a key derivation
        takes a second or more): until it ends, nothing can start a second one
        beside it, and the wait after wrong tries is kept."""
        self.secret.clear()
        if self.checking:
            self._say(QCoreApplication.translate("GuardianMode", "Checking…"))
        elif not self._wait.isActive():
            self._say("")
        self._busy(self.checking or self._wait.isActive())
        self.show()
        self.place()
        self.secret.setFocus()

    def place(self) -> None:
        """Centred in the window and as high as its lines need at its width: placed
        again whenever its message changes (a wrong try's line, with the wait, wraps
        where the empty line it was opened with did not)."""
        parent = self.parentWidget()
        if parent is None or not self.isVisible():
            return
        w = min(max(360, self.sizeHint().width()), max(200, parent.width() - 2 * EXIT_MARGIN))
        h = max(self.heightForWidth(w), self.minimumSizeHint().height())
        self.setGeometry((parent.width() - w) // 2, (parent.height() - h) // 2, w, h)
        layout = self.layout()
        if layout is not None:  # the lines laid out now, not at the next turn
            layout.activate()
        self.raise_()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.place()

    @property
    def checking(self) -> bool:
        return self._job is not None and self._job.running

    def cancel(self) -> None:
        """Cancel, also while checking: the guardian is back, so a right passphrase
        that comes a moment later does not leave (the check is let finish, so that
        a second one never runs beside it)."""
        self._abandoned = self.checking
        self.secret.clear()
        self.hide()

    def _busy(self, busy: bool) -> None:
        self.leave_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)

    def check(self) -> None:
        secret = self.secret.text()
        if not secret or not self.leave_button.isEnabled() or self.checking:
            return
        self._abandoned = False
        self._busy(True)
        self._say(QCoreApplication.translate("GuardianMode", "Checking…"))
        vault = self.vault
        self._job = run_in_background(
            lambda: guardians.confirm_professional(vault, secret),
            self._ok,
            self._failed,
            owner=self,
        )

    def _ok(self, _result: Any) -> None:
        self.secret.clear()
        if self._abandoned:  # Cancel was pressed meanwhile: stay with the guardian
            self._abandoned = False
            self._say("")
            self._ready()
            return
        self.failures = 0
        self.hide()
        self.confirmed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._abandoned = False
        self.secret.clear()
        self.failures += 1
        delay = retry_delay_ms(self.failures)
        if isinstance(exc, WrongPassphrase):
            text = QCoreApplication.translate(
                "GuardianMode", "That passphrase does not open this vault."
            )
        else:
            text = QCoreApplication.translate(
                "GuardianMode", "The passphrase could not be checked."
            )
        self._fault = text
        seconds = max(1, round(delay / 1000))
        # as at the child's exit: wrong tries in a row wait longer each time
        again = self.tr("Try again in %n second(s).", "", seconds)
        self._say(f"{text} {again}")
        self._wait.start(delay)

    def _waited(self) -> None:
        self._say(self._fault)
        self._ready()

    def _ready(self) -> None:
        """A check or the wait after a wrong try is over: a passphrase can be tried."""
        self._busy(False)
        if self.isVisible():
            self.secret.setFocus()


def typing_menu(edit: QPlainTextEdit, texts: GuardianTexts) -> TypingMenu:
    """A guardian's typing box gets its menu (a right click, a long press, the Menu
    key) in the guardian's words: Qt's own ("Undo", "Paste"...) is in the
    professional's language, which a guardian's screen reader would read out. Its
    scroll bars open none (Qt's "Scroll here"... likewise)."""
    words = TypingWords(
        menu=texts.edit_menu, undo=texts.edit_undo, cut=texts.edit_cut, copy=texts.edit_copy,
        paste=texts.edit_paste, select_all=texts.edit_select_all,
    )  # fmt: skip
    no_scroll_bar_menus(edit)
    return TypingMenu(edit, words, texts.language, texts.rtl)


class WordsEdit(QPlainTextEdit):
    """A text field that asks for no more height than its minimum and takes what is left.

    The wheel page's column has texts that wrap, so its height is worked out for its
    width from the preferred heights: QPlainTextEdit's own (about 190 px) pushed the
    share choices out of sight at 150 %."""

    def __init__(self, texts: GuardianTexts) -> None:
        super().__init__()
        follow_writing(self)
        self.menu = typing_menu(self, texts)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())


class GuardianModeWindow(QWidget):
    """One guardian's screens for one conversation of the child."""

    left = Signal()  # the professional left the guardian's screens

    PAGES = ("intro", "wheel", "important", "done")

    def __init__(
        self,
        vault: services.Vault,
        view_id: int,
        *,
        basedir: Path | None = None,
        parent: QWidget | None = None,
        no_err_windows: bool = False,
        reader: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.no_err_windows = no_err_windows
        session = guardians.open_guardian_view(vault, view_id)  # never the child's entries
        self.view: GuardianView = session.view
        self.definition = session.definition
        self.scale = session.scale
        self.area_id = self.definition.areas[0].id
        self.lang = self.view.language
        extra = (basedir,) if basedir else ()
        self.texts: GuardianTexts = guardian_texts(self.lang, extra)
        # what a read-aloud button tells the guardian's screen reader and tooltip of its
        # state: in the guardian's language (the professional's note is not theirs)
        self.speaker_words = SpeakerWords(
            playing=self.texts.read_aloud_playing,
            none=self.texts.read_aloud_none,
            off=self.texts.read_aloud_off,
        )
        self.rtl = self.texts.rtl
        self.reader = reader or ReadAloud(basedir, self)
        self.reader.prepare(self.lang)
        self._closing = False
        # what a screen reader says of the window: in the guardian's language
        self.setWindowTitle(self.texts.title)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(CALM_BG))
        self.setPalette(pal)
        self._words_timer = QTimer(self)
        self._words_timer.setSingleShot(True)
        self._words_timer.setInterval(WORDS_SAVE_MS)
        self._words_timer.timeout.connect(self.save_words)
        # every size on these screens is chosen for 1366x768 and drawn at the size factor
        # of the window (the screen's at first: the window opens full screen), as child
        # mode's are: at 150 % (911x512 logical) the whole wheel page fits without scrolling
        screen = QGuiApplication.primaryScreen()
        full = screen.geometry().size() if screen is not None else QSize(1366, 768)
        self.k = size_factor(full.width(), full.height())
        # how each sized widget is drawn at a factor: run again when the factor changes
        self._sizers: list[Callable[[], None]] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        # every page scrolls rather than grow past the screen (1366x768 at 150 %)
        self.pages: dict[str, QWidget] = {
            "intro": self._scrolled(self._build_intro()),
            "wheel": self._build_wheel(),
            "important": self._scrolled(self._build_important()),
            "done": self._scrolled(self._build_done()),
        }
        for name in self.PAGES:
            self.stack.addWidget(self.pages[name])

        self.exit_button = QPushButton(
            QCoreApplication.translate("GuardianMode", "Professional: leave"), self
        )
        self.exit_button.setFont(font_for("sv", 12))
        self.exit_button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.exit_button.setStyleSheet(
            f"QPushButton {{ color: {CALM_MUTED}; background: transparent; "
            "border: 1px solid #D2CBC0; border-radius: 8px; padding: 4px 8px; }"
        )
        self.exit_button.setMinimumHeight(EXIT_HEIGHT)
        self.exit_button.clicked.connect(self.ask_to_leave)
        # for the professional: why read-aloud is off, small, in the professional's
        # words beside their way out; a guardian's screen reader hears the guardian's
        # words for it (the professional's note as its description)
        self.speech_note = SpeechNote(self, self.reader, self.lang, "sv", CALM_MUTED)
        self.speech_note.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.speech_note.name_for(self.speaker_words)
        self.exit_panel = ExitPanel(vault, self)
        self.exit_panel.confirmed.connect(self.leave)
        self.cover_screen = CoverScreen(self, self.texts.cover_name)
        self.cover_screen.uncover.connect(self.cover_screen.hide)
        self.cover_screen.hide()
        for seq in ("Esc", "F12"):
            sc = QShortcut(QKeySequence(seq), self, self.toggle_cover)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
        leave = QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.ask_to_leave)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)
        self.go("intro")
        self.speech_note.changed.connect(self._place)
        self.speech_note.tell()

    # -- sizes -----------------------------------------------------------------------
    def px(self, n: int) -> int:
        """``n`` pixels at 1366x768, at this window's size factor."""
        return max(11, round(n * self.k))

    def _sized(self, apply: Callable[[], None]) -> None:
        apply()
        self._sizers.append(apply)

    def set_size_factor(self, k: float) -> None:
        """Draw every text, button and margin at ``k`` (1.0 at 1366x768)."""
        if abs(k - self.k) < 0.015:
            return
        self.k = k
        for apply in self._sizers:
            apply()

    @staticmethod
    def _restyle(widget: QWidget, sheet: str) -> None:
        """Give ``widget`` its style sheet at the size factor, unless it has it already.

        Qt polishes a widget again for every ``setStyleSheet``, the same sheet too; a
        new size factor often leaves a widget's rounded pixel sizes as they were."""
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    def _margins(self, layout: QHBoxLayout | QVBoxLayout, *sides: int) -> None:
        """Margins at the size factor; the bottom one keeps the professional's way out
        (in a bottom corner, at its own size) clear of the page's controls."""
        left, top, right, bottom = sides
        self._sized(
            lambda: layout.setContentsMargins(
                self.px(left), self.px(top), self.px(right), max(bottom, self.px(bottom))
            )
        )

    def _button(self, text: str, px: int) -> BigButton:
        button = BigButton(text, self.lang, px=px)

        def apply() -> None:
            size = self.px(px)
            button.px = size
            button.setFont(font_for(self.lang, size))
            self._restyle(button, button_style(size))
            button.setMinimumHeight(max(self.px(ADULT_TARGET), size * 2 + 12))

        self._sized(apply)
        return button

    def _readable(self, key: str, px: int = 24, bold: bool = False) -> ReadableText:
        text = ReadableText(
            getattr(self.texts, key),
            self.lang,
            self.texts.read_aloud,
            px=self.px(px),
            bold=bold,
            key=f"guardian.{key}",
            reader=self.reader,
            words=self.speaker_words,
        )
        self._sized(lambda: text.set_px(self.px(px)))
        return text

    @staticmethod
    def _scrolled(inner: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setStyleSheet(
            f"QScrollArea, QScrollArea > QWidget > QWidget {{ background: {CALM_BG}; }}"
        )
        area.setWidget(inner)
        no_scroll_bar_menus(area)  # (a page's bar: as the typing boxes')
        return area

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._margins(layout, 60, 40, 60, EXIT_HEIGHT + EXIT_MARGIN + 12)
        self._sized(lambda: layout.setSpacing(self.px(16)))
        return page, layout

    def _label(self, text: str, px: int, bold: bool = False, muted: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {CALM_MUTED if muted else CALM_TEXT};")
        self._sized(lambda: label.setFont(font_for(self.lang, self.px(px), bold=bold)))
        return label

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)

        def apply() -> None:
            box.setMinimumHeight(self.px(ADULT_TARGET))
            box.setFont(font_for(self.lang, self.px(18)))
            side = max(20, self.px(28))
            self._restyle(box, f"QCheckBox::indicator {{ width: {side}px; height: {side}px; }}")

        self._sized(apply)
        return box

    def _build_intro(self) -> QWidget:
        t = self.texts
        page, layout = self._page()
        layout.addWidget(self._label(t.title, 30, bold=True))
        layout.addWidget(self._label(t.role(self.view.role), 22, muted=True))
        layout.addSpacing(10)
        layout.addWidget(self._readable("who_sees", 24))
        layout.addWidget(self._readable("you_decide", 24))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = self._button(t.start, 26)
        self.start_button.clicked.connect(lambda: self.go("wheel"))
        row.addWidget(self.start_button)
        layout.addLayout(row)
        return page

    def _build_wheel(self) -> QWidget:
        """The wheel beside one area's question, refusals, words and share choices.

        Every control is in sight without scrolling, in every language, at 1366x768
        (100 % and 150 %) and 1920x1080: sizes follow the size factor; the scale's key
        is a flow of rows, not a column; the side column reaches the window's bottom
        (the professional's way out sits in the other bottom corner, under the wheel)."""
        t = self.texts
        page = QWidget()
        row = QHBoxLayout(page)
        self._margins(row, 32, 16, 32, 16)
        self._sized(lambda: row.setSpacing(self.px(24)))
        lead = QVBoxLayout()
        lead.setContentsMargins(0, 0, 0, 0)
        self._sized(lambda: lead.setSpacing(self.px(10)))
        self.area_heading = AreaPicture(self.lang, CHILD_NORMAL, px=32, side=56)

        def heading() -> None:
            pic = self.area_heading
            pic.px, pic.side = self.px(32), self.px(56)
            pic.setFixedHeight(max(pic.side, round(pic._block_height())) + 4)
            pic.update()

        self._sized(heading)
        lead.addWidget(self.area_heading)
        self.question = self._readable("question", 22)
        lead.addWidget(self.question)
        # a flow of rows: a column of six rows pushed the share choices below the fold
        self.legend = ScaleLegend(self.scale, self.lang, "", px=15, horizontal=True)

        def legend() -> None:
            self.legend.px = self.px(15)
            self.legend.setFixedHeight(self.legend.heightForWidth(max(200, self.legend.width())))
            self.legend.updateGeometry()
            self.legend.update()

        self._sized(legend)
        lead.addWidget(self.legend)
        # the refusals wrap onto a second line in a language whose words are long, rather
        # than widen the column past the screen or cut their words
        answers = FlowLayout(spacing=self.px(10))
        self.dont_know = self._button(pick(self.scale.dont_know_label, self.lang), 18)
        self.declined = self._button(pick(self.scale.declined_label, self.lang), 18)
        self.dont_know.clicked.connect(lambda: self.rate(self.area_id, DONT_KNOW))
        self.declined.clicked.connect(lambda: self.rate(self.area_id, DECLINED))
        answers.addWidget(self.dont_know)
        answers.addWidget(self.declined)
        lead.addLayout(answers)
        lead.addWidget(self._label(t.words, 18, muted=True))
        self.words = WordsEdit(t)
        self.words.setAccessibleName(t.words)

        def words() -> None:
            self.words.setFont(font_for(self.lang, self.px(18)))
            self.words.menu.set_px(self.px(18))
            self.words.setMinimumHeight(self.px(70))

        self._sized(words)
        self.words.textChanged.connect(self._words_timer.start)
        lead.addWidget(self.words, 1)
        self.share_answer = self._check(t.share_answer)
        self.share_words = self._check(t.share_words)
        self.share_answer.toggled.connect(lambda on: self.share(GuardianItem.ANSWER, on))
        self.share_words.toggled.connect(lambda on: self.share(GuardianItem.WORDS, on))
        lead.addWidget(self.share_answer)
        lead.addWidget(self.share_words)
        nav = QHBoxLayout()
        self.wheel_back = self._button(t.back, 20)
        self.wheel_next = self._button(t.next, 22)
        self.wheel_back.clicked.connect(lambda: self.go("intro"))
        self.wheel_next.clicked.connect(lambda: self.go("important"))
        nav.addWidget(self.wheel_back)
        nav.addStretch(1)
        nav.addWidget(self.wheel_next)
        holder = QWidget()
        holder.setLayout(lead)
        # Back and Next stay in sight below the questions; the questions would scroll only
        # on a screen smaller than the ones the guardians' screens are made for (the fit
        # test holds that they do not scroll on those)
        side = QWidget()
        self._sized(lambda: side.setMaximumWidth(self.px(640)))
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self._sized(lambda: side_layout.setSpacing(self.px(10)))
        side_layout.addWidget(self._scrolled(holder), 1)
        side_layout.addLayout(nav)
        row.addWidget(side, 1)
        self._side = side
        # the wheel holds only this guardian's answers (as its main layer)
        self.wheel = WheelWidget(self.definition, self.scale, self.lang)
        self.wheel.set_rtl(self.rtl)
        self.wheel.set_show_previous(False)
        self.wheel.set_answers(child=self.view.answers())
        self.wheel.setAccessibleName(t.title)
        # an adult with a mouse: rings may be shallower than a child's 44 px targets, so the
        # wheel fits beside the words at 150 % on a 1366x768 screen
        self.wheel.setMinimumSize(300, 300)
        self.wheel.rating_changed.connect(self._rated)
        self.wheel.focus_area_changed.connect(self.show_area)
        self.wheel.area_activated.connect(self.show_area)
        wheel_column = QVBoxLayout()
        wheel_column.setContentsMargins(0, 0, 0, 0)
        wheel_column.addWidget(self.wheel, 1)
        # room for the professional's way out, in this bottom corner (and for the note
        # on read-aloud beside or above it: _place_note makes it higher where needed)
        self._wheel_foot = QSpacerItem(0, WHEEL_FOOT, *FIXED_HEIGHT)
        wheel_column.addItem(self._wheel_foot)
        self._wheel_column = wheel_column
        row.addLayout(wheel_column, 1)
        return page

    def _build_important(self) -> QWidget:
        t = self.texts
        page, layout = self._page()
        layout.addWidget(self._readable("important", 30, bold=True))
        self.important = follow_writing(QPlainTextEdit(self.view.important))
        important_menu = typing_menu(self.important, t)

        def important() -> None:
            self.important.setFont(font_for(self.lang, self.px(20)))
            important_menu.set_px(self.px(20))

        self._sized(important)
        self.important.setAccessibleName(t.important)
        self.important.textChanged.connect(self._words_timer.start)
        layout.addWidget(self.important, 1)
        self.share_important = self._check(t.share_important)
        self.share_important.setChecked(self.view.important_shared)
        self.share_important.toggled.connect(self._share_important)
        layout.addWidget(self.share_important)
        nav = QHBoxLayout()
        back = self._button(t.back, 22)
        back.clicked.connect(lambda: self.go("wheel"))
        self.done_button = self._button(t.done, 24)
        self.done_button.clicked.connect(lambda: self.go("done"))
        nav.addWidget(back)
        nav.addStretch(1)
        nav.addWidget(self.done_button)
        layout.addLayout(nav)
        return page

    def _build_done(self) -> QWidget:
        page, layout = self._page()
        layout.addStretch(1)
        layout.addWidget(self._label(self.texts.thanks_title, 40, bold=True))
        layout.addWidget(self._readable("thanks_text", 26))
        layout.addStretch(2)
        return page

    # -- navigation ------------------------------------------------------------------
    def current_page(self) -> str:
        return self.PAGES[self.stack.currentIndex()]

    def go(self, name: str) -> None:
        self.save_words()
        self.reader.stop()
        self.stack.setCurrentWidget(self.pages[name])
        if name == "wheel":
            self.show_area(self.area_id)
            self.wheel.setFocus()
        self._place()  # the note on read-aloud: where this page has room for it

    def show_area(self, area_id: str) -> None:
        """Show the guardian's own words and choices for one area."""
        if area_id != self.area_id:
            self.save_words()
        self.area_id = area_id
        area = self.definition.area(area_id)
        n = self.definition.area_ids.index(area_id) + 1
        count = self.texts.area_count.format(n=n, total=len(self.definition.areas))
        self.area_heading.set_area(area.icon, f"{area.label_in(self.lang)}  ·  {count}")
        entry = self.view.entry(area_id)
        for widget, value in (
            (self.share_answer, GuardianItem.ANSWER in entry.shared),
            (self.share_words, GuardianItem.WORDS in entry.shared),
        ):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.words.blockSignals(True)
        self.words.setPlainText(entry.words)
        self.words.blockSignals(False)
        if self.wheel.focus_area() != area_id:
            self.wheel.set_focus_area(area_id)

    # -- saving (each change committed at once) -----------------------------------------
    def _call(self, fn: Any, *args: Any, area_id: str | None = None) -> None:
        """Commit one change (``fn`` is a ``guardians.set_guardian_*``; ``area_id`` the
        area its entry is, if any) and keep what was stored in ``self.view``."""
        try:
            stored = fn(self.vault, self.view.id, *args)
            self.view = guardians.stored_in(self.view, stored, area_id)
        except Exception as exc:
            self._show_stored()
            show_error(self, exc, no_windows=self.no_err_windows)

    def _show_stored(self) -> None:
        """After a failed save: answers and choices back to what the vault holds.

        Typed words stay on screen (the guardian may try again); the rating or
        choice that was not saved must not look saved.
        """
        for area_id in self.definition.area_ids:
            answer = self.view.entry(area_id).answer
            if self.wheel.answer(area_id) != answer:
                self.wheel.set_answer(area_id, answer)
        entry = self.view.entry(self.area_id)
        boxes = [
            (self.share_answer, GuardianItem.ANSWER in entry.shared),
            (self.share_words, GuardianItem.WORDS in entry.shared),
        ]
        if hasattr(self, "share_important"):
            boxes.append((self.share_important, self.view.important_shared))
        for box, stored in boxes:
            if box.isChecked() != stored:
                box.blockSignals(True)
                box.setChecked(stored)
                box.blockSignals(False)

    def _rated(self, area_id: str, new: Answer, _old: Answer) -> None:
        self.show_area(area_id)
        self._call(guardians.set_guardian_answer, area_id, new, area_id=area_id)

    def rate(self, area_id: str, answer: Answer) -> None:
        self.wheel.set_answer(area_id, answer)
        self._call(guardians.set_guardian_answer, area_id, answer, area_id=area_id)

    def share(self, item: GuardianItem, on: bool) -> None:
        self.save_words()
        self._call(guardians.set_guardian_shared, self.area_id, item, on, area_id=self.area_id)

    def _share_important(self, on: bool) -> None:
        self.save_words()
        self._call(guardians.set_guardian_important, None, on)

    def save_words(self) -> None:
        """Save typed words (this area's and "what is important") if they changed."""
        self._words_timer.stop()
        if not hasattr(self, "important"):
            return
        words = self.words.toPlainText()
        if words != self.view.entry(self.area_id).words:
            self._call(guardians.set_guardian_words, self.area_id, words, area_id=self.area_id)
        important = self.important.toPlainText()
        if important != self.view.important:
            self._call(guardians.set_guardian_important, important, None)

    # -- cover, leave ------------------------------------------------------------------
    def toggle_cover(self) -> None:
        if self.cover_screen.isVisible():
            self.cover_screen.hide()
        else:
            self.reader.stop()
            self.cover_screen.setGeometry(self.rect())
            self.cover_screen.show()
            self.cover_screen.raise_()

    def ask_to_leave(self) -> None:
        self.save_words()
        self.exit_panel.open()
        self._place()

    def leave(self) -> None:
        """The professional confirmed: save, stop speech, close."""
        self._closing = True
        self.close()

    def vault_going_away(self) -> None:
        """The vault is locking (the professional's action or the idle timer): save, close."""
        self.leave()

    def show_full_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def _place(self) -> None:
        margin = EXIT_MARGIN
        ex = self.exit_button.sizeHint()
        # the bottom corner where a page's line ends (under the wheel, beside Next): the
        # wheel page's questions and share choices reach down the other side
        x = margin if self.rtl else self.width() - ex.width() - margin
        self.exit_button.setGeometry(
            x, self.height() - EXIT_HEIGHT - margin, ex.width(), EXIT_HEIGHT
        )
        self.exit_button.raise_()
        self._place_note()
        self.exit_panel.place()
        if self.cover_screen.isVisible():
            self.cover_screen.setGeometry(self.rect())
            self.cover_screen.raise_()

    def _place_note(self) -> None:
        """The note on read-aloud in the bottom row, beside the professional's way out
        toward the page's start: under the wheel on the wheel page (whose foot grows to
        hold it), in the pages' bottom margin elsewhere. Where that row is too narrow
        for it, it stands above the way out instead, as wide as the wheel's column."""
        note = self.speech_note
        foot = WHEEL_FOOT
        if note.isVisibleTo(self):
            ex = self.exit_button.geometry()
            gap = 12
            on_wheel = self.current_page() == "wheel"
            if self.rtl:
                side = self._side.mapTo(self, self._side.rect().topLeft()).x()
                end = side - self.px(24) if on_wheel else self.width() - self.px(60)
                start = ex.right() + 1 + gap
                room = end - start
            else:
                side = self._side.mapTo(self, self._side.rect().topRight()).x()
                start = side + 1 + self.px(24) if on_wheel else self.px(60)
                room = ex.left() - gap - start
            if room >= NOTE_MIN_WIDTH:
                w = min(NOTE_MAX_WIDTH, room)
                h = max(ex.height(), note.heightForWidth(w))
                x = start if self.rtl else ex.left() - gap - w
                y = ex.bottom() + 1 - h
            else:  # above the way out, from the wheel's column to the window's edge
                edge = EXIT_MARGIN
                w = (ex.right() + 1 - start) if not self.rtl else (end - ex.left())
                w = min(NOTE_MAX_WIDTH, max(ex.width(), w))
                h = note.heightForWidth(w)
                x = ex.left() if self.rtl else ex.right() + 1 - w
                y = ex.top() - gap // 2 - h
                x = max(edge, min(x, self.width() - edge - w))
            note.setGeometry(x, y, w, h)
            note.raise_()
            # the wheel ends above it (the page's own bottom margin lies below the foot)
            foot = max(foot, self.height() - y + gap // 2 - max(16, self.px(16)))
        if hasattr(self, "_wheel_foot") and self._wheel_foot.sizeHint().height() != foot:
            self._wheel_foot.changeSize(0, foot, *FIXED_HEIGHT)
            self._wheel_column.invalidate()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.set_size_factor(size_factor(self.width(), self.height()))
        # square: as wide as the wheel's column is high
        self.wheel.setMaximumWidth(max(300, self.height() - self.px(16) - EXIT_HEIGHT - 16))
        self._place()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:  # only the professional's passphrase closes it
            event.ignore()
            self.ask_to_leave()
            return
        self.save_words()
        self.reader.stop()
        super().closeEvent(event)
        self.left.emit()


class GuardianStartDialog(QDialog):
    """The professional chooses which guardian (by role) and their language."""

    def __init__(
        self,
        basedir: Path | None = None,
        parent: QWidget | None = None,
        known: dict[GuardianRole, str] | None = None,
    ) -> None:
        super().__init__(parent)
        # each role's language from an earlier start: picking the role picks it again, so
        # that a guardian who answered in Arabic is not silently switched to Swedish
        self._known = dict(known or {})
        self.setWindowTitle(self.tr("Guardian's view"))
        form = QFormLayout(self)
        hint = QLabel(
            self.tr(
                "Hand the screen to the guardian. They see only their own answers, never the "
                "child's answers or words or your notes. Leaving needs your vault passphrase."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.role = QComboBox()
        for role in GUARDIAN_ROLES:
            self.role.addItem(role_name(role), role.value)
        self.role.setAccessibleName(self.tr("Who gives their view"))
        form.addRow(self.tr("Who gives their view:"), self.role)
        self.language = QComboBox()
        for code in available_child_languages((basedir,) if basedir else ()):
            self.language.addItem(language_name(code), code)
        self.language.setAccessibleName(self.tr("The guardian's language"))
        form.addRow(self.tr("The guardian's language:"), self.language)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self._role_chosen()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Hand over"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _role_chosen(self, *_args: object) -> None:
        known = self._known.get(GuardianRole(self.role.currentData()))
        index = self.language.findData(known) if known else -1
        if index >= 0:
            self.language.setCurrentIndex(index)

    def choice(self) -> tuple[GuardianRole, str]:
        return GuardianRole(self.role.currentData()), str(self.language.currentData())


def open_guardian_mode(
    vault: services.Vault,
    conversation_id: int,
    role: GuardianRole | str,
    language: str,
    *,
    basedir: Path | None = None,
    parent: QWidget | None = None,
    no_err_windows: bool = False,
    reader: ReadAloud | None = None,
) -> GuardianModeWindow | None:
    """Start (or continue) this guardian's view and show their screens full screen."""
    try:
        view = guardians.start_guardian_view(vault, conversation_id, role, language)
        assert view.id is not None
        window = GuardianModeWindow(
            vault, view.id, basedir=basedir, no_err_windows=no_err_windows, reader=reader
        )
    except Exception as exc:
        show_error(parent, exc, no_windows=no_err_windows)
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _open_windows.add(window)
    window.left.connect(lambda: _open_windows.discard(window))
    window.show_full_screen()
    return window


def ask_and_open_guardian_mode(
    vault: services.Vault,
    conversation_id: int,
    *,
    basedir: Path | None = None,
    parent: QWidget | None = None,
) -> GuardianModeWindow | None:
    """The professional's entry point (child page, conversation window)."""
    known = {v.role: v.language for v in guardians.guardian_views(vault, conversation_id)}
    dialog = GuardianStartDialog(basedir, parent, known)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    role, language = dialog.choice()
    return open_guardian_mode(
        vault, conversation_id, role, language, basedir=basedir, parent=parent
    )


_open_windows: set[QWidget] = set()


__all__ = [
    "ExitPanel",
    "GuardianModeWindow",
    "GuardianStartDialog",
    "ask_and_open_guardian_mode",
    "open_guardian_mode",
    "role_name",
]

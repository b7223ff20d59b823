"""The professional's view of a running conversation: the wheel beside the area's words.

Top: the window's buttons (undo, redo, concern, child mode, the family's view
and copy, summary and print, lock). Left: the wheel (the child's answers;
optional marks for last time, the professional's and the guardian's views), big
"Don't want to answer" / "Don't know" buttons for touch, and the scale legend.
Right: the focused area's notes (:class:`~hjulet.gui.conversation.notes.AreaNotes`:
the child's words and the other texts with the child's sharing choices, the
professional's and the guardian's answers, the whole conversation's texts).

Nothing here saves by itself: the view reads the conversation from a
:class:`~hjulet.services.ConversationSession` and hands every change to its
:class:`ConversationController`, which commits every answer at once and every
text after a short pause, on focus-out and on close.

Entry point for the main window: ``open_conversation_window(ctx, vault,
conversation_id, parent)``; starting one is in :mod:`hjulet.gui.conversation.start`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core import languages
from hjulet.core._validate import pick
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer, AnswerKind
from hjulet.gui.child_mode.parts import ScaleLegend
from hjulet.gui.conversation.concern_dialog import ConcernDialog
from hjulet.gui.conversation.controller import ConversationController
from hjulet.gui.conversation.notes import AreaNotes
from hjulet.gui.errors import show_error
from hjulet.gui.flow_layout import FlowLayout
from hjulet.gui.fonts import font_for
from hjulet.gui.language_names import language_name
from hjulet.gui.screen_fit import fit_window
from hjulet.gui.wheel.widget import WheelWidget

if TYPE_CHECKING:
    from hjulet.gui.vault_session import VaultSession

# The wheel may shrink below its 44 px-per-ring size in the professional view so
# the window fits a 1366x768 screen at 150 % (911x512 logical pixels); it grows with
# the window. Child mode gives the wheel the full height.
PRO_MIN_WHEEL = 240


def open_conversation_window(
    ctx: Any,
    vault: services.Vault,
    conversation_id: int,
    parent: QWidget | None = None,
    *,
    session: VaultSession | None = None,
) -> QWidget:
    """The conversation in its own window; ``session`` owns it (it saves and closes
    when the vault locks, and its lock button locks the vault)."""
    view = ConversationView(
        vault,
        conversation_id,
        basedir=getattr(ctx, "basedir", None),
        no_err_windows=bool(getattr(ctx, "no_err_windows", False)),
        ctx=ctx,
    )
    view.setWindowFlag(Qt.WindowType.Window, True)
    if parent is not None:
        view.setParent(parent, Qt.WindowType.Window)
    if session is not None:
        session.own(
            view,
            view.vault_going_away,
            conversation_id=conversation_id,
            child_id=view.controller.conversation.child_id,
            discard=view.discard,
        )
        view.lock_requested.connect(session.lock)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    settings = getattr(ctx, "settings", None)
    fit_window(
        view,
        QSize(1360, 820),
        saved=settings.geometry("conversation") if settings is not None else None,
    )
    view.show()
    return view


class ConversationView(QWidget):
    """The conversation window's content. Saves through its controller only."""

    closed = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        vault: services.Vault,
        conversation_id: int,
        parent: QWidget | None = None,
        *,
        basedir: Path | None = None,
        no_err_windows: bool = False,
        ctx: Any = None,
        debounce_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.basedir = basedir
        self.no_err_windows = no_err_windows
        self.ctx = ctx
        kwargs = {} if debounce_ms is None else {"debounce_ms": debounce_ms}
        self.controller = ConversationController(vault, conversation_id, self, **kwargs)
        self.conversation_session = self.controller.session
        self.controller.save_failed.connect(self._save_failed)
        self.controller.answer_committed.connect(self._answer_committed)
        conv = self.conversation_session.conversation
        self.conv = conv
        self.child = services.get_child(vault, conv.child_id)
        self.lang = conv.language  # the child's language
        self.pro_lang = professional_language(ctx, conv.definition)
        self._child_window: QWidget | None = None
        self._guardian_window: QWidget | None = None

        who = self.child.name or self.child.code
        self.setWindowTitle(
            self.tr("Conversation with %1 — %2")
            .replace("%1", who)
            .replace("%2", conv.held_on.isoformat())
        )
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        root.addLayout(self._build_top_bar(who))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_wheel_side())
        splitter.addWidget(self._build_notes())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        root.addWidget(splitter, 1)

        self._load_previous()
        self.wheel.set_answers(
            child=self.conversation_session.answers("child"),
            adult=self.conversation_session.answers("adult"),
            guardian=self.conversation_session.answers("guardian"),
        )
        self.wheel.set_focus_area(self.area_id)
        self.show_area(self.area_id)
        self.update_consent()
        self.refresh_guardian_marks()

        # Ctrl+Z / Ctrl+Shift+Z everywhere, plus the platform's own redo key (Ctrl+Y on
        # Windows); one shortcut per distinct key, or Qt calls them ambiguous
        self._shortcuts: list[QShortcut] = []
        undo_keys = {
            k.toString(): k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        }
        redo_keys = {
            k.toString(): k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        }
        undo_keys.setdefault("Ctrl+Z", QKeySequence("Ctrl+Z"))
        redo_keys.setdefault("Ctrl+Shift+Z", QKeySequence("Ctrl+Shift+Z"))
        for keys, slot in ((undo_keys, self.undo), (redo_keys, self.redo)):
            for key in keys.values():
                sc = QShortcut(key, self, slot)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self._shortcuts.append(sc)
        # Ctrl+W (the platform's Close key) closes this conversation window
        for key in {
            k.toString(): k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
        }.values():
            sc = QShortcut(key, self, self._close_window)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            self._shortcuts.append(sc)

    # -- building --------------------------------------------------------------
    def _build_top_bar(self, who: str) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(
            self.tr("%1 · %2 · child texts in %3")
            .replace("%1", who)
            .replace("%2", self.conv.held_on.isoformat())
            .replace("%3", language_name(self.lang))
        )
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        # a long name wraps rather than push the buttons off a small screen
        title.setWordWrap(True)
        bar.addWidget(title, 1)
        self.undo_button = QToolButton()
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last answer (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QToolButton()
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.redo)
        self.controller.history_changed.connect(self._history_changed)
        self._history_changed()
        self.concern_button = QPushButton(self.tr("Concern…"))
        self.concern_button.setToolTip(
            self.tr("The child tells about harm: show the routine for reporting concern")
        )
        self.concern_button.clicked.connect(self.show_concern)
        self.child_mode_button = QPushButton(self.tr("Child mode"))
        self.child_mode_button.setToolTip(
            self.tr("Full screen for the child: only this child's wheel, no notes")
        )
        self.child_mode_button.clicked.connect(self.open_child_mode)
        # the family's own view and copy share one button (a menu), so the bar fits a
        # 1366x768 screen at 150 %
        self.family_button = QPushButton(self.tr("Family"))
        self.family_button.setToolTip(
            self.tr("A guardian's own view (full screen, in their language) or their copy")
        )
        family_menu = QMenu(self.family_button)
        self.guardian_mode_action = family_menu.addAction(self.tr("Guardian's view…"))
        self.guardian_mode_action.setToolTip(
            self.tr("Full screen for a guardian: their own picture, in their language")
        )
        self.guardian_mode_action.triggered.connect(self.open_guardian_mode)
        self.guardian_copy_action = family_menu.addAction(self.tr("Guardian's copy…"))
        self.guardian_copy_action.setToolTip(
            self.tr("A guardian's own copy in their language: preview, print or save")
        )
        self.guardian_copy_action.triggered.connect(self.open_guardian_copy)
        self.family_button.setMenu(family_menu)
        self.print_button = QPushButton(self.tr("Summary and print…"))
        self.print_button.setToolTip(
            self.tr("The SIP summary or the child's own copy: preview, print or save")
        )
        self.print_button.clicked.connect(self.open_print)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setToolTip(self.tr("Save, close every window and lock the vault (Ctrl+L)"))
        self.lock_button.clicked.connect(self._lock_clicked)
        for w in (
            self.undo_button,
            self.redo_button,
            self.concern_button,
            self.child_mode_button,
            self.family_button,
            self.print_button,
            self.lock_button,
        ):
            w.setMinimumHeight(36)
            bar.addWidget(w)
        return bar

    def _build_wheel_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 6, 0)
        self.wheel = WheelWidget(self.conv.definition, self.conv.scale, self.pro_lang)
        self.wheel.set_second_language(self._second_language())
        self.wheel.setMinimumSize(PRO_MIN_WHEEL, PRO_MIN_WHEEL)
        self.wheel.rating_changed.connect(self._wheel_rated)
        self.wheel.focus_area_changed.connect(self.show_area)
        self.wheel.area_activated.connect(self._area_activated)
        layout.addWidget(self.wheel, 1)

        buttons = FlowLayout()  # wraps in a long language instead of cutting the words
        self.declined_button = QPushButton(self._both(self.conv.scale.declined_label))
        self.dont_know_button = QPushButton(self._both(self.conv.scale.dont_know_label))
        self.clear_button = QPushButton(self.tr("Not asked yet"))
        self.declined_button.setAccessibleName(
            self.tr("Answer for the chosen area: does not want to answer")
        )
        self.dont_know_button.setAccessibleName(
            self.tr("Answer for the chosen area: does not know")
        )
        self.clear_button.setAccessibleName(self.tr("Clear the answer for the chosen area"))
        self.declined_button.clicked.connect(lambda: self._set_child_answer(DECLINED))
        self.dont_know_button.clicked.connect(lambda: self._set_child_answer(DONT_KNOW))
        self.clear_button.clicked.connect(lambda: self._set_child_answer(NOT_ASKED))
        for b in (self.declined_button, self.dont_know_button, self.clear_button):
            b.setMinimumHeight(44)
            b.setAutoDefault(False)
            b.setFont(font_for(self.lang, 14))
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.legend = ScaleLegend(
            self.conv.scale, self.pro_lang, self.tr("From the centre out:"), px=14, horizontal=True
        )
        layout.addWidget(self.legend)
        toggles = QGridLayout()  # two to a row: the wheel side stays narrow at 150 %
        self.previous_toggle = QCheckBox(self.tr("Show last time"))
        self.adult_toggle = QCheckBox(self.tr("Show the professional's answers"))
        self.guardian_toggle = QCheckBox(self.tr("Show the guardian's answers"))
        self.previous_toggle.setChecked(True)
        self.previous_toggle.toggled.connect(self.wheel.set_show_previous)
        self.adult_toggle.toggled.connect(self.wheel.set_show_adult)
        self.guardian_toggle.toggled.connect(self.wheel.set_show_guardian)
        # the family's own views: one labelled mark per guardian (gui.guardian_marks)
        self.family_toggle = QCheckBox(self.tr("Show the guardians' own views"))
        self.family_toggle.setToolTip(
            self.tr("Each guardian's own picture as a mark of its own: never averaged")
        )
        self.family_toggle.toggled.connect(self.wheel.set_show_guardian_views)
        marks = (self.previous_toggle, self.adult_toggle, self.guardian_toggle, self.family_toggle)
        for i, t in enumerate(marks):
            toggles.addWidget(t, i // 2, i % 2)
        toggles.setColumnStretch(2, 1)
        layout.addLayout(toggles)
        return side

    def _both(self, texts: Any) -> str:
        """A scale text in the professional's language, the child's beneath if different."""
        own = _pick(texts, self.pro_lang)
        second = self._second_language()
        other = _pick(texts, second) if second else own
        return own if other == own else f"{own}\n{other}"

    def _choose_area(self, area_id: str) -> None:
        """Choose an area to write about, without answering it."""
        self.wheel.set_focus_area(area_id)
        self.show_area(area_id)

    def _second_language(self) -> str | None:
        """The child's language where it differs from the professional's."""
        return self.lang if self.lang != self.pro_lang else None

    def _build_notes(self) -> AreaNotes:
        notes = AreaNotes(
            self.controller,
            lang=self.lang,
            pro_lang=self.pro_lang,
            wheel_state=lambda: self.wheel.state,
        )
        notes.area_chosen.connect(self._choose_area)
        notes.consent_requested.connect(self.record_consent)
        self.notes = notes
        return notes

    # -- showing an area ------------------------------------------------------------
    @property
    def area_id(self) -> str:
        """The area the notes show (and the wheel's focus)."""
        return self.notes.area_id

    def show_area(self, area_id: str) -> None:
        """Show the area's notes; saves pending text first when the area changes."""
        self.notes.show_area(area_id)

    # -- changes --------------------------------------------------------------------
    def _wheel_rated(self, area_id: str, new: Answer) -> None:
        self.controller.set_answer(area_id, new, "child")

    def _set_child_answer(self, answer: Answer) -> None:
        self.wheel.set_answer(self.area_id, answer)
        self.controller.set_answer(self.area_id, answer, "child")

    def _answer_committed(self, area_id: str, answer: Answer, who: str) -> None:
        """What the vault holds now; a widget is set only where it shows something else
        (an undo, a redo, a failed save, or a change made in child mode)."""
        if self.wheel.answer(area_id, who) != answer:
            self.wheel.set_answer(area_id, answer, who)
        self.notes.answer_committed(area_id, answer, who)

    def _history_changed(self) -> None:
        self.undo_button.setEnabled(self.conversation_session.can_undo)
        self.redo_button.setEnabled(self.conversation_session.can_redo)

    def _area_activated(self, area_id: str) -> None:
        self.show_area(area_id)
        self.notes.focus_words()

    def undo(self) -> None:
        self.controller.undo()

    def redo(self) -> None:
        self.controller.redo()

    def _save_failed(self, exc: BaseException) -> None:
        show_error(self, exc, no_windows=self.no_err_windows)

    def _load_previous(self) -> None:
        """Last time's answers, for the faint outline."""
        earlier = [
            c
            for c in services.list_conversations(self.vault, self.conv.child_id)
            if c.id != self.conv.id
            and (c.held_on, c.id or 0) < (self.conv.held_on, self.conv.id or 0)
        ]
        if not earlier:
            self.previous_toggle.setEnabled(False)
            return
        last = earlier[-1]
        if last.definition.area_ids != self.conv.definition.area_ids:
            self.previous_toggle.setEnabled(False)
            return
        previous = {
            a: last.entry(a).answer
            for a in last.definition.area_ids
            if last.entry(a).answer.kind is AnswerKind.LEVEL
            and (last.entry(a).answer.level or 0) <= self.conv.scale.size
        }
        if last.scale.size != self.conv.scale.size:
            previous = {}  # a different scale cannot be drawn on these rings
            self.previous_toggle.setEnabled(False)
        self.wheel.set_answers(previous=previous)

    # -- consent ----------------------------------------------------------------------
    def update_consent(self) -> bool:
        """Show whether a valid consent covers sharing today; True if one does.

        The child's information's rule: the child's own consent, both guardians', or
        a sole-custody guardian's (one guardian's alone is not enough).
        """
        consented = services.may_share_child(self.vault, self.conv.child_id)
        self.notes.set_consented(consented)
        return consented

    def record_consent(self) -> QDialog:
        from hjulet.gui.workspace.consent_register import ConsentDialog

        existing = services.list_consents(self.vault, self.conv.child_id)
        dialog = ConsentDialog(self.conv.child_id, self, existing=existing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_consent(dialog.consent()))
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _save_consent(self, consent: Any) -> None:
        try:
            services.add_consent(self.vault, consent)
        except Exception as exc:
            show_error(self, exc, no_windows=self.no_err_windows)
        self.update_consent()

    # -- concern, child mode, closing -----------------------------------------------
    def show_concern(self) -> ConcernDialog:
        dialog = ConcernDialog(self.vault, self.basedir, self, no_err_windows=self.no_err_windows)
        self.controller.record_concern_shown()
        dialog.open()
        return dialog

    def open_print(self) -> QWidget | None:
        """The SIP summary or the child's copy of this conversation."""
        from hjulet.gui.printing.summary import open_summary_dialog

        if self.ctx is None:
            return None
        self.controller.flush()
        conv = self.conversation_session.conversation
        return open_summary_dialog(self.ctx, self.vault, conv.child_id, conv.id, self)

    def open_child_mode(self) -> QWidget:
        from hjulet.gui.child_mode import ChildModeWindow, adult_language

        self.controller.flush()
        window = ChildModeWindow(
            self.vault,
            self.controller,
            basedir=self.basedir,
            adult_lang=adult_language(self.ctx),
        )
        window.left.connect(self._child_mode_left)
        self._child_window = window
        window.show_full_screen()
        return window

    def open_guardian_mode(self) -> QWidget | None:
        """Ask which guardian and language, then hand the screen over (gui.guardians.window)."""
        from hjulet.gui.guardians.window import ask_and_open_guardian_mode

        self.controller.flush()
        conv_id = self.conversation_session.conversation_id
        if conv_id is None:
            return None
        window = ask_and_open_guardian_mode(self.vault, conv_id, basedir=self.basedir, parent=self)
        if window is not None:
            self._guardian_window = window
            window.left.connect(self._guardian_mode_left)
        return window

    def refresh_guardian_marks(self) -> None:
        """Read the guardians' own views of this conversation into the wheel's marks."""
        from hjulet.gui.guardians.marks import guardian_marks
        from hjulet.services.guardians import guardian_views

        conv_id = self.conversation_session.conversation_id
        views = guardian_views(self.vault, conv_id) if conv_id is not None else []
        self.wheel.set_guardian_views(guardian_marks(views))
        self.family_toggle.setEnabled(bool(views))
        self.guardian_copy_action.setEnabled(bool(views) and self.ctx is not None)

    def open_guardian_copy(self) -> QWidget | None:
        from hjulet.gui.guardians.copy_dialog import open_guardian_copy_dialog

        conv_id = self.conversation_session.conversation_id
        if self.ctx is None or conv_id is None:
            return None
        return open_guardian_copy_dialog(self.ctx, self.vault, conv_id, self)

    def _guardian_mode_left(self) -> None:
        self._guardian_window = None
        self.refresh_guardian_marks()
        self.activateWindow()

    def _child_mode_left(self) -> None:
        self._child_window = None
        self.conversation_session.reload()
        self._follow_scale()
        self.wheel.set_answers(child=self.conversation_session.answers("child"))
        self.show_area(self.area_id)
        self.notes.show_whole_conversation()  # child mode may have changed them
        self.activateWindow()

    def _follow_scale(self) -> None:
        """Child mode may move an unanswered conversation to the faces: redraw on its scale."""
        conv = self.conversation_session.conversation
        if conv.scale == self.conv.scale:
            return
        self.conv = conv
        self.wheel.set_definition(conv.definition, conv.scale, self.pro_lang)
        self.declined_button.setText(self._both(conv.scale.declined_label))
        self.dont_know_button.setText(self._both(conv.scale.dont_know_label))
        legend = ScaleLegend(
            conv.scale, self.pro_lang, self.tr("From the centre out:"), px=14, horizontal=True
        )
        side = self.legend.parentWidget()
        side_layout = side.layout() if side is not None else None
        assert side_layout is not None
        side_layout.replaceWidget(self.legend, legend)
        self.legend.deleteLater()
        self.legend = legend
        self.notes.refill_answers()
        self._load_previous()

    def _close_window(self) -> None:
        if self.isWindow():
            self.close()

    def _lock_clicked(self) -> None:
        self.controller.flush()
        self.lock_requested.emit()

    def discard(self) -> None:
        """The conversation's child was deleted: close without saving (nothing is
        left to save into)."""
        self.controller.discard()
        self.close()

    def vault_going_away(self) -> None:
        """The main window is locking: save what is pending, then close."""
        self.controller.close()
        if self._child_window is not None:
            self._child_window.leave()  # type: ignore[attr-defined]  # closes without the secret
        if self._guardian_window is not None:
            from hjulet.gui.guardians.window import GuardianModeWindow

            if isinstance(self._guardian_window, GuardianModeWindow):
                self._guardian_window.vault_going_away()
        self.close()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            if not self.isActiveWindow():
                self.controller.flush()
            elif self.vault.is_open:
                self.update_consent()  # consent may have been recorded on the child page
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = getattr(self.ctx, "settings", None)
        if settings is not None and self.isWindow():
            settings.set_geometry("conversation", self.saveGeometry())
        self.controller.close()
        self.closed.emit()
        super().closeEvent(event)


def professional_language(ctx: Any, definition: Any) -> str:
    """The professional's own language (the UI's), if the wheel has texts in it."""
    settings = getattr(ctx, "settings", None)
    lang = str(getattr(settings, "language", "") or "sv")
    return languages.text_language((lang,), definition.languages)


def _pick(texts: Any, lang: str) -> str:
    return str(pick(texts, lang))


__all__ = [
    "ConversationView",
    "open_conversation_window",
]

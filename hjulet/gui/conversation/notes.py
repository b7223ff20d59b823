"""The conversation view's right-hand side: the chosen area's notes.

Area chooser buttons (they choose, never answer), the area's heading (in the
professional's language, the child's beneath where it differs) and, scrolling
beneath it, the child's words and the other texts, each with the child's "may be
shown at the SIP meeting" choice; the professional's note and answer and the
guardian's answer, kept apart; the texts of the whole conversation; and a note
when no valid consent covers sharing today.

It reads the conversation from the controller's session and hands every edit to
the controller. The wheel's current state (for the answer buttons' words) is
handed in as a callable; choosing an area and asking to record a consent are
signals for the view.

Texts use the "ConversationView" translation context, like ``parts``: the panel
is part of that window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hjulet.core.model import Answer, EntryField
from hjulet.gui.conversation.controller import ConversationController
from hjulet.gui.conversation.parts import (
    CHILD_ITEMS,
    AnswerButtons,
    TextField,
    item_title,
    mark_child_decided,
    share_box,
    share_text,
)
from hjulet.gui.fonts import font_for
from hjulet.gui.screen_fit import scroll_to_top
from hjulet.gui.wheel.state import WheelState, answer_text


class AreaNotes(QWidget):
    """The chosen area's heading over its notes, and the whole conversation's texts."""

    area_chosen = Signal(str)  # a chooser button: write about this area (does not answer)
    consent_requested = Signal()  # "Record consent…"

    def __init__(
        self,
        controller: ConversationController,
        *,
        lang: str,
        pro_lang: str,
        wheel_state: Callable[[], WheelState],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = controller.session
        self.lang = lang  # the child's language
        self.pro_lang = pro_lang
        self.wheel_state = wheel_state
        self.area_id: str = self.session.conversation.definition.areas[0].id
        self._loading = False
        self._build()

    @property
    def second_language(self) -> str | None:
        """The child's language where it differs from the professional's."""
        return self.lang if self.lang != self.pro_lang else None

    # -- building --------------------------------------------------------------
    def _build(self) -> None:
        """The chosen area's heading (always in view) over its scrolling notes."""
        conv = self.session.conversation
        definition = conv.definition
        outer_layout = QVBoxLayout(self)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        # choosing an area to write about is apart from answering: these buttons only
        # choose; a ring of the wheel answers (and chooses its area)
        chooser = QWidget()
        chooser.setObjectName("areaChooser")
        chooser.setAccessibleName(
            QCoreApplication.translate("ConversationView", "Choose the area to write about")
        )
        grid = QGridLayout(chooser)
        grid.setContentsMargins(6, 0, 6, 4)
        grid.setSpacing(3)
        self.area_buttons: dict[str, QPushButton] = {}
        self.area_group = QButtonGroup(self)
        self.area_group.setExclusive(True)
        for i, area in enumerate(definition.areas):
            b = QPushButton(area.label_in(self.pro_lang))
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setToolTip(
                QCoreApplication.translate(
                    "ConversationView", "Write about this area (does not answer it)"
                )
            )
            b.clicked.connect(lambda _on=False, a=area.id: self.area_chosen.emit(a))
            self.area_group.addButton(b)
            grid.addWidget(b, i // 4, i % 4)
            self.area_buttons[area.id] = b
        hint = QLabel(
            QCoreApplication.translate(
                "ConversationView",
                "A ring of the wheel records the child's answer; these buttons only choose.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5F584F;")
        grid.addWidget(hint, (len(self.area_buttons) + 3) // 4, 0, 1, 4)
        outer_layout.addWidget(chooser)
        header = QFrame()
        header.setObjectName("areaHeader")
        header.setFrameShape(QFrame.Shape.NoFrame)
        head = QVBoxLayout(header)
        head.setContentsMargins(6, 0, 6, 4)
        head.setSpacing(2)
        self.area_title = QLabel()
        self.area_title.setObjectName("areaTitle")
        self.area_title.setFont(font_for(self.pro_lang, 20, bold=True))
        self.area_title.setWordWrap(True)
        # the child's language beneath, where it differs
        self.area_title_child = QLabel()
        self.area_title_child.setObjectName("areaTitleChild")
        self.area_title_child.setFont(font_for(self.lang, 17, bold=True))
        self.area_title_child.setWordWrap(True)
        self.area_question = QLabel()
        self.area_question.setFont(font_for(self.lang, 14))
        self.area_question.setWordWrap(True)
        self.area_swedish = QLabel()  # the question in the professional's language
        self.area_swedish.setWordWrap(True)
        self.area_swedish.setStyleSheet("color: #5F584F;")
        self.area_answer = QLabel()
        self.area_answer.setFont(font_for(self.pro_lang, 14, bold=True))
        self.area_answer.setWordWrap(True)
        for w in (
            self.area_title,
            self.area_title_child,
            self.area_question,
            self.area_swedish,
            self.area_answer,
        ):
            head.addWidget(w)
        outer_layout.addWidget(header)

        scroll = QScrollArea()
        scroll.setObjectName("notesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # the notes wrap to the panel's width: never a sideways scroll
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_scroll = scroll
        panel = QWidget()
        scroll.setWidget(panel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 6, 0)
        outer_layout.addWidget(scroll, 1)
        # no valid consent: ticks are kept as the child's wish but nothing is shared
        self.consent_note = QFrame()
        self.consent_note.setObjectName("consentNote")
        self.consent_note.setFrameShape(QFrame.Shape.StyledPanel)
        note_layout = QVBoxLayout(self.consent_note)
        note_layout.setContentsMargins(8, 6, 8, 6)
        self.consent_note_text = QLabel(
            QCoreApplication.translate(
                "ConversationView",
                "No valid consent covers the child's answers today (the child's own, or both "
                "guardians'). The child's choices below are kept, but nothing is shared at the "
                "SIP meeting until consent is recorded.",
            )
        )
        self.consent_note_text.setWordWrap(True)
        self.register_consent_button = QPushButton(
            QCoreApplication.translate("ConversationView", "Record consent…")
        )
        self.register_consent_button.setAutoDefault(False)
        self.register_consent_button.clicked.connect(self.consent_requested)
        note_layout.addWidget(self.consent_note_text)
        note_layout.addWidget(self.register_consent_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.consent_note)
        self.answer_shared = share_box()
        self.answer_shared.toggled.connect(lambda on: self._shared(EntryField.ANSWER, on))
        layout.addWidget(self.answer_shared)

        self.fields: dict[EntryField, TextField] = {}
        self.shares: dict[EntryField, QCheckBox] = {EntryField.ANSWER: self.answer_shared}
        child_box = QGroupBox(QCoreApplication.translate("ConversationView", "The child says"))
        child_layout = QVBoxLayout(child_box)
        for item, _title in CHILD_ITEMS:
            child_layout.addWidget(self._text_item(item))
        layout.addWidget(child_box)

        adult_box = QGroupBox(
            QCoreApplication.translate(
                "ConversationView", "The professional's view (kept apart from the child's)"
            )
        )
        adult_box.setStyleSheet("QGroupBox { background: #F1F3F6; }")
        adult_layout = QVBoxLayout(adult_box)
        adult_layout.addWidget(self._text_item(EntryField.ADULT_NOTE))
        row = QHBoxLayout()
        row.addWidget(
            QLabel(QCoreApplication.translate("ConversationView", "Professional's answer:"))
        )
        self.adult_answer = AnswerButtons(
            QCoreApplication.translate("ConversationView", "Professional's answer")
        )
        self.adult_answer.fill(self.wheel_state(), self.second_language)
        self.adult_answer.answer_chosen.connect(lambda a: self._other_answer("adult", a))
        adult_layout.addLayout(row)
        adult_layout.addWidget(self.adult_answer)
        self.adult_answer_shared = share_box()
        self.adult_answer_shared.toggled.connect(
            lambda on: self._shared(EntryField.ADULT_ANSWER, on)
        )
        self.shares[EntryField.ADULT_ANSWER] = self.adult_answer_shared
        for item in (EntryField.ADULT_NOTE, EntryField.ADULT_ANSWER):
            # the professional's own view: not the child's choice, as share_box says
            self.shares[item].setToolTip(
                QCoreApplication.translate(
                    "ConversationView",
                    "Your choice: shown at the meeting as the professional's view, apart "
                    "from the child's. Off unless you tick it.",
                )
            )
        adult_layout.addWidget(self.adult_answer_shared)
        grow = QHBoxLayout()
        grow.addWidget(QLabel(QCoreApplication.translate("ConversationView", "Guardian's answer:")))
        self.guardian_answer = AnswerButtons(
            QCoreApplication.translate("ConversationView", "Guardian's answer")
        )
        self.guardian_answer.fill(self.wheel_state(), self.second_language)
        self.guardian_answer.answer_chosen.connect(lambda a: self._other_answer("guardian", a))
        adult_layout.addLayout(grow)
        adult_layout.addWidget(self.guardian_answer)
        self.guardian_answer_shared = share_box()
        self.guardian_answer_shared.setToolTip(
            QCoreApplication.translate(
                "ConversationView",
                "The guardian's choice: shown at the meeting as your note of what the "
                "guardian answered. Off unless the guardian says yes.",
            )
        )
        self.guardian_answer_shared.toggled.connect(
            lambda on: self._shared(EntryField.GUARDIAN_ANSWER, on)
        )
        self.shares[EntryField.GUARDIAN_ANSWER] = self.guardian_answer_shared
        adult_layout.addWidget(self.guardian_answer_shared)
        layout.addWidget(adult_box)

        whole = QGroupBox(
            QCoreApplication.translate("ConversationView", "For the whole conversation")
        )
        whole_layout = QVBoxLayout(whole)
        whole_layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ConversationView", "What is important to me (the child's words)"
                )
            )
        )
        self.important = TextField()
        self.important.setPlainText(self.session.conversation_text("important_to_me"))
        self.important.setAccessibleName(
            QCoreApplication.translate("ConversationView", "What is important to me")
        )
        self.important.setFixedHeight(70)
        self.important.textChanged.connect(
            lambda: self._conversation_text_changed("important_to_me", self.important)
        )
        self.important.focus_lost.connect(self.controller.flush)
        whole_layout.addWidget(self.important)
        self.important_shared = share_box()
        self.important_shared.setChecked(conv.important_shared)
        self.important_shared.toggled.connect(
            lambda on: self._whole_shared(self.controller.set_important_shared, on)
        )
        whole_layout.addWidget(self.important_shared)
        whole_layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ConversationView",
                    "What has changed since last time, and why (the child's words)",
                )
            )
        )
        self.change_note = TextField()
        self.change_note.setPlainText(self.session.conversation_text("change_note"))
        self.change_note.setAccessibleName(
            QCoreApplication.translate("ConversationView", "What has changed since last time")
        )
        self.change_note.setFixedHeight(70)
        self.change_note.textChanged.connect(
            lambda: self._conversation_text_changed("change_note", self.change_note)
        )
        self.change_note.focus_lost.connect(self.controller.flush)
        whole_layout.addWidget(self.change_note)
        self.change_note_shared = share_box()
        self.change_note_shared.setChecked(conv.change_note_shared)
        self.change_note_shared.toggled.connect(
            lambda on: self._whole_shared(self.controller.set_change_note_shared, on)
        )
        whole_layout.addWidget(self.change_note_shared)
        layout.addWidget(whole)
        layout.addStretch(1)
        for label in panel.findChildren(QLabel):
            label.setWordWrap(True)
        # never narrower than the notes need: they wrap, and never scroll sideways
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # (nor narrower than the area buttons' words)
        self.setMinimumWidth(
            max(340, panel.minimumSizeHint().width() + bar + 4, chooser.minimumSizeHint().width())
        )

    def _text_item(self, item: EntryField) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 4, 0, 4)
        v.setSpacing(2)
        title = QLabel(item_title(item))
        tf = QFont(title.font())
        tf.setBold(True)
        title.setFont(tf)
        v.addWidget(title)
        edit = TextField()
        edit.setAccessibleName(item_title(item))
        edit.setFixedHeight(88 if item is EntryField.WORDS else 60)
        edit.setTabChangesFocus(True)
        if item is EntryField.WORDS:
            # the child's words read as a quote: italic, a bar at the leading edge
            edit.setFont(font_for(self.lang, 16))
            f = edit.font()
            f.setItalic(True)
            edit.setFont(f)
            edit.setStyleSheet(
                "QPlainTextEdit { border: none; border-left: 5px solid #8A76B5; "
                "background: #F7F4FB; padding: 6px; }"
            )
            edit.setPlaceholderText(
                QCoreApplication.translate("ConversationView", "“…” as the child says it")
            )
        elif item is not EntryField.ADULT_NOTE:
            edit.setFont(font_for(self.lang, 14))
        edit.textChanged.connect(lambda: self._text_changed(item))
        edit.focus_lost.connect(self.controller.flush)
        v.addWidget(edit)
        self.fields[item] = edit
        share = share_box()
        share.toggled.connect(lambda on: self._shared(item, on))
        v.addWidget(share)
        self.shares[item] = share
        return box

    # -- showing an area ------------------------------------------------------------
    def show_area(self, area_id: str) -> None:
        changed = area_id != self.area_id
        if changed:
            self.controller.flush()
        self.area_id = area_id
        definition = self.session.conversation.definition
        area = definition.area(area_id)
        entry = self.session.entry(area_id)
        self._loading = True
        try:
            two = self.second_language is not None
            if area_id in self.area_buttons:
                self.area_buttons[area_id].setChecked(True)
            self.area_title.setText(area.label_in(self.pro_lang))
            self.area_title_child.setText(area.label_in(self.lang))
            self.area_title_child.setVisible(two)
            self.area_question.setText(area.question_in(self.lang))
            self.area_swedish.setText(area.question_in(self.pro_lang))
            self.area_swedish.setVisible(two)
            rtl = definition.is_rtl(self.lang)
            direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            for w in (self.area_title_child, self.area_question):
                w.setLayoutDirection(direction)
                # absolute: with a right-to-left direction a plain AlignRight is mirrored
                w.setAlignment(
                    Qt.AlignmentFlag.AlignAbsolute
                    | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                )
            for item, edit in self.fields.items():
                if edit.toPlainText() != entry.text(item):
                    edit.setPlainText(entry.text(item))
            for item, box in self.shares.items():
                box.blockSignals(True)
                box.setChecked(item in entry.shared)
                box.blockSignals(False)
                mark_child_decided(box, item in entry.child_decided)
            self.adult_answer.set_answer(entry.adult_answer)
            self.guardian_answer.set_answer(entry.guardian_answer)
            self.show_answer_text()
        finally:
            self._loading = False
        if changed:
            # a new area starts at its top, so nothing is written into the wrong one
            scroll_to_top(self.notes_scroll)

    def show_answer_text(self) -> None:
        """The child's answer to the chosen area, in words."""
        answer = self.session.answer(self.area_id)
        state = self.wheel_state()
        text = (
            answer_text(state, answer)
            if answer.is_given
            else QCoreApplication.translate("ConversationView", "Not asked yet")
        )
        second = self.second_language
        if answer.is_given and second is not None:
            other = answer_text(replace(state, language=second), answer)
            if other and other != text:
                text = f"{text} ({other})"
        self.area_answer.setText(
            QCoreApplication.translate("ConversationView", "The child's answer: %1").replace(
                "%1", text
            )
        )

    def _text_changed(self, item: EntryField) -> None:
        if self._loading:
            return
        self.controller.set_text(self.area_id, item, self.fields[item].toPlainText())

    def _shared(self, item: EntryField, on: bool) -> None:
        if self._loading:
            return
        box = self.shares[item]
        if not self.controller.set_shared(self.area_id, item, on):
            box.blockSignals(True)
            box.setChecked(not on)
            box.blockSignals(False)
        else:
            mark_child_decided(box, False)  # now the adult's entry

    def _conversation_text_changed(self, name: str, edit: QPlainTextEdit) -> None:
        if not self._loading:
            self.controller.set_conversation_text(name, edit.toPlainText())

    def _whole_shared(self, save: Callable[[bool], bool], on: bool) -> None:
        if not self._loading and not save(on):
            self.show_whole_conversation(texts=False)  # not saved: show what the vault holds

    def show_whole_conversation(self, *, texts: bool = True) -> None:
        """The conversation-level choices (and texts) as the session holds them."""
        conv = self.session.conversation
        self._loading = True
        try:
            if texts:
                for edit, name in (
                    (self.important, "important_to_me"),
                    (self.change_note, "change_note"),
                ):
                    text = self.session.conversation_text(name)
                    if edit.toPlainText() != text:
                        edit.setPlainText(text)
            for box, value in (
                (self.important_shared, conv.important_shared),
                (self.change_note_shared, conv.change_note_shared),
            ):
                if box.isChecked() != value:
                    box.setChecked(value)
        finally:
            self._loading = False

    def _other_answer(self, who: str, answer: Answer) -> None:
        self.controller.set_answer(self.area_id, answer, who)

    # -- told by the view ----------------------------------------------------------
    def answer_committed(self, area_id: str, answer: Answer, who: str) -> None:
        """What the vault holds now for the chosen area's answers."""
        if area_id != self.area_id:
            return
        buttons = {"adult": self.adult_answer, "guardian": self.guardian_answer}.get(who)
        if buttons is None:
            self.show_answer_text()
        elif buttons.answer() != answer:
            buttons.set_answer(answer)

    def refill_answers(self) -> None:
        """The wheel's scale changed: answer buttons for the new scale."""
        for buttons in (self.adult_answer, self.guardian_answer):
            buttons.fill(self.wheel_state(), self.second_language)

    def set_consented(self, consented: bool) -> None:
        """Whether a valid consent covers sharing today: the note, and each box's words."""
        self.consent_note.setVisible(not consented)
        for box in self.all_share_boxes():
            box.setText(share_text(consented))

    def all_share_boxes(self) -> list[QCheckBox]:
        return [*self.shares.values(), self.important_shared, self.change_note_shared]

    def focus_words(self) -> None:
        self.fields[EntryField.WORDS].setFocus()

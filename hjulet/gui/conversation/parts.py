"""The small parts of the conversation view's area panel: a text box that says when it
loses focus, a row of answer buttons, the items' titles and the share boxes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QPlainTextEdit, QPushButton, QWidget

from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer, EntryField
from hjulet.gui.flow_layout import FlowLayout
from hjulet.gui.typing_direction import follow_writing
from hjulet.gui.wheel.state import answer_text


class TextField(QPlainTextEdit):
    """A text box that tells when it loses focus (to save at once)."""

    focus_lost = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        follow_writing(self)

    def focusOutEvent(self, event: Any) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class AnswerButtons(QWidget):
    """Not asked / each level / don't know / don't want to answer, as a row of buttons.

    Like the child's answer buttons: one click chooses, the chosen one stays down,
    and nothing changes by scrolling over it. Labels in the professional's language,
    with the child's language beneath where it differs.
    """

    answer_chosen = Signal(object)  # Answer

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.name = name
        self.answers: list[Answer] = []
        self.buttons: list[QPushButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._clicked)
        # wraps onto more lines in a long language (the child's words under each)
        self.grid = FlowLayout(self, spacing=4)

    def fill(self, state_of: Any, second_language: str | None = None) -> None:
        for b in self.buttons:
            self.group.removeButton(b)
            b.deleteLater()
        self.buttons = []
        scale = state_of.scale
        self.answers = [NOT_ASKED, *[Answer.at(k) for k in range(1, scale.size + 1)]]
        self.answers += [DONT_KNOW, DECLINED]
        for i, answer in enumerate(self.answers):
            text = (
                answer_text(state_of, answer)
                if answer.is_given
                else QCoreApplication.translate("ConversationView", "Not asked")
            )
            if second_language and answer.is_given:
                other = answer_text(replace(state_of, language=second_language), answer)
                if other and other != text:
                    text = f"{text}\n{other}"
            b = QPushButton(text)
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setMinimumHeight(36)
            b.setAccessibleName(f"{self.name}: {text.replace(chr(10), ' / ')}")
            self.group.addButton(b, i)
            self.grid.addWidget(b)
            self.buttons.append(b)
        self.set_answer(NOT_ASKED)

    def _clicked(self, index: int) -> None:
        self.answer_chosen.emit(self.answers[index])

    def set_answer(self, answer: Answer) -> None:
        index = self.answers.index(answer) if answer in self.answers else 0
        if 0 <= index < len(self.buttons):
            self.buttons[index].setChecked(True)

    def answer(self) -> Answer:
        index = self.group.checkedId()
        return self.answers[index] if 0 <= index < len(self.answers) else NOT_ASKED

    def button_for(self, answer: Answer) -> QPushButton:
        return self.buttons[self.answers.index(answer)]


CHILD_ITEMS: tuple[tuple[EntryField, str], ...] = (
    (EntryField.WORDS, "The child's own words"),
    (EntryField.GOOD, "What is good"),
    (EntryField.HARD, "What is hard"),
    (EntryField.WISH, "What the child wants to happen"),
    (EntryField.HELP_FROM, "Who the child wants help from"),
)


def item_title(item: EntryField) -> str:
    # literal translate() calls so lupdate finds them
    titles = {
        EntryField.WORDS: QCoreApplication.translate("ConversationView", "The child's own words"),
        EntryField.GOOD: QCoreApplication.translate("ConversationView", "What is good"),
        EntryField.HARD: QCoreApplication.translate("ConversationView", "What is hard"),
        EntryField.WISH: QCoreApplication.translate(
            "ConversationView", "What the child wants to happen"
        ),
        EntryField.HELP_FROM: QCoreApplication.translate(
            "ConversationView", "Who the child wants help from"
        ),
        EntryField.ADULT_NOTE: QCoreApplication.translate(
            "ConversationView", "Professional's note"
        ),
    }
    return titles[item]


def share_text(consented: bool) -> str:
    if consented:
        return QCoreApplication.translate("ConversationView", "May be shown at the SIP meeting")
    return QCoreApplication.translate(
        "ConversationView", "May be shown at the SIP meeting (needs consent first)"
    )


def share_box() -> QCheckBox:
    box = QCheckBox(share_text(True))
    box.setToolTip(
        QCoreApplication.translate(
            "ConversationView", "The child's choice. Off unless the child says yes."
        )
    )
    return box


def mark_child_decided(box: QCheckBox, decided: bool) -> None:
    """Say on a share box whether the child made this choice themselves, in child mode."""
    base = QCoreApplication.translate("ConversationView", "May be shown at the SIP meeting")
    note = QCoreApplication.translate("ConversationView", "the child decided")
    if box.text().startswith(base):
        box.setText(f"{base} ({note})" if decided else base)
    box.setProperty("child_decided", decided)


__all__ = [
    "CHILD_ITEMS",
    "AnswerButtons",
    "TextField",
    "item_title",
    "mark_child_decided",
    "share_box",
    "share_text",
]

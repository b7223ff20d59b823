"""The whole wheel on one screen (the teen's way, the middle tier's on request): the
area in focus is named beside the wheel, with its question and the teen's own words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hjulet.core.model import Answer
from hjulet.gui.child_mode.kit import ChildPage, PageKit
from hjulet.gui.wheel.widget import WheelWidget
from hjulet.services import ConversationSession


class WholePage(ChildPage):
    """Texts | the whole wheel | refusals and buttons."""

    answered = Signal(str, object)  # area id, Answer
    words_changed = Signal(str, str)  # area id, the teen's own words
    switch_asked = Signal()  # one area per screen instead

    def __init__(self, kit: PageKit, session: ConversationSession) -> None:
        super().__init__(kit)
        self.session = session
        t = kit.texts
        # named by the area in focus (show_focus)
        self.wheel: WheelWidget = kit.wheel(kit.definition, "", "")
        self.wheel.set_answers(child=session.answers("child"))
        self.wheel.set_show_previous(False)
        self.wheel.rating_changed.connect(
            lambda area_id, new, _old: self.answered.emit(area_id, new)
        )
        self.wheel.focus_area_changed.connect(self.show_focus)
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(kit.px(10))
        self.heading, self.question, self.words = kit.area_column(col)
        self.question.take_focus(lambda: self.wheel)
        # the question (and its gloss) drawn smaller when the column is short
        self.fitted.append((self.question, 22))
        if self.words is not None:
            self.words.textChanged.connect(self._words_changed)
        col.addStretch(1)
        col.addWidget(kit.scale_legend(15))
        trail, tcol, self.dont_know, self.declined = kit.refusal_column(self._answer)
        self.switch = kit.button(t.choose_one, "choose_one", 16)
        self.switch.clicked.connect(lambda: self.switch_asked.emit())
        tcol.addWidget(self.switch)
        self.back_button = kit.back_button(self)
        self.done_button = kit.next_button(self)
        tcol.addWidget(self.back_button)
        tcol.addWidget(self.done_button)
        self.show_focus(kit.definition.areas[0].id)
        kit.wheel_page(self, lead, self.wheel, trail)

    def focus_area(self) -> str:
        """The area in focus (the first before the child chose one)."""
        return self.wheel.focus_area() or self.kit.definition.areas[0].id

    def refresh(self) -> None:
        """The child's answers as the vault holds them; the area in focus named."""
        self.wheel.set_answers(child=self.session.answers("child"))
        self.show_focus(self.focus_area())

    def show_focus(self, area_id: str) -> None:
        kit = self.kit
        area = kit.definition.area(area_id)
        kit.show_area(self.heading, self.question, area)
        # a screen reader names the wheel by the area in focus, in the child's language
        self.wheel.setAccessibleName(area.label_in(kit.label_lang))
        self.wheel.setAccessibleDescription(area.question_in(kit.label_lang))
        if self.words is not None:
            self.words.load(self.session.entry(area_id).words)
        if self.fit_height:  # another area's question and gloss: fit them again
            self.fit(self.fit_height)

    def committed(self, area_id: str, answer: Answer) -> None:
        """The vault holds ``answer`` for ``area_id``: the wheel shows it."""
        if self.wheel.answer(area_id) != answer:
            self.wheel.set_answer(area_id, answer)

    def _answer(self, answer: Answer) -> None:
        area_id = self.focus_area()
        self.wheel.set_answer(area_id, answer)
        self.answered.emit(area_id, answer)

    def _words_changed(self) -> None:
        if self.words is None or self.words.loading:
            return
        self.words_changed.emit(self.focus_area(), self.words.text())

    def focus_target(self) -> QWidget | None:
        # the wheel when the area in focus has the child's answer, else its question
        if self.wheel.answer(self.focus_area()).is_given:
            return self.wheel
        return self.question.label

    def limit_wheel(self, side: int) -> None:
        self.wheel.setMaximumWidth(side)

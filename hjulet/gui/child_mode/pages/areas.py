"""One area per screen: the youngest touch one of the big faces (:class:`YoungPage`),
the others a one-area wheel with its legend and the two refusals (:class:`OnePage`).

Both show the area the window asks for (:meth:`show_area`) and tell it what the
child answered or wrote through signals; the window keeps the index and saves.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from hjulet.core.model import Answer
from hjulet.gui.child_mode.kit import ChildPage, PageKit
from hjulet.gui.child_mode.parts import BigButton, ScaleLegend
from hjulet.gui.wheel.widget import WheelWidget
from hjulet.services import ConversationSession


class YoungPage(ChildPage):
    """Big picture, one sentence read aloud first, big faces."""

    answered = Signal(str, object)  # area id, Answer

    def __init__(self, kit: PageKit, session: ConversationSession) -> None:
        super().__init__(kit)
        self.session = session
        self.index = 0
        col = kit.column(self, 1100)
        col.setSpacing(kit.px(10))
        head = QHBoxLayout()
        self.count = kit.muted_label(16)
        self.picture = kit.area_heading(30, 88)
        head.addWidget(self.picture, 1)
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)
        self.question = kit.dynamic_text(22, first=True)
        self.question.take_focus(self.faces_focus)
        col.addWidget(self.question)
        self.faces = kit.faces(min_side=90)
        self.faces.answered.connect(self._answer)
        col.addWidget(self.faces, 1)
        back, next_button = kit.nav(self, col)
        assert back is not None and next_button is not None
        self.back_button: BigButton = back
        self.next_button: BigButton = next_button

    def show_area(self, index: int) -> None:
        """The area at ``index`` (already within the wheel) with the child's answer."""
        areas = self.kit.definition.areas
        self.index = index
        area = areas[index]
        self.kit.show_area(self.picture, self.question, area)
        self.count.setText(self.kit.texts.area_count_text(index + 1, len(areas)))
        self.faces.setAccessibleName(area.label_in(self.kit.label_lang))
        self.faces.set_answer(self.session.answer(area.id))

    def committed(self, answer: Answer) -> None:
        """The vault holds ``answer`` for the area on this page."""
        if self.faces.answer() != answer:
            self.faces.set_answer(answer)

    def _answer(self, answer: Answer) -> None:
        self.answered.emit(self.kit.definition.areas[self.index].id, answer)

    def faces_focus(self) -> QWidget:
        return self.faces.focus_button()

    def focus_target(self) -> QWidget | None:
        # the child's own answer when they come back, else the question: never a face
        # they did not choose (the first face is the saddest)
        if self.faces.answer().is_given:
            return self.faces.focus_button()
        return self.question.label


class OnePage(ChildPage):
    """One area on a wheel of its own: texts | the wheel | refusals and buttons."""

    answered = Signal(str, object)  # area id, Answer
    words_changed = Signal(str, str)  # area id, the teen's own words
    switch_asked = Signal()  # the whole wheel instead

    def __init__(self, kit: PageKit, session: ConversationSession) -> None:
        super().__init__(kit)
        self.session = session
        self.index = 0
        t = kit.texts
        self.wheel: WheelWidget | None = None
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(kit.px(10))
        self.count = kit.muted_label(16)
        col.addWidget(self.count)
        self.heading, self.question, self.words = kit.area_column(col)
        self.question.take_focus(lambda: self.wheel)
        # the question (and its gloss) drawn smaller when the column is short
        self.fitted.append((self.question, 22))
        if self.words is not None:
            self.words.textChanged.connect(self._words_changed)
        col.addStretch(1)
        self.legend_holder = QVBoxLayout()
        col.addLayout(self.legend_holder)
        self.legend: ScaleLegend | None = None
        self.wheel_holder = QWidget()
        self.wheel_layout = QVBoxLayout(self.wheel_holder)
        self.wheel_layout.setContentsMargins(0, 0, 0, 0)
        trail, tcol, self.dont_know, self.declined = kit.refusal_column(self._answer)
        self.switch = kit.button(t.choose_whole, "choose_whole", 16)
        self.switch.clicked.connect(lambda: self.switch_asked.emit())
        tcol.addWidget(self.switch)
        self.back_button = kit.back_button(self)
        self.next_button = kit.next_button(self)
        tcol.addWidget(self.back_button)
        tcol.addWidget(self.next_button)
        kit.wheel_page(self, lead, self.wheel_holder, trail)

    def show_area(self, index: int) -> None:
        """The area at ``index`` (already within the wheel) on a new one-area wheel."""
        kit = self.kit
        areas = kit.definition.areas
        self.index = index
        area = areas[index]
        single = replace(kit.definition, areas=(area,))
        if self.wheel is not None:
            self.wheel_layout.removeWidget(self.wheel)
            self.wheel.deleteLater()
        wheel = kit.wheel(single, area.label_in(kit.label_lang), area.question_in(kit.label_lang))
        wheel.set_answers(child={area.id: self.session.answer(area.id)})
        wheel.rating_changed.connect(lambda area_id, new, _old: self.answered.emit(area_id, new))
        self.wheel = wheel
        self.wheel_layout.addWidget(wheel)
        if self.legend is not None:
            self.legend_holder.removeWidget(self.legend)
            self.legend.deleteLater()
        self.legend = kit.scale_legend(15, colour=area.colour)
        self.legend_holder.addWidget(self.legend)
        self.count.setText(kit.texts.area_count_text(index + 1, len(areas)))
        kit.show_area(self.heading, self.question, area)
        if self.words is not None:
            self.words.load(self.session.entry(area.id).words)
        self.back_button.setVisible(True)
        self.back_button.setEnabled(True)

    def committed(self, area_id: str, answer: Answer) -> None:
        """The vault holds ``answer`` for ``area_id``: the wheel shows it if it shows that area."""
        wheel = self.wheel
        shown = wheel is not None and area_id in wheel.state.definition.area_ids
        if wheel is not None and shown and wheel.answer(area_id) != answer:
            wheel.set_answer(area_id, answer)

    def _answer(self, answer: Answer) -> None:
        self.answered.emit(self.kit.definition.areas[self.index].id, answer)

    def _words_changed(self) -> None:
        if self.words is None or self.words.loading:
            return
        self.words_changed.emit(self.kit.definition.areas[self.index].id, self.words.text())

    def focus_target(self) -> QWidget | None:
        # the wheel (it reads the child's answer) when they come back, else the question
        area = self.kit.definition.areas[self.index]
        if self.wheel is not None and self.wheel.answer(area.id).is_given:
            return self.wheel
        return self.question.label

    def limit_wheel(self, side: int) -> None:
        self.wheel_holder.setMaximumWidth(side)


__all__ = ["OnePage", "YoungPage"]

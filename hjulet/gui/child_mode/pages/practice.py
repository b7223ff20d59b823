"""The practice item: the way of answering tried once on a made-up area, never saved
(big faces for the youngest, a one-area wheel with its legend for the others)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hjulet.core.model import AgeTier
from hjulet.core.wheel import Area, WheelDefinition
from hjulet.gui.child_mode.faces import FaceAnswers
from hjulet.gui.child_mode.kit import ChildPage, PageKit
from hjulet.gui.child_mode.parts import BigButton, ReadableText
from hjulet.gui.fonts import font_for
from hjulet.gui.wheel.widget import WheelWidget

PRACTICE_ID = "practice"
PRACTICE_COLOUR = "#D9A0B8"


class PracticePage(ChildPage):
    """Answer a practice question; nothing here reaches the vault."""

    def __init__(self, kit: PageKit) -> None:
        super().__init__(kit)
        self.wheel: WheelWidget | None = None
        self.faces: FaceAnswers | None = None
        self.question: ReadableText
        self.next_button: BigButton
        if kit.tier is AgeTier.YOUNG:
            self._build_faces()
        else:
            self._build_wheel()

    def _build_faces(self) -> None:
        kit, t = self.kit, self.kit.texts
        col = kit.column(self)
        col.setSpacing(kit.px(10))
        # the title as a plain heading: the question below it is what is read aloud
        title = QLabel(t.practice_title)
        title.setFont(font_for(kit.lang, kit.px(24), bold=True))
        title.setWordWrap(True)
        col.addWidget(title)
        self.question = kit.readable("young_practice_question", px=26, first=True)
        col.addWidget(self.question)
        self.faces = kit.faces(min_side=96, name=t.young_practice_question)
        col.addWidget(self.faces, 1)
        faces = self.faces
        self.question.take_focus(faces.focus_button)
        col.addWidget(self._not_saved(16))
        _b, next_button = kit.nav(self, col)
        assert next_button is not None
        self.next_button = next_button

    def _build_wheel(self) -> None:
        kit, t = self.kit, self.kit.texts
        area = Area(
            PRACTICE_ID,
            "heart",
            PRACTICE_COLOUR,
            {kit.lang: t.practice_title},
            {kit.lang: t.practice_question},
        )
        definition = WheelDefinition(
            PRACTICE_ID,
            1,
            {kit.lang: t.practice_title},
            kit.lang,
            kit.definition.languages,
            (area,),
        )
        wheel = kit.wheel(definition, t.practice_question, t.practice_hint)
        self.wheel = wheel
        lead = QWidget()
        col = QVBoxLayout(lead)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(kit.px(12))
        col.addWidget(kit.readable("practice_title", px=28, bold=True))
        self.question = kit.readable("practice_question", px=24)
        self.question.take_focus(lambda: wheel)
        col.addWidget(self.question)
        col.addWidget(kit.readable("practice_hint", px=18))
        col.addStretch(1)
        col.addWidget(kit.scale_legend(16, colour=PRACTICE_COLOUR))
        trail, tcol, _dont_know, _declined = kit.refusal_column(
            lambda a: wheel.set_answer(PRACTICE_ID, a)
        )
        tcol.addWidget(self._not_saved(15))
        back = kit.back_button(self)
        self.next_button = kit.next_button(self)
        tcol.addWidget(back)
        tcol.addWidget(self.next_button)
        kit.wheel_page(self, lead, wheel, trail)

    def _not_saved(self, px: int) -> QLabel:
        """The grey line that says the practice answer is not kept."""
        note = self.kit.muted_label(px)
        note.setText(self.kit.texts.practice_not_saved)
        note.setWordWrap(True)
        return note

    def focus_target(self) -> QWidget | None:
        # the child's answer when they come back (a face or the wheel: each draws the
        # focus ring, the faces' container does not), else the question: never a face
        # the child did not choose (the first face is the saddest)
        if self.wheel is not None and self.wheel.answer(PRACTICE_ID).is_given:
            return self.wheel
        if self.faces is not None and self.faces.answer().is_given:
            return self.faces.focus_button()
        return self.question.label

    def limit_wheel(self, side: int) -> None:
        if self.wheel is not None:
            self.wheel.setMaximumWidth(side)

"""The child's own sharing decision, one item a screen: "May we show this at the
meeting?" for each area the child answered or spoke about, then for what is important
to them (no by default). What the items are is :func:`share_items`; the page shows one
and says "yes" or "no" through :attr:`SharePage.chosen`; the window saves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from hjulet.core.model import CHILD_TEXT_FIELDS, Answer, AnswerKind, EntryField
from hjulet.core.wheel import WheelDefinition
from hjulet.gui.child_mode.kit import ChildPage, PageKit
from hjulet.gui.child_mode.pictures import AreaPicture, FaceMark
from hjulet.gui.fonts import font_for
from hjulet.services import ConversationSession

IMPORTANT = "important"  # the share step's item for "what is important to me"


def share_items(session: ConversationSession, definition: WheelDefinition) -> list[str]:
    """Areas the child answered or spoke about, then "what is important to me"."""
    out = []
    for area in definition.areas:
        entry = session.entry(area.id)
        if entry.answer.is_given or any(entry.text(f) for f in CHILD_TEXT_FIELDS):
            out.append(area.id)
    if session.conversation_text("important_to_me").strip():
        out.append(IMPORTANT)
    return out


def share_fields(session: ConversationSession, area_id: str) -> list[EntryField]:
    """What the child's decision on an area covers: the answer and their own texts."""
    entry = session.entry(area_id)
    fields = [EntryField.ANSWER] if entry.answer.is_given else []
    fields += [f for f in CHILD_TEXT_FIELDS if entry.text(f)]
    return fields


class SharePage(ChildPage):
    """One item: its picture and name, what the child said, the question, yes and no."""

    chosen = Signal(bool)  # yes: may be shown at the meeting

    def __init__(
        self,
        kit: PageKit,
        session: ConversationSession,
        describe: Callable[[Answer], str],
    ) -> None:
        """``describe``: an answer in words, as the wheel says it ("Ofta", "Vet inte")."""
        super().__init__(kit)
        self.session = session
        self.describe = describe
        col = kit.column(self)
        # gaps shrink with the screen (px() keeps 11 as a floor for type, not for gaps),
        # so every sentence and its gloss fit at 1280x720, 150 %
        col.setSpacing(max(4, round(10 * kit.k)))
        head = QHBoxLayout()
        self.picture = AreaPicture(
            kit.lang,
            kit.theme,
            px=kit.px(28),
            side=kit.px(72),
            gloss_lang=kit.face_gloss_lang,
        )
        self.count = kit.muted_label(16)
        head.addWidget(self.picture, 1)
        head.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)
        said_row = QHBoxLayout()
        self.face = FaceMark(kit.theme, kit.px(48))
        said_row.addWidget(self.face, 0, Qt.AlignmentFlag.AlignVCenter)
        self.said = QLabel()
        self.said.setFont(font_for(kit.lang, kit.px(20)))
        self.said.setWordWrap(True)
        said_row.addWidget(self.said, 1)
        col.addLayout(said_row)
        self.question = kit.readable("share_title", px=28, bold=True, first=True)
        col.addWidget(self.question)
        col.addWidget(kit.readable("share_intro", px=18))
        row = QHBoxLayout()
        row.setSpacing(kit.px(20))
        self.yes = kit.button(kit.texts.share_yes, "share_yes", 24)
        self.no = kit.button(kit.texts.share_no, "share_no", 24)
        for b in (self.yes, self.no):
            b.setCheckable(True)
            b.setMinimumHeight(kit.px(84))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(b, 1)
        self.yes.clicked.connect(lambda: self.chosen.emit(True))
        self.no.clicked.connect(lambda: self.chosen.emit(False))
        col.addLayout(row)
        # read aloud and glossed like every other sentence the child is shown
        col.addWidget(kit.readable("share_consent", px=16))
        col.addStretch(1)
        back, _n = kit.nav(self, col, next_=False)
        assert back is not None
        self.back_button = back

    def show_item(self, index: int, important_decided: bool) -> int:
        """The item at ``index`` (kept within the items; returned) with the decision
        the child made, if any. ``important_decided``: the child answered for "what is
        important to me" in this sitting (it is no until then)."""
        kit, session = self.kit, self.session
        items = share_items(session, kit.definition)
        index = max(0, min(index, len(items) - 1))
        item = items[index]
        self.count.setText(kit.texts.area_count_text(index + 1, len(items)))
        decided: bool | None = None
        if item == IMPORTANT:
            label = kit.texts.share_important
            self.picture.set_area("heart", label, kit.gloss("share_important"))
            said = session.conversation_text("important_to_me")
            self.face.set_face("")
            if important_decided:
                decided = session.conversation.important_shared
        else:
            area = kit.definition.area(item)
            label = area.label_in(kit.label_lang)
            self.picture.set_area(area.icon, label, kit.gloss_area(area))
            entry = session.entry(item)
            parts = []
            if entry.answer.is_given:
                parts.append(self.describe(entry.answer))
            if entry.words:
                parts.append(f"“{entry.words}”")
            said = " – ".join(parts)
            self.face.set_face(self._face_of(entry.answer))
            fields = share_fields(session, item)
            if fields and all(f in entry.child_decided for f in fields):
                decided = all(f in entry.shared for f in fields)
        self.said.setText(said)
        self.said.setAccessibleName(said or label)
        self.question.set_text(kit.texts.share_title, kit.gloss("share_title"), label)
        self.set_choice(decided)
        self.yes.setAccessibleDescription(f"{label}. {kit.gloss('share_yes')}".strip())
        self.no.setAccessibleDescription(f"{label}. {kit.gloss('share_no')}".strip())
        return index

    def set_choice(self, yes: bool | None) -> None:
        """Which of yes and no is pressed in (neither before the child chose)."""
        self.yes.setChecked(yes is True)
        self.no.setChecked(yes is False)

    def _face_of(self, answer: Answer) -> str:
        """The face the child touched (scales with faces), or the picture of their
        refusal, so the question needs no reading."""
        if answer.kind is AnswerKind.DECLINED:
            return "declined"
        if answer.kind is AnswerKind.DONT_KNOW:
            return "dont_know"
        if answer.level is None:
            return ""
        for step in self.kit.scale.steps:
            if step.value == answer.level:
                return step.face or ""
        return ""

    def focus_target(self) -> QWidget | None:
        return self.no

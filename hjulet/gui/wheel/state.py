"""What the wheel shows, apart from how: the definition, scale, language, every
viewpoint's answers, the marks switched on, focus and hover (:class:`WheelState`),
and the answer and viewpoint texts a reader sees (:func:`answer_text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from hjulet.core._validate import pick
from hjulet.core.geometry import WheelGeometry
from hjulet.core.model import NOT_ASKED, Answer, AnswerKind
from hjulet.core.scales import Scale
from hjulet.core.wheel import WheelDefinition

WHO = ("child", "adult", "guardian")

# Every user-visible string below is a literal QCoreApplication.translate("WheelWidget", ...)
# call so that pyside6-lupdate finds it.


# --- state -------------------------------------------------------------------


@dataclass(frozen=True)
class GuardianMark:
    """One guardian's own view as a mark: a short badge ("G1"), a name, the answers."""

    badge: str
    name: str
    answers: Mapping[str, Answer]


@dataclass
class WheelState:
    """Everything the painter needs; the widget owns one and mutates it."""

    definition: WheelDefinition
    scale: Scale
    language: str = "sv"
    second_language: str | None = None  # shown beneath each label where it differs
    child: dict[str, Answer] = field(default_factory=dict)
    adult: dict[str, Answer] = field(default_factory=dict)
    guardian: dict[str, Answer] = field(default_factory=dict)
    previous: dict[str, Answer] = field(default_factory=dict)
    show_previous: bool = True
    show_adult: bool = False
    show_guardian: bool = False
    # the family's own views (one per guardian), each a labelled mark of its own
    guardian_views: tuple[GuardianMark, ...] = ()
    show_guardian_views: bool = False
    rtl: bool | None = None  # None: from the definition's language info
    focus: int | None = None  # focused area index
    focus_visible: bool = False  # draw the focus outline (widget has keyboard focus)
    hover: tuple[int, int] | None = None  # (area index, level) under the pointer
    min_label_px: int = 14  # the system font size: labels never get smaller

    def is_rtl(self) -> bool:
        if self.rtl is not None:
            return self.rtl
        return self.definition.is_rtl(self.language)

    def geometry(self) -> WheelGeometry:
        n = len(self.definition.areas)
        if n == 1:  # a single area (practice item, one area per screen): a whole disc
            return WheelGeometry(1, self.scale.size, clockwise=not self.is_rtl(), gap_deg=0.0)
        return WheelGeometry(n, self.scale.size, clockwise=not self.is_rtl())

    def answers(self, who: str) -> dict[str, Answer]:
        if who not in WHO:
            raise ValueError(f"unknown viewpoint {who!r}")
        answers: dict[str, Answer] = getattr(self, who)
        return answers

    def answer(self, area_id: str, who: str = "child") -> Answer:
        return self.answers(who).get(area_id, NOT_ASKED)


def answer_text(state: WheelState, answer: Answer) -> str:
    """The answer in the wheel's language ("Ofta", "Vet inte"...), or '' if not asked."""
    lang = state.language
    scale = state.scale
    if answer.kind is AnswerKind.LEVEL and answer.level is not None:
        if answer.level > scale.size:
            return str(answer.level)
        label = scale.step(answer.level).label_in(lang)
        return f"{answer.level} – {label}" if scale.show_numbers else label
    if answer.kind is AnswerKind.DECLINED:
        return _pick(scale.declined_label, lang)
    if answer.kind is AnswerKind.DONT_KNOW:
        return _pick(scale.dont_know_label, lang)
    return ""


def _pick(texts: Mapping[str, str], lang: str) -> str:
    # "ar-x-girl" (a form of address) falls back to "ar", then Swedish
    return pick(texts, lang)


def viewpoint_badge(who: str) -> str:
    """The one-letter badge on an adult's / guardian's mark (translatable)."""
    if who == "adult":
        return QCoreApplication.translate(
            "WheelWidget", "A", "one-letter badge on the professional's mark in the wheel"
        )
    return QCoreApplication.translate(
        "WheelWidget", "G", "one-letter badge on the guardian's mark in the wheel"
    )


def viewpoint_name(who: str) -> str:
    if who == "adult":
        return QCoreApplication.translate("WheelWidget", "Professional's view")
    if who == "guardian":
        return QCoreApplication.translate("WheelWidget", "Guardian's view")
    return QCoreApplication.translate("WheelWidget", "Child's view")

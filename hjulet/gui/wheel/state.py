"""What the wheel shows, apart from how: the definition, scale, language, every
viewpoint's answers, the marks switched on, focus and hover (:class:`WheelState`),
and the answer and viewpoint texts a reader sees (:func:`answer_text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import Field, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from hjulet.core._validate import pick
from hjulet.core.geometry import WheelGeometry
from hjulet.core.model import NOT_ASKED, Answer, AnswerKind, Viewpoint
from hjulet.core.scales import Scale
from hjulet.core.wheel import WheelDefinition

# Every user-visible string below is a literal QCoreApplication.translate("WheelWidget", ...)
# call so that pyside6-lupdate finds it.


# --- state -------------------------------------------------------------------


@dataclass(frozen=True)
class GuardianMark:
    """One guardian's own view as a mark: a short badge ("G1"), a name, the answers."""

    badge: str
    name: str
    answers: Mapping[str, Answer]


class Layer(StrEnum):
    """Which cached layer of the picture a :class:`WheelState` field belongs to.

    The painter caches the wheel in layers, each keyed on the fields declared for
    it (and on every layer beneath): a change repaints only its own layer and
    those above it. Every field declares its layer; one without a layer is an
    error at import (:func:`layer_fields`), so a new field can't be forgotten.
    """

    WHEEL = "wheel"  # rings, outlines, labels, direction, size of text: rarely changes
    ANSWERS = "answers"  # the child's sectors, the other views' marks, last time
    OVERLAY = "overlay"  # pointer and keyboard focus: painted on top every frame


# field metadata: the layer a field belongs to
_WHEEL = {"layer": Layer.WHEEL}
_ANSWERS = {"layer": Layer.ANSWERS}
_OVERLAY = {"layer": Layer.OVERLAY}


@dataclass
class WheelState:
    """Everything the painter needs; the widget owns one and mutates it."""

    definition: WheelDefinition = field(metadata=_WHEEL)
    scale: Scale = field(metadata=_WHEEL)
    language: str = field(default="sv", metadata=_WHEEL)
    # shown beneath each label where it differs
    second_language: str | None = field(default=None, metadata=_WHEEL)
    child: dict[str, Answer] = field(default_factory=dict, metadata=_ANSWERS)
    adult: dict[str, Answer] = field(default_factory=dict, metadata=_ANSWERS)
    guardian: dict[str, Answer] = field(default_factory=dict, metadata=_ANSWERS)
    previous: dict[str, Answer] = field(default_factory=dict, metadata=_ANSWERS)
    show_previous: bool = field(default=True, metadata=_ANSWERS)
    show_adult: bool = field(default=False, metadata=_ANSWERS)
    show_guardian: bool = field(default=False, metadata=_ANSWERS)
    # the family's own views (one per guardian), each a labelled mark of its own
    guardian_views: tuple[GuardianMark, ...] = field(default=(), metadata=_ANSWERS)
    show_guardian_views: bool = field(default=False, metadata=_ANSWERS)
    # None: from the definition's language info
    rtl: bool | None = field(default=None, metadata=_WHEEL)
    focus: int | None = field(default=None, metadata=_OVERLAY)  # focused area index
    # draw the focus outline (widget has keyboard focus)
    focus_visible: bool = field(default=False, metadata=_OVERLAY)
    # (area index, level) under the pointer
    hover: tuple[int, int] | None = field(default=None, metadata=_OVERLAY)
    # the system font size: labels never get smaller
    min_label_px: int = field(default=14, metadata=_WHEEL)
    # a wheel only looked at (no touch targets) gets smaller so its labels stand whole
    fit_labels: bool = field(default=False, metadata=_WHEEL)
    # what a screen reader reads for an area not answered yet; "" for the
    # professional's words (child mode gives the child's, from its text files)
    unanswered: str = field(default="", metadata=_OVERLAY)

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
        if who not in set(Viewpoint):
            raise ValueError(f"unknown viewpoint {who!r}")
        answers: dict[str, Answer] = getattr(self, who)
        return answers

    def answer(self, area_id: str, who: str = "child") -> Answer:
        return self.answers(who).get(area_id, NOT_ASKED)


def snapshot(state: WheelState) -> WheelState:
    """A copy of ``state`` that the widget's changes leave alone (it changes its
    answers' dicts in place): for a picture painted over several turns of the
    event loop."""
    return replace(
        state,
        child=dict(state.child),
        adult=dict(state.adult),
        guardian=dict(state.guardian),
        previous=dict(state.previous),
    )


def field_layer(f: Field[Any]) -> Layer:
    """The layer a WheelState field is declared in; a field without one is an error."""
    layer = f.metadata.get("layer")
    if not isinstance(layer, Layer):
        raise TypeError(f"WheelState.{f.name} belongs to no layer (metadata={{'layer': ...}})")
    return layer


def layer_fields(layer: Layer) -> tuple[str, ...]:
    """The names of the WheelState fields declared in ``layer``."""
    return tuple(f.name for f in fields(WheelState) if field_layer(f) is layer)


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


def unanswered_text(state: WheelState) -> str:
    """What an area not answered yet reads as ("Not asked yet", or the child's words)."""
    return state.unanswered or QCoreApplication.translate("WheelWidget", "Not asked yet")


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

"""The wheel as a screen reader sees it: a group of sliders, one per area.

Each sector has a name (the area), a value text (the answer in words) and a number a
screen reader can read and set (0 not asked, 1..n the scale's steps). Setting it acts
as if the child had chosen the answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleValueInterface
from PySide6.QtWidgets import QAccessibleWidget

from hjulet.core.model import NOT_ASKED, Answer, AnswerKind
from hjulet.gui.wheel.state import WheelState, answer_text, unanswered_text, viewpoint_name

if TYPE_CHECKING:
    from hjulet.gui.wheel.widget import WheelWidget


# Every user-visible string below is a literal QCoreApplication.translate("WheelWidget", ...)
# call so that pyside6-lupdate finds it.


# --- accessibility --------------------------------------------------------------


def sector_text(s: WheelState, index: int, kind: QAccessible.Text) -> str:
    """What a screen reader reads for sector ``index``."""
    if not 0 <= index < len(s.definition.areas):
        return ""
    area = s.definition.areas[index]
    answer = s.answer(area.id)
    if kind == QAccessible.Text.Name:
        return area.label_in(s.language)
    if kind == QAccessible.Text.Value:
        return answer_text(s, answer) or unanswered_text(s)
    if kind == QAccessible.Text.Description:
        parts = [area.question_in(s.language)]
        for who in ("adult", "guardian"):
            shown = s.show_adult if who == "adult" else s.show_guardian
            other = s.answer(area.id, who)
            if shown and other.is_given:
                parts.append(f"{viewpoint_name(who)}: {answer_text(s, other)}")
        if s.show_guardian_views:
            for view in s.guardian_views:
                theirs = view.answers.get(area.id, NOT_ASKED)
                if theirs.is_given:
                    parts.append(f"{view.name}: {answer_text(s, theirs)}")
        prev = s.previous.get(area.id, NOT_ASKED)
        if s.show_previous and prev.is_given:
            last = QCoreApplication.translate("WheelWidget", "Last time")
            parts.append(f"{last}: {answer_text(s, prev)}")
        return " ".join(p if p.endswith(SENTENCE_ENDS) else p + "." for p in parts if p)
    return ""


# a part that already ends a sentence gets no full stop of its own: ".", "?", "!", the
# ellipsis, Arabic-script "؟" and Ethiopic "።" / "፧" (Tigrinya's questions end in "።")
SENTENCE_ENDS = (".", "?", "!", "…", "؟", "።", "፧")


class _SectorValue(QAccessibleValueInterface):
    """A sector's answer as a number a screen reader can read and set.

    0 is "not asked yet"; 1..n are the scale's steps from the centre outward.
    "Vet inte" and "Vill inte svara" have no number: they read as 0 here and
    are told in words by the sector's value text.
    """

    def __init__(self, sector: _SectorAccessible) -> None:
        super().__init__()
        self._sector = sector

    def currentValue(self) -> int:
        return self._sector.level()

    def setCurrentValue(self, value: object) -> None:
        try:
            level = round(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return
        self._sector.set_level(level)

    def maximumValue(self) -> int:
        return self._sector.wheel.state.scale.size

    def minimumValue(self) -> int:
        return 0

    def minimumStepSize(self) -> int:
        return 1


class _SectorAccessible(QAccessibleInterface):
    """One sector as a screen reader sees it: name "Trygg", value "Ofta" (3)."""

    def __init__(self, wheel: WheelWidget, index: int) -> None:
        super().__init__()
        self._wheel = wheel
        self._index = index
        self._value = _SectorValue(self)  # kept alive as long as the sector

    @property
    def wheel(self) -> WheelWidget:
        return self._wheel

    def isValid(self) -> bool:
        return 0 <= self._index < len(self._wheel.state.definition.areas)

    def object(self) -> None:  # type: ignore[override]
        return None

    def window(self):  # type: ignore[no-untyped-def]
        return self._wheel.window().windowHandle()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Slider

    def state(self) -> QAccessible.State:
        st = QAccessible.State()
        st.focusable = True
        st.focused = self._wheel.hasFocus() and self._wheel.state.focus == self._index
        # a wheel on a hidden page (or a hidden window) is not showing
        st.invisible = not self._wheel.isVisible()
        st.offscreen = not self._wheel.isVisible()
        return st

    def text(self, kind: QAccessible.Text) -> str:
        return self._wheel.accessible_text(self._index, kind)

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def rect(self) -> QRect:
        r = self._wheel.sector_rect(self._index).toAlignedRect()
        return QRect(self._wheel.mapToGlobal(r.topLeft()), r.size())

    def parent(self) -> QAccessibleInterface:
        return QAccessible.queryAccessibleInterface(self._wheel)

    def childCount(self) -> int:
        return 0

    def child(self, index: int) -> None:  # type: ignore[override]
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> None:  # type: ignore[override]
        return None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        # Qt expects a raw pointer to the C++ interface: hand it over as a VoidPtr
        if kind == QAccessible.InterfaceType.ValueInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._value)[0])
        return shiboken6.VoidPtr(0)  # null: Qt's default (None or 0 would crash)

    # -- the value ---------------------------------------------------------------
    def level(self) -> int:
        state = self._wheel.state
        answer = state.answer(state.definition.areas[self._index].id)
        return answer.level if answer.kind is AnswerKind.LEVEL and answer.level else 0

    def set_level(self, level: int) -> None:
        size = self._wheel.state.scale.size
        level = max(0, min(size, level))
        self._wheel.set_by_accessibility(self._index, Answer.at(level) if level else NOT_ASKED)


class WheelAccessible(QAccessibleWidget):
    def __init__(self, wheel: WheelWidget) -> None:
        super().__init__(wheel, QAccessible.Role.Grouping, "")
        self._wheel = wheel
        self._children: list[_SectorAccessible] = []

    def _kids(self) -> list[_SectorAccessible]:
        n = len(self._wheel.state.definition.areas)
        if len(self._children) != n:
            self._children = [_SectorAccessible(self._wheel, i) for i in range(n)]
        return self._children

    def childCount(self) -> int:
        return len(self._kids())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        kids = self._kids()
        return kids[index] if 0 <= index < len(kids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for i, kid in enumerate(self._kids()):
            if kid is child:
                return i
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        focus = self._wheel.state.focus
        return self.child(focus) if focus is not None else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        local = self._wheel.mapFromGlobal(QPoint(x, y))
        hit = self._wheel.hit(QPointF(local))
        return self.child(hit[0]) if hit else None


_wheel_type: type[WheelWidget] | None = None


def _accessible_factory(key: str, obj: object) -> QAccessibleInterface | None:
    if _wheel_type is not None and isinstance(obj, _wheel_type):
        return obj.accessible_interface()
    return None


def install_accessible_factory(wheel_type: type[WheelWidget]) -> None:
    """Qt asks the factory for every object's interface; wheels get :class:`WheelAccessible`."""
    global _wheel_type
    if _wheel_type is None:
        QAccessible.installFactory(_accessible_factory)
    _wheel_type = wheel_type

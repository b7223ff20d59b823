"""Shared set-up for the conversation and child-mode tests: a real vault, child, conversation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier, Answer, Conversation
from hjulet.gui.wheel.widget import WheelWidget


def make_conversation(
    vault: Any, catalog: Catalog, scale_id: str = "steps4", lang: str = "sv"
) -> Conversation:
    tier = {"faces3": AgeTier.YOUNG, "steps4": AgeTier.MIDDLE, "steps5": AgeTier.TEEN}[scale_id]
    child = services.add_child(
        vault, name="Alva", birth_year=2015, languages=(lang,), age_tier=tier
    )
    assert child.id is not None
    return services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale(scale_id),
        language=lang,
    )


def stored(vault: Any, conversation_id: int, area_id: str, who: str = "child") -> Answer:
    """The answer as the vault has it, read back through services."""
    entry = services.get_conversation(vault, conversation_id).entry(area_id)
    attr = {"child": "answer", "adult": "adult_answer", "guardian": "guardian_answer"}[who]
    value = getattr(entry, attr)
    assert isinstance(value, Answer)
    return value


def ring_point(wheel: WheelWidget, index: int, level: int) -> QPoint:
    return wheel.unit_to_widget(wheel.state.geometry().sector_centre(index, level)).toPoint()

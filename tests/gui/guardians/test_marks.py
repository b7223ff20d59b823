"""The family's own views on the professional's screens: two guardians, two labelled marks."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QColor

from hjulet.core.catalog import Catalog
from hjulet.core.guardian import GuardianRole
from hjulet.core.model import Answer, Conversation
from hjulet.gui.conversation.view import ConversationView
from hjulet.gui.theme import NORMAL
from hjulet.gui.workspace.compare_view import TIMELINE_COLUMNS, CompareView, TimelineView
from hjulet.services import guardians
from hjulet.services.conversations import list_conversations, start_conversation
from tests.gui.test_conversation_support import make_conversation


@pytest.fixture
def conv(vault: Any, catalog: Catalog) -> Conversation:
    conv = make_conversation(vault, catalog)
    assert conv.id is not None
    ar = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1, "ar")
    sv = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_2, "sv")
    assert ar.id is not None and sv.id is not None
    for area in conv.definition.areas:
        guardians.set_guardian_answer(vault, ar.id, area.id, Answer.at(4))
        guardians.set_guardian_answer(vault, sv.id, area.id, Answer.at(2))
    guardians.set_guardian_words(vault, ar.id, "trygg", "هو بخير")
    return conv


def colour_count(image: Any, colour: str) -> int:
    want = QColor(colour)
    n = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) < 12
                and abs(c.green() - want.green()) < 12
                and abs(c.blue() - want.blue()) < 12
            ):
                n += 1
    return n


def test_arabic_and_swedish_guardians_show_as_two_labelled_marks(
    qtbot: Any, vault: Any, conv: Conversation
) -> None:
    assert conv.id is not None
    view = ConversationView(vault, conv.id, debounce_ms=80)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    wheel = view.wheel
    marks = wheel.state.guardian_views
    assert [(m.badge, m.name) for m in marks] == [
        ("G1", "Guardian 1 (Arabic)"),
        ("G2", "Guardian 2 (Swedish)"),
    ]
    assert marks[0].answers["trygg"] == Answer.at(4) and marks[1].answers["trygg"] == Answer.at(2)
    assert view.family_toggle.isEnabled() and not wheel.state.show_guardian_views
    before = wheel.grab().toImage()
    assert colour_count(before, NORMAL.guardian_2_mark) == 0
    view.family_toggle.setChecked(True)
    after = wheel.grab().toImage()
    # each guardian's mark is drawn in its own colour (and its own line pattern)
    assert colour_count(after, NORMAL.guardian_1_mark) > 20
    # apart from the guardian's answer as the professional noted it (its own colour)
    assert colour_count(after, NORMAL.guardian_mark) == 0
    assert colour_count(after, NORMAL.guardian_2_mark) > 20
    described = wheel.accessible_text(0, QAccessible.Text.Description)
    assert "Guardian 1 (Arabic)" in described and "Guardian 2 (Swedish)" in described
    # the child's own answers are untouched by them
    assert not any(a.is_given for a in wheel.state.child.values())
    view.controller.close()


def test_overlay_compare_and_timeline_show_each_guardian_apart(
    qtbot: Any, vault: Any, catalog: Catalog, conv: Conversation
) -> None:
    start_conversation(
        vault, conv.child_id, definition=conv.definition, scale=conv.scale, language="sv"
    )
    convs = list_conversations(vault, conv.child_id)
    by_conv = guardians.guardian_views_for_child(vault, conv.child_id)
    compare = CompareView()
    qtbot.addWidget(compare)
    compare.set_guardian_views(by_conv)
    compare.set_conversations(convs)
    compare.select(convs[1].id, convs[0].id)  # the later one holds no guardian view
    compare.overlay.setChecked(True)
    assert compare.family_toggle.isEnabled()
    assert compare.overlay_wheel is not None
    assert [m.badge for m in compare.overlay_wheel.state.guardian_views] == ["G1", "G2"]
    assert not compare.overlay_wheel.state.show_guardian_views
    compare.family_toggle.setChecked(True)
    assert compare.overlay_wheel.state.show_guardian_views

    timeline = TimelineView()
    qtbot.addWidget(timeline)
    timeline.set_guardian_views(by_conv)
    timeline.set_conversations(convs)
    timeline.select_area("trygg")
    column = TIMELINE_COLUMNS.index("family")
    assert timeline.table.isColumnHidden(column)
    timeline.family_toggle.setChecked(True)
    assert not timeline.table.isColumnHidden(column)
    model = timeline.model
    texts = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    first = texts[[c.id for c in model._convs].index(conv.id)]
    g1, g2 = first.split("\n")
    assert g1.startswith("G1: ") and "هو بخير" in g1 and g2.startswith("G2: ")
    assert "" in texts  # the other conversation has no guardian view

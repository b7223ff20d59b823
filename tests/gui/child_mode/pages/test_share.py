"""The sharing step: which items the child is asked about, and one item shown with the
decision the child made (none before they chose)."""

from __future__ import annotations

from typing import Any

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier, Answer, EntryField
from hjulet.gui.child_mode.pages.share import IMPORTANT, SharePage, share_fields, share_items
from hjulet.gui.wheel.state import WheelState, answer_text
from tests.gui.child_mode.pages.kits import kit_for
from tests.gui.test_conversation_support import make_conversation


def session_with_answers(vault: Any, catalog: Catalog, scale: str = "steps4") -> Any:
    conv = make_conversation(vault, catalog, scale, "sv")
    assert conv.id is not None
    session = services.ConversationSession(vault, conv.id)
    areas = [a.id for a in catalog.definition().areas]
    session.set_answer(areas[0], Answer.at(3))
    session.set_text(areas[2], EntryField.WORDS, "Jag har en bra kompis")
    session.flush()
    return session, areas


def test_the_child_is_asked_about_what_they_said_and_nothing_else(
    vault: Any, catalog: Catalog
) -> None:
    session, areas = session_with_answers(vault, catalog)
    definition = catalog.definition()
    assert share_items(session, definition) == [areas[0], areas[2]]
    assert share_fields(session, areas[0]) == [EntryField.ANSWER]
    assert share_fields(session, areas[2]) == [EntryField.WORDS]
    assert share_fields(session, areas[1]) == []
    # blank words are nothing said; "what is important to me" comes last
    session.set_conversation_text("important_to_me", "   ")
    session.flush()
    assert IMPORTANT not in share_items(session, definition)
    session.set_conversation_text("important_to_me", "Min hund")
    session.flush()
    assert share_items(session, definition) == [areas[0], areas[2], IMPORTANT]


def test_an_item_shows_what_the_child_said_and_their_own_decision(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    session, areas = session_with_answers(vault, catalog)
    kit = kit_for(catalog, "sv", AgeTier.MIDDLE)
    state = WheelState(kit.definition, kit.scale, kit.label_lang)
    page = SharePage(kit, session, lambda answer: answer_text(state, answer))
    qtbot.addWidget(page)
    chosen: list[bool] = []
    page.chosen.connect(chosen.append)
    # an index past the end is kept within the items
    assert page.show_item(5, False) == 1
    assert page.count.text() == "2 av 2"
    assert page.said.text() == "“Jag har en bra kompis”"
    assert not page.yes.isChecked() and not page.no.isChecked()
    assert page.show_item(0, False) == 0
    said = answer_text(state, Answer.at(3))
    assert said and page.said.text() == said
    assert page.picture.label == kit.definition.area(areas[0]).label_in("sv")
    # the face of the step the child chose, so the question needs no reading
    assert page.face.face == {step.value: step.face for step in kit.scale.steps}[3]
    # the child's "no" for the area is shown as theirs when they come back
    session.set_shared(areas[0], EntryField.ANSWER, False, by_child=True)
    page.show_item(0, False)
    assert page.no.isChecked() and not page.yes.isChecked()
    page.yes.click()
    assert chosen == [True]
    # "what is important to me": no decision until the child made one in this sitting
    session.set_conversation_text("important_to_me", "Min hund")
    session.flush()
    session.set_important_shared(True)
    assert page.show_item(2, False) == 2
    assert page.said.text() == "Min hund"
    assert page.face.face == ""
    assert not page.yes.isChecked() and not page.no.isChecked()
    page.show_item(2, True)
    assert page.yes.isChecked() and not page.no.isChecked()


def test_the_youngest_see_the_face_they_touched(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    session, _areas = session_with_answers(vault, catalog, "faces3")
    kit = kit_for(catalog, "sv", AgeTier.YOUNG)
    state = WheelState(kit.definition, kit.scale, kit.label_lang)
    page = SharePage(kit, session, lambda answer: answer_text(state, answer))
    qtbot.addWidget(page)
    page.show_item(0, False)
    faces = {step.value: step.face for step in kit.scale.steps}
    assert faces[3] and page.face.face == faces[3]


def test_a_refusal_is_shown_with_its_picture_too(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    """The youngest touched the crossed-out speech bubble ("Vill inte svara") or the
    question mark; the sharing step showed the words alone, where a face answer has
    its face: nothing should depend on reading alone."""
    from PySide6.QtGui import QColor

    from hjulet.core.model import DECLINED, DONT_KNOW

    conv = make_conversation(vault, catalog, "faces3", "sv")
    assert conv.id is not None
    session = services.ConversationSession(vault, conv.id)
    areas = [a.id for a in catalog.definition().areas]
    session.set_answer(areas[0], DECLINED)
    session.set_answer(areas[1], DONT_KNOW)
    session.set_answer(areas[2], Answer.at(3))
    kit = kit_for(catalog, "sv", AgeTier.YOUNG)
    state = WheelState(kit.definition, kit.scale, kit.label_lang)
    page = SharePage(kit, session, lambda answer: answer_text(state, answer))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    ink = QColor(kit.theme.face)
    pictures = []
    for index in range(3):
        page.show_item(index, False)
        assert page.face.isVisible(), index
        image = page.face.grab().toImage()
        inked = sum(
            1
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if image.pixelColor(x, y).rgb() == ink.rgb()
        )
        assert inked > 10, index
        pictures.append(page.face.face)
    assert pictures[0] != pictures[1] != pictures[2]

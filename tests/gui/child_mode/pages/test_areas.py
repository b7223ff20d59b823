"""One area per screen: the page shows the area it is asked for with the child's
answer, and says which area an answer or the teen's words belong to."""

from __future__ import annotations

from typing import Any

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, AgeTier, Answer, EntryField
from hjulet.gui.child_mode.pages.areas import OnePage, YoungPage
from tests.gui.child_mode.pages.kits import kit_for
from tests.gui.test_conversation_support import make_conversation


def session_for(vault: Any, catalog: Catalog, scale: str) -> Any:
    conv = make_conversation(vault, catalog, scale, "sv")
    assert conv.id is not None
    return services.ConversationSession(vault, conv.id)


def test_one_area_a_screen_shows_the_area_asked_for_and_names_it_in_every_answer(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    session = session_for(vault, catalog, "steps5")
    areas = catalog.definition().areas
    session.set_answer(areas[1].id, Answer.at(4))
    session.set_text(areas[1].id, EntryField.WORDS, "Det går bra")
    session.flush()
    page = OnePage(kit_for(catalog, "sv", AgeTier.TEEN), session)
    qtbot.addWidget(page)
    answered: list[tuple[str, Answer]] = []
    words: list[tuple[str, str]] = []
    page.answered.connect(lambda area_id, answer: answered.append((area_id, answer)))
    page.words_changed.connect(lambda area_id, text: words.append((area_id, text)))
    page.show_area(1)
    wheel = page.wheel
    assert wheel is not None and wheel.state.definition.area_ids == (areas[1].id,)
    assert wheel.answer(areas[1].id) == Answer.at(4)
    assert page.count.text() == "2 av 8"
    assert page.heading.label == areas[1].label_in("sv")
    assert page.words is not None and page.words.text() == "Det går bra"
    assert words == []  # loading the saved words is not the teen writing
    page.dont_know.click()
    page.declined.click()
    assert answered == [(areas[1].id, DONT_KNOW), (areas[1].id, DECLINED)]
    page.words.edit.setPlainText("Det går bättre")
    assert words == [(areas[1].id, "Det går bättre")]
    # the next area: a new wheel of its own
    page.show_area(2)
    assert page.wheel is not wheel and page.wheel is not None
    assert page.wheel.answer(areas[2].id).is_given is False
    assert page.words.text() == ""
    # the vault's answer reaches the wheel only for the area it shows
    page.committed(areas[1].id, Answer.at(1))
    assert areas[1].id not in page.wheel.state.definition.area_ids
    page.committed(areas[2].id, Answer.at(2))
    assert page.wheel.answer(areas[2].id) == Answer.at(2)


def test_the_youngest_answer_the_area_on_screen_with_a_face(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    session = session_for(vault, catalog, "faces3")
    areas = catalog.definition().areas
    session.set_answer(areas[3].id, Answer.at(1))
    session.flush()
    page = YoungPage(kit_for(catalog, "sv", AgeTier.YOUNG), session)
    qtbot.addWidget(page)
    answered: list[tuple[str, Answer]] = []
    page.answered.connect(lambda area_id, answer: answered.append((area_id, answer)))
    page.show_area(3)
    assert page.faces.answer() == Answer.at(1)
    assert page.picture.label == areas[3].label_in("sv")
    assert page.faces.accessibleName() == areas[3].label_in("sv")
    assert page.focus_target() is page.faces.buttons[next(iter(page.faces.buttons))]
    page.faces.buttons[Answer.at(3)].click()
    assert answered == [(areas[3].id, Answer.at(3))]
    page.committed(Answer.at(2))
    assert page.faces.answer() == Answer.at(2)

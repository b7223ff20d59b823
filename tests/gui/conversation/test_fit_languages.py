"""A conversation window fits a 1366x768 screen at 150 % (911 logical pixels wide) in
every shipped child language, and no button or box cuts its words at its narrowest.

The refusal buttons carry the child's words under the professional's ("Vill inte
svara / Ma rabo inaan ka jawaabo"); in one row they made a Somali window 929
pixels wide, and a window held narrower cut them.
"""

from __future__ import annotations

from typing import Any

import pytest

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.child_texts import available_child_languages
from hjulet.gui.conversation.view import ConversationView
from tests.gui.fit_probe import clipped_texts

NARROW_SCREEN = 911  # 1366 device pixels at 150 %


@pytest.mark.parametrize("scale_id", ["faces3", "steps4", "steps5"])
def test_every_child_language_fits_and_no_button_cuts_its_words(
    qtbot: Any, vault: Any, catalog: Catalog, scale_id: str
) -> None:
    langs = available_child_languages(())
    assert len(langs) == 9
    for lang in langs:
        child = services.add_child(vault, name="Hodan", languages=(lang, "sv"))
        assert child.id is not None
        conv = services.start_conversation(
            vault,
            child.id,
            definition=catalog.definition(),
            scale=catalog.scale(scale_id),
            language=lang,
        )
        assert conv.id is not None
        view = ConversationView(vault, conv.id)
        qtbot.addWidget(view)
        need = view.minimumSizeHint().width()
        assert need <= NARROW_SCREEN - 60, (lang, need)  # room to spare for a frame
        view.resize(need, 700)  # as narrow as it goes
        view.show()
        qtbot.waitExposed(view)
        assert clipped_texts(view) == [], lang
        # the refusal buttons show the child's words in full
        for button in (view.declined_button, view.dont_know_button):
            assert "\n" in button.text() or lang == "sv"
            assert button.width() >= button.sizeHint().width(), (lang, button.text())
        view.controller.close()
        view.close()

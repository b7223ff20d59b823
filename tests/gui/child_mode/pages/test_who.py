"""Who sees what: its texts get a step smaller only where the page is short, and then
by no more than they must (the largest step that fits)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtTest import QTest

from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier
from hjulet.gui.child_mode import ChildModeWindow
from hjulet.gui.child_mode.kit import FIT_FLOOR, FIT_STEP
from hjulet.gui.child_mode.pages.who import WhoPage
from hjulet.gui.conversation.controller import ConversationController
from tests.gui.child_mode.test_tiers import adult_closes
from tests.gui.child_mode_fit import problems_on
from tests.gui.test_conversation_support import make_conversation

SCALE_OF_TIER = {AgeTier.YOUNG: "faces3", AgeTier.MIDDLE: "steps4", AgeTier.TEEN: "steps5"}


def who_page_at(
    qtbot: Any, vault: Any, catalog: Catalog, lang: str, tier: AgeTier, size: tuple[int, int]
) -> tuple[ChildModeWindow, WhoPage]:
    """Child mode in a window of ``size`` (logical pixels), handed over: who sees what."""
    conv = make_conversation(vault, catalog, SCALE_OF_TIER[tier], lang)
    assert conv.id is not None
    controller = ConversationController(vault, conv.id)
    window = ChildModeWindow(vault, controller, tier=tier)
    controller.setParent(window)
    qtbot.addWidget(window, before_close_func=adult_closes)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.target = size  # type: ignore[attr-defined]  # for problems_on
    window.handover.start_button.click()
    QTest.qWait(50)
    assert window.current_page() == "who"
    return window, window.who_page


def column_height(page: WhoPage, scale: float) -> tuple[int, int]:
    """The height the page's column needs with its texts at ``scale``, and the room it
    has (the page's height less its margins)."""
    for text, px in page.fitted:
        text.set_px(page.kit.px(max(1, round(px * scale))))
    body = page.fitted[0][0].parentWidget()
    column = body.layout()
    outer = page.layout()
    assert column is not None and outer is not None
    column.invalidate()
    margins = outer.contentsMargins()
    return column.totalHeightForWidth(
        body.width()
    ), page.height() - margins.top() - margins.bottom()


@pytest.mark.parametrize("tier", list(AgeTier))
def test_where_everything_fits_no_text_is_drawn_smaller(
    qtbot: Any, vault: Any, catalog: Catalog, tier: AgeTier
) -> None:
    window, page = who_page_at(qtbot, vault, catalog, "sv", tier, (1920, 1080))
    assert page.kit.k == 1.0
    assert len(page.fitted) == (4 if tier is AgeTier.YOUNG else 5)
    assert page.fit_scale == 1.0
    assert [text.px for text, _ in page.fitted] == [px for _, px in page.fitted]
    assert problems_on(window, "who") == []


@pytest.mark.parametrize(
    ("lang", "size"),
    [
        ("so", (911, 512)),  # 1366x768 at 150 %
        ("so", (853, 480)),  # 1280x720 at 150 %
        ("ti", (853, 480)),
    ],
)
def test_where_space_is_tight_the_texts_are_drawn_the_largest_step_that_fits(
    qtbot: Any, vault: Any, catalog: Catalog, lang: str, size: tuple[int, int]
) -> None:
    window, page = who_page_at(qtbot, vault, catalog, lang, AgeTier.MIDDLE, size)
    chosen = page.fit_scale
    # the case is tight: the full size does not fit, and the floor is not needed
    assert FIT_FLOOR < chosen < 1.0
    drawn = [text.px for text, _ in page.fitted]
    assert drawn == [page.kit.px(round(px * chosen)) for _, px in page.fitted]
    # nothing is cut at the chosen size ...
    assert problems_on(window, "who") == []
    needed, room = column_height(page, chosen)
    assert needed <= room
    # ... and one step larger would not fit: the texts are not smaller than they must be
    needed, room = column_height(page, chosen + FIT_STEP)
    assert needed > room, (needed, room)
    # going to the page again chooses the same size
    window.go("who")
    assert page.fit_scale == chosen
    assert [text.px for text, _ in page.fitted] == drawn

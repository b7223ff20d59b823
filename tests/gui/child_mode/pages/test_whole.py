"""The whole wheel for a teenager: the column beside it keeps fitting as the area
in focus changes (a longer question, a longer gloss)."""

from __future__ import annotations

from typing import Any

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier
from hjulet.gui.child_mode.pages.whole import WholePage
from hjulet.gui.child_mode.parts import ScaleLegend
from tests.gui.child_mode.pages.kits import kit_for
from tests.gui.test_conversation_support import make_conversation


def test_the_column_fits_again_when_the_focus_moves_to_a_longer_question(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """1366x768 at 150 % (911x512) in Somali with Swedish glosses: "Daryeel" has a
    four-line question and a three-line gloss, and the legend's last row ("Ma rabo
    inaan ka jawaabo") was cut off at the foot of the screen; the texts were fitted
    for the first area only."""
    conv = make_conversation(vault, catalog, "steps5", "so")
    assert conv.id is not None
    session = services.ConversationSession(vault, conv.id)
    size = (911, 512)
    page = WholePage(kit_for(catalog, "so", AgeTier.TEEN, size=size), session)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.limit_wheel(size[1])
    page.fit(size[1])
    legend = page.findChild(ScaleLegend)
    assert legend is not None
    for area in conv.definition.areas:
        page.wheel.set_focus_area(area.id)
        qtbot.wait(1)  # the layouts settle
        # the legend gets its whole height (squeezed, its last rows were cut) ...
        assert legend.height() >= legend.sizeHint().height(), (area.id, page.fit_scale)
        foot = legend.mapTo(page, legend.rect().bottomLeft()).y()
        assert foot <= page.height(), (area.id, foot)  # ... on the screen

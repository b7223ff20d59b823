"""A page kit for page tests: what the window would hand a page, for one child's
language and tier at a window size (no window needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hjulet.core.catalog import Catalog
from hjulet.core.child_texts import load_child_texts
from hjulet.core.model import AgeTier
from hjulet.gui.child_mode.kit import PageKit, size_factor
from hjulet.gui.speech import ReadAloud
from hjulet.gui.theme import CHILD_NORMAL

SCALE_OF_TIER = {AgeTier.YOUNG: "faces3", AgeTier.MIDDLE: "steps4", AgeTier.TEEN: "steps5"}


def kit_for(
    catalog: Catalog,
    lang: str = "sv",
    tier: AgeTier = AgeTier.MIDDLE,
    size: tuple[int, int] = (1366, 768),
    adult_lang: str = "sv",
) -> PageKit:
    # the kit's read-aloud starts a speech process: without an application its
    # timers have no event loop (a test alone, without qtbot or qapp, failed so)
    assert QApplication.instance() is not None, "kit_for needs the qapp or qtbot fixture"
    texts = load_child_texts(lang)
    definition = catalog.definition()
    return PageKit(
        texts=texts,
        gloss_texts=load_child_texts(adult_lang) if adult_lang != lang else None,
        lang=lang,
        label_lang=lang,
        adult_lang=adult_lang,
        theme=CHILD_NORMAL,
        tier=tier,
        scale=catalog.scale(SCALE_OF_TIER[tier]),
        definition=definition,
        rtl=texts.rtl or definition.is_rtl(lang),
        k=size_factor(*size),
        reader=ReadAloud.shared(),
        corner_height=72,
        corner_width=300,
        page_height=size[1],
    )

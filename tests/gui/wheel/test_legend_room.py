"""The legend ("Last time", the viewpoints' rows) never touches an area's label.

At 1366x768 and 150 % the conversation's legend "Förra gången" lay on the
block "3 – Varken bra el…" under "Aktiv": the legend sits in a bottom corner
wherever the rect puts it, the label blocks wherever the wheel's radius puts
them, and nothing kept them apart. This sweep (the wheel's minimum side up to
1920x1080 in steps of 40 px, both scales, Swedish and Arabic) found 71 sizes
where a block touched the legend with every row shown. The
layout now keeps the legend's corner clear of the blocks (for every answer
an area may have: answers never move the wheel, only the legend's rows do).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, Answer
from hjulet.gui.theme import HIGH_CONTRAST, NORMAL, WheelPalette
from hjulet.gui.wheel import labels
from hjulet.gui.wheel.layout import build_paths, min_side_for
from hjulet.gui.wheel.state import GuardianMark
from hjulet.gui.wheel.widget import WheelWidget

# the reviewer's grid: from the wheel's minimum side up to 1920x1080
STEP = 40
# the system font's pixel size at 100 % and at 150 % (geometry is in
# device-independent pixels: the device pixel ratio scales the pixels only,
# so 150 % is a smaller rect with the same label size, which the grid holds)
LABEL_PX = (12, 14)


def _wheel(
    qtbot: object, catalog: Catalog, scale: str, language: str, rows: str, palette: WheelPalette
) -> WheelWidget:
    """A wheel with long answers in every area and the legend's rows ``rows``
    (p: last time, a: professional, g: guardian, f: the family's views)."""
    definition = catalog.definition()
    w = WheelWidget(definition, catalog.scale(scale), language, palette=palette)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    ids = definition.area_ids
    kinds = [Answer.at(3), DECLINED, DONT_KNOW, Answer.at(1)]
    w.set_answers(
        child={area: kinds[i % 4] for i, area in enumerate(ids)},
        adult={area: Answer.at(1) for area in ids},
        guardian={area: Answer.at(4) for area in ids},
        previous={area: Answer.at(2) for area in ids},
    )
    w.set_show_previous("p" in rows)
    w.set_show_adult("a" in rows)
    w.set_show_guardian("g" in rows)
    w.set_guardian_views(
        [
            GuardianMark("G1", "Vårdnadshavare 1", {ids[2]: Answer.at(4)}),
            GuardianMark("G2", "Vårdnadshavare 2", {ids[5]: Answer.at(1)}),
        ]
    )
    w.set_show_guardian_views("f" in rows)
    return w


@pytest.mark.parametrize("scale", ["steps5", "steps4"])
@pytest.mark.parametrize("language", ["sv", "ar"])
def test_no_label_touches_the_legend_at_any_size(
    qtbot: object, catalog: Catalog, scale: str, language: str
) -> None:
    touching: list[tuple[object, ...]] = []
    swept = 0
    low = min_side_for(catalog.scale(scale).size)
    for rows, palette in [("pagf", NORMAL), ("p", NORMAL), ("pag", HIGH_CONTRAST)]:
        state = _wheel(qtbot, catalog, scale, language, rows, palette).state
        assert state.is_rtl() == (language == "ar")
        for px in LABEL_PX:
            state.min_label_px = px
            for width in range(low, 1921, STEP):
                for height in range(low, 1081, STEP):
                    rect = QRectF(0, 0, width, height)
                    paths = build_paths(state, rect)
                    legend = labels.legend_extent(rect, state, palette, paths)
                    assert legend is not None
                    assert len(labels._legend_rows(state, palette, 1.0)) == len(rows) + (
                        "f" in rows
                    )
                    boxes, _words = labels._label_boxes(state, paths, palette, rect)
                    swept += 1
                    for i, box in boxes.items():
                        if box.intersects(legend):
                            touching.append((rows, px, width, height, i))
    assert swept > 500
    assert touching == []


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_no_label_touches_last_times_legend_in_a_small_conversation(
    qtbot: object, catalog: Catalog, language: str
) -> None:
    """Below the wheel's minimum side (the conversation lets it shrink to 240 px:
    its wheel is about 510x283 at 1366x768 and 150 %), with the legend's usual
    row, "Last time", and each level's words in every area in turn. (Below
    440x260 with 14 px labels, e.g. 400x240, no layout keeps the names whole
    and the legend clear: those sizes are left out.)"""
    touching: set[tuple[int, int, int]] = set()
    w = _wheel(qtbot, catalog, "steps5", language, "p", NORMAL)
    state, ids = w.state, w.state.definition.area_ids
    for px in LABEL_PX:
        state.min_label_px = px
        for width in range(440, 1001, 20):
            for height in range(260, 621, 20):
                rect = QRectF(0, 0, width, height)
                paths = build_paths(state, rect)
                legend = labels.legend_extent(rect, state, NORMAL, paths)
                assert legend is not None
                for level in range(1, state.scale.size + 1):
                    w.set_answers(child={area: Answer.at(level) for area in ids})
                    boxes, _words = labels._label_boxes(state, paths, NORMAL, rect)
                    if any(box.intersects(legend) for box in boxes.values()):
                        touching.add((px, width, height))
    assert sorted(touching) == []

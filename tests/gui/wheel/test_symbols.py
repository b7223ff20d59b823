"""Another view's refusal on the screen's wheel: a picture, not a text badge.

The professional's view, the guardian's answer as the professional noted it, and
each guardian's own view can say "does not want to answer" or "does not know". Each
such answer is a tag on the rim of its sector: the view's badge (whose: "A", "G1")
and, touching it towards the hub, the refusal's own symbol (the crossed speech
bubble, the circled question mark: the pictures of the child's refusals, outlined
in the view's colour). These tests look at the real widget's pixels where the tag's
symbol goes, in colour and in grey, and at what the legend and a screen reader get.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QAccessible, QColor, QImage

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer
from hjulet.gui.theme import HIGH_CONTRAST, NORMAL, WheelPalette
from hjulet.gui.wheel._qt import _line_width
from hjulet.gui.wheel.labels import legend_texts
from hjulet.gui.wheel.paint import sector_marks
from hjulet.gui.wheel.state import GuardianMark
from hjulet.gui.wheel.symbols import (
    discs_meet,
    refusal_symbol_offset,
    refusal_tag_discs,
    refusal_tag_size,
)
from hjulet.gui.wheel.widget import WheelWidget

SIDE = 520
AREA = 2  # the area every view answers in these tests


def _set_view(w: WheelWidget, who: str, answer: Answer) -> None:
    """``who`` ("adult", "guardian", "G1", "G2") answers AREA, and area 0 at level 2
    (so the view's legend row is there whatever AREA's answer is)."""
    ids = w.state.definition.area_ids
    answers = {ids[0]: Answer.at(2), ids[AREA]: answer}
    if who in ("adult", "guardian"):
        w.set_answers(**{who: answers})
        (w.set_show_adult if who == "adult" else w.set_show_guardian)(True)
    else:
        g1 = answers if who == "G1" else {ids[0]: Answer.at(3)}
        g2 = answers if who == "G2" else {ids[0]: Answer.at(1)}
        w.set_guardian_views(
            (GuardianMark("G1", "Guardian 1", g1), GuardianMark("G2", "Guardian 2", g2))
        )
        w.set_show_guardian_views(True)


def _colour(pal: WheelPalette, who: str) -> str:
    return {
        "adult": pal.adult_mark,
        "guardian": pal.guardian_mark,
        "G1": pal.guardian_1_mark,
        "G2": pal.guardian_2_mark,
    }[who]


def _wheel(qtbot: Any, catalog: Catalog, pal: WheelPalette = NORMAL) -> WheelWidget:
    w = WheelWidget(catalog.definition(), catalog.scale("steps4"), "sv")
    qtbot.addWidget(w)
    w.set_wheel_palette(pal)
    w.resize(SIDE, SIDE)
    return w


def _symbol_box(w: WheelWidget, who: str) -> QRectF:
    """The inner part of where the tag's symbol goes: towards the hub from the
    badge at the start of AREA's rim arc (where a level's badge never goes), beyond
    the reach of any badge (a text badge never painted there)."""
    paths = w.paths()
    lay = paths.layout
    end = paths.arc_polygon(AREA, 1.0, inset=0.12).first()
    r = max(8.0, lay.radius * 0.032) * (1.0 if who in ("adult", "guardian") else 1.3)
    dx, dy = lay.cx - end.x(), lay.cy - end.y()
    norm = (dx * dx + dy * dy) ** 0.5
    size = refusal_tag_size(r)
    away = refusal_symbol_offset(r) + size * 0.2  # the symbol's inner part
    at = QPointF(end.x() + dx / norm * away, end.y() + dy / norm * away)
    half = size * 0.2
    return QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half)


def _pixels(image: QImage, box: QRectF, keep: Callable[[QColor], bool]) -> int:
    dpr = image.devicePixelRatio()
    r = QRectF(box.left() * dpr, box.top() * dpr, box.width() * dpr, box.height() * dpr)
    r = r.toAlignedRect()
    return sum(
        1
        for y in range(r.top(), r.bottom() + 1)
        for x in range(r.left(), r.right() + 1)
        if keep(image.pixelColor(x, y))
    )


def _near(colour: str) -> Callable[[QColor], bool]:
    want = QColor(colour)

    def keep(c: QColor) -> bool:
        return (
            max(
                abs(c.red() - want.red()),
                abs(c.green() - want.green()),
                abs(c.blue() - want.blue()),
            )
            < 40
        )

    return keep


def _grey(image: QImage, box: QRectF) -> list[int]:
    """The grey values of a square about ``box``'s centre, ``box``'s width wide
    (rounded down to whole pixels, so two boxes of one size give equal lists)."""
    dpr = image.devicePixelRatio()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    cx, cy = round(box.center().x() * dpr), round(box.center().y() * dpr)
    half = int(box.width() * dpr / 2)
    return [
        grey.pixelColor(x, y).value()
        for y in range(max(0, cy - half), min(grey.height(), cy + half + 1))
        for x in range(max(0, cx - half), min(grey.width(), cx + half + 1))
    ]


WHO = ("adult", "guardian", "G1", "G2")


@pytest.mark.parametrize("who", WHO)
def test_each_views_refusal_is_its_symbol_beside_its_badge(
    qtbot: Any, catalog: Catalog, who: str
) -> None:
    """The refusal's symbol, in the view's colour, lies beside the view's badge
    inside the sector; the two refusals differ there in grey (shape, not colour);
    a level answer, or none, leaves the place empty."""
    w = _wheel(qtbot, catalog)
    pictures: dict[str, QImage] = {}
    boxes: dict[str, QRectF] = {}
    for name, answer in (("declined", DECLINED), ("dont_know", DONT_KNOW), ("none", NOT_ASKED)):
        _set_view(w, who, answer)
        pictures[name] = w.grab().toImage()
        boxes[name] = _symbol_box(w, who)
    ink = _near(_colour(NORMAL, who))
    for name in ("declined", "dont_know"):
        assert _pixels(pictures[name], boxes[name], ink) >= 3, name
    assert _pixels(pictures["none"], boxes["none"], ink) == 0
    # without colour: the crossed bubble and the circled "?" differ in grey
    declined = _grey(pictures["declined"], boxes["declined"])
    dont_know = _grey(pictures["dont_know"], boxes["dont_know"])
    differ = sum(abs(a - b) > 60 for a, b in zip(declined, dont_know, strict=True))
    assert differ >= len(declined) // 10


def test_in_high_contrast_the_badge_still_tells_whose_refusal_it_is(
    qtbot: Any, catalog: Catalog
) -> None:
    """In the high-contrast palette every view is black: the tags of two views that
    both decline differ only by their badges' letters, and they do."""
    pictures = []
    for who in ("adult", "G1"):
        w = _wheel(qtbot, catalog, HIGH_CONTRAST)
        _set_view(w, who, DECLINED)
        image = w.grab().toImage()
        paths = w.paths()
        end = paths.arc_polygon(AREA, 1.0, inset=0.12).first()
        r = max(8.0, paths.layout.radius * 0.032) * 1.3
        pictures.append(_grey(image, QRectF(end.x() - r, end.y() - r, 2 * r, 2 * r)))
    assert pictures[0] != pictures[1]
    assert any(v > 200 for v in pictures[0])  # a white letter on the black disc


def test_the_legend_explains_a_views_refusal_only_while_one_shows(
    qtbot: Any, catalog: Catalog
) -> None:
    """After the views' rows, a tag per kind of refusal shown: in one row where the
    legend is wide enough for both, else a row each."""
    w = _wheel(qtbot, catalog)
    declined, dont_know = "= does not want to answer", "= does not know"  # no translator

    def refusal_rows() -> list[str]:
        return [text for text in legend_texts(w.state) if text.startswith("= ")]

    _set_view(w, "adult", Answer.at(3))
    assert refusal_rows() == []
    _set_view(w, "adult", DECLINED)
    assert refusal_rows() == [declined]
    assert legend_texts(w.state)[-1] == declined
    _set_view(w, "G2", DONT_KNOW)
    # "A = Professional's view" is narrower than both parts side by side: two rows
    assert refusal_rows() == [declined, dont_know]
    assert legend_texts(w.state)[-2:] == (declined, dont_know)
    w.set_show_adult(False)  # a hidden view's refusal is not explained
    assert refusal_rows() == [dont_know]
    # the row's sample is G2's tag, in G2's colour, at the legend's bottom left
    bottom_left = QRectF(0, SIDE - 22, 60, 12)
    assert _pixels(w.grab().toImage(), bottom_left, _near(NORMAL.guardian_2_mark)) >= 6


def test_both_refusals_share_a_row_where_the_legend_is_wide_enough(
    qtbot: Any, catalog: Catalog
) -> None:
    w = _wheel(qtbot, catalog)
    ids = w.state.definition.area_ids
    long_name = "Guardian 1, who answered in a language of their own"
    w.set_guardian_views((GuardianMark("G1", long_name, {ids[0]: DECLINED, ids[1]: DONT_KNOW}),))
    w.set_show_guardian_views(True)
    rows = legend_texts(w.state)
    assert rows[0] == f"G1 = {long_name}"
    (both,) = rows[1:]
    assert both.startswith("= does not want to answer") and both.endswith("= does not know")
    # two tags in that row: G1's colour beside each part's words
    image = w.grab().toImage()
    colour = _near(NORMAL.guardian_1_mark)
    assert _pixels(image, QRectF(0, SIDE - 22, 60, 12), colour) >= 6
    assert _pixels(image, QRectF(60, SIDE - 22, SIDE - 60, 12), colour) >= 6


def test_a_screen_reader_hears_each_views_refusal_in_words(qtbot: Any, catalog: Catalog) -> None:
    w = _wheel(qtbot, catalog)
    ids = w.state.definition.area_ids
    w.set_answers(
        child={ids[AREA]: DECLINED},
        adult={ids[AREA]: DONT_KNOW},
        guardian={ids[AREA]: DECLINED},
    )
    w.set_show_adult(True)
    w.set_show_guardian(True)
    w.set_guardian_views(
        (
            GuardianMark("G1", "Guardian 1", {ids[AREA]: DECLINED}),
            GuardianMark("G2", "Guardian 2", {ids[AREA]: DONT_KNOW}),
        )
    )
    w.set_show_guardian_views(True)
    iface = QAccessible.queryAccessibleInterface(w)
    sector = iface.child(AREA)
    assert sector.text(QAccessible.Text.Value) == "Vill inte svara"  # the child's own
    said = sector.text(QAccessible.Text.Description)
    for part in (
        "Professional's view: Vet inte.",
        "Guardian's view: Vill inte svara.",
        "Guardian 1: Vill inte svara.",
        "Guardian 2: Vet inte.",
    ):
        assert part in said


@pytest.mark.parametrize(
    ("side", "child"),
    [(SIDE, NOT_ASKED), (900, NOT_ASKED), (SIDE, DECLINED), (400, DONT_KNOW)],
    ids=["520", "900", "520, the child declines", "400, the child does not know"],
)
def test_refusal_tags_leave_every_level_badge_whole(
    qtbot: Any, catalog: Catalog, side: int, child: Answer
) -> None:
    """The reviewer's sector: the professional and the guardian (as noted) at the top
    level, guardian 1 declines, guardian 2 does not know. The level badges sit at
    the top ring's ends, where tags would go on an empty rim: the tags step in,
    cover no badge, no other tag and not the child's own refusal's symbol in the
    sector's middle, and each badge shows its view's colour and its white letter
    (not a tag's, not a line's)."""
    w = _wheel(qtbot, catalog)
    w.resize(side, side)
    top = Answer.at(4)
    _set_view(w, "adult", top)
    _set_view(w, "guardian", top)
    ids = w.state.definition.area_ids
    w.set_guardian_views(
        (
            GuardianMark("G1", "Guardian 1", {ids[AREA]: DECLINED}),
            GuardianMark("G2", "Guardian 2", {ids[AREA]: DONT_KNOW}),
        )
    )
    w.set_show_guardian_views(True)
    if child.is_given:
        w.set_answers(child={ids[AREA]: child})
    image = w.grab().toImage()
    paths = w.paths()
    g, lay = paths.geometry, paths.layout
    assert g.ring_radius(4) == pytest.approx(1.0)  # the top level is the rim
    lw = _line_width(paths, NORMAL)
    r = max(8.0, lay.radius * 0.032)
    # the level badges, where the painter has always put them: the first view's at
    # the arc's end, the second's (a line's width further in) at its start
    badges = {
        "adult": paths.arc_polygon(AREA, 1.0, inset=0.12).last(),
        "guardian": paths.arc_polygon(AREA, 1.0 - 6.0 * lw / lay.radius, inset=0.12).first(),
    }
    views = [(top, "Y"), (top, "V"), (DECLINED, "V1"), (DONT_KNOW, "V2")]
    lines, tags = sector_marks(paths, AREA, views, lw, child.is_given)
    assert [(end, n) for (_, end, _), n in lines] == [(badges["adult"], 0), (badges["guardian"], 1)]
    assert [n for _, n in tags] == [2, 3]
    # each badge a disc with its outline; the child's symbol, 0.13 radii wide, in the
    # sector's middle (its outline within 0.62 of its side from its centre)
    taken = [(c, r * 1.1) for c in badges.values()]
    if child.is_given:
        mid = lay.to_px(g.point(g.mid_angle(AREA), (g.hub + 1.0) / 2))
        taken.append((mid, max(18.0, lay.radius * 0.13) * 0.62))
    for (end, inward, tag_r, _), _ in tags:
        discs = refusal_tag_discs(end, inward, tag_r)
        assert all(discs_meet(d, t) == 0.0 for d in discs for t in taken)
        taken += discs
    if child.is_given:  # and the child's symbol shows whole: its ink about its middle
        ink = NORMAL.declined_symbol if child is DECLINED else NORMAL.dont_know_symbol
        half = max(18.0, lay.radius * 0.13) * 0.5
        inner = QRectF(mid.x() - half, mid.y() - half, 2 * half, 2 * half)
        assert _pixels(image, inner, _near(ink)) >= 20
    discs = [(badges["adult"], r, "adult"), (badges["guardian"], r, "guardian")] + [
        (end, tag_r, who) for ((end, _, tag_r, _), _), who in zip(tags, ("G1", "G2"), strict=True)
    ]
    for centre, radius, who in discs:
        half = radius * 0.8
        disc = QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)
        area = (2 * half * image.devicePixelRatio()) ** 2
        assert _pixels(image, disc, _near(_colour(NORMAL, who))) >= area * 0.35, who
        assert _pixels(image, disc, _near(NORMAL.badge_text)) >= 3, who  # the letter

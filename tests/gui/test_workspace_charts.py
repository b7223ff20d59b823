"""The child page's pictures: a chart per area across conversations, and the latest
wheel even when there is only one conversation. Real vault, real widgets."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, AgeTier, Answer, AreaEntry
from hjulet.gui.workspace.child_page import ChildPage


def _child_with(vault: Any, catalog: Catalog, answers: list[Answer]) -> int:
    child = services.add_child(vault, name="Alva", birth_year=2015, age_tier=AgeTier.MIDDLE)
    assert child.id is not None
    for n, answer in enumerate(answers):
        conv = services.start_conversation(
            vault,
            child.id,
            definition=catalog.definition(),
            scale=catalog.scale("steps4"),
            held_on=date(2026, 1, 10) + timedelta(days=60 * n),
        )
        assert conv.id is not None
        services.save_entry(
            vault, conv.id, AreaEntry("trygg", answer=answer, words=f"ord nummer {n}")
        )
    return child.id


def test_a_child_with_one_conversation_shows_the_latest_wheel(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    child_id = _child_with(vault, catalog, [Answer.at(3)])
    page = ChildPage()
    qtbot.addWidget(page)
    page.load(vault, child_id)
    page.show()
    compare = page.compare
    assert compare.stack.currentWidget() is compare.single
    assert compare.overlay_wheel is not None
    assert compare.overlay_wheel.answer("trygg") == Answer.at(3)
    assert "2026-01-10" in compare.overlay_caption.text()


def test_one_chart_per_area_newest_at_the_right_with_the_words_on_hover(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    child_id = _child_with(vault, catalog, [Answer.at(1), DECLINED, Answer.at(4)])
    page = ChildPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.load(vault, child_id)
    page.show()
    page.tabs.setCurrentWidget(page.timeline)
    charts = page.timeline.charts.charts
    assert list(charts) == list(catalog.definition().area_ids)
    chart = charts["trygg"]
    qtbot.waitExposed(chart)
    assert [c.held_on for c in chart.convs] == sorted(c.held_on for c in chart.convs)
    columns = chart._columns()
    assert columns[0].center().x() < columns[-1].center().x()  # newest at the right
    newest = chart.tooltip_at(QPointF(columns[-1].center()))
    assert "2026-05-10" in newest and "ord nummer 2" in newest
    assert "ord nummer 1" in chart.tooltip_at(QPointF(columns[1].center()))
    # the picture: the newest column (level 4 of 4) is filled to the top in the area's
    # colour, the oldest (level 1) only at the bottom
    image = chart.grab().toImage()
    top_of_newest = image.pixelColor(int(columns[-1].center().x()), int(columns[-1].top() + 6))
    top_of_oldest = image.pixelColor(int(columns[0].center().x()), int(columns[0].top() + 6))
    area = catalog.definition().area("trygg")
    assert top_of_newest.name().lower() == area.colour.lower()
    assert top_of_oldest.name().lower() != area.colour.lower()
    # the table below reads newest first, like the conversation list
    model = page.timeline.model
    assert model.index(0, 0).data() == "2026-05-10"
    # clicking a chart chooses that area for the words below
    page.timeline.charts.area_chosen.emit("aktiv")
    assert page.timeline.area.currentData() == "aktiv"


def _near(image: QImage, x0: float, y0: float, x1: float, y1: float, colour: str) -> int:
    """How many pixels in the box are within 25 of ``colour`` in each channel."""
    want = QColor(colour)
    return sum(
        1
        for y in range(int(y0), int(y1))
        for x in range(int(x0), int(x1))
        if max(
            abs(image.pixelColor(x, y).red() - want.red()),
            abs(image.pixelColor(x, y).green() - want.green()),
            abs(image.pixelColor(x, y).blue() - want.blue()),
        )
        < 25
    )


def test_a_refusal_in_the_chart_is_the_wheels_picture_over_its_block(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """Over a refused conversation's short block: the crossed speech bubble or the
    circled question mark in their own colours, as in the wheel and its legends
    (the chart once wrote a "⊘" or "?" character in the text colour)."""
    child_id = _child_with(vault, catalog, [DECLINED, DONT_KNOW, Answer.at(2)])
    page = ChildPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.load(vault, child_id)
    page.show()
    page.tabs.setCurrentWidget(page.timeline)
    chart = page.timeline.charts.charts["trygg"]
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    pal = chart.palette_
    columns = chart._columns()
    found = {}
    for name, column, colour in (
        ("declined", columns[0], pal.declined_symbol),
        ("dont_know", columns[1], pal.dont_know_symbol),
    ):
        block_top = column.bottom() - column.height() * 0.3
        found[name] = _near(image, column.left(), block_top - 30, column.right(), block_top, colour)
    assert found["declined"] >= 8 and found["dont_know"] >= 8, found

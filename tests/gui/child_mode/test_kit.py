"""What every child-mode page is built from: sizes that follow the window, a text
column wide enough for a long language, the teen's words loaded without being saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier
from hjulet.gui.child_mode.kit import ChildPage, size_factor, whole_text_width
from tests.gui.child_mode.pages.kits import kit_for


def test_sizes_follow_the_window_between_a_floor_and_full_size() -> None:
    assert size_factor(1366, 768) == 1.0
    assert size_factor(1920, 1080) == 1.0  # never larger than at 1366x768
    assert size_factor(911, 512) == 0.67  # 1366x768 at 150 %
    assert size_factor(853, 480) == 0.62  # 1280x720 at 150 %
    assert size_factor(1366, 512) == 0.67  # the shorter side decides
    assert size_factor(400, 300) == 0.58


def test_type_never_goes_below_eleven_pixels(qapp: Any, catalog: Catalog) -> None:
    kit = kit_for(catalog, size=(853, 480))
    assert kit.px(40) == round(40 * 0.62)
    assert kit.px(16) == 11


def test_a_long_text_gets_a_wider_column_rather_than_cut_lines(qtbot: Any) -> None:
    column = QWidget()
    qtbot.addWidget(column)
    layout = QVBoxLayout(column)
    label = QLabel("ord " * 120)
    label.setWordWrap(True)
    layout.addWidget(label)
    roomy = layout.heightForWidth(200) + 10
    assert whole_text_width(column, 200, 600, roomy) == 200
    short = layout.heightForWidth(400)
    width = whole_text_width(column, 200, 600, short)
    assert 200 < width <= 400
    assert layout.heightForWidth(width) <= short < layout.heightForWidth(width - 1)
    # never wider than the widest allowed, even if the text still does not fit
    assert whole_text_width(column, 200, 600, 5) == 600


def test_the_teens_saved_words_load_without_being_written_back(
    qtbot: Any, catalog: Catalog
) -> None:
    assert kit_for(catalog, tier=AgeTier.MIDDLE).words_edit() is None
    words = kit_for(catalog, tier=AgeTier.TEEN).words_edit()
    assert words is not None
    qtbot.addWidget(words.edit)
    seen: list[bool] = []
    words.textChanged.connect(lambda: seen.append(words.loading))
    words.load("Min kompis")
    assert words.text() == "Min kompis" and seen == [True]
    words.load("Min kompis")  # the same words: nothing happens
    assert seen == [True]
    words.edit.setPlainText("Min hund")
    assert seen == [True, False]
    assert not words.loading


def test_back_and_next_ask_through_the_pages_signals(qtbot: Any, catalog: Catalog) -> None:
    kit = kit_for(catalog)
    page = ChildPage(kit)
    qtbot.addWidget(page)
    col = kit.column(page)
    back, forward = kit.nav(page, col)
    assert back is not None and forward is not None
    asked: list[str] = []
    page.back_asked.connect(lambda: asked.append("back"))
    page.next_asked.connect(lambda: asked.append("next"))
    forward.click()
    back.click()
    assert asked == ["next", "back"]
    assert kit.nav(page, col, back=False)[0] is None
    # a page with no texts to fit is left as it is
    page.fit(100)
    assert page.fit_scale == 1.0

"""A typing box's words start on the side their writing starts (gui/typing_direction.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier
from hjulet.gui.typing_direction import follow_writing, writing_is_rtl
from tests.gui.child_mode.test_tiers import hand_over, open_window
from tests.gui.test_conversation_support import make_conversation

ARABIC = "عندي صديقة جيدة في المدرسة"
SWEDISH = "Jag har en bra kompis i skolan"


def ink_columns(edit: QPlainTextEdit) -> tuple[int, int]:
    """The leftmost and rightmost columns of the box's text as painted (its viewport:
    no frame, no scroll bar), read off the picture, not off Qt's settings."""
    image = edit.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ground = QColor(image.pixel(image.width() // 2, image.height() - 2)).lightness()
    columns = [
        x
        for x in range(image.width())
        if any(
            abs(QColor(image.pixel(x, y)).lightness() - ground) > 80
            for y in range(0, image.height(), 2)
        )
    ]
    assert columns, "no text painted"
    return columns[0], columns[-1]


def test_the_first_strong_letter_decides_and_an_empty_box_follows_the_window() -> None:
    assert writing_is_rtl(ARABIC, default_rtl=False)
    assert not writing_is_rtl(SWEDISH, default_rtl=True)
    assert writing_is_rtl("12, 14 – ", default_rtl=True)  # digits decide nothing
    assert not writing_is_rtl("", default_rtl=False)
    assert writing_is_rtl("2024 " + ARABIC + " " + SWEDISH, default_rtl=False)


@pytest.mark.parametrize("window_rtl", [True, False])
def test_arabic_sits_on_the_right_and_swedish_on_the_left_in_any_window(
    qtbot: Any, window_rtl: bool
) -> None:
    """Qt's plain text box laid Arabic out from the left even in a right-to-left
    window (the child's words and cursor at the wrong edge); now the text decides."""
    window = QWidget()
    qtbot.addWidget(window)
    direction = Qt.LayoutDirection.RightToLeft if window_rtl else Qt.LayoutDirection.LeftToRight
    window.setLayoutDirection(direction)
    edit = follow_writing(QPlainTextEdit(window))
    edit.setFont(edit.font())
    window.resize(600, 120)
    edit.resize(600, 120)
    window.show()
    qtbot.waitExposed(window)
    width = edit.viewport().width()
    edit.setPlainText(ARABIC)
    left, right = ink_columns(edit)
    assert right > width - 40 and left > width / 3  # on the right, not from the left
    edit.setPlainText(SWEDISH)
    left, right = ink_columns(edit)
    assert left < 40 and right < width * 2 / 3
    # letter by letter, as typed (QTest cannot send Arabic keys; an input method
    # inserts the text as this does): the first letter decides
    edit.clear()
    edit.insertPlainText("ع")
    assert ink_columns(edit)[1] > width - 40


def test_an_empty_box_waits_on_the_side_of_the_windows_language(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    edit = follow_writing(QPlainTextEdit(window))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    assert edit.document().defaultTextOption().alignment() == left
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the child's language
    assert edit.document().defaultTextOption().alignment() == right
    edit.setPlainText(SWEDISH)
    assert edit.document().defaultTextOption().alignment() == left


def test_an_arabic_childs_words_start_on_the_right_in_child_mode(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "steps5", "ar")
    window = open_window(qtbot, vault, conv)
    hand_over(qtbot, window, AgeTier.TEEN)
    window.go("whole")
    assert window.whole_page.words is not None
    edit = window.whole_page.words.edit
    width = edit.viewport().width()
    edit.setFocus()
    edit.insertPlainText(ARABIC)  # as an Arabic keyboard's input does
    left, right = ink_columns(edit)
    assert right > width - 40 and left > 20
    window.go("important")
    important = window.important_page.edit
    important.insertPlainText(ARABIC)
    assert ink_columns(important)[1] > important.viewport().width() - 40


def test_a_box_never_holds_more_than_a_text_field_keeps(qtbot: Any) -> None:
    from hjulet.core.constants import MAX_TEXT

    edit = follow_writing(QPlainTextEdit())
    qtbot.addWidget(edit)
    edit.setPlainText("ab")
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    edit.insertPlainText("ع" * (MAX_TEXT + 10_000))  # a paste past the limit
    assert len(edit.toPlainText()) == MAX_TEXT
    assert edit.toPlainText().startswith("ab")
    edit.setPlainText("😀" * (MAX_TEXT + 1))  # outside the first plane: two UTF-16 units
    assert edit.toPlainText() == "😀" * MAX_TEXT


def test_a_teen_pasting_too_much_keeps_what_fits_and_sees_no_adults_message(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """60,000 characters pasted into an Arabic teen's words: the vault refused the
    whole text and a box in the adult's language ("Some of the input could not be
    used …") came up on the child's screen. The box now keeps what a field keeps."""
    from PySide6.QtWidgets import QApplication

    from hjulet import services
    from hjulet.core.constants import MAX_TEXT

    conv = make_conversation(vault, catalog, "steps5", "ar")
    window = open_window(qtbot, vault, conv)
    hand_over(qtbot, window, AgeTier.TEEN)
    window.go("whole")
    assert window.whole_page.words is not None
    edit = window.whole_page.words.edit
    edit.setFocus()
    edit.insertPlainText(ARABIC + " " + "ب" * 60_000)
    window.forward()  # on: saved as every move saves
    assert QApplication.activeModalWidget() is None
    first = conv.definition.areas[0].id
    saved = services.get_conversation(vault, conv.id).entry(first).words
    assert len(saved) == MAX_TEXT and saved.startswith(ARABIC)

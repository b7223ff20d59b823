"""A typing box's menu in the typist's words, on a bare box (the child's and the
guardian's boxes are tested with their windows: tests/gui/child_mode/test_access.py,
tests/gui/guardians/test_window.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from hjulet.gui.typing_menu import TypingMenu, TypingWords
from tests.gui.child_mode.test_access import open_menu

WORDS = TypingWords("Val för texten", "Ångra", "Klipp ut", "Kopiera", "Klistra in", "Markera allt")


def _entries(menu: Any) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_a_box_that_cannot_be_changed_offers_only_copy_and_select_all(qtbot: Any) -> None:
    """As Qt's own menu: no Undo, Cut or Paste where nothing can be changed."""
    edit = QPlainTextEdit("Det här kan inte ändras")
    qtbot.addWidget(edit)
    TypingMenu(edit, WORDS, "sv", rtl=False)
    edit.setReadOnly(True)
    edit.show()
    QApplication.clipboard().setText("x")
    menu = open_menu(edit, reason=QContextMenuEvent.Reason.Mouse)
    assert _entries(menu) == {"Kopiera": False, "Markera allt": True}
    menu.close()


def test_one_menu_at_a_time(qtbot: Any) -> None:
    """A platform that sends its own context-menu event for the Menu key as well finds
    the menu open: a second one does not open over it."""
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    typing = TypingMenu(edit, WORDS, "sv", rtl=True)
    edit.setGeometry(400, 300, 300, 200)  # room on both sides of it on the screen
    edit.show()
    first = open_menu(edit, reason=QContextMenuEvent.Reason.Mouse)
    assert first is typing.menu and first.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # mirrored: it opens to the left of where the box was pressed (at 5, 5)
    assert first.geometry().right() == edit.viewport().mapToGlobal(QPoint(5, 5)).x()
    assert typing.open_at(edit.mapToGlobal(edit.rect().center())) is None
    assert QApplication.activePopupWidget() is first
    first.close()

"""A typing box's small menu in the words of whoever types: the child, or a guardian.

Qt's own right-click menu of a text box ("Undo", "Paste"...) comes from the
professional's catalogue: a child's or a guardian's screen reader read it out in
the wrong language. Without any menu, a teen on a touch screen with no keyboard
could not paste or undo. This menu has the same actions as Qt's, in the typist's
own words (the child-text files), mirrored for right-to-left languages and named
for a screen reader in that language.

It opens as Qt's would: a right click or a long press on a touch screen (Qt's
context-menu event), the Menu key, and Shift+F10. Each action is enabled as Qt's own
would be, and does what the keys do (``paste()`` is Ctrl+V's path: nothing is
filtered here; the box's owner saves what is typed or pasted by the same rules).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from hjulet.gui.fonts import font_for


@dataclass(frozen=True)
class TypingWords:
    """The menu's name (for a screen reader) and its actions, in the typist's language."""

    menu: str
    undo: str
    cut: str
    copy: str
    paste: str
    select_all: str


class TypingMenu(QObject):
    """Gives ``edit`` its menu in ``words`` (see the module docstring); kept as the
    edit's child. ``menu`` is the menu last opened (None before the first)."""

    def __init__(
        self, edit: QPlainTextEdit, words: TypingWords, lang: str, rtl: bool, px: int = 16
    ) -> None:
        super().__init__(edit)
        self.setObjectName("typingMenu")
        self._edit = edit
        self.words = words
        self._lang = lang
        self._rtl = rtl
        self._px = px
        self.menu: QMenu | None = None
        # Qt's own menu never opens: the event comes here first and is taken
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        edit.installEventFilter(self)  # the Menu key and Shift+F10 come to the box
        edit.viewport().installEventFilter(self)  # a right click or long press to its page

    def set_px(self, px: int) -> None:
        """The menu's text size (the box's, at the window's size factor)."""
        self._px = px

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            if watched is self._edit and not keyboard:
                # a click on a scroll bar, passed up to the box: no menu (as before)
                return False
            self.open_at(self._cursor_point() if keyboard else event.globalPos())
            return True
        if event.type() == QEvent.Type.KeyPress and watched is self._edit:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            shift = Qt.KeyboardModifier.ShiftModifier
            # Shift+F10 (Windows' key for a menu) and the Menu key itself, which not
            # every platform turns into a context-menu event; one that does finds
            # the menu open already
            if (key == Qt.Key.Key_F10 and mods == shift) or (
                key == Qt.Key.Key_Menu and mods == Qt.KeyboardModifier.NoModifier
            ):
                self.open_at(self._cursor_point())
                return True
        return False

    def _cursor_point(self) -> QPoint:
        """Where a menu opened from the keyboard shows: below the text cursor."""
        edit = self._edit
        rect = edit.cursorRect()
        corner = rect.bottomRight() if self._rtl else rect.bottomLeft()
        return edit.viewport().mapToGlobal(corner)

    def build(self) -> QMenu:
        """The menu for the box as it is now: only the actions that apply (a box that
        cannot be changed has no Undo, Cut or Paste), each enabled as Qt's would be."""
        edit, w = self._edit, self.words
        menu = QMenu(edit)
        menu.setObjectName("typingMenuPopup")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.setTitle(w.menu)
        menu.setAccessibleName(w.menu)
        menu.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self._rtl else Qt.LayoutDirection.LeftToRight
        )
        menu.setFont(font_for(self._lang, self._px))
        # roomy rows: a finger on a touch screen hits the one it means
        menu.setStyleSheet("QMenu::item { padding: 8px 28px 8px 20px; }")
        editable = not edit.isReadOnly() and edit.isEnabled()
        selected = edit.textCursor().hasSelection()
        doc = edit.document()
        if editable:
            undo = _add(menu, w.undo, edit.undo)
            undo.setEnabled(doc.isUndoAvailable())
            menu.addSeparator()
            cut = _add(menu, w.cut, edit.cut)
            cut.setEnabled(selected)
        copy = _add(menu, w.copy, edit.copy)
        copy.setEnabled(selected)
        if editable:
            paste = _add(menu, w.paste, edit.paste)
            paste.setEnabled(edit.canPaste())
        menu.addSeparator()
        select_all = _add(menu, w.select_all, edit.selectAll)
        select_all.setEnabled(not doc.isEmpty())
        return menu

    def open_at(self, point: QPoint) -> QMenu | None:
        """Open the menu at ``point`` (global); one at a time."""
        if self.menu is not None and _alive(self.menu) and self.menu.isVisible():
            return None
        menu = self.menu = self.build()
        if self._rtl:  # mirrored: the menu opens toward the line's start, to the left
            point = QPoint(point.x() - menu.sizeHint().width() + 1, point.y())
        menu.popup(point)
        return menu


def _alive(menu: QMenu) -> bool:
    """False once Qt deleted the menu (it is deleted when it closes)."""
    return bool(shiboken6.isValid(menu))


__all__ = ["TypingMenu", "TypingWords"]


def _add(menu: QMenu, text: str, run: Callable[[], None]) -> QAction:
    """An action that runs ``run``, connected through a plain function: PySide's
    ``addAction(text, edit.copy)`` once took the box for another wrapper of the same
    C++ address (its accessibility interface) and failed to connect, seen under load."""
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: run())
    return action

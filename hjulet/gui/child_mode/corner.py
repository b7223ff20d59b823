"""The buttons in the top corners of every child page: pause and cover in the
trailing corner, the adult's small round button (held to leave) in the leading one.

What the round button does is told to the adult at hand-over, never on the child's
screens. The buttons are made again with the pages (their size follows the window)
and placed by the window over whatever page it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hjulet.gui.child_mode.kit import PageKit
from hjulet.gui.child_mode.parts import BigButton, HoldButton

HOLD_MS = 2000  # how long the adult holds the round button
EXIT_SIDE = 44  # the round button's size
MARGIN = 12  # from the window's edges


class CornerButtons:
    """Pause, cover and the adult's round button, children of ``parent``."""

    def __init__(self, kit: PageKit, parent: QWidget) -> None:
        t = kit.texts
        theme = kit.theme
        self.exit_button = HoldButton("", HOLD_MS, parent)
        # a screen reader names it in the child's language (the child hears that it is
        # the adult's), with the adult's words as its description
        self.exit_button.setAccessibleName(t.adult_button)
        gloss = kit.gloss("adult_button")
        self.exit_button.setAccessibleDescription(gloss if gloss != t.adult_button else "")
        side = EXIT_SIDE
        self.exit_button.setFixedSize(side, side)
        self.exit_button.setStyleSheet(
            f"QPushButton {{ background: transparent; border: 2px solid {theme.button_border};"
            f" border-radius: {side // 2}px; }}"
            f"QPushButton:focus {{ border: 4px solid {theme.focus}; }}"
        )
        self.pause_button: BigButton = kit.button(t.pause, "pause", 20)
        self.pause_button.setParent(parent)
        self.cover_button: BigButton = kit.button(t.cover, "cover", 20)
        self.cover_button.setParent(parent)
        self.buttons: list[QWidget] = [self.exit_button, self.pause_button, self.cover_button]
        for button in self.buttons:
            button.show()

    def height(self) -> int:
        """How far down the corner buttons reach: pages keep their own content below it."""
        tallest = EXIT_SIDE
        for button in (self.pause_button, self.cover_button):
            button.ensurePolished()  # the style sheet decides the height
            tallest = max(tallest, button.sizeHint().height(), button.minimumHeight())
        return MARGIN + tallest + 8

    def pause_and_cover_width(self) -> int:
        """How wide pause and cover are side by side, with the gaps around them."""
        return self.pause_button.sizeHint().width() + self.cover_button.sizeHint().width() + 22

    def place(self, width: int, rtl: bool) -> None:
        """Into the corners of a window ``width`` wide (mirrored for right-to-left)."""
        margin = MARGIN
        cover = self.cover_button.sizeHint()
        pause = self.pause_button.sizeHint()
        h = max(cover.height(), pause.height())
        if rtl:
            self.cover_button.setGeometry(margin, margin, cover.width(), h)
            self.pause_button.setGeometry(margin + cover.width() + 10, margin, pause.width(), h)
            self.exit_button.move(width - margin - self.exit_button.width(), margin)
        else:
            self.cover_button.setGeometry(width - margin - cover.width(), margin, cover.width(), h)
            self.pause_button.setGeometry(
                width - margin - cover.width() - 10 - pause.width(), margin, pause.width(), h
            )
            self.exit_button.move(margin, margin)
        for button in self.buttons:
            button.raise_()

    def show_for(self, page: str, *, adult: bool) -> None:
        """None on the adult's pages; no pause button on the pause page."""
        self.exit_button.setVisible(not adult)
        self.cover_button.setVisible(not adult)
        self.pause_button.setVisible(not adult and page != "pause")

    def discard(self) -> None:
        for button in self.buttons:
            button.hide()
            button.deleteLater()


__all__ = ["HOLD_MS", "CornerButtons"]

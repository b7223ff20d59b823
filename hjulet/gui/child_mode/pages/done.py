"""Thank you: the last page of every tier."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hjulet.core.model import AgeTier
from hjulet.gui.child_mode.kit import ChildPage, PageKit
from hjulet.gui.child_mode.parts import BigButton


class DonePage(ChildPage):
    """ "Thank you!" and a sentence; back to change an answer, never a next."""

    def __init__(self, kit: PageKit) -> None:
        super().__init__(kit)
        col = kit.column(self, 800)
        col.addStretch(1)
        col.addWidget(kit.readable("done_title", px=44, bold=True))
        young = kit.tier is AgeTier.YOUNG
        col.addWidget(kit.readable("young_done_text" if young else "done_text", px=28, first=young))
        col.addStretch(2)
        back, _n = kit.nav(self, col, next_=False)
        assert back is not None
        self.back_button: BigButton = back

    def focus_target(self) -> QWidget | None:
        return self.back_button

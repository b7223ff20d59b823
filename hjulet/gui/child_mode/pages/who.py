"""Who sees what: a few short sentences (with a picture for the youngest) before the
first question; the one page whose texts get a step smaller where the screen is short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from hjulet.core.model import AgeTier
from hjulet.gui.child_mode.kit import ChildPage, PageKit
from hjulet.gui.child_mode.parts import BigButton, ReadableText
from hjulet.gui.child_mode.pictures import AreaPicture

YOUNG_SENTENCES = ("young_who_adult", "young_who_choose", "young_who_harm")
SENTENCES = ("who_sees_adult", "who_sees_choose", "who_sees_harm", "who_sees_skip")


class WhoPage(ChildPage):
    """Who sees what the child says; "next" only (it is the first page)."""

    def __init__(self, kit: PageKit) -> None:
        super().__init__(kit)
        col = kit.column(self)
        col.addWidget(self._text("who_sees_title", px=34, bold=True))
        if kit.tier is AgeTier.YOUNG:
            row = QHBoxLayout()
            pic = AreaPicture(kit.lang, kit.theme, px=kit.px(20), side=kit.px(120))
            pic.set_area("people", "")
            pic.setMaximumWidth(kit.px(130))
            row.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
            sentences = QVBoxLayout()
            sentences.setSpacing(kit.px(12))
            for key in YOUNG_SENTENCES:
                sentences.addWidget(self._text(key, px=28, first=True))
            row.addLayout(sentences, 1)
            col.addLayout(row)
        else:
            for key in SENTENCES:
                col.addWidget(self._text(key, px=22))
        col.addStretch(1)
        _b, next_button = kit.nav(self, col, back=False)
        assert next_button is not None
        self.next_button: BigButton = next_button

    def _text(self, key: str, px: int, *, bold: bool = False, first: bool = False) -> ReadableText:
        """A sentence that is drawn smaller when the page is short (see :meth:`fit`)."""
        text = self.kit.readable(key, px=px, bold=bold, first=first)
        self.fitted.append((text, px))
        return text

    def focus_target(self) -> QWidget | None:
        return self.next_button

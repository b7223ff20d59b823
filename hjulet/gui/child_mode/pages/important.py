"""What is important to me: typed by a teen, said to the adult by the others."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QWidget

from hjulet.core.model import AgeTier
from hjulet.gui.child_mode.kit import ChildPage, PageKit
from hjulet.gui.child_mode.parts import BigButton
from hjulet.gui.child_mode.pictures import AreaPicture


class ImportantPage(ChildPage):
    """The title, then an editor (teen) or a picture and a sentence (the others)."""

    text_changed = Signal(str)  # the teen's words, as typed

    def __init__(self, kit: PageKit, text: str) -> None:
        """``text``: what the conversation holds already."""
        super().__init__(kit)
        col = kit.column(self)
        col.addWidget(kit.readable("important_title", px=32, bold=True))
        self.edit: QPlainTextEdit | None = None
        if kit.tier is AgeTier.TEEN:
            col.addWidget(kit.readable("important_type", px=22))
            edit = kit.editor(20, kit.texts.important_title)
            edit.setPlainText(text)
            edit.textChanged.connect(lambda: self.text_changed.emit(edit.toPlainText()))
            self.edit = edit
            col.addWidget(edit, 1)
        else:
            row = QHBoxLayout()
            pic = AreaPicture(kit.lang, kit.theme, px=kit.px(20), side=kit.px(110))
            pic.set_area("heart", "")
            pic.setMaximumWidth(kit.px(120))
            row.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(kit.readable("important_say", px=28, first=True), 1)
            col.addLayout(row)
            col.addStretch(1)
        back, next_button = kit.nav(self, col)
        assert back is not None and next_button is not None
        self.back_button: BigButton = back
        self.next_button: BigButton = next_button

    def focus_target(self) -> QWidget | None:
        return self.edit or self.next_button

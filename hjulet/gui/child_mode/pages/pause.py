"""Pause: a calm page with one big button to go on where the child was."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hjulet.gui.child_mode.kit import ChildPage, PageKit


class PausePage(ChildPage):
    """ "Pause", a sentence and "go on"."""

    resume_asked = Signal()

    def __init__(self, kit: PageKit) -> None:
        super().__init__(kit)
        col = kit.column(self, 800)
        col.addStretch(1)
        col.addWidget(kit.readable("pause_title", px=40, bold=True))
        col.addWidget(kit.readable("pause_text", px=28))
        self.resume_button = kit.button(kit.texts.resume, "resume", 30)
        self.resume_button.setMinimumHeight(kit.px(96))
        self.resume_button.clicked.connect(lambda: self.resume_asked.emit())
        col.addWidget(self.resume_button)
        col.addStretch(2)

    def focus_target(self) -> QWidget | None:
        return self.resume_button

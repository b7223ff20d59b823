"""The adult's screen before handing over: the child's tier, contrast, PIN, how to leave.

This is the only child-mode screen that says how to leave; the adult reads it
before the child takes over.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hjulet.core.model import AgeTier
from hjulet.gui.child_mode.exit_gate import PIN_MAX, PIN_MIN, valid_pin
from hjulet.gui.child_mode.parts import PressableMixin
from hjulet.gui.fonts import font_for


class _Button(PressableMixin, QPushButton):
    pass


class HandoverPage(QWidget):
    """Choose the tier (the child's record gives the default), then hand over."""

    handed_over = Signal()
    cancelled = Signal()
    contrast_changed = Signal(bool)

    def __init__(
        self,
        tier: AgeTier,
        *,
        high_contrast: bool,
        pin_allowed: bool,
        lang: str = "sv",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(40, 16, 40, 16)
        col.setSpacing(8)
        title = QLabel(self.tr("Before you hand over to the child"))
        title.setFont(font_for(lang, 22, bold=True))
        title.setWordWrap(True)
        col.addWidget(title)
        self.tiers = QButtonGroup(self)
        labels = {
            AgeTier.YOUNG: self.tr("Youngest (about 4–7): big faces, one short sentence a screen"),
            AgeTier.MIDDLE: self.tr("Middle (about 8–12): worded steps, one area a screen"),
            AgeTier.TEEN: self.tr("Teenager (13–18): the whole wheel, own words typed"),
        }
        self.tier_buttons: dict[AgeTier, QRadioButton] = {}
        for value, text in labels.items():
            radio = QRadioButton(text)
            radio.setFont(font_for(lang, 15))
            radio.setChecked(value == tier)
            self.tiers.addButton(radio)
            self.tier_buttons[value] = radio
            col.addWidget(radio)
        self.contrast = QCheckBox(self.tr("High contrast"))
        self.contrast.setFont(font_for(lang, 15))
        self.contrast.setChecked(high_contrast)
        self.contrast.toggled.connect(self.contrast_changed)
        col.addWidget(self.contrast)
        self.pin: QLineEdit | None = None
        if pin_allowed:
            row = QHBoxLayout()
            pin_label = QLabel(self.tr("PIN to leave (optional, %1–%2 digits):"))
            pin_label.setText(
                pin_label.text().replace("%1", str(PIN_MIN)).replace("%2", str(PIN_MAX))
            )
            pin_label.setFont(font_for(lang, 15))
            self.pin = QLineEdit()
            self.pin.setEchoMode(QLineEdit.EchoMode.Password)
            self.pin.setMaxLength(PIN_MAX)
            self.pin.setAccessibleName(self.tr("PIN to leave child mode"))
            self.pin.setMaximumWidth(160)
            pin_label.setBuddy(self.pin)
            row.addWidget(pin_label)
            row.addWidget(self.pin)
            row.addStretch(1)
            col.addLayout(row)
        self.gesture = QLabel(
            self.tr(
                "To leave child mode: hold the small round button in the top corner for "
                "2 seconds, or press Ctrl+Shift+Q. You will be asked for your vault "
                "passphrase (or the PIN). The child's screens do not show this."
            )
        )
        self.gesture.setFont(font_for(lang, 15))
        self.gesture.setWordWrap(True)
        col.addWidget(self.gesture)
        self.message = QLabel()
        self.message.setFont(font_for(lang, 14))
        self.message.setWordWrap(True)
        col.addWidget(self.message)
        col.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = _Button(self.tr("Cancel"))
        self.start_button = _Button(self.tr("Hand over to the child"))
        for b in (self.cancel_button, self.start_button):
            b.setFont(font_for(lang, 16))
            b.setMinimumHeight(46)
            b.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancelled)
        self.start_button.clicked.connect(self._start)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        col.addLayout(buttons)

    def tier(self) -> AgeTier:
        for value, radio in self.tier_buttons.items():
            if radio.isChecked():
                return value
        return AgeTier.MIDDLE

    def pin_text(self) -> str:
        return self.pin.text() if self.pin is not None else ""

    def _start(self) -> None:
        pin = self.pin_text()
        if pin and not valid_pin(pin):
            self.message.setText(
                self.tr("A PIN is %1 to %2 digits.")
                .replace("%1", str(PIN_MIN))
                .replace("%2", str(PIN_MAX))
            )
            return
        self.message.clear()
        self.handed_over.emit()

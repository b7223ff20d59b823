"""Leaving child mode needs the adult's secret: the vault passphrase, or a PIN.

The PIN (only where the organisation's settings allow it) is set by the adult
when handing over and held only in memory, for this child-mode session. The
passphrase is checked through services, off the GUI thread (it runs the key
derivation). Each wrong try makes the next one wait longer; the child stays
in child mode whatever is typed.

"Back to the child" while the passphrase is being checked abandons the check:
a right passphrase then leaves nothing (the child is back at the keys), a wrong
one still counts towards the wait.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hjulet.app.tasks import run_in_background
from hjulet.core.errors import WrongPassphrase
from hjulet.gui.child_mode.parts import PressableMixin
from hjulet.gui.fonts import font_for

FIRST_DELAY_MS = 1000
MAX_DELAY_MS = 30_000
PIN_MIN, PIN_MAX = 4, 8


def retry_delay_ms(failures: int) -> int:
    """How long to wait after ``failures`` wrong tries in a row: 0, 1 s, 2 s, 4 s ... 30 s."""
    if failures <= 0:
        return 0
    return int(min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - 1)))


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX


class _Button(PressableMixin, QPushButton):
    pass


class ExitGate(QWidget):
    """The adult's screen to leave child mode: passphrase (or PIN), Leave, Back."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(
        self,
        verify_passphrase: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        lang: str = "sv",
    ) -> None:
        super().__init__(parent)
        self._verify = verify_passphrase
        self._pin: str | None = None
        self.failures = 0
        self.checking = False
        self._abandoned = False  # Back was pressed while checking
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._ready)
        col = QVBoxLayout(self)
        col.setContentsMargins(40, 24, 40, 24)
        col.setSpacing(14)
        col.addStretch(1)
        self.title = QLabel(self.tr("For the adult: leave child mode"))
        self.title.setFont(font_for(lang, 24, bold=True))
        self.title.setWordWrap(True)
        col.addWidget(self.title)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setFont(font_for(lang, 16))
        col.addWidget(self.prompt)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setFont(font_for(lang, 18))
        self.secret.setMinimumHeight(44)
        self.secret.setAccessibleName(self.tr("Passphrase or PIN"))
        self.secret.returnPressed.connect(self.submit)
        col.addWidget(self.secret)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(font_for(lang, 15))
        self.message.setAccessibleName(self.tr("Message"))
        col.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = _Button(self.tr("Back to the child"))
        self.leave_button = _Button(self.tr("Leave child mode"))
        for b in (self.back_button, self.leave_button):
            b.setFont(font_for(lang, 16))
            b.setMinimumHeight(48)
            b.setAutoDefault(False)
        self.back_button.clicked.connect(self.cancel)
        self.leave_button.clicked.connect(self.submit)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.leave_button)
        col.addLayout(row)
        col.addStretch(2)
        self._update_prompt()

    # -- the PIN -------------------------------------------------------------------
    def set_pin(self, pin: str | None) -> None:
        self._pin = pin or None
        self._update_prompt()

    @property
    def has_pin(self) -> bool:
        return self._pin is not None

    def _update_prompt(self) -> None:
        if self._pin:
            self.prompt.setText(self.tr("Type the PIN you chose, or your vault passphrase."))
        else:
            self.prompt.setText(self.tr("Type your vault passphrase."))

    # -- trying ----------------------------------------------------------------------
    def reset(self) -> None:
        """Shown again: an empty field (the count of wrong tries is kept)."""
        self.secret.clear()
        if not self._wait.isActive() and not self.checking:
            self.message.clear()
        self.secret.setFocus()

    def cancel(self) -> None:
        self.secret.clear()
        self._abandoned = self.checking
        self.cancelled.emit()

    @property
    def waiting(self) -> bool:
        return self._wait.isActive()

    def submit(self) -> None:
        if self.checking or self._wait.isActive():
            return
        secret = self.secret.text()
        self.secret.clear()
        if not secret:
            self.message.setText(self.tr("Type the passphrase first."))
            return
        if self._pin is not None and hmac.compare_digest(
            secret.encode("utf-8"), self._pin.encode("utf-8")
        ):
            self._passed()
            return
        self.checking = True
        self._abandoned = False
        self._set_enabled(False)
        self.message.setText(self.tr("Checking…"))
        run_in_background(lambda: self._verify(secret), self._checked, self._failed, owner=self)

    def _checked(self, _none: object) -> None:
        if self._abandoned:  # Back was pressed meanwhile: stay with the child
            self.checking = self._abandoned = False
            self._set_enabled(True)
            self.message.clear()
            return
        self._passed()

    def _passed(self) -> None:
        self.checking = False
        self.failures = 0
        self._set_enabled(True)
        self.message.clear()
        self.accepted.emit()

    def _failed(self, exc: BaseException) -> None:
        self.checking = self._abandoned = False
        self.failures += 1
        delay = retry_delay_ms(self.failures)
        if isinstance(exc, WrongPassphrase):
            text = self.tr("That was not right. You can try again in %1 seconds.")
        else:
            text = self.tr("It could not be checked. You can try again in %1 seconds.")
        self.message.setText(text.replace("%1", str(max(1, round(delay / 1000)))))
        self._set_enabled(False)
        self._wait.start(delay)

    def _ready(self) -> None:
        self._set_enabled(True)
        self.message.setText(self.tr("Try again."))
        self.secret.setFocus()

    def _set_enabled(self, on: bool) -> None:
        self.secret.setEnabled(on)
        self.leave_button.setEnabled(on)
        self.back_button.setEnabled(True)  # going back to the child is always possible
        if on:
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

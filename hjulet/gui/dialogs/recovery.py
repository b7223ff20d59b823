"""Passphrase strength feedback, showing/printing a recovery key, and recovery.

"Forgot the passphrase?" leads here: the printed recovery key and a new
passphrase open the vault again, and a *new* recovery key replaces the old one.

While a passphrase or a recovery key is being changed (off the GUI thread) these
dialogs do not close: Escape, Cancel and the close button say to wait, because the
change goes on either way and its outcome (a new key to write down) must be seen.
Nor can the change be started a second time meanwhile: typing in a field or ticking
"I have written it down" again enables no button while the first change runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.core.errors import WrongRecoveryKey
from hjulet.gui.errors import message_for
from hjulet.services.passphrase_strength import Hint, Strength, passphrase_strength


def busy(job: BackgroundJob | None) -> bool:
    return job is not None and job.running


def fit_height(dialog: QWidget) -> None:
    """Grow ``dialog`` to the height its wrapped texts need at its width (a message or
    busy bar that appears would otherwise squeeze the strength meter's hint)."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(dialog.width())
    else:
        need = dialog.sizeHint().height()
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def score_text(score: int) -> str:
    return (
        QCoreApplication.translate("Passphrase", "Very weak"),
        QCoreApplication.translate("Passphrase", "Weak"),
        QCoreApplication.translate("Passphrase", "Fair: acceptable"),
        QCoreApplication.translate("Passphrase", "Strong"),
        QCoreApplication.translate("Passphrase", "Very strong"),
    )[max(0, min(4, score))]


def hint_text(hint: Hint) -> str:
    return {
        Hint.EMPTY: QCoreApplication.translate("Passphrase", "Choose a passphrase."),
        Hint.TOO_SHORT: QCoreApplication.translate("Passphrase", "Use at least 12 characters."),
        Hint.COMMON: QCoreApplication.translate(
            "Passphrase", "This is one of the most used passwords: anyone would try it first."
        ),
        Hint.REPEATS: QCoreApplication.translate(
            "Passphrase", "Repeated characters or repeated parts add little."
        ),
        Hint.SEQUENCE: QCoreApplication.translate(
            "Passphrase", "Sequences such as 1234, abcd or qwerty are guessed early."
        ),
        Hint.CONTAINS_NAME: QCoreApplication.translate(
            "Passphrase", "Do not use the vault's name or your own name."
        ),
        Hint.ONE_CLASS: QCoreApplication.translate(
            "Passphrase", "Only one kind of character: mix in other words or characters."
        ),
        Hint.USE_WORDS: QCoreApplication.translate(
            "Passphrase",
            "Four or more unrelated words, such as 'kettle orbit lingon tram', are easy to "
            "remember and hard to guess.",
        ),
    }[hint]


class StrengthMeter(QWidget):
    """A bar, a word (never colour alone) and concrete advice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel()
        self.label.setObjectName("strengthLabel")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("strengthAdvice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self.strength = passphrase_strength("")
        self.update_for("")

    def update_for(self, passphrase: str, avoid: tuple[str, ...] = ()) -> Strength:
        s = passphrase_strength(passphrase, avoid=avoid)
        self.strength = s
        self.bar.setValue(s.score)
        self.label.setText(score_text(s.score))
        self.bar.setAccessibleDescription(score_text(s.score))
        lines = [hint_text(h) for h in s.hints[:3]]
        if s.hints == () or s.score >= 3:
            lines.append(
                self.tr(
                    "An estimate, not a promise: the strength counts length, words and kinds of "
                    "characters."
                )
            )
        self.advice.setText("\n".join(lines))
        return s


def busy_bar() -> QProgressBar:
    """An indeterminate, hidden progress bar for work running off the GUI thread."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def hidden_message(name: str = "") -> QLabel:
    """A word-wrapped label for a message, hidden until there is something to say."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def recovery_key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.5)
    font.setBold(True)
    return font


class RecoveryKeyView(QWidget):
    """The key in large, grouped, selectable letters, with a Print button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = ""
        self.vault_name = ""
        self.label = QLabel()
        self.label.setObjectName("recoveryKey")
        self.label.setFont(recovery_key_font())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setFrameShape(QLabel.Shape.Box)
        self.label.setMinimumHeight(64)
        self.label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print the recovery key…"))
        self.print_button.setAutoDefault(False)  # Enter never prints: printing is a click
        self.print_button.clicked.connect(self.print_key)
        self.print_status = QLabel()
        self.print_status.setObjectName("recoveryPrintStatus")
        self.print_status.setWordWrap(True)
        self._sheet = b""
        self._printer: Any = None  # a PdfPrinter, made on the first print (Qt's printing
        # and PDF modules are not loaded for the first screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.print_status, 1)
        row.addWidget(self.print_button)
        layout.addLayout(row)

    def set_key(self, key: str, vault_name: str = "") -> None:
        self.key, self.vault_name = key, vault_name
        groups = key.split("-")
        half = (len(groups) + 1) // 2
        self.label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.label.setAccessibleName(self.tr("Recovery key"))
        self.label.setAccessibleDescription(" ".join(" ".join(g) for g in groups))

    @property
    def printing(self) -> bool:
        """The sheet is on its way to the printer."""
        return self._printer is not None and bool(self._printer.printing)

    def print_key(self) -> None:
        """Print the recovery key…: the system's print dialog asks (paper only), then
        the sheet goes to the printer without blocking the GUI thread (a printer can
        hang); pressed again meanwhile, nothing happens."""
        from PySide6.QtPrintSupport import QPrinter

        from hjulet.gui.printing.printer import ask_printer

        if not self.key or self.printing:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        title = QCoreApplication.translate("Passphrase", "Print the recovery key")
        if ask_printer(self, printer, 1, title=title):
            self.print_to(printer)

    def print_to(self, printer: Any) -> bool:
        """Print the sheet with ``printer``'s settings (already chosen) in the print
        worker; False if nothing started."""
        from hjulet.gui.printing.printer import PdfPrinter

        if not self.key or self.printing:
            return False
        sheet = recovery_sheet_pdf(self.key, self.vault_name, printer.pageLayout())
        if self._printer is None:
            self._printer = PdfPrinter(
                self,
                document=lambda: self._sheet,
                show_status=self.print_status.setText,
                on_printed=lambda: None,  # a key's sheet is not an audited document
                no_windows=False,
            )
            self._printer.printing_changed.connect(
                lambda printing: self.print_button.setEnabled(not printing)
            )
        self._sheet = sheet
        try:
            return bool(self._printer.start(printer))
        finally:
            self._sheet = b""  # the job holds its own copy; none is kept here


def recovery_sheet_pdf(key: str, vault_name: str, layout: QPageLayout) -> bytes:
    """The recovery key's sheet as a one-page PDF in memory, on ``layout``'s paper and
    margins (painted here, quickly, into a buffer: only the printer can hang)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(layout)
    painter = QPainter(writer)  # its origin is the margins' top left corner
    page = QRectF(layout.paintRectPixels(writer.resolution()))
    paint_recovery_sheet(painter, QRectF(0, 0, page.width(), page.height()), key, vault_name)
    del writer
    return bytes(buffer.data().data())


def paint_recovery_sheet(painter: QPainter, page: QRectF, key: str, vault_name: str) -> None:
    """The printed sheet: title, vault, date, the key, and what to do with it."""
    try:
        x, w = page.x(), page.width()
        y = page.y()
        title = QFont(painter.font())
        title.setPointSizeF(18)
        title.setBold(True)
        body = QFont(painter.font())
        body.setPointSizeF(11)
        mono = recovery_key_font()
        mono.setPointSizeF(20)
        lines: list[tuple[QFont, str, float]] = [
            (title, QCoreApplication.translate("Passphrase", "Hjulet – recovery key"), 2.2),
            (
                body,
                QCoreApplication.translate("Passphrase", "Vault: %1").replace(
                    "%1", vault_name or "–"
                ),
                1.6,
            ),
            (
                body,
                QCoreApplication.translate("Passphrase", "Printed: %1").replace(
                    "%1", date.today().isoformat()
                ),
                2.6,
            ),
            (mono, key, 3.2),
            (
                body,
                QCoreApplication.translate(
                    "Passphrase",
                    "With this key and Hjulet you can set a new passphrase if the old one is "
                    "forgotten. Anyone who has this sheet and the vault can open it: keep it "
                    "locked away, apart from the computer. When you use it, Hjulet gives you a "
                    "new key and this one stops working.",
                ),
                8.0,
            ),
        ]
        for font, text, height in lines:
            painter.setFont(font)
            line_h = painter.fontMetrics().height()
            box = QRectF(x, y, w, line_h * height)
            painter.drawText(box, int(Qt.TextFlag.TextWordWrap), text)
            y += line_h * height
    finally:
        painter.end()


class ChangePassphraseDialog(QDialog):
    """Change the open vault's passphrase: the old one stops working at once."""

    def __init__(
        self, vault: services.Vault, parent: QWidget | None = None, *, kdf: object | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kdf = kdf
        self._job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The new passphrase replaces the old one at once. The recovery key stays the "
                "same. Backups made earlier still open with the passphrase they were made with."
            )
        )
        intro.setWordWrap(True)
        self.old_pass = QLineEdit()
        self.new_pass = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in (
            (self.old_pass, self.tr("Current passphrase")),
            (self.new_pass, self.tr("New passphrase")),
            (self.repeat, self.tr("Repeat the new passphrase")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.meter = StrengthMeter()
        self.message = hidden_message()
        self.busy = busy_bar()
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.old_pass)
        form.addRow(self.tr("New passphrase"), self.new_pass)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            self.tr("Change the passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        for edit in (self.old_pass, self.new_pass, self.repeat):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        strength = self.meter.update_for(self.new_pass.text(), (self.vault.name,))
        same = self.new_pass.text() == self.repeat.text()
        self.change_button.setEnabled(
            not busy(self._job) and bool(self.old_pass.text()) and strength.acceptable and same
        )
        if self.repeat.text() and not same:
            self.message.setText(self.tr("The two passphrases are not the same."))
            self.message.show()
        else:
            self.message.hide()

    def try_change(self) -> None:
        if busy(self._job) or not self.change_button.isEnabled():
            return
        vault, old, new, kdf = self.vault, self.old_pass.text(), self.new_pass.text(), self.kdf
        self.change_button.setEnabled(False)
        self.busy.show()
        self.message.hide()
        fit_height(self)

        def work() -> None:
            if kdf is None:
                services.change_vault_passphrase(vault, old, new)
            else:
                services.change_vault_passphrase(vault, old, new, kdf=kdf)  # type: ignore[arg-type]

        self._job = run_in_background(
            work,
            self._done,
            self._failed,
            owner=self,
            told=(
                self.tr("The passphrase was changed before the vault locked: use the new one."),
                self.tr("The passphrase was not changed: the old one still opens the vault."),
            ),
        )

    def reject(self) -> None:
        if busy(self._job):
            self.message.setText(self.tr("Wait, Hjulet is changing the passphrase."))
            self.message.show()
            fit_height(self)
            return
        super().reject()

    def _done(self, _result: object) -> None:
        self.busy.hide()
        for edit in (self.old_pass, self.new_pass, self.repeat):
            edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self._check()
        self.old_pass.selectAll()
        self.old_pass.setFocus()
        self.message.setText(message_for(exc))
        self.message.show()


class NewRecoveryKeyDialog(QDialog):
    """A new recovery key for the open vault (lost key, or a recovery that was cut off)."""

    def __init__(self, vault: services.Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.new_key = ""
        self._job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(540)
        self.pages = QStackedWidget()
        ask = QWidget()
        intro = QLabel(
            self.tr(
                "A new recovery key replaces the old one: the old key stops working at once. "
                "Type the vault's passphrase to continue."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.message = hidden_message()
        self.ask_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.ask_buttons.addButton(
            self.tr("Make a new recovery key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ask_buttons.accepted.connect(self.try_make)
        self.ask_buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.message)
        ask_layout.addWidget(self.ask_buttons)
        done = QWidget()
        done_text = QLabel(
            self.tr(
                "This is the NEW recovery key. Print it or write it down now and keep it "
                "locked away."
            )
        )
        done_text.setWordWrap(True)
        self.key_view = RecoveryKeyView()
        self.stored = QCheckBox(self.tr("I have printed or written down the new recovery key"))
        close_buttons = QDialogButtonBox()
        self.close_button = close_buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setEnabled(False)
        self.stored.toggled.connect(
            lambda on: self.close_button.setEnabled(on and not busy(self._job))
        )
        close_buttons.accepted.connect(self.confirm)
        self.done_message = hidden_message()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(done_text)
        done_layout.addWidget(self.key_view)
        done_layout.addWidget(self.stored)
        done_layout.addWidget(self.done_message)
        done_layout.addStretch()
        done_layout.addWidget(close_buttons)
        self.pages.addWidget(ask)
        self.pages.addWidget(done)
        QVBoxLayout(self).addWidget(self.pages)

    def try_make(self) -> None:
        vault, secret = self.vault, self.passphrase.text()
        if not secret or busy(self._job):
            return
        self.make_button.setEnabled(False)
        self._job = run_in_background(
            lambda: services.new_recovery_key(vault, secret),
            self._done,
            self._failed,
            owner=self,
            told=(
                self.tr(
                    "A new recovery key was made, but the vault locked before it was "
                    "confirmed as written down: the old recovery key still holds."
                ),
                self.tr("No new recovery key was made: the old one still holds."),
            ),
        )

    def _done(self, key: str) -> None:
        self.passphrase.clear()
        self.new_key = key
        self.key_view.set_key(key, self.vault.name)
        self.pages.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.passphrase.selectAll()
        self.message.setText(message_for(exc))
        self.message.show()

    def confirm(self) -> None:
        """The key was written down: only now does it replace the old one (off the GUI thread)."""
        if busy(self._job) or not self.stored.isChecked() or not self.close_button.isEnabled():
            return
        self.close_button.setEnabled(False)
        vault, key = self.vault, self.new_key
        self._job = run_in_background(
            lambda: services.confirm_recovery_key(vault, key),
            lambda _none: self.accept(),
            self._confirm_failed,
            owner=self,
            told=(
                self.tr("The new recovery key is in force: the old one no longer works."),
                self.tr("The new recovery key was not put in force: the old one still holds."),
            ),
        )

    def _confirm_failed(self, exc: BaseException) -> None:
        self.close_button.setEnabled(self.stored.isChecked())
        self.done_message.setText(message_for(exc))
        self.done_message.show()

    def reject(self) -> None:
        if busy(self._job):
            if self.pages.currentIndex() == 0:
                self.message.setText(self.tr("Wait, Hjulet is making the new recovery key."))
                self.message.show()
            else:
                self.done_message.setText(self.tr("Wait, Hjulet is saving the new recovery key."))
                self.done_message.show()
            return
        if self.pages.currentIndex() == 1 and not self.stored.isChecked():
            return  # the new key is shown once: do not lose it by Escape
        super().reject()


class RecoveryDialog(QDialog):
    """Recovery key + new passphrase -> a new passphrase and a new recovery key.

    ``recovered(path, new_passphrase)`` is emitted when the user closes the
    page with the new key, so the caller can open the vault.
    """

    recovered = Signal(object, str)

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        kdf: object | None = None,
        recover: Callable[..., str] = services.recover_vault,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.kdf = kdf
        self._recover = recover
        self.new_key = ""
        self._job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Recover the vault"))
        self.setMinimumWidth(540)
        self.pages = QStackedWidget()

        # page 1: the key and a new passphrase
        ask = QWidget()
        intro = QLabel(
            self.tr(
                "Type the recovery key you printed or wrote down when the vault was made, and "
                "choose a new passphrase. Letters may be typed in small or capital letters; "
                "dashes and spaces do not matter."
            )
        )
        intro.setWordWrap(True)
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_edit.setFont(recovery_key_font())
        self.key_edit.setMinimumWidth(
            self.key_edit.fontMetrics().horizontalAdvance(self.key_edit.placeholderText()) + 24
        )
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.new_pass = QLineEdit()
        self.new_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass.setAccessibleName(self.tr("New passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter = StrengthMeter()
        self.message = hidden_message("recoveryMessage")
        self.busy = busy_bar()
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.key_edit)
        form.addRow(self.tr("New passphrase"), self.new_pass)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it"), self.repeat)
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(QLabel(str(self.path)))
        ask_layout.addWidget(intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.message)
        ask_layout.addWidget(self.busy)
        self.ask_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.recover_button = self.ask_buttons.addButton(
            self.tr("Set the new passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ask_buttons.accepted.connect(self.try_recover)
        self.ask_buttons.rejected.connect(self.reject)
        ask_layout.addWidget(self.ask_buttons)

        # page 2: the new recovery key
        done = QWidget()
        done_text = QLabel(
            self.tr(
                "The vault has a new passphrase. Here is its NEW recovery key: the old one no "
                "longer works. Print it or write it down now and keep it locked away."
            )
        )
        done_text.setWordWrap(True)
        self.key_view = RecoveryKeyView()
        self.stored = QCheckBox(self.tr("I have printed or written down the new recovery key"))
        self.done_buttons = QDialogButtonBox()
        self.open_button = self.done_buttons.addButton(
            self.tr("Open the vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(False)
        self.stored.toggled.connect(
            lambda on: self.open_button.setEnabled(on and not busy(self._job))
        )
        self.done_buttons.accepted.connect(self._finish)
        self.done_message = hidden_message()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(done_text)
        done_layout.addWidget(self.key_view)
        done_layout.addWidget(self.stored)
        done_layout.addWidget(self.done_message)
        done_layout.addStretch()
        done_layout.addWidget(self.done_buttons)

        self.pages.addWidget(ask)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.new_pass.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self.key_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        s = self.meter.update_for(self.new_pass.text())
        same = self.new_pass.text() == self.repeat.text()
        self.recover_button.setEnabled(
            not busy(self._job) and bool(self.key_edit.text().strip()) and s.acceptable and same
        )
        if self.repeat.text() and not same:
            self._show(self.tr("The two passphrases are not the same."))
        else:
            self.message.hide()

    def _show(self, text: str) -> None:
        """A message on the page that shows (asking, or the new key)."""
        label = self.message if self.pages.currentIndex() == 0 else self.done_message
        label.setText(text)
        label.show()

    def try_recover(self) -> None:
        if busy(self._job) or not self.recover_button.isEnabled():
            return
        key, new, path, kdf = self.key_edit.text(), self.new_pass.text(), self.path, self.kdf
        self.recover_button.setEnabled(False)
        self.busy.show()
        self.message.hide()

        def work() -> str:
            if kdf is None:
                return self._recover(path, key, new)
            return self._recover(path, key, new, kdf=kdf)

        self._job = run_in_background(work, self._done, self._failed, owner=self)

    def _done(self, new_key: str) -> None:
        self.busy.hide()
        self.new_key = new_key
        self.key_view.set_key(new_key)
        self.pages.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self._check()
        if isinstance(exc, WrongRecoveryKey):
            self.key_edit.selectAll()
            self.key_edit.setFocus()
        self._show(message_for(exc))

    def _finish(self) -> None:
        """The new key was written down: confirm it (the used key then stops), then open."""
        if busy(self._job) or not self.open_button.isEnabled():
            return
        self.open_button.setEnabled(False)
        path, key = self.path, self.new_key

        def confirmed(_none: object) -> None:
            secret = self.new_pass.text()
            self.new_pass.clear()
            self.repeat.clear()
            self.key_edit.clear()
            self.recovered.emit(self.path, secret)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.open_button.setEnabled(self.stored.isChecked())
            self._show(message_for(exc))

        self._job = run_in_background(
            lambda: services.confirm_recovery_key(path, key), confirmed, failed, owner=self
        )

    def reject(self) -> None:
        if busy(self._job):
            self._show(
                self.tr("Wait, Hjulet is setting the new passphrase.")
                if self.pages.currentIndex() == 0
                else self.tr("Wait, Hjulet is saving the new recovery key.")
            )
            return
        if self.pages.currentIndex() == 1 and not self.stored.isChecked():
            # The passphrase has changed already: do not lose the new key by Escape.
            return
        super().reject()

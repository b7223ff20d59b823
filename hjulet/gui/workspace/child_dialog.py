"""Add or edit a child: a pseudonymous code and a first name or initials.

Hjulet never needs a personal identity number; typing one into the name or
code field shows a warning at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hjulet.core.languages import AddressForm
from hjulet.core.model import AgeTier, Child, generate_child_code
from hjulet.core.text import looks_like_personnummer
from hjulet.gui.language_names import language_name
from hjulet.gui.workspace.caseload_model import tier_text


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    action: str,
    on_yes: Callable[[], object],
    *,
    destructive: bool = False,
) -> QMessageBox:
    """A non-blocking question with a named action button; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def clicked(button: QAbstractButton) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.setObjectName("confirmBox")
    box.open()
    return box


class ChildDialog(QDialog):
    """Add (``child`` None) or edit a child. ``result_child()`` gives the edited value."""

    def __init__(
        self,
        child: Child | None = None,
        languages: Sequence[str] = ("sv",),
        parent: QWidget | None = None,
        save: Callable[[Child], Child | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = child
        self._save = save
        self.saved: Child | None = None
        self.setWindowTitle(self.tr("Add a child") if child is None else self.tr("Edit child"))
        self.setMinimumWidth(460)
        self.code = QLineEdit(child.code if child else generate_child_code())
        self.code.setAccessibleName(self.tr("Code"))
        self.name = QLineEdit(child.name if child else "")
        self.name.setPlaceholderText(self.tr("First name or initials"))
        self.name.setAccessibleName(self.tr("Name or initials"))
        self.warning = QLabel()
        self.warning.setObjectName("personnummerWarning")
        self.warning.setWordWrap(True)
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon = QLabel()
        self.warning_icon.setPixmap(icon.pixmap(20, 20))
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warn_row.addWidget(self.warning, 1)
        self.warning_box = QWidget()
        self.warning_box.setLayout(warn_row)
        self.warning_box.hide()
        self.birth_year = QSpinBox()
        this_year = date.today().year
        self.birth_year.setRange(this_year - 21, this_year)
        self.birth_year.setSpecialValueText(self.tr("Not given"))
        self.birth_year.setMinimum(this_year - 21)
        self.birth_year.setValue(
            child.birth_year if child and child.birth_year else self.birth_year.minimum()
        )
        self.tier = QComboBox()
        for tier in AgeTier:
            self.tier.addItem(tier_text(tier), tier)
        self.tier.setCurrentIndex(list(AgeTier).index(child.age_tier if child else AgeTier.MIDDLE))
        self._tier_touched = child is not None
        self.tier.activated.connect(self._touch_tier)
        self.birth_year.valueChanged.connect(self._year_changed)
        self.language = QComboBox()
        known = list(dict.fromkeys([*(child.languages if child else ()), *languages]))
        for code in known:
            self.language.addItem(language_name(code), code)
        if child and child.languages:
            self.language.setCurrentIndex(known.index(child.languages[0]))
        self.language.setAccessibleName(self.tr("Child's language"))
        self.address_form = QComboBox()
        self.address_form.setObjectName("addressForm")
        forms = (
            (AddressForm.UNSPECIFIED, self.tr("Not asked")),
            (AddressForm.GIRL, self.tr("As a girl")),
            (AddressForm.BOY, self.tr("As a boy")),
            (AddressForm.NEUTRAL, self.tr("Neutral, where the language has it")),
        )
        for form_value, text in forms:
            self.address_form.addItem(text, form_value.value)
        current = child.address_form if child else AddressForm.UNSPECIFIED
        self.address_form.setCurrentIndex(max(0, self.address_form.findData(current.value)))
        self.address_form.setAccessibleName(self.tr("How texts speak to the child"))
        self.address_form.setToolTip(
            self.tr(
                "Arabic, Tigrinya and Ukrainian speak differently to a girl and a boy. "
                "Ask the child how they want to be spoken to."
            )
        )
        self.keep = QCheckBox(self.tr("Keep until"))
        self.keep_until = QDateEdit()
        self.keep_until.setCalendarPopup(True)
        self.keep_until.setDisplayFormat("yyyy-MM-dd")
        if child and child.retention_until:
            self.keep.setChecked(True)
            self.keep_until.setDate(to_qdate(child.retention_until))
        else:
            self.keep_until.setDate(QDate.currentDate().addYears(1))
            self.keep_until.setEnabled(False)
        self.keep.toggled.connect(self.keep_until.setEnabled)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(self.keep_until, 1)

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name or initials"), self.name)
        form.addRow("", self.warning_box)
        form.addRow(self.tr("Born (year)"), self.birth_year)
        form.addRow(self.tr("Age group"), self.tier)
        form.addRow(self.tr("Child's language"), self.language)
        form.addRow(self.tr("Speak to the child"), self.address_form)
        form.addRow("", keep_row)
        note = QLabel(
            self.tr(
                "Keep as little as you can: the code and a first name or initials are enough. "
                "Hjulet never needs a personal identity number."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.code.textChanged.connect(self._check)
        self._check()

    def _touch_tier(self, _index: int) -> None:
        self._tier_touched = True

    def _year_changed(self, year: int) -> None:
        if self._tier_touched or year == self.birth_year.minimum():
            return
        tier = AgeTier.for_age(date.today().year - year)
        self.tier.setCurrentIndex(list(AgeTier).index(tier))

    @property
    def personnummer_warning_shown(self) -> bool:
        return not self.warning_box.isHidden()

    def _check(self) -> None:
        in_name = looks_like_personnummer(self.name.text())
        in_code = looks_like_personnummer(self.code.text())
        if in_name or in_code:
            self.warning.setText(
                self.tr(
                    "This looks like a personal identity number (personnummer). It is not needed "
                    "and should not be stored here: use a first name or initials, and the "
                    "generated code."
                )
            )
            if not self.warning_box.isVisible():
                self.warning_box.show()
                self.adjustSize()  # grow so the whole warning is readable
        else:
            self.warning_box.hide()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.code.text().strip()))

    def accept(self) -> None:
        """Save first; close only when the save worked, so nothing typed is lost."""
        if self._save is not None:
            saved = self._save(self.result_child())
            if saved is None:
                return  # the error was shown; the form stays as typed
            self.saved = saved
        super().accept()

    def result_child(self) -> Child:
        year = self.birth_year.value()
        birth_year = None if year == self.birth_year.minimum() else year
        first = str(self.language.currentData() or "sv")
        others = tuple(x for x in (self.original.languages if self.original else ()) if x != first)
        if first != "sv" and "sv" not in others:
            others = (*others, "sv")
        base = self.original or Child(id=None, code="")
        return replace(
            base,
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            birth_year=birth_year,
            age_tier=AgeTier(self.tier.currentData()),
            languages=(first, *others),
            address_form=AddressForm(str(self.address_form.currentData() or "")),
            retention_until=to_date(self.keep_until.date()) if self.keep.isChecked() else None,
        )

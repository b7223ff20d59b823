"""The consent register of one child: who consented, to whom, how, until when.

Expired and withdrawn consent is shown with text and an icon (never colour
only), and :class:`SharingIndicator` says plainly when nothing may be shared,
and whose consent is missing: consent is personal (``core.sharing``), so with
joint custody one guardian's consent does not let the child's answers through,
a guardian's own words need that guardian's own consent, and an other caregiver
(not a guardian) consents only to their own words being shown, never the child's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core.errors import HjuletError
from hjulet.core.model import Consent, ConsentForm, ConsentGiver
from hjulet.core.sharing import (
    ConsentState,
    child_consent,
    consent_state,
    guardians_without_consent,
    may_record_sole_custody,
    valid_consents,
)
from hjulet.gui.errors import message_for
from hjulet.gui.table_model import RowsModel
from hjulet.gui.typing_direction import follow_writing
from hjulet.gui.workspace.child_dialog import confirm, to_date

Index = QModelIndex | QPersistentModelIndex
CONSENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def status_text(c: Consent, today: date) -> str:
    status = consent_state(c, today)
    if status is ConsentState.WITHDRAWN:
        assert c.withdrawn_on is not None
        return QCoreApplication.translate("Consent", "Withdrawn %1").replace(
            "%1", c.withdrawn_on.isoformat()
        )
    if status is ConsentState.EXPIRED:
        assert c.valid_until is not None
        return QCoreApplication.translate("Consent", "Expired %1").replace(
            "%1", c.valid_until.isoformat()
        )
    if status is ConsentState.NOT_YET:
        return QCoreApplication.translate("Consent", "Not valid yet")
    return QCoreApplication.translate("Consent", "Valid")


def status_icon(status: ConsentState) -> QIcon:
    style = QApplication.style()
    pixmap = {
        ConsentState.VALID: QStyle.StandardPixmap.SP_DialogApplyButton,
        ConsentState.NOT_YET: QStyle.StandardPixmap.SP_MessageBoxInformation,
        ConsentState.EXPIRED: QStyle.StandardPixmap.SP_MessageBoxWarning,
        ConsentState.WITHDRAWN: QStyle.StandardPixmap.SP_DialogCancelButton,
    }[status]
    return style.standardIcon(pixmap)


def giver_text(giver: ConsentGiver) -> str:
    return {
        ConsentGiver.CHILD: QCoreApplication.translate("Consent", "The child"),
        ConsentGiver.GUARDIAN_1: QCoreApplication.translate("Consent", "Guardian 1"),
        ConsentGiver.GUARDIAN_2: QCoreApplication.translate("Consent", "Guardian 2"),
        ConsentGiver.OTHER_CAREGIVER: QCoreApplication.translate(
            "Consent", "Other caregiver (not a guardian)"
        ),
    }[giver]


def giver_in_sentence(giver: ConsentGiver) -> str:
    """The giver inside a sentence ("consent from the child, guardian 1")."""
    return {
        ConsentGiver.CHILD: QCoreApplication.translate("Consent", "the child"),
        ConsentGiver.GUARDIAN_1: QCoreApplication.translate("Consent", "guardian 1"),
        ConsentGiver.GUARDIAN_2: QCoreApplication.translate("Consent", "guardian 2"),
        ConsentGiver.OTHER_CAREGIVER: QCoreApplication.translate("Consent", "the other caregiver"),
    }[giver]


def consent_line(c: Consent) -> str:
    """One consent in words: giver, recipients, end date (or "until withdrawn")."""
    who = giver_in_sentence(c.given_by)
    if c.giver_name and c.giver_name.casefold() != who.casefold():
        who = f"{who} ({c.giver_name})"
    if c.sole_custody:
        who = QCoreApplication.translate("Consent", "%1 (sole custody)").replace("%1", who)
    if c.given_by is ConsentGiver.OTHER_CAREGIVER:
        who = QCoreApplication.translate("Consent", "%1 (their own words only)").replace("%1", who)
    to = ", ".join(c.recipients)
    if c.valid_until is not None:
        return (
            QCoreApplication.translate("Consent", "• Consent from %1: sharing with %2 until %3")
            .replace("%1", who)
            .replace("%2", to)
            .replace("%3", c.valid_until.isoformat())
        )
    return (
        QCoreApplication.translate("Consent", "• Consent from %1: sharing with %2 until withdrawn")
        .replace("%1", who)
        .replace("%2", to)
    )


def missing_text(consents: Sequence[Consent], today: date, *, explain: bool = True) -> str:
    """Whose consent the child's answers still need today, in words ("" when none is missing).

    Only when one guardian's consent is valid and not enough alone (joint custody):
    with no consent at all, the register's own "sharing blocked" says it. Without
    ``explain``, only who has consented and whose consent is missing (the consent
    dialog, whose hint explains the rule).
    """
    found = child_consent(consents, today)
    if not found and not found.partial and valid_consents(consents, today):
        # only an other caregiver's consent is valid: it covers only their own words
        return QCoreApplication.translate(
            "Consent",
            "Only the other caregiver has consented, and that covers only their own words.",
        )
    if found or not found.partial:
        return ""
    have = found.partial[0]
    [other] = guardians_without_consent(consents, today)
    if not explain:
        return (
            QCoreApplication.translate(
                "Consent", "Only %1 has consented; consent from %2 is missing."
            )
            .replace("%1", giver_in_sentence(have))
            .replace("%2", giver_in_sentence(other))
        )
    return (
        QCoreApplication.translate(
            "Consent",
            "Only %1 has consented; consent from %2 is missing. With joint custody both "
            "guardians must consent, or the child when mature enough to decide. If %1 alone "
            "has custody, record that with their consent.",
        )
        .replace("%1", giver_in_sentence(have))
        .replace("%2", giver_in_sentence(other))
    )


def form_text(form: ConsentForm) -> str:
    return {
        ConsentForm.ORAL: QCoreApplication.translate("Consent", "Oral"),
        ConsentForm.WRITTEN: QCoreApplication.translate("Consent", "Written"),
    }[form]


COLUMNS = ("status", "giver", "recipients", "form", "given", "until", "withdrawn")


class ConsentModel(RowsModel[Consent]):
    COLUMNS = COLUMNS

    """The consents of one child, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_rows(self, rows: list[Consent], today: date | None = None) -> None:
        self.today = today or date.today()
        super().set_rows(rows)

    def arrange(self, rows: list[Consent]) -> list[Consent]:
        return sorted(rows, key=lambda c: (c.given_on, c.id or 0), reverse=True)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Consent", "Status"),
            QCoreApplication.translate("Consent", "Given by"),
            QCoreApplication.translate("Consent", "Recipients"),
            QCoreApplication.translate("Consent", "Form"),
            QCoreApplication.translate("Consent", "Given on"),
            QCoreApplication.translate("Consent", "Valid until"),
            QCoreApplication.translate("Consent", "Withdrawn"),
        )

    def consent_at(self, row: int) -> Consent:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == CONSENT_ID_ROLE:
            return c.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            giver = giver_text(c.given_by)
            if c.giver_name and c.giver_name.strip().casefold() != giver.casefold():
                giver = (
                    QCoreApplication.translate("Consent", "%1 (%2)")
                    .replace("%1", giver)
                    .replace("%2", c.giver_name)
                )
            return {
                "status": status_text(c, self.today),
                "giver": giver,
                "recipients": ", ".join(c.recipients),
                "form": form_text(c.form),
                "given": c.given_on.isoformat(),
                "until": c.valid_until.isoformat()
                if c.valid_until
                else QCoreApplication.translate("Consent", "Until withdrawn"),
                "withdrawn": c.withdrawn_on.isoformat() if c.withdrawn_on else "–",
            }[column]
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return status_icon(consent_state(c, self.today))
        if role == SORT_ROLE:
            return {
                "status": list(ConsentState).index(consent_state(c, self.today)),
                "giver": list(ConsentGiver).index(c.given_by),
                "recipients": ", ".join(c.recipients).casefold(),
                "form": c.form.value,
                "given": c.given_on.toordinal(),
                "until": (c.valid_until or date.max).toordinal(),
                "withdrawn": (c.withdrawn_on or date.max).toordinal(),
            }[column]
        return None


class SharingIndicator(QFrame):
    """'Sharing blocked' when no valid consent covers the child's answers; else whom it may reach.

    With one guardian's consent alone (joint custody) it says whose is missing; with
    sharing allowed, it names each guardian whose own words are not covered.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingIndicator")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.blocked = True
        self.set_consents([])

    def set_consents(self, consents: list[Consent], today: date | None = None) -> None:
        today = today or date.today()
        valid = valid_consents(consents, today)
        # blocked: the child's answers may not be shared (one guardian's consent alone is
        # not enough with joint custody)
        self.blocked = not child_consent(consents, today)
        style = QApplication.style()
        tooltip = ""
        if self.blocked and valid:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            # one short line, then what is valid (the child page must fit at 150 %);
            # the rule in full is the tooltip
            head = (
                self.tr("Sharing of the child's answers blocked:")
                + " "
                + missing_text(consents, today, explain=False)
            )
            text = "\n".join([head, *(consent_line(c) for c in valid)])
            tooltip = missing_text(consents, today)
        elif self.blocked:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if consents:
                text = self.tr(
                    "Sharing blocked: every recorded consent has expired or been withdrawn. "
                    "Nothing from this child's conversations may be shared until new consent "
                    "is recorded."
                )
            else:
                text = self.tr(
                    "Sharing blocked: no consent is recorded for this child. Nothing from the "
                    "conversations may be shared until consent is recorded."
                )
        else:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            # a guardian's own words need that guardian's own consent: said in the
            # first line (the child page must fit at 150 % without scrolling)
            missing = guardians_without_consent(consents, today)
            if not missing:
                head = self.tr("Sharing allowed:")
            elif len(missing) == 1:
                head = self.tr(
                    "Sharing allowed (not %1's own words: no valid consent from %1):"
                ).replace("%1", giver_in_sentence(missing[0]))
            else:
                head = self.tr(
                    "Sharing allowed (not the guardians' own words: no valid consent from them):"
                )
            # one line per consent: who gave it, to whom, and until when, exactly
            text = "\n".join([head] + [consent_line(c) for c in valid])
        self.icon.setPixmap(icon.pixmap(24, 24))
        self.text.setText(text)
        self.text.setToolTip(tooltip)
        self.setAccessibleName(text)
        self.setProperty("blocked", self.blocked)


class ConsentDialog(QDialog):
    """Record one consent: each giver separately."""

    def __init__(
        self,
        child_id: int,
        parent: QWidget | None = None,
        existing: Sequence[Consent] = (),
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.child_id = child_id
        self.setWindowTitle(self.tr("Record consent"))
        self.setMinimumWidth(480)
        self.giver = QComboBox()
        for g in ConsentGiver:
            self.giver.addItem(giver_text(g), g)
        self.giver.setAccessibleName(self.tr("Given by"))
        # whose consent is missing, when one guardian's exists alone: said, and that
        # guardian offered first
        today = today or date.today()
        self.missing = QLabel(missing_text(existing, today, explain=False))
        self.missing.setObjectName("consentMissing")
        self.missing.setWordWrap(True)
        self.missing.setVisible(bool(self.missing.text()))
        if child_consent(existing, today).partial:
            [other] = guardians_without_consent(existing, today)
            self.giver.setCurrentIndex(self.giver.findData(other))
        self.sole = QCheckBox(self.tr("This guardian alone has custody (sole custody)"))
        # what an other caregiver's consent covers: shown while they are the giver
        self.caregiver_note = QLabel(
            self.tr(
                "An other caregiver (a foster parent, step-parent or grandparent who is not a "
                "guardian) consents only to what they say themselves being shown. Their consent "
                "never covers the child's answers or a guardian's words."
            )
        )
        self.caregiver_note.setObjectName("caregiverNote")
        self.caregiver_note.setWordWrap(True)
        self.sole.setToolTip(
            self.tr(
                "Tick only when you know that this guardian is the child's only guardian with "
                "custody. Then their consent alone lets the child's answers be shared."
            )
        )
        self.giver.currentIndexChanged.connect(self._giver_changed)
        self._giver_changed()
        self.giver_name = QLineEdit()
        self.giver_name.setPlaceholderText(self.tr("Optional: name or role, e.g. Mother"))
        self.recipients = follow_writing(QPlainTextEdit())
        self.recipients.setPlaceholderText(
            self.tr("One organisation or recipient per line, e.g. Social services")
        )
        self.recipients.setFixedHeight(90)
        self.recipients.setTabChangesFocus(True)
        self.oral = QRadioButton(form_text(ConsentForm.ORAL))
        self.written = QRadioButton(form_text(ConsentForm.WRITTEN))
        self.written.setChecked(True)
        self.form_group = QButtonGroup(self)
        self.form_group.addButton(self.oral)
        self.form_group.addButton(self.written)
        form_row = QHBoxLayout()
        form_row.addWidget(self.oral)
        form_row.addWidget(self.written)
        form_row.addStretch()
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        self.limited = QCheckBox(self.tr("Valid until"))
        self.limited.setChecked(True)
        self.valid_until = QDateEdit(QDate.currentDate().addYears(1))
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.limited.toggled.connect(self.valid_until.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.limited)
        until_row.addWidget(self.valid_until, 1)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional note (no health details)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Given by"), self.giver)
        form.addRow("", self.sole)
        form.addRow("", self.caregiver_note)
        form.addRow(self.tr("Name or role"), self.giver_name)
        form.addRow(self.tr("For these recipients"), self.recipients)
        form.addRow(self.tr("Form"), form_row)
        form.addRow(self.tr("Given on"), self.given_on)
        form.addRow("", until_row)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(
            self.tr(
                "Consent should be specific and time-limited, and can be withdrawn at any time. "
                "Record the child and each guardian separately: with joint custody both "
                "guardians must consent, and a child mature enough to decide can consent "
                "for themselves."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.missing)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Qt starts a new window at most two thirds of the screen tall: at 150 % on
        # 1366x768 that squeezed the form and the recipients box covered the rows under it
        # (also when the other caregiver's note appears after the dialog was shown)
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if self.height() < need:
            self.resize(self.width(), need)

    def consent(self) -> Consent:
        recipients = tuple(
            line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()
        )
        return Consent(
            id=None,
            child_id=self.child_id,
            given_by=ConsentGiver(self.giver.currentData()),
            recipients=recipients,
            form=ConsentForm.ORAL if self.oral.isChecked() else ConsentForm.WRITTEN,
            given_on=to_date(self.given_on.date()),
            valid_until=to_date(self.valid_until.date()) if self.limited.isChecked() else None,
            giver_name=self.giver_name.text(),
            note=self.note.text(),
            sole_custody=self.sole.isEnabled() and self.sole.isChecked(),
        )

    def _giver_changed(self, *_args: object) -> None:
        """Sole custody is a guardian's to record, never the child's nor an other
        caregiver's; what a caregiver's consent covers is said while they are the giver."""
        giver = self.giver.currentData()
        guardian = may_record_sole_custody(giver)
        self.sole.setEnabled(guardian)
        if not guardian:
            self.sole.setChecked(False)
        self.caregiver_note.setVisible(giver == ConsentGiver.OTHER_CAREGIVER)
        if self.isVisible():
            self._fit_height()

    def accept(self) -> None:
        c = self.consent()
        if not c.recipients:
            self.message.setText(self.tr("Name at least one recipient the consent covers."))
            self.message.show()
            return
        if c.valid_until is not None and c.valid_until < c.given_on:
            self.message.setText(self.tr("'Valid until' is before the date consent was given."))
            self.message.show()
            return
        super().accept()


class ConsentPanel(QWidget):
    """The register of one child: table, add, withdraw, and the sharing indicator."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: services.Vault | None = None
        self.child_id: int | None = None
        self.model = ConsentModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Consent register"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Record consent…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def set_child(self, vault: services.Vault | None, child_id: int | None) -> None:
        self.vault, self.child_id = vault, child_id
        self.refresh()

    def refresh(self) -> None:
        if self.vault is None or self.child_id is None:
            self.model.clear()
            return
        self.model.set_rows(services.list_consents(self.vault, self.child_id))
        self._selection()
        self.changed.emit()

    def consents(self) -> list[Consent]:
        return [self.model.consent_at(r) for r in range(self.model.rowCount())]

    def selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.consent_at(self.proxy.mapToSource(rows[0]).row())

    def _selection(self, *_args: object) -> None:
        c = self.selected()
        self.withdraw_button.setEnabled(c is not None and c.withdrawn_on is None)

    def add(self) -> None:
        if self.vault is None or self.child_id is None:
            return
        dialog = ConsentDialog(self.child_id, self, existing=self.consents())
        dialog.accepted.connect(lambda: self.save_new(dialog.consent()))
        dialog.open()

    def save_new(self, consent: Consent) -> bool:
        if self.vault is None:
            return False
        try:
            services.add_consent(self.vault, consent)
        except HjuletError as exc:
            QMessageBox.warning(self, self.tr("Consent"), message_for(exc))
            return False
        self.refresh()
        return True

    def withdraw_selected(self) -> None:
        c = self.selected()
        if c is None or c.id is None or self.vault is None:
            return
        consent_id = c.id
        self.confirm_box = confirm(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Record that this consent (%1) is withdrawn today? It then no longer allows "
                "sharing."
            ).replace("%1", giver_text(c.given_by)),
            self.tr("Withdraw"),
            lambda: self.withdraw(consent_id),
        )

    def withdraw(self, consent_id: int, on: date | None = None) -> None:
        if self.vault is None:
            return
        try:
            services.withdraw_consent(self.vault, consent_id, on)
        except HjuletError as exc:
            QMessageBox.warning(self, self.tr("Consent"), message_for(exc))
            return
        self.refresh()


__all__ = [
    "ConsentDialog",
    "ConsentModel",
    "ConsentPanel",
    "SharingIndicator",
]

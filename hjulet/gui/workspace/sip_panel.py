"""SIP preparation for one child: the question, participation, who does what.

Every change is saved at once (after a short pause in typing) through
``services.save_sip_plan``; ``flush()`` saves anything pending (before locking).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core.errors import HjuletError
from hjulet.core.model import SipAction, SipPlan
from hjulet.gui.errors import message_for
from hjulet.gui.typing_direction import follow_writing
from hjulet.gui.workspace.child_dialog import to_date, to_qdate

Index = QModelIndex | QPersistentModelIndex
SAVE_DELAY_MS = 400


class SipActionsModel(QAbstractTableModel):
    """Who does what by when: an editable table over SipAction values."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SipAction] = []

    def set_actions(self, actions: tuple[SipAction, ...] | list[SipAction]) -> None:
        self.beginResetModel()
        self._rows = list(actions)
        self.endResetModel()

    def actions(self) -> tuple[SipAction, ...]:
        return tuple(a for a in self._rows if a.who.strip() or a.what.strip() or a.by_when)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 3:
            return None
        return (
            QCoreApplication.translate("Sip", "Who"),
            QCoreApplication.translate("Sip", "Does what"),
            QCoreApplication.translate("Sip", "By when (YYYY-MM-DD)"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (a.who, a.what, a.by_when.isoformat() if a.by_when else "")[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        a = self._rows[index.row()]
        text = str(value or "").strip()
        if index.column() == 0:
            new = SipAction(text, a.what, a.by_when)
        elif index.column() == 1:
            new = SipAction(a.who, text, a.by_when)
        else:
            try:
                when = date.fromisoformat(text) if text else None
            except ValueError:
                return False
            new = SipAction(a.who, a.what, when)
        if new == a:
            return True
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(SipAction("", "", None))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()


class SipPanel(QWidget):
    """The preparation form; ``saved`` is emitted after each successful save."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: services.Vault | None = None
        self.child_id: int | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)

        self.question = follow_writing(QPlainTextEdit())
        self.question.setPlaceholderText(self.tr("What should the meeting answer?"))
        self.question.setAccessibleName(self.tr("Question for the meeting"))
        self.participation = follow_writing(QPlainTextEdit())
        self.participation.setPlaceholderText(
            self.tr("E.g. wants to be there for the first half hour, with the mentor beside")
        )
        self.participation.setAccessibleName(self.tr("How the child wants to take part"))
        self.attendees = follow_writing(QPlainTextEdit())
        self.attendees.setPlaceholderText(self.tr("Who is invited, one per line"))
        self.attendees.setAccessibleName(self.tr("Who attends"))
        for edit in (self.question, self.participation, self.attendees):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._changed)
        self.action_model = SipActionsModel(self)
        self.action_model.edited.connect(self._changed)
        self.table = QTableView()
        self.table.setModel(self.action_model)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Who does what by when"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        add = QPushButton(self.tr("Add a row"))
        add.clicked.connect(self._add_row)
        remove = QPushButton(self.tr("Remove row"))
        remove.clicked.connect(self._remove_row)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch()
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("Role or organisation"))
        self.responsible.textChanged.connect(self._changed)
        self.has_follow_up = QCheckBox(self.tr("Follow-up on"))
        self.follow_up_on = QDateEdit(QDate.currentDate().addMonths(2))
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_on.setEnabled(False)
        self.has_follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.has_follow_up.toggled.connect(self._changed)
        self.follow_up_on.dateChanged.connect(self._changed)
        self.follow_up_by = QLineEdit()
        self.follow_up_by.setPlaceholderText(self.tr("Who follows up"))
        self.follow_up_by.textChanged.connect(self._changed)
        follow = QHBoxLayout()
        follow.addWidget(self.has_follow_up)
        follow.addWidget(self.follow_up_on)
        follow.addWidget(QLabel(self.tr("by")))
        follow.addWidget(self.follow_up_by, 1)
        self.state_label = QLabel()
        self.state_label.setObjectName("sipSaveState")

        form = QFormLayout()
        form.addRow(self.tr("Question for the meeting"), self.question)
        form.addRow(self.tr("How the child wants to take part"), self.participation)
        form.addRow(self.tr("Who attends"), self.attendees)
        form.addRow(self.tr("Who does what by when"), self.table)
        form.addRow("", row_buttons)
        form.addRow(self.tr("Overall responsibility"), self.responsible)
        form.addRow(self.tr("Follow-up"), follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Preparation for the SIP meeting. It is saved as you type and goes into the SIP "
                "summary."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.state_label)
        layout.addStretch()

    # -- loading and saving -------------------------------------------------------
    def set_child(self, vault: services.Vault | None, child_id: int | None) -> None:
        self.flush()
        self.vault, self.child_id = vault, child_id
        plan = (
            services.get_sip_plan(vault, child_id)
            if vault is not None and child_id is not None
            else SipPlan(child_id=0)
        )
        self.load(plan)

    def load(self, plan: SipPlan) -> None:
        self._loading = True
        try:
            self.question.setPlainText(plan.question)
            self.participation.setPlainText(plan.participation)
            self.attendees.setPlainText(plan.attendees)
            self.action_model.set_actions(plan.actions)
            self.responsible.setText(plan.overall_responsible)
            self.has_follow_up.setChecked(plan.follow_up_on is not None)
            if plan.follow_up_on is not None:
                self.follow_up_on.setDate(to_qdate(plan.follow_up_on))
            self.follow_up_by.setText(plan.follow_up_by)
            self.state_label.clear()
        finally:
            self._loading = False

    def plan(self) -> SipPlan:
        return SipPlan(
            child_id=self.child_id or 0,
            question=self.question.toPlainText(),
            participation=self.participation.toPlainText(),
            attendees=self.attendees.toPlainText(),
            actions=self.action_model.actions(),
            overall_responsible=self.responsible.text(),
            follow_up_on=(
                to_date(self.follow_up_on.date()) if self.has_follow_up.isChecked() else None
            ),
            follow_up_by=self.follow_up_by.text(),
        )

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _changed(self, *_args: object) -> None:
        if self._loading or self.vault is None:
            return
        self.state_label.setText(self.tr("Saving…"))
        self._timer.start()

    def flush(self) -> None:
        """Save now what is pending, including a table cell still being edited."""
        if self.table.state() == QTableView.State.EditingState:
            # Moving the current index commits and closes the open editor (Qt does this
            # for the previous index), so the cell's text reaches the model first.
            self.table.setCurrentIndex(QModelIndex())
        if self._timer.isActive():
            self._timer.stop()
            self.save()

    def save(self) -> None:
        if self.vault is None or self.child_id is None or not self.vault.is_open:
            return
        try:
            services.save_sip_plan(self.vault, self.plan())
        except HjuletError as exc:
            text = message_for(exc)
            self.state_label.setText(text)
            self.failed.emit(text)
            return
        self.state_label.setText(self.tr("Saved."))
        self.saved.emit()

    def _add_row(self) -> None:
        row = self.action_model.add_row()
        index = self.action_model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove_row(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.action_model.remove_row(index.row())

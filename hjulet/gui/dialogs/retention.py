"""Reminders at unlock: children whose keep-until date has passed.

A calm list of codes. Each child can be deleted for real behind a confirmation
that says so, or exported first: the export is written, read back and checked, and
only then is the child deleted (``services.exchange.export_then_delete``, off the GUI
thread).

While an export-then-delete runs, nothing that would clash with it can start: the
rows' "Delete…" buttons and the Delete key do nothing and look disabled, "Export,
then delete…" and "Remind me later" are disabled, and a note under the table says
which child is being exported and why the rest waits. Everything comes back when the
work has ended, whether it succeeded or failed. The vault's lock waits for the work
and keeps the dialog open until it has ended. If the dialog is closed all the same,
the work goes on to its end unseen: the child is deleted only after a verified
export, and in one transaction.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QMouseEvent, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.core.errors import HjuletError
from hjulet.core.model import Child
from hjulet.gui.errors import message_for, output_refused
from hjulet.gui.places import documents_folder
from hjulet.gui.table_model import RowsModel
from hjulet.gui.workspace.child_dialog import confirm
from hjulet.services.exchange import export_then_delete

Index = QModelIndex | QPersistentModelIndex


class RetentionModel(RowsModel[Child]):
    """Children past their keep-until date, oldest date first."""

    COLUMNS = ("code", "name", "until", "action")

    def arrange(self, rows: list[Child]) -> list[Child]:
        return sorted(rows, key=lambda c: (c.retention_until or date.min, c.code))

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Retention", "Code"),
            QCoreApplication.translate("Retention", "Name"),
            QCoreApplication.translate("Retention", "Keep until"),
            "",
        )

    def child_at(self, row: int) -> Child:
        return self._rows[row]

    def remove_child(self, child_id: int) -> None:
        for n, c in enumerate(self._rows):
            if c.id == child_id:
                self.beginRemoveRows(QModelIndex(), n, n)
                del self._rows[n]
                self.endRemoveRows()
                return

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                c.code,
                c.name,
                c.retention_until.isoformat() if c.retention_until else "",
                "",
            )[index.column()]
        return None


class DeleteButtonDelegate(QStyledItemDelegate):
    """A "Delete…" push button drawn in each row (no widget per row: 600 rows stay fast)."""

    clicked = Signal(int)  # row

    def __init__(self, text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.enabled = True  # False: drawn disabled, and a click does nothing

    def _button(self, option: QStyleOptionViewItem) -> QStyleOptionButton:
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(4, 2, -4, -2)
        button.text = self.text
        button.state = QStyle.StateFlag.State_Raised
        button.palette = QPalette(option.palette)
        if self.enabled:
            button.state |= QStyle.StateFlag.State_Enabled
        else:  # styles draw disabled text from the palette's current group
            button.palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
        return button

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        QApplication.style().drawControl(
            QStyle.ControlElement.CE_PushButton, self._button(option), painter
        )

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if (
            self.enabled
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
        ):
            self.clicked.emit(index.row())
            return True
        return False


class RetentionDialog(QDialog):
    """Lists children past their date; ``deleted(child_id)`` after each deletion."""

    deleted = Signal(int)

    def __init__(
        self, vault: services.Vault, children: list[Child], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._job: BackgroundJob | None = None  # an export, then a delete
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Time to clear out"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "These children's keep-until dates have passed. Hjulet is a conversation aid, "
                "not the record: copy what must be kept into the journal or case system, then "
                "delete the child here. Nothing happens until you choose to delete."
            )
        )
        intro.setWordWrap(True)
        self.model = RetentionModel(self)
        self.model.set_rows(children)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Children past their keep-until date"))
        self.table.setAccessibleDescription(
            self.tr("Select a child and press Delete to delete the child for good.")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 160)
        header.resizeSection(2, 110)
        header.resizeSection(3, 120)
        self.delegate = DeleteButtonDelegate(self.tr("Delete…"), self)
        self.delegate.clicked.connect(self._delete_row)
        self.table.setItemDelegateForColumn(3, self.delegate)
        self.delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_key.activated.connect(self._delete_selected)
        self.export_button = QPushButton(self.tr("Export, then delete…"))
        self.export_button.setToolTip(
            self.tr(
                "Write the selected child to an export file, check the file, and only then "
                "delete the child from the vault."
            )
        )
        self.export_button.clicked.connect(self._export_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.empty = QLabel(self.tr("Nothing is past its keep-until date."))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.wait_note = QLabel()
        self.wait_note.setObjectName("retentionWaitNote")
        self.wait_note.setWordWrap(True)
        self.wait_note.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Exporting, then deleting"))
        self.busy.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = buttons.addButton(
            self.tr("Remind me later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.wait_note)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self._update_actions()
        self.confirm_box: QMessageBox | None = None

    @property
    def working(self) -> bool:
        """True while a child is being exported and then deleted."""
        return self._job is not None and self._job.running

    def _update_actions(self) -> None:
        """What may start now: nothing that would clash with running work."""
        idle = not self.working
        self.delegate.enabled = idle
        self.table.viewport().update()  # the rows' buttons are drawn, not widgets
        self.delete_key.setEnabled(idle)
        self.export_button.setEnabled(idle and self._selected_id() is not None)
        self.later_button.setEnabled(idle)
        self.busy.setVisible(not idle)

    def _delete_row(self, row: int) -> None:
        if self.working:
            return
        if 0 <= row < self.model.rowCount():
            child_id = self.model.child_at(row).id
            if child_id is not None:
                self.ask_delete(child_id)

    def _delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._delete_row(rows[0].row())

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.child_at(rows[0].row()).id if rows else None

    def _export_selected(self) -> None:
        child_id = self._selected_id()
        if child_id is None or self.working:
            return
        encrypt = (
            QMessageBox.question(
                self,
                self.tr("Export, then delete"),
                self.tr(
                    "Encrypt the export with a passphrase of its own? Choose No only if the "
                    "file goes straight into the case system and is then deleted."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            == QMessageBox.StandardButton.Yes
        )
        out, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export, then delete"),
            documents_folder(),
            self.tr("Encrypted export (*.hbk)") if encrypt else self.tr("JSON (*.json)"),
        )
        if not out or output_refused(self, out):
            return
        passphrase = None
        if encrypt:
            from hjulet.gui.dialogs.backup import PassphraseDialog

            ask = PassphraseDialog(
                self,
                self.tr("Export, then delete"),
                self.tr(
                    "Choose a passphrase for the export file and tell it to the receiver "
                    "another way than the file."
                ),
                new=True,
            )
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
            passphrase = ask.passphrase()
        self.export_then_delete(child_id, Path(out), passphrase)

    def _code_of(self, child_id: int) -> str:
        return next(
            (
                self.model.child_at(r).code
                for r in range(self.model.rowCount())
                if self.model.child_at(r).id == child_id
            ),
            "",
        )

    def export_then_delete(self, child_id: int, out: Path, passphrase: str | None) -> None:
        """Export, verify the file by reading it back, then delete (off the GUI thread).

        Until it has ended nothing else in the dialog can start (see the module's text)."""
        if self.working:
            return
        vault = self.vault

        def done(_info: object) -> None:
            self.wait_note.hide()
            self._remove(child_id)

        def failed(exc: BaseException) -> None:
            self.wait_note.hide()
            self._update_actions()
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export, then delete"),
                message_for(exc),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.error_box = box
            box.open()

        self._job = run_in_background(
            lambda: export_then_delete(vault, child_id, out, passphrase=passphrase),
            done,
            failed,
            owner=self,
        )
        self.wait_note.setText(
            self.tr(
                "Exporting %1, then deleting it once the file has been checked. Other "
                "deletions and closing wait until this is done."
            ).replace("%1", self._code_of(child_id))
        )
        self.wait_note.show()
        self._update_actions()

    def reject(self) -> None:
        """Not while a child is being exported and deleted: the caseload must learn
        of the deletion (the vault's lock waits for the work, then closes the dialog)."""
        if self._job is not None and self._job.running:
            self.wait_note.setText(
                self.tr("Wait, Hjulet is exporting the child and then deleting it.")
            )
            self.wait_note.show()
            return
        super().reject()

    def ask_delete(self, child_id: int) -> QMessageBox | None:
        if self.working:
            return None
        code = self._code_of(child_id)
        self.confirm_box = confirm(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete %1 and everything about this child: conversations, words, consent and "
                "SIP preparation? Deletion is permanent and cannot be undone. Export or copy "
                "what must be kept first."
            ).replace("%1", code),
            self.tr("Delete permanently"),
            lambda: self.delete(child_id),
            destructive=True,
        )
        return self.confirm_box

    def delete(self, child_id: int) -> bool:
        if self.working:  # never beside an export-then-delete
            return False
        try:
            services.delete_child(self.vault, child_id)
        except HjuletError as exc:
            QMessageBox.warning(self, self.tr("Delete"), message_for(exc))
            return False
        self._remove(child_id)
        return True

    def _remove(self, child_id: int) -> None:
        """The child is gone: its row goes, and the selection does not slide onto the
        next child (the next export must be chosen, not inherited)."""
        self.model.remove_child(child_id)
        self.table.clearSelection()
        self.empty.setVisible(self.model.rowCount() == 0)
        self._update_actions()
        self.deleted.emit(child_id)

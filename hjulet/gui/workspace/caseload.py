"""The caseload page: the professional's children in one table, filtered as they type.

:class:`CaseloadPage` shows the children of the open vault (:meth:`CaseloadPage.load`)
with a filter, a "show archived" switch and the buttons for the selected child. It
changes nothing itself: it says what the user asked for through signals, and the
main window (the shell) does it (add, edit, archive or open a child).

The texts keep the translation context "MainWindow" they have always had.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core.model import Child, ChildSummary
from hjulet.core.sharing import ConsentStatus
from hjulet.gui.workspace.caseload_model import CHILD_ID_ROLE, CaseloadFilter, CaseloadModel


class CaseloadPage(QWidget):
    """The children: table, filter, archived switch, and add / edit / archive / open."""

    open_requested = Signal(int)  # child id: show the child's page
    add_requested = Signal()
    edit_requested = Signal(int)  # child id
    archive_requested = Signal(int)  # child id: archive it, or restore it if archived
    selection_changed = Signal(object)  # the selected child's id, or None
    show_archived_changed = Signal(bool)

    def __init__(self, show_archived: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_show_archived(show_archived)

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_needle)
        self.show_archived = QCheckBox()
        self.show_archived.setChecked(show_archived)
        self.show_archived.toggled.connect(self._archived_toggled)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_requested.emit))
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(
            lambda: self._with_selected(self.archive_requested.emit)
        )
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_requested.emit))
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.show_archived)
        for b in (self.add_button, self.edit_button, self.archive_button, self.open_button):
            bar.addWidget(b)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # every heading readable at 150 %: columns as wide as their contents and
        # headings (the view measures the visible rows only); the last takes the rest,
        # and a narrow screen scrolls the table sideways rather than cut a heading
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the visible rows only: 2,000 rows stay fast
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # an empty caseload says what to do next, with the button to do it
        self.empty_hint = QWidget()
        self.empty_hint.setObjectName("emptyCaseload")
        empty = QVBoxLayout(self.empty_hint)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_add_button = QPushButton()
        self.empty_add_button.clicked.connect(self.add_requested)
        empty.addStretch(1)
        empty.addWidget(self.empty_text)
        empty.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty.addStretch(2)
        self.empty_hint.hide()

        # children loaded, none shown: the filter (or hiding the archived) says so, rather
        # than leave a blank table
        self.no_match = QLabel()
        self.no_match.setObjectName("noMatch")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_no_match)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the language now installed (rows too)."""
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Filter by code, name, language or consent…")
        )
        self.filter_edit.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Filter children")
        )
        self.show_archived.setText(QCoreApplication.translate("MainWindow", "Show archived"))
        self.add_button.setText(QCoreApplication.translate("MainWindow", "Add a child…"))
        self.edit_button.setText(QCoreApplication.translate("MainWindow", "Edit…"))
        self.open_button.setText(QCoreApplication.translate("MainWindow", "Open"))
        self.table.horizontalHeader().setToolTip(
            QCoreApplication.translate("MainWindow", "Click a column to sort by it")
        )
        self.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Children"))
        self.empty_text.setText(
            QCoreApplication.translate(
                "MainWindow",
                "No children yet. Add the first child you will talk with: a code (or a "
                "name), the birth year and the child's languages. Then start a conversation "
                "from the child's page.",
            )
        )
        self.empty_add_button.setText(
            QCoreApplication.translate("MainWindow", "Add the first child…")
        )
        self.model.retranslate()  # titles and the texts made when the rows were set
        self._update_no_match()
        self._selection_changed()  # the archive button says Archive or Restore

    # -- the rows ------------------------------------------------------------------
    def load(self, vault: services.Vault) -> None:
        """Read the children (archived ones too: the filter hides them), keep the selection."""
        rows = services.list_children(vault, include_archived=True)
        self.set_rows(rows, services.consent_statuses(vault))

    def set_rows(self, rows: Sequence[ChildSummary], consents: dict[int, ConsentStatus]) -> None:
        selected = self.selected_child_id()
        self.proxy.set_show_archived(self.show_archived.isChecked())
        self.model.set_rows(list(rows), consents)
        if selected is not None:
            self.select_child(selected)
        self.empty_hint.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def clear(self) -> None:
        """The vault locked: no row and no needle remain."""
        self.model.clear()
        self.filter_edit.clear()

    def loaded_children(self) -> list[Child]:
        """Every child loaded, archived ones too."""
        return [self.model.row_at(r).child for r in range(self.model.rowCount())]

    def active_count(self) -> int:
        """How many children are not archived."""
        return sum(not self.model.is_archived(r) for r in range(self.model.rowCount()))

    # -- the filter ------------------------------------------------------------------
    def _update_no_match(self, *_args: object) -> None:
        hidden = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        if hidden:
            self.no_match.setText(
                QCoreApplication.translate("MainWindow", "No child matches the filter.")
                if self.proxy.needle
                else QCoreApplication.translate(
                    "MainWindow", "Every child is archived: tick Show archived to see them."
                )
            )
        self.no_match.setVisible(hidden)

    def focus_filter(self, select_all: bool = False) -> None:
        self.filter_edit.setFocus()
        if select_all:
            self.filter_edit.selectAll()

    def set_show_archived(self, on: bool) -> None:
        self.show_archived.setChecked(on)

    def _archived_toggled(self, on: bool) -> None:
        self.proxy.set_show_archived(on)
        self.show_archived_changed.emit(on)

    # -- the selection -----------------------------------------------------------------
    def selected_child_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(CHILD_ID_ROLE)
        return int(value) if value is not None else None

    def select_child(self, child_id: int) -> None:
        row = self.model.row_for_child(child_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())

    def _with_selected(self, act: Callable[[int], object]) -> None:
        child_id = self.selected_child_id()
        if child_id is not None:
            act(child_id)

    def _selection_changed(self, *_args: object) -> None:
        child_id = self.selected_child_id()
        for b in (self.edit_button, self.archive_button, self.open_button):
            b.setEnabled(child_id is not None)
        archived = False
        if child_id is not None:
            row = self.model.row_for_child(child_id)
            archived = row >= 0 and self.model.row_at(row).child.archived
        self.archive_button.setText(
            QCoreApplication.translate("MainWindow", "Restore")
            if archived
            else QCoreApplication.translate("MainWindow", "Archive")
        )
        self.selection_changed.emit(child_id)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(CHILD_ID_ROLE)
        if value is not None:
            self.open_requested.emit(int(value))

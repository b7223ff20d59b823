"""The caseload as a Qt table model over ChildSummary rows, with a filter proxy."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from hjulet.core.model import AgeTier, ChildSummary

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("code", "name", "age_tier", "conversations", "last", "follow_up", "retention")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def tier_text(tier: AgeTier) -> str:
    return {
        AgeTier.YOUNG: QCoreApplication.translate("Caseload", "Young (faces)"),
        AgeTier.MIDDLE: QCoreApplication.translate("Caseload", "Middle (words)"),
        AgeTier.TEEN: QCoreApplication.translate("Caseload", "Teen (words + numbers)"),
    }[tier]


def begin_rows_filter_change(proxy: QSortFilterProxyModel) -> None:
    """Start changing a row filter (Qt >= 6.10 API when present)."""
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()


def end_rows_filter_change(proxy: QSortFilterProxyModel) -> None:
    """Apply a changed row filter; older Qt falls back to invalidateRowsFilter()."""
    if hasattr(proxy, "endFilterChange"):
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt < 6.10
        proxy.invalidateRowsFilter()


def _date(d: date | None) -> str:
    return d.isoformat() if d else "–"


class CaseloadModel(QAbstractTableModel):
    """One row per child. Holds the rows only while the vault is open (``clear`` on lock)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChildSummary] = []
        self._keys: list[str] = []  # casefolded "code\nname" per row, for the filter
        self.today = date.today()

    def set_rows(self, rows: list[ChildSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [f"{r.child.code}\n{r.child.name}".casefold() for r in self._rows]
        self.today = date.today()
        self.endResetModel()

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def row_for_child(self, child_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.child.id == child_id:
                return n
        return -1

    def is_overdue(self, row: int) -> bool:
        keep = self._rows[row].child.retention_until
        return keep is not None and keep < self.today

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> ChildSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            QCoreApplication.translate("Caseload", "Code"),
            QCoreApplication.translate("Caseload", "Name"),
            QCoreApplication.translate("Caseload", "Age group"),
            QCoreApplication.translate("Caseload", "Conversations"),
            QCoreApplication.translate("Caseload", "Last conversation"),
            QCoreApplication.translate("Caseload", "Next follow-up"),
            QCoreApplication.translate("Caseload", "Keep until"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == CHILD_ID_ROLE:
            return r.child.id
        if role == Qt.ItemDataRole.DisplayRole:
            name = r.child.name
            if r.child.archived:
                name = QCoreApplication.translate("Caseload", "%1 (archived)").replace("%1", name)
            retention = _date(r.child.retention_until)
            if column == "retention" and self.is_overdue(index.row()):
                retention = QCoreApplication.translate("Caseload", "%1 – past").replace(
                    "%1", retention
                )
            return {
                "code": r.child.code,
                "name": name,
                "age_tier": tier_text(r.child.age_tier),
                "conversations": str(r.conversations),
                "last": _date(r.last_conversation),
                "follow_up": _date(r.next_follow_up),
                "retention": retention,
            }[column]
        if role == Qt.ItemDataRole.FontRole and r.child.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == "retention":
            if self.is_overdue(index.row()) and QApplication.instance() is not None:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == "retention":
            if self.is_overdue(index.row()):
                return QCoreApplication.translate(
                    "Caseload",
                    "The keep-until date has passed: export what must be kept, then delete.",
                )
            return None
        if role == SORT_ROLE:
            return {
                "code": r.child.code,
                "name": r.child.name.casefold(),
                "age_tier": list(AgeTier).index(r.child.age_tier),
                "conversations": r.conversations,
                "last": (r.last_conversation or date.min).toordinal(),
                "follow_up": (r.next_follow_up or date.max).toordinal(),
                "retention": (r.child.retention_until or date.max).toordinal(),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "conversations":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CaseloadFilter(QSortFilterProxyModel):
    """Filter-as-you-type over code and name, case- and accent-insensitive enough."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_needle(self, text: str) -> None:
        needle = text.strip().casefold().replace("\n", " ")
        if needle == self._needle:
            return
        begin_rows_filter_change(self)
        self._needle = needle
        end_rows_filter_change(self)

    @property
    def needle(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, CaseloadModel)
        return self._needle in model.search_key(source_row)

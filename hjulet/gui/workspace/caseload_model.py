"""The caseload as a Qt table model over ChildSummary rows, with a filter proxy."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from hjulet.core.model import AgeTier, ChildSummary
from hjulet.core.sharing import ConsentStatus
from hjulet.gui.language_names import language_in_ui
from hjulet.gui.table_model import RowsModel

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "code",
    "name",
    "language",
    "age_tier",
    "conversations",
    "last",
    "follow_up",
    "consent",
    "retention",
)
# consent, least covered first when sorted ascending
CONSENT_ORDER = {ConsentStatus.NONE: 0, ConsentStatus.ENDING_SOON: 1, ConsentStatus.VALID: 2}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Roles as plain ints: data() is asked thousands of times per repaint, and an enum
# attribute look-up per call is a good part of its cost.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SORT = int(SORT_ROLE)
_CHILD_ID = int(CHILD_ID_ROLE)
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
# every role data() answers; the view asks about a dozen per cell and most get None
_ANSWERED = frozenset({_DISPLAY, _SORT, _CHILD_ID, _FONT, _DECORATION, _TOOLTIP, _ALIGNMENT})
# what a flat table model (QAbstractTableModel) gives every valid cell
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
_RETENTION = COLUMNS.index("retention")
_CONVERSATIONS = COLUMNS.index("conversations")


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


def consent_text(status: ConsentStatus) -> str:
    return {
        ConsentStatus.VALID: QCoreApplication.translate("Caseload", "Valid"),
        ConsentStatus.ENDING_SOON: QCoreApplication.translate("Caseload", "Ending soon"),
        ConsentStatus.NONE: QCoreApplication.translate("Caseload", "None"),
    }[status]


def _date(d: date | None) -> str:
    return d.isoformat() if d else "–"


class CaseloadModel(RowsModel[ChildSummary]):
    """One row per child. Holds the rows only while the vault is open (``clear`` on lock)."""

    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []  # casefolded "code\nname" per row, for the filter
        self._sort: list[tuple[Any, ...]] = []  # per row, one sort key per column
        self._consent: dict[int, ConsentStatus] = {}
        self._language_names: dict[str, str] = {}
        self._consent_texts: dict[ConsentStatus, str] = {}
        # per row, the text of every column (COLUMNS order), made once in set_rows:
        # a repaint and the filter read these, never the dataclasses
        self._cells: list[tuple[str, ...]] = []
        self.generation = 0  # changes whenever the rows or their order change
        self.today = date.today()
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(
        self, rows: list[ChildSummary], consent: dict[int, ConsentStatus] | None = None
    ) -> None:
        """``consent``: each child's consent status (missing: none)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._consent = dict(consent or {})
        self._consent_texts = {status: consent_text(status) for status in ConsentStatus}
        tiers = list(AgeTier)
        sort = [
            (
                r.child.code,
                r.child.name.casefold(),
                self._language(r).casefold(),
                tiers.index(r.child.age_tier),
                r.conversations,
                (r.last_conversation or date.min).toordinal(),
                (r.next_follow_up or date.max).toordinal(),
                CONSENT_ORDER[self.consent(r)],
                (r.child.retention_until or date.max).toordinal(),
            )
            for r in self._rows
        ]
        order = self._order(sort, self.sort_column, self.sort_order)
        self._rows = [self._rows[i] for i in order]
        self._sort = [sort[i] for i in order]
        # the filter matches code, name, language and consent status as shown
        self._keys = [
            f"{r.child.code}\n{r.child.name}\n{self._language(r)}\n"
            f"{self._consent_texts[self.consent(r)]}".casefold()
            for r in self._rows
        ]
        self.today = date.today()
        self._cells = self._texts()
        self.generation += 1
        self.endResetModel()

    def _texts(self) -> list[tuple[str, ...]]:
        """Every row's cell texts, in COLUMNS order (a new column: a new entry in
        COLUMNS and in the tuple below). Translations are looked up once per set,
        not per row: 20,000 children are 20,000 tuples of plain strings."""
        tiers = {tier: tier_text(tier) for tier in AgeTier}
        archived = QCoreApplication.translate("Caseload", "%1 (archived)")
        past = QCoreApplication.translate("Caseload", "%1 – past")
        today = self.today
        texts: list[tuple[str, ...]] = []
        for r in self._rows:
            c = r.child
            keep = _date(c.retention_until)
            if c.retention_until is not None and c.retention_until < today:
                keep = past.replace("%1", keep)
            texts.append(
                (
                    c.code,
                    archived.replace("%1", c.name) if c.archived else c.name,
                    self._language(r),
                    tiers[c.age_tier],
                    str(r.conversations),
                    _date(r.last_conversation),
                    _date(r.next_follow_up),
                    self._consent_texts[self.consent(r)],
                    keep,
                )
            )
        return texts

    def retranslate(self) -> None:
        """Column titles and cell texts again, in the language now installed."""
        self._language_names.clear()
        self._consent_texts = {status: consent_text(status) for status in ConsentStatus}
        self._cells = self._texts()
        last = len(COLUMNS) - 1
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    @staticmethod
    def _order(keys: list[tuple[Any, ...]], column: int, order: Qt.SortOrder) -> list[int]:
        return sorted(
            range(len(keys)),
            key=lambda i: (keys[i][column], keys[i][0]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (one Python sort: ~1 ms for 2,000 children).

        The filter proxy forwards its sort here and never sorts on its own, so
        filtering as you type does not re-sort through thousands of lessThan calls.
        """
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        new_order = self._order(self._sort, column, order)
        position = [0] * len(new_order)
        for new, old in enumerate(new_order):
            position[old] = new
        self._rows = [self._rows[i] for i in new_order]
        self._sort = [self._sort[i] for i in new_order]
        self._keys = [self._keys[i] for i in new_order]
        self._cells = [self._cells[i] for i in new_order]
        self.generation += 1
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(position[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def consent(self, r: ChildSummary) -> ConsentStatus:
        return self._consent.get(r.child.id or -1, ConsentStatus.NONE)

    def _language(self, r: ChildSummary) -> str:
        code = r.child.languages[0] if r.child.languages else "sv"
        name = self._language_names.get(code)
        if name is None:
            name = self._language_names[code] = language_in_ui(code)
        return name

    def sort_key(self, row: int, column: int) -> Any:
        return self._sort[row][column]

    def is_archived(self, row: int) -> bool:
        return self._rows[row].child.archived

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def search_keys(self) -> list[str]:
        """Every row's search key, in row order (for a filter's one pass)."""
        return self._keys

    def archived_rows(self) -> list[bool]:
        return [r.child.archived for r in self._rows]

    def row_for_child(self, child_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.child.id == child_id:
                return n
        return -1

    def is_overdue(self, row: int) -> bool:
        keep = self._rows[row].child.retention_until
        return keep is not None and keep < self.today

    def row_at(self, row: int) -> ChildSummary:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Caseload", "Code"),
            QCoreApplication.translate("Caseload", "Name or initials"),
            QCoreApplication.translate("Caseload", "Child's language"),
            QCoreApplication.translate("Caseload", "Age group"),
            QCoreApplication.translate("Caseload", "Conversations"),
            QCoreApplication.translate("Caseload", "Last conversation"),
            QCoreApplication.translate("Caseload", "Next follow-up"),
            QCoreApplication.translate("Caseload", "Consent"),
            QCoreApplication.translate("Caseload", "Keep until"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column: int, role: int) -> Any:
        """What ``data()`` answers for the cell at ``row``, ``column`` (any role)."""
        if role not in _ANSWERED or not 0 <= row < len(self._cells):
            return None
        if role == _DISPLAY:  # the hot path: precomputed text
            return self._cells[row][column]
        if role == _SORT:  # sorting 2,000 rows asks this ~40,000 times
            return self._sort[row][column]
        if role == _CHILD_ID:
            return self._rows[row].child.id
        if role == _FONT:
            if not self._rows[row].child.archived:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == _DECORATION and column == _RETENTION:
            if self.is_overdue(row) and QApplication.instance() is not None:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            return None
        if role == _TOOLTIP and column == _RETENTION:
            if self.is_overdue(row):
                return QCoreApplication.translate(
                    "Caseload",
                    "The keep-until date has passed: export what must be kept, then delete.",
                )
            return None
        if role == _ALIGNMENT and column == _CONVERSATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CaseloadFilter(QSortFilterProxyModel):
    """Filter-as-you-type over code and name (case-insensitive); hides archived children
    unless asked. Sorting is forwarded to the source model (see CaseloadModel.sort).

    The filter is one pass over precomputed keys per change of needle or rows.
    Because the proxy never sorts on its own, its row *n* is the *n*-th accepted
    source row: ``data()`` answers from that list, so a repaint costs one Python
    call per cell and role (not also the source's ``index``, ``rowCount`` and
    ``columnCount`` that mapping each cell through the base class would call).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._show_archived = True
        # which source rows pass, made in one pass per change of needle or rows
        self._accepted: list[bool] = []
        self._visible: list[int] = []  # the accepted source rows, in order
        self._for = -1  # the model generation _accepted was made for; -1: to be made
        self._rows_model: CaseloadModel | None = None
        self.setSortRole(SORT_ROLE)

    def set_show_archived(self, on: bool) -> None:
        if on == self._show_archived:
            return
        begin_rows_filter_change(self)
        self._show_archived = on
        self._for = -1
        end_rows_filter_change(self)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CaseloadModel):
            model.sort(column, order)  # the proxy keeps the source order: it only filters
        else:
            super().sort(column, order)

    def set_needle(self, text: str) -> None:
        needle = text.strip().casefold().replace("\n", " ")
        if needle == self._needle:
            return
        begin_rows_filter_change(self)
        self._needle = needle
        self._for = -1
        end_rows_filter_change(self)

    @property
    def needle(self) -> str:
        return self._needle

    def setSourceModel(self, model: Any) -> None:
        self._rows_model = model if isinstance(model, CaseloadModel) else None
        self._for = -1
        super().setSourceModel(model)

    def _accept_all(self, model: CaseloadModel) -> list[bool]:
        """One pass over the precomputed search keys for the current needle."""
        needle, keys = self._needle, model.search_keys()
        accepted = [needle in k for k in keys] if needle else [True] * len(keys)
        if not self._show_archived:
            archived = model.archived_rows()
            accepted = [a and not arch for a, arch in zip(accepted, archived, strict=True)]
        self._accepted, self._for = accepted, model.generation
        self._visible = [row for row, ok in enumerate(accepted) if ok]
        return accepted

    def _in_step(self, index: Index) -> bool:
        """Whether the proxy's rows are the accepted list, so ``index`` maps without Qt.

        The accepted list is made while the proxy builds its rows (its first
        ``filterAcceptsRow`` call after a change of needle, rows or order), for
        the model generation it names; until then the base class maps.
        """
        model = self._rows_model
        return (
            model is not None
            and self._for == model.generation
            and 0 <= index.row() < len(self._visible)
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._in_step(index):  # the source's own (a flat table's) flags, unmapped
            return _CELL_FLAGS
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # most roles a view asks about: nothing to say
            return None
        model = self._rows_model
        if model is None or not self._in_step(index):
            return super().data(index, role)
        return model.value(self._visible[index.row()], index.column(), role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self._rows_model
        if model is None:  # another model: the base class decides
            return super().filterAcceptsRow(source_row, source_parent)
        # per row only this: the pass itself runs once per needle or row change
        accepted = self._accepted if self._for == model.generation else self._accept_all(model)
        return source_row < len(accepted) and accepted[source_row]

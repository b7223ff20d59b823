"""The shared part of Hjulet's flat table models: rows, counts and translated headers;
and, for long tables filtered as you type, a model that sorts itself with a proxy that
only filters (``SortedRowsModel`` and ``RowsFilter``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell's sort key (a SortedRowsModel's)
# Roles as plain ints: data() is asked thousands of times per repaint, and an enum
# attribute look-up per call is a good part of its cost.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
SORT = int(SORT_ROLE)
# what a flat table model (QAbstractTableModel) gives every valid cell
CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A flat table over a list of (core dataclass) rows.

    Subclasses set ``COLUMNS`` (stable keys), return the translated column titles
    from ``headers()`` and implement ``data()``; ``arrange()`` orders new rows.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def arrange(self, rows: list[Row]) -> list[Row]:
        return list(rows)

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = self.arrange(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.headers()[section]


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


class SortedRowsModel(RowsModel[Row]):
    """A flat table that sorts its own rows and answers ``data()`` from made-once lists.

    Per row it keeps the text of every cell (``_cells``) and a sort key per column
    (``_sort``), made in ``set_rows``; a repaint and a sort read these, never the
    dataclasses. ``sort()`` reorders the rows themselves (one Python sort), so a
    ``RowsFilter`` over it never sorts and its row *n* is the *n*-th accepted
    source row. ``generation`` changes whenever the rows or their order change.

    Subclasses give ``sort_keys(row)`` and ``cell_texts(rows)``, and may answer
    more roles in ``value()`` (listing them in ``ANSWERED``). Extra per-row lists
    are made in ``rows_set()`` and reordered in ``permute()``.
    """

    ANSWERED: frozenset[int] = frozenset({DISPLAY, SORT})  # every role value() answers
    # columns whose sort keys are texts in alphabetical order of the UI language
    # (Swedish: ... z, å, ä, ö; é with e), not in the order of their code points
    COLLATED: tuple[int, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sort: list[tuple[Any, ...]] = []
        self._cells: list[tuple[str, ...]] = []
        # per COLLATED column: each text's alphabetical rank, for this set of rows
        self._ranks: dict[int, dict[str, int]] = {}
        self.generation = 0
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # ---- for subclasses

    def sort_keys(self, row: Row) -> tuple[Any, ...]:
        """One sort key per column (the first column's also breaks ties)."""
        raise NotImplementedError

    def cell_texts(self, rows: list[Row]) -> list[tuple[str, ...]]:
        """Every row's cell texts, in COLUMNS order (translations looked up once per call)."""
        raise NotImplementedError

    def rows_set(self) -> None:
        """Called in ``set_rows`` once the rows are in order: make extra per-row lists."""

    def permute(self, order: list[int]) -> None:
        """Put every per-row list in ``order`` (new position -> old row)."""
        self._rows = [self._rows[i] for i in order]
        self._sort = [self._sort[i] for i in order]
        self._cells = [self._cells[i] for i in order]

    # ---- the model

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        rows = list(rows)
        sort = [self.sort_keys(r) for r in rows]
        self._ranks = {}
        order = self._order(sort, self.sort_column, self.sort_order)
        self._rows = [rows[i] for i in order]
        self._sort = [sort[i] for i in order]
        self.rows_set()
        self._cells = self.cell_texts(self._rows)
        self.generation += 1
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Make the cell texts again (after a change of UI language) and say so."""
        self._cells = self.cell_texts(self._rows)
        last = len(self.COLUMNS) - 1
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    def _order(self, keys: list[tuple[Any, ...]], column: int, order: Qt.SortOrder) -> list[int]:
        if column in self.COLLATED:  # a text: by its rank in the alphabet, made on first use
            rank = self._ranks.get(column)
            if rank is None:
                rank = self._ranks[column] = alphabetical_ranks({k[column] for k in keys})
            return sorted(
                range(len(keys)),
                key=lambda i: (rank[keys[i][column]], keys[i][0]),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        return sorted(
            range(len(keys)),
            key=lambda i: (keys[i][column], keys[i][0]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (one Python sort: ~1 ms for 2,000 rows).

        The filter proxy forwards its sort here and never sorts on its own, so
        filtering as you type does not re-sort through thousands of lessThan calls.
        """
        if not 0 <= column < len(self.COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        new_order = self._order(self._sort, column, order)
        position = [0] * len(new_order)
        for new, old in enumerate(new_order):
            position[old] = new
        self.permute(new_order)
        self.generation += 1
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(position[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def sort_key(self, row: int, column: int) -> Any:
        return self._sort[row][column]

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        """Every row, in the model's order (for a filter's one pass)."""
        return self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.ANSWERED or not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column: int, role: int) -> Any:
        """What ``data()`` answers for the cell at ``row``, ``column`` (any role)."""
        if not 0 <= row < len(self._cells):
            return None
        if role == DISPLAY:  # the hot path: precomputed text
            return self._cells[row][column]
        if role == SORT:
            return self._sort[row][column]
        return None


def alphabetical_ranks(texts: Iterable[str]) -> dict[str, int]:
    """Each text's rank in the alphabet of the UI language (QLocale's default, set with
    the translators), ignoring case: Swedish puts å, ä, ö after z and é with e.

    Ranks are plain ints, so a sort by them is one Python sort, with no call into
    Qt per comparison.
    """
    from PySide6.QtCore import QCollator, QLocale

    locale = QLocale()
    key: Any = str.casefold  # the C locale's collator compares code points, case and all
    if locale.language() != QLocale.Language.C:
        collator = QCollator(locale)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        key = collator.sortKey
    ordered = sorted(sorted(texts), key=key)  # texts equal but for case: a fixed order
    return {text: n for n, text in enumerate(ordered)}


def search_text(text: str) -> str:
    """What a filter box's text is compared as: NFC (as stored; a pasted "å" may be "a"
    plus a combining ring), trimmed, and case-folded as the rows' own search keys are."""
    import unicodedata

    return unicodedata.normalize("NFC", text).strip().casefold()


class RowsFilter(QSortFilterProxyModel):
    """A row filter over a ``SortedRowsModel``, answering cells without Qt's mapping.

    The filter is one pass (``accept_rows``) per change of the filter or of the
    rows. Because the proxy never sorts on its own (sorting is forwarded to the
    model), its row *n* is the *n*-th accepted source row: ``data()`` and
    ``flags()`` answer from that list, so a repaint costs one Python call per
    cell and role, not also the source's ``index``, ``rowCount`` and
    ``columnCount`` that mapping each cell through the base class would call.
    Over any other model the base class does everything.

    Subclasses implement ``accept_rows`` and call ``refilter`` around a change
    of what they filter by.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # which source rows pass, made in one pass per change of filter or rows
        self._accepted: list[bool] = []
        self._visible: list[int] = []  # the accepted source rows, in order
        self._for = -1  # the model generation _accepted was made for; -1: to be made
        self._rows_model: SortedRowsModel[Any] | None = None
        self._answered: frozenset[int] = frozenset()
        # True while Qt removes and inserts the rows of a filter change, step by step:
        # the accepted list is already the new one, the proxy's rows not yet
        self._changing = False
        self.setSortRole(SORT_ROLE)

    def accept_rows(self, model: Any) -> list[bool]:
        """For every source row in order, whether it passes (one pass)."""
        raise NotImplementedError

    def refilter(self) -> _Refilter:
        """``with self.refilter(): <change what is filtered by>`` applies the change."""
        return _Refilter(self)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self._rows_model
        if model is not None:
            model.sort(column, order)  # the proxy keeps the source order: it only filters
        else:
            super().sort(column, order)

    def setSourceModel(self, model: Any) -> None:
        self._rows_model = model if isinstance(model, SortedRowsModel) else None
        self._answered = model.ANSWERED if self._rows_model is not None else frozenset()
        self._for = -1
        super().setSourceModel(model)

    def _accept_all(self, model: SortedRowsModel[Any]) -> list[bool]:
        accepted = self.accept_rows(model)
        self._accepted, self._for = accepted, model.generation
        self._visible = [row for row, ok in enumerate(accepted) if ok]
        return accepted

    def _in_step(self, index: Index) -> bool:
        """Whether the proxy's rows are the accepted list, so ``index`` maps without Qt.

        The accepted list is made while the proxy builds its rows (its first
        ``filterAcceptsRow`` call after a change of filter, rows or order), for
        the model generation it names; until then, and while Qt is still removing
        and inserting the rows of a filter change (whoever listens to those signals
        reads the rows half-way), the base class maps.
        """
        model = self._rows_model
        return (
            model is not None
            and not self._changing
            and self._for == model.generation
            and 0 <= index.row() < len(self._visible)
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._in_step(index):  # the source's own (a flat table's) flags, unmapped
            return CELL_FLAGS
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self._rows_model
        if model is None:
            return super().data(index, role)
        if role not in self._answered:  # most roles a view asks about: nothing to say
            return None
        if not self._in_step(index):
            return super().data(index, role)
        return model.value(self._visible[index.row()], index.column(), role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self._rows_model
        if model is None:  # another model: the base class decides
            return super().filterAcceptsRow(source_row, source_parent)
        # per row only this: the pass itself runs once per filter or row change
        accepted = self._accepted if self._for == model.generation else self._accept_all(model)
        return source_row < len(accepted) and accepted[source_row]


class _Refilter:
    """The context of a filter change: Qt is told before and after, the pass is redone."""

    def __init__(self, proxy: RowsFilter) -> None:
        self.proxy = proxy

    def __enter__(self) -> None:
        begin_rows_filter_change(self.proxy)

    def __exit__(self, *exc: object) -> None:
        proxy = self.proxy
        proxy._for = -1
        proxy._changing = True
        try:
            end_rows_filter_change(proxy)
        finally:
            proxy._changing = False

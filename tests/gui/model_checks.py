"""Checks shared by the table-model tests."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

# every standard role, and the first user roles (sort key, the caseload's child id)
ROLES = [int(r) for r in Qt.ItemDataRole if int(r) < 0x100] + [
    int(Qt.ItemDataRole.UserRole) + 1,
    int(Qt.ItemDataRole.UserRole) + 2,
]


def same_as_qt_mapping(proxy: QSortFilterProxyModel) -> int:
    """Assert that ``proxy`` answers every cell, role and flag as Qt's own mapping would.

    A ``RowsFilter`` answers ``data()`` and ``flags()`` from its list of accepted
    rows; the base class maps each cell to the source model. Returns the row count.
    """
    assert proxy.rowCount() > 0
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            for role in ROLES:
                mine = proxy.data(index, role)
                mapped = QSortFilterProxyModel.data(proxy, index, role)
                if role == Qt.ItemDataRole.FontRole and mine is not None:
                    assert mine.italic() == mapped.italic()
                elif role != Qt.ItemDataRole.DecorationRole:
                    assert mine == mapped, (row, column, role)
                else:
                    assert (mine is None) == (mapped is None)
            assert proxy.flags(index) == QSortFilterProxyModel.flags(proxy, index)
    return proxy.rowCount()

"""Checks shared by the table-model tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel, Qt

# every standard role, and the first user roles (sort key, the caseload's child id)
ROLES = [int(r) for r in Qt.ItemDataRole if int(r) < 0x100] + [
    int(Qt.ItemDataRole.UserRole) + 1,
    int(Qt.ItemDataRole.UserRole) + 2,
]


def same_as_qt_mapping(proxy: QSortFilterProxyModel, *, may_be_empty: bool = False) -> int:
    """Assert that ``proxy`` answers every cell, role and flag as Qt's own mapping would.

    A ``RowsFilter`` answers ``data()`` and ``flags()`` from its list of accepted
    rows; the base class maps each cell to the source model. Returns the row count.
    """
    assert may_be_empty or proxy.rowCount() > 0
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


@contextmanager
def same_during_changes(proxy: QSortFilterProxyModel) -> Iterator[list[str]]:
    """Within the block, check ``proxy`` against Qt's mapping in every row signal it
    sends, before and after each step of a change (a view, a screen reader and Qt's
    model tester read the rows there, half-way through a filter change). Yields the
    names of the signals seen, so a test can tell that the change went in steps."""
    seen: list[str] = []
    failures: list[BaseException] = []

    def check(name: str) -> None:
        seen.append(name)
        try:
            same_as_qt_mapping(proxy, may_be_empty=True)
        except AssertionError as exc:  # raised in a Qt slot: kept, and raised after
            failures.append(AssertionError(f"{name}: {exc}"))

    signals = {
        "rowsAboutToBeRemoved": proxy.rowsAboutToBeRemoved,
        "rowsRemoved": proxy.rowsRemoved,
        "rowsAboutToBeInserted": proxy.rowsAboutToBeInserted,
        "rowsInserted": proxy.rowsInserted,
    }
    slots = {name: (lambda *_a, n=name: check(n)) for name in signals}
    for name, signal in signals.items():
        signal.connect(slots[name])
    try:
        yield seen
    finally:
        for name, signal in signals.items():
            signal.disconnect(slots[name])
    if failures:
        raise failures[0]

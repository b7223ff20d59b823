"""The audit viewer: every action in words (English and Swedish), its filter and sort."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTranslator,
)

from hjulet import services
from hjulet.core.model import AgeTier, AuditAction, AuditEvent
from hjulet.gui.dialogs.audit_viewer import (
    COLUMNS,
    AuditDialog,
    AuditFilter,
    AuditModel,
    action_text,
)
from tests.gui.model_checks import same_as_qt_mapping, same_during_changes

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def swedish(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Swedish catalogue and locale installed, as the app does for a Swedish user."""
    qm = tmp_path / "sv.qm"
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert exe is not None
    ts = ROOT / "i18n" / "hjulet_sv.ts"
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def _moved_to_faces(vault, catalog) -> str:  # type: ignore[no-untyped-def]
    """A five-year-old's unanswered conversation moved from four steps to three faces."""
    child = services.add_child(
        vault, name="Mio", birth_year=date.today().year - 5, age_tier=AgeTier.MIDDLE
    )
    assert child.id is not None
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    assert conv.id is not None
    services.change_scale(vault, conv.id, catalog.scale("faces3"))
    return child.code


def _row(dialog: AuditDialog, action_words: str) -> dict[str, str]:
    model = dialog.model
    for row in range(model.rowCount()):
        cells = {c: model.index(row, i).data() for i, c in enumerate(COLUMNS)}
        if cells["action"] == action_words:
            return cells
    raise AssertionError(f"no row for {action_words!r}")


def test_a_scale_change_shows_in_words(qtbot, vault, catalog) -> None:  # type: ignore[no-untyped-def]
    code = _moved_to_faces(vault, catalog)
    dialog = AuditDialog(vault)
    qtbot.addWidget(dialog)
    row = _row(dialog, "Conversation moved to another scale")
    assert row["code"] == code and row["detail"] == "Four steps → Three faces"


def test_a_scale_change_shows_in_swedish(qtbot, vault, catalog, swedish) -> None:  # type: ignore[no-untyped-def]
    code = _moved_to_faces(vault, catalog)
    dialog = AuditDialog(vault)
    qtbot.addWidget(dialog)
    row = _row(dialog, "Samtalet flyttades till en annan skala")
    assert row["code"] == code and row["detail"] == "Fyra steg → Tre ansikten"
    assert dialog.action.findText("Samtalet flyttades till en annan skala") >= 0  # filterable


def test_every_action_has_words_of_its_own(qapp, swedish) -> None:  # type: ignore[no-untyped-def]
    english_sources = {a: a.value for a in AuditAction}
    words = {a: action_text(a) for a in AuditAction}
    assert all(words[a] != english_sources[a] for a in AuditAction)  # never the stored code
    assert len(set(words.values())) == len(AuditAction)


def _events(n: int) -> list[AuditEvent]:
    start = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    actions = list(AuditAction)
    return [
        AuditEvent(
            i + 1,
            start + timedelta(minutes=i),
            ("anna", "Omar", "lina")[i % 3],
            actions[i % len(actions)],
            f"B-{i % 7:04d}" if i % 5 else "",
            ("summary", "steps4>faces3", "json", "")[i % 4],
        )
        for i in range(n)
    ]


def test_the_filter_answers_every_cell_as_mapping_through_qt_would(qapp) -> None:  # type: ignore[no-untyped-def]
    # as the caseload's: the proxy answers data() and flags() from its own list of
    # accepted rows; after each change of code, action, rows or order that must equal
    # what the base class gives by mapping the cell to the source model
    model = AuditModel()
    proxy = AuditFilter()
    proxy.setSourceModel(model)
    model.set_rows(_events(80))
    assert same_as_qt_mapping(proxy) == 80
    with same_during_changes(proxy) as steps:  # also half-way through each change
        proxy.set_code("b-0003")
        n = same_as_qt_mapping(proxy)
        assert 0 < n < 80
        proxy.set_action(AuditAction.PRINTED)
        assert same_as_qt_mapping(proxy) < n
        proxy.set_action(None)
    assert steps.count("rowsAboutToBeInserted") >= 1 and "rowsRemoved" in steps
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert same_as_qt_mapping(proxy) == n
    model.set_rows(_events(40))
    assert same_as_qt_mapping(proxy) < n
    proxy.set_code("")
    assert same_as_qt_mapping(proxy) == 40


def test_sorting_is_by_meaning_and_kept_while_filtering(qapp) -> None:  # type: ignore[no-untyped-def]
    model = AuditModel()
    proxy = AuditFilter()
    proxy.setSourceModel(model)
    model.set_rows(_events(30))
    when = COLUMNS.index("at")
    proxy.sort(when, Qt.SortOrder.DescendingOrder)  # the dialog's order: newest first
    ids = [model.event_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(30)]
    assert ids == list(range(30, 0, -1))
    proxy.sort(COLUMNS.index("actor"), Qt.SortOrder.AscendingOrder)  # any case
    actors = [proxy.index(r, 1).data() for r in range(30)]
    assert actors == sorted(actors, key=str.casefold)
    proxy.set_code("b-0001")  # filtering keeps the chosen order
    shown = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert shown == sorted(shown, key=str.casefold) and 0 < len(shown) < 30
    codes = {proxy.index(r, COLUMNS.index("code")).data() for r in range(proxy.rowCount())}
    assert codes == {"B-0001"}


def test_who_sorts_alphabetically_in_swedish(qapp) -> None:  # type: ignore[no-untyped-def]
    names = ["Östen", "Zara", "Ärla", "Åsa", "åke", "emil", "Élise", "Anna"]
    events = [replace(e, actor=name) for e, name in zip(_events(8), names, strict=True)]
    before = QLocale()
    QLocale.setDefault(QLocale("sv"))
    try:
        model = AuditModel()
        proxy = AuditFilter()
        proxy.setSourceModel(model)
        model.set_rows(events)
        proxy.sort(COLUMNS.index("actor"), Qt.SortOrder.AscendingOrder)
        shown = [proxy.index(r, COLUMNS.index("actor")).data() for r in range(8)]
        assert shown == ["Anna", "Élise", "emil", "Zara", "åke", "Åsa", "Ärla", "Östen"]
    finally:
        QLocale.setDefault(before)


def test_the_detail_sorts_by_the_words_shown(qapp) -> None:  # type: ignore[no-untyped-def]
    # the log stores "summary", "guardian_1", ...; the column shows them in words, and
    # sorts by those words (in Swedish "vårdnadshavare 1" comes after "SIP-sammanfattning")
    stored = ["guardian_1", "summary", "child", "blank", "json-encrypted"]
    events = [
        replace(e, action=AuditAction.PRINTED, detail=d)
        for e, d in zip(_events(5), stored, strict=True)
    ]
    model = AuditModel()
    proxy = AuditFilter()
    proxy.setSourceModel(model)
    model.set_rows(events)
    detail = COLUMNS.index("detail")
    proxy.sort(detail, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, detail).data() for r in range(5)]
    assert shown == ["blank wheel", "guardian 1", "JSON, encrypted", "SIP summary", "the child"]


def test_the_dialog_filters_by_code_and_action(qtbot, vault, catalog) -> None:  # type: ignore[no-untyped-def]
    code = _moved_to_faces(vault, catalog)
    dialog = AuditDialog(vault)
    qtbot.addWidget(dialog)
    everything = dialog.proxy.rowCount()
    assert everything >= 4  # created, opened, child added, conversation started, scale
    newest = dialog.proxy.index(0, COLUMNS.index("action")).data()
    assert newest == "Conversation moved to another scale"  # newest first
    qtbot.keyClicks(dialog.code, code.lower())
    assert 0 < dialog.proxy.rowCount() < everything
    dialog.action.setCurrentIndex(dialog.action.findData(AuditAction.SCALE_CHANGED.value))
    assert dialog.proxy.rowCount() == 1
    dialog.code.clear()
    dialog.action.setCurrentIndex(0)
    assert dialog.proxy.rowCount() == everything


def test_a_repaint_does_not_map_each_cell_through_the_source(qapp) -> None:  # type: ignore[no-untyped-def]
    # the slow pattern: QSortFilterProxyModel.data maps every cell to the source
    # model (its index(), and so rowCount/columnCount, per cell and role)
    class Counting(AuditModel):
        calls = 0

        def index(self, row, column, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008
            Counting.calls += 1
            return super().index(row, column, parent)

    model = Counting()
    proxy = AuditFilter()
    proxy.setSourceModel(model)
    model.set_rows(_events(50))
    proxy.set_code("b-000")
    rows, columns = proxy.rowCount(), proxy.columnCount()
    cells = [proxy.index(r, c) for r in range(rows) for c in range(columns)]
    Counting.calls = 0
    texts = [proxy.data(i) for i in cells]
    flags = [proxy.flags(i) for i in cells]
    assert None not in texts and len(flags) == rows * columns
    assert Counting.calls == 0
    # the base class's way does map: the count above is not zero by accident
    QSortFilterProxyModel.data(proxy, cells[0])
    assert Counting.calls > 0

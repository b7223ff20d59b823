"""Data is never rendered as markup: every window opened with hostile names, codes,
places, recipients and words; no label, message box or tooltip interprets them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.app.settings import Settings
from hjulet.core.catalog import Catalog, load_catalog
from hjulet.core.model import AreaEntry, Consent, ConsentForm, ConsentGiver
from hjulet.gui.plain_text import RICH_PROPERTY, escape, install
from hjulet.storage.keyslots import FAST_KDF

pytestmark = pytest.mark.gui

PASS = "hostile names 1"
TIMEOUT = 20_000
IMG = "<img src=/etc/passwd>"
NAME = "<font size=1 color=white>x</font><b>Sara Bergström</b>"
CODE = "<i>K-1</i>"
PLACE = f"{IMG}<u>Rum</u> \u202eEVIL"
RECIPIENT = "<b>Soc</b><a href='file:///etc'>tjänsten</a>"
WORDS = "<h1>stort</h1><table><tr><td>x</td></tr></table>"
HOSTILE = (NAME, CODE, PLACE, RECIPIENT, WORDS, "<b>Sara Bergström</b>", "<i>K-1</i>")
MARKERS = ("<b>", "<i>", "<img", "<font", "<u>", "<a ", "<h1>", "<table")


@pytest.fixture(scope="module")
def hostile_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    catalog = load_catalog()
    path = tmp_path_factory.mktemp("hostile") / "vault"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name=NAME, code=CODE, birth_year=2014)
        assert child.id is not None
        for n in range(2):
            conv = services.start_conversation(
                vault,
                child.id,
                definition=catalog.definition(),
                scale=catalog.scale("steps4"),
                held_on=date.today() - timedelta(days=200 * (1 - n)),
                place=PLACE,
                present=NAME,
            )
            assert conv.id is not None
            services.update_conversation(vault, conv.id, important_to_me=WORDS)
            for area in catalog.definition().areas:
                services.save_entry(
                    vault, conv.id, AreaEntry(area.id, words=WORDS, adult_note=NAME, wish=PLACE)
                )
        services.add_consent(
            vault,
            Consent(
                None,
                child.id,
                ConsentGiver.GUARDIAN_1,
                (RECIPIENT, NAME),
                ConsentForm.WRITTEN,
                date.today() - timedelta(days=10),
                date.today() + timedelta(days=100),
                giver_name=NAME,
            ),
        )
        past = services.add_child(vault, name=NAME + "2", code=CODE + "2")
        services.update_child(vault, replace(past, retention_until=date.today() - timedelta(1)))
    return path


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, hostile_vault: Path) -> Iterator[Any]:
    from hjulet.gui.workspace.main_window import MainWindow

    catalog: Catalog = load_catalog()
    base = tmp_path / "base"
    base.mkdir()
    ctx = AppContext(
        basedir=base, settings=Settings(base), catalog=catalog, no_err_windows=True, kdf=FAST_KDF
    )
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.session.opened, timeout=TIMEOUT):
        w.entry.open_demo(hostile_vault, PASS)
    yield w
    for top in QApplication.topLevelWidgets():
        if top is not w and top.isVisible():
            top.close()
    if w.vault is not None:
        w.lock()


class Renders:
    """Collects every widget that would render data as markup."""

    def __init__(self) -> None:
        self.offenders: list[str] = []
        self.seen_data = 0

    def _has_data(self, text: str) -> bool:
        return any(m in text for m in MARKERS)

    def label(self, label: QLabel) -> None:
        label.ensurePolished()  # Qt polishes every widget before it is first shown
        text = label.text()
        if not self._has_data(text):
            return
        self.seen_data += 1
        rich = label.textFormat() != Qt.TextFormat.PlainText
        if label.textFormat() == Qt.TextFormat.AutoText:
            rich = QtGui.Qt.mightBeRichText(text)
        if rich:
            self.offenders.append(
                f"label {label.objectName() or type(label.parent()).__name__}: {text[:60]}"
            )
        if label.property(RICH_PROPERTY) is True:
            self.offenders.append(f"rich label shows data unescaped: {text[:60]}")

    def tooltip(self, widget: QWidget, text: str, pos: QPoint) -> None:
        """Show the tooltip the way Qt does (a ToolTip event) and read what it shows."""
        if not self._has_data(text):
            return
        self.seen_data += 1
        QToolTip.hideText()
        event = QHelpEvent(QHelpEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
        QApplication.sendEvent(widget, event)
        tips = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label"]
        shown = [t for t in tips if isinstance(t, QLabel) and t.isVisible()]
        if not shown or shown[0].text() != text:
            self.offenders.append(f"tooltip of {type(widget).__name__} not shown: {text[:60]}")
        else:
            self.label(shown[0])
        QToolTip.hideText()

    def walk(self, *roots: QWidget) -> None:
        for root in roots:
            for w in [root, *root.findChildren(QWidget)]:
                if isinstance(w, QLabel):
                    self.label(w)
                if w.toolTip():
                    self.tooltip(w, w.toolTip(), QPoint(2, 2))
                if isinstance(w, QAbstractItemView) and w.model() is not None:
                    self.view(w)

    def view(self, view: QAbstractItemView) -> None:
        model = view.model()
        for row in range(min(model.rowCount(), 20)):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                rect = view.visualRect(index)
                if isinstance(tip, str) and rect.isValid() and view.isVisible():
                    self.tooltip(view.viewport(), tip, rect.center())

    def walk_windows(self) -> None:
        self.walk(*[w for w in QApplication.topLevelWidgets() if w.isVisible()])

    def assert_clean(self) -> None:
        assert self.seen_data > 0, "no data with markup was on screen: the test proves nothing"
        assert self.offenders == []


def _child_id(window: Any) -> int:
    return next(s.child.id for s in services.list_children(window.vault) if s.child.name == NAME)


def test_the_check_fails_without_the_mechanism(qtbot: Any) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    label = QLabel(NAME, w)
    r = Renders()
    label.ensurePolished()  # without the mechanism a label keeps Qt's default, AutoText
    label.setTextFormat(Qt.TextFormat.AutoText)
    r.label(label)
    assert r.offenders and r.seen_data == 1


def test_escape_keeps_data_literal_in_rich_text() -> None:
    for text in (*HOSTILE, "a < b & c > d", "line\nbreak <b>x</b>"):
        doc = QTextDocument()
        doc.setHtml(f"<p>{escape(text)}</p>")
        assert doc.toPlainText() == text


def test_caseload_child_page_and_its_dialogs(window: Any, qtbot: Any) -> None:
    install()  # idempotent: MainWindow installed it already
    r = Renders()
    window.show_caseload()
    r.walk(window)
    assert window.open_child(_child_id(window))
    page = window.child_page
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        r.walk(window)
    page.tabs.setCurrentWidget(page.consent)
    if page.consent.proxy.rowCount():
        page.consent.table.selectRow(0)
        page.consent.withdraw_selected()
        r.walk_windows()
        page.consent.confirm_box.close()
    dialog = window.edit_child(page.child_id)
    assert dialog is not None
    r.walk(dialog)
    dialog.reject()
    retention = window.check_retention(always=True)
    r.walk(retention)
    for row in range(retention.model.rowCount()):
        box = retention.ask_delete(retention.model.child_at(row).id)
        if box is not None:
            assert isinstance(box, QMessageBox)
            r.walk(box)
            box.close()
    retention.close()
    r.walk(window.show_audit())
    r.assert_clean()


def test_conversation_print_preview_and_child_mode(window: Any, qtbot: Any) -> None:
    from hjulet.gui.child_mode import ChildModeWindow

    r = Renders()
    conversations = services.list_conversations(window.vault, _child_id(window))
    view = window.open_conversation(conversations[-1].id)
    assert view is not None
    qtbot.waitExposed(view)
    for area in view.conv.definition.area_ids[:2]:
        view.show_area(area)
        r.walk(view)
    concern = view.show_concern()
    r.walk(concern)
    concern.close()
    summary = view.open_print()
    assert summary is not None
    qtbot.wait(1500)  # the preview renders off the GUI thread
    r.walk(summary)
    summary.close()
    child = view.open_child_mode()
    assert isinstance(child, ChildModeWindow)
    for name in child.PAGES:
        child.go(name)
        r.walk(child)
    child.leave()
    view.close()
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QDialog) and top.isVisible():
            r.walk(top)
    r.assert_clean()


def test_qt_about_box_keeps_its_own_markup_and_data_boxes_do_not(window: Any) -> None:
    seen: dict[str, Qt.TextFormat] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        for label in box.findChildren(QLabel):
            if label.text():
                seen[label.objectName()] = label.textFormat()
        box.close()

    QTimer.singleShot(200, look)
    about = next(
        a for a in window.findChildren(QAction) if a.menuRole() == QAction.MenuRole.AboutQtRole
    )
    about.trigger()
    assert seen and all(f != Qt.TextFormat.PlainText for f in seen.values())
    box = QMessageBox(QMessageBox.Icon.Warning, "x", NAME, parent=window)
    box.show()
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_no_gui_module_turns_markup_back_on() -> None:
    """Only plain_text.py may choose a text format; rich text goes through mark_rich_text."""
    gui = Path(__file__).resolve().parents[2] / "hjulet" / "gui"
    risky = ("setTextFormat(", "RichText", "AutoText", "setHtml(", "QTextBrowser", "TitleFormat(")
    found = [
        f"{path.name}: {word}"
        for path in gui.glob("*.py")
        if path.name != "plain_text.py"
        for word in risky
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []

"""Pseudo-locale check: every window, in a catalogue where each translation is ⟦source⟧.

The catalogue is built at test time from the current source (lupdate into
tmp_path, every message -- plural forms too -- set to "⟦" + source + "⟧",
compiled with lrelease) and installed before any window is made. Then each
window and dialog is opened through its public entry point and every text a
user can meet is collected: window titles, labels, buttons, check boxes,
group boxes, tabs, menus and actions, table headers and cells, combo items,
spin-box suffixes, placeholders, tooltips, status tips, accessible names,
wizard page titles and the status bar. A text fails when, after removing the
⟦…⟧ parts and the data (names, codes, wheel/scale/child texts from resources/
in any language, the demo vault's content, language names, numbers, dates),
letters are left: those letters did not pass through tr().

Widgets are walked whether or not they are shown at the moment (a hidden
label's text is shown sooner or later). Qt's own stock button texts (OK,
Cancel, the wizard's Next/Back…) are skipped only while they are Qt's
defaults: they are translated by Qt's catalogue, not ours.
"""

from __future__ import annotations

import ast
import getpass
import html
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.app.settings import Settings
from hjulet.core import languages
from hjulet.core.catalog import Catalog, load_catalog, resources_dir
from hjulet.core.child_texts import available_child_languages, load_child_texts
from hjulet.gui.dialogs.settings import UI_LANGUAGES
from hjulet.storage.keyslots import FAST_KDF

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402

pytestmark = pytest.mark.gui

OPEN, CLOSE = "⟦", "⟧"
UI_LANGUAGE_MARKER = "the language code of this translation (sv for Swedish)"
SOURCE_LANGUAGE = "en"
DEMO_PASSPHRASE = "demo"
TIMEOUT = 20_000
LETTER = re.compile(r"[^\W\d_]")
INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
PLACEHOLDER = re.compile(r"\{\w+\}")
# data that has a shape rather than a list: file paths (recent vaults, where a vault is
# unlocked) and recovery keys, shown grouped (ABCD-EFGH-…, or the XXXX-… input mask) or
# spelled out one character at a time for screen readers
DATA_SHAPES = re.compile(
    r"(?:[A-Za-z]:\\|/)[^\s]*"
    r"|\b[0-9A-Z]{4}(?:-\s*[0-9A-Z]{4})+\b"
    r"|(?<!\S)(?:[0-9A-Z] ){7,}[0-9A-Z](?!\S)"
)

# Texts that are legitimately not translated. Keep this list short and say why.
ALLOWED = {
    "Hjulet",  # the product's name (window titles, the about box)
    "DEMO",  # the demo vault's code prefix (DEMO-001) and name, data from services.demo
    "PDF",  # a file format's name, e.g. in a file-type filter
}


# -- the pseudo catalogue ------------------------------------------------------------------
def build_pseudo_qm(tmp: Path) -> Path:
    """lupdate the current source into a fresh .ts, pseudo-translate it, lrelease it."""
    ts = tmp / "hjulet_pseudo.ts"
    i18n.run_lupdate([ts])
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "sv_SE")  # two plural forms, like Swedish
    count = 0
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        pseudo = OPEN + source + CLOSE
        if msg.findtext("comment") == UI_LANGUAGE_MARKER:
            pseudo = "sv"  # the catalogue says it is Swedish-shaped (its plurals are)
        if msg.get("numerus") == "yes":
            tr.text = None
            for _form in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo
        else:
            tr.text = pseudo
        count += 1
    assert count > 400, f"only {count} messages found: is lupdate reading the sources?"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp / "hjulet_pseudo.qm"
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert exe is not None, "pyside6-lrelease not found next to the interpreter"
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def pseudo(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[QTranslator]:
    qm = build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Lock") == OPEN + "&Lock" + CLOSE
    yield translator
    QCoreApplication.removeTranslator(translator)


# -- what counts as data -------------------------------------------------------------------
def _strings(value: Any) -> Iterator[str]:
    """Every string in a TOML value, except English ones (see data_texts)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            if k != SOURCE_LANGUAGE:
                yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _keys(v)
    elif isinstance(value, list):
        for v in value:
            yield from _keys(v)


def data_texts(catalog: Catalog) -> set[str]:
    """Every text that reaches the screen as data rather than as UI wording.

    English data is left out: an English area label or child-mode word ("Safe",
    "Next", "Done") cannot be told from an English source string that skipped tr(),
    so the windows opened here show Swedish and Arabic conversations only.
    """
    texts: set[str] = set()
    codes: set[str] = set()
    # wheels, scales, child texts, the concern routine: every string in resources/
    for toml in resources_dir().rglob("*.toml"):
        if toml.stem == SOURCE_LANGUAGE and toml.parent.name == "child_texts":
            continue
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        texts.update(_strings(data))
        codes.update(k for k in _keys(data) if re.fullmatch(r"[a-z]{2,3}", k))
    data_languages = [lang for lang in available_child_languages() if lang != SOURCE_LANGUAGE]
    for definition in catalog.definitions.values():
        for lang in data_languages:
            texts.add(definition.name_in(lang))
            texts.update(a.label_in(lang) for a in definition.areas)
    for scale in catalog.scales.values():
        texts.add(scale.name_in("sv"))
    for lang in data_languages:
        child_texts = load_child_texts(lang)
        texts.update(
            v for f in fields(child_texts) if isinstance(v := getattr(child_texts, f.name), str)
        )
    codes.update(available_child_languages())
    texts.update(codes)  # "العربية (ar)": a language's own name with its code
    # the UI-language picker names each language in itself (Svenska, English), on purpose
    texts.update(name for _code, name in UI_LANGUAGES)
    texts.add(getpass.getuser())  # the audit log's "who": the computer's user name
    # languages' names come from the language registry, as data: their own name and
    # their Swedish and English names ("Soomaali – somaliska")
    for lang in languages.LANGUAGES:
        texts.update((lang.native, lang.sv, lang.en))
    # the demo vault: names, codes, places, the children's words, consent recipients, SIP plan
    demo = ROOT / "hjulet" / "services" / "demo.py"
    for node in ast.walk(ast.parse(demo.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts.add(node.value)
    pieces: set[str] = set()
    for text in texts | ALLOWED:
        pieces.update(p.strip() for p in PLACEHOLDER.split(text))
    return {p for p in pieces if LETTER.search(p)}


class Checker:
    """Collects texts that did not pass through tr(), with where they were seen."""

    def __init__(self, data: set[str]) -> None:
        ordered = sorted(data, key=len, reverse=True)
        self.data = re.compile(
            "|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in ordered), re.IGNORECASE
        )
        self.offenders: dict[str, str] = {}
        self.seen = 0
        self._stock: dict[tuple[str, int], str] = {}

    def untranslated(self, text: str) -> bool:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
        while True:
            stripped = INNERMOST.sub(" ", plain)
            if stripped == plain:
                break
            plain = stripped
        plain = DATA_SHAPES.sub(" ", plain)
        plain = self.data.sub(" ", plain)
        return bool(LETTER.search(plain))

    def check(self, where: str, text: str | None) -> None:
        if not text or not LETTER.search(text):
            return
        self.seen += 1
        if self.untranslated(text):
            self.offenders.setdefault(text, where)

    # Qt's stock texts (translated by qtbase_*.qm, not by us) while they are unchanged
    def _stock_button(self, button: QAbstractButton) -> bool:
        box = button.parent()
        if isinstance(box, QDialogButtonBox):
            which = box.standardButton(button)
            if which != QDialogButtonBox.StandardButton.NoButton:
                key = ("box", int(which.value))
                if key not in self._stock:
                    fresh = QDialogButtonBox(which)
                    self._stock[key] = fresh.button(which).text()
                    fresh.deleteLater()
                return button.text() == self._stock[key]
        wizard = button.parent()
        while wizard is not None and not isinstance(wizard, QWizard):
            wizard = wizard.parent()
        if isinstance(wizard, QWizard):
            for which in QWizard.WizardButton:
                if which.value < QWizard.WizardButton.NButtons.value and (
                    wizard.button(which) is button
                ):
                    key = ("wizard", int(which.value))
                    if key not in self._stock:
                        fresh = QWizard()
                        self._stock[key] = fresh.buttonText(which)
                        fresh.deleteLater()
                    return button.text() == self._stock[key]
        return False

    def model(self, where: str, model: QAbstractItemModel | None) -> None:
        if model is None:
            return
        display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        for col in range(model.columnCount()):
            for role in (display, tip):
                value = model.headerData(col, Qt.Orientation.Horizontal, role)
                self.check(f"{where} header {col}", value if isinstance(value, str) else None)
        for row in range(min(model.rowCount(), 40)):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                for role in (display, tip, Qt.ItemDataRole.AccessibleTextRole):
                    value = model.data(index, role)
                    self.check(
                        f"{where} cell {row},{col}", value if isinstance(value, str) else None
                    )

    def action(self, where: str, action: QAction) -> None:
        self.check(f"{where} action", action.text())
        if action.toolTip() != action.text().replace("&", "").replace("…", "..."):
            self.check(f"{where} action tooltip", action.toolTip())
        self.check(f"{where} action status tip", action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.menu(where, menu)

    def menu(self, where: str, menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled on demand (Open recent)
        self.check(f"{where} menu", menu.title())
        for action in menu.actions():
            self.action(f"{where} > {menu.title()}", action)

    def widget(self, w: QWidget) -> None:
        name = f"{type(w).__name__}({w.objectName()})" if w.objectName() else type(w).__name__
        if isinstance(w.parent(), QTabBar):
            return  # the tab bar's own scroll buttons: Qt names them (qtbase catalogue)
        if w.isWindow():
            self.check(f"{name} window title", w.windowTitle())
        for kind, text in (
            ("tooltip", w.toolTip()),
            ("status tip", w.statusTip()),
            ("what's this", w.whatsThis()),
            ("accessible name", w.accessibleName()),
            ("accessible description", w.accessibleDescription()),
        ):
            self.check(f"{name} {kind}", text)
        if isinstance(w, QLabel):
            self.check(f"{name} text", w.text())
        elif isinstance(w, QAbstractButton):
            if not self._stock_button(w):
                self.check(f"{name} text", w.text())
        elif isinstance(w, QGroupBox):
            self.check(f"{name} title", w.title())
        elif isinstance(w, QLineEdit):
            self.check(f"{name} placeholder", w.placeholderText())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            self.check(f"{name} placeholder", w.placeholderText())
            if w.isReadOnly():
                self.check(f"{name} text", w.toPlainText())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                self.check(f"{name} tab {i}", w.tabText(i))
                self.check(f"{name} tab tooltip {i}", w.tabToolTip(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                self.check(f"{name} item {i}", w.itemText(i))
        if isinstance(w, QAbstractSpinBox):
            self.check(f"{name} special value", w.specialValueText())
            for attr in ("prefix", "suffix"):
                getter = getattr(w, attr, None)
                if getter is not None:
                    self.check(f"{name} {attr}", getter())
        if isinstance(w, QAbstractItemView) and not isinstance(w.parent(), QComboBox):
            self.model(name, w.model())
        if isinstance(w, QWizardPage):
            self.check(f"{name} title", w.title())
            self.check(f"{name} subtitle", w.subTitle())
        if isinstance(w, QMainWindow):
            self.check(f"{name} status bar", w.statusBar().currentMessage())
            for action in w.menuBar().actions():
                self.action(name, action)
        for action in w.actions():
            self.action(name, action)

    def walk(self, *roots: QWidget) -> None:
        for root in roots:
            self.widget(root)
            for child in root.findChildren(QWidget):
                self.widget(child)

    def walk_windows(self) -> None:
        """Every top-level window that is open now (dialogs, conversation windows…)."""
        self.walk(*(w for w in QApplication.topLevelWidgets() if w.isVisible()))

    def assert_clean(self) -> None:
        assert self.seen > 0
        report = "\n".join(f"  {text!r}  ({where})" for text, where in self.offenders.items())
        assert not self.offenders, (
            f"{len(self.offenders)} texts did not pass through tr():\n{report}"
        )


# -- fixtures --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def catalog_() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory, catalog_: Catalog) -> Path:
    """The demo vault of fictional children, with one archived child and one past keep-until."""
    from hjulet.services.demo import DEMO_NAME, populate_demo

    path = tmp_path_factory.mktemp("demo") / "vault"
    vault, _key = services.create_vault(path, DEMO_PASSPHRASE, name=DEMO_NAME, kdf=FAST_KDF)
    populate_demo(vault, catalog_)
    children = [summary.child for summary in services.list_children(vault)]
    past = children[-1]
    services.update_child(vault, replace(past, retention_until=date.today() - timedelta(days=3)))
    services.archive_child(vault, children[-2].id, True)
    vault.close()
    return path


@pytest.fixture
def checker(catalog_: Catalog, pseudo: QTranslator) -> Checker:
    return Checker(data_texts(catalog_))


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, catalog_: Catalog, pseudo: QTranslator, demo_vault: Path):  # type: ignore[no-untyped-def]
    from hjulet.gui.workspace.main_window import MainWindow

    base = tmp_path / "base"
    base.mkdir()
    ctx = AppContext(
        basedir=base, settings=Settings(base), catalog=catalog_, no_err_windows=True, kdf=FAST_KDF
    )
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    with qtbot.waitSignal(w.session.opened, timeout=TIMEOUT):
        w.entry.open_demo(demo_vault, DEMO_PASSPHRASE)
    yield w
    for top in QApplication.topLevelWidgets():
        if top is not w and top.isVisible():
            top.close()
    # a dialog's background work may still run: the main window closes (locking) only
    # once it has ended, so close it here and wait, not in pytest-qt's teardown
    from shiboken6 import isValid

    w.close()
    qtbot.waitUntil(lambda: not isValid(w) or not w.isVisible(), timeout=TIMEOUT)
    if isValid(w) and w.vault is not None:
        w.lock()


def while_modal(
    qtbot: Any, trigger: Callable[[], object], inspect: Callable[[QWidget], None]
) -> None:
    """Run ``trigger`` (which opens a modal dialog with exec()); inspect and close the dialog."""
    seen: list[QWidget] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal not in seen and modal.isVisible():
            seen.append(modal)
            inspect(modal)
            if isinstance(modal, QDialog):
                modal.done(0)
            else:
                modal.close()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(poll)
    timer.start()
    try:
        trigger()
    finally:
        timer.stop()
    assert seen, "no modal dialog appeared"


def child_ids(window: Any) -> list[int]:
    return [summary.child.id for summary in services.list_children(window.vault)]


# -- the checker can fail --------------------------------------------------------------------
def test_the_checker_flags_a_literal_and_passes_tr_and_data(qtbot: Any, checker: Checker) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    QLabel("Plain English that skipped tr", w)
    QLabel(QCoreApplication.translate("MainWindow", "Children"), w)
    QLabel("Alva · DEMO-001 · 2026-01-31", w)  # data: a name, a code, a date
    mixed = QPushButton(QCoreApplication.translate("CompareView", "Compare") + " with", w)
    mixed.setToolTip("Trygg")  # an area label from the wheel definition: data
    checker.walk(w)
    assert set(checker.offenders) == {"Plain English that skipped tr", f"{OPEN}Compare{CLOSE} with"}


# -- every window ----------------------------------------------------------------------------
def test_main_window_caseload_menus_and_status(window: Any, checker: Checker) -> None:
    window.caseload.show_archived.setChecked(True)  # "(archived)" rows too
    window.show_caseload()
    checker.walk(window)
    window.show_locked()
    checker.walk(window)
    window.show_caseload()
    checker.assert_clean()


def test_child_page_every_tab_and_its_dialogs(window: Any, checker: Checker, qtbot: Any) -> None:
    ids = child_ids(window)
    for child_id in (ids[0], ids[2]):
        assert window.open_child(child_id)
        page = window.child_page
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            checker.walk(window)
        # compare: the overlay mode too
        page.compare.overlay.setChecked(True)
        checker.walk(page.compare)
    # consent: record, and withdraw (a confirmation box)
    page = window.child_page
    page.tabs.setCurrentWidget(page.consent)
    page.consent.add_button.click()
    checker.walk_windows()
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QDialog) and top.isVisible():
            top.reject()
    if page.consent.proxy.rowCount():
        page.consent.table.selectRow(0)
        page.consent.withdraw_selected()
        checker.walk_windows()
        page.consent.confirm_box.close()
    # edit child
    dialog = window.edit_child(page.child_id)
    assert dialog is not None
    dialog.name.setText("19800101-1234")  # the personnummer warning shows
    checker.walk(dialog)
    dialog.reject()
    checker.assert_clean()


def test_dialogs_of_the_menus(window: Any, checker: Checker, qtbot: Any) -> None:
    opened = [
        window.add_child(),
        window.show_settings(),
        window.show_audit(),
        window.check_retention(always=True),
        window.change_passphrase(),
        window.new_recovery_key(),
    ]
    for dialog in opened:
        assert dialog is not None
        checker.walk(dialog)
        dialog.close()
    retention = window.check_retention(always=True)
    if retention.model.rowCount():
        box = retention.ask_delete(retention.model.child_at(0).id)
        if box is not None:
            checker.walk(box)
            box.close()
    retention.close()
    window.open_blank_sheet().close()
    while_modal(qtbot, window.show_about, checker.walk)
    checker.assert_clean()


def test_lock_unlock_and_recovery(window: Any, checker: Checker, demo_vault: Path) -> None:
    window.lock()
    checker.walk(window)
    unlock = window.entry.ask_unlock(demo_vault)
    unlock.passphrase.setText("not the passphrase")
    checker.walk(unlock)
    recovery = window.entry.recover(demo_vault)
    checker.walk(recovery)
    recovery.close()
    unlock.close()
    checker.assert_clean()


def test_conversation_window_concern_print_and_child_mode(
    window: Any, checker: Checker, qtbot: Any
) -> None:
    from hjulet.gui.child_mode import ChildModeWindow

    child_id = child_ids(window)[2]  # a child with several conversations, in Arabic
    conversations = services.list_conversations(window.vault, child_id)
    view = window.open_conversation(conversations[-1].id)
    assert view is not None
    qtbot.waitExposed(view)
    view.show_area(view.conv.definition.area_ids[0])
    for toggle in view.findChildren(QAbstractButton):
        if toggle.isCheckable() and toggle.isEnabled() and not toggle.isChecked():
            toggle.setChecked(True)  # last time, the professional's and guardian's answers
    checker.walk(view)
    concern = view.show_concern()
    checker.walk(concern)
    concern.close()
    summary = view.open_print()
    assert summary is not None
    checker.walk(summary)
    summary.close()
    child = view.open_child_mode()
    assert isinstance(child, ChildModeWindow)
    for page in child.PAGES:
        child.go(page)
        checker.walk(child)
    child.cover()
    checker.walk(child)
    child.leave()
    view.close()
    # the start dialog is modal (exec); the conversation it opens is walked too
    while_modal(qtbot, lambda: window.start_conversation(child_id), checker.walk)
    checker.assert_clean()


def test_first_run_wizard_every_page(window: Any, checker: Checker, qtbot: Any) -> None:
    from hjulet.gui.dialogs.wizard import FirstRunWizard

    wizard = window.entry.new_vault()
    assert isinstance(wizard, FirstRunWizard)
    checker.walk(wizard)  # the welcome page
    wizard.next()
    checker.walk(wizard)
    wizard.name_page.name.setText("Skolkurator Vingåker")
    wizard.next()
    checker.walk(wizard)
    wizard.next()
    page = wizard.passphrase_page
    page.passphrase.setText("sommar2025")  # weak: the meter's hints show
    page.repeat.setText("sommar")
    checker.walk(wizard)
    page.passphrase.setText("kanelbulle orbit lingon spårvagn")
    page.repeat.setText("kanelbulle orbit lingon spårvagn")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.key_page.created, timeout=TIMEOUT)
    checker.walk(wizard)
    wizard.next()
    wizard.confirm_page.first.setText("ZZZZ")
    checker.walk(wizard)
    for _ in range(3):
        wizard.next()
    checker.walk(wizard)
    if wizard.vault is not None:
        wizard.vault.close()
    wizard.hide()
    checker.assert_clean()


def test_backup_actions_and_their_dialogs(window: Any, checker: Checker, qtbot: Any) -> None:
    backup = pytest.importorskip("hjulet.gui.dialogs.backup")
    menu = QMenu(window)
    backup.install_backup_actions(window, window.session, menu)
    checker.menu("File", menu)
    dialog = backup.PassphraseDialog(window, "", "", new=True)
    dialog.first.setText("short")
    dialog._check()
    checker.walk(dialog)
    dialog.first.setText("long enough passphrase")
    dialog.second.setText("another long passphrase")
    dialog._check()
    checker.walk(dialog)
    dialog.close()
    checker.assert_clean()


def test_error_messages(checker: Checker) -> None:
    from hjulet.core import errors
    from hjulet.gui.errors import message_for

    for name in dir(errors):
        kind = getattr(errors, name)
        if isinstance(kind, type) and issubclass(kind, errors.HjuletError):
            exc = kind("x") if issubclass(kind, errors.InvalidInput) else kind()
            checker.check(f"message_for({name})", message_for(exc).split("\n")[0])
    checker.check("message_for(Exception)", message_for(RuntimeError()))
    checker.assert_clean()

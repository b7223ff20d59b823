"""Open every window and dialog on the current screen and list controls out of reach.

Run as a subprocess by ``test_workspace_fit.py`` (the screen size and
``QT_SCALE_FACTOR`` are read once, when the QApplication starts, so each screen
gets its own process). Prints one JSON object: ``{"screen": [w, h], "opened":
[names], "problems": [text]}``.

A control is out of reach when it lies outside the screen's available area, or
outside its own window, or is cut by a parent that is too small. A control
inside a scroll area counts as reachable when the scroll area itself is.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HJULET_TTS_ENGINE", "mock")

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

CONTROL_TYPES = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QScrollArea,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)


def _scroll_owner(widget: QWidget, stop: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose content holds the widget, if any (below ``stop``)."""
    w: QWidget | None = widget.parentWidget()
    while w is not None and w is not stop:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return parent
        w = parent
    return None


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def out_of_reach(window: QWidget) -> list[str]:
    area = window.screen().availableGeometry()
    win = _global_rect(window)
    problems: list[str] = []
    if not area.adjusted(-1, -1, 1, 1).contains(win):
        problems.append(f"window {_rect(win)} outside the screen {_rect(area)}")
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > window.width() + 1 or need.height() > window.height() + 1:
        # squeezed below what its content needs: controls overlap or are cut
        problems.append(
            f"window needs {need.width()}x{need.height()}, has {window.width()}x{window.height()}"
        )
    for area_ in window.findChildren(QScrollArea):
        inner = area_.widget()
        if inner is None or not area_.isVisible():
            continue
        if inner.width() > area_.viewport().width() + 1:
            # pages may scroll down, never sideways: that hides whole columns
            sideways = area_.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            problems.append(
                f"{_name(area_)} {'scrolls sideways' if sideways else 'cuts its content'}: "
                f"{inner.width()} wide in {area_.viewport().width()}"
            )
    problems += clipped_texts(window)
    seen: set[int] = set()
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROL_TYPES) or isinstance(control, QScrollBar):
            continue
        if not control.isVisible() or control.window() is not window:
            continue
        target: QWidget = control
        owner = _scroll_owner(target, window)
        while owner is not None:  # reachable by scrolling: check the scroll area instead
            target = owner
            owner = _scroll_owner(target, window)
        if id(target) in seen:
            continue
        seen.add(id(target))
        rect = _global_rect(target)
        name = _name(target)
        if not area.adjusted(-1, -1, 1, 1).contains(rect):
            problems.append(f"{name} {_rect(rect)} outside the screen {_rect(area)}")
            continue
        parent = target.parentWidget()
        while parent is not None:
            shown = _global_rect(parent)
            if not shown.adjusted(-1, -1, 1, 1).contains(rect):
                problems.append(f"{name} {_rect(rect)} cut by {_name(parent)} {_rect(shown)}")
                break
            if parent is window:
                break
            parent = parent.parentWidget()
    return problems


TEXT_TYPES = (QPushButton, QCheckBox, QRadioButton, QComboBox, QLabel)


def clipped_texts(window: QWidget) -> list[str]:
    """Buttons, boxes and one-line labels narrower than their text needs: the text is cut."""
    problems: list[str] = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, TEXT_TYPES) or not w.isVisible() or w.window() is not window:
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or not w.text() or w.pixmap() is not None):
            continue
        need = w.minimumSizeHint().width()
        if isinstance(w, QComboBox):
            need = w.sizeHint().width()  # the longest item, not just an elided stub
        if w.width() + 1 < need:
            problems.append(f"{_name(w)} cut: {w.width()} wide, its text needs {need}")
    return problems


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, QAbstractButton | QLabel):
        text = w.text().replace("\n", " ")[:30]
    elif isinstance(w, QComboBox):
        text = w.currentText()[:30]
    label = w.objectName() or w.accessibleName() or text
    return f"{type(w).__name__}({label})"


def _rect(r: QRect) -> str:
    return f"{r.x()},{r.y()} {r.width()}x{r.height()}"


class Probe:
    def __init__(self) -> None:
        self.opened: list[str] = []
        self.problems: list[str] = []

    def look(self, name: str, window: QWidget) -> None:
        if not window.isVisible():
            window.show()
        QTest.qWait(60)
        QApplication.processEvents()
        self.opened.append(name)
        for problem in out_of_reach(window):
            self.problems.append(f"{name}: {problem}")

    def dialog(self, name: str, make: Callable[[], QWidget | None]) -> None:
        dialog = make()
        if dialog is None:
            self.problems.append(f"{name}: did not open")
            return
        self.look(name, dialog)
        if isinstance(dialog, QDialog):
            dialog.done(QDialog.DialogCode.Rejected)
        dialog.close()
        QApplication.processEvents()


def windows(probe: Probe, base: Path) -> Iterator[None]:
    from hjulet import services
    from hjulet.core.catalog import load_catalog
    from hjulet.core.model import AgeTier
    from hjulet.gui.conversation.start import StartConversationDialog
    from hjulet.gui.dialogs.backup import PassphraseDialog
    from hjulet.gui.printing.encrypted import EncryptedPdfDialog
    from hjulet.gui.workspace.consent_register import ConsentDialog
    from hjulet.gui.workspace.main_window import MainWindow
    from tests.gui.test_workspace_fixtures import PASSPHRASE, make_ctx, make_vault

    catalog = load_catalog()
    ctx = make_ctx(base / "settings", catalog)
    path = base / "vault"
    vault, _key = make_vault(path, catalog, children=3)
    arabic = services.add_child(
        vault,
        name="Maryam Abdirahman Johansson-Lindqvist",  # long names must not widen windows
        code="T-AR",
        birth_year=date.today().year - 11,
        languages=("ar", "sv"),
        age_tier=AgeTier.MIDDLE,
    )
    assert arabic.id is not None
    ar_conv = services.start_conversation(
        vault,
        arabic.id,
        definition=catalog.definition(),
        scale=catalog.scale("steps4"),
        language="ar",
        held_on=date.today() - timedelta(days=1),
    )
    vault.close()

    window = MainWindow(ctx)
    window.show()
    probe.look("main window, locked", window)
    yield
    probe.dialog("unlock", lambda: window.entry.ask_unlock(path))
    probe.dialog("recovery", lambda: window.entry.recover(path))
    wizard = window.entry.new_vault()
    probe.look("wizard: welcome", wizard)
    wizard.next()
    wizard.name_page.name.setText("Skolkurator Vingåker")
    probe.look("wizard: name", wizard)
    wizard.next()
    probe.look("wizard: folder", wizard)
    wizard.next()
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.repeat.setText(PASSPHRASE)
    probe.look("wizard: passphrase", wizard)
    wizard.next()
    for _ in range(200):
        if wizard.key_page.created:
            break
        QTest.qWait(50)
    probe.look("wizard: recovery key", wizard)
    wizard.next()
    first, second = wizard.confirm_page.expected()
    wizard.confirm_page.first.setText(first)
    wizard.confirm_page.second.setText(second)
    probe.look("wizard: confirm key", wizard)
    wizard.next()
    probe.look("wizard: you and the wheel", wizard)
    if wizard.vault is not None:
        wizard.vault.close()
        wizard.vault = None
    wizard.done(QDialog.DialogCode.Rejected)
    window.entry.open_with_passphrase(path, PASSPHRASE)
    for _ in range(200):
        if window.vault is not None:
            break
        QTest.qWait(50)
    for w in QApplication.topLevelWidgets():  # the keep-until reminder, if any
        if isinstance(w, QDialog) and w.isVisible():
            w.done(QDialog.DialogCode.Rejected)
    assert window.vault is not None
    probe.look("caseload", window)
    child_id = window.caseload.model.row_at(0).child.id
    window.open_child(child_id)
    probe.look("child page", window)
    # every area's name whole on the comparison's wheels ("Ansvar…" at 150 %)
    for wheel in (window.child_page.compare.left, window.child_page.compare.right):
        if wheel is not None and wheel.isVisible() and wheel.shortened_names():
            probe.problems.append(
                f"child page: a comparison wheel {wheel.width()}x{wheel.height()} shortens "
                + ", ".join(wheel.shortened_names())
            )
    # the comparison is read at a glance: both wheels and the list without scrolling,
    # also when the sharing banner says whose consent is missing (one guardian's alone)
    from hjulet.core.model import Consent, ConsentForm, ConsentGiver

    one_of_two = services.find_child(window.vault, "T-001")
    assert one_of_two.id is not None
    services.add_consent(
        window.vault,
        Consent(
            None,
            one_of_two.id,
            ConsentGiver.GUARDIAN_1,
            ("Socialtjänsten", "Region Sörmland"),
            ConsentForm.WRITTEN,
            date.today(),
            date.today() + timedelta(days=300),
        ),
    )
    for shown, label in ((child_id, "child page"), (one_of_two.id, "child page (one guardian)")):
        window.open_child(shown)
        holder = window.child_page.tabs.currentWidget()
        if isinstance(holder, QScrollArea) and holder.verticalScrollBar().maximum() > 0:
            probe.problems.append(
                f"{label}: the comparison scrolls {holder.verticalScrollBar().maximum()} px down"
            )
    window.open_child(child_id)
    yield
    vault_now = window.vault
    probe.dialog("add child", window.add_child)
    probe.dialog("edit child", lambda: window.edit_child(child_id))
    probe.dialog("settings", window.show_settings)
    probe.dialog("audit log", window.show_audit)
    probe.dialog("keep-until reminders", lambda: window.check_retention(always=True))
    probe.dialog("change passphrase", window.change_passphrase)
    probe.dialog("new recovery key", window.new_recovery_key)
    probe.dialog("consent", lambda: _opened(ConsentDialog(child_id, window)))
    probe.dialog(
        "backup passphrase",
        lambda: _opened(PassphraseDialog(window, "Backup", "A passphrase", new=True)),
    )
    probe.dialog(
        "start a conversation",
        lambda: _opened(
            StartConversationDialog(
                services.get_child(vault_now, child_id), catalog, ctx.basedir, window
            )
        ),
    )
    probe.dialog("summary", lambda: window.open_summary(child_id))
    probe.dialog("blank sheet", window.open_blank_sheet)
    probe.dialog(
        "encrypted PDF", lambda: _opened(EncryptedPdfDialog(ctx, base / "none.hbk", window))
    )
    conversation_id = services.list_conversations(vault_now, child_id)[-1].id
    # the professional's side of a guardian's view: who and which language, and the copy
    from hjulet.gui.guardians.copy_dialog import open_guardian_copy_dialog
    from hjulet.gui.guardians.window import GuardianStartDialog
    from hjulet.services import guardians

    probe.dialog("guardian: hand over", lambda: _opened(GuardianStartDialog(ctx.basedir, window)))
    view = guardians.start_guardian_view(vault_now, conversation_id, "guardian_2", "so")
    assert view.id is not None
    guardians.set_guardian_words(vault_now, view.id, catalog.definition().areas[0].id, "Erey")
    probe.dialog(
        "guardian: own copy",
        lambda: open_guardian_copy_dialog(ctx, vault_now, conversation_id, window),
    )
    conv = window.open_conversation(conversation_id)
    assert conv is not None
    probe.look("conversation (Swedish)", conv)
    probe.dialog("concern", conv.show_concern)
    conv.close()
    assert ar_conv.id is not None
    conv = window.open_conversation(ar_conv.id)
    assert conv is not None
    probe.look("conversation (Arabic)", conv)
    # a conversation window opens where and as big as it was last closed
    area = conv.screen().availableGeometry()
    if area.width() >= 1500:
        conv.showNormal()
        conv.setGeometry(100, 80, 1000, 700)
        QTest.qWait(60)
        wanted = conv.geometry()
        conv.close()
        QApplication.processEvents()
        again = window.open_conversation(ar_conv.id)
        assert again is not None
        QTest.qWait(60)
        probe.opened.append("conversation (reopened)")
        if again.geometry() != wanted:
            probe.problems.append(
                f"conversation: reopened at {_rect(again.geometry())}, closed at {_rect(wanted)}"
            )
        conv = again
    conv.close()
    yield


def _opened(dialog: Any) -> Any:
    dialog.open()
    return dialog


def main() -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from hjulet.app.translations import install_translators
    from hjulet.gui.fonts import register_fonts

    # Swedish, as the users see it: its words are longer than the English sources
    install_translators(os.environ.get("HJULET_FIT_LANGUAGE", "sv"))
    register_fonts()
    probe = Probe()
    with tempfile.TemporaryDirectory(prefix="hjulet-fit-") as tmp:
        for _step in windows(probe, Path(tmp)):
            pass
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QWizard | QDialog):
                w.done(QDialog.DialogCode.Rejected)
        QApplication.closeAllWindows()
        app.processEvents()
    screen = app.primaryScreen().availableGeometry()  # type: ignore[union-attr]
    print(
        json.dumps(
            {
                "screen": [screen.width(), screen.height()],
                "opened": probe.opened,
                "problems": probe.problems,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

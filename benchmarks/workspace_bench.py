"""Workspace figures: unlock to a filled caseload, and filter-as-you-type latency.

Runs the real MainWindow (offscreen is fine) on the shared 2,000-child vault.
``run(tmp, big_vault, passphrase)`` is the ``make bench`` entry; ``python -m
benchmarks.workspace_bench`` builds its own vault.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.common import report

KEYSTROKES = ("b", "a", "r", "n", " ", "1", "2")  # "barn 12": narrows 2,000 rows to 11


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:  # the caller's (on a real display for screenshots): keep its platform
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def _window(base: Path) -> Any:
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.core.catalog import load_catalog
    from hjulet.gui.workspace.main_window import MainWindow

    base.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(
        basedir=base, settings=Settings(base), catalog=load_catalog(), no_err_windows=True
    )
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    return window


def _on_page(wizard: Any, page: Any) -> None:
    """The wizard shows ``page`` (else the tour is out of step with the wizard)."""
    if wizard.currentPage() is not page:
        raise RuntimeError(
            f"the wizard shows {type(wizard.currentPage()).__name__}, not {type(page).__name__}"
        )


def _wait(app: Any, cond: Any, timeout: float = 60.0) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def measure_unlock_to_caseload(
    vault_path: Path, passphrase: str, base: Path, repeat: int = 5
) -> dict[str, list[float]]:
    """Seconds from "Unlock" to a painted caseload of every child, per run.

    ``total``: passphrase check (product key derivation), opening, listing,
    model reset and first paint. ``after_key``: the same without the key
    derivation (list + model + paint), i.e. what the GUI itself adds.
    """
    from hjulet import services

    app = _app()
    window = _window(base)
    total: list[float] = []
    after_key: list[float] = []
    rows = -1
    try:
        for _ in range(repeat):
            t = time.perf_counter()
            window.entry.open_with_passphrase(vault_path, passphrase)
            _wait(app, lambda: window.vault is not None and window.caseload.model.rowCount() > 0)
            window.caseload.table.viewport().repaint()
            total.append(time.perf_counter() - t)
            rows = window.caseload.model.rowCount()
            _close_reminder(window)
            window.lock()
            vault = services.open_vault(vault_path, passphrase)
            t = time.perf_counter()
            window.entry.set_vault(vault, vault_path)
            window.caseload.table.viewport().repaint()
            after_key.append(time.perf_counter() - t)
            _close_reminder(window)
            window.lock()
    finally:
        window.close()
    print(f"  (caseload rows: {rows})")
    return {"total": total, "after_key": after_key}


def _close_reminder(window: Any) -> None:
    dialog = window.retention_dialog
    if dialog is not None:
        dialog.done(0)


def measure_retention_reminder(vault_path: Path, passphrase: str, repeat: int = 3) -> list[float]:
    """Seconds to build and show the keep-until reminder for every child past the date."""
    from hjulet import services
    from hjulet.gui.dialogs.retention import RetentionDialog

    app = _app()
    out: list[float] = []
    with services.open_vault(vault_path, passphrase) as vault:
        for _ in range(repeat):
            t = time.perf_counter()
            due = services.retention_due(vault)
            dialog = RetentionDialog(vault, due)
            dialog.show()
            app.processEvents()
            out.append(time.perf_counter() - t)
            if len(out) == 1:
                print(f"  (children past their date: {len(due)})")
            dialog.done(0)
            dialog.deleteLater()
    return out


def measure_filter_latency(
    vault_path: Path, passphrase: str, base: Path, rounds: int = 10
) -> list[float]:
    """Seconds per keystroke in the caseload filter: key event, refilter, repaint."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from hjulet import services

    app = _app()
    window = _window(base)
    out: list[float] = []
    try:
        window.entry.set_vault(services.open_vault(vault_path, passphrase), vault_path)
        _close_reminder(window)
        edit = window.caseload.filter_edit
        edit.setFocus()
        app.processEvents()
        for _ in range(rounds):
            edit.clear()
            app.processEvents()
            for key in KEYSTROKES:
                t = time.perf_counter()
                QTest.keyClicks(edit, key)
                window.caseload.table.viewport().repaint()
                out.append(time.perf_counter() - t)
            assert window.caseload.proxy.rowCount() < window.caseload.model.rowCount()
            # and back: Backspace widens the filter again
            for _ in KEYSTROKES:
                t = time.perf_counter()
                QTest.keyClick(edit, Qt.Key.Key_Backspace)
                window.caseload.table.viewport().repaint()
                out.append(time.perf_counter() - t)
    finally:
        window.close()
    return out


def run(tmp: Path, big_vault: Path, big_pass: str) -> None:
    tmp.mkdir(parents=True, exist_ok=True)
    print("Workspace (2,000 children)")
    unlock = measure_unlock_to_caseload(big_vault, big_pass, tmp / "base1")
    report("unlock -> filled, painted caseload", unlock["total"])
    report("  of which after the key (list, model, paint)", unlock["after_key"])
    report("keep-until reminder at unlock", measure_retention_reminder(big_vault, big_pass))
    latency = measure_filter_latency(big_vault, big_pass, tmp / "base2")
    report("filter-as-you-type, per keystroke", latency)
    print(f"  filter median: {statistics.median(latency) * 1000:.2f} ms")


def main() -> None:
    from benchmarks.common import build_big_vault
    from hjulet.storage.keyslots import PRODUCT_KDF

    with tempfile.TemporaryDirectory(prefix="hjulet-ws-bench-") as d:
        tmp = Path(d)
        secs = build_big_vault(tmp / "big", "bench passphrase", kdf=PRODUCT_KDF)
        print(f"Built the 2,000-child vault in {secs:.1f} s")
        run(tmp / "ws", tmp / "big", "bench passphrase")


def take_screenshots(outdir: Path, base: Path) -> list[Path]:
    """Screens of the workspace on a real display (run under Xvfb, 1366x768).

    Uses the demo vault of fictional children. Returns the PNG files written.
    """
    from datetime import date, timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from hjulet import services
    from hjulet.gui.dialogs.recovery import RecoveryDialog
    from hjulet.gui.dialogs.wizard import FirstRunWizard
    from hjulet.gui.fonts import register_fonts
    from hjulet.storage.keyslots import FAST_KDF

    app = _app()
    register_fonts()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def settle(ms: int = 250) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        settle()
        from hjulet.gui.wheel.widget import settle_wheels

        settle_wheels()  # no wheel shows a resize's scaled frame
        app.processEvents()
        screen = QGuiApplication.primaryScreen()
        path = outdir / f"ws_{name}.png"
        screen.grabWindow(0).save(str(path))
        written.append(path)

    window = _window(base)
    window.ctx.kdf = FAST_KDF
    window.move(0, 0)
    settle()

    # the wizard
    wizard = FirstRunWizard(window.ctx.catalog, base / "vaults", "sv", window, kdf=FAST_KDF)
    wizard.resize(720, 560)
    wizard.show()
    wizard.move(320, 100)
    # the wizard opens on its welcome page (language, demo); every step checks it is
    # on the page it fills, so a new page fails here and not as a timeout later
    _on_page(wizard, wizard.welcome_page)
    shot("wizard_0_welcome")
    wizard.next()
    _on_page(wizard, wizard.name_page)
    wizard.name_page.name.setText("Skolkurator Vingåker")
    shot("wizard_1_name")
    wizard.next()
    _on_page(wizard, wizard.folder_page)
    wizard.folder_page.path.setText("/home/anna/OneDrive - Vingåker kommun/Hjulet")
    shot("wizard_2_folder_warning")
    wizard.folder_page.path.setText(str(base / "vaults" / "Skolkurator Vingåker"))
    wizard.next()
    _on_page(wizard, wizard.passphrase_page)
    wizard.passphrase_page.passphrase.setText("kanelbulle orbit")
    wizard.passphrase_page.repeat.setText("kanelbulle orbit")
    shot("wizard_3_passphrase_weak")
    wizard.passphrase_page.passphrase.setText("kanelbulle orbit lingon spårvagn fyrtorn")
    wizard.passphrase_page.repeat.setText("kanelbulle orbit lingon spårvagn fyrtorn")
    shot("wizard_3_passphrase_strong")
    wizard.next()
    _on_page(wizard, wizard.key_page)
    _wait(app, lambda: wizard.key_page.created)
    shot("wizard_4_recovery_key")
    wizard.next()
    _on_page(wizard, wizard.confirm_page)
    a, b = wizard.confirm_page.expected()
    wizard.confirm_page.first.setText("ZZZZ" if a != "ZZZZ" else "YYYY")
    wizard.confirm_page.second.setText(b)
    shot("wizard_5_confirm_wrong")
    wizard.confirm_page.first.setText(a)
    wizard.next()
    _on_page(wizard, wizard.preferences_page)
    shot("wizard_6_language_wheel")
    wizard.accept()
    _wait(app, lambda: not wizard.isVisible())  # the recovery key confirmed, in the background
    if wizard.vault is not None:  # not handed to the window: this tour opens the demo next
        wizard.vault.close()
    settle()
    window.lock()

    # the demo vault: one child past the keep-until date, for the reminder
    from hjulet.services.demo import DEMO_NAME, populate_demo
    from hjulet.services.paths import demo_vault_path

    demo = demo_vault_path(base)
    vault, _ = services.create_vault(demo, "demo", name=DEMO_NAME, kdf=FAST_KDF)
    populate_demo(vault, window.ctx.catalog)
    old = services.find_child(vault, "DEMO-006")
    services.update_child(vault, replace(old, retention_until=date.today() - timedelta(days=3)))
    vault.close()

    dialog = window.entry.ask_unlock(demo)
    dialog.passphrase.setText("not it")
    dialog.try_unlock()
    _wait(app, lambda: dialog.message.isVisible())
    shot("unlock_wrong_passphrase")
    dialog.passphrase.setText("demo")
    dialog.try_unlock()
    _wait(app, lambda: window.vault is not None)
    shot("retention_reminder")
    if window.retention_dialog is not None:
        window.retention_dialog.done(0)
    shot("caseload_demo")
    window.caseload.filter_edit.setText("a")
    shot("caseload_filtered")
    window.caseload.filter_edit.clear()

    liam = services.find_child(window.vault, "DEMO-004")
    window.open_child(liam.id)
    shot("child_compare_side_by_side")
    window.child_page.compare.overlay.setChecked(True)
    shot("child_compare_overlay")
    page = window.child_page
    page.tabs.setCurrentWidget(page.timeline)
    shot("child_timeline")
    page.tabs.setCurrentWidget(page.sip)
    shot("child_sip")
    page.tabs.setCurrentWidget(page.consent)
    shot("consent_register")
    noah = services.find_child(window.vault, "DEMO-002")
    services.withdraw_consent(
        window.vault, services.list_consents(window.vault, noah.id)[0].id or 0
    )
    window.open_child(noah.id)
    page.tabs.setCurrentWidget(page.consent)
    shot("consent_sharing_blocked")
    audit = window.show_audit()
    audit.move(230, 100)
    shot("audit_log")
    audit.action.setCurrentIndex(audit.action.findData("consent_withdrawn"))
    shot("audit_log_filtered")
    audit.done(0)
    window.lock()
    shot("locked")
    recovery = RecoveryDialog(demo, window, kdf=FAST_KDF)
    recovery.show()
    recovery.move(400, 150)
    recovery.key_edit.setText("7K3M-Q9RT")
    recovery.new_pass.setText("blåbär cykel fyrtorn vinter")
    shot("recovery")
    recovery.done(0)
    QTimer.singleShot(0, window.close)
    settle()
    return written


if __name__ == "__main__":
    if sys.argv[1:2] == ["shots"]:
        out = Path(sys.argv[2] if len(sys.argv) > 2 else "shots")
        with tempfile.TemporaryDirectory(prefix="hjulet-ws-shots-") as d:
            for p in take_screenshots(out, Path(d)):
                print(p)
    else:
        main()

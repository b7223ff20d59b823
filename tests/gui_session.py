"""A scripted GUI session of the real app, run by tests/test_proof_plaintext_gui.py in a
process of its own (private HOME, TMPDIR and XDG folders).

    python tests/gui_session.py BASEDIR VAULT PASSFILE OUTDIR

Starts Hjulet through ``hjulet.app.main.main`` (the real start-up), then: unlock, open the
child, open the conversation and type the child's words, walk every child-mode page,
the summary preview, the print dialog (cancelled: no printer), the child's copy saved
encrypted, an encrypted export, a backup, lock, quit. File choosers are answered with
paths in OUTDIR and passphrase dialogs are filled (the only parts replaced: a person
would click them). Prints "SESSION OK" at the end.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

EXPORT_PASS = "export pass 3"
WORDS = "MrkTypedwordsQz"
steps: list[str] = []


def wait_until(check: Callable[[], object], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise TimeoutError(steps[-1] if steps else "start")
        QTest.qWait(50)


def main() -> int:
    base, vault_path, pass_file, out = (Path(a) for a in sys.argv[1:5])
    passphrase = pass_file.read_text(encoding="utf-8").strip()
    app = QApplication(["hjulet"])
    names = iter(["export.hbk", "backup.hbk", "other.hbk"])

    def save_name(*_args: object, **_kw: object) -> tuple[str, str]:
        return str(out / next(names)), ""

    QFileDialog.getSaveFileName = save_name  # type: ignore[method-assign]

    def answer_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        first = getattr(modal, "first", None)
        if first is not None:  # a passphrase dialog
            secret = EXPORT_PASS if getattr(modal, "new", False) else passphrase
            first.setText(secret)
            second = getattr(modal, "second", None)
            if second is not None:
                second.setText(secret)
            assert isinstance(modal, QDialog)
            modal.accept()
        elif isinstance(modal, QPrintDialog):
            steps.append("print dialog shown")
            modal.reject()
        elif isinstance(modal, QMessageBox):
            yes = modal.button(QMessageBox.StandardButton.Yes)
            (yes or modal.defaultButton() or modal.buttons()[0]).click()
        elif isinstance(modal, QDialog):
            modal.reject()

    closer = QTimer()
    closer.timeout.connect(answer_modal)
    closer.start(40)

    def drive() -> None:
        from hjulet import services
        from hjulet.app.tasks import jobs_running
        from hjulet.gui.conversation.parts import TextField
        from hjulet.gui.workspace.main_window import MainWindow

        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        steps.append("unlock")
        wait_until(lambda: window.vault is not None)
        vault = window.vault
        assert vault is not None
        child = services.list_children(vault)[0].child
        assert child.id is not None
        steps.append("child page")
        assert window.open_child(child.id)
        QTest.qWait(200)
        steps.append("conversation")
        conv = services.list_conversations(vault, child.id)[-1]
        assert conv.id is not None
        view = window.open_conversation(conv.id)
        assert view is not None
        QTest.qWait(300)
        fields = [f for f in view.findChildren(TextField) if f.isVisible() and f.isEnabled()]
        assert fields, "no text field to type the child's words in"
        fields[0].setFocus()
        QTest.keyClicks(fields[0], WORDS)
        QTest.qWait(1500)
        steps.append("child mode")
        child_mode = view.open_child_mode()
        for page in child_mode.PAGES:  # type: ignore[attr-defined]
            child_mode.go(page)  # type: ignore[attr-defined]
            QTest.qWait(100)
        child_mode.leave()  # type: ignore[attr-defined]
        QTest.qWait(300)
        steps.append("summary preview")
        summary = view.open_print()
        assert summary is not None
        wait_until(lambda: summary.pdf and not summary.busy)  # type: ignore[attr-defined]
        steps.append("print dialog")
        summary.print_document()  # type: ignore[attr-defined]
        assert "print dialog shown" in steps
        steps.append("child's copy")
        summary.copy_radio.setChecked(True)  # type: ignore[attr-defined]
        QTest.qWait(300)
        wait_until(lambda: summary.pdf and not summary.busy)  # type: ignore[attr-defined]
        copy = out / "childs-copy.hbk"
        summary.saver.ask_encrypted_target = lambda: (EXPORT_PASS, str(copy))  # type: ignore[attr-defined]
        summary.saver.save_encrypted()  # type: ignore[attr-defined]
        wait_until(lambda: copy.exists() and not jobs_running())
        summary.close()
        steps.append("export")
        window.menus.backup_actions.export()
        wait_until(lambda: (out / "export.hbk").exists() and not jobs_running())
        QTest.qWait(300)
        steps.append("backup")
        window.menus.backup_actions.back_up()
        wait_until(lambda: (out / "backup.hbk").exists() and not jobs_running())
        QTest.qWait(300)
        steps.append("lock")
        view.close()
        window.lock()
        assert window.vault is None
        window.close()
        steps.append("done")
        app.quit()

    def guarded() -> None:
        try:
            drive()
        except BaseException as exc:
            print(f"SESSION FAILED at {steps[-1] if steps else '?'}: {exc!r}", flush=True)
            for top in app.topLevelWidgets():
                if isinstance(top, QWidget):
                    top.close()
            app.exit(3)

    QTimer.singleShot(500, guarded)
    from hjulet.app.main import main as app_main

    args = ["--basedir", str(base), "--vault", str(vault_path), "--fast-kdf"]
    code = app_main([*args, "--passphrase-file", str(pass_file), "--no-err-windows"])
    closer.stop()
    if steps and steps[-1] == "done" and code == 0:
        print("SESSION OK:", ", ".join(steps), flush=True)
        return 0
    print("SESSION INCOMPLETE:", ", ".join(steps), "exit", code, flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())

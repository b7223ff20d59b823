"""The print dialogs, driven like a person: preview, switch, print, save after the warning."""

from __future__ import annotations

import io
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QPushButton

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.app.settings import Settings
from hjulet.core.catalog import Catalog
from hjulet.core.model import AuditAction
from hjulet.gui.printing.blank_sheet import BlankSheetDialog, open_blank_sheet_dialog
from hjulet.gui.printing.summary import SummaryDialog, open_summary_dialog
from hjulet.services.summary import ReportRequest, render_report
from hjulet.storage.vault import Vault
from tests.reports.builders import pdftotext
from tests.services.summary_builders import CODE, NEW_DAY, OLD_DAY, SHARED_WORDS, build_child

TIMEOUT = 15_000


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private temp folder for this test (Python's and Qt's): must stay empty."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


@pytest.fixture
def ctx(tmp_path: Path, catalog: Catalog, qtbot: object) -> AppContext:
    base = tmp_path / "base"
    base.mkdir()
    return AppContext(base, Settings(base), catalog, no_err_windows=True)


def _ready(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy and dialog.page_count() > 0, timeout=TIMEOUT)


def _pages(data: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(data)).pages)


def _printed(vault: Vault) -> list[str]:
    return [e.detail for e in services.list_audit(vault) if e.action is AuditAction.PRINTED]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_preview_shows_the_rendered_pages_and_follows_the_options(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, scratch: Path
) -> None:  # type: ignore[no-untyped-def]
    built = build_child(vault, catalog)
    dialog = open_summary_dialog(ctx, vault, built.child_id, None)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    # the latest conversation, newest first in the list
    assert dialog.conversation_box.currentText() == NEW_DAY.isoformat()
    assert dialog.conversation_box.itemText(1) == OLD_DAY.isoformat()
    expected = render_report(vault, ReportRequest(built.child_id, built.new.id))
    assert dialog.page_count() == len(_pages(expected)) >= 2
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    summary_pdf = dialog.pdf

    # the child's own copy, in Arabic: a different document
    dialog.copy_radio.click()
    assert dialog.copy_lang.isEnabled() and not dialog.summary_lang.isEnabled()
    dialog.copy_lang.setCurrentIndex(dialog.copy_lang.findData("ar"))
    assert dialog.busy and not dialog.print_button.isEnabled()
    _ready(qtbot, dialog)
    assert dialog.request().kind == "child-copy" and dialog.request().lang == "ar"
    assert dialog.pdf != summary_pdf and 1 <= dialog.page_count() <= 2
    assert dialog.page_count() == len(_pages(dialog.pdf))
    assert _printed(vault) == []  # previews are not logged
    assert _files(scratch) == []  # the preview never touched a file
    assert not any(p.suffix == ".pdf" for p in ctx.basedir.rglob("*"))


def _open_summary(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path
) -> tuple[SummaryDialog, Path]:
    """The summary dialog of a built child, shown with its preview ready, and an
    empty folder for the files the test chooses to save."""
    built = build_child(vault, catalog)
    dialog = SummaryDialog(ctx, vault, built.child_id, built.new.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _ready(qtbot, dialog)
    target_dir = tmp_path / "chosen"
    target_dir.mkdir()
    return dialog, target_dir


def test_save_warns_first_then_writes_only_the_chosen_file(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path, scratch: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog, target_dir = _open_summary(qtbot, ctx, vault, catalog, tmp_path)
    asked: list[str] = []

    def ask(suggested: str) -> str:
        asked.append(suggested)
        return str(target_dir / "sip")  # no suffix: .pdf is added

    dialog.saver.ask_save_path = ask  # type: ignore[method-assign]

    # first time: the warning, and Cancel writes nothing
    dialog.save_button.click()
    box = dialog.findChild(QMessageBox, "unencryptedWarning")
    assert box is not None and box.isVisible()
    assert "not encrypted" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert asked == [] and _files(target_dir) == [] and _printed(vault) == []
    box.deleteLater()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "unencryptedWarning") is None)

    # second time: accept the warning, then the file is written and logged
    dialog.save_button.click()
    box = dialog.findChild(QMessageBox, "unencryptedWarning")
    save = next(b for b in box.findChildren(QPushButton) if b.text().startswith("Save unencrypted"))
    save.click()
    assert asked == [f"SIP-summary-{CODE}-{NEW_DAY.isoformat()}.pdf"]
    # written and logged in one service call, off the GUI thread
    qtbot.waitUntil(lambda: _printed(vault) == ["summary"], timeout=10_000)
    assert _files(target_dir) == ["sip.pdf"]
    saved = (target_dir / "sip.pdf").read_bytes()
    assert saved == dialog.pdf
    text = " ".join(pdftotext(target_dir / "sip.pdf").split())
    assert all(words in text for words in SHARED_WORDS) and "HEMLIG" not in text
    assert _printed(vault) == ["summary"]
    assert _files(scratch) == []
    assert not any(p.suffix == ".pdf" for p in ctx.basedir.rglob("*"))


def test_save_pressed_again_while_it_writes_writes_one_file(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path, scratch: Path
) -> None:  # type: ignore[no-untyped-def]
    """Never twice: while the real write is held, Save and Print are greyed, a second
    press (or a second answered warning) starts nothing, and Close waits; once the
    file is written everything is back. One file, one log entry."""
    from tests.gate import Gate

    dialog, target_dir = _open_summary(qtbot, ctx, vault, catalog, tmp_path)
    asked: list[str] = []

    def ask(suggested: str) -> str:
        asked.append(suggested)
        return str(target_dir / f"sip-{len(asked)}.pdf")

    gate = Gate()
    real_job = dialog.write_job
    dialog.saver.write_job = lambda t, d, p: gate(real_job(t, d, p))  # type: ignore[method-assign]
    dialog.saver.ask_save_path = ask  # type: ignore[method-assign]
    dialog.saver.save_unencrypted()
    gate.wait_started()
    assert dialog.working and not dialog.busy_bar.isHidden()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.save_button.click()  # greyed: nothing
    dialog.save_document()  # the button's slot all the same: nothing
    assert dialog.findChild(QMessageBox, "unencryptedWarning") is None
    dialog.saver.save_unencrypted()  # a second warning answered meanwhile: nothing
    assert asked == ["SIP-summary-" + f"{CODE}-{NEW_DAY.isoformat()}.pdf"]
    dialog.close()  # Close waits for the file
    assert dialog.isVisible()
    gate.open()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    assert _files(target_dir) == ["sip-1.pdf"] and _printed(vault) == ["summary"]
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert dialog.busy_bar.isHidden()
    assert _files(scratch) == []
    dialog.close()
    assert not dialog.isVisible()


def test_printing_paints_every_page_and_is_logged(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    built = build_child(vault, catalog)
    dialog = SummaryDialog(ctx, vault, built.child_id)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    printer = dialog.make_printer()
    printer.setResolution(96)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read back
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)  # off the GUI thread
    qtbot.waitUntil(lambda: not dialog.working, timeout=TIMEOUT)
    pages = _pages((tmp_path / "printed.pdf").read_bytes())
    assert len(pages) == dialog.page_count()
    assert round(float(pages[0].mediabox.width)) in (595, 596)  # A4
    assert _printed(vault) == ["summary"]

    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer)
    qtbot.waitUntil(lambda: not dialog.working, timeout=TIMEOUT)
    assert len(_pages((tmp_path / "page2.pdf").read_bytes())) == 1


def test_blank_sheet_in_a3_saves_without_a_warning(
    qtbot, ctx: AppContext, tmp_path: Path, scratch: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_blank_sheet_dialog(ctx)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert dialog.page_count() == 1
    langs = [dialog.lang_box.itemData(i) for i in range(dialog.lang_box.count())]
    assert {"sv", "en", "ar", "ti"} <= set(langs)
    a4 = dialog.pdf
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("A3"))
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("ti"))
    _ready(qtbot, dialog)
    assert dialog.pdf != a4
    dialog.saver.ask_save_path = lambda suggested: str(tmp_path / suggested)  # type: ignore[method-assign]
    dialog.save_button.click()
    assert dialog.findChild(QMessageBox, "unencryptedWarning") is None  # nothing personal
    qtbot.waitUntil((tmp_path / "Blank-wheel-ti-A3.pdf").exists, timeout=10_000)
    # the file exists before its result reaches the dialog: until then Close waits
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    (page,) = _pages((tmp_path / "Blank-wheel-ti-A3.pdf").read_bytes())
    assert round(float(page.mediabox.width)) == 842  # A3
    assert dialog.make_printer().pageLayout().pageSize().id().name == "A3"
    assert _files(scratch) == []


def test_no_conversation_yet_and_closing_while_rendering(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog
) -> None:  # type: ignore[no-untyped-def]
    child = services.add_child(vault, name="Ny")
    assert child.id is not None
    empty = SummaryDialog(ctx, vault, child.id)
    qtbot.addWidget(empty)
    assert not empty.print_button.isEnabled() and not empty.save_button.isEnabled()
    assert "no conversation" in empty.status.text()

    built = build_child(vault, catalog, code="B-TEST-0009")
    dialog = BlankSheetDialog(ctx)
    dialog.close()  # closed before the first render is back: its result is dropped
    dialog.deleteLater()
    other = SummaryDialog(ctx, vault, built.child_id)
    qtbot.addWidget(other)
    _ready(qtbot, other)  # the pool finished both jobs without touching the closed one
    assert os.path.exists(ctx.basedir)


def test_save_encrypted_instead_then_open_it_in_memory(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path, scratch: Path
) -> None:  # type: ignore[no-untyped-def]
    from hjulet.gui.printing.encrypted import EncryptedPdfDialog

    built = build_child(vault, catalog)
    dialog = SummaryDialog(ctx, vault, built.child_id, built.new.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _ready(qtbot, dialog)
    target = tmp_path / "chosen" / "till-mötet"
    target.parent.mkdir()
    dialog.saver.ask_encrypted_target = lambda: ("mötets egen lösenfras", str(target))  # type: ignore[method-assign]
    dialog.save_button.click()
    box = dialog.findChild(QMessageBox, "unencryptedWarning")
    encrypted = next(
        b for b in box.findChildren(QPushButton) if b.text().startswith("Save encrypted")
    )
    encrypted.click()
    saved = target.with_name("till-mötet.hbk")
    qtbot.waitUntil(saved.exists, timeout=10_000)
    qtbot.waitUntil(lambda: _printed(vault) == ["summary"], timeout=10_000)
    raw = saved.read_bytes()
    assert b"%PDF" not in raw and not any(w.encode() in raw for w in SHARED_WORDS)
    assert _files(scratch) == []

    viewer = EncryptedPdfDialog(ctx, saved)
    qtbot.addWidget(viewer)
    viewer.passphrase.setText("fel lösenfras")
    viewer.try_open()
    qtbot.waitUntil(lambda: viewer.open_button.isEnabled(), timeout=10_000)
    assert not viewer.print_button.isEnabled()
    viewer.passphrase.setText("mötets egen lösenfras")
    viewer.try_open()
    qtbot.waitUntil(viewer.print_button.isEnabled, timeout=10_000)
    assert viewer.preview.page_count() == len(_pages(dialog.pdf))
    assert _files(scratch) == []  # decrypted in memory only


def test_save_dialogs_start_in_the_users_documents_folder(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Not the program's folder (the working directory of a shortcut on Windows)."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from hjulet.gui.printing.blank_sheet import open_blank_sheet_dialog
    from tests.gui.test_workspace_fixtures import make_ctx

    asked: list[str] = []

    def fake_save(_parent, _title, start, _filter=""):  # type: ignore[no-untyped-def]
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    from hjulet.core.catalog import load_catalog

    ctx = make_ctx(tmp_path / "base", load_catalog())
    dialog = open_blank_sheet_dialog(ctx, None)  # deletes itself on close
    dialog.saver.ask_save_path("blank.pdf")
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked and asked[0].startswith(docs or str(tmp_path.home()))
    assert asked[0].endswith("blank.pdf")
    dialog.close()


def test_enter_in_the_print_dialog_neither_prints_nor_saves(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from hjulet.core.catalog import load_catalog
    from hjulet.gui.printing.blank_sheet import open_blank_sheet_dialog
    from tests.gui.test_workspace_fixtures import make_ctx

    dialog = open_blank_sheet_dialog(make_ctx(tmp_path / "base", load_catalog()), None)
    pressed: list[str] = []
    dialog.print_button.clicked.connect(lambda: pressed.append("print"))
    dialog.save_button.clicked.connect(lambda: pressed.append("save"))
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert pressed == []
    assert not any(
        b.isDefault() or b.autoDefault() for b in (dialog.print_button, dialog.save_button)
    )
    dialog.close()


def _fails_later(started: threading.Event, release: threading.Event) -> Callable[[], None]:
    """A write (on the worker thread) that fails once ``release`` is set."""

    def work() -> None:
        started.set()
        release.wait(10)
        raise OSError("the disk went away")

    return work


def test_a_save_that_fails_after_the_dialog_closed_shows_nothing(
    qtbot, vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Plain or encrypted: the write's failure comes back after the dialog is gone, and
    is dropped (no message box on a deleted window)."""
    from shiboken6 import isValid

    from hjulet.app.tasks import jobs_running

    base = tmp_path / "base"
    base.mkdir()
    ctx = AppContext(base, Settings(base), catalog, no_err_windows=False)  # real boxes
    built = build_child(vault, catalog)
    for encrypted in (False, True):
        dialog = SummaryDialog(ctx, vault, built.child_id, built.new.id)
        dialog.show()
        _ready(qtbot, dialog)
        started, release = threading.Event(), threading.Event()

        saver = dialog.saver
        saver.write_job = lambda _t, _d, _p, s=started, r=release: _fails_later(s, r)  # type: ignore[method-assign,misc]
        saver.ask_save_path = lambda suggested: str(tmp_path / suggested)  # type: ignore[method-assign]
        saver.ask_encrypted_target = lambda: ("en egen lösenfras", str(tmp_path / "kopia"))  # type: ignore[method-assign]
        (saver.save_encrypted if encrypted else saver.save_unencrypted)()
        assert started.wait(10)
        dialog.close()
        dialog.deleteLater()
        qtbot.waitUntil(lambda d=dialog: not isValid(d), timeout=TIMEOUT)  # type: ignore[misc]
        release.set()
        qtbot.waitUntil(lambda: not jobs_running(), timeout=TIMEOUT)
        qtbot.wait(50)  # the failure is delivered to the GUI thread: nothing to show


def test_closing_an_encrypted_pdf_while_it_opens_drops_the_result(
    qtbot, ctx: AppContext, vault: Vault, catalog: Catalog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from shiboken6 import delete

    from hjulet.app.tasks import jobs_running
    from hjulet.gui.printing.encrypted import EncryptedPdfDialog
    from hjulet.services.summary import write_encrypted_pdf
    from hjulet.storage.keyslots import FAST_KDF

    built = build_child(vault, catalog)
    data = render_report(
        vault, ReportRequest(built.child_id, built.new.id, "summary", "sv", "code")
    )
    saved = write_encrypted_pdf(tmp_path / "kopia.hbk", data, "en egen lösenfras", kdf=FAST_KDF)
    for secret in ("en egen lösenfras", "fel lösenfras"):  # opened, and refused
        viewer = EncryptedPdfDialog(ctx, saved)
        viewer.passphrase.setText(secret)
        viewer.try_open()
        delete(viewer)  # closed before the result is back (it arrives through the event loop)
        qtbot.waitUntil(lambda: not jobs_running(), timeout=TIMEOUT)
        qtbot.wait(50)

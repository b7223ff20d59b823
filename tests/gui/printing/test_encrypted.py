"""An encrypted PDF being opened: Open and Enter start no second passphrase check
while the first (a real key derivation, held by :class:`tests.gate.Gate`) runs, and
both come back once it has ended."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

import hjulet.gui.printing.encrypted as encrypted
from hjulet.app.context import AppContext
from hjulet.app.settings import Settings
from hjulet.app.tasks import jobs_running
from hjulet.gui.printing.encrypted import EncryptedPdfDialog
from hjulet.services.summary import blank_sheet_pdf, write_encrypted_pdf
from hjulet.storage.keyslots import FAST_KDF
from tests.gate import Gate

SECRET = "en egen lösenfras för mötet"
TIMEOUT = 15_000


def test_an_encrypted_pdf_being_opened_is_not_opened_twice(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, catalog, monkeypatch
):
    base = tmp_path / "base"
    base.mkdir()
    ctx = AppContext(base, Settings(base), catalog, no_err_windows=True)
    saved = write_encrypted_pdf(
        tmp_path / "kopia.hbk", blank_sheet_pdf("sv", catalog=catalog), SECRET, kdf=FAST_KDF
    )
    gate = Gate()
    monkeypatch.setattr(encrypted, "read_encrypted_pdf", gate(encrypted.read_encrypted_pdf))
    viewer = EncryptedPdfDialog(ctx, saved)
    qtbot.addWidget(viewer)
    viewer.show()
    for attempt in ("fel lösenfras", SECRET):  # refused, then opened: each checked once
        viewer.passphrase.setText(attempt)
        viewer.open_button.click()
        gate.wait_started()
        assert not viewer.open_button.isEnabled() and viewer.passphrase.isReadOnly()
        qtbot.keyClick(viewer.passphrase, Qt.Key.Key_Return)
        viewer.open_button.click()
        viewer.try_open()
        assert jobs_running() == 1
        n = len(gate.results)
        gate.open()
        qtbot.waitUntil(lambda: not jobs_running(), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not viewer.passphrase.isReadOnly(), timeout=TIMEOUT)
        gate.started.clear()
        gate.release.clear()
        assert len(gate.results) == n + (attempt == SECRET)  # a refusal keeps no result
        if attempt != SECRET:
            assert viewer.open_button.isEnabled() and not viewer.print_button.isEnabled()
    assert viewer.print_button.isEnabled() and viewer.preview.page_count() >= 1

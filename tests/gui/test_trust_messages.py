"""Issue "Trust first" in the GUI: a full disk is not damage, saves never land in a vault."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from hjulet import services
from hjulet.core.errors import (
    AccessDenied,
    DiskFull,
    OutputInVault,
    ReadOnlyStorage,
    UnsupportedKdf,
    VaultDamaged,
    VaultMismatch,
)
from hjulet.gui.errors import message_for, output_refused
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS


def test_disk_refusals_have_their_own_messages_not_damage(qtbot):  # type: ignore[no-untyped-def]
    damaged = message_for(VaultDamaged("x"))
    for exc, words in (
        (DiskFull("x"), "disk is full"),
        (ReadOnlyStorage("x"), "read-only"),
        (AccessDenied("x"), "refused access"),
        (VaultMismatch("x"), "another vault"),
        (UnsupportedKdf("x"), "key-derivation settings"),
        (OutputInVault("x"), "inside a vault folder"),
    ):
        text = message_for(exc)
        assert words in text and text != damaged, (exc, text)
    assert "nothing was lost" in message_for(DiskFull("x"))
    # an untyped OSError from the disk (a restore's sink, a print spool) is worded the same
    assert message_for(OSError(errno.ENOSPC, "No space left")) == message_for(DiskFull("x"))
    assert message_for(OSError(errno.EROFS, "Read-only")) == message_for(ReadOnlyStorage("x"))


def test_a_save_path_inside_a_vault_or_over_a_folder_is_refused(qtbot, tmp_path, capsys):  # type: ignore[no-untyped-def]
    v = tmp_path / "v"
    vault, _ = services.create_vault(v, PASS, kdf=FAST_KDF)
    vault.close()
    for path in (v / "vault.db", v / "summary.pdf", tmp_path):
        assert output_refused(None, path, no_windows=True)
    assert not output_refused(None, tmp_path / "summary.pdf", no_windows=True)
    assert "inside a vault folder" in capsys.readouterr().err


def test_the_swedish_catalogue_words_a_full_disk(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    root = Path(__file__).resolve().parents[2]
    qm = tmp_path / "sv.qm"
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(exe), "-silent", str(root / "i18n" / "hjulet_sv.ts"), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        full = message_for(DiskFull("x"))
        inside = message_for(OutputInVault("x"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "Disken är full" in full and "inget har gått förlorat" in full
    assert "valvmapp" in inside

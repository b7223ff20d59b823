"""Every file a vault writes is the owner's alone (0600), every folder 0700.

The process runs with the common umask 022 here, so a file made with the
default mode would be world-readable; Windows has no such modes (skipped).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import Answer
from hjulet.services.backup import backup_vault, restore_vault
from hjulet.services.exchange import export_children
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def loose(folder: Path) -> list[str]:
    """Paths under ``folder`` (itself included) that anyone but the owner may read."""
    found = []
    for p in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(p.lstat().st_mode)
        if mode != (0o700 if p.is_dir() else 0o600):
            found.append(f"{p.relative_to(folder.parent)} {oct(mode)}")
    return found


def _use(vault: services.Vault, catalog: Catalog) -> None:
    child = services.add_child(vault, name="Ella", code="E-1")
    assert child.id is not None
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    assert conv.id is not None
    services.set_answer(vault, conv.id, "trygg", Answer.at(3))


def test_a_new_vault_and_everything_it_writes_is_owner_only(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "v"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        _use(vault, catalog)
        names = {p.name for p in path.iterdir()}
        assert {"vault.db", "vault.lock", "keyslots.json", "vault.db-wal"} <= names, names
        assert loose(path) == []
        backup = tmp_path / "out" / "v.hjulet-backup"
        backup.parent.mkdir()
        backup_vault(vault, backup, passphrase=PASS, kdf=FAST_KDF)
        export = tmp_path / "out" / "e.json"
        export_children(vault, export)
        sealed = tmp_path / "out" / "e.hjulet-export"
        export_children(vault, sealed, passphrase=PASS, kdf=FAST_KDF)
        assert loose(path) == []  # the backup's snapshot came and went inside
    for f in (backup, export, sealed):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    restored = restore_vault(backup, tmp_path / "r", passphrase=PASS, kdf=FAST_KDF)
    assert loose(tmp_path / "r") == []
    with services.open_vault(restored.path, PASS):
        assert loose(tmp_path / "r") == []


def test_opening_an_older_vault_tightens_its_modes_and_the_migration_copy_is_private(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "old"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        _use(vault, catalog)
        with vault.engine.begin() as conn:  # schema 3: opening migrates and keeps a copy
            conn.execute(text("DROP TABLE guardian_entries"))
            conn.execute(text("DROP TABLE guardian_views"))
            conn.execute(text("PRAGMA user_version = 3"))
    for name in ("vault.db", "vault.lock", "vault.db-wal", "vault.db-shm"):
        if (path / name).exists():
            os.chmod(path / name, 0o644)  # as Hjulet before this change left them
    with services.open_vault(path, PASS):
        assert list((path / "backups").glob("pre-migration-v3-*.db"))
        assert loose(path) == []

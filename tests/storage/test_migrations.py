"""A schema-1 vault (before forms of address, child decisions, guardian views) migrates."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import Answer, EntryField
from hjulet.storage.db import user_version
from hjulet.storage.keyslots import FAST_KDF
from hjulet.storage.schema import SCHEMA_VERSION
from tests.conftest import PASS


def test_a_schema_1_vault_gains_child_decided_and_keeps_its_data(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "old"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name="Ella")
        assert child.id is not None
        conv = services.start_conversation(
            vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
        )
        assert conv.id is not None
        services.set_answer(vault, conv.id, "trygg", Answer.at(3))
        services.set_shared(vault, conv.id, "trygg", EntryField.ANSWER, True)
        # make it what Hjulet 1 wrote: no address_form or child_decided column, schema 1
        with vault.engine.begin() as conn:
            conn.execute(text("ALTER TABLE entries DROP COLUMN child_decided"))
            conn.execute(text("ALTER TABLE children DROP COLUMN address_form"))
            conn.execute(text("DROP TABLE guardian_entries"))
            conn.execute(text("DROP TABLE guardian_views"))
            conn.execute(text("PRAGMA user_version = 1"))
    assert SCHEMA_VERSION == 4
    with services.open_vault(path, PASS) as again:
        assert user_version(again.engine) == 4
        entry = services.get_conversation(again, conv.id).entry("trygg")
        assert entry.answer == Answer.at(3) and entry.shared == {EntryField.ANSWER}
        assert entry.child_decided == frozenset()
        saved = services.set_shared(
            again, conv.id, "trygg", EntryField.ANSWER, False, by_child=True
        )
        assert saved.child_decided == {EntryField.ANSWER} and saved.shared == frozenset()
    assert list((path / "backups").glob("pre-migration-v1-*.db")) or list(
        path.rglob("pre-migration-v1-*")
    )


def test_verify_passphrase(vault: services.Vault) -> None:
    import pytest

    from hjulet.core.errors import WrongPassphrase

    services.verify_passphrase(vault, PASS)
    with pytest.raises(WrongPassphrase):
        services.verify_passphrase(vault, "not it")

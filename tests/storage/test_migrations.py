"""Old vaults migrate: schema 1 (before forms of address, child decisions, guardian views)
and schema 4 (before a consent could record sole custody)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import text

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import Answer, Consent, ConsentForm, ConsentGiver, EntryField
from hjulet.core.sharing import may_share_child
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
            conn.execute(text("ALTER TABLE consents DROP COLUMN sole_custody"))
            conn.execute(text("PRAGMA user_version = 1"))
    assert SCHEMA_VERSION == 5
    with services.open_vault(path, PASS) as again:
        assert user_version(again.engine) == 5
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


def test_a_schema_4_vaults_consents_read_as_joint_custody_and_can_record_sole_custody(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "v4"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name="Ella")
        assert child.id is not None
        services.add_consent(vault, _guardian_1(child.id))
        # what Hjulet wrote at schema 4: no sole_custody column
        with vault.engine.begin() as conn:
            conn.execute(text("ALTER TABLE consents DROP COLUMN sole_custody"))
            conn.execute(text("PRAGMA user_version = 4"))
    with services.open_vault(path, PASS) as again:
        assert user_version(again.engine) == 5
        (old,) = services.list_consents(again, child.id)
        # the old consent reads as one of two guardians': the safe reading
        assert old.given_by is ConsentGiver.GUARDIAN_1 and old.sole_custody is False
        assert old.recipients == ("Skolan",) and old.given_on == date(2025, 2, 1)
        assert not may_share_child([old], date(2025, 3, 1))
        sole = services.add_consent(again, replace(_guardian_1(child.id), sole_custody=True))
        assert services.list_consents(again, child.id)[-1] == sole and sole.sole_custody
        assert may_share_child([old, sole], date(2025, 3, 1))
    assert list(path.rglob("pre-migration-v4-*"))


def _guardian_1(child_id: int) -> Consent:
    return Consent(
        None,
        child_id,
        ConsentGiver.GUARDIAN_1,
        ("Skolan",),
        ConsentForm.WRITTEN,
        date(2025, 2, 1),
        date(2025, 12, 31),
    )


def test_verify_passphrase(vault: services.Vault) -> None:
    import pytest

    from hjulet.core.errors import WrongPassphrase

    services.verify_passphrase(vault, PASS)
    with pytest.raises(WrongPassphrase):
        services.verify_passphrase(vault, "not it")

"""Older vaults migrate: schema 1 (before forms of address, child decisions, guardian
views), a real schema-4 vault and backup, made by Hjulet before schema 5, and schema 5
(before a consent could record sole custody)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.errors import VaultTooNew
from hjulet.core.guardian import GuardianItem, GuardianRole
from hjulet.core.model import Answer, Consent, ConsentForm, ConsentGiver, EntryField
from hjulet.core.sharing import may_share_child
from hjulet.services import guardians
from hjulet.services.backup import backup_vault, restore_vault
from hjulet.storage import backup as stored_backup
from hjulet.storage import db
from hjulet.storage.db import integrity_problems, user_version
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
    assert SCHEMA_VERSION == 8
    with services.open_vault(path, PASS) as again:
        assert user_version(again.engine) == SCHEMA_VERSION
        entry = services.get_conversation(again, conv.id).entry("trygg")
        assert entry.answer == Answer.at(3) and entry.shared == {EntryField.ANSWER}
        assert entry.child_decided == frozenset()
        saved = services.set_shared(
            again, conv.id, "trygg", EntryField.ANSWER, False, by_child=True
        )
        assert saved["child_decided"] == {EntryField.ANSWER} and saved["shared"] == frozenset()
    assert list((path / "backups").glob("pre-migration-v1-*.db")) or list(
        path.rglob("pre-migration-v1-*")
    )


def test_verify_passphrase(vault: services.Vault) -> None:
    from hjulet.core.errors import WrongPassphrase

    services.verify_passphrase(vault, PASS)
    with pytest.raises(WrongPassphrase):
        services.verify_passphrase(vault, "not it")


# -- schema 5: no index repeating the front of a unique index -----------------------------

SCHEMA4 = Path(__file__).parent / "data" / "schema4"  # made by make_schema4.py there


# the indexes schema 5 dropped: each repeated the front of a unique index (written
# out here, not read from the migration, so that the test checks the migration)
DUPLICATE_INDEXES = {
    "ix_entries_conversation_id",
    "ix_guardian_views_conversation_id",
    "ix_guardian_entries_view_id",
}


def _indexes(vault: services.Vault) -> set[str]:
    with vault.engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        return {row[0] for row in rows}


def _check_schema4_data(vault: services.Vault) -> None:
    """What make_schema4.py wrote is all there, and the vault takes new writes."""
    [row] = services.list_children(vault)
    assert (row.child.code, row.child.name) == ("V4-1", "Ella Exempel")
    [conv] = services.list_conversations(vault, row.child.id or 0)
    assert conv.id is not None
    trygg = conv.entry("trygg")
    assert (trygg.answer, trygg.adult_answer) == (Answer.at(3), Answer.at(2))
    assert trygg.words == "Skolgården är bra"
    assert trygg.shared == trygg.child_decided == {EntryField.ANSWER}
    assert conv.entry("aktiv").answer == Answer.at(4)
    assert (conv.important_to_me, conv.important_shared) == ("Fotboll", True)
    [view] = guardians.guardian_views(vault, conv.id)
    assert view.role is GuardianRole.GUARDIAN_1
    entry = view.entry("trygg")
    assert (entry.answer, entry.words, entry.shared) == (
        Answer.at(1),
        "Orolig ibland",
        {GuardianItem.WORDS},
    )
    assert services.verify_audit(vault) is None
    assert integrity_problems(vault.engine) == []
    # the unique indexes now serve what the dropped ones did: new rows, lookups
    services.set_answer(vault, conv.id, "delaktig", Answer.at(1))
    guardians.set_guardian_words(vault, view.id or 0, "aktiv", "Spelar fotboll")
    assert services.get_conversation(vault, conv.id).entry("delaktig").answer == Answer.at(1)
    assert guardians.get_guardian_view(vault, view.id or 0).entry("aktiv").words == "Spelar fotboll"


def test_a_schema_4_vault_made_by_hjulet_before_5_upgrades_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vault"
    shutil.copytree(SCHEMA4 / "vault", path)
    with services.open_vault(path, PASS) as vault:
        assert user_version(vault.engine) == SCHEMA_VERSION
        indexes = _indexes(vault)
        assert indexes.isdisjoint(DUPLICATE_INDEXES)
        # the unique indexes and every other index are still there
        assert {"sqlite_autoindex_entries_1", "ix_conversations_child_id_held_on"} <= indexes
        _check_schema4_data(vault)
        # and the cascade from a conversation to its rows, through the unique indexes
        [conv] = services.list_conversations(vault, services.list_children(vault)[0].child.id or 0)
        services.delete_conversation(vault, conv.id or 0)
        with vault.engine.connect() as conn:
            for table in ("entries", "guardian_views", "guardian_entries"):
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
    [_copy] = (path / "backups").glob("pre-migration-v4-*.db")  # kept before it changed
    with services.open_vault(path, PASS) as vault:  # opens again as it is
        assert user_version(vault.engine) == SCHEMA_VERSION


def test_a_migrated_vault_has_the_indexes_of_a_new_vault(
    vault: services.Vault, tmp_path: Path
) -> None:
    """Created and migrated vaults end the same: the same indexes, no duplicate one."""
    assert user_version(vault.engine) == SCHEMA_VERSION
    path = tmp_path / "migrated"
    shutil.copytree(SCHEMA4 / "vault", path)
    with services.open_vault(path, PASS) as migrated:
        assert _indexes(migrated) == _indexes(vault)
    assert _indexes(vault).isdisjoint(DUPLICATE_INDEXES)


def test_an_older_hjulet_refuses_a_vault_of_this_schema_and_leaves_it_as_it_was(
    vault: services.Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    before = {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()}
    monkeypatch.setattr(db, "SCHEMA_VERSION", SCHEMA_VERSION - 1)  # the version before
    with pytest.raises(VaultTooNew):
        services.open_vault(vault_path, PASS)
    after = {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()}
    assert after == before and not (vault_path / "backups").exists()


def test_a_schema_4_backup_restores_into_a_vault_of_this_schema(tmp_path: Path) -> None:
    restored = restore_vault(
        SCHEMA4 / "backup.hbk", tmp_path / "restored", passphrase=PASS, kdf=FAST_KDF
    )
    with services.open_vault(restored.path, PASS) as vault:
        assert user_version(vault.engine) == SCHEMA_VERSION
        assert _indexes(vault).isdisjoint(DUPLICATE_INDEXES)
        _check_schema4_data(vault)


def test_a_backup_of_this_schema_restores_here_and_an_older_hjulet_refuses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "vault"
    shutil.copytree(SCHEMA4 / "vault", path)
    with services.open_vault(path, PASS) as vault:  # upgraded to 5
        backup_vault(vault, tmp_path / "b5.hbk", passphrase=PASS, kdf=FAST_KDF)
    restored = restore_vault(tmp_path / "b5.hbk", tmp_path / "r5", passphrase=PASS, kdf=FAST_KDF)
    with services.open_vault(restored.path, PASS) as vault:
        assert user_version(vault.engine) == SCHEMA_VERSION
        _check_schema4_data(vault)
    monkeypatch.setattr(stored_backup, "SCHEMA_VERSION", SCHEMA_VERSION - 1)
    with pytest.raises(VaultTooNew):
        restore_vault(tmp_path / "b5.hbk", tmp_path / "old", passphrase=PASS, kdf=FAST_KDF)
    assert not (tmp_path / "old").exists()


# -- schema 6: a guardian's consent can record sole custody -------------------------------


def test_a_schema_5_vaults_consents_read_as_joint_custody_and_can_record_sole_custody(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name="Ella")
        assert child.id is not None
        services.add_consent(vault, _guardian_1(child.id))
        # what Hjulet wrote at schema 5: no sole_custody column
        with vault.engine.begin() as conn:
            conn.execute(text("ALTER TABLE consents DROP COLUMN sole_custody"))
            conn.execute(text("PRAGMA user_version = 5"))
    with services.open_vault(path, PASS) as again:
        assert user_version(again.engine) == SCHEMA_VERSION == 8
        (old,) = services.list_consents(again, child.id)
        # the old consent reads as one of two guardians': the safe reading
        assert old.given_by is ConsentGiver.GUARDIAN_1 and old.sole_custody is False
        assert old.recipients == ("Skolan",) and old.given_on == date(2025, 2, 1)
        assert not may_share_child([old], date(2025, 3, 1))
        sole = services.add_consent(again, replace(_guardian_1(child.id), sole_custody=True))
        assert services.list_consents(again, child.id)[-1] == sole and sole.sole_custody
        assert may_share_child([old, sole], date(2025, 3, 1))
        assert integrity_problems(again.engine) == []
    assert list(path.rglob("pre-migration-v5-*"))


def test_the_real_schema_4_vault_records_sole_custody_after_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    shutil.copytree(SCHEMA4 / "vault", path)
    with services.open_vault(path, PASS) as vault:
        [row] = services.list_children(vault)
        assert row.child.id is not None
        sole = services.add_consent(vault, replace(_guardian_1(row.child.id), sole_custody=True))
        assert services.list_consents(vault, row.child.id) == [sole] and sole.sole_custody


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


# -- schema 7: conversations indexed by child and date ------------------------------------


def test_a_schema_6_vault_gets_the_conversations_index_by_child_and_date(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "v6"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name="Ella")
        assert child.id is not None
        for held in (date(2025, 2, 1), date(2025, 9, 1)):
            services.start_conversation(
                vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4"),
                held_on=held,
            )  # fmt: skip
        # what Hjulet wrote at schema 6: conversations indexed by child alone
        with vault.engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_conversations_child_id_held_on"))
            conn.execute(text("CREATE INDEX ix_conversations_child_id ON conversations (child_id)"))
            conn.execute(text("PRAGMA user_version = 6"))
    with services.open_vault(path, PASS) as again:
        assert user_version(again.engine) == SCHEMA_VERSION
        names = _indexes(again)
        assert "ix_conversations_child_id_held_on" in names
        assert "ix_conversations_child_id" not in names
        [row] = services.list_children(again)
        assert (row.conversations, row.last_conversation) == (2, date(2025, 9, 1))
        # the caseload's count and last date per child come from the index alone
        with again.session() as s:
            plan = s.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT child_id, count(id), max(held_on)"
                    " FROM conversations GROUP BY child_id"
                )
            ).fetchall()
        assert "COVERING INDEX ix_conversations_child_id_held_on" in str(plan)
        assert integrity_problems(again.engine) == []
    assert list(path.rglob("pre-migration-v6-*"))


# -- schema 8: a consent may be an other caregiver's --------------------------------------


def test_a_schema_7_vault_opens_and_records_an_other_caregivers_consent(
    tmp_path: Path, catalog: Catalog
) -> None:
    path = tmp_path / "v7"
    vault, _ = services.create_vault(path, PASS, kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name="Ella")
        assert child.id is not None
        services.add_consent(vault, _guardian_1(child.id))
        with vault.engine.begin() as conn:  # what Hjulet wrote at schema 7
            conn.execute(text("PRAGMA user_version = 7"))
    with services.open_vault(path, PASS) as again:
        assert user_version(again.engine) == SCHEMA_VERSION == 8
        (old,) = services.list_consents(again, child.id)
        assert old.given_by is ConsentGiver.GUARDIAN_1 and old.recipients == ("Skolan",)
        caregiver = replace(_guardian_1(child.id), given_by=ConsentGiver.OTHER_CAREGIVER)
        added = services.add_consent(again, caregiver)
        assert added.given_by is ConsentGiver.OTHER_CAREGIVER
        assert integrity_problems(again.engine) == []
    with services.open_vault(path, PASS) as third:  # read back from the file
        consents = services.list_consents(third, child.id)
        assert [c.given_by for c in consents] == [
            ConsentGiver.GUARDIAN_1,
            ConsentGiver.OTHER_CAREGIVER,
        ]
        with third.engine.connect() as conn:
            stored = conn.execute(text("SELECT given_by FROM consents ORDER BY id")).scalars()
            assert list(stored) == ["guardian_1", "other_caregiver"]
        # a caregiver is not a guardian: sole custody is refused on their consent
        from hjulet.core.errors import InvalidInput

        with pytest.raises(InvalidInput):
            services.add_consent(third, replace(caregiver, sole_custody=True))
    assert list(path.rglob("pre-migration-v7-*"))


def test_the_real_schema_4_vault_records_an_other_caregivers_consent(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    shutil.copytree(SCHEMA4 / "vault", path)
    with services.open_vault(path, PASS) as vault:
        [row] = services.list_children(vault)
        assert row.child.id is not None
        mine = replace(_guardian_1(row.child.id), given_by=ConsentGiver.OTHER_CAREGIVER)
        added = services.add_consent(vault, mine)
        assert services.list_consents(vault, row.child.id) == [added]
        # the caseload reads it; it covers nothing of the child's
        statuses = services.consent_statuses(vault, on=date(2025, 3, 1))
        assert statuses[row.child.id] is services.ConsentStatus.NONE

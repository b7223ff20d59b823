"""The vault on disk: encryption, pragmas, errors, passphrase change and recovery."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from hjulet import services
from hjulet.core.errors import (
    InvalidInput,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hjulet.core.model import Answer, AreaEntry, EntryField
from hjulet.storage import keyslots
from hjulet.storage.db import DB_FILE, PLAINTEXT_MAGIC, REQUIRED_PRAGMAS, journal_mode, read_pragma
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS

MARKERS = ("Zebulonvaxter", "Qwertyfjäril", "Hemligtord42", "Blåbärsmolnet")


def _fill(vault: services.Vault, catalog) -> None:
    child = services.add_child(vault, name=MARKERS[0], birth_year=2015)
    conv = services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale_for(child.age_tier),
        place=MARKERS[3],
    )
    services.save_entry(
        vault,
        conv.id,
        AreaEntry(
            "trygg",
            answer=Answer.at(2),
            words=MARKERS[1],
            adult_note=MARKERS[2],
            shared=frozenset({EntryField.WORDS}),
        ),
    )


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_database_is_encrypted_and_nothing_personal_on_disk(vault, vault_path, catalog):
    _fill(vault, catalog)
    # While open (WAL and SHM exist) and after closing, no marker in any file.
    for phase in ("open", "closed"):
        files = _all_bytes(vault_path)
        assert any(p.name == DB_FILE for p, _ in files)
        for path, data in files:
            for marker in MARKERS:
                for encoding in ("utf-8", "utf-16-le"):
                    assert marker.encode(encoding) not in data, (phase, path.name, marker)
        if phase == "open":
            vault.close()
    assert (vault_path / DB_FILE).read_bytes()[:16] != PLAINTEXT_MAGIC


def test_each_required_pragma_is_in_force(vault):
    for name, expected in REQUIRED_PRAGMAS.items():
        assert read_pragma(vault.engine, name) == expected, name
    assert journal_mode(vault.engine) == "wal"
    assert vault.engine.hide_parameters is True


def test_reopen_reads_back_everything(vault, vault_path, catalog):
    _fill(vault, catalog)
    vault.close()
    with services.open_vault(vault_path, PASS) as again:
        [row] = services.list_children(again)
        assert row.child.name == MARKERS[0]
        [conv] = services.list_conversations(again, row.child.id)
        assert conv.entry("trygg").words == MARKERS[1]
        assert conv.entry("trygg").shared == frozenset({EntryField.WORDS})
        assert conv.definition == catalog.definition()


def test_wrong_passphrase_and_flipped_byte_are_different_errors(vault, vault_path, catalog):
    _fill(vault, catalog)
    vault.close()
    with pytest.raises(WrongPassphrase):
        services.open_vault(vault_path, "not the passphrase")
    db = vault_path / DB_FILE
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x40  # a byte inside some page
    db.write_bytes(bytes(data))
    try:
        problems = services.check_vault(vault_path, PASS)
    except VaultDamaged:  # refused at open: the page was needed at once
        problems = ["refused at open"]
    assert problems, "a flipped byte went unnoticed"


def test_flipped_first_page_is_damage_not_wrong_passphrase(vault, vault_path):
    vault.close()
    db = vault_path / DB_FILE
    data = bytearray(db.read_bytes())
    data[100] ^= 0x01
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        services.open_vault(vault_path, PASS)


def test_flipped_key_slot_byte_is_damage(vault, vault_path):
    vault.close()
    slots = vault_path / keyslots.SLOT_FILE
    data = bytearray(slots.read_bytes())
    data[len(data) // 2] ^= 0x02
    slots.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        services.open_vault(vault_path, PASS)


def test_passphrase_change_old_stops_working(vault, vault_path, catalog):
    _fill(vault, catalog)
    vault.close()
    services.change_passphrase(vault_path, PASS, "a brand new passphrase", kdf=FAST_KDF)
    with pytest.raises(WrongPassphrase):
        services.open_vault(vault_path, PASS)
    with services.open_vault(vault_path, "a brand new passphrase") as v:
        assert services.list_children(v)[0].child.name == MARKERS[0]
    # The previous slot file is gone after the successful unlock.
    assert not (vault_path / (keyslots.SLOT_FILE + keyslots.PREV_SUFFIX)).exists()


def test_recovery_sets_new_passphrase_and_new_recovery_key(vault_path, catalog):
    vault, recovery = services.create_vault(vault_path, PASS, kdf=FAST_KDF)
    _fill(vault, catalog)
    vault.close()
    with pytest.raises(WrongRecoveryKey):
        services.recover_vault(
            vault_path, "0000-0000-0000-0000-0000-0000-0000-0000", "x" * 10, kdf=FAST_KDF
        )
    new_key = services.recover_vault(
        vault_path, recovery.lower(), "recovered passphrase", kdf=FAST_KDF
    )
    assert new_key != recovery
    with pytest.raises(WrongPassphrase):
        services.open_vault(vault_path, PASS)
    # Until the new key is confirmed the key used stays in force (a crash loses nothing).
    assert not services.recovery_key_confirmed(vault_path)
    services.confirm_recovery_key(vault_path, new_key)
    assert services.recovery_key_confirmed(vault_path)
    with pytest.raises(WrongRecoveryKey):  # the old recovery key is retired
        services.recover_vault(vault_path, recovery, "another passphrase", kdf=FAST_KDF)
    with services.open_vault(vault_path, "recovered passphrase") as v:
        assert services.list_children(v)[0].child.name == MARKERS[0]
    services.recover_vault(vault_path, new_key, "third passphrase", kdf=FAST_KDF)


def test_second_open_is_refused_while_open(vault, vault_path):
    with pytest.raises(VaultInUse):
        services.open_vault(vault_path, PASS)
    vault.close()
    services.open_vault(vault_path, PASS).close()


def test_create_refuses_non_empty_folder_and_open_refuses_missing(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "file.txt").write_text("keep me")
    with pytest.raises(VaultExists):
        services.create_vault(tmp_path / "x", PASS, kdf=FAST_KDF)
    assert (tmp_path / "x" / "file.txt").read_text() == "keep me"
    with pytest.raises(VaultNotFound):
        services.open_vault(tmp_path / "nothing", PASS)


def test_newer_schema_is_refused_untouched(vault, vault_path):
    from sqlalchemy import text

    with vault.engine.begin() as conn:
        conn.execute(text("PRAGMA user_version = 999"))
    vault.close()
    before = (vault_path / DB_FILE).read_bytes()
    with pytest.raises(VaultTooNew):
        services.open_vault(vault_path, PASS)
    assert (vault_path / DB_FILE).read_bytes() == before


def test_migration_keeps_an_encrypted_copy_first(vault, vault_path, monkeypatch):
    from sqlalchemy import text

    from hjulet.storage import db

    with vault.engine.begin() as conn:
        conn.execute(text("PRAGMA user_version = 0"))
        conn.execute(text("PRAGMA user_version = 1"))
    vault.close()
    # Pretend the code is one schema version ahead, with a real migration step.
    monkeypatch.setattr(db, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(
        db.MIGRATIONS,
        2,
        lambda conn: conn.execute(text("ALTER TABLE children ADD COLUMN note TEXT")),
    )
    with services.open_vault(vault_path, PASS) as v:
        assert db.user_version(v.engine) == 2
    [copy] = list((vault_path / "backups").glob("pre-migration-v1-*.db"))
    assert copy.read_bytes()[:16] != PLAINTEXT_MAGIC


def test_deleting_a_child_removes_the_data(vault, vault_path, catalog):
    _fill(vault, catalog)
    [row] = services.list_children(vault)
    services.delete_child(vault, row.child.id)
    assert services.list_children(vault, include_archived=True) == []
    from sqlalchemy import text

    with vault.engine.connect() as conn:
        for table in ("children", "conversations", "entries", "consents", "sip_plans"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
    # The WAL was checkpointed and truncated: no stale copy of the pages remains there.
    wal = vault_path / (DB_FILE + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    actions = [e.action.value for e in services.list_audit(vault)]
    assert actions[-1] == "child_deleted"


def test_audit_log_is_tamper_evident(vault, catalog):
    _fill(vault, catalog)
    assert services.verify_audit(vault) is None
    from sqlalchemy import text

    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit SET action = 'opened' WHERE id = 2"))
    assert services.verify_audit(vault) == 2


def test_vault_folder_is_private(vault_path, vault):
    if os.name == "posix":
        assert (vault_path.stat().st_mode & 0o077) == 0


def test_schema_1_vault_gains_the_childs_form_of_address(vault, vault_path):
    """Migration 2 adds children.address_form; a child added before has no form yet."""
    from dataclasses import replace

    from sqlalchemy import text

    from hjulet.core.languages import AddressForm
    from hjulet.storage import db

    services.add_child(vault, code="OLD-1")
    with vault.engine.begin() as conn:  # make it a schema-1 vault, as Hjulet wrote it
        conn.execute(text("ALTER TABLE children DROP COLUMN address_form"))
        conn.execute(text("ALTER TABLE entries DROP COLUMN child_decided"))
        conn.execute(text("PRAGMA user_version = 1"))
    vault.close()
    with services.open_vault(vault_path, PASS) as v:
        assert db.user_version(v.engine) == db.SCHEMA_VERSION >= 2
        [row] = services.list_children(v)
        assert row.child.address_form is AddressForm.UNSPECIFIED
        services.update_child(v, replace(row.child, address_form=AddressForm.BOY))
    with services.open_vault(vault_path, PASS) as v:
        [row] = services.list_children(v)
        assert row.child.address_form is AddressForm.BOY


def test_close_closes_every_connection_even_one_still_out(vault, vault_path):
    import gc
    import weakref

    from sqlalchemy import text

    engine = weakref.ref(vault.engine)
    out = vault.engine.connect()  # a job on another thread, in the middle of its work
    out_raw = out.connection.driver_connection
    idle = vault.engine.raw_connection()  # another connection, back in the pool at close
    idle_raw = idle.driver_connection
    idle.close()
    assert idle_raw is not out_raw
    vault.close()
    with pytest.raises(sqlcipher3.ProgrammingError):
        idle_raw.execute("SELECT 1")  # closed by the lock
    assert out.execute(text("SELECT count(*) FROM children")).scalar() == 0  # not under it
    out.close()
    with pytest.raises(sqlcipher3.ProgrammingError):
        out_raw.execute("SELECT 1")  # closed when it came back
    del out, idle
    gc.collect()
    assert engine() is None  # nothing keeps the engine (and its wiped key buffer) alive


def test_the_caseload_read_drops_the_cached_pages_of_every_idle_connection(vault) -> None:
    from sqlalchemy import event

    services.add_child(vault, name="A")
    with vault.session() as one, vault.session() as two:  # two connections, pooled after
        one.connection()
        two.connection()
    idle = vault.engine.pool.checkedin()
    assert idle >= 2
    shrunk: list[object] = []
    connects: list[object] = []

    def trace(dbapi_connection, _record, _proxy):  # type: ignore[no-untyped-def]
        def seen(statement: str) -> None:
            if "SHRINK_MEMORY" in statement.upper():
                shrunk.append(dbapi_connection)

        dbapi_connection.set_trace_callback(seen)

    event.listen(vault.engine, "checkout", trace)
    event.listen(vault.engine, "connect", lambda *_a: connects.append(1))
    try:
        rows = services.list_children(vault, include_archived=True)
    finally:
        event.remove(vault.engine, "checkout", trace)
        vault.engine.dispose()  # no pooled connection keeps the trace
    assert [r.child.name for r in rows] == ["A"]
    assert len(set(map(id, shrunk))) == idle  # each idle connection, once
    assert connects == []  # and no new connection was opened for it
    assert [r.child.name for r in services.list_children(vault)] == ["A"]  # still works


# -- the answer connection ----------------------------------------------------------------


def _answer_connection(vault):  # type: ignore[no-untyped-def]
    with vault.write_cursor() as cur:
        return cur.connection


def test_the_answer_connection_is_the_vaults_own_with_every_required_pragma(vault) -> None:
    with vault.write_cursor() as cur:
        for name, expected in REQUIRED_PRAGMAS.items():
            assert str(cur.execute(f"PRAGMA {name}").fetchone()[0]) == expected, name
        assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cur.execute("PRAGMA cipher_status").fetchone()[0] == "1"
        assert cur.connection.isolation_level is None  # its transactions are explicit
        assert cur.connection.in_transaction  # BEGIN IMMEDIATE: the write lock is held
    connection = _answer_connection(vault)
    assert _answer_connection(vault) is connection  # one, kept open
    pooled = vault.engine.raw_connection()
    try:
        assert pooled.driver_connection is not connection
    finally:
        pooled.close()


def test_an_answer_transaction_commits_on_success_and_rolls_back_on_error(vault) -> None:
    child = services.add_child(vault, name="A")
    with vault.write_cursor() as cur:
        cur.execute("UPDATE children SET name = 'B' WHERE id = ?", (child.id,))
    with pytest.raises(RuntimeError), vault.write_cursor() as cur:
        cur.execute("UPDATE children SET name = 'C' WHERE id = ?", (child.id,))
        raise RuntimeError("the caller's check failed")
    assert not _answer_connection(vault).in_transaction
    assert services.get_child(vault, child.id).name == "B"  # read on a pooled connection


def test_close_closes_the_answer_connection_and_locks_it(vault) -> None:
    connection = _answer_connection(vault)
    vault.close()
    with pytest.raises(sqlcipher3.ProgrammingError):
        connection.execute("SELECT 1")
    with pytest.raises(VaultLocked), vault.write_cursor():
        pass


def test_a_create_that_fails_leaves_nothing_behind(tmp_path: Path) -> None:
    """A failed create (here: a passphrase refused after the folder and its lock were
    made) leaves no half-made folder, so the same folder can be used at once."""
    from hjulet.storage import vault as storage

    fresh, chosen = tmp_path / "ny", tmp_path / "vald"
    chosen.mkdir()
    for path in (fresh, chosen):
        with pytest.raises(InvalidInput):
            storage.create(path, "", name="Testvalv", kdf=FAST_KDF)
    assert not fresh.exists()
    assert chosen.is_dir() and list(chosen.iterdir()) == []  # chosen empty: kept, empty
    v, _key = storage.create(chosen, PASS, name="Testvalv", kdf=FAST_KDF)
    v.close()


def test_a_new_vault_nobody_took_is_removed_and_one_in_use_only_closed(tmp_path: Path) -> None:
    fresh, chosen, used = tmp_path / "ny", tmp_path / "vald", tmp_path / "brukad"
    chosen.mkdir()
    for path, made in ((fresh, True), (chosen, False)):
        v, _key = services.create_vault(path, PASS, name="Testvalv", kdf=FAST_KDF)
        assert services.discard_new_vault(v, made_folder=made)
        assert not v.is_open
    assert not fresh.exists()
    assert chosen.is_dir() and list(chosen.iterdir()) == []
    v, key = services.create_vault(used, PASS, name="Testvalv", kdf=FAST_KDF)
    services.confirm_recovery_key(v, key)
    assert not services.discard_new_vault(v, made_folder=True)  # in use: only closed
    assert not v.is_open
    with services.open_vault(used, PASS):
        pass

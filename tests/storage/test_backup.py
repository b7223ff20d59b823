"""storage.backup: the database is streamed frozen, writers are not held up, and a
database that cannot be frozen is still backed up through a snapshot."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from hjulet import services
from hjulet.core.model import Answer, AreaEntry
from hjulet.services.backup import SNAPSHOT_PREFIX, backup_vault, restore_vault
from hjulet.storage import backup as stored
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS


def _conversation(vault, catalog) -> int:  # type: ignore[no-untyped-def]
    child = services.add_child(vault, name="Barn", code="B-1")
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    services.save_entry(vault, conv.id, AreaEntry("trygg", answer=Answer.at(1), words="ord"))
    return int(conv.id)


def _restored_answer(backup: Path, target: Path, conv_id: int) -> Answer:
    restore_vault(backup, target, passphrase=PASS, kdf=FAST_KDF)
    with services.open_vault(target, PASS) as restored:
        return services.get_conversation(restored, conv_id).entry("trygg").answer


def test_an_answer_saved_while_the_backup_streams_is_committed_at_once_and_not_in_it(
    vault, catalog, tmp_path
):  # type: ignore[no-untyped-def]
    conv_id = _conversation(vault, catalog)
    saved: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not saved:  # mid-stream: the database file is frozen now
            services.set_answer(vault, conv_id, "trygg", Answer.at(4))
            saved.append(True)

    backup_vault(
        vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF, progress=progress, chunk_size=4096
    )
    assert saved
    # the write went through during the backup (a held write lock would have made it wait)
    assert services.get_conversation(vault, conv_id).entry("trygg").answer == Answer.at(4)
    # and the backup holds the database as it was when it was frozen
    assert _restored_answer(tmp_path / "b.hbk", tmp_path / "r", conv_id) == Answer.at(1)
    # after the backup the log folds into the file again as usual
    with vault.engine.connect() as conn:
        busy, _log, _done = conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()
    assert busy == 0


def test_a_reader_that_keeps_the_log_busy_gets_the_snapshot_fallback(
    vault, vault_path, catalog, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    conv_id = _conversation(vault, catalog)
    frozen: list[object] = []
    real = stored._frozen_database

    def watched(v):  # type: ignore[no-untyped-def]  # the real one, its result noted
        cm = real(v)

        class Watch:
            def __enter__(self):  # type: ignore[no-untyped-def]
                fh = cm.__enter__()
                frozen.append(fh)
                return fh

            def __exit__(self, *exc):  # type: ignore[no-untyped-def]
                return cm.__exit__(*exc)

        return Watch()

    monkeypatch.setattr(stored, "_frozen_database", watched)
    reader = vault.engine.connect()
    try:
        # a reader that began after a commit still in the log: no checkpoint can finish
        services.set_answer(vault, conv_id, "trygg", Answer.at(3))
        reader.execute(text("BEGIN"))
        reader.execute(text("SELECT count(*) FROM children")).one()
        backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    finally:
        reader.rollback()
        reader.close()
    assert frozen == [None]  # the database could not be frozen: the snapshot path ran
    assert not list(vault_path.glob(f"{SNAPSHOT_PREFIX}*"))  # and cleaned up after itself
    assert _restored_answer(tmp_path / "b.hbk", tmp_path / "r", conv_id) == Answer.at(3)

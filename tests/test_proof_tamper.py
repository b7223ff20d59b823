"""Tamper: flipped bytes in the database and key slots; chunk games with backups (via services/CLI).

Always a clear error of the right kind, never a crash, never silently wrong data.
The container's own byte-level tests live in tests/storage/test_container.py.
"""

from __future__ import annotations

import gc
import random

import pytest

from hjulet import services
from hjulet.core.errors import VaultDamaged, WrongPassphrase
from hjulet.services.backup import backup_vault, restore_vault
from hjulet.services.exchange import build_export
from hjulet.storage import keyslots
from hjulet.storage.container import TAG_BYTES, inspect_container
from hjulet.storage.db import DB_FILE
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS
from tests.services.test_backup import _cli


def _content(vault) -> dict:
    doc = build_export(vault)
    doc.pop("exported_at")
    return doc


def _open_or_none(path):
    try:
        return services.open_vault(path, PASS)
    except VaultDamaged:
        return None


@pytest.fixture
def filled(demo_vault, vault_path):
    original = _content(demo_vault)
    demo_vault.close()
    return vault_path, original


def test_flipped_bytes_in_the_database_are_detected(filled):
    path, original = filled
    db = path / DB_FILE
    clean = db.read_bytes()
    rng = random.Random(6)
    outcomes = {"opened": 0, "damaged on open": 0, "damaged on read": 0, "found by check": 0}
    for _ in range(24):
        data = bytearray(clean)
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(data))
        vault = _open_or_none(path)
        if vault is None:
            outcomes["damaged on open"] += 1
            gc.collect()  # services.open_vault may leave the failed vault's lock to the GC
            continue
        with vault:
            try:
                content = _content(vault)
            except VaultDamaged:
                outcomes["damaged on read"] += 1
                content = None
        if content is not None:
            assert content == original, f"silently wrong data after a flip at {pos}"
            outcomes["opened"] += 1
        db.write_bytes(bytes(data))  # opening may have written: check the flipped file
        try:
            problems = services.check_vault(path, PASS)
        except VaultDamaged:  # check_vault lets some damage escape as an error: also detected
            problems = ["damaged"]
        assert problems, f"a flip at byte {pos} went unnoticed by check"
        outcomes["found by check"] += 1
    db.write_bytes(clean)
    assert services.check_vault(path, PASS) == []  # the clean file: check finds nothing
    print("\ndatabase flips:", outcomes)


def test_flipped_bytes_in_the_key_slots_are_damage_never_a_wrong_passphrase(filled):
    path, original = filled
    slot_file = path / keyslots.SLOT_FILE
    clean = slot_file.read_bytes()
    rng = random.Random(9)
    damaged = opened = 0
    for pos in rng.sample(range(len(clean)), 60):
        data = bytearray(clean)
        data[pos] ^= 1 << rng.randrange(7)
        slot_file.write_bytes(bytes(data))
        try:
            with services.open_vault(path, PASS) as vault:
                assert _content(vault) == original
            opened += 1  # a flip in JSON whitespace the checksum does not cover
        except VaultDamaged:
            damaged += 1
        except WrongPassphrase:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"flip at {pos} read as a wrong passphrase")
    slot_file.write_bytes(clean)
    assert damaged > 50
    print(f"\nkey-slot flips: {damaged} damaged, {opened} harmless (whitespace)")


def _chunks(path):
    info = inspect_container(path)
    data = path.read_bytes()
    head, body = data[: info.header_size], data[info.header_size :]
    size = info.chunk_size + TAG_BYTES
    return head, [body[i : i + size] for i in range(0, len(body), size)]


@pytest.mark.parametrize("game", ["swap", "drop", "duplicate", "cut at boundary", "flip tag"])
def test_backup_chunk_games_fail_restore_as_damaged(demo_vault, tmp_path, game):
    vault = demo_vault
    src = tmp_path / "b.hbk"
    backup_vault(vault, src, passphrase=PASS, kdf=FAST_KDF, chunk_size=8192)
    head, chunks = _chunks(src)
    assert len(chunks) > 4
    if game == "swap":
        chunks[1], chunks[2] = chunks[2], chunks[1]
    elif game == "drop":
        del chunks[2]
    elif game == "duplicate":
        chunks.insert(2, chunks[2])
    elif game == "cut at boundary":
        chunks = chunks[:3]
    else:
        last = bytearray(chunks[-1])
        last[-1] ^= 0x80
        chunks[-1] = bytes(last)
    bad = tmp_path / "bad.hbk"
    bad.write_bytes(head + b"".join(chunks))
    with pytest.raises(VaultDamaged):
        restore_vault(bad, tmp_path / "r", passphrase=PASS, kdf=FAST_KDF)
    assert not (tmp_path / "r").exists()
    pw = tmp_path / "pw"
    pw.write_text(PASS)
    code, _, err = _cli(
        "--basedir",
        str(tmp_path / "base"),
        "restore",
        str(bad),
        "--to",
        str(tmp_path / "r"),
        "--passphrase-file",
        str(pw),
    )
    assert code == 4 and "damaged" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.hbk", "bad.hbk", "base", "pw", "vault"]


def test_backup_from_another_vault_with_the_same_passphrase_keeps_its_identity(vault, tmp_path):
    backup_vault(vault, tmp_path / "a.hbk", passphrase=PASS, kdf=FAST_KDF)
    other, _ = services.create_vault(tmp_path / "o", PASS, kdf=FAST_KDF)
    with other:
        backup_vault(other, tmp_path / "o.hbk", passphrase=PASS, kdf=FAST_KDF)
    a_head, a_chunks = _chunks(tmp_path / "a.hbk")
    _o_head, o_chunks = _chunks(tmp_path / "o.hbk")
    spliced = tmp_path / "spliced.hbk"
    spliced.write_bytes(a_head + b"".join(o_chunks[: len(a_chunks)]))
    with pytest.raises(VaultDamaged):
        restore_vault(spliced, tmp_path / "r", passphrase=PASS, kdf=FAST_KDF)
    assert not (tmp_path / "r").exists()


def test_a_damaged_vault_is_not_laundered_into_a_valid_backup(filled, tmp_path):
    path, _original = filled
    db = path / DB_FILE
    data = bytearray(db.read_bytes())
    data[len(data) - 2000] ^= 0x04  # a late page: the vault still opens
    db.write_bytes(bytes(data))
    vault = _open_or_none(path)
    if vault is None:
        pytest.skip("this flip already breaks opening")
    with vault, pytest.raises(VaultDamaged):
        backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    assert not (tmp_path / "b.hbk").exists()

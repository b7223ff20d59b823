"""Backup and restore through services and the CLI: round trip, errors, nothing half-done."""

from __future__ import annotations

import pytest

from hjulet import services
from hjulet.core.errors import InvalidInput, VaultDamaged, VaultExists, WrongPassphrase
from hjulet.core.model import Answer, AreaEntry, AuditAction
from hjulet.services.backup import (
    PARTIAL_INFIX,
    SNAPSHOT_PREFIX,
    backup_vault,
    restore_vault,
)
from hjulet.services.exchange import build_export, export_children
from hjulet.storage.container import inspect_container
from hjulet.storage.keyslots import FAST_KDF
from tests.cli.run import run_cli
from tests.conftest import PASS


def _fill(vault, catalog, n: int = 3) -> None:
    for i in range(n):
        child = services.add_child(vault, name=f"Barn {i}", code=f"T-{i}")
        conv = services.start_conversation(
            vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
        )
        services.save_entry(
            vault, conv.id, AreaEntry("trygg", answer=Answer.at(1 + i % 4), words=f"ord {i}")
        )


def _same(a: dict, b: dict) -> bool:
    a, b = dict(a), dict(b)
    a.pop("exported_at"), b.pop("exported_at")
    return a == b


def test_round_trip_is_exact_and_gets_a_new_recovery_key(vault, vault_path, catalog, tmp_path):
    _fill(vault, catalog)
    seen: list[tuple[int, int]] = []
    info = backup_vault(
        vault,
        tmp_path / "b.hbk",
        passphrase=PASS,
        kdf=FAST_KDF,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert inspect_container(tmp_path / "b.hbk").content_type == "vault-snapshot"
    assert [e.action for e in services.list_audit(vault)][-1] is AuditAction.BACKED_UP
    # no snapshot left in the vault folder
    assert not list(vault_path.glob(f"{SNAPSHOT_PREFIX}*"))
    result = restore_vault(tmp_path / "b.hbk", tmp_path / "restored", passphrase=PASS, kdf=FAST_KDF)
    assert result.vault_id == info.vault_id == vault.vault_id
    with services.open_vault(tmp_path / "restored", PASS) as restored:
        assert _same(build_export(vault), build_export(restored))
        assert services.verify_audit(restored) is None
        assert AuditAction.RESTORED in [e.action for e in services.list_audit(restored)]
    # the new recovery key opens the restored vault
    new = services.recover_vault(
        tmp_path / "restored", result.recovery_key, "another pass", kdf=FAST_KDF
    )
    assert new != result.recovery_key
    assert not list(tmp_path.glob(f"*{PARTIAL_INFIX}*"))


def test_backup_needs_the_vaults_own_passphrase(vault, tmp_path):
    with pytest.raises(WrongPassphrase):
        backup_vault(vault, tmp_path / "b.hbk", passphrase="not the passphrase", kdf=FAST_KDF)
    assert not (tmp_path / "b.hbk").exists()


def test_backup_written_while_answers_change_is_consistent(vault, catalog, tmp_path):
    _fill(vault, catalog, 1)
    conv = services.list_conversations(vault, services.find_child(vault, "T-0").id)[0]
    backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    services.set_answer(vault, conv.id, "trygg", Answer.at(4))  # after the snapshot
    restore_vault(tmp_path / "b.hbk", tmp_path / "r", passphrase=PASS, kdf=FAST_KDF)
    with services.open_vault(tmp_path / "r", PASS) as r:
        assert services.get_conversation(r, conv.id).entry("trygg").answer == Answer.at(1)


@pytest.mark.parametrize("damage", ["wrong", "truncate", "flip", "export"])
def test_restore_errors_leave_nothing_at_the_target(vault, catalog, tmp_path, damage):
    _fill(vault, catalog, 1)
    src = tmp_path / "b.hbk"
    backup_vault(vault, src, passphrase=PASS, kdf=FAST_KDF, chunk_size=4096)
    passphrase, expected = PASS, VaultDamaged
    if damage == "wrong":
        passphrase, expected = "wrong passphrase", WrongPassphrase
    elif damage == "truncate":
        src.write_bytes(src.read_bytes()[:-100])
    elif damage == "flip":
        data = bytearray(src.read_bytes())
        data[len(data) // 2] ^= 0x20
        src.write_bytes(bytes(data))
    else:
        export_children(vault, src, passphrase=PASS, kdf=FAST_KDF)
        expected = InvalidInput
    target = tmp_path / "target"
    with pytest.raises(expected):
        restore_vault(src, target, passphrase=passphrase, kdf=FAST_KDF)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.hbk", "vault"]


def test_restore_refuses_a_non_empty_target_and_accepts_an_empty_one(vault, tmp_path):
    backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "note.txt").write_text("keep me")
    with pytest.raises(VaultExists):
        restore_vault(tmp_path / "b.hbk", busy, passphrase=PASS, kdf=FAST_KDF)
    assert [p.name for p in busy.iterdir()] == ["note.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    restore_vault(tmp_path / "b.hbk", empty, passphrase=PASS, kdf=FAST_KDF)
    assert (empty / "keyslots.json").exists()


def test_stale_partial_folder_of_a_killed_restore_is_cleaned(vault, tmp_path):
    backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    stale = tmp_path / f"r{PARTIAL_INFIX}dead"
    stale.mkdir()
    (stale / "vault.db").write_bytes(b"\x00" * 10)
    restore_vault(tmp_path / "b.hbk", tmp_path / "r", passphrase=PASS, kdf=FAST_KDF)
    assert not stale.exists()


def _cli(*argv: str) -> tuple[int, str, str]:
    """The CLI in this process, its log file's handler closed after the run."""
    r = run_cli("--fast-kdf", "--lang", "en", *argv)
    return r.returncode, r.stdout, r.stderr


def test_cli_backup_restore_and_exit_codes(vault, vault_path, catalog, tmp_path):
    _fill(vault, catalog, 2)
    vault.close()
    pw = tmp_path / "pw"
    pw.write_text(PASS + "\n")
    bad = tmp_path / "bad"
    bad.write_text("wrong passphrase\n")
    base = ["--basedir", str(tmp_path / "base")]
    out = tmp_path / "b.hbk"
    code, text, _ = _cli(
        *base, "backup", str(vault_path), "--out", str(out), "--passphrase-file", str(pw)
    )
    assert code == 0 and str(out) in text
    code, text, _ = _cli(
        *base, "restore", str(out), "--to", str(tmp_path / "r"), "--passphrase-file", str(pw)
    )
    assert code == 0 and "RECOVERY KEY" in text
    code, _, err = _cli(
        *base, "restore", str(out), "--to", str(tmp_path / "r"), "--passphrase-file", str(pw)
    )
    assert code == 6 and "not empty" in err
    code, _, err = _cli(
        *base, "restore", str(out), "--to", str(tmp_path / "r2"), "--passphrase-file", str(bad)
    )
    assert code == 3 and not (tmp_path / "r2").exists()
    out.write_bytes(out.read_bytes()[:-1])
    code, _, err = _cli(
        *base, "restore", str(out), "--to", str(tmp_path / "r3"), "--passphrase-file", str(pw)
    )
    assert code == 4 and "damaged" in err and not (tmp_path / "r3").exists()
    code, _, err = _cli(
        *base,
        "restore",
        str(tmp_path / "nope"),
        "--to",
        str(tmp_path / "r4"),
        "--passphrase-file",
        str(pw),
    )
    assert code == 5 and not (tmp_path / "r4").exists()


def test_backup_and_restore_derive_the_passphrase_key_once_each(
    vault, vault_path, catalog, tmp_path, monkeypatch
):
    from hjulet.storage import container, keyslots

    _fill(vault, catalog)
    derivations: list[int] = []
    real = keyslots.Argon2id

    def counting(*args, **kwargs):  # the real Argon2id, counted
        derivations.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(keyslots, "Argon2id", counting)
    monkeypatch.setattr(container, "Argon2id", counting)
    backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    assert len(derivations) == 1
    derivations.clear()
    restore_vault(tmp_path / "b.hbk", tmp_path / "restored", passphrase=PASS, kdf=FAST_KDF)
    assert len(derivations) == 1
    monkeypatch.undo()
    # the restored vault opens with the passphrase through its own slot file
    with services.open_vault(tmp_path / "restored", PASS) as restored:
        assert _same(build_export(vault), build_export(restored))
    with pytest.raises(WrongPassphrase):
        services.open_vault(tmp_path / "restored", "not the passphrase")

"""Tests of the key slots: real files in tmp_path, real Argon2id with FAST_KDF."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import logging
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hjulet.core.errors import (
    InvalidInput,
    UnsupportedKdf,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hjulet.storage.keyslots import (
    CROCKFORD,
    FAST_KDF,
    FORMAT_VERSION,
    KDF_CAPS,
    MAX_FILE_BYTES,
    PREV_SUFFIX,
    PRODUCT_KDF,
    SLOT_FILE,
    KdfParams,
    SlotFile,
    confirm_recovery_key,
    create_slot_file,
    dump_slot_file,
    format_recovery_key,
    generate_recovery_key,
    load_slot_file,
    new_data_key,
    normalize_passphrase,
    normalize_recovery_key,
    read_slot_file,
    remove_stale,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    with_new_passphrase,
    with_new_recovery_key,
    write_slot_file,
)

PASSPHRASE = "korv med bröd och senap"
HYPO = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@dataclasses.dataclass
class Vault:
    dir: Path
    data_key: bytes
    slots: SlotFile
    recovery_key: str

    @property
    def main(self) -> Path:
        return self.dir / SLOT_FILE

    @property
    def prev(self) -> Path:
        return self.dir / (SLOT_FILE + PREV_SUFFIX)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    data_key = new_data_key()
    slots, recovery_key = create_slot_file(data_key, PASSPHRASE, FAST_KDF)
    slots = confirm_recovery_key(slots, recovery_key)
    write_slot_file(tmp_path, slots)
    return Vault(tmp_path, data_key, slots, recovery_key)


def _canonical_checksum(body: dict[str, Any]) -> str:
    """The checksum as the file format documents it, computed independently."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _rewrite(path: Path, doc: dict[str, Any]) -> None:
    """Write ``doc`` with a correct checksum, as a careless or hostile writer could."""
    body = {k: v for k, v in doc.items() if k != "checksum"}
    body["checksum"] = _canonical_checksum(body)
    path.write_text(json.dumps(body, indent=2), encoding="ascii")


def _doc(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_bytes())
    return doc


# --------------------------------------------------------------------------- round trips


def test_passphrase_round_trip_through_file(vault: Vault) -> None:
    slots = read_slot_file(vault.dir)
    assert slots == vault.slots
    assert unlock_with_passphrase(slots, PASSPHRASE) == vault.data_key


def test_recovery_key_round_trip_through_file(vault: Vault) -> None:
    slots = read_slot_file(vault.dir)
    assert unlock_with_recovery_key(slots, vault.recovery_key) == vault.data_key


def test_new_data_key_is_random_256_bits() -> None:
    keys = {new_data_key() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k) == 32 for k in keys)


def test_wrong_passphrase(vault: Vault) -> None:
    slots = read_slot_file(vault.dir)
    for wrong in ("", PASSPHRASE + " ", PASSPHRASE.upper(), "\ud800"):
        with pytest.raises(WrongPassphrase) as info:
            unlock_with_passphrase(slots, wrong)
        assert PASSPHRASE not in str(info.value)


def test_wrong_recovery_key(vault: Vault) -> None:
    slots = read_slot_file(vault.dir)
    other = generate_recovery_key()
    assert other != vault.recovery_key
    with pytest.raises(WrongRecoveryKey) as info:
        unlock_with_recovery_key(slots, other)
    assert other not in str(info.value)
    # The passphrase is not a recovery key and vice versa.
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(slots, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(slots, vault.recovery_key)


@pytest.mark.parametrize("create_form", ["NFC", "NFD"])
def test_nfc_and_nfd_passphrases_both_unlock(tmp_path: Path, create_form: str) -> None:
    composed = "Åsa går på ängen"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    data_key = new_data_key()
    created_with = composed if create_form == "NFC" else decomposed
    slots, _ = create_slot_file(data_key, created_with, FAST_KDF)
    write_slot_file(tmp_path, slots)
    slots = read_slot_file(tmp_path)
    assert unlock_with_passphrase(slots, composed) == data_key
    assert unlock_with_passphrase(slots, decomposed) == data_key
    assert normalize_passphrase(decomposed) == composed.encode("utf-8")


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(InvalidInput):
        create_slot_file(new_data_key(), "", FAST_KDF)


def test_create_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError):
        create_slot_file(b"short", PASSPHRASE, FAST_KDF)
    with pytest.raises(ValueError):
        create_slot_file(new_data_key(), PASSPHRASE, FAST_KDF, vault_id="not-a-uuid")
    with pytest.raises(ValueError):
        create_slot_file(new_data_key(), PASSPHRASE, KdfParams(2**21, 1, 1))


def test_file_holds_no_secret(vault: Vault) -> None:
    raw = vault.main.read_bytes()
    assert len(raw) < 2048
    for secret in (
        PASSPHRASE.encode("utf-8"),
        vault.recovery_key.encode("ascii"),
        vault.recovery_key.replace("-", "").encode("ascii"),
        vault.data_key,
        vault.data_key.hex().encode("ascii"),
        base64.b64encode(vault.data_key),
        normalize_recovery_key(vault.recovery_key),
    ):
        assert secret not in raw


# --------------------------------------------------------------------------- damage


@pytest.mark.slow  # a key derivation for every byte of the file
def test_every_byte_flip_is_damage_or_harmless(vault: Vault) -> None:
    original = vault.main.read_bytes()
    harmless = 0
    for i in range(len(original)):
        for mask in (0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xFF):
            data = bytearray(original)
            data[i] ^= mask
            vault.main.write_bytes(bytes(data))
            try:
                slots = read_slot_file(vault.dir)
            except VaultDamaged:
                continue
            # Accepted: only a whitespace change may be accepted, and it must still work.
            assert chr(original[i]) in " \t\r\n" and chr(data[i]) in " \t\r\n", (i, mask)
            assert slots == vault.slots
            assert unlock_with_passphrase(slots, PASSPHRASE) == vault.data_key
            harmless += 1
    assert not vault.prev.exists()
    assert harmless <= len(original)


def test_whitespace_and_key_order_do_not_matter(vault: Vault) -> None:
    doc = _doc(vault.main)
    vault.main.write_text(json.dumps(doc, indent=None, sort_keys=False) + "\n\t ")
    slots = read_slot_file(vault.dir)
    assert unlock_with_passphrase(slots, PASSPHRASE) == vault.data_key


@pytest.mark.parametrize(
    "params",
    [
        {"memory_kib": 2**40},
        {"memory_kib": KDF_CAPS.max_memory_kib + 1},
        {"memory_kib": PRODUCT_KDF.memory_kib * 4},  # 1 GiB: more than this version writes
        {"iterations": PRODUCT_KDF.iterations + 1},
        {"lanes": PRODUCT_KDF.lanes + 1, "memory_kib": 64},
        {"iterations": 17},
        {"iterations": 0},
        {"lanes": 17, "memory_kib": 17 * 8},
        {"lanes": 0},
        {"lanes": 4, "memory_kib": 31},
        {"memory_kib": -1},
        {"memory_kib": True},
        {"iterations": 1.0},
    ],
)
def test_kdf_params_outside_caps_are_damage(vault: Vault, params: dict[str, Any]) -> None:
    doc = _doc(vault.main)
    doc["slots"]["passphrase"].update(params)
    _rewrite(vault.main, doc)
    # Reading refuses before any derivation could start (2**40 KiB would be 1 PiB).
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)


def test_kdf_params_above_what_this_version_writes_are_refused_as_such(vault: Vault) -> None:
    """A recomputed checksum does not help: 1 GiB, t=16 is refused, not derived."""
    doc = _doc(vault.main)
    doc["slots"]["passphrase"].update(memory_kib=1048576, iterations=16, lanes=16)
    _rewrite(vault.main, doc)
    with pytest.raises(UnsupportedKdf):
        read_slot_file(vault.dir)


def test_slot_outside_caps_cannot_exist_in_memory(vault: Vault) -> None:
    with pytest.raises(VaultDamaged):
        dataclasses.replace(vault.slots.passphrase_slot, params=KdfParams(2**40, 1, 1))
    with pytest.raises(VaultDamaged):
        dataclasses.replace(vault.slots.passphrase_slot, salt=b"short")


def test_changed_params_with_good_checksum_fail_authentication(vault: Vault) -> None:
    doc = _doc(vault.main)
    doc["slots"]["passphrase"]["iterations"] = 2
    _rewrite(vault.main, doc)
    slots = read_slot_file(vault.dir)  # the file itself is well formed
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(slots, PASSPHRASE)


def test_changed_key_check_with_good_checksum_is_damage(vault: Vault) -> None:
    doc = _doc(vault.main)
    doc["key_check"] = base64.b64encode(bytes(16)).decode("ascii")
    _rewrite(vault.main, doc)
    slots = read_slot_file(vault.dir)
    with pytest.raises(VaultDamaged):
        unlock_with_passphrase(slots, PASSPHRASE)
    with pytest.raises(VaultDamaged):
        unlock_with_recovery_key(slots, vault.recovery_key)


def test_newer_version_is_too_new(vault: Vault) -> None:
    doc = _doc(vault.main)
    doc["version"] = FORMAT_VERSION + 1
    _rewrite(vault.main, doc)
    with pytest.raises(VaultTooNew):
        read_slot_file(vault.dir)


def test_newer_version_does_not_fall_back_to_prev(vault: Vault) -> None:
    vault.prev.write_bytes(vault.main.read_bytes())
    doc = _doc(vault.main)
    doc["version"] = 7
    _rewrite(vault.main, doc)
    with pytest.raises(VaultTooNew):
        read_slot_file(vault.dir)
    with pytest.raises(VaultTooNew):
        write_slot_file(vault.dir, vault.slots)  # never overwrite a newer file


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("vault_id"),
        lambda d: d.__setitem__("extra", 1),
        lambda d: d.__setitem__("format", "other"),
        lambda d: d.__setitem__("version", 0),
        lambda d: d.__setitem__("version", "1"),
        lambda d: d.__setitem__("vault_id", "F" * 32),
        lambda d: d["slots"]["passphrase"].__setitem__("salt", "AAAA"),
        lambda d: d["slots"]["passphrase"].__setitem__("nonce", "A" * 100000),
        lambda d: d["slots"]["recovery"].__setitem__("kdf", "argon2id"),
        lambda d: d["slots"].__setitem__("recovery", d["slots"]["passphrase"]),
        lambda d: d["slots"]["recovery"].__setitem__("ciphertext", None),
        lambda d: d.__setitem__("slots", []),
    ],
)
def test_malformed_body_with_good_checksum_is_damage(vault: Vault, mutate: Any) -> None:
    doc = _doc(vault.main)
    mutate(doc)
    _rewrite(vault.main, doc)
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)


def _b64_with_stray_bits(text: str) -> str:
    """The same bytes in base64 with non-zero unused bits (decoders accept it)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = text.rstrip("=")
    stray = alphabet[alphabet.index(last[-1]) ^ 1]
    out = last[:-1] + stray + text[len(last) :]
    assert base64.b64decode(out) == base64.b64decode(text) and out != text
    return out


@pytest.mark.parametrize(
    "path", [("slots", "passphrase", "salt"), ("slots", "recovery", "salt"), ("key_check",)]
)
def test_non_canonical_base64_is_damage(vault: Vault, path: tuple[str, ...]) -> None:
    doc = _doc(vault.main)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = _b64_with_stray_bits(parent[path[-1]])
    _rewrite(vault.main, doc)
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)


def test_duplicate_keys_are_damage(vault: Vault) -> None:
    text = vault.main.read_text()
    vault.main.write_text(text.replace('"version": 2', '"version": 2, "version": 2'))
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)


def test_oversized_file_is_damage(vault: Vault) -> None:
    vault.main.write_bytes(vault.main.read_bytes() + b" " * MAX_FILE_BYTES)
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"null",
        b"[]",
        b"\xef\xbb\xbf{}",
        '{"checksum": "x"}'.encode("utf-16"),
        b"[" * 60000,
        b'{"a":' * 12000,
        b'{"version": NaN}',
        b'{"version": 1' + b"0" * 5000 + b"}",
        b"\xff\xfe\x00",
    ],
)
def test_garbage_files_are_damage(tmp_path: Path, data: bytes) -> None:
    (tmp_path / SLOT_FILE).write_bytes(data)
    with pytest.raises(VaultDamaged):
        read_slot_file(tmp_path)


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        read_slot_file(tmp_path)
    with pytest.raises(VaultNotFound):
        read_slot_file(tmp_path / "no such folder")


# --------------------------------------------------------------------------- moving slots


def test_passphrase_slot_from_another_vault_fails(tmp_path: Path) -> None:
    # Same data key and passphrase in both vaults: only the bound header tells them apart.
    data_key = new_data_key()
    a, _ = create_slot_file(data_key, PASSPHRASE, FAST_KDF)
    b, _ = create_slot_file(data_key, PASSPHRASE, FAST_KDF)
    assert a.vault_id != b.vault_id
    assert unlock_with_passphrase(b, PASSPHRASE) == data_key
    swapped = dataclasses.replace(a, passphrase_slot=b.passphrase_slot)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(swapped, PASSPHRASE)

    # The same through a file with a correct checksum.
    write_slot_file(tmp_path, a)
    doc = _doc(tmp_path / SLOT_FILE)
    doc["slots"]["passphrase"] = json.loads(dump_slot_file(b))["slots"]["passphrase"]
    _rewrite(tmp_path / SLOT_FILE, doc)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(read_slot_file(tmp_path), PASSPHRASE)


def test_recovery_slot_from_another_vault_fails() -> None:
    data_key = new_data_key()
    a, _ = create_slot_file(data_key, PASSPHRASE, FAST_KDF)
    b, b_recovery = create_slot_file(data_key, PASSPHRASE, FAST_KDF)
    swapped = dataclasses.replace(a, recovery_slot=b.recovery_slot)
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(swapped, b_recovery)


def test_write_refuses_slots_of_another_vault(vault: Vault) -> None:
    other, _ = create_slot_file(new_data_key(), PASSPHRASE, FAST_KDF)
    before = vault.main.read_bytes()
    with pytest.raises(VaultExists):
        write_slot_file(vault.dir, other)
    assert vault.main.read_bytes() == before


# --------------------------------------------------------------------------- changes on disk


def test_write_keeps_no_copy_of_the_replaced_slots(vault: Vault) -> None:
    """Once a secret has been replaced, no file on disk can be unwrapped by it."""
    changed = with_new_passphrase(vault.slots, vault.data_key, "nytt lösen", FAST_KDF)
    write_slot_file(vault.dir, changed)
    assert sorted(p.name for p in vault.dir.iterdir()) == [SLOT_FILE]
    for path in vault.dir.iterdir():
        with pytest.raises(WrongPassphrase):
            unlock_with_passphrase(load_slot_file(path.read_bytes()), PASSPHRASE)


def test_a_missing_slot_file_never_falls_back_to_an_old_copy(vault: Vault) -> None:
    """Defect: deleting keyslots.json made the old .prev (old passphrase) open the vault."""
    old = vault.main.read_bytes()
    write_slot_file(
        vault.dir, with_new_passphrase(vault.slots, vault.data_key, "nytt lösen", FAST_KDF)
    )
    vault.prev.write_bytes(old)  # as an older Hjulet left it
    vault.main.unlink()
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)
    vault.main.write_bytes(b"{")  # damaged main: damage, never the old copy
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)


def test_damaged_main_and_no_prev_is_damage(vault: Vault) -> None:
    vault.main.write_bytes(vault.main.read_bytes()[:-30])
    with pytest.raises(VaultDamaged):
        read_slot_file(vault.dir)


def test_remove_stale_deletes_prev_and_tmp(vault: Vault) -> None:
    vault.prev.write_bytes(vault.main.read_bytes())
    (vault.dir / (SLOT_FILE + ".tmp")).write_bytes(b"half")
    remove_stale(vault.dir)
    assert sorted(p.name for p in vault.dir.iterdir()) == [SLOT_FILE]
    remove_stale(vault.dir)  # nothing to remove is fine
    assert read_slot_file(vault.dir) == vault.slots


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_file_is_private(vault: Vault) -> None:
    assert vault.main.stat().st_mode & 0o077 == 0


def test_with_new_passphrase_makes_old_fail(vault: Vault) -> None:
    changed = with_new_passphrase(vault.slots, vault.data_key, "nytt lösen", FAST_KDF)
    assert changed.passphrase_slot.salt != vault.slots.passphrase_slot.salt
    assert changed.passphrase_slot.nonce != vault.slots.passphrase_slot.nonce
    assert changed.recovery_slot == vault.slots.recovery_slot
    write_slot_file(vault.dir, changed)
    slots = read_slot_file(vault.dir)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(slots, PASSPHRASE)
    assert unlock_with_passphrase(slots, "nytt lösen") == vault.data_key
    assert unlock_with_recovery_key(slots, vault.recovery_key) == vault.data_key


def test_a_new_recovery_key_replaces_the_old_only_when_confirmed(vault: Vault) -> None:
    changed, new_key = with_new_recovery_key(vault.slots, vault.data_key)
    assert new_key != vault.recovery_key
    assert changed.passphrase_slot == vault.slots.passphrase_slot
    write_slot_file(vault.dir, changed)
    slots = read_slot_file(vault.dir)
    assert not slots.confirmed
    # Pending: the old key is still in force (a crash now loses nothing), the new one works.
    assert unlock_with_recovery_key(slots, vault.recovery_key) == vault.data_key
    assert unlock_with_recovery_key(slots, new_key) == vault.data_key
    with pytest.raises(WrongRecoveryKey):
        confirm_recovery_key(slots, vault.recovery_key)  # only the new key confirms itself
    write_slot_file(vault.dir, confirm_recovery_key(slots, new_key))
    slots = read_slot_file(vault.dir)
    assert slots.confirmed
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(slots, vault.recovery_key)
    assert unlock_with_recovery_key(slots, new_key) == vault.data_key
    assert unlock_with_passphrase(slots, PASSPHRASE) == vault.data_key


def test_rewrap_refuses_a_foreign_data_key(vault: Vault) -> None:
    with pytest.raises(ValueError):
        with_new_passphrase(vault.slots, new_data_key(), "nytt lösen", FAST_KDF)
    with pytest.raises(ValueError):
        with_new_recovery_key(vault.slots, new_data_key())


def test_nothing_secret_is_logged(vault: Vault, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    slots = read_slot_file(vault.dir)
    unlock_with_passphrase(slots, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(slots, "fel lösen")
    unlock_with_recovery_key(slots, vault.recovery_key)
    assert PASSPHRASE not in caplog.text
    assert "fel lösen" not in caplog.text
    assert vault.recovery_key not in caplog.text


# --------------------------------------------------------------------------- recovery key text


def test_recovery_key_shape() -> None:
    keys = [generate_recovery_key() for _ in range(200)]
    assert len(set(keys)) == 200
    for key in keys:
        groups = key.split("-")
        assert len(groups) == 8
        assert all(len(g) == 4 and set(g) <= set(CROCKFORD) for g in groups)
        assert not set(key) & set("ILOU")
        assert len(normalize_recovery_key(key)) == 20  # 160 bits
        assert format_recovery_key(normalize_recovery_key(key)) == key


def test_recovery_key_formatting_tolerance(vault: Vault) -> None:
    key = vault.recovery_key
    bare = key.replace("-", "")
    variants = [
        key.lower(),
        bare,
        bare.lower(),
        " ".join(key.split("-")),
        "  " + key.replace("-", " - ") + "\n",
        key.replace("0", "O").replace("1", "I"),
        key.replace("1", "l").replace("0", "o"),
        key.replace("1", "L"),
    ]
    for text in variants:
        assert normalize_recovery_key(text) == normalize_recovery_key(key)
        assert unlock_with_recovery_key(vault.slots, text) == vault.data_key


@pytest.mark.parametrize(
    "text",
    ["", "0000", "0" * 31, "0" * 33, "U" + "0" * 31, "*" + "0" * 31, "Ä" + "0" * 31, "0" * 10000],
)
def test_malformed_recovery_key_is_wrong(text: str) -> None:
    with pytest.raises(WrongRecoveryKey):
        normalize_recovery_key(text)


@given(st.binary(min_size=20, max_size=20), st.sampled_from(["-", " ", "", "--"]), st.booleans())
def test_recovery_key_text_round_trip(raw: bytes, sep: str, lower: bool) -> None:
    text = format_recovery_key(raw)
    text = sep.join(text.split("-"))
    if lower:
        text = text.lower()
    assert normalize_recovery_key(text) == raw


@given(st.text(max_size=60))
def test_arbitrary_recovery_text_is_wrong_key_or_20_bytes(text: str) -> None:
    try:
        raw = normalize_recovery_key(text)
    except WrongRecoveryKey:
        return
    assert len(raw) == 20


# --------------------------------------------------------------------------- hostile files


@HYPO
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_raise_only_vault_errors(tmp_path: Path, data: bytes) -> None:
    (tmp_path / SLOT_FILE).write_bytes(data)
    with pytest.raises((VaultDamaged, VaultTooNew, VaultNotFound)):
        read_slot_file(tmp_path)


@HYPO
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_fall_back_to_an_old_copy(vault: Vault, data: bytes) -> None:
    vault.prev.write_bytes(dump_slot_file(vault.slots))
    vault.main.write_bytes(data)
    with pytest.raises((VaultDamaged, VaultTooNew)):
        read_slot_file(vault.dir)


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=80),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)
_paths = st.sampled_from(
    [
        ("format",),
        ("version",),
        ("vault_id",),
        ("key_check",),
        ("slots",),
        ("slots", "passphrase"),
        ("slots", "recovery"),
        *[("slots", "passphrase", k) for k in ("kdf", "salt", "nonce", "ciphertext")],
        *[("slots", "passphrase", k) for k in ("memory_kib", "iterations", "lanes")],
        *[("slots", "recovery", k) for k in ("kdf", "salt", "nonce", "ciphertext")],
    ]
)


@HYPO
@given(path=_paths, value=_json_values, delete=st.booleans())
def test_well_checksummed_hostile_bodies_raise_only_vault_errors(
    vault: Vault, path: tuple[str, ...], value: Any, delete: bool
) -> None:
    doc = json.loads(dump_slot_file(vault.slots))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    _rewrite(vault.main, doc)
    try:
        slots = read_slot_file(vault.dir)
    except (VaultDamaged, VaultTooNew):
        return
    # Anything accepted must be exactly what was written (no silent coercion).
    assert json.loads(dump_slot_file(slots)) == json.loads(vault.main.read_bytes())

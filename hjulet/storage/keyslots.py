"""Key slots: the vault's random data key, wrapped by a passphrase and a recovery key.

Like LUKS, the database is opened with a random 256-bit *data key*; the slot file
``keyslots.json`` holds that key twice, each time encrypted with AES-256-GCM:

* the passphrase slot, under a key derived with Argon2id from the NFC passphrase;
* the recovery slot, under a key derived with HKDF-SHA256 from a printed 160-bit
  recovery key (the key itself is random, so no slow KDF is needed).

The associated data of each slot is a canonical encoding of its header (header
version, vault id, slot kind, KDF name and parameters, salt), so a slot moved to
another vault or given other parameters fails authentication.

A new recovery key is first stored as a *pending* recovery slot beside the one in
force; it becomes the recovery slot only when it is confirmed (shown and typed
back, or written to its file and read back). Until then both keys open the vault,
so a crash between making a key and showing it never leaves a vault whose only
recovery key nobody saw. A brand-new vault has only a pending recovery slot.

Version 2 files also record the first 16 bytes of ``vault.db`` (SQLCipher's random
per-database salt, stored in the clear): a slot file copied in from another vault
is reported as such (``VaultMismatch``) before any key derivation, not as a wrong
passphrase.

Only one slot file exists: there is no ``.prev`` copy. Crash safety comes from
write-temp, fsync, rename, fsync-folder alone (the old or the new file is whole);
once a secret has been replaced, no file on disk can be unwrapped by it. A stale
``.prev`` of an older Hjulet is deleted at the next open (``remove_stale``).

File format (every version keeps this envelope): a JSON object whose ``checksum``
is the SHA-256 (lower-case hex) of the canonical JSON of all other members
(``sort_keys``, separators ``,`` and ``:``, ASCII). A checksum mismatch means
"damaged"; an authentication failure with a good checksum means "wrong secret".
The file holds nothing personal.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hjulet.core import strict_json
from hjulet.core.errors import (
    InvalidInput,
    UnsupportedKdf,
    VaultDamaged,
    VaultExists,
    VaultMismatch,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hjulet.core.problems import P
from hjulet.storage.files import atomic_file, fsync_dir, storage_errors
from hjulet.storage.kdf import FAST_KDF, KDF_CAPS, PRODUCT_KDF, KdfCaps, KdfParams

__all__ = [
    "FAST_KDF",
    "FILE_FORMAT",
    "FORMAT_VERSION",
    "KDF_CAPS",
    "MAX_FILE_BYTES",
    "PREV_SUFFIX",
    "PRODUCT_KDF",
    "SLOT_FILE",
    "KdfCaps",
    "KdfParams",
    "Slot",
    "SlotFile",
    "confirm_recovery_key",
    "create_slot_file",
    "create_slot_file_with_kek",
    "dump_slot_file",
    "format_recovery_key",
    "generate_recovery_key",
    "load_slot_file",
    "new_data_key",
    "normalize_passphrase",
    "normalize_recovery_key",
    "read_slot_file",
    "recovered_with",
    "remove_stale",
    "unlock_with_passphrase",
    "unlock_with_passphrase_kek",
    "unlock_with_recovery_key",
    "with_new_passphrase",
    "with_new_recovery_key",
    "write_slot_file",
]

SLOT_FILE = "keyslots.json"
PREV_SUFFIX = ".prev"
TMP_SUFFIX = ".tmp"
FILE_FORMAT = "hjulet-keyslots"
FORMAT_VERSION = 2
AAD_VERSION = 1  # the header version inside each slot's associated data (unchanged)
DB_FILE = "vault.db"
DB_SALT_BYTES = 16
MAX_FILE_BYTES = 64 * 1024

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_CHECK_BYTES = 16
RECOVERY_KEY_BYTES = 20  # 160 bits
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4

KDF_ARGON2ID = "argon2id"
KDF_HKDF = "hkdf-sha256"
RECOVERY_INFO = b"hjulet recovery slot v1"
KEY_CHECK_INFO = b"hjulet key check v1"
_AAD_PREFIX = b"hjulet keyslot header\x00"

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_VALUE = {c: i for i, c in enumerate(CROCKFORD)}
_CROCKFORD_ALIASES = {"O": "0", "I": "1", "L": "1"}

SlotKind = Literal["passphrase", "recovery"]


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key.

    Constructing a Slot with out-of-range fields raises VaultDamaged, so every
    instance is safe to unlock (no absurd KDF work, no odd lengths).
    """

    kind: SlotKind
    kdf: str
    params: KdfParams | None
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def __post_init__(self) -> None:
        if self.kind == "passphrase":
            if self.kdf != KDF_ARGON2ID or not isinstance(self.params, KdfParams):
                raise VaultDamaged("passphrase slot: bad KDF")
            if not KDF_CAPS.allows(self.params):
                raise UnsupportedKdf("passphrase slot: KDF parameters this version never writes")
        elif self.kind == "recovery":
            if self.kdf != KDF_HKDF or self.params is not None:
                raise VaultDamaged("recovery slot: bad KDF")
        else:
            raise VaultDamaged("unknown slot kind")
        for value, size, what in (
            (self.salt, SALT_BYTES, "salt"),
            (self.nonce, NONCE_BYTES, "nonce"),
            (self.ciphertext, DATA_KEY_BYTES + TAG_BYTES, "ciphertext"),
        ):
            if type(value) is not bytes or len(value) != size:
                raise VaultDamaged(f"{self.kind} slot: bad {what}")


@dataclass(frozen=True)
class SlotFile:
    """In-memory form of ``keyslots.json``.

    ``key_check`` is HKDF(data key) truncated to 16 bytes: it lets a re-wrap refuse
    a data key that is not this vault's, and lets an unlock confirm the key.
    ``recovery_slot`` is the confirmed recovery key (None in a new vault until its
    key is confirmed); ``pending_recovery`` a new key not yet confirmed.
    ``db_salt`` binds the file to its ``vault.db`` (None in version 1 files).
    """

    version: int
    vault_id: str
    passphrase_slot: Slot
    recovery_slot: Slot | None
    key_check: bytes
    pending_recovery: Slot | None = None
    db_salt: bytes | None = None

    def __post_init__(self) -> None:
        if type(self.version) is not int or not 1 <= self.version <= FORMAT_VERSION:
            raise VaultDamaged("slot file: bad version")
        if not _is_vault_id(self.vault_id):
            raise VaultDamaged("slot file: bad vault id")
        if not isinstance(self.passphrase_slot, Slot) or self.passphrase_slot.kind != "passphrase":
            raise VaultDamaged("slot file: bad passphrase slot")
        for slot in (self.recovery_slot, self.pending_recovery):
            if slot is not None and (not isinstance(slot, Slot) or slot.kind != "recovery"):
                raise VaultDamaged("slot file: bad recovery slot")
        if self.recovery_slot is None and self.pending_recovery is None:
            raise VaultDamaged("slot file: no recovery slot")
        if type(self.key_check) is not bytes or len(self.key_check) != KEY_CHECK_BYTES:
            raise VaultDamaged("slot file: bad key check")
        if self.db_salt is not None and (
            type(self.db_salt) is not bytes or len(self.db_salt) != DB_SALT_BYTES
        ):
            raise VaultDamaged("slot file: bad database binding")

    @property
    def confirmed(self) -> bool:
        """True when the recovery key in force was confirmed and none is pending."""
        return self.recovery_slot is not None and self.pending_recovery is None


# --------------------------------------------------------------------------- secrets


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def format_recovery_key(raw: bytes) -> str:
    """Crockford base32 of 20 bytes, as 8 groups of 4 joined by dashes."""
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError("recovery key must be 20 bytes")
    n = int.from_bytes(raw, "big")
    count = RECOVERY_GROUPS * RECOVERY_GROUP_LEN
    chars = [CROCKFORD[(n >> (5 * (count - 1 - i))) & 31] for i in range(count)]
    text = "".join(chars)
    return "-".join(text[i : i + RECOVERY_GROUP_LEN] for i in range(0, count, RECOVERY_GROUP_LEN))


def generate_recovery_key() -> str:
    """A fresh 160-bit recovery key, e.g. ``7K3M-Q9RT-...`` (8 groups of 4)."""
    return format_recovery_key(secrets.token_bytes(RECOVERY_KEY_BYTES))


def normalize_recovery_key(text: str) -> bytes:
    """The 20 bytes of a recovery key typed by a person.

    Tolerates lower case, spaces, dashes, no separators, O for 0 and I/L for 1.
    Wrong length or alphabet raises WrongRecoveryKey.
    """
    if not isinstance(text, str) or len(text) > 200:
        raise WrongRecoveryKey("recovery key has the wrong length")
    cleaned = unicodedata.normalize("NFKC", text).upper()
    chars = [_CROCKFORD_ALIASES.get(c, c) for c in cleaned if not (c.isspace() or c in "-_.")]
    if len(chars) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN:
        raise WrongRecoveryKey("recovery key has the wrong length")
    n = 0
    for c in chars:
        value = _CROCKFORD_VALUE.get(c)
        if value is None:
            raise WrongRecoveryKey("recovery key has a character outside its alphabet")
        n = (n << 5) | value
    return n.to_bytes(RECOVERY_KEY_BYTES, "big")


def normalize_passphrase(p: str) -> bytes:
    """The passphrase as UTF-8 of its NFC form (InvalidInput if not encodable)."""
    try:
        return unicodedata.normalize("NFC", p).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(P.PASSPHRASE_NOT_UNICODE) from None


# --------------------------------------------------------------------------- wrapping


def _is_vault_id(value: object) -> bool:
    if type(value) is not str or len(value) != 32:
        return False
    if any(c not in "0123456789abcdef" for c in value):
        return False
    return uuid.UUID(hex=value).version == 4


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(obj: Any) -> bytes:
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def _slot_aad(vault_id: str, kind: str, kdf: str, params: KdfParams | None, salt: bytes) -> bytes:
    header = {
        "format": FILE_FORMAT,
        "version": AAD_VERSION,
        "vault_id": vault_id,
        "kind": kind,
        "kdf": kdf,
        "params": None
        if params is None
        else {
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
        },
        "salt": _b64(salt),
    }
    return _AAD_PREFIX + _canonical(header)


def _argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _hkdf(secret: bytes, salt: bytes | None, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(secret)


def _key_check(data_key: bytes) -> bytes:
    return _hkdf(data_key, None, KEY_CHECK_INFO, KEY_CHECK_BYTES)


def _check_data_key(data_key: bytes) -> None:
    if type(data_key) is not bytes or len(data_key) != DATA_KEY_BYTES:
        raise ValueError("data key must be 32 bytes")


def _check_new_passphrase(passphrase: str) -> bytes:
    if not isinstance(passphrase, str) or not passphrase:
        raise InvalidInput(P.PASSPHRASE_EMPTY)
    return normalize_passphrase(passphrase)


def _wrap_passphrase(vault_id: str, data_key: bytes, secret: bytes, kdf: KdfParams) -> Slot:
    if not isinstance(kdf, KdfParams) or not KDF_CAPS.allows(kdf):
        raise ValueError("KDF parameters outside limits")
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    aad = _slot_aad(vault_id, "passphrase", KDF_ARGON2ID, kdf, salt)
    kek = _argon2id(secret, salt, kdf)
    ct = AESGCM(kek).encrypt(nonce, data_key, aad)
    return Slot("passphrase", KDF_ARGON2ID, kdf, salt, nonce, ct)


def _wrap_recovery(vault_id: str, data_key: bytes, raw: bytes) -> Slot:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    aad = _slot_aad(vault_id, "recovery", KDF_HKDF, None, salt)
    kek = _hkdf(raw, salt, RECOVERY_INFO, 32)
    ct = AESGCM(kek).encrypt(nonce, data_key, aad)
    return Slot("recovery", KDF_HKDF, None, salt, nonce, ct)


def _open(slots: SlotFile, slot: Slot, kek: bytes) -> bytes | None:
    aad = _slot_aad(slots.vault_id, slot.kind, slot.kdf, slot.params, slot.salt)
    try:
        data_key = AESGCM(kek).decrypt(slot.nonce, slot.ciphertext, aad)
    except InvalidTag:
        return None
    if len(data_key) != DATA_KEY_BYTES or not hmac.compare_digest(
        _key_check(data_key), slots.key_check
    ):
        raise VaultDamaged("slot file: data key does not match its check value")
    return data_key


def _require_same_key(slots: SlotFile, data_key: bytes) -> None:
    _check_data_key(data_key)
    if not hmac.compare_digest(_key_check(data_key), slots.key_check):
        raise ValueError("data key does not belong to this slot file")


def create_slot_file(
    data_key: bytes, passphrase: str, kdf: KdfParams, vault_id: str | None = None
) -> tuple[SlotFile, str]:
    """New slots for ``data_key``; returns (slots, recovery key text to print).

    The recovery key is *pending* until ``confirm_recovery_key`` (it opens the
    vault already; ``SlotFile.confirmed`` is False until then).
    """
    _check_data_key(data_key)
    if vault_id is None:
        vault_id = uuid.uuid4().hex
    elif not _is_vault_id(vault_id):
        raise ValueError("vault id must be a uuid4 in lower-case hex")
    secret = _check_new_passphrase(passphrase)
    recovery_text = generate_recovery_key()
    raw = normalize_recovery_key(recovery_text)
    slots = SlotFile(
        version=FORMAT_VERSION,
        vault_id=vault_id,
        passphrase_slot=_wrap_passphrase(vault_id, data_key, secret, kdf),
        recovery_slot=None,
        key_check=_key_check(data_key),
        pending_recovery=_wrap_recovery(vault_id, data_key, raw),
    )
    return slots, recovery_text


def unlock_with_passphrase(slots: SlotFile, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase."""
    try:
        secret = normalize_passphrase(passphrase)
    except InvalidInput:
        raise WrongPassphrase("passphrase does not open this vault") from None
    slot = slots.passphrase_slot
    assert slot.params is not None  # guaranteed by Slot.__post_init__
    data_key = _open(slots, slot, _argon2id(secret, slot.salt, slot.params))
    if data_key is None:
        raise WrongPassphrase("passphrase does not open this vault")
    return data_key


def _open_recovery(slots: SlotFile, recovery_key: str) -> tuple[bytes, Slot]:
    """The data key and the recovery slot (in force or pending) that the key opens."""
    raw = normalize_recovery_key(recovery_key)
    for slot in (slots.recovery_slot, slots.pending_recovery):
        if slot is None:
            continue
        data_key = _open(slots, slot, _hkdf(raw, slot.salt, RECOVERY_INFO, 32))
        if data_key is not None:
            return data_key, slot
    raise WrongRecoveryKey("recovery key does not open this vault")


def unlock_with_recovery_key(slots: SlotFile, recovery_key: str) -> bytes:
    """The data key, or WrongRecoveryKey (the key in force or a pending one)."""
    return _open_recovery(slots, recovery_key)[0]


def _replace(slots: SlotFile, **changes: Any) -> SlotFile:
    """A copy with ``changes``, always written as the current file version."""
    return dataclasses.replace(slots, version=FORMAT_VERSION, **changes)


def with_new_passphrase(
    slots: SlotFile, data_key: bytes, passphrase: str, kdf: KdfParams
) -> SlotFile:
    """The same slots with the passphrase slot re-wrapped (fresh salt and nonce)."""
    _require_same_key(slots, data_key)
    secret = _check_new_passphrase(passphrase)
    return _replace(slots, passphrase_slot=_wrap_passphrase(slots.vault_id, data_key, secret, kdf))


def with_new_recovery_key(slots: SlotFile, data_key: bytes) -> tuple[SlotFile, str]:
    """The same slots with a new *pending* recovery key; returns (slots, key text).

    The key in force stays in force until ``confirm_recovery_key``; a pending key
    made earlier and never confirmed is replaced (nobody confirmed having it).
    """
    _require_same_key(slots, data_key)
    text = generate_recovery_key()
    slot = _wrap_recovery(slots.vault_id, data_key, normalize_recovery_key(text))
    return _replace(slots, pending_recovery=slot), text


def recovered_with(
    slots: SlotFile, recovery_key: str, passphrase: str, kdf: KdfParams
) -> tuple[SlotFile, bytes, str]:
    """Recovery: a new passphrase slot and a new pending recovery key.

    The key used proves it was kept, so the slot it opened becomes the one in force
    (a pending key used here is thereby confirmed). Returns (slots, data key, new
    pending recovery key text).
    """
    data_key, used = _open_recovery(slots, recovery_key)
    slots = _replace(slots, recovery_slot=used, pending_recovery=None)
    slots = with_new_passphrase(slots, data_key, passphrase, kdf)
    slots, text = with_new_recovery_key(slots, data_key)
    return slots, data_key, text


def confirm_recovery_key(slots: SlotFile, recovery_key: str) -> SlotFile:
    """The pending recovery key, proven by its own text, becomes the one in force.

    The previous recovery key stops working. Confirming the key already in force
    (nothing pending) returns the slots unchanged; any other key: WrongRecoveryKey.
    """
    if slots.pending_recovery is None:
        _open_recovery(slots, recovery_key)
        return slots
    raw = normalize_recovery_key(recovery_key)
    slot = slots.pending_recovery
    if _open(slots, slot, _hkdf(raw, slot.salt, RECOVERY_INFO, 32)) is None:
        raise WrongRecoveryKey("that is not the new recovery key")
    return _replace(slots, recovery_slot=slot, pending_recovery=None)


# --------------------------------------------------------------------------- file format

_PASS_KEYS = frozenset({"kdf", "memory_kib", "iterations", "lanes", "salt", "nonce", "ciphertext"})
_REC_KEYS = frozenset({"kdf", "salt", "nonce", "ciphertext"})
_TOP_KEYS_V1 = frozenset({"format", "version", "vault_id", "key_check", "slots"})
_TOP_KEYS = frozenset({*_TOP_KEYS_V1, "db_salt"})


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    out: dict[str, Any] = {"kdf": slot.kdf}
    if slot.params is not None:
        out.update(
            memory_kib=slot.params.memory_kib,
            iterations=slot.params.iterations,
            lanes=slot.params.lanes,
        )
    out.update(salt=_b64(slot.salt), nonce=_b64(slot.nonce), ciphertext=_b64(slot.ciphertext))
    return out


def dump_slot_file(slots: SlotFile) -> bytes:
    """The bytes of ``keyslots.json`` for ``slots``."""
    slot_docs = {"passphrase": _slot_to_json(slots.passphrase_slot)}
    if slots.recovery_slot is not None:
        slot_docs["recovery"] = _slot_to_json(slots.recovery_slot)
    if slots.pending_recovery is not None:
        slot_docs["pending_recovery"] = _slot_to_json(slots.pending_recovery)
    body: dict[str, Any] = {
        "format": FILE_FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": slots.vault_id,
        "key_check": _b64(slots.key_check),
        "db_salt": None if slots.db_salt is None else _b64(slots.db_salt),
        "slots": slot_docs,
    }
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    return (json.dumps(body, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def _object(value: Any, keys: frozenset[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise VaultDamaged(f"slot file: bad {what}")
    return value


def _int(value: Any, what: str) -> int:
    if type(value) is not int:
        raise VaultDamaged(f"slot file: {what} is not an integer")
    return value


def _bytes(value: Any, size: int, what: str) -> bytes:
    if type(value) is not str or len(value) > 4 * size:
        raise VaultDamaged(f"slot file: bad {what}")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except ValueError:  # binascii.Error and UnicodeEncodeError
        raise VaultDamaged(f"slot file: bad {what}") from None
    if len(data) != size or _b64(data) != value:
        raise VaultDamaged(f"slot file: bad {what}")
    return data


def _slot_from_json(value: Any, kind: SlotKind) -> Slot:
    if kind == "passphrase":
        obj = _object(value, _PASS_KEYS, "passphrase slot")
        params: KdfParams | None = KdfParams(
            memory_kib=_int(obj["memory_kib"], "memory_kib"),
            iterations=_int(obj["iterations"], "iterations"),
            lanes=_int(obj["lanes"], "lanes"),
        )
    else:
        obj = _object(value, _REC_KEYS, "recovery slot")
        params = None
    if type(obj["kdf"]) is not str:
        raise VaultDamaged("slot file: bad kdf")
    return Slot(
        kind=kind,
        kdf=obj["kdf"],
        params=params,  # Slot checks the caps before anything can derive
        salt=_bytes(obj["salt"], SALT_BYTES, "salt"),
        nonce=_bytes(obj["nonce"], NONCE_BYTES, "nonce"),
        ciphertext=_bytes(obj["ciphertext"], DATA_KEY_BYTES + TAG_BYTES, "ciphertext"),
    )


def load_slot_file(data: bytes) -> SlotFile:
    """Parse and check the bytes of a slot file (VaultDamaged or VaultTooNew)."""
    if len(data) > MAX_FILE_BYTES:
        raise VaultDamaged("slot file is too large")
    try:
        doc = strict_json.loads(data)
        if not isinstance(doc, dict):
            raise VaultDamaged("slot file is not a JSON object")
        checksum = doc.pop("checksum", None)
        body = _canonical(doc)
    except (ValueError, RecursionError):  # includes JSON and Unicode decode errors
        raise VaultDamaged("slot file is not valid JSON") from None
    if type(checksum) is not str or not hmac.compare_digest(
        checksum.encode("ascii", "replace"), hashlib.sha256(body).hexdigest().encode("ascii")
    ):
        raise VaultDamaged("slot file checksum does not match")
    if doc.get("format") != FILE_FORMAT:
        raise VaultDamaged("not a Hjulet slot file")
    version = _int(doc.get("version"), "version")
    if version > FORMAT_VERSION:
        raise VaultTooNew(f"slot file version {version} is newer than {FORMAT_VERSION}")
    if version < 1:
        raise VaultDamaged("slot file: bad version")
    doc = _object(doc, _TOP_KEYS_V1 if version == 1 else _TOP_KEYS, "top level")
    raw_slots = doc["slots"]
    if version == 1:
        raw_slots = _object(raw_slots, frozenset({"passphrase", "recovery"}), "slots")
    elif (
        not isinstance(raw_slots, dict)
        or "passphrase" not in raw_slots
        or not set(raw_slots) <= {"passphrase", "recovery", "pending_recovery"}
    ):
        raise VaultDamaged("slot file: bad slots")
    vault_id = doc["vault_id"]
    if not _is_vault_id(vault_id):
        raise VaultDamaged("slot file: bad vault id")
    db_salt = doc.get("db_salt")
    return SlotFile(
        version=version,
        vault_id=vault_id,
        passphrase_slot=_slot_from_json(raw_slots["passphrase"], "passphrase"),
        recovery_slot=_slot_from_json(raw_slots["recovery"], "recovery")
        if "recovery" in raw_slots
        else None,
        key_check=_bytes(doc["key_check"], KEY_CHECK_BYTES, "key check"),
        pending_recovery=_slot_from_json(raw_slots["pending_recovery"], "recovery")
        if "pending_recovery" in raw_slots
        else None,
        db_salt=None if db_salt is None else _bytes(db_salt, DB_SALT_BYTES, "database binding"),
    )


# --------------------------------------------------------------------------- disk


def _read_bounded(path: Path) -> bytes | None:
    """At most MAX_FILE_BYTES + 1 bytes of the file (load refuses more); None if missing."""
    try:
        with open(path, "rb") as f:
            return f.read(MAX_FILE_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _load_path(path: Path) -> SlotFile | None:
    data = _read_bounded(path)
    return None if data is None else load_slot_file(data)


def database_salt(vault_dir: Path) -> bytes | None:
    """The first 16 bytes of ``DIR/vault.db`` (SQLCipher's clear salt); None if absent."""
    try:
        with open(Path(vault_dir) / DB_FILE, "rb") as f:
            head = f.read(DB_SALT_BYTES)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return head if len(head) == DB_SALT_BYTES else None


def read_slot_file(vault_dir: Path) -> SlotFile:
    """Read ``DIR/keyslots.json`` and check that it belongs to ``DIR/vault.db``.

    Missing: VaultNotFound (VaultDamaged if only an old ``.prev`` copy is there: the
    main file was removed, and an older copy must never stand in for it).
    Damaged: VaultDamaged. Another vault's: VaultMismatch. Newer: VaultTooNew.
    """
    directory = Path(vault_dir)
    slots = _load_path(directory / SLOT_FILE)
    if slots is None:
        if (directory / (SLOT_FILE + PREV_SUFFIX)).exists() or (directory / DB_FILE).exists():
            raise VaultDamaged("the key-slot file is missing")
        raise VaultNotFound("no slot file in this folder")
    if slots.db_salt is not None:
        current = database_salt(directory)
        if current is not None and not hmac.compare_digest(current, slots.db_salt):
            raise VaultMismatch("key slots belong to another vault's database")
    return slots


def remove_stale(vault_dir: Path) -> None:
    """Delete leftovers an older Hjulet or a killed write may have left (call under the lock).

    ``.prev`` held a replaced passphrase or recovery key (older versions kept it);
    ``.tmp`` a slot file that was never renamed into place.
    """
    directory = Path(vault_dir)
    removed = False
    for suffix in (PREV_SUFFIX, TMP_SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            (directory / (SLOT_FILE + suffix)).unlink()
            removed = True
    if removed:
        with storage_errors():
            fsync_dir(directory)


def write_slot_file(vault_dir: Path, slots: SlotFile) -> None:
    """Write ``DIR/keyslots.json`` crash-safely: temp file, fsync, rename, fsync folder.

    After a crash either the old or the new file is whole; nothing else is kept (a
    replaced secret must not survive in a copy). The file is bound to the current
    ``vault.db``. Refuses to overwrite the slots of another vault (VaultExists) or of
    a newer Hjulet (VaultTooNew). The caller holds the vault lock.
    """
    directory = Path(vault_dir)
    main = directory / SLOT_FILE
    salt = database_salt(directory)
    if salt is not None:
        slots = _replace(slots, db_salt=salt)
    data = dump_slot_file(slots)
    try:
        current = _load_path(main)
    except VaultDamaged:
        current = None  # VaultTooNew propagates: a newer file is never overwritten
    if current is not None and current.vault_id != slots.vault_id:
        raise VaultExists("slot file of another vault is in this folder")
    # the vault's own file (so no output guard); a fixed temp name that remove_stale knows
    with atomic_file(main, guard=False, temp=main.with_name(main.name + TMP_SUFFIX)) as f:
        f.write(data)


# -- one key derivation for a backup and a restore --------------------------------


def unlock_with_passphrase_kek(slots: SlotFile, passphrase: str) -> tuple[bytes, bytes]:
    """(data key, the passphrase slot's derived key), or WrongPassphrase.

    The derived key lets a backup wrap its own passphrase slot with the same salt
    and parameters, without deriving it a second time.
    """
    try:
        secret = normalize_passphrase(passphrase)
    except InvalidInput:
        raise WrongPassphrase("passphrase does not open this vault") from None
    slot = slots.passphrase_slot
    assert slot.params is not None  # guaranteed by Slot.__post_init__
    kek = _argon2id(secret, slot.salt, slot.params)
    data_key = _open(slots, slot, kek)
    if data_key is None:
        raise WrongPassphrase("passphrase does not open this vault")
    return data_key, kek


def create_slot_file_with_kek(
    data_key: bytes, kek: bytes, salt: bytes, kdf: KdfParams, vault_id: str
) -> tuple[SlotFile, str]:
    """Like :func:`create_slot_file`, with the passphrase's key already derived.

    ``kek`` is Argon2id(passphrase, ``salt``, ``kdf``), e.g. from the backup a
    vault is restored from (the restored vault keeps that passphrase).
    """
    _check_data_key(data_key)
    if not _is_vault_id(vault_id):
        raise ValueError("vault id must be a uuid4 in lower-case hex")
    if not isinstance(kdf, KdfParams) or not KDF_CAPS.allows(kdf):
        raise ValueError("KDF parameters outside limits")
    if len(salt) != SALT_BYTES or len(kek) != 32:
        raise ValueError("salt and derived key have the wrong length")
    recovery_text = generate_recovery_key()
    raw = normalize_recovery_key(recovery_text)
    nonce = secrets.token_bytes(NONCE_BYTES)
    aad = _slot_aad(vault_id, "passphrase", KDF_ARGON2ID, kdf, salt)
    passphrase_slot = Slot(
        "passphrase", KDF_ARGON2ID, kdf, salt, nonce, AESGCM(kek).encrypt(nonce, data_key, aad)
    )
    # the new recovery key is pending until confirmed, as with create_slot_file
    slots = SlotFile(
        version=FORMAT_VERSION,
        vault_id=vault_id,
        passphrase_slot=passphrase_slot,
        recovery_slot=None,
        key_check=_key_check(data_key),
        pending_recovery=_wrap_recovery(vault_id, data_key, raw),
    )
    if _open(slots, passphrase_slot, kek) != data_key:  # cheap: no key derivation
        raise ValueError("the new passphrase slot does not open")
    return slots, recovery_text

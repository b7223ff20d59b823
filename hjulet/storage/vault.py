"""A vault: one folder holding the SQLCipher database and its key-slot file.

``Vault`` is the open, unlocked handle. It keeps the data key only while open;
``close()`` disposes the engine, drops the key reference and releases the
single-instance lock. (Python cannot reliably wipe memory: see SECURITY.md.)
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import hmac
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hjulet.core.errors import (
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
)
from hjulet.storage import keyslots
from hjulet.storage.db import (
    DB_FILE,
    checkpoint,
    create_schema,
    damaged_on_db_error,
    is_plaintext_sqlite,
    make_engine,
    migrate,
)
from hjulet.storage.keyslots import KdfParams
from hjulet.storage.schema import MetaRow

LOCK_FILE = "vault.lock"
BACKUP_DIR = "backups"
VAULT_FILES = (DB_FILE, keyslots.SLOT_FILE)


def actor_name() -> str:
    """The logged-in professional, for the audit log."""
    try:
        return getpass.getuser()[:100]
    except (OSError, KeyError):  # no user name on some locked-down machines
        return "?"


class Vault:
    """An unlocked vault. Use through services; ORM sessions never leave storage."""

    def __init__(self, path: Path, data_key: bytes, lock: FileLock) -> None:
        self.path = path
        self._key: bytes | None = data_key
        self._lock = lock
        self._engine = make_engine(path / DB_FILE, data_key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self._audit_key = hmac.new(data_key, b"hjulet audit v1", hashlib.sha256).digest()
        self.vault_id = ""
        self.name = ""

    # -- lifecycle ---------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._key is not None

    def close(self) -> None:
        """Lock: dispose connections, drop keys, release the instance lock."""
        if self._key is None:
            return
        with contextlib.suppress(Exception):
            checkpoint(self._engine)
        self._engine.dispose()
        self._key = None
        self._audit_key = b""
        with contextlib.suppress(Exception):
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def data_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked("vault is locked")
        return self._key

    @property
    def audit_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked("vault is locked")
        return self._audit_key

    @property
    def engine(self):  # type: ignore[no-untyped-def]
        if self._key is None:
            raise VaultLocked("vault is locked")
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        if self._key is None:
            raise VaultLocked("vault is locked")
        with damaged_on_db_error(), self._sessions() as s, s.begin():
            yield s

    def read_meta(self) -> None:
        with self.session() as s:
            meta = {row.key: row.value for row in s.scalars(select(MetaRow))}
        self.vault_id = meta.get("vault_id", "")
        self.name = meta.get("name", "")

    def checkpoint(self) -> None:
        checkpoint(self.engine)


def _acquire(path: Path) -> FileLock:
    lock = FileLock(str(path / LOCK_FILE), timeout=0, thread_local=False, is_singleton=False)
    try:
        lock.acquire()
    except Timeout:
        raise VaultInUse("another Hjulet has this vault open") from None
    return lock


def is_vault(path: Path) -> bool:
    return (path / keyslots.SLOT_FILE).exists() or (
        path / (keyslots.SLOT_FILE + keyslots.PREV_SUFFIX)
    ).exists()


def create(path: Path, passphrase: str, *, name: str, kdf: KdfParams) -> tuple[Vault, str]:
    """Create a new vault folder; returns the open vault and the recovery key text."""
    path = Path(path)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise VaultExists("folder exists and is not empty")
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    data_key = keyslots.new_data_key()
    vault_id = uuid.uuid4().hex
    slots, recovery = keyslots.create_slot_file(data_key, passphrase, kdf, vault_id)
    lock = _acquire(path)
    vault = Vault(path, data_key, lock)
    try:
        create_schema(vault.engine)
        now = datetime.now(UTC).isoformat()
        with vault.session() as s:
            s.add_all(
                [
                    MetaRow(key="vault_id", value=vault_id),
                    MetaRow(key="name", value=name),
                    MetaRow(key="created", value=now),
                    MetaRow(key="settings", value=json.dumps({})),
                ]
            )
        # The slot file last: a folder without one is not yet a vault.
        keyslots.write_slot_file(path, slots)
    except BaseException:
        vault.close()
        raise
    vault.read_meta()
    return vault, recovery


def _open_with_key(path: Path, data_key: bytes) -> Vault:
    db = path / DB_FILE
    if not db.exists():
        raise VaultDamaged("database file is missing")
    if is_plaintext_sqlite(db):
        raise VaultDamaged("database is not encrypted")
    lock = _acquire(path)
    vault = Vault(path, data_key, lock)
    try:
        migrate(vault.engine, data_key, path / BACKUP_DIR)
        vault.read_meta()
    except BaseException:
        vault.close()
        raise
    return vault


def open_with_passphrase(path: Path, passphrase: str) -> Vault:
    path = Path(path)
    if not path.is_dir() or not is_vault(path):
        raise VaultNotFound("no vault in this folder")
    slots = keyslots.read_slot_file(path)
    data_key = keyslots.unlock_with_passphrase(slots, passphrase)
    vault = _open_with_key(path, data_key)
    if slots.vault_id != vault.vault_id:
        vault.close()
        raise VaultDamaged("key slots belong to another vault")
    keyslots.forget_previous(path)
    return vault


def change_passphrase(path: Path, old: str, new: str, kdf: KdfParams) -> None:
    """Re-wrap the data key under a new passphrase (crash-safe slot file swap)."""
    slots = keyslots.read_slot_file(path)
    data_key = keyslots.unlock_with_passphrase(slots, old)
    keyslots.write_slot_file(path, keyslots.with_new_passphrase(slots, data_key, new, kdf))


def new_recovery_key(path: Path, passphrase: str) -> str:
    """Replace the recovery key (the passphrase proves who asks); returns the new one."""
    slots = keyslots.read_slot_file(path)
    data_key = keyslots.unlock_with_passphrase(slots, passphrase)
    slots, new_key = keyslots.with_new_recovery_key(slots, data_key)
    keyslots.write_slot_file(path, slots)
    return new_key


def recover(path: Path, recovery_key: str, new_passphrase: str, kdf: KdfParams) -> str:
    """Unlock with the recovery key, set a new passphrase and issue a new recovery key."""
    path = Path(path)
    if not is_vault(path):
        raise VaultNotFound("no vault in this folder")
    slots = keyslots.read_slot_file(path)
    data_key = keyslots.unlock_with_recovery_key(slots, recovery_key)
    slots = keyslots.with_new_passphrase(slots, data_key, new_passphrase, kdf)
    slots, new_recovery = keyslots.with_new_recovery_key(slots, data_key)
    keyslots.write_slot_file(path, slots)
    return new_recovery

"""A vault: one folder holding the SQLCipher database and its key-slot file.

``Vault`` is the open, unlocked handle; it holds the single-instance lock while
open. Every change to a vault's files happens under that lock, taken before
anything is read: a command refused because the vault is in use changes nothing.

The data key lives in one mutable ``bytearray`` owned by the Vault; the engine's
connect function references that buffer (never a hex or bytes copy of it).
``close()`` closes the write connection and the engine's pooled connections
(SQLCipher wipes their key material), drops the Vault's references to the
engine, overwrites the key and the audit key buffers with zeros and releases the
lock. A pooled connection another thread still has checked out cannot be closed
under it: it stays usable until it is returned, and is closed then (and with it
the last reference to the engine and the wiped buffer); a change being written
is committed before the write connection closes. Python cannot wipe every
transient copy (the bytes an unwrap returned, the hex text of each ``PRAGMA key``):
SECURITY.md lists exactly what may remain in memory.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import hmac
import json
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from hjulet.core.errors import (
    OutputInVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from hjulet.storage import keyslots
from hjulet.storage.db import (
    DB_FILE,
    PRIVATE_DIR,
    PRIVATE_FILE,
    checkpoint,
    connect,
    create_schema,
    damaged_on_db_error,
    is_plaintext_sqlite,
    make_engine,
    migrate,
    release_memory,
)
from hjulet.storage.files import storage_errors, vault_folder_of
from hjulet.storage.keyslots import KdfParams
from hjulet.storage.schema import MetaRow

LOCK_FILE = "vault.lock"
BACKUP_DIR = "backups"
VAULT_FILES = (DB_FILE, keyslots.SLOT_FILE)

# Statements the write connection keeps prepared (the most recently used; SQLite's
# default is 128). SQLite gives each connection a small pool of memory for small
# allocations (its "lookaside": 30 slots of 1,200 bytes and 93 of 128 bytes), and
# every prepared statement kept holds some of it. With more than about six kept,
# the pool is used up, and then each write's own allocations (cursors, records)
# go to the heap, where ``cipher_memory_security`` adds an ``mlock`` and an
# ``munlock`` system call to each: 18 pairs per answer, 33 per text, with all the
# write statements kept. Six hold the statements of any one kind of write (a
# transaction's BEGIN and COMMIT, the wheel's digests, the row read and its
# update); a statement pushed out is prepared again when next used (tens of µs,
# from the pool the pushed-out one gave back). ``python -m benchmarks.writes``
# counts the calls per write.
WRITE_STATEMENTS = 6


def actor_name() -> str:
    """The logged-in professional, for the audit log."""
    try:
        return getpass.getuser()[:100]
    except (OSError, KeyError):  # no user name on some locked-down machines
        return "?"


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer with zeros (best effort: see SECURITY.md)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


def _close_on_return(dbapi_connection: object, record: Any) -> None:
    """Pool ``checkin`` hook of a closed vault's engine: close the connection for good."""
    if dbapi_connection is not None:
        record.invalidate()


class Vault:
    """An unlocked vault. Use through services; ORM sessions never leave storage."""

    def __init__(self, path: Path, data_key: bytes | bytearray, lock: FileLock) -> None:
        self.path = path
        self._key: bytearray | None = bytearray(data_key)
        self._lock = lock
        self._engine: Engine | None = make_engine(path / DB_FILE, self._key)
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            self._engine, expire_on_commit=False
        )
        self._audit_key: bytearray | None = bytearray(
            hmac.new(self._key, b"hjulet audit v1", hashlib.sha256).digest()
        )
        # the write connection (see ``write_cursor``): opened at the first write
        self._writes: Any = None
        self._writes_lock = threading.RLock()  # never a deadlock, even re-entered
        self.vault_id = ""
        self.name = ""

    # -- lifecycle ---------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._key is not None

    def close(self) -> None:
        """Lock: close the pooled connections, drop the engine, wipe the keys, release
        the instance lock. A connection still checked out is closed when it is returned."""
        if self._key is None:
            return
        with self._writes_lock:  # a change being written is committed first
            writes, self._writes = self._writes, None
            if writes is not None:
                with contextlib.suppress(Exception):
                    writes.close()
        engine, self._engine, self._sessions = self._engine, None, None
        if engine is not None:
            with contextlib.suppress(Exception):
                checkpoint(engine)
            # dispose() closes only the connections in the pool; one still out (a job
            # on another thread) goes back to this old pool later: close it then
            event.listen(engine.pool, "checkin", _close_on_return)
            engine.dispose()
        del engine
        wipe(self._key)
        wipe(self._audit_key)
        self._key = None
        self._audit_key = None
        with contextlib.suppress(Exception):
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def data_key(self) -> bytes:
        """A copy of the data key (for a backup's preamble); the Vault keeps the original."""
        if self._key is None:
            raise VaultLocked("vault is locked")
        return bytes(self._key)

    @property
    def audit_key(self) -> bytes:
        if self._audit_key is None:
            raise VaultLocked("vault is locked")
        return bytes(self._audit_key)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked("vault is locked")
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        if self._sessions is None:
            raise VaultLocked("vault is locked")
        with damaged_on_db_error(), self._sessions() as s, s.begin():
            yield s

    @contextmanager
    def write_cursor(self) -> Iterator[Any]:
        """One write transaction on the vault's write connection: committed on
        success (durably, before this returns), else rolled back.

        For the changes made on every click or after a pause in typing (an answer,
        a text, a share choice, a guardian's words): their statements come from
        ``storage.rows``. The connection is the vault's own, keyed, verified and
        configured like the pool's, opened at the first write and closed when the
        vault locks; a lock lets one thread at a time use it. It runs nothing but
        those few small statements, so they stay prepared in its statement cache
        and fit SQLite's per-connection lookaside memory: a pooled connection's
        cache fills with the other queries, and then each write's allocations went
        to the heap, where ``cipher_memory_security`` adds an ``mlock`` and an
        ``munlock`` system call to each (25 to 75 pairs per write through an ORM
        session). Nor is there a pool checkout, an ORM unit of work, or an
        implicit ``BEGIN`` and ``COMMIT`` prepared anew each time. ``BEGIN
        IMMEDIATE`` takes the write lock first (waiting up to the busy timeout), so
        the transaction's reads and its write see one state.
        """
        with self._writes_lock, damaged_on_db_error():
            if self._key is None:
                raise VaultLocked("vault is locked")
            if self._writes is None:
                self._writes = connect(
                    self.path / DB_FILE,
                    self._key,
                    isolation_level=None,
                    cached_statements=WRITE_STATEMENTS,
                )
            db = self._writes
            cur = db.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                try:
                    yield cur
                    cur.execute("COMMIT")
                except BaseException:
                    if db.in_transaction:
                        db.rollback()
                    raise
            finally:
                cur.close()

    def read_meta(self) -> None:
        with self.session() as s:
            meta = {row.key: row.value for row in s.scalars(select(MetaRow))}
        self.vault_id = meta.get("vault_id", "")
        self.name = meta.get("name", "")

    def checkpoint(self) -> None:
        checkpoint(self.engine)

    def release_memory(self) -> None:
        """After a bulk read: drop cached decrypted pages and return freed memory."""
        with damaged_on_db_error():
            if self._writes is not None and self._writes_lock.acquire(blocking=False):
                try:  # the write connection's pages too, unless it is writing
                    if self._writes is not None:
                        self._writes.executescript("PRAGMA shrink_memory")
                finally:
                    self._writes_lock.release()
            release_memory(self.engine)


def _acquire(path: Path) -> FileLock:
    lock_file = path / LOCK_FILE
    if lock_file.exists():  # an older Hjulet made it with the umask's mode
        with contextlib.suppress(OSError):
            os.chmod(lock_file, PRIVATE_FILE)
    lock = FileLock(
        str(lock_file), timeout=0, thread_local=False, is_singleton=False, mode=PRIVATE_FILE
    )
    try:
        with storage_errors():
            lock.acquire()
    except Timeout:
        raise VaultInUse("another Hjulet has this vault open") from None
    return lock


@contextmanager
def vault_lock(path: Path) -> Iterator[FileLock]:
    """Hold the vault's single-instance lock (VaultInUse if another process has it)."""
    lock = _acquire(Path(path))
    try:
        yield lock
    finally:
        with contextlib.suppress(Exception):
            lock.release()


def is_vault(path: Path) -> bool:
    """A vault folder, whole or not (a missing slot file is then reported as damage)."""
    return any(
        (path / name).exists()
        for name in (keyslots.SLOT_FILE, keyslots.SLOT_FILE + keyslots.PREV_SUFFIX, DB_FILE)
    )


def create(path: Path, passphrase: str, *, name: str, kdf: KdfParams) -> tuple[Vault, str]:
    """Create a new vault folder; returns the open vault and the recovery key text.

    The recovery key is pending until it is confirmed (``confirm_recovery_key``).
    """
    path = Path(path)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise VaultExists("folder exists and is not empty")
    # the same rule as every other output (and restore): nothing new inside a vault folder
    if vault_folder_of(Path(os.path.realpath(path.absolute().parent))) is not None:
        raise OutputInVault("new vault folder is inside a vault folder", str(path))
    made_folder = not path.exists()
    with storage_errors():
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    try:
        return _create_in(path, passphrase, name=name, kdf=kdf)
    except BaseException:
        # nothing half-made is left: the folder was empty (or not there) before
        with contextlib.suppress(OSError):
            _empty_new_folder(path, remove_folder=made_folder)
        raise


def _create_in(path: Path, passphrase: str, *, name: str, kdf: KdfParams) -> tuple[Vault, str]:
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_DIR)
    lock = _acquire(path)
    try:
        data_key = keyslots.new_data_key()
        vault_id = uuid.uuid4().hex
        slots, recovery = keyslots.create_slot_file(data_key, passphrase, kdf, vault_id)
        vault = Vault(path, data_key, lock)
    except BaseException:
        lock.release()
        raise
    del data_key
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
        vault.checkpoint()  # the database's first page (and its salt) is on disk
        # The slot file last: a folder without one is not yet a vault.
        keyslots.write_slot_file(path, slots)
        vault.read_meta()
    except BaseException:
        vault.close()
        raise
    return vault, recovery


def _empty_new_folder(path: Path, *, remove_folder: bool) -> None:
    """Remove everything in a folder that held only a vault being created."""
    for entry in path.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    if remove_folder:
        path.rmdir()


def _open_with_key(path: Path, data_key: bytes | bytearray, lock: FileLock) -> Vault:
    """Open with a proven data key under ``lock`` (released on any failure)."""
    db = path / DB_FILE
    try:
        if not db.exists():
            raise VaultDamaged("database file is missing")
        if is_plaintext_sqlite(db):
            raise VaultDamaged("database is not encrypted")
        vault = Vault(path, data_key, lock)
    except BaseException:
        with contextlib.suppress(Exception):
            lock.release()
        raise
    try:
        migrate(vault.engine, vault.data_key, path / BACKUP_DIR)
        vault.read_meta()
    except BaseException:
        vault.close()
        raise
    return vault


def open_with_data_key(path: Path, data_key: bytes | bytearray) -> Vault:
    """Take the lock, then open with a data key the caller already proved (a restore
    opening what it wrote from an authenticated backup): no key derivation."""
    path = Path(path)
    _check_folder(path)
    return _open_with_key(path, data_key, _acquire(path))


def _check_folder(path: Path) -> None:
    if not path.is_dir() or not is_vault(path):
        raise VaultNotFound("no vault in this folder")


def open_with_passphrase(path: Path, passphrase: str) -> Vault:
    """Take the lock, then read the slots, unlock and open (stale leftovers removed)."""
    path = Path(path)
    _check_folder(path)
    lock = _acquire(path)
    try:
        keyslots.remove_stale(path)
        slots = keyslots.read_slot_file(path)
        data_key = keyslots.unlock_with_passphrase(slots, passphrase)
    except BaseException:
        lock.release()
        raise
    vault = _open_with_key(path, data_key, lock)  # releases the lock on failure
    del data_key
    if slots.vault_id != vault.vault_id:
        vault.close()
        raise VaultDamaged("key slots belong to another vault")
    return vault


def remove_new(vault: Vault, *, remove_folder: bool) -> bool:
    """Close a vault that was just created and whose recovery key was never confirmed,
    and remove it: its folder was empty before :func:`create`, so all it holds is
    the new vault's. The folder goes too when ``remove_folder`` (``create`` made it).

    A vault whose recovery key was ever confirmed (it has been in use) is only
    closed; False then.
    """
    if not vault.is_open:
        raise VaultLocked("vault is locked")
    path = vault.path
    brand_new = read_slots(vault).recovery_slot is None
    vault.close()
    if not brand_new:
        return False
    with storage_errors():
        _empty_new_folder(path, remove_folder=remove_folder)
    return True


def read_slots(vault: Vault) -> keyslots.SlotFile:
    """The key slots of an open vault (whose lock this process holds)."""
    if not vault.is_open:
        raise VaultLocked("vault is locked")
    return keyslots.read_slot_file(vault.path)


def verify_passphrase(vault: Vault, passphrase: str) -> None:
    """WrongPassphrase unless ``passphrase`` opens this open vault's slots."""
    key = bytearray(keyslots.unlock_with_passphrase(read_slots(vault), passphrase))
    try:
        if not hmac.compare_digest(key, vault.data_key):
            raise WrongPassphrase("passphrase does not open this vault")
    finally:
        wipe(key)


def set_passphrase(vault: Vault, new: str, kdf: KdfParams) -> None:
    """Re-wrap the data key of the open vault under ``new`` (crash-safe slot swap)."""
    slots = read_slots(vault)
    keyslots.write_slot_file(
        vault.path, keyslots.with_new_passphrase(slots, vault.data_key, new, kdf)
    )


def make_recovery_key(vault: Vault) -> str:
    """A new *pending* recovery key for the open vault; the one in force stays until confirmed."""
    slots, new_key = keyslots.with_new_recovery_key(read_slots(vault), vault.data_key)
    keyslots.write_slot_file(vault.path, slots)
    return new_key


def confirm_recovery_key(vault: Vault, recovery_key: str) -> None:
    """The pending key (proven by its text) replaces the one in force."""
    slots = read_slots(vault)
    confirmed = keyslots.confirm_recovery_key(slots, recovery_key)
    if confirmed is not slots:
        keyslots.write_slot_file(vault.path, confirmed)


def recover(
    path: Path, recovery_key: str, new_passphrase: str, kdf: KdfParams
) -> tuple[Vault, str]:
    """Under the lock: the recovery key sets a new passphrase and a new pending key.

    Returns the open vault and the new recovery key (pending until confirmed; the
    key used stays in force until then).
    """
    path = Path(path)
    _check_folder(path)
    lock = _acquire(path)
    try:
        keyslots.remove_stale(path)
        slots = keyslots.read_slot_file(path)
        slots, data_key, new_key = keyslots.recovered_with(slots, recovery_key, new_passphrase, kdf)
    except BaseException:
        lock.release()
        raise
    vault = _open_with_key(path, data_key, lock)  # the database opens before anything changes
    del data_key
    try:
        if slots.vault_id != vault.vault_id:
            raise VaultDamaged("key slots belong to another vault")
        keyslots.write_slot_file(path, slots)
    except BaseException:
        vault.close()
        raise
    return vault, new_key

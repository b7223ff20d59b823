"""The vault backup format, and writing and staging one on disk.

A vault backup is a backup container (``storage.container``, content type
``vault-snapshot``) whose plaintext is a small *preamble* followed by the vault's
database file exactly as it is on disk, i.e. still SQLCipher-encrypted with the
vault's data key::

    HJULET-SNAPSHOT\\n | preamble length (u32, big-endian) | preamble (UTF-8 JSON) | vault.db

The preamble holds what a restore needs: vault id, name, schema version, the raw data
key and the database's size. It is inside the container's encrypted, authenticated
plaintext, so the data key never leaves memory unencrypted. See docs/backup-format.md
and SECURITY.md ("the data key travels inside the backup").

Writing: the database is *frozen* (the write-ahead log checkpointed into the file and
emptied, then a read transaction held that no checkpoint may write under) and its file streamed
into the container one block at a time: no temp copy, no decrypt/re-encrypt, never the
whole vault in memory; writers are not held up. Every page's MAC is checked inside
the same transaction first, so a damaged vault gives no backup. Only if the log
cannot be emptied (another connection keeps reading) is a snapshot taken through
SQLite's backup API instead.

Restoring is staged: the container is decrypted, streaming, into a sibling folder
``TARGET.partial-XXXX``, given new key slots, verified by the caller, then renamed into
place in one step (``swap_into_place``); on any error the partial folder is deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from hjulet.core import strict_json
from hjulet.core.errors import (
    InvalidInput,
    OutputInVault,
    Problem,
    VaultDamaged,
    VaultExists,
    VaultTooNew,
)
from hjulet.core.problems import P
from hjulet.storage import keyslots
from hjulet.storage.container import (
    CONTENT_VAULT_SNAPSHOT,
    DEFAULT_CHUNK_SIZE,
    ContainerInfo,
    PassphraseKek,
    inspect_container,
    read_container,
    write_container,
)
from hjulet.storage.db import (
    BUSY_TIMEOUT_MS,
    DB_FILE,
    PRIVATE_FILE,
    damaged_on_db_error,
    page_problems,
    snapshot,
)
from hjulet.storage.files import fsync_dir, vault_folder_of
from hjulet.storage.keyslots import KdfParams
from hjulet.storage.schema import SCHEMA_VERSION
from hjulet.storage.vault import Vault

__all__ = [
    "PARTIAL_INFIX",
    "SNAPSHOT_MAGIC",
    "SNAPSHOT_PREFIX",
    "Preamble",
    "StagedRestore",
    "check_target",
    "passphrase_kek",
    "stage_restore",
    "swap_into_place",
    "write_backup",
]

SNAPSHOT_MAGIC = b"HJULET-SNAPSHOT\n"
SNAPSHOT_FORMAT = "hjulet-vault-snapshot"
SNAPSHOT_VERSION = 1
MAX_PREAMBLE = 64 * 1024
# temp snapshots (only when the database cannot be frozen; older versions always made one)
SNAPSHOT_PREFIX = ".backup-snapshot-"
PARTIAL_INFIX = ".partial-"
_LEN = struct.Struct(">I")
_READ_BLOCK = 1024 * 1024
_FREEZE_TRIES = 5
_FREEZE_WAIT_MS = 200
_VAULT_ID = re.compile(r"^[0-9a-f]{32}$")
_KEY_HEX = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Preamble:
    vault_id: str
    name: str
    schema_version: int
    data_key: bytes
    db_size: int


# --------------------------------------------------------------------------- preamble


def encode_preamble(vault: Vault, db_size: int) -> bytes:
    body = json.dumps(
        {
            "format": SNAPSHOT_FORMAT,
            "version": SNAPSHOT_VERSION,
            "vault_id": vault.vault_id,
            "name": vault.name,
            "schema_version": SCHEMA_VERSION,
            "data_key": vault.data_key.hex(),
            "db_size": db_size,
            "created": datetime.now(UTC).isoformat(),
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    return SNAPSHOT_MAGIC + _LEN.pack(len(body)) + body


def parse_preamble(raw: bytes) -> Preamble:
    try:
        doc = strict_json.loads(raw)
    except strict_json.JsonRejected:
        raise VaultDamaged("backup: preamble is not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != SNAPSHOT_FORMAT:
        raise VaultDamaged("backup: not a vault snapshot")
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise VaultDamaged("backup: bad snapshot version")
    if version > SNAPSHOT_VERSION:
        raise VaultTooNew(f"snapshot version {version} is newer than {SNAPSHOT_VERSION}")
    vault_id, name, schema = doc.get("vault_id"), doc.get("name"), doc.get("schema_version")
    key, db_size = doc.get("data_key"), doc.get("db_size")
    if not isinstance(vault_id, str) or not _VAULT_ID.match(vault_id):
        raise VaultDamaged("backup: bad vault id")
    if not isinstance(name, str) or len(name) > 200:
        raise VaultDamaged("backup: bad vault name")
    if type(schema) is not int or schema < 1:
        raise VaultDamaged("backup: bad schema version")
    if schema > SCHEMA_VERSION:
        raise VaultTooNew(f"schema {schema} > {SCHEMA_VERSION}")
    if not isinstance(key, str) or not _KEY_HEX.match(key):
        raise VaultDamaged("backup: bad data key")
    if type(db_size) is not int or db_size < 0:
        raise VaultDamaged("backup: bad database size")
    return Preamble(vault_id, name, schema, bytes.fromhex(key), db_size)


# --------------------------------------------------------------------------- backup


def passphrase_kek(vault: Vault, passphrase: str) -> PassphraseKek:
    """The vault's passphrase slot opened with ``passphrase`` (WrongPassphrase otherwise).

    The one key derivation of a backup: its result, salt and parameters also wrap
    the backup's passphrase slot, so the backup opens with the vault's passphrase.
    """
    slots = keyslots.read_slot_file(vault.path)
    _data_key, kek = keyslots.unlock_with_passphrase_kek(slots, passphrase)
    slot = slots.passphrase_slot
    assert slot.params is not None  # a passphrase slot always has them
    return PassphraseKek(slot.salt, slot.params, kek)


def _remove_leftovers(folder: Path) -> None:
    """Snapshots left by a backup that was killed (encrypted, but they take space)."""
    for leftover in folder.glob(f"{SNAPSHOT_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _check_pages(conn: Any) -> None:
    """SQLCipher's MAC of every page; a damaged vault gives no backup."""
    problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if problems:
        raise VaultDamaged(f"the vault fails its integrity check ({len(problems)} problems)")


@contextlib.contextmanager
def _frozen_database(vault: Vault) -> Iterator[BinaryIO | None]:
    """The database file, complete and unchanging while the block runs; None if it
    cannot be frozen (the write-ahead log could not be emptied).

    The log is checkpointed into the file and truncated; then a read transaction
    begins. If the log is still empty, that reader reads the database file directly,
    and SQLite lets no checkpoint write into the file while such a reader lives (it
    must lock that reader's slot first): the file alone is the whole database and
    stays so. Writers are not blocked: their commits go to the log. The vault's lock
    keeps other processes out.
    """
    db = vault.path / DB_FILE
    wal = db.with_name(db.name + "-wal")
    pooled = vault.engine.raw_connection()
    conn = pooled.driver_connection
    try:
        assert conn is not None
        # a reader that keeps the log busy makes each checkpoint wait: briefly, then the
        # fallback (the connection goes back to the pool with its usual timeout)
        conn.execute(f"PRAGMA busy_timeout = {_FREEZE_WAIT_MS}")
        for _ in range(_FREEZE_TRIES):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the read lock
            try:
                empty = wal.stat().st_size == 0
            except FileNotFoundError:
                empty = True
            if empty:
                try:
                    _check_pages(conn)
                    with db.open("rb") as fh:
                        yield fh
                finally:
                    conn.rollback()
                return
            conn.rollback()  # a write came in between: again
        yield None
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        pooled.close()


@contextlib.contextmanager
def _snapshot_copy(vault: Vault) -> Iterator[BinaryIO]:
    """A consistent copy through SQLite's backup API (the database could not be frozen),
    in a temp file inside the vault folder, encrypted with the same key; deleted after."""
    problems = page_problems(vault.engine)  # the copy re-encrypts: never launder damage
    if problems:
        raise VaultDamaged(f"the vault fails its integrity check ({len(problems)} problems)")
    snap = vault.path / f"{SNAPSHOT_PREFIX}{secrets.token_hex(8)}.db"
    try:
        with damaged_on_db_error():
            snapshot(vault.engine, vault.data_key, snap, durable=False)
        with snap.open("rb") as fh:
            yield fh
    finally:
        for leftover in vault.path.glob(f"{snap.name}*"):  # the file, .tmp, -journal
            with contextlib.suppress(OSError):
                leftover.unlink()


def write_backup(
    vault: Vault,
    out: Path,
    kek: PassphraseKek,
    *,
    kdf: KdfParams,
    progress: Callable[[int, int], None] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> tuple[ContainerInfo, int]:
    """Write a backup of the open ``vault`` to ``out`` (atomically); its passphrase
    slot is wrapped with ``kek`` (see :func:`passphrase_kek`).

    Returns the container's info and the database's size. ``progress(done, total)``
    gets plaintext bytes. VaultDamaged if a page fails its MAC.
    """
    _remove_leftovers(vault.path)
    with contextlib.ExitStack() as stack:
        with damaged_on_db_error():
            fh = stack.enter_context(_frozen_database(vault))
        if fh is None:
            fh = stack.enter_context(_snapshot_copy(vault))
        db_size = os.fstat(fh.fileno()).st_size
        preamble = encode_preamble(vault, db_size)
        total = len(preamble) + db_size

        def stream() -> Iterator[bytes]:
            yield preamble
            left = db_size
            while left > 0 and (block := fh.read(min(_READ_BLOCK, left))):
                left -= len(block)
                yield block

        info = write_container(
            out,
            stream(),
            passphrase=None,
            passphrase_kek=kek,
            kdf=kdf,
            content_type=CONTENT_VAULT_SNAPSHOT,
            progress=None if progress is None else (lambda done: progress(done, total)),
            chunk_size=chunk_size,
        )
    if info.plaintext_size != total:
        raise VaultDamaged("the database changed size while it was backed up")
    return info, db_size


# --------------------------------------------------------------------------- restore


class _SnapshotSink:
    """Receives the decrypted stream: the preamble in memory, the database to a file.

    Everything it writes is untrusted until read_container returns (see
    docs/backup-format.md); it lives in the partial folder, deleted on error.
    """

    def __init__(self, db_path: Path) -> None:
        self._head = bytearray()
        self.preamble: Preamble | None = None
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self._fh = os.fdopen(os.open(db_path, flags, PRIVATE_FILE), "wb")
        self.written = 0

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        if self.preamble is None:
            self._head += view
            fixed = len(SNAPSHOT_MAGIC) + _LEN.size
            if len(self._head) < fixed:
                return len(data)
            if bytes(self._head[: len(SNAPSHOT_MAGIC)]) != SNAPSHOT_MAGIC:
                raise VaultDamaged("backup does not hold a vault snapshot")
            (size,) = _LEN.unpack_from(self._head, len(SNAPSHOT_MAGIC))
            if size > MAX_PREAMBLE:
                raise VaultDamaged("backup: preamble too large")
            if len(self._head) < fixed + size:
                return len(data)
            self.preamble = parse_preamble(bytes(self._head[fixed : fixed + size]))
            rest = bytes(self._head[fixed + size :])
            self._head[:] = bytes(len(self._head))  # best-effort wipe of the key copy
            self._head.clear()
            view = memoryview(rest)
        self._fh.write(view)
        self.written += len(view)
        return len(data)

    def finish(self) -> Preamble:
        if self.preamble is None:
            raise VaultDamaged("backup: incomplete preamble")
        if self.written != self.preamble.db_size:
            raise VaultDamaged("backup: database size does not match")
        self._fh.flush()
        os.fsync(self._fh.fileno())
        return self.preamble

    def close(self) -> None:
        self._fh.close()


def check_target(target: Path) -> None:
    """VaultExists unless ``target`` is free (missing or an empty folder); OutputInVault
    if it lies inside a vault folder."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExists("target folder exists and is not empty")
    if vault_folder_of(Path(os.path.realpath(target.absolute().parent))) is not None:
        raise OutputInVault("restore target is inside a vault folder", str(target))


def _glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _remove_stale_partials(target: Path) -> None:
    """Partial folders of restores that were killed (encrypted, but in the way)."""
    for stale in target.parent.glob(f"{_glob_escape(target.name)}{PARTIAL_INFIX}*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)


@dataclass(frozen=True)
class StagedRestore:
    """A restored vault in its partial folder, not yet in place."""

    folder: Path
    preamble: Preamble
    recovery_key: str  # new: the backed-up vault's recovery key does not open this one

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def stage_restore(
    backup_file: Path,
    target: Path,
    *,
    passphrase: str,
    kdf: KdfParams,
    progress: Callable[[int, int], None] | None = None,
) -> StagedRestore:
    """Decrypt a backup, streaming, into ``TARGET.partial-XXXX`` beside ``target``, with
    new key slots under the same passphrase (wrapped with the key derived to open the
    backup when ``kdf`` is the backup's: one key derivation in all) and a new, pending
    recovery key. On any error nothing is left.

    Cheap checks first: VaultExists (target not free), InvalidInput (an export, not a
    backup), VaultDamaged, VaultTooNew, VaultNotFound; then WrongPassphrase.
    """
    check_target(target)
    info = inspect_container(backup_file)
    if info.content_type != CONTENT_VAULT_SNAPSHOT:
        raise InvalidInput(Problem("file", P.EXPORT_NOT_BACKUP))
    parent = target.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(target.absolute())
    partial = Path(tempfile.mkdtemp(prefix=f"{target.name}{PARTIAL_INFIX}", dir=parent))
    total = info.plaintext_size
    try:
        with contextlib.suppress(OSError):
            os.chmod(partial, 0o700)
        sink = _SnapshotSink(partial / DB_FILE)
        derived: list[PassphraseKek] = []
        try:
            read_container(
                backup_file,
                passphrase=passphrase,
                sink=sink,  # type: ignore[arg-type]  # a write-only sink is all it needs
                progress=None if progress is None else (lambda done: progress(done, total)),
                keep_kek=derived.append,
            )
            meta = sink.finish()
        finally:
            sink.close()
        if derived and derived[0].params == kdf:  # one key derivation in all
            pk = derived[0]
            slots, recovery = keyslots.create_slot_file_with_kek(
                meta.data_key, pk.kek, pk.salt, pk.params, meta.vault_id
            )
        else:  # other parameters asked for than the backup's: derive them
            slots, recovery = keyslots.create_slot_file(
                meta.data_key, passphrase, kdf, meta.vault_id
            )
        keyslots.write_slot_file(partial, slots)
        keyslots.read_slot_file(partial)  # written whole and readable
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return StagedRestore(partial, meta, recovery)


def swap_into_place(staged: StagedRestore, target: Path) -> None:
    """One rename: the target is the empty folder it was, or the whole restored vault.

    POSIX renames a folder over an empty one atomically; only where that is refused
    (Windows) is the empty target removed first (a kill in between leaves no target
    folder, and the next restore deletes the partial one). The parent folder is
    fsynced so the rename survives a power cut.
    """
    check_target(target)  # still free?
    try:
        os.replace(staged.folder, target)
    except OSError:
        if not (target.is_dir() and not any(target.iterdir())):
            raise
        target.rmdir()
        os.replace(staged.folder, target)
    fsync_dir(target.absolute().parent)

"""Back up a whole vault into one encrypted file, and restore it beside, then swap.

Backup
    1. The passphrase must be the vault's own (checked against its key slots: a
       typo would otherwise make a backup that nobody can open). This is the one
       key derivation: its result, salt and parameters also wrap the backup's
       passphrase slot (``storage.container.PassphraseKek``).
    2. A consistent snapshot through SQLite's backup API into a temp file
       *inside the vault folder*, encrypted with the vault's data key (SQLCipher)
       - never plaintext on disk, never a file copy of a live database. The vault
       is checked page by page first, so damage is never laundered into a backup.
    3. The snapshot is streamed into the backup container (``storage.container``,
       content type ``vault-snapshot``) behind a small *preamble* that restore needs:
       vault id, name, schema version and the raw data key. The preamble is part
       of the container's plaintext, so it is encrypted and authenticated with
       everything else; the data key never leaves memory unencrypted.
    4. The temp snapshot is deleted; the audit log gets ``backed_up``.

Restore
    1. Refuses a target that exists and is not empty (VaultExists), a file that is
       not a vault backup (InvalidInput), a damaged or truncated file (VaultDamaged),
       a wrong passphrase (WrongPassphrase) - the cheap checks before any work.
    2. Decrypts, streaming, into a sibling folder ``TARGET.partial-XXXX``; writes new
       key slots for the restored vault under the same passphrase (wrapped with the
       key derived to open the backup: one key derivation in all), with a **new
       recovery key**.
    3. Verifies: opens it with the data key, checks the vault id and the audit chain.
       No second integrity pass: AES-GCM authenticated every chunk of the snapshot.
    4. Renames the folder into place (atomic); on any error the partial folder is
       deleted and nothing is left at the target.

Why the data key travels inside the backup (and is not replaced on restore): the
audit log's MAC key is derived from the data key, so re-keying a restored vault
would break its tamper-evident chain. The backup is exactly as secret as the vault
itself (the same passphrase opens both). See SECURITY.md.
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

from hjulet.core.errors import (
    InvalidInput,
    OutputInVault,
    Problem,
    VaultDamaged,
    VaultExists,
    VaultTooNew,
)
from hjulet.core.model import AuditAction
from hjulet.services.vault import record_audit
from hjulet.storage import keyslots, repository
from hjulet.storage import vault as storage
from hjulet.storage.container import (
    CONTENT_VAULT_SNAPSHOT,
    DEFAULT_CHUNK_SIZE,
    PassphraseKek,
    inspect_container,
    read_container,
    write_container,
)
from hjulet.storage.db import (
    DB_FILE,
    PRIVATE_FILE,
    damaged_on_db_error,
    page_problems,
    snapshot,
)
from hjulet.storage.files import vault_folder_of
from hjulet.storage.keyslots import PRODUCT_KDF, KdfParams
from hjulet.storage.schema import SCHEMA_VERSION
from hjulet.storage.vault import Vault

__all__ = [
    "PARTIAL_INFIX",
    "SNAPSHOT_MAGIC",
    "SNAPSHOT_PREFIX",
    "BackupInfo",
    "Progress",
    "RestoreResult",
    "backup_vault",
    "restore_vault",
]

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)

SNAPSHOT_MAGIC = b"HJULET-SNAPSHOT\n"
SNAPSHOT_FORMAT = "hjulet-vault-snapshot"
SNAPSHOT_VERSION = 1
MAX_PREAMBLE = 64 * 1024
SNAPSHOT_PREFIX = ".backup-snapshot-"
PARTIAL_INFIX = ".partial-"
_LEN = struct.Struct(">I")
_READ_BLOCK = 1024 * 1024
_VAULT_ID = re.compile(r"^[0-9a-f]{32}$")
_KEY_HEX = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    file_size: int  # bytes on disk
    database_size: int  # bytes of the (encrypted) database snapshot inside


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    vault_id: str
    name: str
    recovery_key: str  # new: print it; the backed-up vault's recovery key does not open this one


@dataclass(frozen=True)
class _Preamble:
    vault_id: str
    name: str
    schema_version: int
    data_key: bytes
    db_size: int


# --------------------------------------------------------------------------- backup


def _remove_leftovers(folder: Path) -> None:
    """Snapshots left by a backup that was killed (encrypted, but they take space)."""
    for leftover in folder.glob(f"{SNAPSHOT_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _encode_preamble(vault: Vault, db_size: int) -> bytes:
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


def backup_vault(
    vault: Vault,
    out: Path,
    *,
    passphrase: str,
    progress: Progress | None = None,
    kdf: KdfParams = PRODUCT_KDF,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> BackupInfo:
    """Write an encrypted backup of the open ``vault`` to ``out`` (atomically).

    ``passphrase`` must be the vault's (WrongPassphrase otherwise); the backup opens
    with it. ``progress(done, total)`` is called with plaintext bytes.
    """
    out = Path(out)
    # One key derivation: the vault's passphrase slot is opened (so a typo cannot
    # make a backup nobody can open) and its derived key, salt and parameters wrap
    # the backup's passphrase slot too. ``kdf`` is not used: the backup opens with
    # the vault's own parameters.
    slots = keyslots.read_slot_file(vault.path)
    _data_key, kek = keyslots.unlock_with_passphrase_kek(slots, passphrase)
    slot = slots.passphrase_slot
    assert slot.params is not None  # a passphrase slot always has them
    derived = PassphraseKek(slot.salt, slot.params, kek)
    # A damaged page would be re-encrypted into the snapshot with a *valid* MAC (the
    # backup API reads through the codec): check every page's MAC first, never launder
    # damage. SQLite's structure checks are not repeated here: structure is copied as it
    # is, so a problem stays as visible in the backup as in the vault (`hjulet check`).
    problems = page_problems(vault.engine)
    if problems:
        raise VaultDamaged(f"the vault fails its integrity check ({len(problems)} problems)")
    _remove_leftovers(vault.path)
    snap = vault.path / f"{SNAPSHOT_PREFIX}{secrets.token_hex(8)}.db"
    try:
        with damaged_on_db_error():
            snapshot(vault.engine, vault.data_key, snap, durable=False)
        db_size = snap.stat().st_size
        preamble = _encode_preamble(vault, db_size)
        total = len(preamble) + db_size

        def report(done: int) -> None:
            if progress is not None:
                progress(done, total)

        with snap.open("rb") as fh:

            def stream() -> Iterator[bytes]:
                yield preamble
                while block := fh.read(_READ_BLOCK):
                    yield block

            info = write_container(
                out,
                stream(),
                passphrase=None,
                passphrase_kek=derived,
                kdf=kdf,
                content_type=CONTENT_VAULT_SNAPSHOT,
                progress=report,
                chunk_size=chunk_size,
            )
    finally:
        for leftover in vault.path.glob(f"{snap.name}*"):  # the file, .tmp, -journal
            with contextlib.suppress(OSError):
                leftover.unlink()
    if info.plaintext_size != total:
        raise VaultDamaged("the database changed size while it was backed up")
    record_audit(vault, AuditAction.BACKED_UP, detail=f"{info.file_size} bytes")
    return BackupInfo(out, vault.vault_id, info.file_size, db_size)


# --------------------------------------------------------------------------- restore


def _parse_preamble(raw: bytes) -> _Preamble:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
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
    return _Preamble(vault_id, name, schema, bytes.fromhex(key), db_size)


class _SnapshotSink:
    """Receives the decrypted stream: the preamble in memory, the database to a file.

    Everything it writes is untrusted until read_container returns (see
    docs/backup-format.md); it lives in the partial folder, deleted on error.
    """

    def __init__(self, db_path: Path) -> None:
        self._head = bytearray()
        self.preamble: _Preamble | None = None
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
            self.preamble = _parse_preamble(bytes(self._head[fixed : fixed + size]))
            rest = bytes(self._head[fixed + size :])
            self._head[:] = bytes(len(self._head))  # best-effort wipe of the key copy
            self._head.clear()
            view = memoryview(rest)
        self._fh.write(view)
        self.written += len(view)
        return len(data)

    def finish(self) -> _Preamble:
        if self.preamble is None:
            raise VaultDamaged("backup: incomplete preamble")
        if self.written != self.preamble.db_size:
            raise VaultDamaged("backup: database size does not match")
        self._fh.flush()
        os.fsync(self._fh.fileno())
        return self.preamble

    def close(self) -> None:
        self._fh.close()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_target(target: Path) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExists("target folder exists and is not empty")
    if vault_folder_of(Path(os.path.realpath(target.absolute().parent))) is not None:
        raise OutputInVault("restore target is inside a vault folder", str(target))


def _swap_into_place(partial: Path, target: Path) -> None:
    """One rename: the target is the empty folder it was, or the whole restored vault.

    POSIX renames a folder over an empty one atomically; only where that is refused
    (Windows) is the empty target removed first (a kill in between leaves no target
    folder, and the next restore deletes the partial one).
    """
    try:
        os.replace(partial, target)
    except OSError:
        if not (target.is_dir() and not any(target.iterdir())):
            raise
        target.rmdir()
        os.replace(partial, target)


def _remove_stale_partials(target: Path) -> None:
    """Partial folders of restores that were killed (encrypted, but in the way)."""
    for stale in target.parent.glob(f"{glob_escape(target.name)}{PARTIAL_INFIX}*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _verify(folder: Path, expected: _Preamble) -> None:
    """Open with the data key; the audit chain and the identity must hold.

    No page-by-page integrity pass: every byte of the snapshot was authenticated
    by the container's AES-GCM on its way in, and it was checked page by page
    when the backup was made.
    """
    vault = storage.open_with_data_key(folder, expected.data_key)
    try:
        if vault.vault_id != expected.vault_id:
            raise VaultDamaged("restored vault has another id than its backup")
        with vault.session() as s:
            if repository.verify_audit(s, vault.audit_key) is not None:
                raise VaultDamaged("restored vault's audit log does not verify")
        record_audit(vault, AuditAction.RESTORED)
    finally:
        vault.close()


def restore_vault(
    backup_file: Path,
    target_dir: Path,
    *,
    passphrase: str,
    progress: Progress | None = None,
    kdf: KdfParams = PRODUCT_KDF,
) -> RestoreResult:
    """Restore a backup into a new vault folder ``target_dir``; all or nothing.

    Raises VaultExists (target not empty), VaultNotFound (no file), InvalidInput
    (the file is an export, not a backup), VaultDamaged (damaged, truncated or
    altered), VaultTooNew, WrongPassphrase. On any error nothing is left at the
    target (an empty target folder that existed before is left as it was).
    """
    backup_file, target = Path(backup_file), Path(target_dir)
    _check_target(target)
    info = inspect_container(backup_file)
    if info.content_type != CONTENT_VAULT_SNAPSHOT:
        raise InvalidInput(Problem("file", "is an export, not a vault backup"))
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
        _verify(partial, meta)
        _check_target(target)  # still free?
        _swap_into_place(partial, target)
        _fsync_dir(parent)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return RestoreResult(target, meta.vault_id, meta.name, recovery)

"""Back up a whole vault into one encrypted file, and restore it beside, then swap.

The use cases; the format and the disk work live in ``storage.backup``.

Backup
    1. The passphrase must be the vault's own (checked against its key slots: a
       typo would otherwise make a backup that nobody can open). This is the one
       key derivation: its result, salt and parameters also wrap the backup's
       passphrase slot (``storage.container.PassphraseKek``).
    2. Every page's MAC is checked (a damaged vault gives no backup), and the
       database file, frozen consistent, is streamed into the backup container
       behind a small preamble (vault id, name, schema version, the data key):
       never plaintext on disk, never the whole vault in memory.
    3. The audit log gets ``backed_up``.

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

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hjulet.core.errors import VaultDamaged
from hjulet.core.model import AuditAction
from hjulet.services.vault import record_audit
from hjulet.storage import backup as stored
from hjulet.storage import repository
from hjulet.storage import vault as storage
from hjulet.storage.backup import PARTIAL_INFIX, SNAPSHOT_MAGIC, SNAPSHOT_PREFIX, Preamble
from hjulet.storage.container import DEFAULT_CHUNK_SIZE
from hjulet.storage.keyslots import PRODUCT_KDF, KdfParams
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
    with it. ``progress(done, total)`` is called with plaintext bytes. ``kdf`` is
    not used for the backup's slot: it opens with the vault's own parameters.
    """
    out = Path(out)
    kek = stored.passphrase_kek(vault, passphrase)
    info, db_size = stored.write_backup(
        vault, out, kek, kdf=kdf, progress=progress, chunk_size=chunk_size
    )
    record_audit(vault, AuditAction.BACKED_UP, detail=f"{info.file_size} bytes")
    return BackupInfo(out, vault.vault_id, info.file_size, db_size)


def _verify(folder: Path, expected: Preamble) -> None:
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
    staged = stored.stage_restore(
        backup_file, target, passphrase=passphrase, kdf=kdf, progress=progress
    )
    try:
        _verify(staged.folder, staged.preamble)
        stored.swap_into_place(staged, target)
    except BaseException:
        staged.discard()
        raise
    meta = staged.preamble
    return RestoreResult(target, meta.vault_id, meta.name, staged.recovery_key)

"""Use cases for the vault itself: create, open, lock, check, passphrase, recovery.

Every change to a vault happens under its lock, taken before anything is read:
the functions taking a path open the vault first (VaultInUse if another Hjulet
has it, and then nothing changed); those taking an open ``Vault`` use the lock
it holds. A new recovery key is *pending* until ``confirm_recovery_key``: the key
in force keeps working until the new one has been shown and confirmed.
"""

from __future__ import annotations

from pathlib import Path

from hjulet.core.errors import HjuletError, Problem, VaultDamaged, VaultLocked
from hjulet.core.model import AuditAction
from hjulet.core.problems import P
from hjulet.core.text import checked
from hjulet.storage import keyslots, repository
from hjulet.storage import vault as storage
from hjulet.storage.db import DB_FILE, integrity_problems, is_plaintext_sqlite
from hjulet.storage.files import check_output_path
from hjulet.storage.keyslots import PRODUCT_KDF, KdfParams
from hjulet.storage.vault import Vault, actor_name

# check_vault's problems for an unfinished recovery-key change (the CLI's exit code tells
# them from damage).
UNCONFIRMED_RECOVERY_KEY = Problem("", P.RECOVERY_UNCONFIRMED)
NO_CONFIRMED_RECOVERY_KEY = Problem("", P.RECOVERY_NEVER_CONFIRMED)


def record_audit(vault: Vault, action: AuditAction, child_code: str = "", detail: str = "") -> None:
    """Add a line to the vault's tamper-evident audit log (never content)."""
    with vault.session() as s:
        repository.add_audit(s, vault.audit_key, actor_name(), action, child_code, detail[:200])


def create_vault(
    path: Path, passphrase: str, *, name: str = "", kdf: KdfParams = PRODUCT_KDF
) -> tuple[Vault, str]:
    """A new, open vault and its recovery key text (to print once)."""
    name = checked(name, "name", 200)
    vault, recovery = storage.create(Path(path), passphrase, name=name, kdf=kdf)
    record_audit(vault, AuditAction.CREATED)
    return vault, recovery


def discard_new_vault(vault: Vault, *, made_folder: bool) -> bool:
    """Undo :func:`create_vault` whose result nobody took (the wizard closed while
    the vault was being made): close it, wipe its keys, and remove its files (the
    folder too when ``made_folder``). True when removed; a vault whose recovery key
    was ever confirmed is only closed."""
    return storage.remove_new(vault, remove_folder=made_folder)


def open_vault(path: Path, passphrase: str) -> Vault:
    vault = storage.open_with_passphrase(Path(path), passphrase)
    try:
        record_audit(vault, AuditAction.OPENED)
    except BaseException:
        vault.close()  # never keep the lock (or the key) of a vault we could not use
        raise
    return vault


def lock_vault(vault: Vault) -> None:
    vault.close()


def _require_open(vault: Vault) -> None:
    if not vault.is_open:
        raise VaultLocked("vault is locked")


def verify_passphrase(vault: Vault, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens this open vault's key slots.

    Runs the key derivation (about a second with product parameters): call it
    off the GUI thread. Used where the adult proves they are the adult (leaving
    child mode).
    """
    storage.verify_passphrase(vault, passphrase)


def change_passphrase(path: Path, old: str, new: str, *, kdf: KdfParams = PRODUCT_KDF) -> None:
    """Re-wrap the key under ``new``; the old passphrase stops working at once.

    Opens the vault first (its lock, then the old passphrase): a vault in use or a
    wrong passphrase changes nothing.
    """
    with open_vault(path, old) as vault:
        storage.set_passphrase(vault, new, kdf)
        record_audit(vault, AuditAction.CHANGED_PASSPHRASE)


def change_vault_passphrase(
    vault: Vault, old: str, new: str, *, kdf: KdfParams = PRODUCT_KDF
) -> None:
    """Change the passphrase of the vault this person has open (GUI)."""
    _require_open(vault)
    storage.verify_passphrase(vault, old)
    storage.set_passphrase(vault, new, kdf)
    record_audit(vault, AuditAction.CHANGED_PASSPHRASE)


def new_recovery_key(vault: Vault, passphrase: str) -> str:
    """A new recovery key for the open vault, *pending* until ``confirm_recovery_key``.

    The key in force keeps working until the new one is confirmed, so a crash
    before the new key was seen loses nothing. For a lost recovery key, or one
    never confirmed because a recovery or a first run was interrupted.
    """
    _require_open(vault)
    storage.verify_passphrase(vault, passphrase)
    key = storage.make_recovery_key(vault)
    record_audit(vault, AuditAction.RECOVERED, detail="new recovery key made")
    return key


def confirm_recovery_key(target: Vault | Path, recovery_key: str) -> None:
    """The new recovery key was shown and confirmed: it replaces the previous one.

    ``target`` is the open vault, or a vault folder (then only its lock is taken:
    the key's own text proves the request). WrongRecoveryKey if ``recovery_key``
    is neither the pending key nor the one in force.
    """
    if isinstance(target, Vault):
        _require_open(target)
        storage.confirm_recovery_key(target, recovery_key)
        record_audit(target, AuditAction.RECOVERED, detail="new recovery key confirmed")
        return
    path = Path(target)
    with storage.vault_lock(path):
        slots = keyslots.read_slot_file(path)
        confirmed = keyslots.confirm_recovery_key(slots, recovery_key)
        if confirmed is not slots:
            keyslots.write_slot_file(path, confirmed)


def recovery_key_confirmed(target: Vault | Path) -> bool:
    """False while a new recovery key waits for confirmation (or none was ever confirmed)."""
    if isinstance(target, Vault):
        return storage.read_slots(target).confirmed
    return keyslots.read_slot_file(Path(target)).confirmed


def recover_vault(
    path: Path, recovery_key: str, new_passphrase: str, *, kdf: KdfParams = PRODUCT_KDF
) -> str:
    """Set a new passphrase with the recovery key; returns the *new* recovery key.

    Takes the vault's lock first. The new key is pending: the key used keeps
    working until the new one is confirmed (``confirm_recovery_key``).
    """
    vault, new_key = storage.recover(Path(path), recovery_key, new_passphrase, kdf)
    with vault:
        record_audit(vault, AuditAction.RECOVERED)
    return new_key


def check_output(path: Path, *, overwrite: bool) -> None:
    """Refuse an output path before any work (OutputInVault, OutputNotRegular, OutputExists).

    GUI save dialogs call it with ``overwrite=True`` (the dialog asked); the CLI
    with ``overwrite=--force``.
    """
    check_output_path(Path(path), overwrite=overwrite)


def check_vault(path: Path, passphrase: str) -> list[Problem]:
    """Everything wrong with a vault, in plain words (empty list = healthy).

    Raises WrongPassphrase for a wrong passphrase; reports damage as problems.
    """
    path = Path(path)
    try:
        vault = storage.open_with_passphrase(path, passphrase)
    except VaultDamaged:
        return [Problem("", P.DAMAGED)]
    problems: list[Problem] = []
    with vault:
        slots = storage.read_slots(vault)
        if slots.pending_recovery is not None:
            problems.append(
                UNCONFIRMED_RECOVERY_KEY
                if slots.recovery_slot is not None
                else NO_CONFIRMED_RECOVERY_KEY
            )
        problems.extend(integrity_problems(vault.engine))
        try:
            with vault.session() as s:
                broken = repository.verify_audit(s, vault.audit_key)
        except VaultDamaged:
            problems.append(Problem("", P.AUDIT_UNREADABLE))
        else:
            if broken is not None:
                problems.append(Problem("", P.AUDIT_ALTERED, n=broken))
    db = path / DB_FILE
    if is_plaintext_sqlite(db):
        problems.append(Problem("", P.NOT_ENCRYPTED))
    return problems


def component_versions() -> dict[str, str]:
    """Versions of the parts that handle data, for the About dialog and bug reports."""
    import cryptography
    import reportlab
    import sqlalchemy
    import sqlcipher3

    from hjulet import __version__

    return {
        "Hjulet": __version__,
        "SQLite (SQLCipher)": str(getattr(sqlcipher3, "sqlite_version", "?")),
        "SQLAlchemy": sqlalchemy.__version__,
        "cryptography": cryptography.__version__,
        "reportlab": reportlab.Version,
    }


__all__ = [
    "HjuletError",
    "Vault",
    "change_passphrase",
    "change_vault_passphrase",
    "check_output",
    "check_vault",
    "confirm_recovery_key",
    "create_vault",
    "lock_vault",
    "open_vault",
    "record_audit",
    "recover_vault",
    "recovery_key_confirmed",
]

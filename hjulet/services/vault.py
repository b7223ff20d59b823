"""Use cases for the vault itself: create, open, lock, check, passphrase, recovery."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hjulet.core.errors import HjuletError, VaultDamaged
from hjulet.core.model import AuditAction
from hjulet.core.text import checked
from hjulet.storage import keyslots, repository
from hjulet.storage import vault as storage
from hjulet.storage.db import DB_FILE, integrity_problems, is_plaintext_sqlite
from hjulet.storage.keyslots import PRODUCT_KDF, KdfParams
from hjulet.storage.schema import MetaRow
from hjulet.storage.vault import Vault, actor_name

DEFAULT_SETTINGS: dict[str, Any] = {
    "retention_months": 12,
    # may the adult leave child mode with a short PIN set when entering it
    # (held only in memory) instead of the vault passphrase?
    "child_mode_pin_allowed": False,
    # child mode's colours: "normal" or "high_contrast" (the adult may change it at hand-over)
    "theme": "normal",
}


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


def verify_passphrase(vault: Vault, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens this vault's key slots.

    Runs the key derivation (about a second with product parameters): call it
    off the GUI thread. Used where the adult proves they are the adult (leaving
    child mode).
    """
    keyslots.unlock_with_passphrase(keyslots.read_slot_file(vault.path), passphrase)


def change_passphrase(path: Path, old: str, new: str, *, kdf: KdfParams = PRODUCT_KDF) -> None:
    """Re-wrap the key under ``new``; the old passphrase stops working at once."""
    storage.change_passphrase(Path(path), old, new, kdf)
    with open_vault(path, new) as vault:
        record_audit(vault, AuditAction.CHANGED_PASSPHRASE)


def change_vault_passphrase(
    vault: Vault, old: str, new: str, *, kdf: KdfParams = PRODUCT_KDF
) -> None:
    """Change the passphrase of the vault this person has open (GUI)."""
    storage.change_passphrase(vault.path, old, new, kdf)
    record_audit(vault, AuditAction.CHANGED_PASSPHRASE)


def new_recovery_key(vault: Vault, passphrase: str) -> str:
    """A new printed recovery key for the open vault; the old one stops working.

    For a lost recovery key, or one never seen because a recovery was interrupted.
    """
    key = storage.new_recovery_key(vault.path, passphrase)
    record_audit(vault, AuditAction.RECOVERED, detail="new recovery key")
    return key


def recover_vault(
    path: Path, recovery_key: str, new_passphrase: str, *, kdf: KdfParams = PRODUCT_KDF
) -> str:
    """Set a new passphrase with the recovery key; returns the *new* recovery key."""
    new_key = storage.recover(Path(path), recovery_key, new_passphrase, kdf)
    with open_vault(path, new_passphrase) as vault:
        record_audit(vault, AuditAction.RECOVERED)
    return new_key


def check_vault(path: Path, passphrase: str) -> list[str]:
    """Everything wrong with a vault, in plain words (empty list = healthy).

    Raises WrongPassphrase for a wrong passphrase; reports damage as problems.
    """
    path = Path(path)
    problems: list[str] = []
    slots_main = path / keyslots.SLOT_FILE
    if not slots_main.exists():
        problems.append("key-slot file missing (using the previous copy)")
    try:
        vault = storage.open_with_passphrase(path, passphrase)
    except VaultDamaged as exc:
        return [*problems, str(exc)]
    with vault:
        problems.extend(integrity_problems(vault.engine))
        try:
            with vault.session() as s:
                broken = repository.verify_audit(s, vault.audit_key)
        except VaultDamaged as exc:
            problems.append(f"audit log unreadable ({exc})")
        else:
            if broken is not None:
                problems.append(f"audit log altered at entry {broken}")
    db = path / DB_FILE
    if is_plaintext_sqlite(db):
        problems.append("database file is not encrypted")
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


def get_settings(vault: Vault) -> dict[str, Any]:
    with vault.session() as s:
        row = s.scalar(select(MetaRow).where(MetaRow.key == "settings"))
    stored = json.loads(row.value) if row else {}
    return {**DEFAULT_SETTINGS, **stored}


def save_settings(vault: Vault, settings: dict[str, Any]) -> None:
    body = json.dumps({**get_settings(vault), **settings})
    with vault.session() as s:
        row = s.get(MetaRow, "settings")
        if row is None:
            s.add(MetaRow(key="settings", value=body))
        else:
            row.value = body


__all__ = [
    "HjuletError",
    "Vault",
    "change_passphrase",
    "check_vault",
    "create_vault",
    "get_settings",
    "lock_vault",
    "open_vault",
    "record_audit",
    "recover_vault",
    "save_settings",
]

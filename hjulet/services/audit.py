"""Use cases for the audit log: read, filter, verify."""

from __future__ import annotations

from hjulet.core.model import AuditAction, AuditEvent
from hjulet.services.vault import record_audit
from hjulet.storage import repository
from hjulet.storage.vault import Vault


def list_audit(
    vault: Vault, child_code: str | None = None, action: AuditAction | None = None
) -> list[AuditEvent]:
    with vault.session() as s:
        return repository.list_audit(s, child_code, action)


def verify_audit(vault: Vault) -> int | None:
    """None when the log is intact, else the id of the first altered entry."""
    with vault.session() as s:
        return repository.verify_audit(s, vault.audit_key)


__all__ = ["list_audit", "record_audit", "verify_audit"]

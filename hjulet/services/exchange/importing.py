"""Importing validated children into the vault: one transaction, or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.model import AuditAction
from hjulet.core.problems import P
from hjulet.services.exchange.read import read_export
from hjulet.services.exchange.validate import ValidExport, validate_export
from hjulet.storage import exchange as rows
from hjulet.storage import repository
from hjulet.storage.vault import Vault, actor_name


@dataclass(frozen=True)
class ImportResult:
    codes: tuple[str, ...]  # the imported children's codes
    conversations: int


def import_children(
    vault: Vault,
    path: Path,
    *,
    passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Validate the whole file, then import every child in one transaction.

    InvalidInput lists every problem (including child codes already in the vault);
    nothing is written then.
    """
    valid = validate_export(read_export(Path(path), passphrase=passphrase))
    return import_valid(vault, valid, progress=progress)


def import_valid(
    vault: Vault, valid: ValidExport, *, progress: Callable[[int, int], None] | None = None
) -> ImportResult:
    codes = [c["code"] for c in valid.children]
    with vault.session() as s:
        taken = rows.existing_codes(s, codes)
        if taken:
            raise InvalidInput(
                [
                    Problem(f"children[{i}].code", P.CODE_TAKEN)
                    for i, code in enumerate(codes)
                    if code in taken
                ],
                "import",
            )
        digests = {
            key: rows.store_definition(s, kind, body)
            for key, (kind, body) in valid.definitions.items()
        }
        total = len(valid.children)
        for n, child in enumerate(valid.children, 1):
            rows.insert_children(s, [child], digests)
            repository.add_audit(
                s, vault.audit_key, actor_name(), AuditAction.IMPORTED, child["code"], "json"
            )
            if progress is not None:
                progress(n, total)
    return ImportResult(tuple(codes), sum(len(c["conversations"]) for c in valid.children))

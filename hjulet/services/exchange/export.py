"""Writing an export: the document, the file (plain or encrypted), the audit lines."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hjulet import __version__
from hjulet.core.errors import InvalidInput, Problem, VaultDamaged
from hjulet.core.model import AuditAction
from hjulet.core.problems import P
from hjulet.services.exchange.format import EXPORT_FORMAT, EXPORT_VERSION
from hjulet.services.exchange.read import read_export
from hjulet.services.exchange.validate import validate_export
from hjulet.storage import exchange as rows
from hjulet.storage import repository
from hjulet.storage.container import CONTENT_EXPORT_JSON, write_container
from hjulet.storage.files import write_atomic
from hjulet.storage.keyslots import PRODUCT_KDF, KdfParams
from hjulet.storage.vault import Vault, actor_name


@dataclass(frozen=True)
class ExportInfo:
    path: Path
    children: int
    conversations: int
    encrypted: bool
    file_size: int


def build_export(vault: Vault, codes: Sequence[str] | None = None) -> dict[str, Any]:
    """The export document for the children with ``codes`` (all children if None)."""
    with vault.session() as s:
        if codes is None:
            ids = [r.child.id for r in repository.list_children(s, include_archived=True)]
        else:
            ids = [repository.find_child(s, code.strip()).id for code in codes]  # NotFound
        body = rows.export_children(s, [i for i in ids if i is not None])
    _no_zero_bytes(body)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": rows.format_datetime(datetime.now(UTC).replace(tzinfo=None)),
        "generator": f"Hjulet {__version__}",
        **body,
    }


def _no_zero_bytes(value: Any) -> None:
    """Stored text never holds NUL (input is cleaned of control characters), but
    SQLCipher was measured to return a tampered *overflow* page as zeros instead of
    an error (tests/test_proof_tamper.py): refuse to export such data as if sound."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise VaultDamaged("stored text reads back with zero bytes (damaged page)")
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _encode(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _write_document(
    out: Path, doc: Mapping[str, Any], passphrase: str | None, kdf: KdfParams
) -> int:
    data = _encode(doc)
    if passphrase is None:
        write_atomic(out, data)
        return len(data)
    info = write_container(
        out, [data], passphrase=passphrase, kdf=kdf, content_type=CONTENT_EXPORT_JSON
    )
    return info.file_size


def export_children(
    vault: Vault,
    out: Path,
    *,
    codes: Sequence[str] | None = None,
    passphrase: str | None = None,
    kdf: KdfParams = PRODUCT_KDF,
) -> ExportInfo:
    """Write an export of the chosen children (all if ``codes`` is None) to ``out``.

    With ``passphrase`` the JSON is encrypted into the backup container (content
    type ``export-json``); without, ``out`` is plain JSON (the caller warns).
    The file appears atomically. Each exported child gets an ``exported`` audit line.
    """
    out = Path(out)
    doc = build_export(vault, codes)
    size = _write_document(out, doc, passphrase, kdf)
    _audit_exported(vault, doc, passphrase is not None)
    return ExportInfo(
        out,
        len(doc["children"]),
        sum(len(c["conversations"]) for c in doc["children"]),
        passphrase is not None,
        size,
    )


def _audit_exported(vault: Vault, doc: Mapping[str, Any], encrypted: bool) -> None:
    detail = "json-encrypted" if encrypted else "json"
    with vault.session() as s:
        for child in doc["children"]:
            repository.add_audit(
                s, vault.audit_key, actor_name(), AuditAction.EXPORTED, child["code"], detail
            )


def export_then_delete(
    vault: Vault,
    child_id: int,
    out: Path,
    *,
    passphrase: str | None = None,
    kdf: KdfParams = PRODUCT_KDF,
) -> ExportInfo:
    """The retention flow: export one child, verify the file by reading it back, delete.

    The child is deleted only if the file read back validates and holds exactly what
    was exported; otherwise InvalidInput/VaultDamaged and nothing is deleted.
    """
    from hjulet.services.children import delete_child, get_child

    out = Path(out)
    code = get_child(vault, child_id).code
    doc = build_export(vault, [code])
    size = _write_document(out, doc, passphrase, kdf)
    again = read_export(out, passphrase=passphrase)
    validate_export(again)
    if again["children"] != doc["children"] or again["definitions"] != doc["definitions"]:
        raise InvalidInput(Problem("file", P.READ_BACK_DIFFERS))
    _audit_exported(vault, doc, passphrase is not None)
    delete_child(vault, child_id)
    return ExportInfo(
        out, 1, len(doc["children"][0]["conversations"]), passphrase is not None, size
    )

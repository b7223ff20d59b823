"""Where a vault keeps its settings: one JSON object in the ``meta`` table.

Storage keeps the object as it is (keys a newer Hjulet wrote are kept); what each
setting means, its type and bounds are declared in ``core.settings`` and applied
by ``services.settings``.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from hjulet.core import strict_json
from hjulet.core.errors import VaultDamaged
from hjulet.storage.schema import MetaRow
from hjulet.storage.vault import Vault

__all__ = ["read_settings", "stored_settings", "write_settings"]

_KEY = "settings"


def read_settings(vault: Vault) -> dict[str, Any]:
    """The stored settings object ({} if none was ever saved); VaultDamaged if unreadable."""
    with vault.session() as s:
        return stored_settings(s)


def stored_settings(s: Session) -> dict[str, Any]:
    """:func:`read_settings` within an open session (for a use case's one read)."""
    row = s.get(MetaRow, _KEY)
    body = None if row is None else row.value
    if body is None:
        return {}
    try:
        stored = strict_json.loads(body)
    except strict_json.JsonRejected:
        raise VaultDamaged("the vault's settings are not readable") from None
    if not isinstance(stored, dict):
        raise VaultDamaged("the vault's settings are not readable")
    return stored


def write_settings(vault: Vault, changes: dict[str, Any]) -> None:
    """Merge ``changes`` into the stored settings, in one transaction."""
    with vault.session() as s:
        row = s.get(MetaRow, _KEY)
        stored: dict[str, Any] = {}
        if row is not None:
            try:
                loaded = strict_json.loads(row.value)
            except strict_json.JsonRejected:
                loaded = None
            stored = loaded if isinstance(loaded, dict) else {}
        body = json.dumps({**stored, **changes}, ensure_ascii=False, sort_keys=True)
        if row is None:
            s.add(MetaRow(key=_KEY, value=body))
        else:
            row.value = body

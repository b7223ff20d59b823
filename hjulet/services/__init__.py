"""Use cases as plain callables. The GUI and the CLI call only these.

The names below are loaded on first use (PEP 562): ``from hjulet import
services`` costs nothing, and a first screen or ``hjulet --help`` does not pull
in SQLAlchemy, SQLCipher, cryptography or reportlab before they are needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hjulet.services.audit import list_audit, verify_audit
    from hjulet.services.children import (
        add_child,
        archive_child,
        delete_child,
        find_child,
        get_child,
        list_children,
        retention_due,
        update_child,
    )
    from hjulet.services.consent import (
        add_consent,
        get_sip_plan,
        list_consents,
        save_sip_plan,
        valid_consents,
        withdraw_consent,
    )
    from hjulet.services.conversations import (
        delete_conversation,
        get_conversation,
        list_conversations,
        record_concern_shown,
        save_entry,
        set_answer,
        set_shared,
        set_text,
        start_conversation,
        update_conversation,
    )
    from hjulet.services.vault import (
        Vault,
        change_passphrase,
        change_vault_passphrase,
        check_vault,
        component_versions,
        create_vault,
        get_settings,
        lock_vault,
        new_recovery_key,
        open_vault,
        record_audit,
        recover_vault,
        save_settings,
    )

# name -> the module of ours that defines it
_WHERE = {
    "list_audit": "audit",
    "verify_audit": "audit",
    "add_child": "children",
    "archive_child": "children",
    "delete_child": "children",
    "find_child": "children",
    "get_child": "children",
    "list_children": "children",
    "retention_due": "children",
    "update_child": "children",
    "add_consent": "consent",
    "get_sip_plan": "consent",
    "list_consents": "consent",
    "save_sip_plan": "consent",
    "valid_consents": "consent",
    "withdraw_consent": "consent",
    "delete_conversation": "conversations",
    "get_conversation": "conversations",
    "list_conversations": "conversations",
    "record_concern_shown": "conversations",
    "save_entry": "conversations",
    "set_answer": "conversations",
    "set_shared": "conversations",
    "set_text": "conversations",
    "start_conversation": "conversations",
    "update_conversation": "conversations",
    "Vault": "vault",
    "change_passphrase": "vault",
    "change_vault_passphrase": "vault",
    "check_vault": "vault",
    "component_versions": "vault",
    "create_vault": "vault",
    "get_settings": "vault",
    "lock_vault": "vault",
    "new_recovery_key": "vault",
    "open_vault": "vault",
    "record_audit": "vault",
    "recover_vault": "vault",
    "save_settings": "vault",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "Vault",
    "add_child",
    "add_consent",
    "archive_child",
    "change_passphrase",
    "change_vault_passphrase",
    "check_vault",
    "component_versions",
    "create_vault",
    "delete_child",
    "delete_conversation",
    "find_child",
    "get_child",
    "get_conversation",
    "get_settings",
    "get_sip_plan",
    "list_audit",
    "list_children",
    "list_consents",
    "list_conversations",
    "lock_vault",
    "new_recovery_key",
    "open_vault",
    "record_audit",
    "record_concern_shown",
    "recover_vault",
    "retention_due",
    "save_entry",
    "save_settings",
    "save_sip_plan",
    "set_answer",
    "set_shared",
    "set_text",
    "start_conversation",
    "update_child",
    "update_conversation",
    "valid_consents",
    "verify_audit",
    "withdraw_consent",
]

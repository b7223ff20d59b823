"""Use cases as plain callables. The GUI and the CLI call only these.

The names below are loaded on first use (PEP 562): ``from hjulet import
services`` costs nothing, and a first screen or ``hjulet --help`` does not pull
in SQLAlchemy, SQLCipher, cryptography or reportlab before they are needed.
A new public name goes into ``_EXPORTS`` and into the ``TYPE_CHECKING`` imports
(tests/services/test_lazy_services.py checks that the two agree).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hjulet.services.audit import (
        list_audit,
        verify_audit,
    )
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
        ConsentStatus,
        add_consent,
        consent_status,
        consent_statuses,
        get_sip_plan,
        list_consents,
        may_share_child,
        save_sip_plan,
        valid_consents,
        withdraw_consent,
    )
    from hjulet.services.conversations import (
        StartChoice,
        change_scale,
        child_text_languages,
        delete_conversation,
        get_conversation,
        has_answers,
        list_conversations,
        record_concern_shown,
        save_entry,
        set_answer,
        set_shared,
        set_text,
        set_texts,
        start_choice_for,
        start_chosen_conversation,
        start_conversation,
        todays_conversation,
        update_conversation,
    )
    from hjulet.services.session import (
        AnswerStep,
        ConversationSession,
    )
    from hjulet.services.settings import (
        get_settings,
        save_settings,
        setting,
    )
    from hjulet.services.vault import (
        Vault,
        change_passphrase,
        change_vault_passphrase,
        check_output,
        check_vault,
        component_versions,
        confirm_recovery_key,
        create_vault,
        discard_new_vault,
        lock_vault,
        new_recovery_key,
        open_vault,
        record_audit,
        recover_vault,
        recovery_key_confirmed,
        verify_passphrase,
    )

# module of ours -> the public names it defines
_EXPORTS: dict[str, tuple[str, ...]] = {
    "audit": (
        "list_audit",
        "verify_audit",
    ),
    "children": (
        "add_child",
        "archive_child",
        "delete_child",
        "find_child",
        "get_child",
        "list_children",
        "retention_due",
        "update_child",
    ),
    "consent": (
        "ConsentStatus",
        "add_consent",
        "consent_status",
        "consent_statuses",
        "get_sip_plan",
        "list_consents",
        "may_share_child",
        "save_sip_plan",
        "valid_consents",
        "withdraw_consent",
    ),
    "conversations": (
        "StartChoice",
        "child_text_languages",
        "change_scale",
        "delete_conversation",
        "get_conversation",
        "has_answers",
        "list_conversations",
        "record_concern_shown",
        "save_entry",
        "set_answer",
        "set_shared",
        "set_text",
        "set_texts",
        "start_choice_for",
        "start_chosen_conversation",
        "start_conversation",
        "todays_conversation",
        "update_conversation",
    ),
    "session": (
        "AnswerStep",
        "ConversationSession",
    ),
    "settings": (
        "get_settings",
        "save_settings",
        "setting",
    ),
    "vault": (
        "Vault",
        "change_passphrase",
        "change_vault_passphrase",
        "check_output",
        "check_vault",
        "component_versions",
        "confirm_recovery_key",
        "create_vault",
        "discard_new_vault",
        "lock_vault",
        "new_recovery_key",
        "open_vault",
        "record_audit",
        "recover_vault",
        "recovery_key_confirmed",
        "verify_passphrase",
    ),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}


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
    "AnswerStep",
    "ConsentStatus",
    "ConversationSession",
    "StartChoice",
    "Vault",
    "add_child",
    "add_consent",
    "archive_child",
    "change_passphrase",
    "change_scale",
    "change_vault_passphrase",
    "check_output",
    "check_vault",
    "child_text_languages",
    "component_versions",
    "confirm_recovery_key",
    "consent_status",
    "consent_statuses",
    "create_vault",
    "delete_child",
    "delete_conversation",
    "discard_new_vault",
    "find_child",
    "get_child",
    "get_conversation",
    "get_settings",
    "get_sip_plan",
    "has_answers",
    "list_audit",
    "list_children",
    "list_consents",
    "list_conversations",
    "lock_vault",
    "may_share_child",
    "new_recovery_key",
    "open_vault",
    "record_audit",
    "record_concern_shown",
    "recover_vault",
    "recovery_key_confirmed",
    "retention_due",
    "save_entry",
    "save_settings",
    "save_sip_plan",
    "set_answer",
    "set_shared",
    "set_text",
    "set_texts",
    "setting",
    "start_choice_for",
    "start_chosen_conversation",
    "start_conversation",
    "todays_conversation",
    "update_child",
    "update_conversation",
    "valid_consents",
    "verify_audit",
    "verify_passphrase",
    "withdraw_consent",
]

"""Use cases for conversations: start one, record answers and words at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Literal

from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.model import (
    MAX_SHORT,
    MAX_TEXT,
    TEXT_FIELDS,
    Answer,
    AnswerKind,
    AreaEntry,
    AuditAction,
    Conversation,
    EntryField,
)
from hjulet.core.scales import Scale
from hjulet.core.text import checked
from hjulet.core.wheel import WheelDefinition
from hjulet.services.vault import get_settings
from hjulet.storage import repository
from hjulet.storage.vault import Vault, actor_name

Who = Literal["child", "adult", "guardian"]
_ANSWER_COLUMN = {"child": "answer", "adult": "adult_answer", "guardian": "guardian_answer"}


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def start_conversation(
    vault: Vault,
    child_id: int,
    *,
    definition: WheelDefinition,
    scale: Scale,
    language: str = "sv",
    held_on: date | None = None,
    place: str = "",
    present: str = "",
) -> Conversation:
    """A new conversation keeping frozen copies of the definition and scale."""
    held_on = held_on or date.today()
    conv = Conversation(
        id=None,
        child_id=child_id,
        held_on=held_on,
        definition=definition,
        scale=scale,
        language=checked(language, "language", 20),
        place=checked(place, "place", MAX_SHORT),
        present=checked(present, "present", 2000, multiline=True),
    )
    months = int(get_settings(vault)["retention_months"])
    with vault.session() as s:
        created = repository.add_conversation(s, conv)
        child = repository.get_child(s, child_id)
        keep_until = _add_months(held_on, months)
        if child.retention_until is None or child.retention_until < keep_until:
            repository.update_child(s, replace(child, retention_until=keep_until))
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CONVERSATION_STARTED, child.code, ""
        )
    return created


def get_conversation(vault: Vault, conversation_id: int) -> Conversation:
    with vault.session() as s:
        return repository.get_conversation(s, conversation_id)


def list_conversations(vault: Vault, child_id: int) -> list[Conversation]:
    """Oldest first."""
    with vault.session() as s:
        return repository.list_conversations(s, child_id)


def delete_conversation(vault: Vault, conversation_id: int) -> None:
    with vault.session() as s:
        conv = repository.get_conversation(s, conversation_id)
        code = repository.get_child(s, conv.child_id).code
        repository.delete_conversation(s, conversation_id)
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CONVERSATION_DELETED, code, ""
        )
    vault.checkpoint()


def _check_answer(conv_scale: Scale, answer: Answer) -> None:
    if answer.kind is AnswerKind.LEVEL and not 1 <= (answer.level or 0) <= conv_scale.size:
        raise InvalidInput(Problem("answer", f"level must be 1 to {conv_scale.size}"))


def set_answer(
    vault: Vault, conversation_id: int, area_id: str, answer: Answer, who: Who = "child"
) -> None:
    """Record one answer; committed (durably) before this returns."""
    if who not in _ANSWER_COLUMN:
        raise InvalidInput(Problem("who", "must be child, adult or guardian"))
    with vault.cursor() as cur:
        definition, scale = repository.answer_wheel(cur, conversation_id)
        if area_id not in definition.area_ids:
            raise InvalidInput(Problem("area", "is not in this wheel"))
        _check_answer(scale, answer)
        repository.set_answer_column(cur, conversation_id, area_id, _ANSWER_COLUMN[who], answer)


def clean_entry(entry: AreaEntry) -> AreaEntry:
    changes: dict[str, Any] = {
        f.value: checked(entry.text(f), f.value, MAX_TEXT, multiline=True) for f in TEXT_FIELDS
    }
    return replace(entry, **changes)


def save_entry(vault: Vault, conversation_id: int, entry: AreaEntry) -> AreaEntry:
    """Save a whole area entry (texts, answers, shared flags) at once."""
    entry = clean_entry(entry)
    with vault.session() as s:
        conv = repository.get_conversation(s, conversation_id)
        if entry.area_id not in conv.definition.area_ids:
            raise InvalidInput(Problem("area", "is not in this wheel"))
        for answer in (entry.answer, entry.adult_answer, entry.guardian_answer):
            _check_answer(conv.scale, answer)
        repository.upsert_entry(s, conversation_id, entry)
        return repository.get_entry(s, conversation_id, entry.area_id)


def set_text(
    vault: Vault, conversation_id: int, area_id: str, item: EntryField, text: str
) -> AreaEntry:
    """Change one text of an area entry (the child's words, the adult note...)."""
    if item not in TEXT_FIELDS:
        raise InvalidInput(Problem("field", "is not a text field"))
    with vault.session() as s:
        current = repository.get_entry(s, conversation_id, area_id)
    changes: dict[str, Any] = {item.value: text}
    return save_entry(vault, conversation_id, replace(current, **changes))


def set_shared(
    vault: Vault,
    conversation_id: int,
    area_id: str,
    item: EntryField,
    shared: bool,
    *,
    by_child: bool = False,
) -> AreaEntry:
    """The child's choice: may this item be shown at the SIP meeting?

    ``by_child``: the child made this choice themselves, in child mode; the
    adult's view says so. A choice entered by the adult clears that mark.
    """
    with vault.session() as s:
        current = repository.get_entry(s, conversation_id, area_id)
    flags = set(current.shared)
    (flags.add if shared else flags.discard)(item)
    decided = set(current.child_decided)
    (decided.add if by_child else decided.discard)(item)
    return save_entry(
        vault,
        conversation_id,
        replace(current, shared=frozenset(flags), child_decided=frozenset(decided)),
    )


_LONG_TEXT = ("important_to_me", "change_note", "present")


def update_conversation(vault: Vault, conversation_id: int, **changes: Any) -> None:
    """Change conversation-level fields (place, what is important to me, ...)."""
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if isinstance(value, str):
            limit = MAX_TEXT if key in _LONG_TEXT else MAX_SHORT
            clean[key] = checked(value, key, limit, multiline=key in _LONG_TEXT)
        else:
            clean[key] = value
    with vault.session() as s:
        repository.update_conversation(s, conversation_id, clean)


def record_concern_shown(vault: Vault, conversation_id: int) -> None:
    """Log that the organisation's routine for reporting concern was shown."""
    with vault.session() as s:
        conv = repository.get_conversation(s, conversation_id)
        code = repository.get_child(s, conv.child_id).code
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CONCERN_SHOWN, code, "routine shown"
        )

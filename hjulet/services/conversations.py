"""Use cases for conversations: start one (or find today's), record answers and words at once."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from hjulet.core import languages
from hjulet.core.catalog import DEFAULT_DEFINITION, Catalog
from hjulet.core.child_texts import available_child_languages
from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.guardian import GuardianView
from hjulet.core.model import (
    MAX_SHORT,
    MAX_TEXT,
    TEXT_FIELDS,
    Answer,
    AnswerKind,
    AreaEntry,
    AuditAction,
    Child,
    Conversation,
    EntryField,
    Viewpoint,
    scale_change_detail,
)
from hjulet.core.problems import P
from hjulet.core.scales import Scale
from hjulet.core.settings import DEFINITION, RETENTION_MONTHS
from hjulet.core.text import checked
from hjulet.core.wheel import WheelDefinition
from hjulet.services.children import find_child
from hjulet.services.settings import setting
from hjulet.storage import repository
from hjulet.storage.vault import Vault, actor_name


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
    months = setting(vault, RETENTION_MONTHS)
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


@dataclass(frozen=True)
class StartChoice:
    """How a new conversation starts: which wheel, scale and child-text language."""

    definition_id: str
    scale_id: str
    language: str
    present: str = ""
    place: str = ""


def child_text_languages(child: Child, text_dirs: tuple[Path, ...] = ()) -> list[str]:
    """Languages the child texts exist in, the child's own first (in the child's order)."""
    return list(languages.text_languages(child.languages, available_child_languages(text_dirs)))


def start_choice_for(
    catalog: Catalog,
    child: Child,
    text_dirs: tuple[Path, ...] = (),
    *,
    vault: Vault | None = None,
) -> StartChoice:
    """The start the adult is offered for a new conversation with this child.

    The wheel for new conversations chosen in the vault's settings (when
    ``vault`` is given and the catalogue has it), else the default wheel; the
    scale for the child's age (from the birth year when known, else the stored
    tier); the child's first language that has child texts, else Swedish.
    """
    definition_id = DEFAULT_DEFINITION
    if vault is not None:
        chosen = setting(vault, DEFINITION)
        if chosen in catalog.definitions:
            definition_id = chosen
    language = languages.text_language(child.languages, available_child_languages(text_dirs))
    scale = catalog.scale_for_child(child)
    return StartChoice(definition_id, scale.id, language)


def start_chosen_conversation(
    vault: Vault, catalog: Catalog, child_id: int, choice: StartChoice
) -> Conversation:
    """Start a conversation today as chosen (wheel and scale looked up in ``catalog``)."""
    try:
        definition = catalog.definition(choice.definition_id)
        scale = catalog.scale(choice.scale_id)
    except KeyError:
        raise InvalidInput(Problem("wheel", P.NO_SUCH_DEFINITION)) from None
    return start_conversation(
        vault,
        child_id,
        definition=definition,
        scale=scale,
        language=choice.language,
        place=choice.place,
        present=choice.present,
    )


def todays_conversation(
    vault: Vault, catalog: Catalog, child_code: str, text_dirs: tuple[Path, ...] = ()
) -> Conversation:
    """The child's latest conversation held today, or a new one as ``start_choice_for``."""
    child = find_child(vault, child_code)
    assert child.id is not None
    today = date.today()
    todays = [c for c in list_conversations(vault, child.id) if c.held_on == today]
    if todays:
        return todays[-1]
    return start_chosen_conversation(
        vault, catalog, child.id, start_choice_for(catalog, child, text_dirs, vault=vault)
    )


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


def has_answers(vault: Vault, conversation_id: int) -> bool:
    """Has anyone answered on this conversation's scale yet (child, adult, a guardian)?"""
    with vault.session() as s:
        conv = repository.get_conversation(s, conversation_id)
        return _answered(conv, repository.list_guardian_views(s, [conversation_id]))


def _answered(conv: Conversation, views: list[GuardianView]) -> bool:
    answers = [
        a for e in conv.entries.values() for a in (e.answer, e.adult_answer, e.guardian_answer)
    ]
    answers += [a for v in views for a in v.answers().values()]
    return any(a.is_given for a in answers)


def change_scale(vault: Vault, conversation_id: int, scale: Scale) -> Conversation:
    """Hold a conversation on another scale, saved at once; only while nobody has answered.

    Answers on one scale cannot be read on another (three faces are not four
    steps), so a conversation with answers keeps its scale: start a new one.
    The change is audited (``scale_changed``, detail: old and new scale id) in
    the same transaction; choosing the scale it already has changes nothing.
    """
    with vault.session() as s:
        conv = repository.get_conversation(s, conversation_id)
        if conv.scale.id == scale.id and conv.scale.to_dict() == scale.to_dict():
            return conv
        if _answered(conv, repository.list_guardian_views(s, [conversation_id])):
            raise InvalidInput(Problem("scale", P.SCALE_HAS_ANSWERS))
        repository.set_conversation_scale(s, conversation_id, scale)
        code = repository.get_child(s, conv.child_id).code
        repository.add_audit(
            s,
            vault.audit_key,
            actor_name(),
            AuditAction.SCALE_CHANGED,
            code,
            scale_change_detail(conv.scale.id, scale.id),
        )
        return repository.get_conversation(s, conversation_id)


def _check_answer(conv_scale: Scale, answer: Answer) -> None:
    if answer.kind is AnswerKind.LEVEL and not 1 <= (answer.level or 0) <= conv_scale.size:
        raise InvalidInput(Problem("answer", P.LEVEL, top=conv_scale.size))


@contextmanager
def _writing_area(vault: Vault, conversation_id: int, area_id: str) -> Iterator[tuple[Any, Scale]]:
    """One write transaction on one area of a conversation, committed (durably) when
    the block ends: the area is checked against the conversation's own wheel first
    (NotFound, InvalidInput). Yields the write cursor and the conversation's scale."""
    with vault.write_cursor() as cur:
        definition, scale = repository.wheel_for_write(cur, conversation_id)
        if area_id not in definition.area_ids:
            raise InvalidInput(Problem("area", P.NOT_IN_WHEEL))
        yield cur, scale


def set_answer(
    vault: Vault,
    conversation_id: int,
    area_id: str,
    answer: Answer,
    who: Viewpoint | str = Viewpoint.CHILD,
) -> None:
    """Record one answer; committed (durably) before this returns."""
    try:
        viewpoint = Viewpoint(who)
    except ValueError:
        raise InvalidInput(Problem("who", P.VIEWPOINT)) from None
    with _writing_area(vault, conversation_id, area_id) as (cur, scale):
        _check_answer(scale, answer)
        repository.write_entry(cur, conversation_id, area_id, {viewpoint.answer_field: answer})


def clean_entry(entry: AreaEntry) -> AreaEntry:
    changes: dict[str, Any] = {
        f.value: checked(entry.text(f), f.value, MAX_TEXT, multiline=True) for f in TEXT_FIELDS
    }
    return replace(entry, **changes)


def save_entry(vault: Vault, conversation_id: int, entry: AreaEntry) -> AreaEntry:
    """Save a whole area entry (texts, answers, shared flags) at once; returns it as stored."""
    entry = clean_entry(entry)
    with _writing_area(vault, conversation_id, entry.area_id) as (cur, scale):
        for answer in (entry.answer, entry.adult_answer, entry.guardian_answer):
            _check_answer(scale, answer)
        at = repository.store_entry(cur, conversation_id, entry)
    return replace(entry, updated_at=at)


def set_texts(
    vault: Vault, conversation_id: int, area_id: str, texts: Mapping[EntryField, str]
) -> AreaEntry:
    """Change some texts of one area entry in one transaction; returns the stored entry.

    The entry is read in the same transaction, under the write lock, so answers
    and share choices stored meanwhile are kept (the vault is the truth).
    """
    for item in texts:
        if item not in TEXT_FIELDS:
            raise InvalidInput(Problem("field", P.NOT_A_TEXT_FIELD))
    with _writing_area(vault, conversation_id, area_id) as (cur, _scale):
        changes: dict[str, Any] = {
            EntryField(item).value: checked(text, EntryField(item).value, MAX_TEXT, multiline=True)
            for item, text in texts.items()
        }
        changed = replace(repository.read_entry(cur, conversation_id, area_id), **changes)
        at = repository.store_entry(cur, conversation_id, changed)
    return replace(changed, updated_at=at)


def set_text(
    vault: Vault, conversation_id: int, area_id: str, item: EntryField, text: str
) -> AreaEntry:
    """Change one text of an area entry (the child's words, the adult note...)."""
    return set_texts(vault, conversation_id, area_id, {item: text})


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
    Returns the entry as stored.
    """
    item = EntryField(item)
    with _writing_area(vault, conversation_id, area_id) as (cur, _scale):
        current = repository.read_entry(cur, conversation_id, area_id)
        flags = set(current.shared)
        (flags.add if shared else flags.discard)(item)
        decided = set(current.child_decided)
        (decided.add if by_child else decided.discard)(item)
        changed = replace(current, shared=frozenset(flags), child_decided=frozenset(decided))
        at = repository.store_entry(cur, conversation_id, changed)
    return replace(changed, updated_at=at)


_LONG_TEXT = ("important_to_me", "change_note", "present")


def update_conversation(vault: Vault, conversation_id: int, **changes: Any) -> dict[str, Any]:
    """Change conversation-level fields (place, what is important to me, ...).

    Returns the values as stored (texts cleaned), committed before this returns.
    """
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if isinstance(value, str):
            limit = MAX_TEXT if key in _LONG_TEXT else MAX_SHORT
            clean[key] = checked(value, key, limit, multiline=key in _LONG_TEXT)
        else:
            clean[key] = value
    with vault.write_cursor() as cur:
        repository.write_conversation(cur, conversation_id, clean)
    return clean


def record_concern_shown(vault: Vault, conversation_id: int) -> None:
    """Log that the organisation's routine for reporting concern was shown."""
    with vault.session() as s:
        conv = repository.get_conversation(s, conversation_id)
        code = repository.get_child(s, conv.child_id).code
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CONCERN_SHOWN, code, "routine shown"
        )

"""Use cases for the family's own view: a guardian's ratings and words.

A guardian view is stored beside a conversation's entries, never in them (see
``hjulet.core.guardian``). Every change is committed before the call returns,
as the child's answers are. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from hjulet.core import languages
from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.guardian import GuardianEntry, GuardianItem, GuardianRole, GuardianView
from hjulet.core.model import (
    MAX_TEXT,
    Answer,
    AnswerKind,
    AuditAction,
    Conversation,
    Viewpoint,
)
from hjulet.core.problems import P
from hjulet.core.scales import Scale
from hjulet.core.text import checked
from hjulet.core.wheel import WheelDefinition
from hjulet.storage import repository
from hjulet.storage.vault import Vault, actor_name

__all__ = [
    "GuardianSession",
    "confirm_professional",
    "delete_guardian_view",
    "get_guardian_view",
    "guardian_views",
    "guardian_views_for_child",
    "open_guardian_view",
    "set_guardian_answer",
    "set_guardian_important",
    "set_guardian_shared",
    "set_guardian_words",
    "start_guardian_view",
]


def _role(role: GuardianRole | str) -> GuardianRole:
    try:
        return GuardianRole(role)
    except ValueError:
        roles = ", ".join(r.value for r in GuardianRole)
        raise InvalidInput(Problem("role", P.ONE_OF, allowed=roles)) from None


def _language(lang: str) -> str:
    if not isinstance(lang, str) or not languages.is_known(lang):
        raise InvalidInput(Problem("language", P.UNKNOWN_LANGUAGE))
    return lang


def start_guardian_view(
    vault: Vault,
    conversation_id: int,
    role: GuardianRole | str,
    language: str | None = None,
) -> GuardianView:
    """A guardian's view in this conversation; an existing one for the role is returned.

    ``language``: the guardian's language. None keeps the one an existing view
    already has (Swedish for a new view); a language given explicitly replaces it.
    """
    role = _role(role)
    chosen = None if language is None else _language(language)
    with vault.session() as s:
        conv = repository.get_conversation(s, conversation_id)
        for view in repository.list_guardian_views(s, [conversation_id]):
            if view.role is role:
                if chosen is not None and view.language != chosen:
                    repository.update_guardian_view(s, view.id or 0, {"language": chosen})
                    return repository.get_guardian_view(s, view.id or 0)
                return view
        created = repository.add_guardian_view(
            s, GuardianView(None, conversation_id, role, chosen or "sv")
        )
        code = repository.get_child(s, conv.child_id).code
        started = AuditAction.CONVERSATION_STARTED
        repository.add_audit(s, vault.audit_key, actor_name(), started, code, Viewpoint.GUARDIAN)
    return created


def guardian_views(vault: Vault, conversation_id: int) -> list[GuardianView]:
    """The guardian views of one conversation, by role."""
    with vault.session() as s:
        repository.get_conversation(s, conversation_id)
        return repository.list_guardian_views(s, [conversation_id])


def guardian_views_for_child(vault: Vault, child_id: int) -> dict[int, list[GuardianView]]:
    """Every conversation's guardian views for a child: conversation id -> views."""
    with vault.session() as s:
        ids = [c.id for c in repository.list_conversations(s, child_id) if c.id is not None]
        out: dict[int, list[GuardianView]] = {i: [] for i in ids}
        for view in repository.list_guardian_views(s, ids):
            out[view.conversation_id].append(view)
    return out


def _load(vault: Vault, view_id: int) -> tuple[GuardianView, Conversation]:
    with vault.session() as s:
        view = repository.get_guardian_view(s, view_id)
        return view, repository.get_conversation(s, view.conversation_id)


@contextmanager
def _writing_view(
    vault: Vault, view_id: int, area_id: str | None = None
) -> Iterator[tuple[Any, GuardianView, Scale | None]]:
    """One write transaction on a guardian's view, committed (durably) when the block
    ends. Yields the write cursor, the view as stored and, when ``area_id`` is
    given, the conversation's scale (the area checked against its wheel first)."""
    with vault.write_cursor() as cur:
        view = repository.read_guardian_view(cur, view_id)
        scale = None
        if area_id is not None:
            definition, scale = repository.wheel_for_write(cur, view.conversation_id)
            if area_id not in definition.area_ids:
                raise InvalidInput(Problem("area", P.NOT_IN_WHEEL))
        yield cur, view, scale


def _change_entry(
    vault: Vault,
    view_id: int,
    area_id: str,
    change: Callable[[GuardianEntry, Scale], dict[str, Any]],
) -> GuardianView:
    """Store what ``change`` makes of one of the guardian's entries (given the entry as
    stored and the conversation's scale; it raises InvalidInput for a bad value), in
    one transaction after the view and the area are checked; returns the view as
    stored."""
    with _writing_view(vault, view_id, area_id) as (cur, view, scale):
        assert scale is not None
        entry = replace(view.entry(area_id), **change(view.entry(area_id), scale))
        at = repository.store_guardian_entry(cur, view_id, entry)
    entry = replace(entry, updated_at=at)
    return replace(view, entries={**view.entries, area_id: entry})


def set_guardian_answer(vault: Vault, view_id: int, area_id: str, answer: Answer) -> GuardianView:
    def change(_entry: GuardianEntry, scale: Scale) -> dict[str, Any]:
        if answer.kind is AnswerKind.LEVEL and not 1 <= (answer.level or 0) <= scale.size:
            raise InvalidInput(Problem("answer", P.LEVEL, top=scale.size))
        return {"answer": answer}

    return _change_entry(vault, view_id, area_id, change)


def set_guardian_words(vault: Vault, view_id: int, area_id: str, words: str) -> GuardianView:
    def change(_entry: GuardianEntry, _scale: Scale) -> dict[str, Any]:
        return {"words": checked(words, "words", MAX_TEXT, multiline=True)}

    return _change_entry(vault, view_id, area_id, change)


def set_guardian_shared(
    vault: Vault, view_id: int, area_id: str, item: GuardianItem | str, shared: bool
) -> GuardianView:
    """The guardian's own choice: may this item of theirs be shown at the meeting?"""
    try:
        chosen = GuardianItem(item)
    except ValueError:
        raise InvalidInput(Problem("item", P.ANSWER_OR_WORDS)) from None

    def change(entry: GuardianEntry, _scale: Scale) -> dict[str, Any]:
        flags = set(entry.shared)
        (flags.add if shared else flags.discard)(chosen)
        return {"shared": frozenset(flags)}

    return _change_entry(vault, view_id, area_id, change)


def set_guardian_important(
    vault: Vault, view_id: int, text: str | None = None, shared: bool | None = None
) -> GuardianView:
    """ "What is important for our child" and whether it may be shown at the meeting."""
    changes: dict[str, Any] = {}
    if text is not None:
        changes["important"] = checked(text, "important", MAX_TEXT, multiline=True)
    if shared is not None:
        changes["important_shared"] = bool(shared)
    with _writing_view(vault, view_id) as (cur, view, _scale):
        repository.write_guardian_view(cur, view_id, changes)
    return replace(view, **changes)


def delete_guardian_view(vault: Vault, view_id: int) -> None:
    with vault.session() as s:
        repository.delete_guardian_view(s, view_id)
    vault.checkpoint()


def confirm_professional(vault: Vault, passphrase: str) -> None:
    """The professional's passphrase for this vault, or WrongPassphrase.

    Used to leave the guardian's screens: slow on purpose (the vault's key
    derivation), so callers run it off the GUI thread.
    """
    from hjulet.storage import keyslots

    keyslots.unlock_with_passphrase(keyslots.read_slot_file(vault.path), passphrase)


@dataclass(frozen=True)
class GuardianSession:
    """What the guardian's screens may hold: this guardian's view, the wheel and the scale.

    Not the conversation: its entries are the child's answers and words and the
    professional's notes, which the guardian's screens never receive.
    """

    view: GuardianView
    definition: WheelDefinition
    scale: Scale


def open_guardian_view(vault: Vault, view_id: int) -> GuardianSession:
    view, conv = _load(vault, view_id)
    return GuardianSession(view, conv.definition, conv.scale)


def get_guardian_view(vault: Vault, view_id: int) -> GuardianView:
    with vault.session() as s:
        return repository.get_guardian_view(s, view_id)

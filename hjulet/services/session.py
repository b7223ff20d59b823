"""One open conversation being edited: answers, words, share choices and their history.

This is the use case behind the professional's conversation view and child
mode (and anything else that edits a conversation): the screens only show
what it holds and hand it every change. It knows nothing of Qt.

The rules it keeps:

* **The vault is the truth.** What the session returns is what the vault
  holds (plus texts not saved yet, see below). A save writes only what it
  changes and the session keeps what the save returns (the stored value, texts
  cleaned), so a change made meanwhile by another path stays in the vault and
  the session shows it after ``reload``. A change that fails raises the
  typed error from below (``VaultLocked``, ``DiskFull``, ``InvalidInput``...)
  and leaves both the vault and the session with the value stored before.
* **Answers are committed at once**, each in its own transaction, before the
  call returns; each saved change is one step of an undo/redo history.
  ``undo`` and ``redo`` commit the stored answer of the step before they
  return, and move through the history only when that commit succeeded. A
  change that fails adds no step.
* **Texts may wait.** ``stage_text`` and ``stage_conversation_text`` keep a
  text as pending (a screen calls them on every keystroke); ``flush`` commits
  every pending text, one transaction per area. The screen decides *when* to
  flush (after a pause in typing, on focus-out, on closing); ``set_text``
  stages and flushes in one call. A text that fails to save is dropped from
  the pending ones (the stored text stays what the session shows).
* **Share choices** (may this be shown at the SIP meeting?) are committed at
  once.

Viewpoints are ``core.model.Viewpoint``: the child's, the professional's
(adult) and the guardian's answer as the professional noted it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.model import Answer, AreaEntry, Conversation, EntryField, Viewpoint
from hjulet.core.problems import P
from hjulet.services import conversations
from hjulet.storage.vault import Vault

__all__ = ["CONVERSATION_TEXTS", "AnswerStep", "ConversationSession"]

log = logging.getLogger("hjulet.services.session")

# conversation-level texts a screen may edit
CONVERSATION_TEXTS = ("important_to_me", "change_note", "place", "present")


@dataclass(frozen=True)
class AnswerStep:
    """One saved answer change: undo stores ``before`` again, redo ``after``."""

    area_id: str
    who: Viewpoint
    before: Answer
    after: Answer


def _viewpoint(who: str) -> Viewpoint:
    try:
        return Viewpoint(who)
    except ValueError:
        raise InvalidInput(Problem("who", P.VIEWPOINT)) from None


class ConversationSession:
    """The editing of one conversation in one vault (see the module's rules)."""

    def __init__(self, vault: Vault, conversation_id: int) -> None:
        self.vault = vault
        self.conversation_id = conversation_id
        self._conv = conversations.get_conversation(vault, conversation_id)
        self._pending: dict[str, dict[EntryField, str]] = {}
        self._pending_conv: dict[str, str] = {}
        self._history: list[AnswerStep] = []
        self._position = 0  # steps before this index are done; from it on, undone

    # -- reading -----------------------------------------------------------
    @property
    def conversation(self) -> Conversation:
        """The conversation as last saved (pending texts are not laid over it)."""
        return self._conv

    def entry(self, area_id: str) -> AreaEntry:
        """One area as stored, with its pending texts laid over it."""
        entry = self._conv.entry(area_id)
        pending = self._pending.get(area_id)
        if not pending:
            return entry
        changes: dict[str, Any] = {field.value: text for field, text in pending.items()}
        return replace(entry, **changes)

    def answer(self, area_id: str, who: str = "child") -> Answer:
        value = getattr(self._conv.entry(area_id), _viewpoint(who).answer_field)
        assert isinstance(value, Answer)
        return value

    def answers(self, who: str = "child") -> dict[str, Answer]:
        return {a: self.answer(a, who) for a in self._conv.definition.area_ids}

    def conversation_text(self, name: str) -> str:
        """A conversation-level text, pending or stored."""
        if name in self._pending_conv:
            return self._pending_conv[name]
        value = getattr(self._conv, name)
        return value if isinstance(value, str) else ""

    def is_shared(self, area_id: str, item: EntryField) -> bool:
        return item in self._conv.entry(area_id).shared

    def child_decided(self, area_id: str, item: EntryField) -> bool:
        """Did the child make this item's share choice themselves (in child mode)?"""
        return item in self._conv.entry(area_id).child_decided

    def reload(self) -> Conversation:
        """Read the conversation back from the vault (pending texts stay pending)."""
        self._conv = conversations.get_conversation(self.vault, self.conversation_id)
        return self._conv

    @property
    def has_pending(self) -> bool:
        return bool(self._pending or self._pending_conv)

    # -- answers and their history -----------------------------------------
    def set_answer(self, area_id: str, answer: Answer, who: str = "child") -> bool:
        """Commit one answer before returning; one undo step if it changed anything.

        Returns False when the vault already held this answer (nothing written,
        no step). Raises the typed error when it cannot be saved; then neither
        the vault, the session nor the history changed.
        """
        who = _viewpoint(who)
        before = self.answer(area_id, who)
        if answer == before:
            return False
        self._commit_answer(area_id, answer, who)
        del self._history[self._position :]  # a new change ends what could be redone
        self._history.append(AnswerStep(area_id, who, before, answer))
        self._position = len(self._history)
        return True

    def _commit_answer(self, area_id: str, answer: Answer, who: Viewpoint) -> None:
        conversations.set_answer(self.vault, self.conversation_id, area_id, answer, who=who)
        column: dict[str, Any] = {who.answer_field: answer}
        self._conv.entries[area_id] = replace(self._conv.entry(area_id), **column)

    @property
    def history(self) -> tuple[AnswerStep, ...]:
        """Every step, oldest first; the first ``undo_count`` are done."""
        return tuple(self._history)

    @property
    def undo_count(self) -> int:
        return self._position

    @property
    def redo_count(self) -> int:
        return len(self._history) - self._position

    @property
    def can_undo(self) -> bool:
        return self._position > 0

    @property
    def can_redo(self) -> bool:
        return self._position < len(self._history)

    def undo(self) -> AnswerStep | None:
        """Store the answer from before the last step again; None if nothing to undo."""
        if not self.can_undo:
            return None
        step = self._history[self._position - 1]
        self._commit_answer(step.area_id, step.before, step.who)
        self._position -= 1
        return step

    def redo(self) -> AnswerStep | None:
        """Store the answer of the next undone step again; None if nothing to redo."""
        if not self.can_redo:
            return None
        step = self._history[self._position]
        self._commit_answer(step.area_id, step.after, step.who)
        self._position += 1
        return step

    # -- texts ---------------------------------------------------------------
    def stage_text(self, area_id: str, item: EntryField, text: str) -> None:
        """Keep an area's text as pending; it is committed by the next ``flush``."""
        if area_id not in self._conv.definition.area_ids:
            raise InvalidInput(Problem("area", P.NOT_IN_WHEEL))
        self._pending.setdefault(area_id, {})[EntryField(item)] = text

    def stage_conversation_text(self, name: str, text: str) -> None:
        """Keep a conversation-level text (``CONVERSATION_TEXTS``) as pending."""
        if name not in CONVERSATION_TEXTS:
            raise InvalidInput(Problem("field", P.NOT_A_TEXT_FIELD))
        self._pending_conv[name] = text

    def set_text(self, area_id: str, item: EntryField, text: str) -> None:
        """Commit one area text now (with any other pending texts)."""
        self.stage_text(area_id, item, text)
        self.flush()

    def set_conversation_text(self, name: str, text: str) -> None:
        """Commit one conversation-level text now (with any other pending texts)."""
        self.stage_conversation_text(name, text)
        self.flush()

    def flush(self) -> list[str]:
        """Commit every pending text before returning; returns the names saved.

        Each area's texts and the conversation's texts are saved in their own
        transaction, so one that fails does not stop the others; after trying
        them all, the first error is raised (the rest are logged by type only).
        Names are ``"<area_id>.<field>"`` for area texts and the plain field
        name for conversation texts.
        """
        saved: list[str] = []
        errors: list[Exception] = []
        pending, self._pending = self._pending, {}
        for area_id, texts in pending.items():
            try:
                stored = conversations.set_texts(self.vault, self.conversation_id, area_id, texts)
            except Exception as exc:
                errors.append(exc)
                continue
            self._conv.entries[area_id] = replace(self._conv.entry(area_id), **stored)
            saved += [f"{area_id}.{field.value}" for field in texts]
        if self._pending_conv:
            pending_conv, self._pending_conv = self._pending_conv, {}
            try:
                stored = conversations.update_conversation(
                    self.vault, self.conversation_id, **pending_conv
                )
            except Exception as exc:
                errors.append(exc)
            else:
                self._conv = replace(self._conv, **stored)
                saved += list(stored)
        for other in errors[1:]:
            log.warning("another text could not be saved (%s)", type(other).__name__)
        if errors:
            raise errors[0]
        return saved

    def discard(self) -> None:
        """Forget pending texts (the conversation was deleted, or the vault is gone)."""
        self._pending.clear()
        self._pending_conv.clear()

    def close(self) -> None:
        """Commit what is pending if the vault is still open; forget it otherwise."""
        if self.vault.is_open:
            self.flush()
        else:
            self.discard()

    # -- share choices -------------------------------------------------------
    def set_shared(
        self, area_id: str, item: EntryField, shared: bool, *, by_child: bool = False
    ) -> AreaEntry:
        """The child's choice for one item, committed before returning.

        ``by_child``: the child chose it themselves in child mode (the adult's
        view says so); a choice made in the adult's view clears that mark.
        Pending texts of the area stay pending (and are laid over the result).
        """
        stored = conversations.set_shared(
            self.vault, self.conversation_id, area_id, item, shared, by_child=by_child
        )
        self._conv.entries[area_id] = replace(self._conv.entry(area_id), **stored)
        return self.entry(area_id)

    def set_important_shared(self, shared: bool) -> None:
        """May "what is important to me" be shown at the meeting? Committed at once."""
        self._update(important_shared=shared)

    def set_change_note_shared(self, shared: bool) -> None:
        """May the child's note on what changed be shown at the meeting? Committed at once."""
        self._update(change_note_shared=shared)

    def _update(self, **changes: Any) -> None:
        stored = conversations.update_conversation(self.vault, self.conversation_id, **changes)
        self._conv = replace(self._conv, **stored)

    # -- concern -------------------------------------------------------------
    def record_concern_shown(self) -> None:
        """Log that the routine for reporting concern was shown during this conversation."""
        conversations.record_concern_shown(self.vault, self.conversation_id)

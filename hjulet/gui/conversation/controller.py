"""Saving a running conversation through services, at once, with undo for answers.

The views (professional and child mode) hold view state only. They hand every
change to a :class:`ConversationController`:

* answers (child's, adult's, guardian's) are committed **immediately**, one
  QUndoCommand per change on the controller's QUndoStack, so Ctrl+Z / Ctrl+Shift+Z
  restore the previous *saved* answer in the vault;
* texts are saved after a short debounce (``TEXT_DEBOUNCE_MS``) and at once on
  :meth:`flush` (focus-out, closing, leaving child mode), so killing the app
  loses at most the last keystrokes;
* the child's "may be shown at the SIP meeting" choices are saved at once.

Saving errors never pass silently: ``save_failed`` carries the typed error for
the view to show (through gui.errors), and the on-screen answer is set back to
what is stored.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hjulet import services
from hjulet.core.errors import HjuletError
from hjulet.core.model import Answer, AreaEntry, Conversation, EntryField

log = logging.getLogger("hjulet.gui.conversation")

TEXT_DEBOUNCE_MS = 600
WHO = ("child", "adult", "guardian")
_ANSWER_ATTR = {"child": "answer", "adult": "adult_answer", "guardian": "guardian_answer"}
# conversation-level text fields the views may edit
CONVERSATION_TEXTS = ("important_to_me", "change_note", "place", "present")


class AnswerCommand(QUndoCommand):
    """One answer change; redo/undo each commit to the vault at once."""

    def __init__(
        self,
        controller: ConversationController,
        area_id: str,
        who: str,
        old: Answer,
        new: Answer,
        text: str,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.area_id = area_id
        self.who = who
        self.old = old
        self.new = new

    ok = True

    def redo(self) -> None:
        first = self.ok and not getattr(self, "_done_once", False)
        self._done_once = True
        self.ok = self.controller._commit_answer(self.area_id, self.new, self.who)
        if first and not self.ok:
            # never saved: QUndoStack.push drops an obsolete command instead of keeping it
            self.setObsolete(True)

    def undo(self) -> None:
        self.controller._commit_answer(self.area_id, self.old, self.who)


class ConversationController(QObject):
    """Owns one open conversation's saving; views listen to its signals."""

    # area_id, Answer, who: after the answer is durably committed (also on undo/redo)
    answer_committed = Signal(str, object, str)
    # area_id, EntryField value: after a text was saved
    text_committed = Signal(str, str)
    # conversation-level field name, after it was saved
    conversation_text_committed = Signal(str)
    shared_committed = Signal(str, str, bool)  # area_id, EntryField value, shared
    save_failed = Signal(object)  # the exception (typed HjuletError or other)

    def __init__(
        self,
        vault: services.Vault,
        conversation_id: int,
        parent: QObject | None = None,
        *,
        debounce_ms: int = TEXT_DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.conversation_id = conversation_id
        self._conv = services.get_conversation(vault, conversation_id)
        self.undo_stack = QUndoStack(self)
        self._pending: dict[tuple[str, EntryField], str] = {}
        self._pending_conv: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)

    # -- reading -----------------------------------------------------------
    @property
    def conversation(self) -> Conversation:
        """The conversation as last saved, with texts not yet saved laid over it."""
        return self._conv

    def entry(self, area_id: str) -> AreaEntry:
        entry = self._conv.entry(area_id)
        changes: dict[str, Any] = {
            f.value: t for (a, f), t in self._pending.items() if a == area_id
        }
        return replace(entry, **changes) if changes else entry

    def answer(self, area_id: str, who: str = "child") -> Answer:
        value = getattr(self._conv.entry(area_id), _ANSWER_ATTR[who])
        assert isinstance(value, Answer)
        return value

    def answers(self, who: str = "child") -> dict[str, Answer]:
        return {a: self.answer(a, who) for a in self._conv.definition.area_ids}

    def conversation_text(self, name: str) -> str:
        if name in self._pending_conv:
            return self._pending_conv[name]
        value = getattr(self._conv, name)
        return value if isinstance(value, str) else ""

    def reload(self) -> Conversation:
        """Read the conversation back from the vault (pending texts stay pending)."""
        self._conv = services.get_conversation(self.vault, self.conversation_id)
        return self._conv

    @property
    def has_pending(self) -> bool:
        return bool(self._pending or self._pending_conv)

    # -- answers -----------------------------------------------------------
    def set_answer(
        self, area_id: str, new: Answer, who: str = "child", old: Answer | None = None
    ) -> bool:
        """Record an answer as an undoable step; committed before this returns.

        Undo goes back to the answer *stored* before this change (``old``, what
        the view showed before the gesture, is accepted for the wheel's signal
        but the vault is the truth). Returns False when saving failed
        (``save_failed`` was emitted and views were told the stored answer).
        """
        if who not in WHO:
            raise ValueError(f"unknown viewpoint {who!r}")
        stored = self.answer(area_id, who)
        before = stored
        if new == before:
            # nothing changes in the vault; still tell views so they show the stored value
            self.answer_committed.emit(area_id, stored, who)
            return True
        label = self._conv.definition.area(area_id).label_in(self._conv.language)
        text = QCoreApplication.translate("ConversationController", "Answer for %1").replace(
            "%1", label
        )
        command = AnswerCommand(self, area_id, who, before, new, text)
        self.undo_stack.push(command)  # runs redo(): commits now
        return command.ok

    def _commit_answer(self, area_id: str, answer: Answer, who: str) -> bool:
        try:
            services.set_answer(self.vault, self.conversation_id, area_id, answer, who=who)  # type: ignore[arg-type]
        except Exception as exc:
            log.warning("an answer could not be saved (%s)", type(exc).__name__)
            self.answer_committed.emit(area_id, self.answer(area_id, who), who)
            self.save_failed.emit(exc)
            return False
        entry = self._conv.entry(area_id)
        column: dict[str, Any] = {_ANSWER_ATTR[who]: answer}
        self._conv.entries[area_id] = replace(entry, **column)
        self.answer_committed.emit(area_id, answer, who)
        return True

    # -- texts -------------------------------------------------------------
    def set_text(self, area_id: str, item: EntryField, text: str) -> None:
        """A text changed on screen: saved after the debounce or at the next flush."""
        self._pending[(area_id, item)] = text
        self._timer.start()

    def set_conversation_text(self, name: str, text: str) -> None:
        if name not in CONVERSATION_TEXTS:
            raise ValueError(f"not a conversation text: {name!r}")
        self._pending_conv[name] = text
        self._timer.start()

    def flush(self) -> bool:
        """Save every pending text now. Returns False if anything failed."""
        self._timer.stop()
        ok = True
        by_area: dict[str, dict[str, Any]] = {}
        for (area_id, item), text in self._pending.items():
            by_area.setdefault(area_id, {})[item.value] = text
        self._pending.clear()
        for area_id, changes in by_area.items():
            # read the stored entry first: answers may have changed since we cached it
            current = self._conv.entry(area_id)
            try:
                saved = services.save_entry(
                    self.vault, self.conversation_id, replace(current, **changes)
                )
            except Exception as exc:
                ok = False
                log.warning("a text could not be saved (%s)", type(exc).__name__)
                self.save_failed.emit(exc)
                continue
            self._conv.entries[area_id] = saved
            for name in changes:
                self.text_committed.emit(area_id, name)
        if self._pending_conv:
            changes_conv: dict[str, Any] = dict(self._pending_conv)
            self._pending_conv.clear()
            try:
                services.update_conversation(self.vault, self.conversation_id, **changes_conv)
            except Exception as exc:
                ok = False
                log.warning("a conversation text could not be saved (%s)", type(exc).__name__)
                self.save_failed.emit(exc)
            else:
                self._conv = replace(self._conv, **changes_conv)
                for name in changes_conv:
                    self.conversation_text_committed.emit(name)
        return ok

    # -- sharing -----------------------------------------------------------
    def set_shared(
        self, area_id: str, item: EntryField, shared: bool, *, by_child: bool = False
    ) -> bool:
        """The child's choice for one item; saved at once (pending texts first).

        ``by_child``: the child chose it themselves in child mode (the adult's
        view says so); a choice made in the adult's view clears that mark.
        """
        self.flush()
        try:
            saved = services.set_shared(
                self.vault, self.conversation_id, area_id, item, shared, by_child=by_child
            )
        except Exception as exc:
            log.warning("a sharing choice could not be saved (%s)", type(exc).__name__)
            self.save_failed.emit(exc)
            return False
        self._conv.entries[area_id] = saved
        self.shared_committed.emit(area_id, item.value, shared)
        return True

    def is_shared(self, area_id: str, item: EntryField) -> bool:
        return item in self._conv.entry(area_id).shared

    def child_decided(self, area_id: str, item: EntryField) -> bool:
        """Did the child make this item's share choice themselves (in child mode)?"""
        return item in self._conv.entry(area_id).child_decided

    def set_important_shared(self, shared: bool) -> bool:
        return self._update(important_shared=shared)

    def set_change_note_shared(self, shared: bool) -> bool:
        return self._update(change_note_shared=shared)

    def _update(self, **changes: Any) -> bool:
        try:
            services.update_conversation(self.vault, self.conversation_id, **changes)
        except Exception as exc:
            self.save_failed.emit(exc)
            return False
        self._conv = replace(self._conv, **changes)
        return True

    # -- concern -----------------------------------------------------------
    def record_concern_shown(self) -> bool:
        try:
            services.record_concern_shown(self.vault, self.conversation_id)
        except HjuletError as exc:
            self.save_failed.emit(exc)
            return False
        return True

    def discard(self) -> None:
        """Forget pending edits (the conversation was deleted)."""
        self._pending.clear()
        self._pending_conv.clear()
        self._timer.stop()

    def close(self) -> None:
        """Save what is pending; call before the view goes away."""
        if self.vault.is_open:
            self.flush()
        else:
            self._pending.clear()
            self._pending_conv.clear()
        self._timer.stop()

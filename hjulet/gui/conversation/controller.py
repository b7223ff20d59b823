"""The Qt side of editing a conversation: a timer for typed texts, and signals.

The editing itself (answers committed at once, the undo/redo history of saved
answers, pending texts, share choices, "the vault is the truth") is
:class:`hjulet.services.ConversationSession`; views read from
``controller.session`` and hand every change to the controller, which

* passes it to the session and turns a failure into ``save_failed`` (the typed
  error, for the view to show through gui.errors);
* announces what the vault now holds (``answer_committed``), so views that did
  not make the change follow it, and the view that did is set back only when
  the stored answer differs from what it shows (after a failure);
* saves typed texts after a short pause (``TEXT_DEBOUNCE_MS``) and at once on
  :meth:`flush` (focus-out, closing, leaving child mode), so killing the app
  loses at most the last keystrokes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hjulet import services
from hjulet.core.errors import HjuletError
from hjulet.core.model import Answer, Conversation, EntryField

log = logging.getLogger("hjulet.gui.conversation")

TEXT_DEBOUNCE_MS = 600


class ConversationController(QObject):
    """Adapts one open :class:`~hjulet.services.ConversationSession` to Qt."""

    # area_id, Answer, who: the answer the vault now holds (after a commit, an undo or
    # a redo, and after a failed save, when it is the unchanged stored answer)
    answer_committed = Signal(str, object, str)
    # area_id, EntryField value: after a text was saved
    text_committed = Signal(str, str)
    # conversation-level field name, after it was saved
    conversation_text_committed = Signal(str)
    shared_committed = Signal(str, str, bool)  # area_id, EntryField value, shared
    history_changed = Signal()  # what can be undone or redone changed
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
        self.session = services.ConversationSession(vault, conversation_id)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.flush)

    # for windows that track which conversation they show
    @property
    def vault(self) -> services.Vault:
        return self.session.vault

    @property
    def conversation_id(self) -> int:
        return self.session.conversation_id

    @property
    def conversation(self) -> Conversation:
        return self.session.conversation

    def _failed(self, what: str, exc: Exception) -> None:
        log.warning("%s could not be saved (%s)", what, type(exc).__name__)
        self.save_failed.emit(exc)

    # -- answers -----------------------------------------------------------
    def set_answer(self, area_id: str, new: Answer, who: str = "child") -> bool:
        """Commit an answer as an undoable step. False when saving failed.

        On failure ``save_failed`` is emitted and ``answer_committed`` carries
        the stored answer, so the view that showed ``new`` goes back to it.
        """
        try:
            changed = self.session.set_answer(area_id, new, who)
        except Exception as exc:
            self._failed("an answer", exc)
            self._announce(area_id, who)
            return False
        self._announce(area_id, who)
        if changed:
            self.history_changed.emit()
        return True

    def _announce(self, area_id: str, who: str) -> None:
        try:
            stored = self.session.answer(area_id, who)
        except HjuletError:
            return  # no such viewpoint or area: nothing is shown for it
        self.answer_committed.emit(area_id, stored, who)

    def undo(self) -> None:
        """Pending texts first, then the last answer step back to what was stored before."""
        self.flush()
        self._step(self.session.undo)

    def redo(self) -> None:
        self.flush()
        self._step(self.session.redo)

    def _step(self, move: Callable[[], services.AnswerStep | None]) -> None:
        try:
            step = move()
        except Exception as exc:
            self._failed("an undone or redone answer", exc)
            return
        if step is not None:
            self._announce(step.area_id, step.who)
            self.history_changed.emit()

    # -- texts -------------------------------------------------------------
    def set_text(self, area_id: str, item: EntryField, text: str) -> None:
        """A text changed on screen: saved after the pause or at the next flush."""
        self.session.stage_text(area_id, item, text)
        self._timer.start()

    def set_conversation_text(self, name: str, text: str) -> None:
        self.session.stage_conversation_text(name, text)
        self._timer.start()

    def flush(self) -> bool:
        """Save every pending text now. Returns False if anything failed."""
        self._timer.stop()
        try:
            saved = self.session.flush()
        except Exception as exc:
            self._failed("a text", exc)
            return False
        for name in saved:
            area_id, dot, field = name.partition(".")
            if dot:
                self.text_committed.emit(area_id, field)
            else:
                self.conversation_text_committed.emit(name)
        return True

    # -- sharing -----------------------------------------------------------
    def set_shared(
        self, area_id: str, item: EntryField, shared: bool, *, by_child: bool = False
    ) -> bool:
        """The child's choice for one item; saved at once. False when saving failed."""
        try:
            self.session.set_shared(area_id, item, shared, by_child=by_child)
        except Exception as exc:
            self._failed("a sharing choice", exc)
            return False
        self.shared_committed.emit(area_id, item.value, shared)
        return True

    def set_important_shared(self, shared: bool) -> bool:
        return self._call("a sharing choice", self.session.set_important_shared, shared)

    def set_change_note_shared(self, shared: bool) -> bool:
        return self._call("a sharing choice", self.session.set_change_note_shared, shared)

    def record_concern_shown(self) -> bool:
        return self._call("the concern note", self.session.record_concern_shown)

    def _call(self, what: str, call: Callable[..., object], *args: object) -> bool:
        try:
            call(*args)
        except Exception as exc:
            self._failed(what, exc)
            return False
        return True

    # -- closing -----------------------------------------------------------
    def discard(self) -> None:
        """Forget pending edits (the conversation was deleted)."""
        self._timer.stop()
        self.session.discard()

    def close(self) -> None:
        """Save what is pending (if the vault is still open); call before the view goes."""
        self._timer.stop()
        if self.vault.is_open:
            self.flush()
        else:
            self.session.discard()

"""The professional's small note of why read-aloud is off (child mode and the guardians').

A child's or a guardian's screen has read-aloud buttons that say their state in the
listener's language. The professional, who sits beside them, needs to know why the
buttons are crossed out ("No voice for Arabic on this computer", "the speech engine
stopped answering"), so the window shows this note: small, calm, in the
professional's language, placed by the window where it covers nothing.

A screen reader that meets it on the listener's pages hears the listener's words for
the same fact as its name ("The computer can't read this out loud"), the
professional's note as its description; on the professional's own pages it is simply
the professional's note.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from hjulet.gui.fonts import font_for
from hjulet.gui.speech import ReadAloud, SpeakerWords

NOTE_PX = 12  # small: it is for the adult beside the screen, not for the listener


class SpeechNote(QLabel):
    """Tells the adult, calmly and once, why read-aloud is off for ``lang``.

    ``adult_lang``: the professional's language (its font); ``colour``: a muted text
    colour of the window's theme. ``changed`` is emitted when it shows a new text:
    the window places it again (its height follows its lines)."""

    changed = Signal()

    def __init__(
        self, parent: QWidget, reader: ReadAloud, lang: str, adult_lang: str, colour: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speechNote")
        self.setWordWrap(True)
        self.setFont(font_for(adult_lang, NOTE_PX))
        self.setStyleSheet(f"color: {colour};")
        self.hide()
        self._reader = reader
        self._lang = lang
        self._said = False  # the worker's own note (the engine or the player stopped) stays
        self._words: SpeakerWords | None = None
        reader.note.connect(self.tell)
        reader.availability_changed.connect(self.tell)

    def tell(self, note: str = "") -> None:
        """Show ``note`` (the reader's, when its engine or player stopped), or why
        the engine has no voice for the language; nothing while it can read."""
        if note:
            self._said = True
        elif self._said:
            return
        # about the voice: where only some texts have recorded clips, the rest stay silent
        text = note or self._reader.voice_reason(self._lang)
        if text:
            self.setText(text)
            self.show()
            self.name_for(self._words)
            self.changed.emit()

    @property
    def stopped(self) -> bool:
        """The engine or the clip player stopped answering (not merely no voice)."""
        return self._reader.off or self._said

    def name_for(self, words: SpeakerWords | None) -> None:
        """Named for a screen reader in the listener's ``words`` (their "none" or
        "off"), the professional's note as the description; ``None`` on the
        professional's own pages: the note is then simply its text."""
        self._words = words
        if words is None or not self.text():
            name = description = ""
        else:
            name = words.off if self.stopped else words.none
            description = self.text()
        if self.accessibleName() != name:
            self.setAccessibleName(name)
        if self.accessibleDescription() != description:
            self.setAccessibleDescription(description)


__all__ = ["NOTE_PX", "SpeechNote"]

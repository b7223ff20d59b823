"""The professional's note on read-aloud, on its own (child mode's and the guardian's
windows place it: tests/gui/test_speech.py, tests/gui/child_mode/test_tiers.py,
tests/gui/guardians/test_window.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from hjulet.gui.speech import LAUNCH_MS, ReadAloud, SpeakerWords, worker_command
from hjulet.gui.speech_note import SpeechNote

WORDS = SpeakerWords(playing="reading", none="no voice here", off="stopped now")


def test_the_note_says_why_once_and_is_named_in_the_listeners_words(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    reader = ReadAloud(voice_command=worker_command("voice", engine="mock"))
    note = SpeechNote(holder, reader, "ar", "sv", "#555555")
    note.name_for(WORDS)
    holder.show()
    qtbot.waitUntil(lambda: not reader.checking("ar"), timeout=LAUNCH_MS)
    note.tell()
    # Qt's mock engine has no Arabic voice: the professional's words on screen
    assert note.isVisible() and note.text() == reader.voice_reason("ar") != ""
    assert (note.accessibleName(), note.accessibleDescription()) == ("no voice here", note.text())
    # the reader's own note (its engine stopped) stays, named as such
    with qtbot.waitSignal(note.changed):
        note.tell("The speech engine stopped answering.")
    assert note.accessibleName() == "stopped now"
    note.tell()  # a later change of voices does not take it away
    assert note.text() == "The speech engine stopped answering."
    note.name_for(None)  # on the professional's own pages: simply the note
    assert (note.accessibleName(), note.accessibleDescription()) == ("", "")

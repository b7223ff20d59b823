"""Read-aloud that can never block: real worker processes, real child mode.

Broken engines are stand-ins run inside the real worker loop (tests/gui/speech_engines.py);
what is under test is the non-blocking wrapper: the pipe, the watchdog, the kill, and
child mode's cover / next / exit while the engine hangs.
"""

from __future__ import annotations

import math
import os
import shutil
import signal
import struct
import subprocess
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hjulet.core import languages
from hjulet.core.catalog import Catalog
from hjulet.gui.child_mode import ChildModeWindow
from hjulet.gui.conversation.controller import ConversationController
from hjulet.gui.speech import (
    ANSWER_MS,
    START_MS,
    ReadAloud,
    SpeakerButton,
    worker_command,
)
from tests.gui import speech_engines
from tests.gui.test_conversation_support import make_conversation

# Cover, pause, next and exit must answer at once whatever the engine does. A call that
# waited on a hung engine would take at least ANSWER_MS (2 s: the longest any engine
# call is waited for) or never return, so a quarter of that tells the two apart; it is
# not a benchmark (0.1 s failed once with 0.134 s on a loaded test machine).
RESPONSE_S = ANSWER_MS / 1000 / 4
LAUNCH_MS = 30000  # a worker is a new Python process; the test machine may be busy


@pytest.fixture(autouse=True)
def _no_workers_left() -> Iterator[None]:
    # each test is a session of its own: no worker and no switched-off engine carries over
    ReadAloud.end_session()
    yield
    ReadAloud.end_session()


def worker_pid(command: list[str]) -> int:
    return ReadAloud._workers[tuple(command)].pid


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # a killed child that is not reaped yet is a zombie: gone as far as speech goes
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split(")")[-1].split()[0] == "Z"


def took(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def open_window(
    qtbot: Any, vault: Any, conv: Any, reader: ReadAloud | None, basedir: Path | None = None
) -> ChildModeWindow:
    controller = ConversationController(vault, conv.id)
    window = ChildModeWindow(vault, controller, reader=reader, basedir=basedir)
    controller.setParent(window)
    # child mode refuses a plain close once handed over; the test's tear-down is the adult
    qtbot.addWidget(window, before_close_func=lambda w: w.allow_close())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.handover.start_button.click()  # the adult hands over: the child's screens begin
    assert window.current_page() == "who"
    return window


def no_voice(lang: str) -> str:
    """The adult's note: the language named in the professional's language (registry).

    The tests run the English source texts, so the name is the English one (it was
    the Swedish name in an English sentence before)."""
    return f"No voice for {languages.get(lang).en} on this computer"


def page_speaker(window: ChildModeWindow) -> SpeakerButton:
    page = window.pages[window.current_page()]
    return next(b for b in page.findChildren(SpeakerButton) if b.isVisibleTo(window))


@pytest.mark.parametrize("engine", ["stop-blocks", "speak-blocks"])
def test_an_engine_that_hangs_never_reaches_the_child(
    qtbot: Any, vault: Any, catalog: Catalog, engine: str
) -> None:
    conv = make_conversation(vault, catalog, "steps4", "sv")
    command = speech_engines.command(engine)
    reader = ReadAloud(voice_command=command)
    notes: list[str] = []
    reader.note.connect(notes.append)
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: reader.available("sv"), timeout=LAUNCH_MS)
    pid = worker_pid(command)
    speaker = page_speaker(window)
    assert speaker.isEnabled()
    qtbot.mouseClick(speaker, Qt.MouseButton.LeftButton)  # the engine starts, or hangs
    # F12 covers at once although the engine never answers the stop it causes
    assert took(lambda: QTest.keyClick(window, Qt.Key.Key_F12)) < RESPONSE_S
    assert window.cover_screen.isVisible()
    assert took(lambda: QTest.keyClick(window.cover_screen, Qt.Key.Key_F12)) < RESPONSE_S
    assert not window.cover_screen.isVisible()
    # pressing read-aloud and pause again while the engine hangs
    qtbot.mouseClick(page_speaker(window), Qt.MouseButton.LeftButton)
    assert took(window.pause) < RESPONSE_S
    assert window.current_page() == "pause"
    # the watchdog switches the engine off for the session, with a note for the adult
    qtbot.waitUntil(lambda: reader.off, timeout=ANSWER_MS + 5000)
    assert notes and "stopped answering" in notes[0]
    qtbot.waitUntil(lambda: gone(pid), timeout=3000)
    assert window.speech_note.isVisibleTo(window)
    assert "stopped answering" in window.speech_note.text()
    window.resume()
    speaker = page_speaker(window)
    assert not speaker.isEnabled() and "stopped answering" in speaker.reason  # the adult's
    # ... but what the child's tooltip and screen reader say is the child's, in Swedish
    assert speaker.toolTip() == speaker.accessibleDescription() == window.texts.read_aloud_off
    assert speaker.accessibleName().startswith(window.texts.read_aloud + ": ")
    assert reader.unavailable_reason("sv") and not reader.speak("k", "Hej", "sv")
    # the child goes on
    assert (
        took(lambda: qtbot.mouseClick(window.who_page.next_button, Qt.MouseButton.LeftButton))
        < RESPONSE_S
    )
    assert window.current_page() == "practice"
    # not started again in this session
    again = ReadAloud(voice_command=command)
    assert again.off and not again.checking("sv")
    assert tuple(command) not in ReadAloud._workers or not ReadAloud._workers[tuple(command)].alive
    assert took(window.leave) < RESPONSE_S


def test_an_engine_that_never_starts_is_switched_off(qtbot: Any) -> None:
    reader = ReadAloud(voice_command=speech_engines.command("start-blocks"), start_ms=2000)
    button = SpeakerButton("Hej", "sv", "Läs upp", reader=reader)
    qtbot.addWidget(button)
    assert not button.isEnabled() and reader.checking("sv")
    qtbot.waitUntil(lambda: not reader.checking("sv"), timeout=LAUNCH_MS + 2000)
    assert reader.off
    assert not button.isEnabled() and "stopped answering" in button.reason
    assert took(reader.stop) < RESPONSE_S


def test_an_engine_that_crashes_is_switched_off(qtbot: Any) -> None:
    command = speech_engines.command("crashes")
    reader = ReadAloud(voice_command=command)
    notes: list[str] = []
    reader.note.connect(notes.append)
    qtbot.waitUntil(lambda: reader.available("en"), timeout=LAUNCH_MS)
    assert reader.speak("practice_question", "How much do you like ice cream?", "en")
    qtbot.waitUntil(lambda: reader.off, timeout=ANSWER_MS + 5000)
    assert notes and not reader.available("en")


def test_an_engine_that_fails_to_start_means_no_voice(qtbot: Any) -> None:
    reader = ReadAloud(voice_command=speech_engines.command("fails"))
    button = SpeakerButton("Hej", "sv", "Läs upp", reader=reader)
    qtbot.addWidget(button)
    assert not button.isEnabled() and button.reason == ""  # still asking the engine
    qtbot.waitUntil(lambda: not reader.checking("sv"), timeout=LAUNCH_MS)
    assert not reader.off  # it answered: it just has no voices
    assert not button.isEnabled()
    assert button.reason == no_voice("sv")


def test_no_such_engine_means_no_voice(qtbot: Any) -> None:
    # moved from test_child_mode: an engine name Qt does not know
    reader = ReadAloud(voice_command=worker_command("voice", engine="no-such-engine"))
    button = SpeakerButton("Hej", "sv", "Läs upp", reader=reader)
    qtbot.addWidget(button)
    qtbot.waitUntil(lambda: not reader.checking("sv"), timeout=LAUNCH_MS)
    assert not button.usable and not button.isEnabled()
    assert reader.say("Hej", "sv") is False


def test_the_worker_leaves_when_the_app_goes_even_if_the_engine_hangs(tmp_path: Path) -> None:
    # what keeps a hung engine from outliving a crashed or killed app: the pipe closes
    proc = subprocess.Popen(
        speech_engines.command("stop-blocks"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None and proc.stdout is not None
    assert b"hello" in proc.stdout.readline()
    assert b"ready" in proc.stdout.readline()
    proc.stdin.write(b'{"op": "speak", "id": 1, "lang": "sv", "text": "Hej"}\n')
    proc.stdin.write(b'{"op": "stop", "id": 2}\n')
    proc.stdin.flush()
    lines = [proc.stdout.readline() for _ in range(2)]
    assert b'"ack", "id": 1' in b"".join(lines)
    proc.stdin.close()  # the app is gone; the worker is stuck in stop()
    try:
        assert proc.wait(timeout=20) == 0
    finally:
        proc.kill()
        proc.stdout.close()


def test_mock_engine_reads_aloud_in_its_own_languages_only(qtbot: Any) -> None:
    # Qt's mock engine has English, Norwegian and Finnish voices; no Swedish or Arabic
    reader = ReadAloud(voice_command=worker_command("voice", engine="mock"))
    en = SpeakerButton("How much do you like ice cream?", "en", "Read", reader=reader, key="q")
    sv = SpeakerButton("Hur mycket tycker du om glass?", "sv", "Läs upp", reader=reader, key="q")
    qtbot.addWidget(en)
    qtbot.addWidget(sv)
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda key, state: states.append((key, state)))
    qtbot.waitUntil(lambda: en.usable, timeout=LAUNCH_MS)
    assert not sv.usable and not sv.isEnabled()
    assert sv.reason == no_voice("sv")
    assert reader.unavailable_reason("ar") == no_voice("ar")
    # Somali and Tigrinya have no voice; Qt knows no "prs" locale and would pick a
    # generic voice: none of them may borrow another language's voice
    for lang in ("so", "ti", "prs", "xx"):
        assert not reader.available(lang) and not reader.speak("q", "text", lang)
    en.click()
    qtbot.waitUntil(lambda: ("q", "done") in states, timeout=10000)
    assert states[0] == ("q", "speaking")


def test_the_worker_refuses_a_language_it_has_no_voice_for() -> None:
    # the worker itself, asked directly, never falls back to another voice
    proc = subprocess.Popen(
        worker_command("voice", engine="mock"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(b'{"op": "speak", "id": 7, "lang": "sv", "text": "Hej"}\n')
        proc.stdin.flush()
        lines = [proc.stdout.readline() for _ in range(4)]
    finally:
        proc.kill()
        proc.wait()
        proc.stdin.close()
        proc.stdout.close()
    assert b'"langs": ["en", "fi", "nb", "nn"]' in lines[1]
    assert lines[2:] == [
        b'{"ev": "state", "id": 7, "state": "novoice"}\n',
        b'{"ev": "ack", "id": 7}\n',
    ]


def write_sine(path: Path, seconds: float = 0.3) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = 16000
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
                for i in range(int(rate * seconds))
            )
        )


def test_a_recorded_clip_is_played_where_no_voice_exists(qtbot: Any, tmp_path: Path) -> None:
    write_sine(tmp_path / "audio" / "so" / "practice_question.wav")
    (tmp_path / "audio" / "so" / "notes.txt").write_text("not a clip")
    reader = ReadAloud(tmp_path, voice_command=worker_command("voice", engine="mock"))
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda key, state: states.append((key, state)))
    clip = SpeakerButton("Immisa...", "so", "Akhri", reader=reader, key="practice_question")
    other = SpeakerButton("Ma jeceshahay?", "so", "Akhri", reader=reader, key="who_1")
    qtbot.addWidget(clip)
    qtbot.addWidget(other)
    assert clip.usable  # at once: no engine needed
    qtbot.waitUntil(lambda: not reader.checking("so"), timeout=LAUNCH_MS)
    assert not other.usable
    assert other.reason == no_voice("so")
    assert reader.clip_path("notes", "so") is None
    assert reader.clip_path("../so/practice_question", "so") is None
    assert reader.unavailable_reason("so", "practice_question") == ""
    assert reader.voice_reason("so") == other.reason  # what child mode tells the adult
    clip.click()
    qtbot.waitUntil(lambda: ("practice_question", "done") in states, timeout=LAUNCH_MS)
    assert ("practice_question", "playing") in states


def test_child_mode_plays_the_organisations_clip(
    qtbot: Any, vault: Any, catalog: Catalog, tmp_path: Path
) -> None:
    write_sine(tmp_path / "audio" / "ar" / "who_sees_title.wav")
    conv = make_conversation(vault, catalog, "steps4", "ar")
    window = open_window(qtbot, vault, conv, None, basedir=tmp_path)  # child mode's own reader
    states: list[tuple[str, str]] = []
    window.reader.state_changed.connect(lambda key, state: states.append((key, state)))
    speaker = page_speaker(window)  # the title's
    assert speaker.isEnabled()
    qtbot.mouseClick(speaker, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("who_sees_title", "done") in states, timeout=LAUNCH_MS)
    assert ("who_sees_title", "playing") in states
    # Qt's mock engine has no Arabic voice: the other texts say so, and so does the note
    qtbot.waitUntil(lambda: not window.reader.checking("ar"), timeout=LAUNCH_MS)
    others = [b for b in window.pages["who"].findChildren(SpeakerButton) if b is not speaker]
    assert others and not any(b.isEnabled() for b in others)
    assert window.speech_note.text() == no_voice("ar")


def test_a_clip_player_that_hangs_is_switched_off(qtbot: Any, tmp_path: Path) -> None:
    write_sine(tmp_path / "audio" / "ti" / "practice_question.wav")
    player = speech_engines.command("speak-blocks")  # play() never returns
    reader = ReadAloud(
        tmp_path, voice_command=worker_command("voice", engine="mock"), clip_command=player
    )
    notes: list[str] = []
    reader.note.connect(notes.append)
    reader.prepare("ti")
    button = SpeakerButton("...", "ti", "Read", reader=reader, key="practice_question")
    qtbot.addWidget(button)
    assert button.usable
    qtbot.waitUntil(lambda: ReadAloud._workers[tuple(player)].is_ready, timeout=LAUNCH_MS)
    button.click()
    assert took(button.click) < RESPONSE_S  # pressing again stops: the player never answers
    qtbot.waitUntil(lambda: not button.usable, timeout=LAUNCH_MS + ANSWER_MS)
    assert notes and notes[0].startswith("Recorded read-aloud is off")
    assert reader.clip_path("practice_question", "ti") is None
    assert not reader.speak("practice_question", "...", "ti")


def test_child_mode_shows_read_aloud_unavailable_without_voice_or_clip(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "steps4", "ar")
    reader = ReadAloud(voice_command=worker_command("voice", engine="mock"))
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: not reader.checking("ar"), timeout=LAUNCH_MS)
    speaker = page_speaker(window)
    assert speaker.isVisible() and not speaker.isEnabled()
    assert speaker.reason == no_voice("ar")
    assert window.speech_note.isVisibleTo(window)
    assert window.speech_note.text() == speaker.reason


# --- the real engine: speech-dispatcher with espeak-ng and no sound device ------------


def _daemons_under(runtime: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"speech-dispatcher" in cmdline and str(runtime).encode() in cmdline:
                pids.append(int(entry.name))
    return pids


@pytest.fixture
def private_speechd(
    tmp_path: Path, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A speech-dispatcher of the test's own (private runtime dir and home), killed after."""
    if shutil.which("speech-dispatcher") is None:
        pytest.skip("speech-dispatcher is not installed")
    runtime = runtime_dir
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    yield runtime
    ReadAloud.shutdown_workers()
    for pid in _daemons_under(runtime):
        os.kill(pid, signal.SIGKILL)  # a daemon stuck on the missing sound device
    deadline = time.monotonic() + 10
    while _daemons_under(runtime) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _daemons_under(runtime) == []


@pytest.mark.slow  # a real speech-dispatcher daemon
def test_speech_dispatcher_without_sound_never_blocks_child_mode(
    qtbot: Any, vault: Any, catalog: Catalog, private_speechd: Path
) -> None:
    conv = make_conversation(vault, catalog, "steps4", "sv")
    command = worker_command("voice", engine="speechd")
    reader = ReadAloud(voice_command=command)
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: not reader.checking("sv"), timeout=LAUNCH_MS + START_MS)
    if not reader.available("sv"):
        pytest.skip(f"speech-dispatcher has no Swedish voice here ({reader.off=})")
    # espeak-ng has Persian but no Somali or Tigrinya; Dari may use the Persian voice
    assert reader.available("fa") and reader.available("prs")
    assert not reader.available("so") and not reader.available("ti")
    pid = worker_pid(command)
    for _ in range(3):  # read aloud, cover; uncover, again: the second stop hangs libspeechd
        qtbot.mouseClick(page_speaker(window), Qt.MouseButton.LeftButton)
        qtbot.wait(300)
        assert took(lambda: QTest.keyClick(window, Qt.Key.Key_F12)) < RESPONSE_S
        assert window.cover_screen.isVisible()
        QTest.keyClick(window.cover_screen, Qt.Key.Key_F12)
        if reader.off:
            break
    # whether libspeechd hung or not, the adult is told exactly when speech went off
    qtbot.wait(ANSWER_MS + 500)
    assert window.speech_note.isVisibleTo(window) == reader.off
    assert took(window.leave) < RESPONSE_S
    assert took(ReadAloud.shutdown_workers) < 2.0  # what quitting does
    assert gone(pid)


# --- what the read-aloud button says of itself, to the child ---------------------------


def _both(window: ChildModeWindow, key: str) -> str:
    """The child's words for ``key`` with the adult's (Swedish) below, as the page glosses."""
    assert window.gloss_texts is not None
    # the Swedish line ends in a left-to-right mark (its full stop stays at its end)
    return f"{window.texts.text(key)}\n{window.gloss_texts.text(key)}\u200e"


def _says(speaker: SpeakerButton) -> tuple[str, str]:
    return speaker.toolTip(), speaker.accessibleDescription()


def test_the_read_aloud_button_speaks_the_childs_language_in_every_state(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """An Arabic child (the adult's language Swedish): ready, reading, and the note a
    screen reader and a tooltip give are the child's words, the adult's below them. It
    said "No voice for Arabic on this computer", from the adult's catalogue."""
    conv = make_conversation(vault, catalog, "faces3", "ar")
    reader = ReadAloud(voice_command=speech_engines.command("speaks"))
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: reader.available("ar"), timeout=LAUNCH_MS)
    speaker = page_speaker(window)
    name = speaker.accessibleName()
    assert name.startswith(window.texts.read_aloud + ": ")
    # ready: its name says what it reads; nothing more to say
    assert _says(speaker) == (name, "") and speaker.isEnabled()
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda key, state: states.append((key, state)))
    speaker.click()
    qtbot.waitUntil(lambda: any(state == "speaking" for _k, state in states), timeout=10000)
    assert speaker.sounding
    assert _says(speaker) == (_both(window, "read_aloud_playing"),) * 2
    assert speaker.accessibleName() == name  # the name stays: the buttons stay apart
    speaker.click()  # pressing again stops it
    assert not speaker.sounding and _says(speaker) == (name, "")
    assert not window.speech_note.isVisibleTo(window)


def test_no_voice_is_said_in_the_childs_words_and_noted_for_the_adult(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "faces3", "ar")
    reader = ReadAloud(voice_command=worker_command("voice", engine="mock"))
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: not reader.checking("ar"), timeout=LAUNCH_MS)
    for page in ("who", "practice", "young", "important", "done", "pause"):
        window.go(page)
        speakers = [b for b in window.pages[page].findChildren(SpeakerButton) if b.isVisible()]
        assert speakers, page
        for speaker in speakers:
            assert not speaker.isEnabled()
            assert _says(speaker) == (_both(window, "read_aloud_none"),) * 2, page
            assert speaker.reason == no_voice("ar")  # the adult's, for the corner
        # the adult's note in the corner: the adult's words on screen; a child's screen
        # reader hears the child's words for it, the adult's note as the description
        note = window.speech_note
        assert note.isVisibleTo(window) and note.text() == no_voice("ar")
        assert note.accessibleName() == window.texts.read_aloud_none
        assert note.accessibleDescription() == no_voice("ar")
    # on the adult's own pages the note is simply the adult's
    window.ask_to_leave()
    assert window.current_page() == "exit"
    assert window.speech_note.accessibleName() == ""


def test_a_stopped_engine_is_said_in_the_childs_words(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "steps4", "ar")
    reader = ReadAloud(voice_command=speech_engines.command("start-blocks"), start_ms=2000)
    window = open_window(qtbot, vault, conv, reader)
    speaker = page_speaker(window)
    # still asking the engine: no words beside its name
    assert not speaker.isEnabled() and _says(speaker) == (speaker.accessibleName(), "")
    qtbot.waitUntil(lambda: reader.off, timeout=LAUNCH_MS + 2000)
    assert _says(speaker) == (_both(window, "read_aloud_off"),) * 2
    assert (
        "stopped answering" in speaker.reason and "stopped answering" in window.speech_note.text()
    )
    assert window.speech_note.accessibleName() == window.texts.read_aloud_off


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space],
    ids=["return", "enter", "space"],
)
def test_a_key_on_the_focused_read_aloud_button_reads_it_with_the_real_engine(
    qtbot: Any, vault: Any, catalog: Catalog, key: Qt.Key
) -> None:
    """Qt's own mock engine, in the real worker process: a child on the keyboard or a
    switch presses Enter (or Space) on the focused read-aloud button and hears the
    text; the engine says when it starts and when it is done. Enter did nothing."""
    conv = make_conversation(vault, catalog, "steps4", "en")  # the mock engine speaks English
    reader = ReadAloud(voice_command=worker_command("voice", engine="mock"))
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: reader.available("en"), timeout=LAUNCH_MS)
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda k, state: states.append((k, state)))
    speaker = page_speaker(window)
    speaker.setFocus()
    qtbot.waitUntil(speaker.hasFocus)
    assert took(lambda: QTest.keyClick(speaker, key)) < RESPONSE_S
    qtbot.waitUntil(lambda: ("who_sees_title", "done") in states, timeout=10000)
    assert states[0] == ("who_sees_title", "speaking")
    assert window.current_page() == "who"  # the key read aloud, and did nothing else


@pytest.mark.slow  # a real speech-dispatcher daemon
def test_enter_on_the_read_aloud_button_starts_speech_dispatcher(
    qtbot: Any, vault: Any, catalog: Catalog, private_speechd: Path
) -> None:
    """The real engine of these machines (espeak-ng through speech-dispatcher, no sound
    device): Enter on the focused button reads the Swedish text, and never blocks."""
    conv = make_conversation(vault, catalog, "steps4", "sv")
    reader = ReadAloud(voice_command=worker_command("voice", engine="speechd"))
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: not reader.checking("sv"), timeout=LAUNCH_MS + START_MS)
    if not reader.available("sv"):
        pytest.skip(f"speech-dispatcher has no Swedish voice here ({reader.off=})")
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda k, state: states.append((k, state)))
    speaker = page_speaker(window)
    speaker.setFocus()
    qtbot.waitUntil(speaker.hasFocus)
    assert took(lambda: QTest.keyClick(speaker, Qt.Key.Key_Return)) < RESPONSE_S
    qtbot.waitUntil(lambda: ("who_sees_title", "speaking") in states, timeout=ANSWER_MS + 5000)
    assert speaker.sounding
    assert speaker.accessibleDescription() == window.texts.read_aloud_playing
    assert took(window.leave) < RESPONSE_S


def test_a_guardian_hears_of_read_aloud_in_their_own_language(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """The guardian's screens had the same fault: an Arabic-speaking guardian's reader
    and tooltips said "No voice for Arabic on this computer" in the professional's words."""
    from tests.gui.guardians.test_window import close_for_good, visible_texts

    window, reader = _arabic_guardian_window(qtbot, vault, catalog)
    qtbot.waitUntil(lambda: not reader.checking("ar"), timeout=LAUNCH_MS)
    speakers = [b for b in window.findChildren(SpeakerButton) if b.isVisible()]
    assert speakers
    for speaker in speakers:
        assert not speaker.isEnabled() and speaker.reason == no_voice("ar")
        assert _says(speaker) == (window.texts.read_aloud_none,) * 2
    # the professional's words only in the professional's note: its text, and what a
    # screen reader hears after the guardian's own words for it
    note = window.speech_note
    said = visible_texts(window)
    for own in (note.text(), note.accessibleDescription()):
        said.remove(own)
    assert note.text() == no_voice("ar") and not [t for t in said if "No voice" in t]
    close_for_good(qtbot, window)  # only the professional's passphrase closes it


@pytest.mark.parametrize("page", ["intro", "wheel", "important", "done"])
def test_the_guardian_screens_tell_the_professional_why_there_is_no_voice(
    qtbot: Any, vault: Any, catalog: Catalog, page: str
) -> None:
    """The guardian's read-aloud buttons say "no voice" in the guardian's words; the
    professional beside them was told nothing of why. A small note beside their way
    out says it in the professional's language, as in child mode; an Arabic-speaking
    guardian's screen reader hears the guardian's words for it first."""
    from tests.gui.guardians.test_window import close_for_good

    window, reader = _arabic_guardian_window(qtbot, vault, catalog)
    window.go(page)
    qtbot.waitUntil(lambda: not reader.checking("ar"), timeout=LAUNCH_MS)
    note = window.speech_note
    qtbot.waitUntil(note.isVisible)
    assert note.text() == no_voice("ar")  # the professional's words on screen
    assert note.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert note.accessibleName() == window.texts.read_aloud_none  # the guardian's
    assert note.accessibleDescription() == no_voice("ar")
    # beside the way out, on its row
    ex = window.exit_button.geometry()
    assert note.geometry().bottom() == ex.bottom() and not note.geometry().intersects(ex)
    close_for_good(qtbot, window)


def test_the_guardian_screens_tell_the_professional_that_the_engine_stopped(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from hjulet.gui.guardians.window import GuardianModeWindow
    from hjulet.services import guardians
    from tests.gui.guardians.test_window import close_for_good

    conv = make_conversation(vault, catalog, "steps4", "sv")
    assert conv.id is not None
    view = guardians.start_guardian_view(vault, conv.id, "guardian_1", "sv")
    assert view.id is not None
    reader = ReadAloud(voice_command=speech_engines.command("start-blocks"), start_ms=2000)
    window = GuardianModeWindow(vault, view.id, reader=reader)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert not window.speech_note.isVisible()  # still asking the engine: nothing to say
    qtbot.waitUntil(lambda: reader.off, timeout=LAUNCH_MS + 2000)
    note = window.speech_note
    assert note.isVisible() and "stopped answering" in note.text()
    assert note.accessibleName() == window.texts.read_aloud_off
    close_for_good(qtbot, window)


def test_the_next_area_s_read_aloud_button_reads_at_the_first_press(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    """The one-area page keeps its read-aloud button and gives it the next question. A
    child who pressed it, then Next, had to press twice: it still counted as reading the
    old question (its engine never said "done" for it) and the first press only stopped;
    its description said "reading" over silence. Stopping now tells every button."""
    conv = make_conversation(vault, catalog, "steps4", "sv")
    reader = ReadAloud(voice_command=speech_engines.command("speaks"))  # speaks until stopped
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: reader.available("sv"), timeout=LAUNCH_MS)
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda key, state: states.append((key, state)))
    window.go("one")
    speaker = window.one_page.question.speaker
    first, second = (f"area.{a.id}.question" for a in conv.definition.areas[:2])
    speaker.click()
    qtbot.waitUntil(lambda: (first, "speaking") in states, timeout=10000)
    assert speaker.accessibleDescription() == window.texts.read_aloud_playing
    window.forward()  # the next area, on the same page and button
    assert window.one_page.question.speaker is speaker
    assert (first, "stopped") in states
    assert not speaker.sounding and speaker.accessibleDescription() == ""
    speaker.click()  # one press reads the new question
    qtbot.waitUntil(lambda: (second, "speaking") in states, timeout=10000)
    assert speaker.sounding
    # the cover stops it too, and says so at once
    QTest.keyClick(window, Qt.Key.Key_F12)
    assert (second, "stopped") in states and not speaker.sounding


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space], ids=["return", "space"])
def test_a_key_on_the_focused_question_reads_it_aloud(
    qtbot: Any, vault: Any, catalog: Catalog, key: Qt.Key
) -> None:
    """A rating page starts with the focus on its question; Enter or Space there reads
    the question aloud (the page's first stop is read, not answered)."""
    conv = make_conversation(vault, catalog, "faces3", "ar")
    reader = ReadAloud(voice_command=speech_engines.command("speaks"))
    window = open_window(qtbot, vault, conv, reader)
    qtbot.waitUntil(lambda: reader.available("ar"), timeout=LAUNCH_MS)
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda k, state: states.append((k, state)))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.go("young")
    label = window.young_page.question.label
    qtbot.waitUntil(label.hasFocus)
    QTest.keyClick(label, key)
    first = f"area.{conv.definition.areas[0].id}.question"
    qtbot.waitUntil(lambda: (first, "speaking") in states, timeout=10000)
    assert window.young_page.question.speaker.sounding
    assert window.current_page() == "young"
    assert not window.young_page.faces.answer().is_given  # read, not answered


def test_a_button_given_another_text_while_it_reads_reads_that_at_the_first_press(
    qtbot: Any,
) -> None:
    """A button that reads one question and is given the next (on its own, with no
    page stopping the engine first) stands for the new one: it no longer says it is
    reading, and one press reads the new question rather than only stopping the old."""
    reader = ReadAloud(voice_command=speech_engines.command("speaks"))  # speaks until stopped
    button = SpeakerButton("Första frågan", "sv", "Läs upp", reader=reader, key="first")
    qtbot.addWidget(button)
    states: list[tuple[str, str]] = []
    reader.state_changed.connect(lambda key, state: states.append((key, state)))
    qtbot.waitUntil(lambda: button.usable, timeout=LAUNCH_MS)
    button.click()
    qtbot.waitUntil(lambda: ("first", "speaking") in states, timeout=10000)
    assert button.sounding
    button.set_text("Andra frågan", "sv", "second")
    assert not button.sounding
    button.click()  # one press
    qtbot.waitUntil(lambda: ("second", "speaking") in states, timeout=10000)
    assert button.sounding
    reader.stop()


def _arabic_guardian_window(qtbot: Any, vault: Any, catalog: Catalog) -> tuple[Any, ReadAloud]:
    """An Arabic-speaking guardian's screens at 1366×768, with a mock engine that has
    no Arabic voice."""
    from hjulet.gui.guardians.window import GuardianModeWindow
    from hjulet.services import guardians

    conv = make_conversation(vault, catalog, "steps4", "sv")
    assert conv.id is not None
    view = guardians.start_guardian_view(vault, conv.id, "guardian_1", "ar")
    assert view.id is not None
    reader = ReadAloud(voice_command=worker_command("voice", engine="mock"))
    window = GuardianModeWindow(vault, view.id, reader=reader)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, reader

"""The read-aloud worker: a child process that owns the speech engine or the clip player.

Speech engines can hang for good (libspeechd with no sound device blocks inside
``stop()``; a daemon left in that state blocks the next connect too). So the app
never calls an engine itself: it starts this worker (``hjulet --speech-worker
voice|clips``), writes one JSON object per line to its stdin and reads one JSON
object per line from its stdout. When the worker stops answering, the app kills
it (see :mod:`hjulet.gui.speech`); nothing in this process can reach the GUI.

Protocol (every line is one JSON object):

* app -> worker: ``{"op": "speak", "id": N, "lang": "sv", "text": "..."}`` (role
  ``voice``), ``{"op": "play", "id": N, "path": "/abs/clip.wav"}`` (role
  ``clips``), ``{"op": "stop", "id": N}``.
* worker -> app: ``{"ev": "hello"}`` at once; then ``{"ev": "ready", "langs":
  [...], "engine": "speechd"}`` once the engine is up (``langs``: ISO 639 codes
  that have a voice *of that language*); ``{"ev": "ack", "id": N}`` after the
  engine call for command N returned; ``{"ev": "state", "id": N, "state": S}``
  with S in ``speaking``, ``playing``, ``done``, ``novoice``, ``error``.

The worker exits when its stdin closes (the app quit or died), from a reader
thread, so even a worker stuck inside an engine call never outlives the app.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, QTimer, Signal, Slot

StateCallback = Callable[[int, str], None]
log = logging.getLogger("hjulet.speech_worker")


class Engine(Protocol):
    """What the worker needs of a speech engine or a clip player (any call may block)."""

    def start(self, on_state: StateCallback) -> tuple[list[str], str]:
        """Create the engine; return the languages it has voices for, and its name."""
        ...

    def speak(self, cmd_id: int, text: str, lang: str) -> None: ...

    def play(self, cmd_id: int, path: str) -> None: ...

    def stop(self) -> None: ...


def _code(locale: Any) -> str:
    from PySide6.QtCore import QLocale

    return str(QLocale.languageToCode(locale.language()))


class QtSpeechEngine:
    """QtTextToSpeech; a voice is used only for the language it belongs to."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.tts: Any = None
        self.current = 0
        self.voices: dict[str, tuple[Any, Any]] = {}

    def start(self, on_state: StateCallback) -> tuple[list[str], str]:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = list(QTextToSpeech.availableEngines())
        if (self.name and self.name not in engines) or not engines:
            return [], ""
        tts = QTextToSpeech(self.name) if self.name else QTextToSpeech()
        if tts.state() == QTextToSpeech.State.Error:
            return [], ""
        self.tts = tts
        for locale in tts.availableLocales():
            if locale.language() == QLocale.Language.C:
                continue
            tts.setLocale(locale)
            for voice in tts.availableVoices():
                # Qt maps a locale it does not know to some generic voice: the
                # voice's own language must be the locale's language
                code = _code(voice.locale())
                if code == _code(locale) and code not in self.voices:
                    self.voices[code] = (locale, voice)
        state_names = {
            QTextToSpeech.State.Speaking: "speaking",
            QTextToSpeech.State.Ready: "done",
            QTextToSpeech.State.Error: "error",
        }

        def changed(state: Any) -> None:
            name = state_names.get(state)
            if name:
                on_state(self.current, name)

        tts.stateChanged.connect(changed)
        return sorted(self.voices), str(tts.engine())

    def speak(self, cmd_id: int, text: str, lang: str) -> None:
        self.current = cmd_id
        locale, voice = self.voices[lang]
        self.tts.stop()
        self.tts.setLocale(locale)
        self.tts.setVoice(voice)
        self.tts.say(text)

    def play(self, cmd_id: int, path: str) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop()


class QtClipPlayer:
    """Recorded clips through QtMultimedia (QMediaPlayer; works without a sound device)."""

    def __init__(self) -> None:
        self.player: Any = None
        self.current = 0

    def start(self, on_state: StateCallback) -> tuple[list[str], str]:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.player = QMediaPlayer()
        self.output = QAudioOutput()
        self.player.setAudioOutput(self.output)

        def status(value: Any) -> None:
            if value == QMediaPlayer.MediaStatus.EndOfMedia:
                on_state(self.current, "done")
            elif value == QMediaPlayer.MediaStatus.InvalidMedia:
                on_state(self.current, "error")

        def playback(value: Any) -> None:
            if value == QMediaPlayer.PlaybackState.PlayingState:
                on_state(self.current, "playing")

        self.player.mediaStatusChanged.connect(status)
        self.player.playbackStateChanged.connect(playback)
        self.player.errorOccurred.connect(lambda *_: on_state(self.current, "error"))
        return [], "clips"

    def speak(self, cmd_id: int, text: str, lang: str) -> None:
        raise NotImplementedError

    def play(self, cmd_id: int, path: str) -> None:
        from PySide6.QtCore import QUrl

        self.current = cmd_id
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(path))
        self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()


class _Server(QObject):
    line = Signal(str)

    def __init__(self, engine: Engine, write: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self.engine = engine
        self.write = write
        self.langs: set[str] = set()
        self.begun = False
        self.backlog: list[str] = []  # commands that came before the engine was up
        self.line.connect(self.handle)

    def begin(self) -> None:
        try:
            langs, name = self.engine.start(self.on_state)
        except Exception as exc:  # a broken engine is "no voices", never a crash
            langs, name = [], ""
            log.info("speech engine failed to start (%s)", type(exc).__name__)
        self.langs = set(langs)
        self.begun = True
        self.write({"ev": "ready", "langs": sorted(langs), "engine": name})
        for raw in self.backlog:
            self.handle(raw)
        self.backlog.clear()

    def on_state(self, cmd_id: int, state: str) -> None:
        self.write({"ev": "state", "id": cmd_id, "state": state})

    @Slot(str)
    def handle(self, raw: str) -> None:
        if not self.begun:
            self.backlog.append(raw)
            return
        try:
            msg = json.loads(raw)
            op, cmd_id = str(msg["op"]), int(msg["id"])
        except (ValueError, KeyError, TypeError):
            return
        try:
            if op == "speak":
                lang = str(msg.get("lang", ""))
                if lang not in self.langs:
                    # never another language's voice
                    self.on_state(cmd_id, "novoice")
                else:
                    self.engine.speak(cmd_id, str(msg.get("text", "")), lang)
            elif op == "play":
                self.engine.play(cmd_id, str(msg.get("path", "")))
            elif op == "stop":
                self.engine.stop()
        except Exception:
            self.on_state(cmd_id, "error")
        self.write({"ev": "ack", "id": cmd_id})


def serve(engine: Engine, stdin: Any = None, stdout: Any = None) -> int:
    """Run the worker loop for ``engine`` until stdin closes."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    # QtMultimedia probes for PipeWire, VA-API and PulseAudio and says so; none is needed
    QLoggingCategory.setFilterRules("qt.multimedia.*=false\nqt.speech.*=false")
    app = QCoreApplication.instance() or QCoreApplication([])
    lock = threading.Lock()

    def write(msg: dict[str, Any]) -> None:
        with lock:
            try:
                stdout.write(json.dumps(msg) + "\n")
                stdout.flush()
            except (OSError, ValueError):
                os._exit(0)

    server = _Server(engine, write)

    def read() -> None:
        for raw in stdin:
            server.line.emit(raw)
        # the app closed the pipe (quit or died): leave now, even if the main
        # thread is stuck inside the engine
        os._exit(0)

    threading.Thread(target=read, name="speech-stdin", daemon=True).start()
    write({"ev": "hello"})
    QTimer.singleShot(0, server.begin)
    return int(app.exec())


def main(argv: Sequence[str] = ()) -> int:
    """``hjulet --speech-worker voice [ENGINE]`` or ``hjulet --speech-worker clips``."""
    role = argv[0] if argv else "voice"
    if role == "clips":
        return serve(QtClipPlayer())
    engine = argv[1] if len(argv) > 1 else os.environ.get("HJULET_TTS_ENGINE", "")
    return serve(QtSpeechEngine(engine))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Read aloud that can never block the screen: recorded clips first, then a voice.

Public API (what child mode uses; keep it small and stable)::

    reader = ReadAloud(basedir, parent)        # starts the worker(s) in the background
    reader.available(lang, key="") -> bool    # a clip for key, or a voice of lang
    reader.checking(lang) -> bool             # the engine has not said yet which voices it has
    reader.prepare(lang)                      # starts the clip player early if lang has clips
    reader.speak(key, text, lang) -> bool     # returns at once; False when unavailable
    reader.stop()                             # returns at once, whatever the engine does
    reader.unavailable_reason(lang, key="")   # "" or a short translated note for the adult
    reader.voice_reason(lang)                 # the same about the voice alone (clips aside)
    reader.shutdown()                         # kills the workers; never waits on an engine
    reader.availability_changed               # Signal(): voices became known, or speech went off
    reader.state_changed                      # Signal(str key, str state): speaking, playing,
                                              #   done, error, novoice, stopped
    reader.note                               # Signal(str): a calm translated note for the adult
    SpeakerButton(text, lang, name, parent, reader=reader, key=key, words=words)

Whose words: :meth:`ReadAloud.unavailable_reason` and :attr:`ReadAloud.note` are
for the adult (the professional's UI language). What a speaker button says of
itself to whoever uses the screen (its tooltip and its screen-reader description,
in each state) comes from :class:`SpeakerWords`, which child mode and the
guardian's screens fill from their own text files; a button without them falls
back to the adult's note.

How it never blocks: the speech engine and the clip player each live in a child
process (:mod:`hjulet.app.speech_worker`, started as ``hjulet --speech-worker
voice|clips``) that the GUI talks to through a pipe, asynchronously (QProcess). Every
command must be acknowledged within :data:`ANSWER_MS` (the engine's start within
:data:`START_MS`); a worker that does not answer is killed and that kind of
speech is switched off for the rest of the session (:attr:`ReadAloud.off`), with a
note for the adult. Killing a process cannot hang, so cover, pause, next and exit
never wait, and quitting never waits on a hung engine.

Which sound: ``<basedir>/audio/<lang>/<key>.wav`` (or ``.ogg``, ``.mp3``) when the
organisation recorded one (docs/audio-clips.md); else the engine's voice whose own
language is ``lang`` (never a voice of another language; Qt maps unknown locales
such as ``prs`` to a generic voice, so voices are matched by their locale's
language); else read-aloud shows as unavailable, with :meth:`unavailable_reason`.
One stand-in is allowed on purpose, :data:`VOICE_STAND_INS`: Dari (``prs``) is
the Afghan standard of Persian, written in the same script, and a Persian voice
reads a Dari text understandably (with an Iranian accent).

``HJULET_TTS_ENGINE`` picks a Qt engine by name (tests use Qt's ``mock`` engine).
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QProcess,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QToolButton, QWidget

from hjulet.gui.language_names import language_in_ui
from hjulet.gui.pressable import PressableMixin
from hjulet.services.process import own_command

log = logging.getLogger("hjulet.gui.speech")

ENGINE_ENV = "HJULET_TTS_ENGINE"
ANSWER_MS = 2000  # an engine call must return within this
# the engine must be up within this: speech-dispatcher took 1.3-6.8 s to connect and list
# espeak-ng's voices on a busy 2-core machine; nobody waits for it (the buttons say so)
START_MS = 20000
LAUNCH_MS = 30000  # the worker process itself must start (Python + Qt, a busy machine)
CLIP_SUFFIXES = (".wav", ".ogg", ".mp3")
# a language that may use another language's voice (see the module docstring)
VOICE_STAND_INS = {"prs": "fa"}

_SAFE_KEY = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}")
_SAFE_LANG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def worker_command(role: str, engine: str | None = None) -> list[str]:
    """The command line that starts a worker of ``role`` (works frozen too).

    ``engine`` (default: ``HJULET_TTS_ENGINE``, else Qt's default) is part of the
    command, so each engine gets its own worker and its own off-for-the-session state.
    """
    if engine is None:
        engine = os.environ.get(ENGINE_ENV, "")
    args = ["--speech-worker", role] + ([engine] if role == "voice" and engine else [])
    return own_command(*args)


def base_language(lang: str) -> str:
    return lang.split("-", 1)[0].split("_", 1)[0].lower()


class _Worker(QObject):
    """One worker process behind a watchdog. Every method returns at once."""

    ready = Signal(list)  # the languages with a voice
    state = Signal(int, str)  # command id, state
    died = Signal(str)  # "hung" or "failed"

    def __init__(self, command: Sequence[str], start_ms: int = START_MS) -> None:
        super().__init__()
        self._start_ms = start_ms
        self.alive = True
        self.is_ready = False
        self.langs: list[str] = []
        self._next_id = 0
        self._pending: dict[int, float] = {}
        self._deadline: float | None = time.monotonic() + LAUNCH_MS / 1000
        self._proc = QProcess(self)
        self._proc.setStandardErrorFile(QProcess.nullDevice())
        self._proc.readyReadStandardOutput.connect(self._read)
        self._proc.finished.connect(self._finished)
        self._proc.errorOccurred.connect(self._error)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(100)
        self._watchdog.timeout.connect(self._check)
        self._watchdog.start()
        self._proc.start(command[0], list(command[1:]))

    @property
    def pid(self) -> int:
        return int(self._proc.processId())

    def send(self, msg: dict[str, Any]) -> int:
        if not self.alive or not self.is_ready:
            return 0
        self._next_id += 1
        msg = {**msg, "id": self._next_id}
        self._pending[self._next_id] = time.monotonic() + ANSWER_MS / 1000
        self._proc.write((json.dumps(msg) + "\n").encode("ascii"))
        self._watchdog.start()
        return self._next_id

    def _read(self) -> None:
        while self._proc.canReadLine():
            raw = bytes(self._proc.readLine().data())
            try:
                msg = json.loads(raw)
                ev = msg["ev"]
            except (ValueError, KeyError, TypeError):
                continue
            if ev == "hello":
                self._deadline = time.monotonic() + self._start_ms / 1000
            elif ev == "ready":
                self._deadline = None
                self.is_ready = True
                self.langs = [str(x) for x in msg.get("langs", [])]
                self.ready.emit(self.langs)
            elif ev == "ack":
                self._pending.pop(int(msg.get("id", 0)), None)
            elif ev == "state":
                self.state.emit(int(msg.get("id", 0)), str(msg.get("state", "")))
        if not self._pending and self._deadline is None:
            self._watchdog.stop()

    def _check(self) -> None:
        if not self.alive:
            self._watchdog.stop()
            return
        now = time.monotonic()
        late = self._deadline is not None and now > self._deadline
        late = late or any(now > t for t in self._pending.values())
        if late:
            self._end("hung")
        elif not self._pending and self._deadline is None:
            self._watchdog.stop()

    def _finished(self, *_: Any) -> None:
        if self.alive:
            self._end("failed")

    def _error(self, error: QProcess.ProcessError) -> None:
        if self.alive and error == QProcess.ProcessError.FailedToStart:
            self._end("failed")

    def _end(self, why: str) -> None:
        self.alive = False
        self._watchdog.stop()
        self._pending.clear()
        self.kill(wait=False)  # reaped when it is gone (finished); the GUI never waits
        self.died.emit(why)

    def kill(self, wait: bool = True) -> None:
        """Kill the process (SIGKILL cannot be refused); at quit, wait at most 0.5 s."""
        self.alive = False
        self._watchdog.stop()
        if self._proc.state() != QProcess.ProcessState.NotRunning:
            self._proc.kill()
            if wait:
                self._proc.waitForFinished(500)


class ReadAloud(QObject):
    """Clips and voices for child mode, off the GUI thread (see the module docstring).

    The worker processes are shared by every reader of the app (one voice, one clip
    player per command line); a worker that hung or died is not started again in this
    session.
    """

    availability_changed = Signal()
    state_changed = Signal(str, str)
    note = Signal(str)

    _workers: ClassVar[dict[tuple[str, ...], _Worker]] = {}
    _dead: ClassVar[dict[tuple[str, ...], str]] = {}  # command -> "hung" or "failed"
    _shared: ClassVar[ReadAloud | None] = None
    _quit_hooked: ClassVar[bool] = False

    def __init__(
        self,
        basedir: Path | None = None,
        parent: QObject | None = None,
        *,
        language_name: Callable[[str], str] = language_in_ui,
        voice_command: Sequence[str] | None = None,
        clip_command: Sequence[str] | None = None,
        start_ms: int = START_MS,
    ) -> None:
        super().__init__(parent)
        self._start_ms = start_ms
        self._roots = [Path(basedir) / "audio"] if basedir is not None else []
        self._language_name = language_name
        self._voice_cmd = tuple(voice_command or worker_command("voice"))
        self._clip_cmd = tuple(clip_command or worker_command("clips"))
        self._clips: dict[str, dict[str, Path]] = {}
        self._current: dict[str, dict[int, str]] = {"voice": {}, "clips": {}}  # id -> key
        self._playing: dict[str, int] = {}  # role -> id of what it plays now
        self._active: set[str] = set()  # roles that may be making a sound
        self._queued: tuple[str, dict[str, Any]] | None = None  # a clip awaiting its player
        self._connected: set[str] = set()
        self._attach("voice")

    @classmethod
    def shared(cls) -> ReadAloud:
        """One process-wide reader without clips (for callers that have no basedir)."""
        if cls._shared is None:
            cls._shared = ReadAloud()
        return cls._shared

    # -- workers -----------------------------------------------------------------------
    def _command(self, role: str) -> tuple[str, ...]:
        return self._voice_cmd if role == "voice" else self._clip_cmd

    def _worker(self, role: str) -> _Worker | None:
        """The live worker for ``role``, started if needed; None once it hung or failed."""
        command = self._command(role)
        if command in self._dead:
            return None
        worker = self._workers.get(command)
        if worker is None or not worker.alive:
            worker = _Worker(command, self._start_ms)
            self._workers[command] = worker
            worker.died.connect(lambda why, c=command: ReadAloud._dead.setdefault(c, why))
            self._hook_quit()
        return worker

    def _attach(self, role: str) -> _Worker | None:
        worker = self._worker(role)
        if worker is not None and role not in self._connected:
            self._connected.add(role)
            if role == "voice":
                worker.ready.connect(self._voice_ready)
                worker.state.connect(self._voice_state)
                worker.died.connect(self._voice_died)
            else:
                worker.ready.connect(self._clips_ready)
                worker.state.connect(self._clips_state)
                worker.died.connect(self._clips_died)
        return worker

    @classmethod
    def _hook_quit(cls) -> None:
        app = QCoreApplication.instance()
        if app is not None and not cls._quit_hooked:
            cls._quit_hooked = True
            app.aboutToQuit.connect(cls.shutdown_workers)
            # also when the app object outlives the event loop (scripts, tests)
            atexit.register(cls.shutdown_workers)

    @classmethod
    def shutdown_workers(cls) -> None:
        """Kill every worker (at quit); never waits on a hung engine."""
        for worker in cls._workers.values():
            worker.kill()
        cls._workers.clear()

    @classmethod
    def end_session(cls) -> None:
        """Kill every worker and forget which engines hung: the next reader starts afresh."""
        cls.shutdown_workers()
        cls._dead.clear()

    def _voice_ready(self, _langs: list[str]) -> None:
        self.availability_changed.emit()

    def _clips_ready(self, _langs: list[str]) -> None:
        worker = self._workers.get(self._clip_cmd)
        if self._queued is not None and worker is not None:
            key, msg = self._queued
            self._queued = None
            self._send(worker, "clips", key, msg)

    def _voice_state(self, cmd_id: int, state: str) -> None:
        self._state("voice", cmd_id, state)

    def _clips_state(self, cmd_id: int, state: str) -> None:
        self._state("clips", cmd_id, state)

    def _state(self, role: str, cmd_id: int, state: str) -> None:
        key = self._current[role].get(cmd_id)
        if key is None:
            return
        if state in ("done", "error", "novoice") and self._playing.get(role) == cmd_id:
            self._active.discard(role)
        self.state_changed.emit(key, state)

    def _voice_died(self, why: str) -> None:
        log.info("read aloud: the speech engine %s; off for this session", why)
        self._connected.discard("voice")
        self._active.discard("voice")
        self.note.emit(
            QCoreApplication.translate(
                "ReadAloud",
                "Read-aloud is off for now: the speech engine on this computer stopped "
                "answering. The child can go on without it.",
            )
        )
        self.availability_changed.emit()

    def _clips_died(self, why: str) -> None:
        log.info("read aloud: the clip player %s; off for this session", why)
        self._connected.discard("clips")
        self._active.discard("clips")
        self._queued = None
        self.note.emit(
            QCoreApplication.translate(
                "ReadAloud",
                "Recorded read-aloud is off for now: sound playback on this computer "
                "stopped answering. The child can go on without it.",
            )
        )
        self.availability_changed.emit()

    def shutdown(self) -> None:
        """Silence this reader (the shared workers stay for the next one)."""
        self.stop()

    # -- clips -------------------------------------------------------------------------
    def clip_path(self, key: str, lang: str) -> Path | None:
        """The organisation's recorded clip for ``key`` in ``lang``, if any."""
        if self._clip_cmd in self._dead or not _SAFE_KEY.fullmatch(key):
            return None
        return self._clip_index(lang).get(key)

    def _clip_index(self, lang: str) -> dict[str, Path]:
        if lang in self._clips:
            return self._clips[lang]
        found: dict[str, Path] = {}
        if _SAFE_LANG.fullmatch(lang):
            # one small directory listing per language, once
            for root in self._roots:
                try:
                    entries = sorted(os.scandir(root / lang), key=lambda e: e.name)
                except OSError:
                    continue
                for entry in entries:
                    stem, dot, suffix = entry.name.rpartition(".")
                    if dot and "." + suffix.lower() in CLIP_SUFFIXES and entry.is_file():
                        found.setdefault(stem, Path(entry.path))
        self._clips[lang] = found
        return found

    # -- the public API ----------------------------------------------------------------
    @property
    def off(self) -> bool:
        """True when the speech engine stopped answering and was switched off."""
        return self._voice_cmd in self._dead

    def _voice_lang(self, lang: str) -> str:
        base = base_language(lang)
        return VOICE_STAND_INS.get(base, base)

    def has_voice(self, lang: str) -> bool:
        worker = self._workers.get(self._voice_cmd)
        if worker is None or not worker.alive or not worker.is_ready:
            return False
        return self._voice_lang(lang) in worker.langs

    def checking(self, lang: str = "") -> bool:
        """True while the engine has not yet said which voices it has."""
        worker = self._workers.get(self._voice_cmd)
        return worker is not None and worker.alive and not worker.is_ready

    def available(self, lang: str, key: str = "") -> bool:
        """A clip for ``key`` (or, without a key, any clip) or a voice of ``lang``."""
        if key and self.clip_path(key, lang) is not None:
            return True
        if not key and self._clip_cmd not in self._dead and self._clip_index(lang):
            return True
        return self.has_voice(lang)

    def unavailable_reason(self, lang: str, key: str = "") -> str:
        """A short translated note for the adult; "" when available or still checking."""
        if self.available(lang, key):
            return ""
        return self.voice_reason(lang)

    def voice_reason(self, lang: str) -> str:
        """Why the engine cannot read ``lang`` (clips aside); "" when it can or is starting."""
        if self.has_voice(lang) or self.checking(lang):
            return ""
        if self.off:
            return QCoreApplication.translate(
                "ReadAloud", "Read-aloud is off: the speech engine stopped answering"
            )
        return QCoreApplication.translate("ReadAloud", "No voice for %1 on this computer").replace(
            "%1", self._language_name(lang)
        )

    def prepare(self, lang: str) -> None:
        """Start the clip player early when ``lang`` has clips (so the first press plays)."""
        if self._clip_cmd not in self._dead and self._clip_index(lang):
            self._attach("clips")

    def speak(self, key: str, text: str, lang: str) -> bool:
        """Start the clip or the voice for ``key``; returns at once."""
        self.stop()
        clip = self.clip_path(key, lang)
        if clip is not None:
            player = self._attach("clips")
            if player is None:
                return False
            msg: dict[str, Any] = {"op": "play", "path": str(clip)}
            if not player.is_ready:
                self._queued = (key, msg)  # the player is starting: play when it is up
                return True
            return self._send(player, "clips", key, msg)
        voice = self._workers.get(self._voice_cmd)
        if not text.strip() or not self.has_voice(lang) or voice is None:
            return False
        msg = {"op": "speak", "text": text, "lang": self._voice_lang(lang)}
        return self._send(voice, "voice", key, msg)

    def _send(self, worker: _Worker, role: str, key: str, msg: dict[str, Any]) -> bool:
        cmd_id = worker.send(msg)
        if not cmd_id:
            return False
        self._current[role][cmd_id] = key
        self._playing[role] = cmd_id
        self._active.add(role)
        return True

    def stop(self) -> None:
        """Silence whatever plays; returns at once (nothing is sent when all is quiet).

        What was playing (or waiting for its player) is told at once, as the state
        ``stopped``: its button does not wait for an engine that may never answer."""
        stopped = [self._queued[0]] if self._queued is not None else []
        self._queued = None
        for role in ("voice", "clips"):
            worker = self._workers.get(self._command(role))
            if role in self._active and worker is not None:
                worker.send({"op": "stop"})
                key = self._current[role].get(self._playing.get(role, 0))
                if key is not None:
                    stopped.append(key)
            self._active.discard(role)
        for key in stopped:
            self.state_changed.emit(key, "stopped")

    # -- the names of the old Reader, kept so existing callers go on working ----------
    def can_read(self, lang: str) -> bool:
        return self.available(lang)

    def say(self, text: str, lang: str) -> bool:
        return self.speak("", text, lang)


Reader = ReadAloud


def speaker_icon(size: int = 48, colour: str = "#2E2A26", crossed: bool = False) -> QIcon:
    """A loudspeaker with two sound waves (crossed out when unavailable), drawn."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 48.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(6 * s, 18 * s),
                QPointF(15 * s, 18 * s),
                QPointF(26 * s, 8 * s),
                QPointF(26 * s, 40 * s),
                QPointF(15 * s, 30 * s),
                QPointF(6 * s, 30 * s),
            ]
        )
    )
    pen = QPen(QColor(colour), 3.2 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if crossed:
        p.drawLine(QPointF(32 * s, 16 * s), QPointF(44 * s, 32 * s))
        p.drawLine(QPointF(44 * s, 16 * s), QPointF(32 * s, 32 * s))
    else:
        for r in (8.0, 15.0):
            p.drawArc(QRectF((26 - r) * s, (24 - r) * s, 2 * r * s, 2 * r * s), -45 * 16, 90 * 16)
    p.end()
    return QIcon(pix)


@dataclass(frozen=True)
class SpeakerWords:
    """What a speaker button says of itself, in the language of whoever uses the screen
    (a child's: with the adult's words on a line of their own where the page shows
    both languages): while it reads, where there is no clip or voice for its text's
    language, and when the speech engine stopped answering."""

    playing: str
    none: str
    off: str


class SpeakerButton(PressableMixin, QToolButton):
    """Reads one text aloud (its clip or a voice); shown disabled, with the reason, if it
    cannot. Pressing it while it reads stops it, and so do Enter, Return and Space
    while it has the focus.

    ``words``: its tooltip and screen-reader description in each state, in the
    listener's language; without them, the adult's note (see the module docstring).
    """

    def __init__(
        self,
        text: str,
        lang: str,
        accessible_name: str,
        parent: QWidget | None = None,
        reader: ReadAloud | None = None,
        size: int = 48,
        key: str = "",
        words: SpeakerWords | None = None,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._words = words
        self._reason = ""
        self._lang = lang
        self._key = key
        self._name = accessible_name
        self._size = size
        self._sounding = False
        self._reader = reader or ReadAloud.shared()
        self._reader.availability_changed.connect(self.refresh)
        self._reader.state_changed.connect(self._state)
        self.setIconSize(QSize(size - 12, size - 12))
        self.setFixedSize(QSize(size + 8, size + 8))
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self.read)
        self.refresh()

    def set_text(self, text: str, lang: str | None = None, key: str | None = None) -> None:
        if (text, lang or self._lang, self._key if key is None else key) != (
            self._text,
            self._lang,
            self._key,
        ):
            self._sounding = False  # another text: what it read is not this one
        self._text = text
        if lang is not None:
            self._lang = lang
        if key is not None:
            self._key = key
        self.refresh()

    def set_name(self, accessible_name: str) -> None:
        """A unique name for what it reads ("Läs upp: Trygg"), for screen readers."""
        self._name = accessible_name
        self.setAccessibleName(accessible_name)
        self.refresh()

    def refresh(self) -> None:
        has_text = bool(self._text.strip())
        usable = has_text and self._reader.available(self._lang, self._key)
        self._usable = usable
        self._reason = "" if usable else self._reader.unavailable_reason(self._lang, self._key)
        if not usable:
            self._sounding = False
        self.setEnabled(usable)
        self.setIcon(speaker_icon(self._size, crossed=bool(self._reason)))
        self._say_state()
        if self.parentWidget() is not None or not has_text:
            self.setVisible(has_text)  # a parentless show() would open a window

    def said(self) -> str:
        """What it says of its state now (tooltip and description); "" when it is
        simply ready: its name says what it reads."""
        words = self._words
        if words is None:
            return self._reason  # no words of the listener's: the adult's note
        if self._reason:
            return words.off if self._reader.off else words.none
        return words.playing if self._sounding else ""

    def _say_state(self) -> None:
        said = self.said()
        self.setToolTip(said or self._name)
        if said != self.accessibleDescription():
            self.setAccessibleDescription(said)  # a screen reader hears the change

    @property
    def usable(self) -> bool:
        return self._usable

    @property
    def reason(self) -> str:
        """Why it cannot read, for the adult (the professional's language); "" when
        it can or it is still asking."""
        return self._reason

    @property
    def sounding(self) -> bool:
        """It reads (or plays) now, as far as the engine has said."""
        return self._sounding

    def _state(self, key: str, state: str) -> None:
        if key == self._key:
            self._sounding = state in ("speaking", "playing")
            self._say_state()

    def read(self) -> None:
        if self._sounding:
            self._sounding = False
            self._reader.stop()
        else:
            self._sounding = self._reader.speak(self._key, self._text, self._lang)
        self._say_state()

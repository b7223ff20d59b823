"""Read aloud: a speaker button per text, through QtTextToSpeech when it can.

QtTextToSpeech lives in PySide6-Addons, not in PySide6-Essentials. It is
imported lazily and every failure is a normal state: no module, no engine, no
voice for the language -> :meth:`Reader.can_read` is False and the
:class:`SpeakerButton` hides itself. Nothing ever waits for audio: ``say`` only
starts speech (MACHINE.md: with no sound card an engine may stay "speaking"
forever), and a new ``say`` stops the previous one.

``HJULET_TTS_ENGINE`` picks an engine by name (tests use Qt's ``mock`` engine);
otherwise Qt's default engine is used.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QToolButton, QWidget

log = logging.getLogger("hjulet.gui.speech")

ENGINE_ENV = "HJULET_TTS_ENGINE"


def _speech_module() -> Any | None:
    try:
        from PySide6 import QtTextToSpeech  # in PySide6-Addons only
    except ImportError:
        return None
    return QtTextToSpeech


class Reader(QObject):
    """One text-to-speech engine for the process, created on first use."""

    _instance: Reader | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tried = False
        self._engine: Any | None = None
        self._locales: dict[str, Any] = {}

    @classmethod
    def shared(cls) -> Reader:
        if cls._instance is None:
            cls._instance = Reader()
        return cls._instance

    def _ensure(self) -> Any | None:
        if self._tried:
            return self._engine
        self._tried = True
        # QtTextToSpeech loads QtMultimedia, which probes for PipeWire and warns when it
        # is missing; speech does not need it
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
        module = _speech_module()
        if module is None:
            log.info("read aloud is off: QtTextToSpeech is not installed")
            return None
        try:
            engines = list(module.QTextToSpeech.availableEngines())
            wanted = os.environ.get(ENGINE_ENV, "")
            if wanted and wanted not in engines:
                log.info("read aloud is off: engine %s is not available", wanted)
                return None
            if not engines:
                log.info("read aloud is off: no speech engine")
                return None
            engine = module.QTextToSpeech(wanted, self) if wanted else module.QTextToSpeech(self)
            if engine.state() == module.QTextToSpeech.State.Error:
                log.info("read aloud is off: the speech engine reports an error")
                return None
            self._engine = engine
        except Exception as exc:  # a broken engine must never break the screen
            log.info("read aloud is off (%s)", type(exc).__name__)
            self._engine = None
        return self._engine

    def _locale_for(self, lang: str) -> Any | None:
        if lang in self._locales:
            return self._locales[lang]
        engine = self._ensure()
        found = None
        if engine is not None:
            base = lang.split("-", 1)[0]
            want = QLocale(base).language()
            try:
                for locale in engine.availableLocales():
                    if locale.language() == want:
                        found = locale
                        break
            except Exception:
                found = None
            if found is not None:
                try:
                    engine.setLocale(found)
                    if not list(engine.availableVoices()):
                        found = None
                except Exception:
                    found = None
        self._locales[lang] = found
        return found

    def can_read(self, lang: str) -> bool:
        """True when an engine and a voice for ``lang`` exist."""
        return self._locale_for(lang) is not None

    def say(self, text: str, lang: str) -> bool:
        """Start reading ``text``; returns at once. False if it cannot read ``lang``."""
        locale = self._locale_for(lang)
        engine = self._engine
        if locale is None or engine is None:
            return False
        try:
            engine.stop()
            engine.setLocale(locale)
            engine.say(text)
        except Exception as exc:
            log.info("read aloud failed (%s)", type(exc).__name__)
            return False
        return True

    def stop(self) -> None:
        if self._engine is not None:
            try:
                self._engine.stop()
            except Exception as exc:
                log.info("stopping speech failed (%s)", type(exc).__name__)

    def engine_name(self) -> str:
        engine = self._ensure()
        if engine is None:
            return ""
        try:
            return str(engine.engine())
        except Exception:
            return ""


def speaker_icon(size: int = 48, colour: str = "#2E2A26") -> QIcon:
    """A loudspeaker with two sound waves, drawn (no image files)."""
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
    for r in (8.0, 15.0):
        p.drawArc(QRectF((26 - r) * s, (24 - r) * s, 2 * r * s, 2 * r * s), -45 * 16, 90 * 16)
    p.end()
    return QIcon(pix)


class SpeakerButton(QToolButton):
    """Reads one text aloud in one language; hidden when that cannot work."""

    def __init__(
        self,
        text: str,
        lang: str,
        accessible_name: str,
        parent: QWidget | None = None,
        reader: Reader | None = None,
        size: int = 48,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._lang = lang
        self._reader = reader or Reader.shared()
        self.setIcon(speaker_icon(size))
        self.setIconSize(QSize(size - 12, size - 12))
        self.setFixedSize(QSize(size + 8, size + 8))
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(accessible_name)
        self.setToolTip(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self.read)
        self.refresh()

    def set_text(self, text: str, lang: str | None = None) -> None:
        self._text = text
        if lang is not None:
            self._lang = lang
        self.refresh()

    def refresh(self) -> None:
        usable = bool(self._text.strip()) and self._reader.can_read(self._lang)
        self._usable = usable
        if self.parentWidget() is not None or not usable:
            self.setVisible(usable)  # a parentless show() would open a window

    @property
    def usable(self) -> bool:
        return self._usable

    def read(self) -> None:
        self._reader.say(self._text, self._lang)

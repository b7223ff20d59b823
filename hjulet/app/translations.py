"""Loading Qt translators: Hjulet's own catalogue and Qt's stock one.

Without the compiled ``hjulet_<lang>.qm`` (a source checkout that has not run
``make translations``) the ``.ts`` source is read instead, with the same reader
the command line and the PDFs use (``core.i18n.read_ts``): the app speaks the
same language as they do, never English by surprise.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from hjulet.core.errors import DefinitionError
from hjulet.core.i18n import CatalogueError, TsMessages, read_catalogue_source
from hjulet.core.resources import translations_dir

log = logging.getLogger("hjulet.i18n")

UI_LANGUAGES = ("sv", "en")


def i18n_dir() -> Path:
    return translations_dir()


_installed: list[QTranslator] = []


class SourceTranslator(QTranslator):
    """A translator over a ``.ts`` file's finished translations (no ``.qm`` needed)."""

    def __init__(self, messages: TsMessages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = messages

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self._messages.get((context, source, disambiguation or ""))
        if not forms:
            return ""  # not here: Qt asks the next translator, then shows the source
        # Swedish and English: the first form for one, the second for any other number
        return forms[1] if n >= 0 and n != 1 and len(forms) > 1 else forms[0]


def install_translators(lang: str) -> bool:
    """Install translators for ``lang``; returns False if Hjulet's catalogue is missing.

    English is the source language, so it needs no catalogue of our own.
    """
    app = QCoreApplication.instance()
    assert app is not None
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    found = lang == "en"
    ours = QTranslator(app)
    qm = i18n_dir() / f"hjulet_{lang}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    elif lang != "en" and not qm.exists():  # a source checkout: its .ts
        try:
            source = SourceTranslator(read_catalogue_source(lang, i18n_dir()), app)
        except (OSError, CatalogueError, DefinitionError) as exc:
            log.warning("no usable catalogue for %s: %s", lang, type(exc).__name__)
        else:
            app.installTranslator(source)
            _installed.append(source)
            found = not source.isEmpty()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    stock = QTranslator(app)
    if stock.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(stock)
        _installed.append(stock)
    return found


def uninstall_translators(locale: QLocale) -> None:
    """Remove the translators installed above and make ``locale`` the default again
    (tests that change the app's language put things back for the next one)."""
    app = QCoreApplication.instance()
    if app is not None:
        for tr in _installed:
            app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(locale)

"""Loading Qt translators: Hjulet's own catalogue and Qt's stock one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hjulet.core.resources import translations_dir

UI_LANGUAGES = ("sv", "en")


def i18n_dir() -> Path:
    return translations_dir()


_installed: list[QTranslator] = []


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
    if ours.load(str(i18n_dir() / f"hjulet_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
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

"""Language names for pickers, from the one registry (``core.languages``).

Every combo box that offers a child's language, and every label that names one,
goes through ``language_name``: the language's own name with its name in the
professional's language, e.g. "Soomaali – somaliska".
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from hjulet.core import languages


def ui_language() -> str:
    """The professional's UI language: Swedish, or English (the source language).

    The app sets the default locale to the UI language at start; any locale
    that is not Swedish shows the English source texts.
    """
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def language_name(code: str) -> str:
    return languages.display_name(code, ui_language())


def language_in_ui(code: str) -> str:
    """The language's name in the professional's language only ("somaliska")."""
    return languages.get(code).name_in(ui_language())

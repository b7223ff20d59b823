"""Language names for pickers, from the one registry (``core.languages``).

Every combo box that offers a child's language, and every label that names one,
goes through ``language_name``: the language's own name with its name in the
professional's language, e.g. "Soomaali – somaliska".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hjulet.app.translations import UI_LANGUAGES
from hjulet.core import languages


def ui_language() -> str:
    """The professional's UI language: the language of the words on the screen.

    The installed catalogue says which language it is (its translation of this
    one message is its language code), so the answer follows the words shown,
    not the locale: "sv" with the Swedish catalogue, "en" when the English source
    texts show (no catalogue of ours, or a catalogue that does not say).
    Everything that picks a language for the professional (language names, the
    organisation's concern routine) asks here.
    """
    code = QCoreApplication.translate(
        "UiLanguage", "en", "the language code of this translation (sv for Swedish)"
    )
    return code if code in UI_LANGUAGES else "en"


def language_name(code: str) -> str:
    return languages.display_name(code, ui_language())


def language_in_ui(code: str) -> str:
    """The language's name in the professional's language only ("somaliska")."""
    return languages.get(code).name_in(ui_language())

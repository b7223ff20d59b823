"""Language names for pickers, from the one registry (``core.languages``).

Every combo box that offers a child's language, and every label that names one,
goes through ``language_name``: the language's own name with its name in the
professional's language, e.g. "Soomaali – somaliska".
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from hjulet.core import languages


def ui_language() -> str:
    """The professional's UI language (set as the default locale at start)."""
    return QLocale().name().split("_", 1)[0] or "sv"


def language_name(code: str) -> str:
    return languages.display_name(code, ui_language())


def fill_language_box(box: QComboBox, codes: list[str] | tuple[str, ...]) -> None:
    """Put ``codes`` into ``box``, each labelled from the registry, data = the code."""
    for code in codes:
        box.addItem(language_name(code), code)

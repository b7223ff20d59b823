"""Bundled fonts: registered once so every script draws on a machine with no fonts.

docs/DESIGN.md, Fonts: a bare machine may have no fonts at all, and a frozen app then draws
every letter as an empty box. ``register_fonts()`` adds the TTFs shipped in
``resources/fonts`` to Qt's font database (once per process); ``font_for(lang)``
picks the family that covers a language's script.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from hjulet.core import languages
from hjulet.core.resources import resources_dir

SANS = languages.SANS.family
ARABIC = languages.NASKH.family
ETHIOPIC = languages.ETHIOPIC.family

FONT_FILES = (
    *(
        name
        for f in (languages.SANS, languages.NASKH, languages.ETHIOPIC)
        for name in (f.regular, f.bold)
    ),
    "NotoSans-Italic.ttf",
)
# What the first screen draws with (Swedish or English words); the other scripts'
# fonts are added once it is on screen, or when first asked for
UI_FONT_FILES = (languages.SANS.regular, languages.SANS.bold)


_registered: tuple[str, ...] | None = None
_families: list[str] = []  # every family added so far, in order
_added: set[str] = set()  # the files added so far


def _add(names: tuple[str, ...]) -> None:
    base = resources_dir() / "fonts"
    for name in names:
        if name in _added:
            continue
        _added.add(name)
        font_id = QFontDatabase.addApplicationFont(str(base / name))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _families:
                _families.append(family)


def register_ui_fonts() -> None:
    """Add the fonts of the user interface's own words only (the app's first screen)."""
    if _registered is None:
        _add(UI_FONT_FILES)


def register_fonts() -> tuple[str, ...]:
    """Add the bundled fonts to Qt (only the first call does work).

    Returns the family names Qt reports for them. Needs a QGuiApplication.
    A missing or unreadable file is skipped: the app still runs with what the
    system has.
    """
    global _registered
    if _registered is not None:
        return _registered
    _add(FONT_FILES)
    _registered = tuple(_families)
    return _registered


def family_for(lang: str) -> str:
    """The bundled family that covers ``lang``'s script (from the language registry)."""
    return languages.get(lang).font.family


def font_for(lang: str, pixel_size: int | None = None, bold: bool = False) -> QFont:
    """A QFont for text in ``lang``: the family the language registry names for it.

    Noto Sans stays as a fallback family, so digits and Latin text mixed into
    another script still draw.
    """
    register_fonts()
    family = family_for(lang)
    font = QFont()
    font.setFamilies([family, SANS] if family != SANS else [SANS])
    if pixel_size is not None:
        font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font

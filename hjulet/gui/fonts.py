"""Bundled fonts: registered once so every script draws on a machine with no fonts.

docs/DESIGN.md, Fonts: a bare machine may have no fonts at all, and a frozen app then draws
every letter as an empty box. ``register_fonts()`` adds the TTFs shipped in
``resources/fonts`` to Qt's font database (once per process); ``font_for(lang)``
picks the family that covers a language's script.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase

from hjulet.core.resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

# What the first screen draws with (Swedish or English words), added before it
# without reading the language registry (a test keeps these equal to its Noto Sans
# files); the other scripts' fonts are added once that screen is on screen, or when
# first asked for.
UI_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


def font_files() -> tuple[str, ...]:
    """Every bundled font file: each script's regular and bold, and Noto Sans italic."""
    from hjulet.core import languages

    return (
        *(
            name
            for f in (languages.SANS, languages.NASKH, languages.ETHIOPIC)
            for name in (f.regular, f.bold)
        ),
        "NotoSans-Italic.ttf",
    )


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
    _add(font_files())
    _registered = tuple(_families)
    return _registered


def family_for(lang: str) -> str:
    """The bundled family that covers ``lang``'s script (from the language registry)."""
    from hjulet.core import languages

    return languages.get(lang).font.family


def font_for(lang: str, pixel_size: int | None = None, bold: bool = False) -> QFont:
    """A QFont for text in ``lang``: the family the language registry names for it.

    Noto Sans stays as a fallback family, so digits and Latin text mixed into
    another script still draw.
    """
    from hjulet.core.languages import SANS

    register_fonts()
    family = family_for(lang)
    sans = SANS.family
    from PySide6.QtGui import QFont  # on use: the first screen makes no font of its own

    font = QFont()
    font.setFamilies([family, sans] if family != sans else [sans])
    if pixel_size is not None:
        font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font

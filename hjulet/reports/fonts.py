"""The bundled fonts, registered with reportlab once, and a font per script.

Hjulet must print on a machine with no fonts installed, so every PDF uses the
TTFs shipped in ``resources/fonts`` (Noto Sans, Noto Naskh Arabic, Noto Sans
Ethiopic). reportlab embeds a subset of each TrueType font it draws with, so the
PDF opens with the right glyphs anywhere.

``runs()`` splits a string into pieces that one font can draw: Arabic letters go
to Naskh, Ge'ez to Noto Sans Ethiopic, everything else to Noto Sans. Neutral
characters (spaces, digits, punctuation) stay in the font of the run around
them when that font has the glyph, so an Arabic sentence is not chopped into
tiny runs at every space.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hjulet.core import languages
from hjulet.core.resources import resources_dir


class Script(StrEnum):
    LATIN = "latin"  # and everything Noto Sans covers (Cyrillic, Greek, ...)
    ARABIC = "arabic"
    ETHIOPIC = "ethiopic"


@dataclass(frozen=True)
class _Face:
    regular: str
    bold: str
    italic: str


# reportlab font name -> file name in resources/fonts
_FILES: dict[str, str] = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSans-Italic": "NotoSans-Italic.ttf",
    "NotoNaskhArabic": "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold": "NotoNaskhArabic-Bold.ttf",
    "NotoSansEthiopic": "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold": "NotoSansEthiopic-Bold.ttf",
}

FACES: dict[Script, _Face] = {
    Script.LATIN: _Face("NotoSans", "NotoSans-Bold", "NotoSans-Italic"),
    Script.ARABIC: _Face("NotoNaskhArabic", "NotoNaskhArabic-Bold", "NotoNaskhArabic"),
    Script.ETHIOPIC: _Face("NotoSansEthiopic", "NotoSansEthiopic-Bold", "NotoSansEthiopic"),
}

# The PDF font of each script in the language registry (Cyrillic is in Noto Sans).
_FROM_REGISTRY: dict[languages.Script, Script] = {
    languages.Script.LATIN: Script.LATIN,
    languages.Script.CYRILLIC: Script.LATIN,
    languages.Script.ARABIC: Script.ARABIC,
    languages.Script.ETHIOPIC: Script.ETHIOPIC,
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            "NotoSans",
            normal="NotoSans",
            bold="NotoSans-Bold",
            italic="NotoSans-Italic",
            boldItalic="NotoSans-Bold",
        )
        _registered = True


def script_of_char(ch: str) -> Script | None:
    """The script a character belongs to, or None for neutral characters."""
    cp = ord(ch)
    if (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    ):
        # Arabic digits and punctuation are Arabic-script too, which is what we want.
        return Script.ARABIC
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
        return Script.ETHIOPIC
    if ch.isalpha():
        return Script.LATIN
    return None


def script_for_language(lang: str) -> Script:
    """The PDF font script for ``lang``, from the language registry."""
    return _FROM_REGISTRY[languages.get(lang).script]


def font_file_for_language(lang: str, *, bold: bool = False) -> str:
    """The reportlab font name the copy uses for ``lang``'s own letters."""
    return font_name(script_for_language(lang), bold=bold)


def font_name(script: Script, *, bold: bool = False, italic: bool = False) -> str:
    face = FACES[script]
    if bold:
        return face.bold
    return face.italic if italic else face.regular


@lru_cache(maxsize=16)
def _cmap(name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def has_glyph(name: str, ch: str) -> bool:
    return ord(ch) in _cmap(name)


def runs(
    text: str, *, bold: bool = False, italic: bool = False, prefer: Script = Script.LATIN
) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, piece) runs, each drawable by one font."""
    register_fonts()
    out: list[tuple[str, str]] = []
    current = prefer
    for ch in text:
        script = script_of_char(ch)
        if script is None:
            name = font_name(current, bold=bold, italic=italic)
            if not has_glyph(name, ch):
                name = font_name(Script.LATIN, bold=bold, italic=italic)
        else:
            current = script
            name = font_name(script, bold=bold, italic=italic)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def text_width(
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    prefer: Script = Script.LATIN,
) -> float:
    """Width in points of ``text`` drawn with the per-script fonts."""
    return float(
        sum(
            pdfmetrics.stringWidth(piece, name, size)
            for name, piece in runs(text, bold=bold, italic=italic, prefer=prefer)
        )
    )

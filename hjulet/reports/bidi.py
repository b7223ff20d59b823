"""Text for PDFs in any direction: shaped, wrapped, reordered, drawn line by line.

reportlab 5 cannot lay out right-to-left paragraphs from PyPI packages alone
(docs/DESIGN.md, Right-to-left text in PDFs): its own bidi needs ``rlbidi``, and
reordering a whole paragraph with python-bidi puts the wrapped lines in reverse
order. So every piece of user text in Hjulet's PDFs goes through this module instead:

1. clean it (``hjulet.core.text.clean``: no control or bidi-override characters),
2. reshape Arabic letters into their joined presentation forms (arabic_reshaper),
3. wrap by measured width **in logical order** (the order the child typed),
4. reorder each line on its own with python-bidi ``get_display``, using the
   paragraph's base direction (UAX #9: the first strong character decides),
5. draw each line with a font per script run, right-aligned for right-to-left
   paragraphs.

Digits and Latin words inside Arabic keep their left-to-right order because the
bidi algorithm runs per line on the shaped text. No reportlab Paragraph markup
is ever parsed, so ``&``, ``<`` and ``>`` in user text print as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import arabic_reshaper
from bidi import get_display
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from hjulet.core.text import BIDI_CONTROLS, clean, first_strong_is_rtl
from hjulet.reports.fonts import Script, register_fonts, runs, script_of_char, text_width

Align = Literal["left", "right", "center", "start", "end"]

_TOKENS = re.compile(r"\s+|\S+")


def has_arabic(text: str) -> bool:
    return any(script_of_char(ch) is Script.ARABIC for ch in text)


# Default-ignorable joiners: they choose letter forms while shaping, then are not drawn
# (reportlab draws a glyph for every character; Noto Naskh's ZWNJ glyph is a visible bar).
_JOINERS = str.maketrans("", "", "\u200c\u200d")


def shape(text: str) -> str:
    """Arabic letters in their joined forms; other text unchanged.

    A zero-width non-joiner (Persian, Dari) keeps the letters on each side apart
    while shaping and is then dropped, since nothing should be drawn for it.
    """
    if not has_arabic(text):
        return text
    return str(arabic_reshaper.reshape(text)).translate(_JOINERS)


LRI, PDI = "\u2066", "\u2069"


def ltr_isolate(text: str) -> str:
    """Mark our own left-to-right pieces (dates, codes) so RTL text cannot reorder them.

    Use it only on text Hjulet composes, after cleaning any user text inside: user
    text never keeps bidi controls (``clean`` removes them).
    """
    return f"{LRI}{text}{PDI}"


def visual(line: str, rtl: bool) -> str:
    """One already wrapped, shaped line in display (left-to-right drawing) order."""
    if not line:
        return line
    if not rtl and first_strong_is_rtl(line) is None and not has_arabic(line):
        return _strip_controls(line)
    result = get_display(line, base_dir="R" if rtl else "L")
    return _strip_controls(result if isinstance(result, str) else line)


def _strip_controls(text: str) -> str:
    if any(ch in BIDI_CONTROLS for ch in text):
        return "".join(ch for ch in text if ch not in BIDI_CONTROLS)
    return text


def wrap_logical(
    text: str,
    width: float,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    prefer: Script = Script.LATIN,
) -> list[str]:
    """Greedy wrap of one paragraph (no newlines) by measured width, in logical order."""
    lines: list[str] = []
    line = ""
    line_w = 0.0
    space_w: dict[str, float] = {}

    def measure(piece: str) -> float:
        if piece.isspace():
            if piece not in space_w:
                space_w[piece] = text_width(piece, size, bold=bold, italic=italic, prefer=prefer)
            return space_w[piece]
        return text_width(piece, size, bold=bold, italic=italic, prefer=prefer)

    for token in _TOKENS.findall(text):
        if token.isspace():
            if line:
                line += token
                line_w += measure(token)
            continue
        w = measure(token)
        if line and line_w + w <= width:
            line += token
            line_w += w
            continue
        if line.strip():
            lines.append(line.rstrip())
        line, line_w = "", 0.0
        if w <= width:
            line, line_w = token, w
            continue
        # A word wider than the line: break it between characters.
        for ch in token:
            cw = measure(ch)
            if line and line_w + cw > width:
                lines.append(line)
                line, line_w = "", 0.0
            line += ch
            line_w += cw
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def draw_visual(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    color: Color = black,
    prefer: Script = Script.LATIN,
) -> float:
    """Draw visual-order text starting at x; return its width."""
    start = x
    canv.setFillColor(color)
    for name, piece in runs(text, bold=bold, italic=italic, prefer=prefer):
        canv.setFont(name, size)
        canv.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
    return x - start


def _resolve(align: Align, rtl: bool) -> Literal["left", "right", "center"]:
    if align == "start":
        return "right" if rtl else "left"
    if align == "end":
        return "left" if rtl else "right"
    return align


def draw_text(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    align: Align = "left",
    bold: bool = False,
    italic: bool = False,
    color: Color = black,
    rtl: bool | None = None,
    composed: bool = False,
) -> float:
    """Draw one line of logical-order text anchored at x (left, right or centre).

    ``rtl=None`` takes the direction from the text itself. ``composed=True`` keeps
    bidi isolates that Hjulet itself put in (see ``ltr_isolate``); user text is
    always cleaned first. Returns the width.
    """
    logical = shape(text if composed else clean(text))
    if rtl is None:
        rtl = bool(first_strong_is_rtl(logical))
    prefer = Script.ARABIC if has_arabic(logical) else Script.LATIN
    vis = visual(logical, rtl)
    w = text_width(vis, size, bold=bold, italic=italic, prefer=prefer)
    where = _resolve(align, rtl)
    if where == "right":
        x -= w
    elif where == "center":
        x -= w / 2
    return draw_visual(canv, x, y, vis, size, bold=bold, italic=italic, color=color, prefer=prefer)


@dataclass(frozen=True)
class Line:
    text: str  # visual order, ready to draw
    rtl: bool
    prefer: Script


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    leading: float = 0.0  # 0: 1.35 x size
    bold: bool = False
    italic: bool = False
    color: Color = black
    align: Align = "start"
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    rtl: bool | None = None  # None: each paragraph's first strong character decides
    bar: Color | None = None  # a vertical bar at the paragraph's start edge
    backdrop: Color | None = None  # a background behind the whole block

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.35


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph flowable for any script; wraps in logical order, splits across pages."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        _lines: Sequence[Line] | None = None,
        _width: float | None = None,
        _first: bool = True,
        _last: bool = True,
        composed: bool = False,
    ) -> None:
        """``composed=True``: the text was built by Hjulet from cleaned parts and may
        hold ``ltr_isolate`` marks; otherwise it is cleaned here."""
        super().__init__()
        register_fonts()
        if _lines is not None:
            self.text = ""
        elif composed:
            self.text = text.replace("\t", "    ")
        else:
            self.text = clean(text.replace("\t", "    "), multiline=True)
        self.style = style
        self._lines: list[Line] | None = list(_lines) if _lines is not None else None
        self._lines_width = _width
        self._first = _first  # space_before only on the first piece of a split
        self._last = _last  # space_after only on the last piece

    # reportlab calls wrap() with the frame width, possibly more than once.
    def _layout(self, avail_width: float) -> list[Line]:
        width = max(10.0, avail_width - self.style.left_indent - self.style.right_indent)
        if self._lines is not None and (self._lines_width is None or self._lines_width == width):
            return self._lines
        st = self.style
        out: list[Line] = []
        for para in self.text.split("\n"):
            logical = shape(para)
            rtl = st.rtl if st.rtl is not None else bool(first_strong_is_rtl(logical))
            prefer = Script.ARABIC if has_arabic(logical) else Script.LATIN
            for piece in wrap_logical(
                logical, width, st.size, bold=st.bold, italic=st.italic, prefer=prefer
            ):
                out.append(Line(visual(piece, rtl), rtl, prefer))
        self._lines = out
        self._lines_width = width
        return out

    @property
    def lines(self) -> list[Line]:
        return list(self._lines or [])

    def _top_space(self) -> float:
        return self.style.space_before if self._first else 0.0

    def _bottom_space(self) -> float:
        return self.style.space_after if self._last else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = self._top_space() + len(lines) * self.style.line_height
        self.height += self._bottom_space()
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        lines = self._layout(avail_width)
        fit = int((avail_height - self._top_space() + 1e-6) // self.style.line_height)
        if fit < 1 or fit >= len(lines):
            return []  # nothing fits, or only the space after does not: next frame
        width = self._lines_width
        return [
            TextBlock(
                "", self.style, _lines=lines[:fit], _width=width, _first=self._first, _last=False
            ),
            TextBlock(
                "", self.style, _lines=lines[fit:], _width=width, _first=False, _last=self._last
            ),
        ]

    def draw(self) -> None:
        st = self.style
        canv = self.canv
        inner_left = st.left_indent
        inner_right = self.width - st.right_indent
        top = self.height - self._top_space()
        bottom = self._bottom_space()
        if st.backdrop is not None:
            canv.saveState()
            canv.setFillColor(st.backdrop)
            canv.rect(0, bottom, self.width, top - bottom, stroke=0, fill=1)
            canv.restoreState()
        if st.bar is not None:
            rtl_block = bool(self._lines and self._lines[0].rtl)
            bar_w = 2.2
            bx = self.width - bar_w if rtl_block else 0.0
            canv.saveState()
            canv.setFillColor(st.bar)
            canv.rect(bx, bottom, bar_w, top - bottom, stroke=0, fill=1)
            canv.restoreState()
        y = top - st.size * 1.05
        for line in self._lines or []:
            where = _resolve(st.align, line.rtl)
            w = text_width(line.text, st.size, bold=st.bold, italic=st.italic, prefer=line.prefer)
            if where == "right":
                x = inner_right - w
            elif where == "center":
                x = (inner_left + inner_right - w) / 2
            else:
                x = inner_left
            draw_visual(
                canv,
                x,
                y,
                line.text,
                st.size,
                bold=st.bold,
                italic=st.italic,
                color=st.color,
                prefer=line.prefer,
            )
            y -= st.line_height

"""The wheel as vector graphics in a PDF, from the same geometry as the screen.

``hjulet.core.geometry.WheelGeometry`` gives every shape in unit coordinates
with y downwards; here a unit point (ux, uy) becomes (cx + ux*r, cy - uy*r) on
the reportlab canvas (y upwards). Each answer fills its sector from the centre
outward like a pie slice. Answers that are not levels get their own marks, the
same pictures as on the screen's wheel and in every legend (one picture per
meaning: :func:`draw_refusal_swatch` is the legends' key):

* declined ("Vill inte svara"): the sector hatched, with a crossed-out speech
  bubble,
* don't know ("Vet inte"): the sector dotted, with a question mark in a circle,
* not asked, or not shown: the pale empty sector.

An optional adult mark (the adult's own view, never averaged with the child's)
is a dark dashed arc at the adult's level. The adult's refusal is a tag, as on
the screen's wheel (:func:`draw_refusal_tag`): the adult's letter in a dark disc
on the rim, and beside it, towards the hub, the refusal's own mark (the crossed
speech bubble or the circled question mark); it never fills the sector, as only
the child's refusal does. Area icons come from ``hjulet.core.icons``, shared with
the screen.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from hjulet.core.geometry import Point, WheelGeometry
from hjulet.core.icons import Icon, area_icon
from hjulet.core.model import Answer, AnswerKind
from hjulet.core.text import clean, first_strong_is_rtl
from hjulet.core.wheel import WheelDefinition
from hjulet.reports.bidi import (
    draw_visual,
    has_arabic,
    shape,
    visual,
    wrap_logical,
)
from hjulet.reports.fonts import Script, register_fonts, runs, text_width

INK = HexColor("#2B2B2B")
MUTED = HexColor("#6B6B6B")
RING = HexColor("#FFFFFF")
ADULT = HexColor("#1F1F1F")


def tint(colour: Color, amount: float) -> Color:
    """Mix ``colour`` with white: amount 0 keeps it, 1 gives white."""
    return Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


def _path(
    canv: Canvas, pts: Sequence[Point], cx: float, cy: float, r: float, close: bool = True
) -> object:
    p = canv.beginPath()
    first = True
    for ux, uy in pts:
        x, y = cx + ux * r, cy - uy * r
        if first:
            p.moveTo(x, y)
            first = False
        else:
            p.lineTo(x, y)
    if close:
        p.close()
    return p


def draw_icon(canv: Canvas, icon: Icon, x: float, y_top: float, size: float, colour: Color) -> None:
    """Draw a core icon in the box with top-left (x, y_top) and side ``size``."""
    canv.saveState()
    canv.setStrokeColor(colour)
    canv.setFillColor(colour)
    canv.setLineWidth(max(0.4, icon.stroke_width * size))
    canv.setLineCap(1)
    canv.setLineJoin(1)
    for flat in icon.paths():
        p = canv.beginPath()
        for i, (u, v) in enumerate(flat.points):
            px, py = x + u * size, y_top - v * size
            if i == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        if flat.closed:
            p.close()
        canv.drawPath(p, stroke=1 if flat.stroke else 0, fill=1 if flat.fill else 0)
    canv.restoreState()


def _pictured_glyph(canv: Canvas, x: float, y: float, text: str) -> None:
    """``text`` centred at (x, y) as part of a picture (a tag's letter, the "?" of the
    "does not know" mark): drawn, but marked as standing for no text (an empty
    ActualText span), so a copy, a search or a screen reader does not get a lone
    "Y" or "?" between the page's words; what the pictures say is in words beside
    them (the legend, the answers listed under the wheel)."""
    canv.addLiteral("/Span <</ActualText ()>> BDC")
    canv.drawCentredString(x, y, text)
    canv.addLiteral("EMC")


def draw_declined_mark(canv: Canvas, x: float, y: float, s: float, colour: Color) -> None:
    """A small speech bubble, crossed out: "does not want to answer" (as on screen)."""
    canv.saveState()
    lw = max(0.6, s * 0.1)
    canv.setLineWidth(lw)
    canv.setLineJoin(1)
    canv.setLineCap(1)
    canv.setStrokeColor(colour)
    canv.setFillColor(white)
    w, h = s, s * 0.72
    left, bottom = x - w / 2, y - h / 2 + s * 0.08
    canv.roundRect(left, bottom, w, h, h * 0.35, stroke=1, fill=1)
    # the tail below the body: white over the body's edge, then its two sides
    tail = canv.beginPath()
    tail.moveTo(left + w * 0.25, bottom + lw)
    tail.lineTo(left + w * 0.2, bottom - s * 0.22)
    tail.lineTo(left + w * 0.45, bottom + lw)
    tail.close()
    canv.drawPath(tail, stroke=0, fill=1)
    canv.line(left + w * 0.25, bottom, left + w * 0.2, bottom - s * 0.22)
    canv.line(left + w * 0.2, bottom - s * 0.22, left + w * 0.45, bottom)
    canv.line(left - s * 0.08, bottom - s * 0.12, left + w + s * 0.08, bottom + h + s * 0.12)
    canv.restoreState()


def draw_refusal_swatch(
    canv: Canvas, kind: str, x: float, y: float, w: float, h: float, colour: Color
) -> None:
    """A legend's key for "declined" or "dont_know" in the box at (x, y) (bottom left),
    ``w`` x ``h``: hatched or dotted, with its mark, as the wheel draws the sector."""
    canv.saveState()
    box = canv.beginPath()
    box.rect(x, y, w, h)
    canv.setFillColor(tint(colour, 0.9) if kind == "declined" else white)
    canv.setStrokeColor(tint(colour, 0.5))
    canv.setLineWidth(0.5)
    canv.drawPath(box, stroke=1, fill=1)
    clip = canv.beginPath()
    clip.rect(x, y, w, h)
    side = max(w, h)
    cx, cy = x + w / 2, y + h / 2
    if kind == "declined":
        _hatch(canv, clip, cx, cy, side * 0.75, tint(colour, 0.45))
    else:
        _dots(canv, clip, (x, y, x + w, y + h), side * 0.75, tint(colour, 0.45))
    mark = min(w, h) * 0.62
    if kind == "declined":
        draw_declined_mark(canv, cx, cy, mark, colour)
    else:
        draw_dont_know_mark(canv, cx, cy, mark, colour)
    canv.restoreState()


def draw_dont_know_mark(canv: Canvas, x: float, y: float, s: float, colour: Color) -> None:
    """A question mark in a circle: "does not know"."""
    canv.saveState()
    canv.setFillColor(white)
    canv.setStrokeColor(colour)
    canv.setLineWidth(max(0.6, s * 0.1))
    canv.circle(x, y, s / 2, stroke=1, fill=1)
    canv.setFillColor(colour)
    canv.setFont("NotoSans-Bold", s * 0.72)
    _pictured_glyph(canv, x, y - s * 0.26, "?")
    canv.restoreState()


TAG_SYMBOL = 2.3  # a tag's mark's side, in its badge's radii


def refusal_tag_angle(r: float, badge: float) -> float:
    """How far (degrees) a tag whose badge has radius ``badge``, on the rim of a
    wheel of radius ``r``, must stand from a sector's edge to lie wholly inside:
    its widest part (the mark, whose outline reaches about 0.62 of its side from its
    centre) seen from the hub at the mark's innermost point, and a stroke's air."""
    s = badge * TAG_SYMBOL
    half = max(badge * 1.1, s * 0.62) + max(0.4, badge * 0.2)
    inner = r - (badge * 0.35 + s * 0.5) - s * 0.62
    return math.degrees(math.atan2(half, max(inner, half)))


def draw_refusal_tag(
    canv: Canvas,
    x: float,
    y: float,
    inward: tuple[float, float],
    r: float,
    colour: Color,
    letter: str,
    declined: bool,
) -> None:
    """Another view's refusal, as the screen draws it: ``letter`` (whose) in a disc
    of radius ``r`` at (x, y) and, overlapped by it, in the direction ``inward`` (a unit
    vector, y up), the refusal's mark outlined in ``colour``."""
    s = r * TAG_SYMBOL  # the screen's tag: the symbol 2.3 badge radii wide, and the
    gap = r * 0.35 + s * 0.5  # badge overlapping its edge
    mx, my = x + inward[0] * gap, y + inward[1] * gap
    if declined:
        draw_declined_mark(canv, mx, my, s, colour)
    else:
        draw_dont_know_mark(canv, mx, my, s, colour)
    canv.saveState()
    canv.setFillColor(colour)
    canv.setStrokeColor(white)
    canv.setLineWidth(max(0.4, r * 0.2))
    canv.circle(x, y, r, stroke=1, fill=1)
    canv.setFillColor(white)
    size = r * 1.15 if len(letter) == 1 else r * 0.95
    canv.setFont("NotoSans-Bold", size)
    _pictured_glyph(canv, x, y - size * 0.36, letter)
    canv.restoreState()


def _hatch(canv: Canvas, clip: object, cx: float, cy: float, r: float, colour: Color) -> None:
    canv.saveState()
    canv.clipPath(clip, stroke=0, fill=0)
    canv.setStrokeColor(colour)
    canv.setLineWidth(max(0.5, r * 0.012))
    step = max(2.5, r * 0.06)
    k = -2 * r
    while k < 2 * r:
        canv.line(cx + k, cy - r, cx + k + 2 * r, cy + r)
        k += step
    canv.restoreState()


def _dots(
    canv: Canvas,
    clip: object,
    bounds: tuple[float, float, float, float],
    r: float,
    colour: Color,
) -> None:
    """Dots across ``clip`` (within ``bounds``: x0, y0, x1, y1), every other row
    shifted by half, as the screen dots "don't know"."""
    canv.saveState()
    canv.clipPath(clip, stroke=0, fill=0)
    canv.setFillColor(colour)
    step = max(3.0, r * 0.07)
    dot = max(0.45, r * 0.011)
    x0, y0, x1, y1 = bounds
    row = 0
    y = y0
    while y <= y1 + step:
        x = x0 + (step / 2 if row % 2 else 0.0)
        while x <= x1 + step:
            canv.circle(x, y, dot, stroke=0, fill=1)
            x += step
        y += step * 0.866
        row += 1
    canv.restoreState()


@dataclass(frozen=True)
class WheelSpec:
    """What to draw: the definition, the scale size and the answers to show."""

    definition: WheelDefinition
    n_levels: int
    lang: str
    answers: Mapping[str, Answer] = field(default_factory=dict)  # only what may be shown
    adult: Mapping[str, Answer] = field(default_factory=dict)  # optional adult marks
    adult_badge: str = "A"  # the letter on the adult's refusal tags (the screen's)
    rtl: bool = False  # mirrored layout: areas run anticlockwise
    labels: bool = True
    icons: bool = True
    label_size: float = 8.5
    blank: bool = False  # a sheet to colour in: rings drawn clearly, nothing filled

    def geometry(self) -> WheelGeometry:
        return WheelGeometry(len(self.definition.areas), self.n_levels, clockwise=not self.rtl)


def draw_wheel(canv: Canvas, cx: float, cy: float, r: float, spec: WheelSpec) -> None:
    """Draw the wheel centred at (cx, cy) with outer radius ``r`` (points)."""
    register_fonts()
    geo = spec.geometry()
    canv.saveState()
    canv.setLineJoin(1)
    tags: list[tuple[float, float, tuple[float, float], float, bool]] = []
    for i, area in enumerate(spec.definition.areas):
        colour = HexColor(area.colour)
        answer = spec.answers.get(area.id, Answer())
        # pale background of the whole sector, rings in white
        canv.setFillColor(tint(colour, 0.93 if spec.blank else 0.82))
        canv.setStrokeColor(tint(colour, 0.35) if spec.blank else RING)
        canv.setLineWidth(0.9 if spec.blank else 0.7)
        for level in range(1, geo.n_levels + 1):
            band = geo.band(i, geo.ring_radius(level - 1), geo.ring_radius(level))
            canv.drawPath(_path(canv, band, cx, cy, r), stroke=1, fill=1)
        if answer.kind is AnswerKind.LEVEL and answer.level is not None:
            level = min(answer.level, geo.n_levels)
            canv.setFillColor(colour)
            canv.setStrokeColor(RING)
            canv.setLineWidth(0.7)
            canv.drawPath(_path(canv, geo.fill(i, level), cx, cy, r), stroke=1, fill=1)
            # ring lines inside the fill, so the level can be counted
            canv.setStrokeColor(tint(colour, 0.45))
            canv.setLineWidth(0.5)
            for k in range(1, level):
                arc = geo.band(i, geo.ring_radius(k), geo.ring_radius(k))[:25]
                canv.drawPath(_path(canv, arc, cx, cy, r, close=False), stroke=1, fill=0)
        elif answer.kind is AnswerKind.DECLINED:
            sector = _path(canv, geo.band(i, geo.hub, 1.0), cx, cy, r)
            _hatch(canv, sector, cx, cy, r, tint(colour, 0.35))
            mx, my = geo.sector_centre(i, (geo.n_levels + 1) / 2)
            draw_declined_mark(canv, cx + mx * r, cy - my * r, r * 0.16, INK)
        elif answer.kind is AnswerKind.DONT_KNOW:
            band = geo.band(i, geo.hub, 1.0)
            sector = _path(canv, band, cx, cy, r)
            xs = [cx + ux * r for ux, _uy in band]
            ys = [cy - uy * r for _ux, uy in band]
            _dots(canv, sector, (min(xs), min(ys), max(xs), max(ys)), r, tint(colour, 0.35))
            mx, my = geo.sector_centre(i, (geo.n_levels + 1) / 2)
            draw_dont_know_mark(canv, cx + mx * r, cy - my * r, r * 0.16, INK)
        adult = spec.adult.get(area.id)
        if adult is not None and adult.kind is AnswerKind.LEVEL and adult.level is not None:
            rr = geo.ring_radius(min(adult.level, geo.n_levels))
            arc = geo.band(i, rr, rr)[:25]
            canv.setStrokeColor(ADULT)
            canv.setLineWidth(max(1.2, r * 0.025))
            canv.setDash(max(2.0, r * 0.04), max(1.5, r * 0.03))
            canv.drawPath(_path(canv, arc, cx, cy, r, close=False), stroke=1, fill=0)
            canv.setDash()
        elif adult is not None and adult.kind in (AnswerKind.DECLINED, AnswerKind.DONT_KNOW):
            # where the screen puts it: on the rim, at the start of the sector's inset
            # arc (a level's badge goes at its end), or further in, so that the whole
            # tag (larger than the screen's, to be read on paper) is inside its sector
            badge = max(4.0, r * 0.07)
            inset = max(geo.span * 0.12, refusal_tag_angle(r, badge))
            angle = geo.sector_start(i) + geo.gap_deg / 2 + inset
            ux, uy = geo.point(angle, 1.0)
            declined = adult.kind is AnswerKind.DECLINED
            tags.append((cx + ux * r, cy - uy * r, (-ux, uy), badge, declined))
    # over every sector, so the next sector's ground never covers a tag's edge
    for x, y, inward, badge, declined in tags:
        draw_refusal_tag(canv, x, y, inward, badge, ADULT, spec.adult_badge, declined)
    # the hub: the child is in the middle
    canv.setFillColor(white)
    canv.setStrokeColor(HexColor("#BDBDBD"))
    canv.setLineWidth(0.8)
    canv.circle(cx, cy, geo.hub * r, stroke=1, fill=1)
    if spec.icons:
        s = geo.hub * r * 1.2
        draw_icon(canv, area_icon("child"), cx - s / 2, cy + s / 2, s, MUTED)
    if spec.labels:
        _draw_labels(canv, cx, cy, r, spec, geo)
    canv.restoreState()


# Where the area names go. Each name is a block (its icon and its lines) beside the
# wheel: on the right for the areas on the right half, on the left for the others.
# A block never touches another, the wheel's sectors or the refusal tags on the rim,
# and never leaves the box it is laid out in (a flowable's: the legend, the heading
# and the page's edge are outside it). Long names wrap onto more lines, blocks on
# one side push each other apart, and where that is not enough the names get smaller.

LEADING = 1.2  # a label's line height, in font sizes
RIM_CLEAR = 0.08  # blocks keep this share of the radius, at least 4.5 pt, off the rim
# (a refusal tag's disc on the rim reaches 0.07 radii, at least 4 pt, and its edge)
SMALLEST = 0.6  # names shrink to this share of their size at most


@dataclass(frozen=True)
class LabelBlock:
    """One area's name beside the wheel: ``lines`` (shaped, logical order) in a block
    whose edge nearer the wheel is at ``x`` (``side`` 1: the block is right of ``x``;
    -1: left of it), from ``top`` down by ``height`` (points, y up)."""

    index: int
    side: int
    lines: tuple[str, ...]
    rtl: bool
    prefer: Script
    size: float
    icon: float  # the icon's side, 0 without icons
    text_width: float
    ascent: float  # the fonts' reach above the first baseline and below the last
    descent: float
    x: float = 0.0
    top: float = 0.0

    @property
    def text_height(self) -> float:
        return self.ascent + self.descent + (len(self.lines) - 1) * self.size * LEADING

    @property
    def height(self) -> float:
        return max(self.text_height, self.icon)

    @property
    def width(self) -> float:
        return self.icon + (4.0 if self.icon else 0.0) + self.text_width

    def box(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1), y up."""
        x0 = self.x if self.side > 0 else self.x - self.width
        return x0, self.top - self.height, x0 + self.width, self.top


def _shaped(text: str) -> tuple[str, bool, Script]:
    logical = shape(clean(text))
    prefer = Script.ARABIC if has_arabic(logical) else Script.LATIN
    return logical, bool(first_strong_is_rtl(logical)), prefer


def _measure(text: str, size: float) -> float:
    logical, _rtl, prefer = _shaped(text)
    return text_width(logical, size, bold=True, prefer=prefer)


def _column(spec: WheelSpec, size: float, width: float | None, height: float | None) -> float:
    """How wide a name's lines may be: the longest name on one line when it fits in a
    moderate share of the width, else wrapped, but never breaking a word that fits."""
    names = [_shaped(a.label_in(spec.lang)) for a in spec.definition.areas]
    widest = max((text_width(t, size, bold=True, prefer=p) for t, _r, p in names), default=0.0)
    if width is None:
        return widest
    word = max(
        (text_width(w, size, bold=True, prefer=p) for t, _r, p in names for w in t.split()),
        default=0.0,
    )
    icon = size * 1.7 + 4 if spec.icons else 0.0
    wheel = min(width * 0.16, (height or width) / 2)  # the wheel keeps at least this radius
    most = max(size * 4, width / 2 - icon - 2 - wheel - max(wheel * RIM_CLEAR, 4.5))
    return min(widest, max(width * 0.22, word), most)


def _blocks(spec: WheelSpec, size: float, column: float) -> list[LabelBlock]:
    geo = spec.geometry()
    out = []
    for i, area in enumerate(spec.definition.areas):
        logical, rtl, prefer = _shaped(area.label_in(spec.lang))
        lines = tuple(wrap_logical(logical, column + 0.01, size, bold=True, prefer=prefer))
        ux, uy = geo.label_anchor(i, 1.0)
        side = 1 if ux > 1e-6 else -1 if ux < -1e-6 else (1 if uy < 0 else -1)
        w = max((text_width(ln, size, bold=True, prefer=prefer) for ln in lines), default=0.0)
        icon = size * 1.7 if spec.icons else 0.0
        reach = [
            getAscentDescent(name, size)
            for ln in lines
            for name, _piece in runs(ln, bold=True, prefer=prefer)
        ] or [getAscentDescent("NotoSans-Bold", size)]
        ascent = max(a for a, _d in reach)
        descent = max(-d for _a, d in reach)
        out.append(LabelBlock(i, side, lines, rtl, prefer, size, icon, w, ascent, descent))
    return out


def _stack(
    blocks: list[LabelBlock], ideal: dict[int, float], gap: float, low: float, high: float
) -> list[LabelBlock] | None:
    """One side's blocks, top to bottom, as near their ideal centres as they can be
    without touching each other, within [low, high]; None if they cannot fit."""
    order = sorted(blocks, key=lambda b: -ideal[b.index])
    if sum(b.height for b in order) + gap * (len(order) - 1) > high - low + 1e-6:
        return None
    tops = []
    limit = high
    for b in order:  # downwards: below the one above, below the box's top
        top = min(ideal[b.index] + b.height / 2, limit)
        tops.append(top)
        limit = top - b.height - gap
    floor = low
    for k in range(len(order) - 1, -1, -1):  # upwards: above the one below, the box's bottom
        tops[k] = max(tops[k], floor + order[k].height)
        floor = tops[k] + gap
    return [replace(b, top=t) for b, t in zip(order, tops, strict=True)]


def layout_labels(
    spec: WheelSpec,
    cx: float,
    cy: float,
    r: float,
    size: float,
    column: float,
    box: tuple[float, float, float, float] | None = None,
) -> list[LabelBlock] | None:
    """Every area's block for a wheel at (cx, cy) of radius ``r``, in ``box`` (x0, y0,
    x1, y1; None: anywhere), or None when they do not fit in it."""
    geo = spec.geometry()
    blocks = _blocks(spec, size, column)
    ideal = {}
    for b in blocks:
        _ux, uy = geo.label_anchor(b.index, 1.06)
        ideal[b.index] = cy - uy * r
    low, high = (box[1], box[3]) if box else (-1e9, 1e9)
    gap = size * 0.25
    reach = r + max(r * RIM_CLEAR, 4.5) + 1.0
    placed: list[LabelBlock] = []
    for side in (1, -1):
        stacked = _stack([b for b in blocks if b.side == side], ideal, gap, low, high)
        if stacked is None:
            return None
        for b in stacked:
            y0, y1 = b.top - b.height, b.top
            near = 0.0 if y0 <= cy <= y1 else min(abs(y0 - cy), abs(y1 - cy))
            clear = math.sqrt(reach * reach - near * near) if near < reach else 1.0
            placed.append(replace(b, x=cx + side * clear))
    if box is not None:
        for b in placed:
            x0, _y0, x1, _y1 = b.box()
            if x0 < box[0] - 1e-6 or x1 > box[2] + 1e-6:
                return None
    return sorted(placed, key=lambda b: b.index)


def fit_wheel(
    spec: WheelSpec, width: float, height: float, r_most: float
) -> tuple[float, list[LabelBlock]]:
    """The largest radius (at most ``r_most``) and the largest label size for a wheel
    centred in a ``width`` x ``height`` box whose labels all fit in the box."""
    cx, cy, box = width / 2, height / 2, (0.0, 0.0, width, height)
    if not spec.labels:
        return max(20.0, r_most), []
    size = spec.label_size
    while True:
        last = size <= spec.label_size * SMALLEST
        column = _column(spec, size, width, height)
        best = _largest(spec, cx, cy, size, column, box, r_most)
        one_line = _column(spec, size, None, None)
        if best is not None and one_line > column:
            # every name on one line, where that costs the wheel nothing
            whole = _largest(spec, cx, cy, size, one_line, box, r_most)
            if whole is not None and whole[0] >= best[0] - 0.5:
                best = whole
        if best is not None:
            return best
        if last:  # nothing fits: the smallest names, unclamped
            r = min(20.0, r_most)
            return r, layout_labels(spec, cx, cy, r, size, column) or []
        size = max(spec.label_size * SMALLEST, size * 0.92)


def _largest(
    spec: WheelSpec,
    cx: float,
    cy: float,
    size: float,
    column: float,
    box: tuple[float, float, float, float],
    r_most: float,
) -> tuple[float, list[LabelBlock]] | None:
    """The largest radius (up to ``r_most``) whose labels fit in ``box``, or None."""
    low, high = min(20.0, r_most), r_most
    if layout_labels(spec, cx, cy, low, size, column, box) is None:
        return None
    top = layout_labels(spec, cx, cy, high, size, column, box)
    if top is not None:
        return high, top
    for _ in range(18):
        mid = (low + high) / 2
        if layout_labels(spec, cx, cy, mid, size, column, box) is None:
            high = mid
        else:
            low = mid
    blocks = layout_labels(spec, cx, cy, low, size, column, box)
    return (low, blocks) if blocks is not None else None


def draw_labels(canv: Canvas, spec: WheelSpec, blocks: Sequence[LabelBlock]) -> None:
    """Draw laid-out label blocks: the icon at the edge nearer the wheel, the lines
    beside it, aligned towards the wheel, centred on the icon's height."""
    for b in blocks:
        area = spec.definition.areas[b.index]
        colour = HexColor(area.colour)
        ink = Color(colour.red * 0.55, colour.green * 0.55, colour.blue * 0.55)
        mid = b.top - b.height / 2
        if b.icon:
            ix = b.x + 1 if b.side > 0 else b.x - b.icon - 1
            draw_icon(canv, area_icon(area.icon), ix, mid + b.icon / 2, b.icon, ink)
        edge = b.x + b.side * (b.icon + 4 if b.icon else 0.0)
        y = mid + b.text_height / 2 - b.ascent  # the first baseline
        for line in b.lines:
            vis = visual(line, b.rtl)
            w = text_width(vis, b.size, bold=True, prefer=b.prefer)
            x = edge if b.side > 0 else edge - w
            draw_visual(canv, x, y, vis, b.size, bold=True, color=ink, prefer=b.prefer)
            y -= b.size * LEADING


def _draw_labels(
    canv: Canvas, cx: float, cy: float, r: float, spec: WheelSpec, geo: WheelGeometry
) -> None:
    size = spec.label_size
    blocks = layout_labels(spec, cx, cy, r, size, _column(spec, size, None, None)) or []
    draw_labels(canv, spec, blocks)


class WheelFlowable(Flowable):  # type: ignore[misc]
    """The wheel as a platypus flowable: ``width`` x ``height``, centred in the frame."""

    def __init__(self, spec: WheelSpec, height: float, max_width: float | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.wheel_height = height
        self.max_width = max_width

    def _fit(self) -> tuple[float, list[LabelBlock]]:
        vertical = self.spec.label_size * 3.2 if self.spec.labels else 4.0
        r_most = max(20.0, min(self.wheel_height / 2 - vertical, self.width / 2 - 4.0))
        return fit_wheel(self.spec, self.width, self.wheel_height, r_most)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(avail_width, self.max_width or avail_width)
        self.height = self.wheel_height
        return self.width, self.height

    def draw(self) -> None:
        r, blocks = self._fit()
        draw_wheel(self.canv, self.width / 2, self.height / 2, r, replace(self.spec, labels=False))
        draw_labels(self.canv, self.spec, blocks)

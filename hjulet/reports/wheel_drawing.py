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
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from hjulet.core.geometry import Point, WheelGeometry
from hjulet.core.icons import Icon, area_icon
from hjulet.core.model import Answer, AnswerKind
from hjulet.core.wheel import WheelDefinition
from hjulet.reports.bidi import draw_text, has_arabic, shape
from hjulet.reports.fonts import Script, register_fonts, text_width

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


def _draw_labels(
    canv: Canvas, cx: float, cy: float, r: float, spec: WheelSpec, geo: WheelGeometry
) -> None:
    size = spec.label_size
    icon_s = size * 1.7
    for i, area in enumerate(spec.definition.areas):
        ux, uy = geo.label_anchor(i, 1.06)
        x, y = cx + ux * r, cy - uy * r
        text = area.label_in(spec.lang)
        colour = HexColor(area.colour)
        ink = Color(colour.red * 0.55, colour.green * 0.55, colour.blue * 0.55)
        if abs(ux) < 0.2:  # top or bottom: centred, icon beside the text
            ty = y + size * 0.4 if uy < 0 else y - size * 1.3
            w = _measure(text, size)
            total = icon_s + 3 + w
            left = x - total / 2
            if spec.icons:
                draw_icon(canv, area_icon(area.icon), left, ty + icon_s * 0.72, icon_s, ink)
                draw_text(
                    canv, left + icon_s + 3, ty, text, size, bold=True, color=ink, align="left"
                )
            else:
                draw_text(canv, x, ty, text, size, bold=True, color=ink, align="center")
            continue
        ty = y - size * 0.35 + (-uy) * size * 0.6
        if ux > 0:  # right side: text starts after the icon
            if spec.icons:
                draw_icon(canv, area_icon(area.icon), x + 1, ty + icon_s * 0.72, icon_s, ink)
                x += icon_s + 4
            draw_text(canv, x, ty, text, size, bold=True, color=ink, align="left")
        else:  # left side: text ends before the icon
            if spec.icons:
                draw_icon(
                    canv, area_icon(area.icon), x - icon_s - 1, ty + icon_s * 0.72, icon_s, ink
                )
                x -= icon_s + 4
            draw_text(canv, x, ty, text, size, bold=True, color=ink, align="right")


def _measure(text: str, size: float) -> float:
    shaped = shape(text)
    prefer = Script.ARABIC if has_arabic(shaped) else Script.LATIN
    return text_width(shaped, size, bold=True, prefer=prefer)


def label_margin(spec: WheelSpec) -> float:
    """Horizontal room (points) the labels need on each side of the wheel."""
    widest = max(
        (_measure(a.label_in(spec.lang), spec.label_size) for a in spec.definition.areas),
        default=0.0,
    )
    icon = spec.label_size * 1.7 + 4 if spec.icons else 0.0
    return widest + icon + 6 if spec.labels else 4.0


class WheelFlowable(Flowable):  # type: ignore[misc]
    """The wheel as a platypus flowable: ``width`` x ``height``, centred in the frame."""

    def __init__(self, spec: WheelSpec, height: float, max_width: float | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.wheel_height = height
        self.max_width = max_width

    def _radius(self, avail_width: float) -> float:
        margin = label_margin(self.spec)
        vertical = self.spec.label_size * 3.2 if self.spec.labels else 4.0
        by_height = self.wheel_height / 2 - vertical
        by_width = avail_width / 2 - margin
        return max(20.0, min(by_height, by_width))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(avail_width, self.max_width or avail_width)
        self.height = self.wheel_height
        return self.width, self.height

    def draw(self) -> None:
        r = self._radius(self.width)
        draw_wheel(self.canv, self.width / 2, self.height / 2, r, self.spec)

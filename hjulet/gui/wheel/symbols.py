"""The small figures painted on the wheel.

The area icons (:func:`draw_icon`, also used by child mode), the "don't want to
say" and "don't know" symbols, the viewpoint badges on the marks, the refusal tags (a
viewpoint's badge with the refusal's symbol beside it), and the line style that
tells each guardian's mark apart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPolygonF, QTransform

from hjulet.core.icons import Icon
from hjulet.gui.theme import WheelPalette
from hjulet.gui.wheel._qt import _colour, _pen

# Each guardian's mark differs from the others, from the professional's (solid) and from
# the guardian's answer as the professional noted it (dash-dot) in line pattern as well
# as colour, so it reads in grey print and for colour-blind eyes.
GUARDIAN_MARK_STYLES: tuple[Qt.PenStyle, ...] = (
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotDotLine,
)


def guardian_mark_style(pal: WheelPalette, index: int) -> tuple[str, Qt.PenStyle]:
    colours = (pal.guardian_1_mark, pal.guardian_2_mark, pal.guardian_3_mark)
    n = index % len(GUARDIAN_MARK_STYLES)
    return colours[n], GUARDIAN_MARK_STYLES[n]


def draw_icon(painter: QPainter, icon: Icon, box: QRectF, colour: str) -> None:
    """Draw a core icon (unit box, y down) into ``box`` in one colour."""
    size = min(box.width(), box.height())
    ox = box.center().x() - size / 2
    oy = box.center().y() - size / 2
    pen = _pen(colour, max(1.0, icon.stroke_width * size))
    brush = QBrush(_colour(colour))
    to_box = QTransform(size, 0.0, 0.0, size, ox, oy)
    painter.save()
    for unit, closed, stroke, fill in _icon_polygons(icon):
        poly = to_box.map(unit)
        painter.setPen(pen if stroke else Qt.PenStyle.NoPen)
        painter.setBrush(brush if fill else Qt.BrushStyle.NoBrush)
        if closed:
            painter.drawPolygon(poly)
        else:
            painter.drawPolyline(poly)
    painter.restore()


# by the icon's identity (hashing a frozen icon hashes all its points); the
# icon is kept with its polygons, so its id cannot be reused
_ICONS: dict[int, tuple[Icon, list[tuple[QPolygonF, bool, bool, bool]]]] = {}


def _icon_polygons(icon: Icon) -> list[tuple[QPolygonF, bool, bool, bool]]:
    """An icon's flattened paths in its unit box: (polygon, closed, stroke, fill)."""
    cached = _ICONS.get(id(icon))
    if cached is None or cached[0] is not icon:
        if len(_ICONS) > 256:
            _ICONS.clear()
        polys = [
            (QPolygonF([QPointF(x, y) for x, y in f.points]), f.closed, f.stroke, f.fill)
            for f in icon.paths()
        ]
        cached = _ICONS[id(icon)] = (icon, polys)
    return cached[1]


# the speech bubble's outline by size, about (0, 0): uniting the tail with the body
# costs about 0.1 ms, and a wheel draws the same sizes again and again
_BUBBLES: dict[float, QPainterPath] = {}


def _bubble(size: float) -> QPainterPath:
    bubble = _BUBBLES.get(size)
    if bubble is None:
        if len(_BUBBLES) > 64:
            _BUBBLES.clear()
        w, h = size, size * 0.72
        body = QRectF(-w / 2, -h / 2 - size * 0.08, w, h)
        bubble = QPainterPath()
        bubble.addRoundedRect(body, h * 0.35, h * 0.35)
        tail = QPolygonF(
            [
                QPointF(body.left() + w * 0.25, body.bottom() - 1),
                QPointF(body.left() + w * 0.2, body.bottom() + size * 0.22),
                QPointF(body.left() + w * 0.45, body.bottom() - 1),
            ]
        )
        tail_path = QPainterPath()
        tail_path.addPolygon(tail)
        tail_path.closeSubpath()
        bubble = _BUBBLES[size] = bubble.united(tail_path)
    return bubble


def _declined_symbol(
    painter: QPainter,
    centre: QPointF,
    size: float,
    pal: WheelPalette,
    ink: str | None = None,
    fill: str | None = None,
) -> None:
    """A small speech bubble, crossed out: "I don't want to say" (``ink``, ``fill``:
    colours other than the child's refusal's, for another view's tag)."""
    bubble = _bubble(size).translated(centre)
    w, h = size, size * 0.72
    body = QRectF(centre.x() - w / 2, centre.y() - h / 2 - size * 0.08, w, h)
    lw = max(1.5, size * 0.09) * pal.line_scale
    painter.save()
    painter.setPen(_pen(ink or pal.declined_symbol, lw))
    painter.setBrush(_colour(fill or pal.declined_fill))
    painter.drawPath(bubble)
    painter.drawLine(
        QPointF(body.left() - size * 0.08, body.bottom() + size * 0.12),
        QPointF(body.right() + size * 0.08, body.top() - size * 0.12),
    )
    painter.restore()


def _dont_know_symbol(
    painter: QPainter,
    centre: QPointF,
    size: float,
    pal: WheelPalette,
    lang_font: QFont,
    ink: str | None = None,
    fill: str | None = None,
) -> None:
    """A question mark in a circle: "I don't know" (``ink``, ``fill``: as
    :func:`_declined_symbol`'s)."""
    ink = ink or pal.dont_know_symbol
    painter.save()
    painter.setPen(_pen(ink, max(1.5, size * 0.08) * pal.line_scale))
    painter.setBrush(_colour(fill or pal.dont_know_fill))
    painter.drawEllipse(centre, size / 2, size / 2)
    font = QFont(lang_font)
    font.setPixelSize(max(8, round(size * 0.7)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(_colour(ink))
    box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
    painter.restore()


def _badge(
    painter: QPainter,
    centre: QPointF,
    radius: float,
    fill: str,
    text: str,
    pal: WheelPalette,
    font: QFont,
) -> None:
    painter.save()
    painter.setPen(_pen(pal.background, max(1.0, radius * 0.2)))
    painter.setBrush(_colour(fill))
    painter.drawEllipse(centre, radius, radius)
    f = QFont(font)
    f.setPixelSize(max(7, round(radius * 1.15)))
    f.setBold(True)
    painter.setFont(f)
    painter.setPen(_colour(pal.badge_text))
    painter.drawText(
        QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
        Qt.AlignmentFlag.AlignCenter,
        text,
    )
    painter.restore()


def refusal_tag_size(radius: float) -> float:
    """The side of the refusal's symbol in a tag whose badge has ``radius``."""
    return radius * 2.3


def refusal_symbol_offset(radius: float) -> float:
    """How far the symbol's centre is from the badge's in a tag whose badge has
    ``radius``: the badge overlaps the symbol's edge, so the two read as one."""
    return radius * 0.35 + refusal_tag_size(radius) / 2


def refusal_tag_length(radius: float) -> float:
    """From the badge's outer edge to the symbol's far edge."""
    return radius + refusal_symbol_offset(radius) + refusal_tag_size(radius) / 2


Disc = tuple[QPointF, float]  # a centre and a radius


def refusal_tag_discs(end: QPointF, inward: QPointF, radius: float) -> tuple[Disc, Disc]:
    """Where a tag whose badge has ``radius`` at ``end`` (its symbol towards
    ``inward``) paints, as two discs: its badge's, with its outline, and its
    symbol's (the crossed bubble's outline reaches about 0.62 of the symbol's side
    from its centre; only the ends of its crossing line poke out)."""
    gap = refusal_symbol_offset(radius)
    at = QPointF(end.x() + inward.x() * gap, end.y() + inward.y() * gap)
    return (end, radius * 1.1), (at, refusal_tag_size(radius) * 0.62)


def discs_meet(a: Disc, b: Disc) -> float:
    """How deep two discs overlap (0.0: apart or touching)."""
    d = a[0] - b[0]
    depth: float = a[1] + b[1] - (d.x() * d.x() + d.y() * d.y()) ** 0.5
    return max(0.0, depth)


def refusal_tag(
    painter: QPainter,
    end: QPointF,
    inward: QPointF,
    radius: float,
    colour: str,
    text: str,
    declined: bool,
    pal: WheelPalette,
    font: QFont,
) -> None:
    """Another view's refusal on the wheel: its badge (whose: "A", "G1") at ``end``
    and, overlapping it towards the hub (``inward``: a unit vector), the refusal's own
    symbol, outlined in the view's colour: the crossed-out speech bubble for "does
    not want to answer", the circled question mark for "does not know". The child's
    refusal fills the whole sector; a tag never does, so the child's picture stays
    first and the views stay apart. Shape, not colour, tells the two refusals apart."""
    size = refusal_tag_size(radius)
    gap = refusal_symbol_offset(radius)
    at = QPointF(end.x() + inward.x() * gap, end.y() + inward.y() * gap)
    if declined:
        _declined_symbol(painter, at, size, pal, ink=colour, fill=pal.background)
    else:
        _dont_know_symbol(painter, at, size, pal, font, ink=colour, fill=pal.background)
    _badge(painter, end, radius, colour, text, pal, font)

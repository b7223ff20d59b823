"""Area icons and scale faces as backend-neutral vector data.

The same data is drawn by Qt on screen (``gui/wheel/symbols.py``) and by
reportlab in the PDF, so an icon looks the same everywhere.

Structure (deliberately small):

* An :class:`Icon` is a list of primitives in a **unit box**: (0, 0) is the
  top-left corner, (1, 1) the bottom-right, y grows **downwards** (the PDF
  flips y, exactly as for :mod:`hjulet.core.geometry`).
* Primitives are :class:`Polyline` (open or ``closed``), :class:`Circle` and
  :class:`Arc`. Each has ``stroke`` and ``fill`` flags. Icons are single-colour:
  a stroke and a fill both use the icon's one colour; the backend chooses it.
* Stroke width is ``Icon.stroke_width`` in box units (scale it with the box);
  lines use round caps and joins.
* :class:`Arc` angles are in degrees **clockwise from 12 o'clock** (y down),
  the same convention as ``WheelGeometry.point``.
* A backend that only draws polygons can call :meth:`Icon.paths`, which turns
  every primitive into a :class:`FlatPath` (a point list with ``closed``,
  ``stroke`` and ``fill``): draw each in order and you are done.

Use :func:`area_icon` for an area's ``icon`` id (unknown ids get a neutral
fallback, never an error) and :func:`face_icon` for a scale step's ``face``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]

STROKE = 0.075  # default stroke width in box units


@dataclass(frozen=True)
class Polyline:
    points: tuple[Point, ...]
    closed: bool = False
    stroke: bool = True
    fill: bool = False


@dataclass(frozen=True)
class Circle:
    centre: Point
    radius: float
    stroke: bool = True
    fill: bool = False


@dataclass(frozen=True)
class Arc:
    """An open circular arc: ``sweep`` degrees clockwise from ``start``."""

    centre: Point
    radius: float
    start: float
    sweep: float
    stroke: bool = True
    fill: bool = False  # a filled arc is closed by its chord


Primitive = Polyline | Circle | Arc


@dataclass(frozen=True)
class FlatPath:
    """A primitive flattened to points: what a polygon-only backend draws."""

    points: tuple[Point, ...]
    closed: bool
    stroke: bool
    fill: bool


def _at(centre: Point, radius: float, angle_deg: float) -> Point:
    a = math.radians(angle_deg)
    return (centre[0] + radius * math.sin(a), centre[1] - radius * math.cos(a))


def arc_points(centre: Point, radius: float, start: float, sweep: float, steps: int) -> list[Point]:
    """Points along an arc (clockwise from 12 o'clock, y down)."""
    n = max(2, steps)
    return [_at(centre, radius, start + sweep * i / n) for i in range(n + 1)]


@dataclass(frozen=True)
class Icon:
    name: str
    primitives: tuple[Primitive, ...]
    stroke_width: float = STROKE

    def paths(self, segments: int = 32) -> list[FlatPath]:
        """Every primitive as a point list, in drawing order."""
        out: list[FlatPath] = []
        for p in self.primitives:
            if isinstance(p, Polyline):
                out.append(FlatPath(p.points, p.closed, p.stroke, p.fill))
            elif isinstance(p, Circle):
                pts = arc_points(p.centre, p.radius, 0.0, 360.0, segments)[:-1]
                out.append(FlatPath(tuple(pts), True, p.stroke, p.fill))
            else:
                steps = max(2, round(segments * abs(p.sweep) / 360.0))
                pts = arc_points(p.centre, p.radius, p.start, p.sweep, steps)
                out.append(FlatPath(tuple(pts), p.fill, p.stroke, p.fill))
        return out


def _round_top(x0: float, x1: float, top: float, steps: int = 8) -> list[Point]:
    """A half circle over [x0, x1] whose highest point is ``top`` (left to right)."""
    r = (x1 - x0) / 2
    c = ((x0 + x1) / 2, top + r)
    return arc_points(c, r, 270.0, 180.0, steps)


# --- area icons -------------------------------------------------------------


def _shield() -> Icon:
    outline = [
        (0.5, 0.08),
        (0.84, 0.2),
        (0.83, 0.46),
        (0.77, 0.64),
        (0.66, 0.78),
        (0.5, 0.92),
        (0.34, 0.78),
        (0.23, 0.64),
        (0.17, 0.46),
        (0.16, 0.2),
    ]
    tick = ((0.34, 0.5), (0.46, 0.62), (0.67, 0.38))
    return Icon("shield", (Polyline(tuple(outline), closed=True), Polyline(tick)))


def _heart() -> Icon:
    pts: list[Point] = []
    for i in range(48):
        t = 2 * math.pi * i / 48
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        pts.append((0.5 + x / 40.0, 0.47 - y / 38.0))
    return Icon("heart", (Polyline(tuple(pts), closed=True),))


def _leaf(a: Point, b: Point, bulge: float, steps: int = 10) -> list[Point]:
    """A lens from ``a`` to ``b``: two quadratic curves bulging either side."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    nx, ny = -dy * bulge, dx * bulge
    pts: list[Point] = []
    for sign in (1.0, -1.0):
        cx, cy = mx + sign * nx, my + sign * ny
        seq = range(steps + 1) if sign > 0 else range(steps - 1, 0, -1)
        for i in seq:
            t = i / steps
            u = 1 - t
            pts.append(
                (
                    u * u * a[0] + 2 * u * t * cx + t * t * b[0],
                    u * u * a[1] + 2 * u * t * cy + t * t * b[1],
                )
            )
    return pts


def _sprout() -> Icon:
    stem = Polyline(((0.5, 0.88), (0.5, 0.36)))
    left_leaf = Polyline(tuple(_leaf((0.5, 0.62), (0.16, 0.4), 0.32)), closed=True, fill=True)
    right_leaf = Polyline(tuple(_leaf((0.5, 0.44), (0.84, 0.18), 0.32)), closed=True, fill=True)
    ground = Polyline(((0.24, 0.88), (0.76, 0.88)))
    return Icon("sprout", (stem, left_leaf, right_leaf, ground))


def _home() -> Icon:
    house = Polyline(((0.2, 0.9), (0.2, 0.48), (0.5, 0.18), (0.8, 0.48), (0.8, 0.9)), closed=True)
    roof = Polyline(((0.1, 0.56), (0.5, 0.14), (0.9, 0.56)))
    door = Polyline(((0.42, 0.9), (0.42, 0.66), (0.58, 0.66), (0.58, 0.9)))
    return Icon("home", (house, roof, door))


def _ball() -> Icon:
    return Icon(
        "ball",
        (
            Circle((0.5, 0.5), 0.38),
            Arc((0.1, 0.5), 0.3, 45.0, 90.0),
            Arc((0.9, 0.5), 0.3, 225.0, 90.0),
            Polyline(((0.5, 0.12), (0.5, 0.88))),
        ),
    )


def _ear() -> Icon:
    outer = arc_points((0.52, 0.4), 0.28, 250.0, 230.0, 20)
    tail = [(0.6, 0.7), (0.54, 0.82), (0.44, 0.88), (0.34, 0.85)]
    inner = arc_points((0.52, 0.42), 0.12, 270.0, 200.0, 10)
    return Icon(
        "ear",
        (
            Polyline(tuple(outer + tail)),
            Polyline((*inner, (0.5, 0.6))),
        ),
    )


def _hand() -> Icon:
    # an open palm: four fingers with round tips, a thumb, a wrist
    fingers = ((0.26, 0.38, 0.36), (0.38, 0.5, 0.12), (0.5, 0.62, 0.1), (0.62, 0.74, 0.18))
    pts: list[Point] = [(0.3, 0.92), (0.26, 0.62)]
    for x0, x1, top in fingers:
        pts.append((x0, 0.5))
        pts.extend(_round_top(x0, x1, top))
        pts.append((x1, 0.5))
    # thumb, out to the right and back into the palm
    pts.extend([(0.74, 0.58), (0.84, 0.46)])
    pts.extend(arc_points((0.875, 0.5), 0.055, 315.0, 180.0, 6))
    pts.extend([(0.8, 0.72), (0.7, 0.92)])
    return Icon("hand", (Polyline(tuple(pts), closed=True),))


def _person(cx: float, cy: float, scale: float) -> tuple[Primitive, ...]:
    head = Circle((cx, cy), 0.11 * scale)
    shoulders = Arc((cx, cy + 0.36 * scale), 0.2 * scale, 270.0, 180.0)
    return head, shoulders


def _people() -> Icon:
    return Icon("people", (*_person(0.33, 0.36, 1.0), *_person(0.69, 0.42, 0.85)))


def _child() -> Icon:
    return Icon("child", _person(0.5, 0.36, 1.15))


def _fallback() -> Icon:
    return Icon("fallback", (Circle((0.5, 0.5), 0.34), Circle((0.5, 0.5), 0.1, fill=True)))


# --- scale faces ---------------------------------------------------------------


def _face(name: str, mouth: Primitive, extra: tuple[Primitive, ...] = ()) -> Icon:
    eyes = (
        Circle((0.37, 0.4), 0.05, stroke=False, fill=True),
        Circle((0.63, 0.4), 0.05, stroke=False, fill=True),
    )
    return Icon(name, (Circle((0.5, 0.5), 0.42), *eyes, mouth, *extra))


def _faces() -> dict[str, Icon]:
    return {
        "happy": _face("happy", Arc((0.5, 0.5), 0.22, 120.0, 120.0)),
        "content": _face("content", Arc((0.5, 0.44), 0.24, 140.0, 80.0)),
        "neutral": _face("neutral", Polyline(((0.36, 0.66), (0.64, 0.66)))),
        "unsure": _face(
            "unsure",
            Polyline(((0.34, 0.68), (0.43, 0.64), (0.52, 0.68), (0.6, 0.64), (0.67, 0.66))),
        ),
        "sad": _face("sad", Arc((0.5, 0.86), 0.22, 320.0, 80.0)),
    }


AREA_ICONS: dict[str, Icon] = {
    icon.name: icon
    for icon in (
        _shield(),
        _heart(),
        _sprout(),
        _home(),
        _ball(),
        _ear(),
        _hand(),
        _people(),
        _child(),
    )
}
FACE_ICONS: dict[str, Icon] = _faces()
FALLBACK_ICON: Icon = _fallback()


def area_icon(icon_id: str) -> Icon:
    """The icon for an area's ``icon`` id, or a neutral fallback for unknown ids."""
    return AREA_ICONS.get(icon_id, FALLBACK_ICON)


def face_icon(face: str) -> Icon | None:
    """The face for a scale step (sad, unsure, neutral, content, happy), or None."""
    return FACE_ICONS.get(face)

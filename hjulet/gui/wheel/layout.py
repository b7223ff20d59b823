"""Where the wheel sits in a rectangle, and its QPainterPaths.

:func:`wheel_layout` places the unit wheel of :class:`~hjulet.core.geometry.WheelGeometry`
(the geometry the PDF uses too) in pixels; :class:`WheelPaths` holds the paths for one
size, rebuilt on resize only.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Generator
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from hjulet.core.geometry import WheelGeometry
from hjulet.gui.fonts import font_for
from hjulet.gui.wheel.state import WheelState

Point = tuple[float, float]  # a point of the unit wheel (core.geometry)

# The wheel's outer radius as a fraction of the smaller side; the rest is for
# icons and labels around the rim.
RADIUS_FRACTION = 0.35
# Minimum depth of one ring, in device-independent pixels (touch target).
MIN_TARGET_PX = 44.0
# Polygon points per sector arc (for a 45° sector; wider sectors get more): each
# chord strays at most r (1 - cos(45° / 2 / SEGMENTS)) from the circle, 0.04 px at
# a radius of 280 px and 0.06 px at 400 (48 points drew and stroked twice the
# edges for nothing the eye can see)
SEGMENTS = 24


def segments_for(n_areas: int) -> int:
    """Polygon points per sector arc, so a one-area disc is as smooth as an eighth."""
    return max(SEGMENTS, math.ceil(SEGMENTS * 8 / max(1, n_areas)))


@dataclass(frozen=True)
class WheelLayout:
    """Where the unit wheel sits in a rectangle: centre and outer radius in pixels;
    ``push``: how much further out than the rim puts it each area's label block
    goes, sideways (by area index; none: 0), where a block beside the wheel
    would touch its neighbour above or below (``labels.room_steps``)."""

    cx: float
    cy: float
    radius: float
    side: float
    push: tuple[float, ...] = ()

    def pushed(self, index: int) -> float:
        """How much further out area ``index``'s label block goes, sideways."""
        return self.push[index] if index < len(self.push) else 0.0

    def to_px(self, p: Point) -> QPointF:
        return QPointF(self.cx + p[0] * self.radius, self.cy + p[1] * self.radius)

    def to_unit(self, x: float, y: float) -> Point:
        return ((x - self.cx) / self.radius, (y - self.cy) / self.radius)


def wheel_layout(rect: QRectF) -> WheelLayout:
    side = min(rect.width(), rect.height())
    centre = rect.center()
    return WheelLayout(centre.x(), centre.y(), max(1.0, side * RADIUS_FRACTION), side)


def min_side_for(n_levels: int, hub: float = WheelGeometry(1, 1).hub) -> int:
    """The smallest square side at which every ring is at least MIN_TARGET_PX deep."""
    radius = MIN_TARGET_PX * n_levels / (1.0 - hub)
    return math.ceil(radius / RADIUS_FRACTION)


def _fill_points(g: WheelGeometry, segments: int, index: int, level: int) -> list[Point]:
    """The pie slice of sector ``index`` from the hub to ring ``level``, with a
    corner on each straight side at every ring below: so the fills of two levels
    share the same sides up to the lower ring, edge for edge, and an antialiased
    fill paints the same pixels there whichever level it ends at (an edge's
    pixels depend on both its ends)."""
    start = g.sector_start(index) + g.gap_deg / 2
    end = g.sector_start(index) + g.span - g.gap_deg / 2
    angles = [start + (end - start) * t / segments for t in range(segments)] + [end]
    rings = [g.ring_radius(k) for k in range(1, level)]
    points = [g.point(a, g.ring_radius(level)) for a in angles]
    points += [g.point(end, r) for r in reversed(rings)]
    points += [g.point(a, g.hub) for a in reversed(angles)]
    points += [g.point(start, r) for r in rings]
    return points


def _arc_points(
    g: WheelGeometry, segments: int, index: int, radius: float, inset: float = 0.0
) -> list[Point]:
    """Points along the arc at ``radius`` in sector ``index`` (``inset``: fraction of span)."""
    start = g.sector_start(index) + g.gap_deg / 2 + g.span * inset
    end = g.sector_start(index) + g.span - g.gap_deg / 2 - g.span * inset
    steps = segments // 2
    return [g.point(start + (end - start) * t / steps, radius) for t in range(steps + 1)]


def _polygon_path(points: list[Point]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


UnitPaths = tuple[list[list[QPainterPath]], list[list[QPainterPath]], list[QPainterPath]]


@functools.lru_cache(maxsize=16)
def _unit_paths(g: WheelGeometry, segments: int) -> UnitPaths:
    """The fills, bands and rings of the unit wheel (centre 0, 0, radius 1): they
    depend on the geometry only, so every size scales the same ones (the
    returned paths are shared: never change them)."""
    n = g.n_levels
    fills = [
        [_polygon_path(_fill_points(g, segments, i, k)) for k in range(1, n + 1)]
        for i in range(g.n_areas)
    ]
    bands = [
        [
            _polygon_path(g.band(i, g.ring_radius(k - 1), g.ring_radius(k), segments))
            for k in range(1, n + 1)
        ]
        for i in range(g.n_areas)
    ]
    rings = []
    for i in range(g.n_areas):
        arcs = QPainterPath()
        for k in range(1, n):
            arcs.addPolygon(
                QPolygonF([QPointF(x, y) for x, y in _arc_points(g, segments, i, g.ring_radius(k))])
            )
        rings.append(arcs)
    return fills, bands, rings


class WheelPaths:
    """QPainterPaths for one size and shape of wheel; rebuilt on resize only."""

    def __init__(
        self, geometry: WheelGeometry, layout: WheelLayout, size: tuple[float, float] = (0, 0)
    ) -> None:
        self.geometry = geometry
        self.layout = layout
        self.size = size  # the rect size these paths were built for
        self.legend: tuple[str, ...] = ()  # the legend's rows the layout keeps room for
        self.roomy = False  # whether the layout keeps that room (and the labels apart)
        g = geometry
        self.segments = segments = segments_for(g.n_areas)
        self._arcs: dict[tuple[int, float, float], list[QPointF]] = {}
        self._arc_polygons: dict[tuple[int, float, float], QPolygonF] = {}
        self._strokes: dict[tuple[object, ...], QPainterPath] = {}
        # small pictures painted once for this size (the hub, the icons): sprites._sprite
        self.sprites: dict[tuple[object, ...], QImage] = {}
        # the shapes of the unit wheel (kept per geometry), scaled to this size
        fills, bands, rings = _unit_paths(g, segments)
        to_px = QTransform(layout.radius, 0.0, 0.0, layout.radius, layout.cx, layout.cy)
        # [area][level-1], hub..ring(level)
        self.fills = [[to_px.map(path) for path in row] for row in fills]
        # [area][level-1], ring(level-1)..ring(level)
        self.bands = [[to_px.map(path) for path in row] for row in bands]
        # [area]: the thin arcs between levels
        self.sector_rings = [to_px.map(path) for path in rings]
        self.outlines = QPainterPath()  # every sector's outline, stroked in one call
        if g.n_areas == 1:
            # a single area is a whole disc: its outline is a circle, with no seam at 12
            self.outlines.addEllipse(QPointF(layout.cx, layout.cy), layout.radius, layout.radius)
        else:
            for i in range(g.n_areas):
                self.outlines.addPath(self.fills[i][-1])
        hub_r = g.hub * layout.radius
        self.hub = QPainterPath()
        self.hub.addEllipse(QPointF(layout.cx, layout.cy), hub_r, hub_r)

    def stroke(self, key: tuple[object, ...], path: QPainterPath, pen: QPen) -> QPainterPath:
        """``path`` stroked with ``pen`` as a path to fill, kept for the next paint
        under ``key`` and the pen's width and style."""
        full = (*key, pen.widthF(), pen.style(), pen.capStyle(), pen.joinStyle())
        stroke = self._strokes.get(full)
        if stroke is None:
            if len(self._strokes) > 256:
                self._strokes.clear()
            stroke = self._strokes[full] = QPainterPathStroker(pen).createStroke(path)
        return stroke

    def sector(self, index: int) -> QPainterPath:
        return self.fills[index][-1]

    def arc(self, index: int, radius: float, inset: float = 0.0) -> list[QPointF]:
        """Points along the arc at ``radius`` in sector ``index`` (``inset``: fraction of
        span); kept for the next paint (the caller must not change the list)."""
        key = (index, radius, inset)
        points = self._arcs.get(key)
        if points is None:
            if len(self._arcs) > 512:
                self._arcs.clear()
            points = self._arcs[key] = self._arc(index, radius, inset)
        return points

    def arc_polygon(self, index: int, radius: float, inset: float = 0.0) -> QPolygonF:
        """:meth:`arc` as a polygon, kept for the next paint (not to be changed)."""
        key = (index, radius, inset)
        poly = self._arc_polygons.get(key)
        if poly is None:
            if len(self._arc_polygons) > 512:
                self._arc_polygons.clear()
            poly = self._arc_polygons[key] = QPolygonF(self.arc(index, radius, inset))
        return poly

    def _arc(self, index: int, radius: float, inset: float) -> list[QPointF]:
        return [
            self.layout.to_px(p)
            for p in _arc_points(self.geometry, self.segments, index, radius, inset)
        ]


# A wheel that gives way to its labels keeps at least this share of the smaller side.
FITTED_RADIUS_FRACTION = 0.22


def label_px_for(side: float, state: WheelState) -> int:
    """The area labels' pixel size in a wheel of this side."""
    return max(state.min_label_px, round(side * 0.022))


def radius_for_labels(state: WheelState, rect: QRectF, lay: WheelLayout) -> tuple[float, float]:
    """The largest radius (at most ``lay``'s) at which every area's name, and its
    second-language name, stands whole (see labels.label_limit), and the centre's
    x there: a name beside the wheel gets the room between the rim and the rect's
    edge on its side, so the wheel gives way to it, and moves off the middle
    towards the side whose names are shorter (the two sides' names differ: each
    gets what it needs); one above or below may be as wide as 0.95 of the radius,
    so the wheel may not shrink below that. Where no radius does both (or it would
    fall below FITTED_RADIUS_FRACTION of the side), the wheel keeps ``lay``'s
    radius and centre: a smaller wheel with names still shortened helps nobody."""
    g = state.geometry()
    px = label_px_for(lay.side, state)
    bold = QFont(font_for(state.language, px))
    bold.setBold(True)
    fm_label = QFontMetricsF(bold)
    small_px = max(state.min_label_px - 2, round(px * 0.8))
    second = state.second_language if state.second_language != state.language else None
    fm_second = QFontMetricsF(font_for(second, small_px)) if second else None
    lowest = lay.side * FITTED_RADIUS_FRACTION
    beside: list[tuple[float, float]] = []  # (signed dx, room the name needs)
    for i, area in enumerate(state.definition.areas):
        a = math.radians(g.mid_angle(i))
        dx, dy = math.sin(a), abs(math.cos(a))
        need = fm_label.horizontalAdvance(area.label_in(state.language)) + 4
        if fm_second is not None and second is not None:
            need = max(need, fm_second.horizontalAdvance(area.label_in(second)) + 4)
        if abs(dx) > 0.7:  # beside: room = its side's width - 1.05 r |dx| - 4 (2 px to spare)
            beside.append((dx, need + 6))
        elif dy > 0.7:  # above or below: room = min(0.95 r, width / 2 - 8)
            if need > rect.width() / 2 - 8:
                return lay.radius, lay.cx
            lowest = max(lowest, need / 0.95)

    def centres(r: float) -> tuple[float, float]:
        """The centre's x range at radius ``r`` that leaves each side its names' room."""
        left = max((1.05 * r * -dx + need for dx, need in beside if dx < 0), default=r)
        right = max((1.05 * r * dx + need for dx, need in beside if dx > 0), default=r)
        return rect.left() + left, rect.right() - right

    def fits(r: float) -> bool:
        low, high = centres(r)
        return low <= high

    if fits(lay.radius):
        highest = lay.radius
    elif lowest > lay.radius or not fits(lowest):
        return lay.radius, lay.cx
    else:  # the largest radius that fits, between the two
        low, high = lowest, lay.radius
        for _ in range(40):
            mid = (low + high) / 2
            low, high = (mid, high) if fits(mid) else (low, mid)
        highest = low
    low, high = centres(highest)
    return highest, min(max(lay.cx, low), high)


def build_paths(state: WheelState, rect: QRectF, legend_room: bool = True) -> WheelPaths:
    """The wheel's paths for ``rect``. ``legend_room``: whether the layout keeps
    the label blocks apart and the legend's corner clear of them
    (``labels.room_steps``: one layout measured, about 0.2 ms, where nothing
    touches; up to tens of milliseconds on a small wheel with a legend); without
    it, the layout a frame while the size changes places the last picture by
    (the exact picture's layout keeps the room: :func:`build_paths_steps`)."""
    steps = build_paths_steps(state, rect, legend_room)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return cast(WheelPaths, done.value)


def build_paths_steps(
    state: WheelState, rect: QRectF, legend_room: bool = True
) -> Generator[None, None, WheelPaths]:
    """:func:`build_paths` in steps (a generator that measures one layout up to
    each ``yield``; it returns the paths): the first steps of a picture's build,
    so that looking for the room never takes a whole turn of the event loop."""
    # the labels measure their blocks on a layout: they import this module
    from hjulet.gui.wheel import labels

    lay = wheel_layout(rect)
    if state.fit_labels:
        radius, cx = radius_for_labels(state, rect, lay)
        lay = WheelLayout(cx, lay.cy, max(1.0, radius), lay.side)
    if legend_room:
        lay = yield from labels.room_steps(state, rect, lay)
    paths = WheelPaths(state.geometry(), lay, (rect.width(), rect.height()))
    paths.legend = labels.legend_texts(state)
    paths.roomy = legend_room
    return paths

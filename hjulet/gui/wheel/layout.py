"""Where the wheel sits in a rectangle, and its QPainterPaths.

:func:`wheel_layout` places the unit wheel of :class:`~hjulet.core.geometry.WheelGeometry`
(the geometry the PDF uses too) in pixels; :class:`WheelPaths` holds the paths for one
size, rebuilt on resize only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from hjulet.core.geometry import WheelGeometry
from hjulet.gui.wheel.state import WheelState

Point = tuple[float, float]  # a point of the unit wheel (core.geometry)

# The wheel's outer radius as a fraction of the smaller side; the rest is for
# icons and labels around the rim.
RADIUS_FRACTION = 0.35
# Minimum depth of one ring, in device-independent pixels (touch target).
MIN_TARGET_PX = 44.0
SEGMENTS = 48  # polygon points per sector arc (for a 45° sector; wider sectors get more)


def segments_for(n_areas: int) -> int:
    """Polygon points per sector arc, so a one-area disc is as smooth as an eighth."""
    return max(SEGMENTS, math.ceil(SEGMENTS * 8 / max(1, n_areas)))


@dataclass(frozen=True)
class WheelLayout:
    """Where the unit wheel sits in a rectangle: centre and outer radius in pixels."""

    cx: float
    cy: float
    radius: float
    side: float

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


class WheelPaths:
    """QPainterPaths for one size and shape of wheel; rebuilt on resize only."""

    def __init__(
        self, geometry: WheelGeometry, layout: WheelLayout, size: tuple[float, float] = (0, 0)
    ) -> None:
        self.geometry = geometry
        self.layout = layout
        self.size = size  # the rect size these paths were built for
        g, n = geometry, geometry.n_levels
        self.segments = segments = segments_for(g.n_areas)
        self.fills: list[list[QPainterPath]] = []  # [area][level-1], hub..ring(level)
        self.bands: list[list[QPainterPath]] = []  # [area][level-1], ring(level-1)..ring(level)
        self.rings = QPainterPath()  # the thin arcs between levels
        for i in range(g.n_areas):
            self.fills.append([self._poly(g.fill(i, k, segments)) for k in range(1, n + 1)])
            self.bands.append(
                [
                    self._poly(g.band(i, g.ring_radius(k - 1), g.ring_radius(k), segments))
                    for k in range(1, n + 1)
                ]
            )
            for k in range(1, n):
                self.rings.addPolygon(QPolygonF(self.arc(i, g.ring_radius(k))))
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

    def _poly(self, points: list[Point]) -> QPainterPath:
        path = QPainterPath()
        path.addPolygon(QPolygonF([self.layout.to_px(p) for p in points]))
        path.closeSubpath()
        return path

    def sector(self, index: int) -> QPainterPath:
        return self.fills[index][-1]

    def arc(self, index: int, radius: float, inset: float = 0.0) -> list[QPointF]:
        """Points along the arc at ``radius`` in sector ``index`` (``inset``: fraction of span)."""
        g = self.geometry
        start = g.sector_start(index) + g.gap_deg / 2 + g.span * inset
        end = g.sector_start(index) + g.span - g.gap_deg / 2 - g.span * inset
        steps = self.segments // 2
        return [
            self.layout.to_px(g.point(start + (end - start) * t / steps, radius))
            for t in range(steps + 1)
        ]


def build_paths(state: WheelState, rect: QRectF) -> WheelPaths:
    return WheelPaths(state.geometry(), wheel_layout(rect), (rect.width(), rect.height()))

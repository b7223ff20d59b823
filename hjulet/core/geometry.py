"""Wheel geometry shared by the screen widget and the PDF.

Everything is in *unit* coordinates: the wheel's centre is (0, 0), the outer
ring has radius 1, x grows to the right and y grows **downwards** (screen
convention; the PDF flips y). Areas run clockwise from 12 o'clock in the
definition's order; in a right-to-left layout they may run anticlockwise.

A sector fills from the centre outward: level k of n covers the radii from
``hub`` to ``ring_radius(k)``, like a pie slice. Nothing here sums or compares
levels: there are no totals in Hjulet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class WheelGeometry:
    n_areas: int
    n_levels: int
    hub: float = 0.18  # radius of the centre circle (the child is in the middle)
    clockwise: bool = True
    gap_deg: float = 1.2  # visual gap between sectors

    def __post_init__(self) -> None:
        if self.n_areas < 1 or self.n_levels < 1:
            raise ValueError("a wheel needs at least one area and one level")

    @property
    def span(self) -> float:
        """Angular width of one sector in degrees."""
        return 360.0 / self.n_areas

    def sector_start(self, index: int) -> float:
        """Start angle of sector ``index`` in degrees clockwise from 12 o'clock."""
        offset = index * self.span
        return offset if self.clockwise else -offset - self.span

    def mid_angle(self, index: int) -> float:
        return self.sector_start(index) + self.span / 2

    def ring_radius(self, level: float) -> float:
        """Outer radius of ring ``level`` (0 = the hub, n_levels = 1.0)."""
        return self.hub + (1.0 - self.hub) * (level / self.n_levels)

    def point(self, angle_deg: float, radius: float) -> Point:
        """A point at ``angle_deg`` clockwise from 12 o'clock, y downwards."""
        a = math.radians(angle_deg)
        return (radius * math.sin(a), -radius * math.cos(a))

    def sector_centre(self, index: int, level: float) -> Point:
        """The middle of ring ``level`` (1-based) in sector ``index``."""
        r = (self.ring_radius(level - 1) + self.ring_radius(level)) / 2
        return self.point(self.mid_angle(index), r)

    def label_anchor(self, index: int, radius: float = 1.12) -> Point:
        return self.point(self.mid_angle(index), radius)

    def band(self, index: int, r0: float, r1: float, segments: int = 24) -> list[Point]:
        """Closed polygon of the ring band from r0 to r1 in sector ``index``."""
        start = self.sector_start(index) + self.gap_deg / 2
        end = self.sector_start(index) + self.span - self.gap_deg / 2
        steps = max(2, segments)
        outer = [self.point(start + (end - start) * i / steps, r1) for i in range(steps + 1)]
        inner = [self.point(end - (end - start) * i / steps, r0) for i in range(steps + 1)]
        return outer + inner

    def fill(self, index: int, level: int, segments: int = 24) -> list[Point]:
        """The pie-slice polygon for an answer at ``level``: from the hub outward."""
        return self.band(index, self.hub, self.ring_radius(level), segments)

    def hit(self, x: float, y: float) -> tuple[int, int] | None:
        """Which (area index, level 1..n) a unit-coordinate point falls in, or None.

        Points in the hub or outside the outer ring hit nothing; a point slightly
        outside (up to 1.08) counts as the outermost level so a finger at the edge
        still reaches it.
        """
        r = math.hypot(x, y)
        if r < self.hub or r > 1.08:
            return None
        angle = math.degrees(math.atan2(x, -y)) % 360.0
        if not self.clockwise:
            angle = (360.0 - angle) % 360.0
        index = min(int(angle // self.span), self.n_areas - 1)
        level = math.ceil((min(r, 1.0) - self.hub) / (1.0 - self.hub) * self.n_levels)
        return index, max(1, min(level, self.n_levels))

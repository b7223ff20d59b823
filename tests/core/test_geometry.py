"""WheelGeometry: the unit-coordinate wheel shared by the widget and the PDF."""

from __future__ import annotations

import itertools
import math

import pytest

from hjulet.core.geometry import WheelGeometry


@pytest.mark.parametrize("n_areas", [3, 8, 16])
@pytest.mark.parametrize("n_levels", [3, 4, 5])
@pytest.mark.parametrize("clockwise", [True, False])
def test_sector_centre_hits_its_own_area_and_level(
    n_areas: int, n_levels: int, clockwise: bool
) -> None:
    g = WheelGeometry(n_areas, n_levels, clockwise=clockwise)
    for i in range(n_areas):
        for level in range(1, n_levels + 1):
            assert g.hit(*g.sector_centre(i, level)) == (i, level)


def test_first_area_starts_at_twelve_and_runs_clockwise() -> None:
    g = WheelGeometry(8, 4)
    x0, y0 = g.sector_centre(0, 2)
    x1, y1 = g.sector_centre(1, 2)
    assert x0 > 0 and y0 < 0  # just right of 12 o'clock
    assert x1 > x0 and y1 > y0  # the next one further round, clockwise


def test_right_to_left_mirrors_the_wheel() -> None:
    ltr = WheelGeometry(8, 4)
    rtl = WheelGeometry(8, 4, clockwise=False)
    for i in range(8):
        (xl, yl), (xr, yr) = ltr.sector_centre(i, 3), rtl.sector_centre(i, 3)
        assert xr == pytest.approx(-xl)
        assert yr == pytest.approx(yl)
    assert rtl.sector_centre(0, 1)[0] < 0  # area 1 is left of 12 o'clock


def test_rings_run_from_hub_to_rim() -> None:
    g = WheelGeometry(8, 5)
    radii = [g.ring_radius(k) for k in range(6)]
    assert radii[0] == pytest.approx(g.hub)
    assert radii[-1] == pytest.approx(1.0)
    assert all(b > a for a, b in itertools.pairwise(radii))


def test_fill_is_a_pie_slice_from_the_hub_to_the_level() -> None:
    g = WheelGeometry(8, 4)
    polygon = g.fill(2, 3)
    radii = [math.hypot(x, y) for x, y in polygon]
    assert min(radii) == pytest.approx(g.hub)
    assert max(radii) == pytest.approx(g.ring_radius(3))
    angles = [math.degrees(math.atan2(x, -y)) % 360 for x, y in polygon]
    assert all(2 * 45 <= a <= 3 * 45 for a in angles)


def test_hub_and_far_outside_hit_nothing_but_the_rim_is_forgiving() -> None:
    g = WheelGeometry(8, 4)
    assert g.hit(0.0, 0.0) is None
    assert g.hit(0.0, -g.hub * 0.9) is None
    assert g.hit(0.0, -1.2) is None
    x, y = g.point(g.mid_angle(0), 1.05)
    assert g.hit(x, y) == (0, 4)


def test_a_wheel_needs_areas_and_levels() -> None:
    with pytest.raises(ValueError):
        WheelGeometry(0, 4)
    with pytest.raises(ValueError):
        WheelGeometry(8, 0)

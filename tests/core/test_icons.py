"""Icons and faces: backend-neutral vector data, one for every id the data uses."""

from __future__ import annotations

import math

import pytest

from hjulet.core.catalog import Catalog
from hjulet.core.icons import (
    AREA_ICONS,
    FACE_ICONS,
    FALLBACK_ICON,
    Arc,
    Circle,
    Icon,
    Polyline,
    area_icon,
    face_icon,
)
from hjulet.core.scales import FACES

ALL = [*AREA_ICONS.values(), *FACE_ICONS.values(), FALLBACK_ICON]


def test_every_icon_the_wheels_use_exists(catalog: Catalog) -> None:
    used = {a.icon for d in catalog.definitions.values() for a in d.areas}
    assert used >= {"shield", "heart", "sprout", "home", "ball", "ear", "hand", "people"}
    for icon_id in used:
        assert area_icon(icon_id) is not FALLBACK_ICON, icon_id
        assert area_icon(icon_id).name == icon_id


def test_every_face_a_scale_can_name_exists(catalog: Catalog) -> None:
    for face in FACES:
        icon = face_icon(face)
        assert icon is not None and icon.name == face
    for scale in catalog.scales.values():
        for step in scale.steps:
            assert face_icon(step.face) is not None


def test_unknown_ids_get_a_fallback_not_an_error() -> None:
    assert area_icon("no-such-icon") is FALLBACK_ICON
    assert face_icon("ecstatic") is None


@pytest.mark.parametrize("icon", ALL, ids=lambda i: i.name)
def test_icons_stay_inside_the_unit_box(icon: Icon) -> None:
    margin = icon.stroke_width / 2
    for path in icon.paths():
        assert len(path.points) >= 2
        assert path.stroke or path.fill
        for x, y in path.points:
            assert x - margin >= -1e-9 and x + margin <= 1 + 1e-9, (icon.name, x)
            assert y - margin >= -1e-9 and y + margin <= 1 + 1e-9, (icon.name, y)


@pytest.mark.parametrize("icon", ALL, ids=lambda i: i.name)
def test_flattening_keeps_every_primitive_in_order(icon: Icon) -> None:
    flat = icon.paths()
    assert len(flat) == len(icon.primitives)
    for prim, path in zip(icon.primitives, flat, strict=True):
        assert (path.stroke, path.fill) == (prim.stroke, prim.fill)
        if isinstance(prim, Polyline):
            assert path.points == prim.points and path.closed == prim.closed
        elif isinstance(prim, Circle | Arc):
            for x, y in path.points:
                r = math.hypot(x - prim.centre[0], y - prim.centre[1])
                assert r == pytest.approx(prim.radius)
            if isinstance(prim, Circle):
                assert path.closed


def test_arc_angles_run_clockwise_from_twelve_with_y_down() -> None:
    icon = Icon("t", (Arc((0.5, 0.5), 0.25, 0.0, 90.0),))
    points = icon.paths(segments=8)[0].points
    assert points[0] == pytest.approx((0.5, 0.25))  # 12 o'clock (y down: above the centre)
    assert points[-1] == pytest.approx((0.75, 0.5))  # 3 o'clock


def test_faces_differ_in_their_mouths() -> None:
    mouths = {name: FACE_ICONS[name].paths()[3].points for name in FACES}
    assert len({tuple(p) for p in mouths.values()}) == len(FACES)
    # happy smiles (mouth corners above its middle), sad frowns
    happy, sad = mouths["happy"], mouths["sad"]
    assert happy[0][1] < happy[len(happy) // 2][1]
    assert sad[0][1] > sad[len(sad) // 2][1]

"""A resized wheel: the last picture scaled at once, the exact one built in slices.

While its size changes the widget paints its last picture scaled, and builds
the exact picture for the new size a few steps per turn of the event loop once
the size has held (:meth:`WheelPicture.build`). Here: the frames in between are
the scaled picture (no cold paint in the paint event), the settled picture is
the one-pass picture pixel for pixel (100 % and 150 %, high contrast), a resize
or a new state during a build still ends in the exact picture, ``settle()`` and
``grab()`` give it at once, and pointer, keys and the screen reader follow the
new size before the picture does.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QImage, QPainter
from PySide6.QtTest import QTest

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, Answer
from hjulet.gui.theme import HIGH_CONTRAST, NORMAL, WheelPalette
from hjulet.gui.wheel.labels import legend_extent
from hjulet.gui.wheel.layout import WheelPaths, build_paths, build_paths_steps
from hjulet.gui.wheel.picture import WheelPicture
from hjulet.gui.wheel.state import GuardianMark, Layer, WheelState, snapshot
from hjulet.gui.wheel.widget import SETTLE_MS, WheelWidget, settle_wheels
from tests.gui.wheel.test_picture import differing_pixels, image, marked_state, uncached


def screen(w: WheelWidget) -> QImage:
    """What the window shows (its backing store), not a fresh render."""
    shot = w.screen().grabWindow(w.winId()).toImage()
    return shot.convertToFormat(QImage.Format.Format_RGB32)


def wheel(qtbot: Any, catalog: Catalog, palette: WheelPalette = NORMAL) -> WheelWidget:
    w = WheelWidget(catalog.definition(), catalog.scale("steps4"), "sv", palette=palette)
    qtbot.addWidget(w)
    ids = w.state.definition.area_ids
    for i, area_id in enumerate(ids):
        w.set_answer(area_id, Answer.at(1 + i % 4))
        w.set_answer(area_id, Answer.at(1 + (i + 1) % 4), "adult")
    w.set_answer(ids[3], DECLINED)
    w.set_show_adult(True)
    w.state.hover, w.state.focus, w.state.focus_visible = (2, 3), 5, True
    w.resize(400, 400)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._picture.has_picture())
    return w


def exact(w: WheelWidget) -> QImage:
    return uncached(w.state, w.wheel_palette, w.size(), w.devicePixelRatioF())


def shows_exact(qtbot: Any, w: WheelWidget, want: QImage | None = None) -> None:
    """The build ends, and then the window shows the exact picture. The build asks
    for the paint that shows it (``update()``); the window may not have painted
    it yet when the build is over, so reading the screen at once sometimes saw
    the frame before."""
    qtbot.waitUntil(lambda: not w.building())
    want = exact(w) if want is None else want
    qtbot.waitUntil(lambda: differing_pixels(screen(w), want) == 0, timeout=2000)


def test_a_frame_while_the_size_changes_looks_for_no_room_for_the_legend(
    qtbot: Any, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Looking for the legend's room tries several layouts (about 1 ms, more on a
    small wheel): a frame while the size changes places the last picture by the
    plain layout, and the exact picture's build lays the wheel out with the room."""
    from hjulet.gui.wheel import labels

    searched: list[QSize] = []
    room = labels.room_steps

    def counted(state: WheelState, rect: QRectF, lay: Any) -> Any:
        searched.append(rect.size().toSize())
        return (yield from room(state, rect, lay))

    monkeypatch.setattr(labels, "room_steps", counted)
    w = wheel(qtbot, catalog)
    assert searched == [QSize(400, 400)]  # the first picture: exact, with the room
    w.resize(640, 520)
    w.repaint()
    assert w.building() and searched == [QSize(400, 400)]
    # the pointer, the keys and the screen reader meanwhile: the frame's layout
    # (what the screen shows), never a search in the input event
    QTest.mouseMove(w, QPoint(320, 200))
    w.hit(QPointF(300, 260))
    w.sector_rect(0)
    assert searched == [QSize(400, 400)]
    qtbot.waitUntil(lambda: not w.building())
    assert searched == [QSize(400, 400), QSize(640, 520)]  # the build's layout
    shows_exact(qtbot, w)  # (its one-pass reference lays the wheel out once more)


def test_the_room_search_measures_one_layout_a_step(
    qtbot: Any, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a small wheel with every legend row the search tries tens of layouts
    (16-40 ms in one turn, before it was a step of the build): each step of the
    layout's build measures one layout at most, so a slice of the build stays
    a slice; the layout it ends in is build_paths' own."""
    from hjulet.gui.wheel import labels

    w = wheel(qtbot, catalog)
    ids = w.state.definition.area_ids
    w.set_answers(previous={area: Answer.at(2) for area in ids})
    w.set_show_previous(True)
    w.set_guardian_views([GuardianMark("G1", "Vårdnadshavare 1", {ids[2]: Answer.at(4)})])
    w.set_show_guardian_views(True)
    state = snapshot(w.state)
    state.min_label_px = 14
    measured: list[int] = [0]  # label blocks measured (for one answer each) per step
    label_steps = labels.label_steps

    def counted(*args: Any, **kwargs: Any) -> Any:
        measured[-1] += 1
        return label_steps(*args, **kwargs)

    monkeypatch.setattr(labels, "label_steps", counted)
    rect = QRectF(0, 0, 420, 260)
    steps = build_paths_steps(state, rect)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            paths = done.value
            break
        measured.append(0)
    assert len(measured) > 5 and sum(measured) > 5  # many layouts tried, a step each
    assert max(measured) <= 1
    assert paths.layout == build_paths(state, rect).layout


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high contrast"])
def test_a_resize_shows_the_last_picture_scaled_then_the_exact_one(
    qtbot: Any, catalog: Catalog, palette: WheelPalette
) -> None:
    w = wheel(qtbot, catalog, palette)
    assert differing_pixels(screen(w), exact(w)) == 0  # the first paint: exact at once
    assert not w.building()
    renders = dict(w._picture.renders)
    w.resize(600, 600)
    w.repaint()
    # the frame is the old picture, scaled: nothing was painted cold for it
    assert w._picture.renders == renders
    assert w.building()
    shown = screen(w)
    assert shown.size() == QSize(600, 600)
    want = exact(w)
    # it is the wheel at its new place and size, not the exact picture yet
    assert 0 < differing_pixels(shown, want) < 600 * 600 // 4
    hub = w.paths().layout
    assert shown.pixel(round(hub.cx), round(hub.cy)) == want.pixel(round(hub.cx), round(hub.cy))
    shows_exact(qtbot, w, want)
    assert w._picture.renders == {Layer.WHEEL: renders[Layer.WHEEL] + 1, Layer.ANSWERS: 2}


@pytest.mark.parametrize(
    ("palette", "dpr"),
    [(NORMAL, 1.0), (NORMAL, 1.5), (HIGH_CONTRAST, 1.5)],
    ids=["100 %", "150 %", "high contrast, 150 %"],
)
def test_a_picture_built_in_steps_equals_the_one_pass_paint(
    qapp: Any, catalog: Catalog, palette: WheelPalette, dpr: float
) -> None:
    """The steps of a build, one at a time, with a paint of the old picture
    between them: the old picture stays whole until the last step, and the new
    one is the one-pass picture."""
    state = marked_state(catalog)
    state.hover, state.focus, state.focus_visible = (1, 2), 6, True
    picture, old, new = WheelPicture(), QSize(420, 420), QSize(560, 500)
    old_paths = build_paths(state, QRectF(0, 0, old.width(), old.height()))
    before = painted(picture, old, dpr, state, palette, old_paths)
    paths = build_paths(state, QRectF(0, 0, new.width(), new.height()))
    steps = 0
    for _ in picture.build(new, dpr, snapshot(state), palette, paths):
        steps += 1
        if steps % 7 == 0:  # the widget shows the old picture meanwhile
            assert picture.is_current(old, dpr, state, palette)
    assert steps > 40  # slices, not one step
    assert picture.is_current(new, dpr, state, palette)
    got = painted(picture, new, dpr, state, palette, paths)
    assert picture.renders[Layer.WHEEL] == 2  # painted from the build, not again
    assert differing_pixels(got, uncached(state, palette, new, dpr)) == 0
    assert before.size() != got.size()


def painted(
    picture: WheelPicture,
    size: QSize,
    dpr: float,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
) -> QImage:
    out = image(size, dpr)
    painter = QPainter(out)
    picture.paint(painter, size, dpr, state, palette, paths)
    painter.end()
    return out


def test_a_resize_during_a_build_abandons_it(qtbot: Any, catalog: Catalog) -> None:
    w = wheel(qtbot, catalog)
    w.resize(600, 600)
    w.repaint()
    w._start_build()  # the size held: the build starts
    for _ in range(3):
        w._build_slice()
    assert w._build is not None
    w.resize(500, 500)  # and changes again before it is done
    assert w._build is None
    assert w._picture.size() == (QSize(400, 400), w.devicePixelRatioF())
    w.repaint()  # still the old picture, scaled
    shows_exact(qtbot, w)
    assert w._picture.renders[Layer.WHEEL] == 2  # the abandoned build swapped nothing in


def test_an_answer_during_a_build_ends_in_the_exact_picture(qtbot: Any, catalog: Catalog) -> None:
    w = wheel(qtbot, catalog)
    w.resize(640, 640)
    w.repaint()
    w._start_build()
    for _ in range(5):
        w._build_slice()
    assert w._build is not None
    w.set_answer(w.state.definition.area_ids[6], Answer.at(4))  # a new answer meanwhile
    w.state.hover = (0, 1)  # and the pointer moves
    repainted = w._picture.areas_repainted
    shows_exact(qtbot, w)
    # the build painted the answers it started with; the new one was painted
    # into the last picture for the scaled frames, and after the build into the new
    assert w._picture.areas_repainted == repainted + 2
    assert w._picture.renders[Layer.WHEEL] == 2


@pytest.mark.parametrize(
    "change",
    ["palette", "language", "right to left", "scale", "second language"],
)
def test_another_wheel_during_a_build_is_painted_exact_at_once(
    qtbot: Any, catalog: Catalog, change: str
) -> None:
    """A new palette (high contrast), language, direction or scale while the size
    changes: the frame shows it at once (on the plain layout, then exact once its
    layout's room is found); the last picture, of the wheel before, is never
    shown scaled for it (it showed the old colours and words until a build for
    the new ones was done)."""
    w = wheel(qtbot, catalog)
    w.resize(520, 520)
    w.repaint()
    w._start_build()
    w._build_slice()
    if change == "palette":
        w.set_wheel_palette(HIGH_CONTRAST)
    elif change == "language":
        w.set_language("ar")
    elif change == "right to left":
        w.set_rtl(True)
    elif change == "scale":
        w.set_definition(w.state.definition, catalog.scale("steps5"), "sv")
    else:
        w.set_second_language("en")
    w.repaint()
    # the new wheel at once, on the plain layout (the legend's room is looked for
    # in slices after it; the build for the wheel before never finished)
    assert w._picture.renders[Layer.WHEEL] == 2
    assert w._picture.is_current(w.size(), w.devicePixelRatioF(), w.state, w.wheel_palette)
    plain = uncached(w.state, w.wheel_palette, w.size(), w.devicePixelRatioF(), room=False)
    assert differing_pixels(screen(w), plain) == 0
    shows_exact(qtbot, w)


def test_a_new_legend_row_on_a_small_wheel_looks_for_room_in_slices(
    qtbot: Any, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Showing a legend row lays the wheel out anew (the legend keeps its corner):
    on a small wheel whose blocks touch, the search for that room takes tens of
    layouts, once all in the paint event. The paint shows the new row at once on
    the plain layout; the room is looked for in the build's slices, and the
    exact picture follows."""
    from hjulet.gui.wheel import labels

    w = wheel(qtbot, catalog)
    w.set_second_language("ar")
    ids = w.state.definition.area_ids
    w.set_answers(previous={area: Answer.at(2) for area in ids})
    w.set_show_previous(False)
    w.resize(508, 245)
    w.settle()
    w.repaint()
    searched: list[int] = []
    room = labels.room_steps

    def counted(state: WheelState, rect: QRectF, lay: Any) -> Any:
        searched.append(0)
        return (yield from room(state, rect, lay))

    monkeypatch.setattr(labels, "room_steps", counted)
    w.set_show_previous(True)
    w.repaint()
    assert searched == [] and w.building()  # not in the paint event
    assert w._picture.is_current(w.size(), w.devicePixelRatioF(), w.state, w.wheel_palette)
    shows_exact(qtbot, w)
    assert len(searched) >= 1


def test_settle_and_grab_give_the_exact_picture_at_once(qtbot: Any, catalog: Catalog) -> None:
    w = wheel(qtbot, catalog)
    w.resize(700, 700)
    w.repaint()
    assert w.building()
    got = w.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert differing_pixels(got, exact(w)) == 0  # a grab is never a scaled frame
    w.resize(480, 480)
    w.repaint()
    assert w.building()
    w.settle()
    assert not w.building()
    w.repaint()
    assert differing_pixels(screen(w), exact(w)) == 0


def test_pointer_keys_and_the_screen_reader_follow_the_new_size_at_once(
    qtbot: Any, catalog: Catalog
) -> None:
    w = wheel(qtbot, catalog)
    w.resize(800, 800)
    w.repaint()
    assert w.building()
    state = WheelState(w.state.definition, w.state.scale, "sv")
    paths = build_paths(state, QRectF(0, 0, 800, 800))
    g = state.geometry()
    for area in range(len(w.state.definition.areas)):
        centre = paths.layout.to_px(g.sector_centre(area, 3))
        assert w.hit(centre) == (area, 3)
        assert w.sector_rect(area) == paths.sector(area).boundingRect()
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface is not None
        assert iface.child(area).rect().topLeft() == w.mapToGlobal(
            paths.sector(area).boundingRect().toAlignedRect().topLeft()
        )
    received: list[tuple[str, Answer]] = []
    w.rating_changed.connect(lambda area_id, new, _old: received.append((area_id, new)))
    target = paths.layout.to_px(g.sector_centre(1, 4))
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(round(target.x()), round(target.y())))
    assert received == [(w.state.definition.area_ids[1], Answer.at(4))]
    w.setFocus()
    QTest.keyClick(w, Qt.Key.Key_Right)
    assert w.focus_area() == w.state.definition.area_ids[2]


def test_settle_wheels_settles_every_wheel_in_every_window(qtbot: Any, catalog: Catalog) -> None:
    """What the screenshot tools call before a picture of the screen."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    wheels = [WheelWidget(catalog.definition(), catalog.scale("steps4"), "sv") for _ in range(2)]
    for w in wheels:
        row.addWidget(w)
    window.resize(1400, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: all(w._picture.has_picture() for w in wheels))
    alone = wheel(qtbot, catalog)  # a wheel that is a window of its own
    window.resize(1800, 900)
    alone.resize(520, 520)
    for w in (*wheels, alone):
        w.repaint()
    assert all(w.building() for w in (*wheels, alone))
    settle_wheels()
    assert not any(w.building() for w in (*wheels, alone))
    assert all(w._is_current() for w in (*wheels, alone))


@pytest.mark.parametrize("how", ["mouse", "keyboard", "screen reader"])
@pytest.mark.parametrize("during", ["scaled frame", "build"])
def test_an_answer_while_the_size_changes_shows_at_once(
    qtbot: Any, catalog: Catalog, during: str, how: str
) -> None:
    """A child who taps while the picture is scaled (or built) sees the tap's
    answer in the very next frame, not after the build."""
    w = wheel(qtbot, catalog)
    w.resize(640, 640)
    w.repaint()
    if during == "build":
        w._start_build()
        for _ in range(5):
            w._build_slice()
        assert w._build is not None
    g = w.state.geometry()
    x, y = g.sector_centre(1, 4)  # turned off the middle, away from the ring's number
    turn = math.radians(12)
    u = (x * math.cos(turn) - y * math.sin(turn), x * math.sin(turn) + y * math.cos(turn))
    target = w.paths().layout.to_px(u)
    at = QPoint(round(target.x()), round(target.y()))
    assert w.hit(target) == (1, 4)
    assert w.answer(w.state.definition.area_ids[1]) != Answer.at(4)
    before = screen(w).pixel(at)
    if how == "mouse":
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=at)
    elif how == "keyboard":
        w.setFocus()
        w.set_focus_area(w.state.definition.area_ids[1])
        QTest.keyClick(w, Qt.Key.Key_4)
    else:
        w.set_by_accessibility(1, Answer.at(4))
    assert w.answer(w.state.definition.area_ids[1]) == Answer.at(4)
    w.repaint()
    assert w.building()  # still the scaled frame
    shown = screen(w).pixel(at)
    assert shown != before
    assert shown == exact(w).pixel(at)
    shows_exact(qtbot, w)


@pytest.mark.parametrize("rtl", [False, True], ids=["left to right", "right to left"])
def test_the_legend_stands_in_its_corner_in_a_scaled_frame(
    qtbot: Any, catalog: Catalog, rtl: bool
) -> None:
    """The box's corner places the legend, not the wheel's centre: in the frames
    while the size changes it stands where the exact picture puts it (scaled
    about the centre it landed beside the wheel, over the lower labels)."""
    w = wheel(qtbot, catalog)
    w.set_rtl(rtl)
    w.set_answers(previous={a: Answer.at(2) for a in w.state.definition.area_ids})
    w.set_show_previous(True)
    w.resize(700, 560)  # a picture with room for the legend beside the labels
    w.settle()
    w.repaint()
    legend = legend_extent(QRectF(w.rect()), w.state, w.wheel_palette, w.paths())
    assert legend is not None
    assert not any(legend.intersects(b) for b in w._picture._boxes.values())
    w.resize(1000, 640)  # wider and taller: the corner moves away from the wheel
    w.repaint()
    assert w.building()
    corner = legend_extent(QRectF(w.rect()), w.state, w.wheel_palette, w.paths())
    assert corner is not None
    box = corner.toAlignedRect()
    shown, want = screen(w).copy(box), exact(w).copy(box)
    assert differing_pixels(shown, want) == 0
    shows_exact(qtbot, w)


@pytest.mark.parametrize("size", [QSize(0, 300), QSize(300, 0), QSize(0, 0)])
def test_a_wheel_squeezed_to_nothing_builds_nothing(
    qtbot: Any, catalog: Catalog, size: QSize
) -> None:
    """A pane collapsed to nothing (a splitter dragged to its end): no picture
    is built for an empty size (its image has no pixels to paint: every turn
    failed and started again), and shown again the wheel is exact."""
    w = wheel(qtbot, catalog)
    w.resize(size)
    qtbot.wait(SETTLE_MS + 50)
    assert not w.building()
    w.settle()
    settle_wheels()
    assert not w.building()
    w.resize(360, 360)
    qtbot.waitUntil(lambda: not w.building())
    w.repaint()
    assert differing_pixels(screen(w), exact(w)) == 0

"""The wheel's cached layers paint exactly what the uncached painter paints.

The widget paints from cached layers (the wheel, the answers, the overlays on
top: :class:`~hjulet.gui.wheel.picture.WheelPicture`). Here one picture is walked
through many states in a row, as a conversation would go: answers changing,
the refusals, the adult's, the guardian's and the family's marks, last time,
hover, keyboard focus, sizes, 150 % device pixel ratio, right-to-left, a second
language, the high-contrast palette. After every step the cached picture is
compared pixel for pixel with :func:`paint_wheel` painting the same state in
one pass into a fresh image.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer
from hjulet.gui.theme import HIGH_CONTRAST, NORMAL, WheelPalette
from hjulet.gui.wheel import picture, sprites
from hjulet.gui.wheel.labels import legend_texts
from hjulet.gui.wheel.layout import WheelPaths, build_paths
from hjulet.gui.wheel.paint import paint_wheel
from hjulet.gui.wheel.picture import WheelPicture
from hjulet.gui.wheel.state import GuardianMark, Layer, WheelState, field_layer, layer_fields
from hjulet.gui.wheel.widget import WheelWidget

SIDE = 420


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    if a == b:
        return 0
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def image(size: QSize, dpr: float) -> QImage:
    out = QImage(round(size.width() * dpr), round(size.height() * dpr), QImage.Format.Format_RGB32)
    out.setDevicePixelRatio(dpr)
    out.fill(0)
    return out


def uncached(
    state: WheelState, palette: WheelPalette, size: QSize, dpr: float, room: bool = True
) -> QImage:
    """The one-pass picture (``room``: on the layout that keeps the labels' and
    the legend's room, else on the plain one)."""
    out = image(size, dpr)
    painter = QPainter(out)
    rect = QRectF(0, 0, size.width(), size.height())
    paint_wheel(painter, rect, state, palette, build_paths(state, rect, legend_room=room))
    painter.end()
    return out


class Cached:
    """A WheelPicture kept across steps, as the widget keeps it."""

    def __init__(self) -> None:
        self.picture = WheelPicture()
        self.paths: WheelPaths | None = None
        self.paths_for: tuple[object, ...] = ()

    def __call__(self, state: WheelState, palette: WheelPalette, size: QSize, dpr: float) -> QImage:
        shape = (
            size.width(),
            size.height(),
            state.is_rtl(),
            state.definition,
            state.scale,
            # a wheel fitted to its labels sizes its rings by the labels' words and size
            state.language,
            state.second_language,
            state.min_label_px,
            state.fit_labels,
            # the layout keeps room for the legend's rows
            legend_texts(state),
        )
        if self.paths is None or shape != self.paths_for:  # as the widget rebuilds its paths
            self.paths = build_paths(state, QRectF(0, 0, size.width(), size.height()))
            self.paths_for = shape
        out = image(size, dpr)
        painter = QPainter(out)
        self.picture.paint(painter, size, dpr, state, palette, self.paths)
        painter.end()
        return out


Step = Callable[[WheelState], None]


def walk(catalog: Catalog) -> list[tuple[str, Step, WheelPalette | None, QSize | None, float]]:
    """A conversation's worth of changes, each (name, change, palette, size, dpr)."""
    ids = catalog.definition().area_ids
    steps4 = catalog.scale("steps4")
    views = (
        GuardianMark("G1", "Guardian 1", {a: Answer.at(2) for a in ids[:4]}),
        GuardianMark("G2", "Guardian 2", {a: Answer.at(4) for a in ids[2:]} | {ids[7]: DONT_KNOW}),
    )

    def answer(i: int, a: Answer, who: str = "child") -> Step:
        return lambda s: getattr(s, who).__setitem__(ids[i], a)

    def setting(name: str, value: object) -> Step:
        return lambda s: setattr(s, name, value)

    steps: list[tuple[str, Step, WheelPalette | None, QSize | None, float]] = [
        ("empty", lambda s: None, NORMAL, QSize(SIDE, SIDE), 1.0),
    ]
    for i in range(len(ids)):  # the child answers, one area at a time
        steps.append((f"child answers {i}", answer(i, Answer.at(1 + i % 4)), None, None, 0))
    steps += [
        ("hover", setting("hover", (4, 2)), None, None, 0),
        ("hover moves", setting("hover", (5, 3)), None, None, 0),
        ("focus", setting("focus", 3), None, None, 0),
        ("focus visible", setting("focus_visible", True), None, None, 0),
        ("an answer changes under the focus", answer(3, Answer.at(4)), None, None, 0),
        ("declined", answer(1, DECLINED), None, None, 0),
        ("don't know", answer(2, DONT_KNOW), None, None, 0),
        ("not asked again", answer(0, NOT_ASKED), None, None, 0),
        ("adult answers", answer(0, Answer.at(2), "adult"), None, None, 0),
        ("adult shown", setting("show_adult", True), None, None, 0),
        ("adult declines", answer(6, DECLINED, "adult"), None, None, 0),
        ("guardian answers", answer(5, Answer.at(3), "guardian"), None, None, 0),
        ("guardian shown", setting("show_guardian", True), None, None, 0),
        ("guardian doesn't know", answer(0, DONT_KNOW, "guardian"), None, None, 0),
        ("last time", answer(4, Answer.at(2), "previous"), None, None, 0),
        ("last time hidden", setting("show_previous", False), None, None, 0),
        ("last time shown", setting("show_previous", True), None, None, 0),
        ("the family's views", setting("guardian_views", views), None, None, 0),
        ("the family's views shown", setting("show_guardian_views", True), None, None, 0),
        ("hover gone", setting("hover", None), None, None, 0),
        ("bigger", lambda s: None, None, QSize(800, 800), 0),
        ("150 %", lambda s: None, None, None, 1.5),
        ("150 %, an answer", answer(7, Answer.at(1)), None, None, 0),
        ("150 %, hover", setting("hover", (7, 1)), None, None, 0),
        ("not square", lambda s: None, None, QSize(360, 520), 0),
        ("second language", setting("second_language", "ar"), None, None, 0),
        ("right-to-left", setting("rtl", True), None, None, 0),
        ("right-to-left, an answer", answer(5, Answer.at(4)), None, None, 0),
        ("language", setting("language", "en"), None, None, 0),
        ("labels bigger", setting("min_label_px", 22), None, None, 0),
        ("fitted to its labels", setting("fit_labels", True), None, None, 0),
        ("fitted, an answer", answer(2, Answer.at(3)), None, None, 0),
        ("fitted, labels smaller", setting("min_label_px", 14), None, None, 0),
        ("fitted no more", setting("fit_labels", False), None, None, 0),
        ("high contrast", lambda s: None, HIGH_CONTRAST, None, 0),
        ("high contrast, an answer", answer(6, Answer.at(2)), None, None, 0),
        ("high contrast, 100 %", lambda s: None, None, QSize(SIDE, SIDE), 1.0),
        ("focus hidden", setting("focus_visible", False), None, None, 0),
        ("scale", setting("scale", catalog.scale("steps5")), None, None, 0),
        ("scale back, an answer", setting("scale", steps4), None, None, 0),
        ("a practice wheel of one area", one_area(catalog), None, None, 0),
    ]
    return steps


def one_area(catalog: Catalog) -> Step:
    definition = catalog.definition()
    single = dataclasses.replace(definition, areas=definition.areas[:1])

    def change(s: WheelState) -> None:
        s.definition = single
        s.focus = 0
        s.hover = None

    return change


def test_cached_layers_equal_the_uncached_picture_at_every_step(
    qapp: Any, catalog: Catalog
) -> None:
    state = WheelState(catalog.definition(), catalog.scale("steps4"), "sv")
    cached = Cached()
    palette, size, dpr = NORMAL, QSize(SIDE, SIDE), 1.0
    for name, change, new_palette, new_size, new_dpr in walk(catalog):
        change(state)
        palette = new_palette or palette
        size = new_size or size
        dpr = new_dpr or dpr
        got = cached(state, palette, size, dpr)
        want = uncached(state, palette, size, dpr)
        assert differing_pixels(got, want) == 0, name
    # most answers repainted only their areas: that path was checked too
    assert cached.picture.areas_repainted >= 15


# One area's answers in a row, each from the one before: up a level, to the top,
# back down in one step, the refusals, cleared, set again and cleared again.
ANSWER_ROW = (
    Answer.at(1), Answer.at(2), Answer.at(3), Answer.at(4), Answer.at(1), DECLINED,
    Answer.at(3), DONT_KNOW, NOT_ASKED, Answer.at(2), NOT_ASKED,
)  # fmt: skip


ADULT_ROW = (Answer.at(2), DECLINED, Answer.at(4), NOT_ASKED)


@pytest.mark.parametrize(
    ("palette", "size", "dpr", "who", "row"),
    [
        (NORMAL, QSize(SIDE, SIDE), 1.0, "child", ANSWER_ROW),
        (HIGH_CONTRAST, QSize(360, 400), 1.5, "child", ANSWER_ROW),
        (NORMAL, QSize(SIDE, SIDE), 1.5, "adult", ADULT_ROW),
    ],
    ids=["child at 100 %", "child, high contrast, 150 %, not square", "adult at 150 %"],
)
def test_each_new_answer_on_a_warm_cache_equals_a_cold_paint(
    qapp: Any,
    catalog: Catalog,
    palette: WheelPalette,
    size: QSize,
    dpr: float,
    who: str,
    row: tuple[Answer, ...],
) -> None:
    """Every area through every step of a row of answers, each painted over the
    warm cache (only the changed area's parts again) and compared with a cold
    paint of the same state, in a wheel with every kind of mark on it."""
    state = marked_state(catalog)
    cached = Cached()
    cached(state, palette, size, dpr)
    for i, area_id in enumerate(state.definition.area_ids):
        for answer in row:
            answers = getattr(state, who)
            changed = answers.get(area_id) != answer
            answers[area_id] = answer
            renders = cached.picture.renders[Layer.ANSWERS]
            got = cached(state, palette, size, dpr)
            assert differing_pixels(got, uncached(state, palette, size, dpr)) == 0, (i, answer)
            assert cached.picture.renders[Layer.ANSWERS] == renders + changed, (i, answer)
    # all of them were partial repaints but where the legend changed: the
    # adult's last answer cleared (areas 4 to 7) or the first one given again
    # (areas 5 to 7; the marked state has the adult's answers for areas 0 to 4),
    # and in every area the adult's refusal, which adds the legend's row for it,
    # and the next answer, which takes that row away again
    full = cached.picture.renders[Layer.ANSWERS] - 1 - cached.picture.areas_repainted
    assert full == (0 if who == "child" else 4 + 3 + 2 * len(state.definition.areas))


def test_sprites_stay_within_their_budget(
    qapp: Any, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big wheel at 150 % with every ring hovered and every area focused keeps
    at most sprites.SPRITE_BYTES of sprites (the pointer's and the focus's pictures
    are painted once per place and kept: here about 10 MiB, over a budget made
    4 MiB), and still paints what the one pass does."""
    monkeypatch.setattr(sprites, "SPRITE_BYTES", 4 * 1024 * 1024)
    state = marked_state(catalog)
    state.focus_visible = True
    cached, size, dpr = Cached(), QSize(900, 900), 1.5
    for area in range(len(state.definition.area_ids)):
        for level in range(1, state.scale.size + 1):
            state.hover, state.focus = (area, level), area
            cached(state, NORMAL, size, dpr)
            assert cached.paths is not None
            held = sum(image.sizeInBytes() for image in cached.paths.sprites.values())
            assert 0 < held <= sprites.SPRITE_BYTES
    got = cached(state, NORMAL, size, dpr)
    assert differing_pixels(got, uncached(state, NORMAL, size, dpr)) == 0


def test_overlays_reuse_the_layers_and_answers_repaint_only_theirs(
    qapp: Any, catalog: Catalog
) -> None:
    state = WheelState(catalog.definition(), catalog.scale("steps4"), "sv")
    ids = state.definition.area_ids
    state.child.update({a: Answer.at(1 + i % 4) for i, a in enumerate(ids)})
    cached, size = Cached(), QSize(SIDE, SIDE)
    cached(state, NORMAL, size, 1.0)
    renders = dict(cached.picture.renders)
    for k in range(len(ids)):  # focus and pointer move: no layer is painted again
        state.focus, state.focus_visible, state.hover = k, True, (k, 1 + k % 4)
        cached(state, NORMAL, size, 1.0)
    assert cached.picture.renders == renders
    state.child[ids[0]] = DECLINED  # an answer: the answers' layer only
    assert (
        differing_pixels(cached(state, NORMAL, size, 1.0), uncached(state, NORMAL, size, 1.0)) == 0
    )
    assert cached.picture.renders == {Layer.WHEEL: 1, Layer.ANSWERS: 2}
    state.language = "en"  # the wheel: both
    cached(state, NORMAL, size, 1.0)
    assert cached.picture.renders == {Layer.WHEEL: 2, Layer.ANSWERS: 3}
    cached(state, NORMAL, QSize(SIDE + 10, SIDE + 10), 1.0)
    assert cached.picture.renders == {Layer.WHEEL: 3, Layer.ANSWERS: 4}


def test_every_state_field_belongs_to_a_layer(catalog: Catalog) -> None:
    declared = [layer_fields(layer) for layer in Layer]
    names = [f.name for f in dataclasses.fields(WheelState)]
    assert sorted(n for group in declared for n in group) == sorted(names)
    assert "child" in layer_fields(Layer.ANSWERS)
    assert "hover" in layer_fields(Layer.OVERLAY)
    # the answers repainted area by area are answer fields, one answer per area id
    assert set(layer_fields(Layer.ANSWERS)) >= picture._PER_AREA_FIELDS
    state = WheelState(catalog.definition(), catalog.scale("steps4"))
    assert all(isinstance(getattr(state, name), dict) for name in picture._PER_AREA_FIELDS)

    @dataclasses.dataclass
    class Forgotten:
        shown: bool = False  # no layer declared

    with pytest.raises(TypeError, match="belongs to no layer"):
        field_layer(dataclasses.fields(Forgotten)[0])


def change_of(catalog: Catalog) -> dict[str, Step]:
    """One change per state field that is cached (a new field needs its own line)."""
    ids = catalog.definition().area_ids
    return {
        "definition": lambda s: setattr(
            s, "definition", dataclasses.replace(s.definition, areas=s.definition.areas[:6])
        ),
        "scale": lambda s: setattr(s, "scale", catalog.scale("steps5")),
        "language": lambda s: setattr(s, "language", "en"),
        "second_language": lambda s: setattr(s, "second_language", "ar"),
        "child": lambda s: s.child.__setitem__(ids[4], DONT_KNOW),
        "adult": lambda s: s.adult.__setitem__(ids[0], DECLINED),
        "guardian": lambda s: s.guardian.__setitem__(ids[5], Answer.at(1)),
        "previous": lambda s: s.previous.clear(),
        "show_previous": lambda s: setattr(s, "show_previous", False),
        "show_adult": lambda s: setattr(s, "show_adult", False),
        "show_guardian": lambda s: setattr(s, "show_guardian", False),
        "guardian_views": lambda s: setattr(
            s, "guardian_views", (GuardianMark("G2", "Guardian 2", {ids[1]: Answer.at(1)}),)
        ),
        "show_guardian_views": lambda s: setattr(s, "show_guardian_views", False),
        "rtl": lambda s: setattr(s, "rtl", True),
        "min_label_px": lambda s: setattr(s, "min_label_px", 22),
        "fit_labels": lambda s: setattr(s, "fit_labels", True),
    }


def marked_state(catalog: Catalog) -> WheelState:
    state = WheelState(catalog.definition(), catalog.scale("steps4"), "sv")
    state.min_label_px = 12  # the system font's: a wheel fitted to its labels gives way
    ids = state.definition.area_ids
    state.child.update({a: Answer.at(1 + i % 4) for i, a in enumerate(ids)})
    state.child[ids[1]] = DECLINED
    state.adult.update({a: Answer.at(2) for a in ids[:5]})
    state.guardian.update({a: Answer.at(3) for a in ids[3:]} | {ids[0]: DONT_KNOW})
    state.previous.update({a: Answer.at(1 + i % 3) for i, a in enumerate(ids)})
    state.guardian_views = (GuardianMark("G1", "Guardian 1", {ids[2]: Answer.at(4)}),)
    state.show_adult = state.show_guardian = state.show_guardian_views = True
    return state


def test_each_cached_field_alone_gives_a_new_picture(qapp: Any, catalog: Catalog) -> None:
    changes = change_of(catalog)
    cached_fields = set(layer_fields(Layer.WHEEL) + layer_fields(Layer.ANSWERS))
    assert set(changes) == cached_fields  # a new field gets a change here
    for name, change in changes.items():
        state = marked_state(catalog)
        cached, size = Cached(), QSize(SIDE, SIDE)
        before = cached(state, NORMAL, size, 1.0)
        rows = legend_texts(state)
        change(state)
        after = uncached(state, NORMAL, size, 1.0)
        assert differing_pixels(before, after) > 0, name  # the change shows
        assert differing_pixels(cached(state, NORMAL, size, 1.0), after) == 0, name
        layer = field_layer(next(f for f in dataclasses.fields(WheelState) if f.name == name))
        # the legend's rows are the wheel's too: the layout keeps room for them
        anew = layer is Layer.WHEEL or legend_texts(state) != rows
        assert cached.picture.renders[Layer.WHEEL] == (2 if anew else 1), name


WIDGET_STATES: dict[str, Callable[[WheelWidget], None]] = {
    "answers through the widget": lambda w: w.set_answer(w.state.definition.area_ids[2], DECLINED),
    "palette through the widget": lambda w: w.set_wheel_palette(HIGH_CONTRAST),
    "direction through the widget": lambda w: w.set_rtl(True),
}


@pytest.mark.parametrize("name", list(WIDGET_STATES))
def test_the_widget_paints_its_cache(qtbot: Any, catalog: Catalog, name: str) -> None:
    w = WheelWidget(catalog.definition(), catalog.scale("steps4"), "sv")
    qtbot.addWidget(w)
    w.resize(SIDE, SIDE)
    w.grab()  # a first picture in the cache
    WIDGET_STATES[name](w)
    w.state.hover, w.state.focus, w.state.focus_visible = (1, 2), 5, True
    got = w.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    want = uncached(w.state, w.wheel_palette, QSize(SIDE, SIDE), got.devicePixelRatio())
    assert differing_pixels(got, want) == 0


def test_a_legend_sample_changing_alone_repaints_the_legend(qapp: Any, catalog: Catalog) -> None:
    """The refusals' row keeps its words when its sample changes from one view's tag
    to another's (the professional no longer declines anywhere, guardian 1 still
    does): the legend is painted again, not only the area whose answer changed."""
    state = WheelState(catalog.definition(), catalog.scale("steps4"), "sv")
    state.min_label_px = 12
    ids = state.definition.area_ids
    state.adult.update({ids[0]: Answer.at(2), ids[2]: DECLINED})
    state.guardian_views = (GuardianMark("G1", "Guardian 1", {ids[5]: DECLINED}),)
    state.show_adult = state.show_guardian_views = True
    cached, size = Cached(), QSize(SIDE, SIDE)
    before = cached(state, NORMAL, size, 1.0)
    rows = legend_texts(state)
    state.adult[ids[2]] = Answer.at(3)
    assert legend_texts(state) == rows  # the same words
    after = uncached(state, NORMAL, size, 1.0)
    assert differing_pixels(before, after) > 0
    assert differing_pixels(cached(state, NORMAL, size, 1.0), after) == 0


def test_a_build_lets_go_of_earlier_layers_one_a_step(qapp: Any, catalog: Catalog) -> None:
    """The layers a build replaced are let go a step at a time after it; a new
    build that starts before they all went lets go of the rest one a step too
    (freeing them at once took a turn of its own: about a millisecond each at
    800 x 800)."""
    state = marked_state(catalog)
    pic, size = WheelPicture(), QSize(SIDE, SIDE)
    for side in (SIDE, SIDE - 20):  # two builds: the second retires the first's layers
        at = QSize(side, side)
        paths = build_paths(state, QRectF(0, 0, side, side))
        for _ in pic.build(at, 1.0, state, NORMAL, paths):
            pass
    left = len(pic._retired)
    assert left >= 3
    build = pic.build(size, 1.0, state, NORMAL, build_paths(state, QRectF(0, 0, SIDE, SIDE)))
    for n in range(1, left + 1):
        next(build)
        assert len(pic._retired) == left - n
    build.close()

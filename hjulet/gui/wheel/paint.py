"""Painting the wheel in one pass.

:func:`paint_wheel` paints a :class:`~hjulet.gui.wheel.state.WheelState` into any
QPainter (``grab()`` in tests, a print preview). It reads colours from a
:class:`~hjulet.gui.theme.WheelPalette` and geometry from
:class:`~hjulet.core.geometry.WheelGeometry`, the same geometry the PDF uses. Its
steps (the ground, the child's sectors, the rings and outlines, the marks, the
hub, the overlays) are also what :class:`~hjulet.gui.wheel.picture.WheelPicture`
paints its cached layers with. Each step is also a generator (``ground_steps``,
``line_steps``, ``answer_sector_steps``, ``answer_mark_steps``, ``overlay_steps``)
that paints up to its next ``yield``: the widget builds a resized wheel's picture
a few of them per turn of the event loop; painted to the end, the pixels are the
same.

The drawing never sums or ranks: there are no totals and no judgement colours.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Generator, Iterator, Mapping, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from hjulet.core.icons import area_icon
from hjulet.core.model import NOT_ASKED, Answer, AnswerKind
from hjulet.gui.theme import NORMAL, WheelPalette
from hjulet.gui.wheel._qt import (
    _clip_box,
    _colour,
    _device_aligned,
    _device_ratio,
    _font,
    _label_px,
    _line_width,
    _pen,
    _reaches,
    _run,
    layer_image_steps,
)
from hjulet.gui.wheel.labels import _legend_px, _paint_labels, _paint_legend, label_steps
from hjulet.gui.wheel.layout import WheelPaths, build_paths
from hjulet.gui.wheel.patterns import _area_pattern, dots, hatch
from hjulet.gui.wheel.sprites import _sprite
from hjulet.gui.wheel.state import WheelState, viewpoint_badge
from hjulet.gui.wheel.symbols import (
    Disc,
    _badge,
    _declined_symbol,
    _dont_know_symbol,
    discs_meet,
    draw_icon,
    guardian_mark_style,
    refusal_tag,
    refusal_tag_discs,
    refusal_tag_length,
)


def paint_wheel(
    painter: QPainter,
    rect: QRectF | QRect,
    state: WheelState,
    palette: WheelPalette = NORMAL,
    paths: WheelPaths | None = None,
) -> None:
    """Paint the whole wheel for ``state`` into ``rect``, in one pass, caching nothing.

    ``paths`` is the cache for this rect; pass None to build it on the fly
    (print preview, one-off renders). The steps are the layers, bottom to top:
    the wheel's ground, the child's sectors, the rings and outlines (drawn into
    a transparent layer and laid over, as the widget keeps them), the marks, the
    hub and labels, then the pointer and the keyboard focus. The widget paints
    the same steps from cached layers (:class:`WheelPicture`), and the result is
    the same, pixel for pixel. It paints onto a raster device (the rings'
    layer is an image).
    """
    rect = QRectF(rect)
    if paths is None:
        paths = build_paths(state, rect)
    paint_wheel_ground(painter, rect, state, palette, paths)
    paint_answer_sectors(painter, state, palette, paths)
    # the rings and outlines as the widget caches them: one transparent layer
    lines, origin = _lines_image(_device_ratio(painter), paths, palette)
    painter.drawImage(origin, lines)
    paint_answer_marks(painter, rect, state, palette, paths)
    paint_wheel_overlays(painter, rect, state, palette, paths)


def _begin(painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)


def paint_wheel_ground(
    painter: QPainter,
    rect: QRectF,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    filled: bool = False,
) -> None:
    """The background (``filled``: the device has it already) and each sector's
    faint "not asked yet" tint: no answers."""
    _run(ground_steps(painter, rect, state, palette, paths, filled))


def ground_steps(
    painter: QPainter,
    rect: QRectF,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    filled: bool = False,
) -> Iterator[None]:
    """:func:`paint_wheel_ground` in steps (one per sector): a generator that
    paints up to its next ``yield``, so a caller may spread the painting over
    several turns of the event loop (:meth:`WheelPicture.build`); painted to the
    end, the pixels are the same."""
    _begin(painter)
    try:
        if not filled:
            painter.fillRect(rect, _colour(palette.background))
        if palette.empty_tint > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            for i, area in enumerate(state.definition.areas):
                painter.setBrush(_colour(area.colour, palette.empty_tint))
                painter.drawPath(paths.sector(i))
                yield
    finally:
        painter.restore()


def paint_lines(painter: QPainter, paths: WheelPaths, palette: WheelPalette) -> None:
    """The rings (the thin lines that show where each level is), then every
    sector's outline: each sector's a filled stroke of its own (kept with the
    paths), as a whole wheel's outline in one path fills about three times
    slower."""
    _run(line_steps(painter, paths, palette))


def line_steps(painter: QPainter, paths: WheelPaths, palette: WheelPalette) -> Iterator[None]:
    """:func:`paint_lines` in steps (each sector's rings, each outline), as
    :func:`ground_steps`."""
    _begin(painter)
    try:
        lw = _line_width(paths, palette)
        pen = _pen(palette.ring_line, lw)
        for i, rings in enumerate(paths.sector_rings):
            if not rings.isEmpty():
                painter.fillPath(paths.stroke(("rings", i), rings, pen), pen.brush())
                yield
        pen = _pen(palette.sector_line, lw)
        if paths.geometry.n_areas == 1:  # a whole disc: a circle
            outlines = [paths.outlines]
        else:
            outlines = [paths.sector(i) for i in range(paths.geometry.n_areas)]
        for i, outline in enumerate(outlines):
            painter.fillPath(paths.stroke(("outline", i), outline, pen), pen.brush())
            yield
    finally:
        painter.restore()


def _lines_image(dpr: float, paths: WheelPaths, palette: WheelPalette) -> tuple[QImage, QPointF]:
    """:func:`paint_lines` in a transparent layer just big enough for the wheel,
    and where its top left goes (on a device pixel)."""
    steps = lines_image_steps(dpr, paths, palette)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            image, at = done.value
            return image, at


def lines_image_steps(
    dpr: float, paths: WheelPaths, palette: WheelPalette
) -> Generator[None, None, tuple[QImage, QPointF]]:
    """:func:`_lines_image` in steps, as :func:`ground_steps`; returns what it does."""
    lay = paths.layout
    reach = lay.radius + 4 * _line_width(paths, palette) + 2
    box = _device_aligned(QRectF(lay.cx - reach, lay.cy - reach, 2 * reach, 2 * reach), dpr)
    image = yield from layer_image_steps(QSizeF(box.width(), box.height()), dpr, None)
    p = QPainter(image)
    try:
        p.translate(-box.left(), -box.top())
        yield from line_steps(p, paths, palette)
    finally:
        p.end()
    return image, box.topLeft()


def paint_answer_sectors(
    painter: QPainter,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    areas: Collection[int] | None = None,
) -> None:
    """The child's answers as sectors filled to their level, hatched or dotted
    (``areas``: only these areas')."""
    _run(answer_sector_steps(painter, state, palette, paths, areas))


def answer_sector_steps(
    painter: QPainter,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    areas: Collection[int] | None = None,
) -> Iterator[None]:
    """:func:`paint_answer_sectors` in steps (one per area), as :func:`ground_steps`."""
    _begin(painter)
    try:
        yield from _answer_sectors(painter, state, palette, paths, areas)
    finally:
        painter.restore()


def _answer_sectors(
    painter: QPainter,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    areas: Collection[int] | None,
) -> Iterator[None]:
    g, pal = paths.geometry, palette
    lw = _line_width(paths, pal)
    clip = _clip_box(painter)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, area in enumerate(state.definition.areas):
        if i:
            yield
        if areas is not None and i not in areas:
            continue
        sector = paths.sector(i)
        answer = state.answer(area.id)
        if answer.kind is AnswerKind.LEVEL and answer.level is not None:
            level = min(answer.level, g.n_levels)
            fill = paths.fills[i][level - 1]
            if not _reaches(clip, fill.boundingRect(), lw):
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_colour(area.colour, pal.fill_opacity))
            painter.drawPath(fill)
            if pal.area_patterns:
                _area_pattern(painter, paths, i, level, _pen(pal.pattern_line, lw))
        elif not _reaches(clip, sector.boundingRect(), 0.0):
            continue
        elif answer.kind in (AnswerKind.DECLINED, AnswerKind.DONT_KNOW):
            # a refusal fills the whole sector, hatched or dotted: a sprite, as its
            # neighbours' new answers paint it again
            kind = answer.kind
            key = (kind, i, pal.declined_fill, pal.declined_hatch, pal.dont_know_fill)
            draw = functools.partial(_refusal_sector, paths=paths, pal=pal, index=i, kind=kind)
            _sprite(painter, paths, (*key, pal.dont_know_dots, lw), sector.boundingRect(), draw)


def _refusal_sector(
    painter: QPainter, paths: WheelPaths, pal: WheelPalette, index: int, kind: AnswerKind
) -> None:
    """Sector ``index`` filled for "don't want to say" (hatched) or "don't know"
    (dotted)."""
    lay, sector = paths.layout, paths.sector(index)
    lw = _line_width(paths, pal)
    painter.setPen(Qt.PenStyle.NoPen)
    if kind is AnswerKind.DECLINED:
        painter.setBrush(_colour(pal.declined_fill))
        painter.drawPath(sector)
        hatch(painter, sector, max(7.0, lay.radius * 0.045), _pen(pal.declined_hatch, lw))
    else:
        painter.setBrush(_colour(pal.dont_know_fill))
        painter.drawPath(sector)
        dots(painter, sector, max(8.0, lay.radius * 0.05), max(1.4, lw * 1.4), pal.dont_know_dots)


def paint_answer_marks(
    painter: QPainter,
    rect: QRectF,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    only_areas: Collection[int] | None = None,
    labels: Collection[int] | None = None,
    hub: bool = True,
    legend: bool = True,
) -> None:
    """Over the rings: each fill's edge, the refusals' symbols, last time's outline,
    the other views' marks, then the hub, the labels (with the answers' words) and
    the legend. ``only_areas``: only these areas' marks; ``labels``: only these
    areas' labels (None: those of ``only_areas``); ``hub``, ``legend``: whether
    to paint them."""
    _run(answer_mark_steps(painter, rect, state, palette, paths, only_areas, labels, hub, legend))


def answer_mark_steps(
    painter: QPainter,
    rect: QRectF,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    only_areas: Collection[int] | None = None,
    labels: Collection[int] | None = None,
    hub: bool = True,
    legend: bool = True,
    boxes: dict[int, QRectF] | None = None,
    word_boxes: dict[int, QRectF] | None = None,
) -> Iterator[None]:
    """:func:`paint_answer_marks` in steps (each kind of mark, each area's other
    views, the hub, each label, the legend), as :func:`ground_steps`. ``boxes``,
    ``word_boxes``: filled with every area's label block and line of words as
    the labels are painted (see :func:`_paint_labels`)."""
    _begin(painter)
    try:
        yield from _answer_marks(
            painter, rect, state, palette, paths, only_areas, labels, hub, legend, boxes,
            word_boxes,
        )  # fmt: skip
    finally:
        painter.restore()


def _answer_marks(
    painter: QPainter,
    rect: QRectF,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
    only_areas: Collection[int] | None,
    labels: Collection[int] | None,
    hub: bool,
    legend: bool,
    boxes: dict[int, QRectF] | None,
    word_boxes: dict[int, QRectF] | None,
) -> Iterator[None]:
    lay, g, pal = paths.layout, paths.geometry, palette
    lw = _line_width(paths, pal)
    label_px = _label_px(paths, state)
    lang_font = _font(state.language, label_px)
    clip = _clip_box(painter)  # parts wholly outside it are skipped
    areas = state.definition.areas
    # a clear outer edge on each child fill, so the level reads without colour
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for i, area in enumerate(areas):
        if only_areas is not None and i not in only_areas:
            continue
        answer = state.answer(area.id)
        if answer.kind is AnswerKind.LEVEL and answer.level is not None:
            arc = paths.arc_polygon(i, g.ring_radius(min(answer.level, g.n_levels)))
            if _reaches(clip, arc.boundingRect(), 2.0 * lw):
                edge = QColor(area.colour).darker(135)
                painter.setPen(QPen(edge, 2.0 * lw))
                painter.drawPolyline(arc)

    yield
    # symbols for declined / don't know, in the middle of the sector
    symbol = child_symbol_size(paths)
    for i, area in enumerate(areas):
        if only_areas is not None and i not in only_areas:
            continue
        answer = state.answer(area.id)
        mid = lay.to_px(g.point(g.mid_angle(i), (g.hub + 1.0) / 2))
        if not _reaches(clip, QRectF(mid, mid), symbol):
            continue
        if answer.kind is AnswerKind.DECLINED:
            _declined_symbol(painter, mid, symbol, pal)
        elif answer.kind is AnswerKind.DONT_KNOW:
            _dont_know_symbol(painter, mid, symbol, pal, lang_font)

    yield
    # last conversation: a thin dashed outline of the earlier slice
    if state.show_previous:
        pen = _pen(pal.previous_outline, 1.5 * lw, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, area in enumerate(areas):
            if only_areas is not None and i not in only_areas:
                continue
            prev = state.previous.get(area.id, NOT_ASKED)
            if prev.kind is AnswerKind.LEVEL and prev.level is not None:
                outline = paths.fills[i][min(prev.level, g.n_levels) - 1]
                if _reaches(clip, outline.boundingRect(), 1.5 * lw):
                    painter.drawPath(outline)
        yield
    # adult's and guardian's views: separate, labelled marks, never averaged
    marks: list[tuple[Mapping[str, Answer], str, str, Qt.PenStyle]] = [
        (state.answers(who), viewpoint_badge(who), colour, style)
        for who, shown, colour, style in (
            ("adult", state.show_adult, pal.adult_mark, Qt.PenStyle.SolidLine),
            ("guardian", state.show_guardian, pal.guardian_mark, Qt.PenStyle.DashDotLine),
        )
        if shown
    ]
    if state.show_guardian_views:
        for n, view in enumerate(state.guardian_views):
            colour, style = guardian_mark_style(pal, n)
            marks.append((view.answers, view.badge, colour, style))
    for i, area in enumerate(areas):
        if only_areas is not None and i not in only_areas:
            continue
        views = [(answers.get(area.id, NOT_ASKED), badge) for answers, badge, _, _ in marks]
        refused = state.answer(area.id).kind in (AnswerKind.DECLINED, AnswerKind.DONT_KNOW)
        lines, tags = sector_marks(paths, i, views, lw, refused)
        for (arc, _end, _r), n in lines:
            _, badge, colour, style = marks[n]
            if _reaches(clip, arc.boundingRect(), 3.2 * lw):
                painter.setPen(_pen(colour, 3.2 * lw, style))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(arc)
        # the badges over every line: a later view's line never crosses a letter
        for (_arc, end, r), n in lines:
            _, badge, colour, style = marks[n]
            if _reaches(clip, QRectF(end, end), r * 1.2):
                _badge(painter, end, r, colour, badge, pal, lang_font)
        # the refusals' tags last, where no badge and no other tag is
        for (end, inward, r, declined), n in tags:
            _, badge, colour, style = marks[n]
            reach = refusal_tag_length(r) + 2.0 * lw
            if _reaches(clip, QRectF(end, end), reach):
                # a sprite: a neighbour's new answer paints it again
                draw = functools.partial(
                    refusal_tag, end=end, inward=inward, radius=r, colour=colour,
                    text=badge, declined=declined, pal=pal, font=lang_font,
                )  # fmt: skip
                key = (
                    "tag", declined, badge, colour, r, end.x(), end.y(), inward.x(),
                    inward.y(), pal.background, pal.badge_text, pal.line_scale,
                    lang_font.key(),
                )  # fmt: skip
                box = QRectF(end, end).adjusted(-reach, -reach, reach, reach)
                _sprite(painter, paths, key, box, draw)
        if marks:
            yield

    # the hub: the child is in the middle
    if hub:
        _paint_hub(painter, paths, pal, lw)
        yield
    label_areas = only_areas if labels is None else labels
    if label_areas is None or label_areas or boxes is not None:
        yield from label_steps(
            painter, rect, state, paths, pal, lang_font, label_px, areas=label_areas,
            boxes=boxes, word_boxes=word_boxes,
        )  # fmt: skip
    if legend:
        yield
        _paint_legend(painter, rect, state, pal, lw, _legend_px(paths, state))


def child_symbol_size(paths: WheelPaths) -> float:
    """The side of the child's own refusal's symbol, in the sector's middle."""
    return max(18.0, paths.layout.radius * 0.13)


def badge_radius(paths: WheelPaths, badge: str) -> float:
    """A view's badge's radius on this wheel (a two-letter badge is wider)."""
    r = max(8.0, paths.layout.radius * 0.032)
    return r * (1.0 if len(badge) == 1 else 1.3)


_Line = tuple[QPolygonF, QPointF, float]  # the level's arc, its badge's centre and radius
_Tag = tuple[QPointF, QPointF, float, bool]  # badge centre, inward unit, radius, declined


def sector_marks(
    paths: WheelPaths,
    index: int,
    views: Sequence[tuple[Answer, str]],
    lw: float,
    child_refused: bool = False,
) -> tuple[list[tuple[_Line, int]], list[tuple[_Tag, int]]]:
    """Where each view's mark goes in sector ``index`` (``views``: each view's
    answer there and its badge): a level's line with its badge at the arc's end
    (a second view at the same level a little further in, its badge at the other
    end), and a refusal's tag (see :func:`refusal_tag`) on the rim, at an end of the
    arc or stepped in from it (by halves of a tag's length and a badge's width), at
    the first such place where it covers no level's badge and no other tag. Each
    entry carries its view's index in ``views``; ``lw``: the wheel's line width;
    ``child_refused``: the child's own refusal's symbol is in the sector's middle,
    and no tag covers it either."""
    lay, g = paths.layout, paths.geometry
    lines: list[tuple[_Line, int]] = []
    refusals: list[tuple[int, float, bool]] = []
    used: list[float] = []
    for n, (ans, badge) in enumerate(views):
        if not ans.is_given:
            continue
        r = badge_radius(paths, badge)
        if ans.kind is not AnswerKind.LEVEL or ans.level is None:
            refusals.append((n, r, ans.kind is AnswerKind.DECLINED))
            continue
        radius = g.ring_radius(min(ans.level, g.n_levels))
        nudge = sum(1 for u in used if abs(u - radius) < 1e-6)
        used.append(radius)
        radius -= nudge * (6.0 * lw / lay.radius)
        arc = paths.arc_polygon(index, radius, inset=0.12)
        lines.append(((arc, arc.last() if nudge == 0 else arc.first(), r), n))
    taken: list[Disc] = [(end, r * 1.1) for (_, end, r), _ in lines]
    tags: list[tuple[_Tag, int]] = []
    if not refusals:
        return lines, tags
    if child_refused:
        mid = lay.to_px(g.point(g.mid_angle(index), (g.hub + 1.0) / 2))
        taken.append((mid, child_symbol_size(paths) * 0.62))
    rim = paths.arc_polygon(index, 1.0, inset=0.12)
    ends = []
    for point in (rim.first(), rim.last()):
        dx, dy = lay.cx - point.x(), lay.cy - point.y()
        norm = max(1e-6, (dx * dx + dy * dy) ** 0.5)
        ends.append((point, QPointF(dx / norm, dy / norm)))
    reach = (1.0 - g.hub) * lay.radius  # from the rim to the hub
    for n, r, declined in refusals:
        # in from each end by half steps of a tag's length and a badge's width of air,
        # while the tag stays outside the hub: the first free place; else (more
        # views than the sector has room for) the one that covers the least
        step = (refusal_tag_length(r) + r) / 2
        places = [
            (end, inward, refusal_tag_discs(end, inward, r))
            for k in range(max(1, int((reach - refusal_tag_length(r)) // step) + 1))
            for point, inward in ends
            for end in (point + inward * (step * k),)
        ]

        depth = [sum(discs_meet(d, t) for d in place[2] for t in taken) for place in places]
        place = places[depth.index(min(depth))]  # the first free one, if any is
        end, inward, discs = place
        taken += discs
        tags.append(((end, inward, r, declined), n))
    return lines, tags


def _paint_hub(painter: QPainter, paths: WheelPaths, pal: WheelPalette, lw: float) -> None:
    """The hub with the child in it (from a sprite: it is painted every frame)."""

    def draw(p: QPainter) -> None:
        lay, g = paths.layout, paths.geometry
        p.setPen(_pen(pal.hub_line, lw * 1.5))
        p.setBrush(_colour(pal.hub_fill))
        p.drawPath(paths.hub)
        hub_r = g.hub * lay.radius
        child = area_icon("child")
        draw_icon(
            p,
            child,
            QRectF(lay.cx - hub_r * 0.7, lay.cy - hub_r * 0.75, hub_r * 1.4, hub_r * 1.4),
            pal.text_muted,
        )

    box = paths.hub.boundingRect().adjusted(-lw, -lw, lw, lw)
    _sprite(painter, paths, ("hub", pal.hub_line, pal.hub_fill, pal.text_muted, lw), box, draw)


def _has_overlays(state: WheelState) -> bool:
    return state.hover is not None or (state.focus is not None and state.focus_visible)


def paint_wheel_overlays(
    painter: QPainter, rect: QRectF, state: WheelState, palette: WheelPalette, paths: WheelPaths
) -> None:
    """The hovered ring and the keyboard focus, over the base picture."""
    _run(overlay_steps(painter, rect, state, palette, paths))


def overlay_steps(
    painter: QPainter, rect: QRectF, state: WheelState, palette: WheelPalette, paths: WheelPaths
) -> Iterator[None]:
    """:func:`paint_wheel_overlays` in steps (the pointer's ring, the focus
    outline, the hub, the focused label), as :func:`ground_steps`."""
    if not _has_overlays(state):
        return
    lay, g, pal = paths.layout, paths.geometry, palette
    areas = state.definition.areas
    lw = _line_width(paths, pal)
    label_px = _label_px(paths, state)
    lang_font = _font(state.language, label_px)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        # hover: the ring under the pointer lights up (it is what a tap would set)
        if state.hover is not None:
            hi, hl = state.hover
            if 0 <= hi < len(areas) and 1 <= hl <= g.n_levels:
                band = paths.bands[hi][hl - 1]
                pen = _pen(pal.hover_line, 1.5 * lw)
                stroke = paths.stroke(("band", hi, hl), band, pen)

                def lit(
                    p: QPainter, band: QPainterPath = band, stroke: QPainterPath = stroke
                ) -> None:
                    p.fillPath(band, _colour(pal.hover))
                    p.fillPath(stroke, _colour(pal.hover_line))

                key = ("hover", hi, hl, pal.hover, pal.hover_line, lw)
                _sprite(painter, paths, key, stroke.boundingRect(), lit)
                yield

        # keyboard focus: a strong outline around the whole sector, level numbers inside
        if state.focus is not None and state.focus_visible and 0 <= state.focus < len(areas):
            fi = state.focus
            pen = _pen(pal.focus, 3.0 * lw)
            outline = paths.outlines if g.n_areas == 1 else paths.sector(fi)
            ring = paths.stroke(("focus", fi), outline, pen)

            def outlined(p: QPainter, ring: QPainterPath = ring) -> None:
                p.fillPath(ring, _colour(pal.focus))

            _sprite(painter, paths, ("focus", fi, pal.focus, lw), ring.boundingRect(), outlined)
            yield
            num_font = QFont(lang_font)
            num_font.setPixelSize(max(9, round(label_px * 0.7)))
            painter.setFont(num_font)
            painter.setPen(_colour(pal.text_muted))
            for k in range(1, g.n_levels + 1):
                c = lay.to_px(g.sector_centre(fi, k))
                box = QRectF(c.x() - 20, c.y() - 10, 40, 20)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(k))

        # the hub stays on top of the hovered ring and the focus outline
        _paint_hub(painter, paths, pal, lw)
        if state.focus is not None and state.focus_visible and 0 <= state.focus < len(areas):
            yield
            _paint_labels(painter, rect, state, paths, pal, lang_font, label_px, only=state.focus)
    finally:
        painter.restore()

"""Painting the wheel.

:func:`paint_wheel` paints a :class:`~hjulet.gui.wheel.state.WheelState` into any
QPainter (the widget's ``paintEvent``, ``grab()`` in tests, a print preview). It reads
colours from a :class:`~hjulet.gui.theme.WheelPalette` and geometry from
:class:`~hjulet.core.geometry.WheelGeometry`, the same geometry the PDF uses.
:class:`WheelPicture` paints the same from cached layers.

The drawing never sums or ranks: there are no totals and no judgement colours.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTextOption,
    QTransform,
)

from hjulet.core.icons import Icon, area_icon
from hjulet.core.model import NOT_ASKED, Answer, AnswerKind
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import NORMAL, WheelPalette, area_pattern
from hjulet.gui.wheel.layout import WheelLayout, WheelPaths, build_paths, label_px_for
from hjulet.gui.wheel.state import (
    Layer,
    WheelState,
    answer_text,
    layer_fields,
    viewpoint_badge,
    viewpoint_name,
)

# Every user-visible string below is a literal QCoreApplication.translate("WheelWidget", ...)
# call so that pyside6-lupdate finds it.


# --- painting -------------------------------------------------------------------

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


@functools.lru_cache(maxsize=64)
def _font(lang: str, pixel_size: int) -> QFont:
    """:func:`font_for`, kept: painting asks for the same few fonts every frame
    (the font returned is shared: copy it before changing it)."""
    return font_for(lang, pixel_size)


def _colour(spec: str, alpha: float | None = None) -> QColor:
    c = QColor(spec)
    if alpha is not None:
        c.setAlphaF(max(0.0, min(1.0, alpha)))
    return c


def _pen(spec: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(_colour(spec), width)
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


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


# Patterns (hatching, dots, the high-contrast lines) are filled with a small tile
# as a texture brush: one antialiased path fill, instead of clipping to the path
# and drawing each line or dot (a clip path is slow and its edge is not antialiased).
# A tile is whole device pixels, so a spacing is rounded to one; the tile's corner
# sits on a device pixel, so every paint of the same path gives the same pixels.
_TILES: dict[tuple[object, ...], QImage] = {}


def _device_ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


def _tile(key: tuple[object, ...], width: int, height: int, dpr: float, draw: object) -> QImage:
    """A transparent ``width`` x ``height`` device-pixel tile, drawn once per key."""
    tile = _TILES.get(key)
    if tile is None:
        if len(_TILES) > 64:
            _TILES.clear()
        tile = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        tile.fill(Qt.GlobalColor.transparent)
        p = QPainter(tile)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw(p)  # type: ignore[operator]
        p.end()
        tile.setDevicePixelRatio(dpr)
        _TILES[key] = tile
    return tile


def _fill_tiled(painter: QPainter, clip: QPainterPath, tile: QImage) -> None:
    """Fill ``clip`` with ``tile`` repeated from the device's origin (any other
    origin would put the tile across device pixels at some scales)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillPath(clip, QBrush(tile))
    painter.restore()


def _lines_tile(kind: str, spacing: float, width: float, colour: QColor, dpr: float) -> QImage:
    """Lines ``spacing`` apart: "diagonal" (45°, rising to the right), "horizontal",
    "vertical" or "grid"."""
    n = max(2, round(spacing * dpr))

    def draw(p: QPainter) -> None:
        pen = QPen(colour, width * dpr)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        for c in (-n, 0, n):  # each line and its wrapped neighbours
            if kind == "diagonal":
                p.drawLine(QPointF(c + n + 2, -2), QPointF(c - 2, n + 2))
            if kind in ("horizontal", "grid"):
                p.drawLine(QPointF(-1, c), QPointF(n + 1, c))
            if kind in ("vertical", "grid"):
                p.drawLine(QPointF(c, -1), QPointF(c, n + 1))

    key = ("lines", kind, n, round(width * dpr, 3), colour.rgba(), dpr)
    return _tile(key, n, n, dpr, draw)


def hatch(painter: QPainter, clip: QPainterPath, spacing: float, pen: QPen) -> None:
    """Diagonal lines (45°, rising to the right) across ``clip``."""
    dpr = _device_ratio(painter)
    tile = _lines_tile("diagonal", spacing, pen.widthF(), pen.color(), dpr)
    _fill_tiled(painter, clip, tile)


def dots(painter: QPainter, clip: QPainterPath, spacing: float, radius: float, col: str) -> None:
    """Dots ``spacing`` apart across ``clip``, every other row shifted by half."""
    dpr = _device_ratio(painter)
    w = max(2, 2 * round(spacing * dpr / 2))  # even: the shifted row starts at w / 2
    h = max(2, round(spacing * 0.866 * 2 * dpr))
    colour = _colour(col)

    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        rad = radius * dpr
        for x, y in ((0, 0), (w, 0), (0, h), (w, h), (w / 2, h / 2)):
            p.drawEllipse(QPointF(x, y), rad, rad)

    tile = _tile(("dots", w, h, round(radius * dpr, 3), colour.rgba(), dpr), w, h, dpr, draw)
    _fill_tiled(painter, clip, tile)


def _area_pattern(painter: QPainter, paths: WheelPaths, index: int, level: int, pen: QPen) -> None:
    """The high-contrast pattern of area ``index`` over its fill to ``level``: lines
    from a tile, or rings and rays drawn within the fill (no clip path: they are
    cut where the fill ends, with flat ends)."""
    pattern = area_pattern(index)
    if pattern == "plain":
        return
    lay, g = paths.layout, paths.geometry
    spacing = max(6.0, lay.radius * 0.05)
    if pattern.startswith("sparse_"):
        spacing *= 2.2
    lines = pattern.removeprefix("sparse_")
    if lines in ("horizontal", "vertical", "grid"):
        dpr = _device_ratio(painter)
        tile = _lines_tile(lines, spacing, pen.widthF(), pen.color(), dpr)
        _fill_tiled(painter, paths.fills[index][level - 1], tile)
        return
    outer = g.ring_radius(level)
    flat = QPen(pen)
    flat.setCapStyle(Qt.PenCapStyle.FlatCap)
    drawn = QPainterPath()
    if pattern == "rings":
        rad = g.hub * lay.radius + spacing
        while rad < outer * lay.radius:
            drawn.addPolygon(QPolygonF(paths.arc(index, rad / lay.radius)))
            rad += spacing
    if pattern == "rays":
        for t in range(1, 6):
            angle = g.sector_start(index) + g.span * t / 6
            drawn.moveTo(lay.to_px(g.point(angle, g.hub)))
            for k in range(1, level + 1):  # ring by ring, as the fill's sides
                drawn.lineTo(lay.to_px(g.point(angle, g.ring_radius(k))))
    painter.save()
    _fill_stroke(painter, drawn, flat)  # a filled outline: no line clipped on its own
    painter.restore()


def _declined_symbol(painter: QPainter, centre: QPointF, size: float, pal: WheelPalette) -> None:
    """A small speech bubble, crossed out: "I don't want to say"."""
    w, h = size, size * 0.72
    body = QRectF(centre.x() - w / 2, centre.y() - h / 2 - size * 0.08, w, h)
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
    bubble = bubble.united(tail_path)
    lw = max(1.5, size * 0.09) * pal.line_scale
    painter.save()
    painter.setPen(_pen(pal.declined_symbol, lw))
    painter.setBrush(_colour(pal.declined_fill))
    painter.drawPath(bubble)
    painter.drawLine(
        QPointF(body.left() - size * 0.08, body.bottom() + size * 0.12),
        QPointF(body.right() + size * 0.08, body.top() - size * 0.12),
    )
    painter.restore()


def _dont_know_symbol(
    painter: QPainter, centre: QPointF, size: float, pal: WheelPalette, lang_font: QFont
) -> None:
    painter.save()
    painter.setPen(_pen(pal.dont_know_symbol, max(1.5, size * 0.08) * pal.line_scale))
    painter.setBrush(_colour(pal.dont_know_fill))
    painter.drawEllipse(centre, size / 2, size / 2)
    font = QFont(lang_font)
    font.setPixelSize(max(8, round(size * 0.7)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(_colour(pal.dont_know_symbol))
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


# The key of each cached layer: the fields of WheelState declared in it
# (state.Layer); a field declared in none fails here, at import.
_WHEEL_FIELDS = layer_fields(Layer.WHEEL)
_ANSWER_FIELDS = layer_fields(Layer.ANSWERS)


def _frozen(value: object) -> object:
    # answers are copied: the widget mutates its dicts in place
    return tuple(sorted(value.items())) if isinstance(value, dict) else value


def layer_key(layer: Layer, state: WheelState) -> tuple[object, ...]:
    """The values of ``layer``'s fields, to compare with a cached layer's key."""
    names = _WHEEL_FIELDS if layer is Layer.WHEEL else _ANSWER_FIELDS
    return tuple(_frozen(getattr(state, name)) for name in names)


def _layer_image(size: QSize | QSizeF, dpr: float, fill: QColor | None) -> QImage:
    if fill is None:  # a transparent layer, drawn over the others
        image = QImage(
            round(size.width() * dpr),
            round(size.height() * dpr),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
    else:  # opaque: its blit is a copy
        image = QImage(
            round(size.width() * dpr), round(size.height() * dpr), QImage.Format.Format_RGB32
        )
        image.fill(fill)
    image.setDevicePixelRatio(dpr)
    return image


class WheelPicture:
    """The wheel's picture in cached layers, kept between paints.

    * **wheel** (:attr:`Layer.WHEEL`): the ground (background, the faint empty
      sectors) as one opaque image, and the rings and the sector outlines as one
      transparent one (:func:`paint_lines`). Keyed on the size, the device pixel
      ratio, the palette and the state's wheel fields (definition, scale,
      language, direction, label size).
    * **answers** (:attr:`Layer.ANSWERS`): the ground copied, the child's sectors
      painted on it, the rings and outlines laid over them, then the marks (the
      adult's, the guardians', last time's), the hub and the labels with the
      answers' words. Keyed on the wheel's key and the state's answer fields;
      when only some areas' answers changed, only the boxes those changes reach
      are painted again (:meth:`_repaint_areas`).
    * **overlays** (:attr:`Layer.OVERLAY`): the pointer and the keyboard focus,
      painted over the answers' picture on every paint.

    What is painted every frame or again and again (the hub, the icons, a
    refused sector, the hovered ring, the focus outline) is a sprite kept with
    the paths (:func:`_sprite`). So moving the pointer or the focus repaints in
    a few blits, and a new answer repaints a few boxes of the answers, never the
    rings. The result is the same, pixel
    for pixel, as :func:`paint_wheel`, which lays the same layer of lines over
    its sectors.
    """

    def __init__(self) -> None:
        self._wheel_key: tuple[object, ...] | None = None
        self._ground: QImage | None = None
        self._lines: QImage | None = None
        self._lines_at = QPointF()  # where the lines' layer's top left goes
        self._answers_key: tuple[object, ...] | None = None
        self._answers: QImage | None = None
        self._boxes: dict[int, QRectF] = {}  # each area's label block in the answers' picture
        self._word_boxes: dict[int, QRectF] = {}  # and the line of its answer's words
        self._legend: tuple[str, ...] = ()
        self.renders: dict[Layer, int] = {Layer.WHEEL: 0, Layer.ANSWERS: 0}  # for tests
        self.areas_repainted = 0  # answers' repaints of some areas only (for tests)

    def invalidate(self) -> None:
        self._wheel_key = self._answers_key = None
        self._ground = self._lines = self._answers = None

    def paint(
        self,
        painter: QPainter,
        size: QSize,
        dpr: float,
        state: WheelState,
        palette: WheelPalette,
        paths: WheelPaths,
    ) -> None:
        rect = QRectF(QPointF(0, 0), QSizeF(size))
        wheel_key = (size.width(), size.height(), dpr, palette, *layer_key(Layer.WHEEL, state))
        if wheel_key != self._wheel_key or self._ground is None:
            self._paint_wheel_layers(size, dpr, rect, state, palette, paths)
            self._wheel_key, self._answers_key = wheel_key, None
        answers_key = layer_key(Layer.ANSWERS, state)
        if answers_key != self._answers_key or self._answers is None:
            legend = self._legend_key(state, palette, paths)
            dirty = self._changed_areas(state, answers_key, legend)
            if dirty is None:
                self._paint_answers_layer(rect, state, palette, paths)
            elif dirty:
                self._repaint_areas(dirty, rect, dpr, state, palette, paths)
            self._answers_key, self._legend = answers_key, legend
        assert self._answers is not None
        mode = painter.compositionMode()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QPointF(0, 0), self._answers)
        painter.setCompositionMode(mode)
        paint_wheel_overlays(painter, rect, state, palette, paths)

    def _paint_wheel_layers(
        self,
        size: QSize,
        dpr: float,
        rect: QRectF,
        state: WheelState,
        palette: WheelPalette,
        paths: WheelPaths,
    ) -> None:
        ground = _layer_image(size, dpr, QColor(palette.background))
        p = QPainter(ground)
        try:
            paint_wheel_ground(p, rect, state, palette, paths, filled=True)
        finally:
            p.end()
        self._ground = ground
        self._lines, self._lines_at = _lines_image(dpr, paths, palette)
        self.renders[Layer.WHEEL] += 1

    def _paint_answers_layer(
        self, rect: QRectF, state: WheelState, palette: WheelPalette, paths: WheelPaths
    ) -> None:
        assert self._ground is not None and self._lines is not None
        image = self._ground.copy()
        image.setDevicePixelRatio(self._ground.devicePixelRatio())
        p = QPainter(image)
        try:
            paint_answer_sectors(p, state, palette, paths)
            p.drawImage(self._lines_at, self._lines)
            paint_answer_marks(p, rect, state, palette, paths)
        finally:
            p.end()
        self._answers = image
        self._boxes, self._word_boxes = _label_boxes(state, paths, palette, rect)
        self.renders[Layer.ANSWERS] += 1

    @staticmethod
    def _legend_key(state: WheelState, palette: WheelPalette, paths: WheelPaths) -> tuple[str, ...]:
        return tuple(
            text for text, _pen in _legend_rows(state, palette, _line_width(paths, palette))
        )

    def _changed_areas(
        self, state: WheelState, answers_key: tuple[object, ...], legend: tuple[str, ...]
    ) -> dict[int, dict[str, tuple[Answer | None, Answer | None]]] | None:
        """The areas whose answers changed, each with its changed answers (field:
        (before, after)), or None if the whole layer must be painted: any answer
        field but the per-area answers changed, or the legend did."""
        if self._answers is None or self._answers_key is None:
            return None
        before = dict(zip(_ANSWER_FIELDS, self._answers_key, strict=True))
        now = dict(zip(_ANSWER_FIELDS, answers_key, strict=True))
        changed = {name for name in _ANSWER_FIELDS if before[name] != now[name]}
        if not changed <= _PER_AREA_FIELDS:
            return None
        if legend != self._legend:
            return None
        ids = state.definition.area_ids
        dirty: dict[int, dict[str, tuple[Answer | None, Answer | None]]] = {}
        for name in changed:
            old = dict(before[name])  # type: ignore[call-overload]
            new = getattr(state, name)
            for i, a in enumerate(ids):
                if old.get(a) != new.get(a):
                    dirty.setdefault(i, {})[name] = (old.get(a), new.get(a))
        return dirty

    def _repaint_areas(
        self,
        dirty: Mapping[int, Mapping[str, tuple[Answer | None, Answer | None]]],
        rect: QRectF,
        dpr: float,
        state: WheelState,
        palette: WheelPalette,
        paths: WheelPaths,
    ) -> None:
        """Repaint the answers' picture where the changed answers paint only.

        That is a few boxes: the part of each changed sector the change reaches
        (:func:`_changed_reach`) and, when the child's answer changed, the area's
        label block before and after. They are cleared to the ground and painted
        again, clipped, by every part of the picture that reaches into them (the
        other areas' fills and marks, the hub, labels, legend that do; the rest is
        skipped): the same pixels as painting the whole layer.
        """
        assert self._answers is not None and self._ground is not None
        assert self._lines is not None
        # only the changed areas' label blocks can have moved
        new_boxes, new_word_boxes = _label_boxes(state, paths, palette, rect, measure=dirty)
        boxes, word_boxes = self._boxes | new_boxes, self._word_boxes | new_word_boxes
        margin = _label_px(paths, state)
        ink = margin / 2  # how far a glyph may reach outside its line
        grown = {i: b.adjusted(-margin, -margin, margin, margin) for i, b in boxes.items()}
        parts: list[QRectF] = []
        for i, changes in dirty.items():
            parts.append(_changed_reach(paths, palette, i, changes))
            if "child" in changes:  # the answer's words under the label
                if self._boxes.get(i) == boxes[i]:
                    # the block stays: its line of words only
                    words = self._word_boxes[i].united(word_boxes[i])
                    parts.append(words.adjusted(-ink, -ink, ink, ink))
                else:
                    old = self._boxes.get(i, boxes[i])
                    parts.append(old.adjusted(-margin, -margin, margin, margin).united(grown[i]))
        # each box grown to whole device pixels, painted again on its own (where
        # boxes overlap, the later one paints the overlap again, whole)
        m = _area_margin(paths, palette)  # an area paints within it of its sector
        lw = _line_width(paths, palette)
        hub = paths.hub.boundingRect().adjusted(-2 * lw, -2 * lw, 2 * lw, 2 * lw)
        legend = _legend_box(rect, state, palette, paths)
        p = QPainter(self._answers)
        try:
            for part in parts:
                box = _device_aligned(part.intersected(rect), dpr)
                if box.isEmpty():
                    continue
                near = box.adjusted(-m, -m, m, m)
                touching = [i for i in range(len(paths.fills)) if paths.sector(i).intersects(near)]
                p.setClipRect(_clip_inside(box, dpr))
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                p.drawImage(box, self._ground, _device_rect(box, dpr))
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                if touching:  # else no sector, ring or outline reaches the box
                    paint_answer_sectors(p, state, palette, paths, touching)
                    lines = _device_rect(box.translated(-self._lines_at), dpr)
                    p.drawImage(box, self._lines, lines)
                paint_answer_marks(
                    p, rect, state, palette, paths, touching,
                    labels=[i for i, b in grown.items() if b.intersects(box)],
                    hub=hub.intersects(box),
                    legend=legend is not None and legend.intersects(box),
                )  # fmt: skip
        finally:
            p.end()
        self._boxes, self._word_boxes = boxes, word_boxes
        self.renders[Layer.ANSWERS] += 1
        self.areas_repainted += 1


# The answer fields that hold one answer per area id: when only these change,
# only the areas whose answers changed are painted again.
_PER_AREA_FIELDS = frozenset({"child", "adult", "guardian", "previous"})


def _label_boxes(
    state: WheelState,
    paths: WheelPaths,
    palette: WheelPalette,
    rect: QRectF,
    measure: Collection[int] | None = None,
) -> tuple[dict[int, QRectF], dict[int, QRectF]]:
    """Each area's label block (icon, label, words) and the line of its answer's
    words, where _paint_labels puts them (``measure``: these areas' only)."""
    label_px = _label_px(paths, state)
    boxes: dict[int, QRectF] = {}
    word_boxes: dict[int, QRectF] = {}
    font = _font(state.language, label_px)
    _paint_labels(
        None, rect, state, paths, palette, font, label_px, areas=(), boxes=boxes,
        word_boxes=word_boxes, measure=measure,
    )  # fmt: skip
    return boxes, word_boxes


def _area_margin(paths: WheelPaths, palette: WheelPalette) -> float:
    """How far outside its sector an area's edge, symbols and marks can paint: a
    badge (centred on a mark's end, inside the sector) and the widest pen."""
    lw = _line_width(paths, palette)
    badge = max(8.0, paths.layout.radius * 0.032) * 1.3
    return badge + 4.0 * lw + 4.0


def _area_reach(paths: WheelPaths, palette: WheelPalette, index: int) -> QRectF:
    """A box around everything an area's sector, edge, symbols and marks paint."""
    m = _area_margin(paths, palette)
    return paths.sector(index).boundingRect().adjusted(-m, -m, m, m)


def _changed_reach(
    paths: WheelPaths,
    palette: WheelPalette,
    index: int,
    changes: Mapping[str, tuple[Answer | None, Answer | None]],
) -> QRectF:
    """A box around what a change of area ``index``'s answers repaints in its
    sector: when only the child's level changed (or was set or cleared), the band
    between the two levels (the fill and its edge; marks over it are painted
    again as they reach into it); else the whole sector's reach."""
    if set(changes) == {"child"}:
        old, new = changes["child"]
        a, b = _level_of(old), _level_of(new)
        if a is not None and b is not None:
            g = paths.geometry
            lo, hi = min(a, b, g.n_levels), min(max(a, b), g.n_levels)
            bands = paths.bands[index]  # band k: ring k to ring k + 1
            box = bands[min(lo, g.n_levels - 1)].boundingRect()
            for k in range(lo + 1, hi):
                box = box.united(bands[k].boundingRect())
            # what changes: the fill (antialiased), its pattern, its edge's pen
            m = 2.0 * _line_width(paths, palette) + 2.0
            return box.adjusted(-m, -m, m, m)
    return _area_reach(paths, palette, index)


def _level_of(answer: Answer | None) -> int | None:
    """0 for no answer, the level for a level; None for a refusal (which fills the
    whole sector and draws a symbol)."""
    if answer is None or answer.kind is AnswerKind.NOT_ASKED:
        return 0
    if answer.kind is AnswerKind.LEVEL and answer.level is not None:
        return answer.level
    return None


def _clip_inside(r: QRectF, dpr: float) -> QRectF:
    """``r`` (aligned to device pixels) a hair smaller, so that the painter's
    scaling to the device, rounded either way, clips to exactly its pixels."""
    e = 1e-3 / dpr
    return r.adjusted(e, e, -e, -e)


def _device_rect(r: QRectF, dpr: float) -> QRectF:
    """``r`` (aligned to device pixels) in an image's device pixels."""
    return QRectF(r.left() * dpr, r.top() * dpr, r.width() * dpr, r.height() * dpr)


def _device_aligned(r: QRectF, dpr: float) -> QRectF:
    """``r`` grown to whole device pixels, so clipping to it is exact."""
    left, top = math.floor(r.left() * dpr), math.floor(r.top() * dpr)
    right, bottom = math.ceil(r.right() * dpr), math.ceil(r.bottom() * dpr)
    return QRectF(left / dpr, top / dpr, (right - left) / dpr, (bottom - top) / dpr)


def _line_width(paths: WheelPaths, pal: WheelPalette) -> float:
    return max(1.0, paths.layout.radius / 250.0) * pal.line_scale


def _label_px(paths: WheelPaths, state: WheelState) -> int:
    return label_px_for(paths.layout.side, state)


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
    _begin(painter)
    if not filled:
        painter.fillRect(rect, _colour(palette.background))
    if palette.empty_tint > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        for i, area in enumerate(state.definition.areas):
            painter.setBrush(_colour(area.colour, palette.empty_tint))
            painter.drawPath(paths.sector(i))
    painter.restore()


def _fill_stroke(painter: QPainter, path: QPainterPath, pen: QPen) -> None:
    """Stroke ``path`` as one filled outline: each pixel is blended once (a thin
    pen drawn segment by segment blends twice where segments meet)."""
    painter.fillPath(QPainterPathStroker(pen).createStroke(path), pen.brush())


def paint_lines(painter: QPainter, paths: WheelPaths, palette: WheelPalette) -> None:
    """The rings (the thin lines that show where each level is), then every
    sector's outline: each sector's a filled stroke of its own (kept with the
    paths), as a whole wheel's outline in one path fills about three times
    slower."""
    _begin(painter)
    lw = _line_width(paths, palette)
    pen = _pen(palette.ring_line, lw)
    for i, rings in enumerate(paths.sector_rings):
        if not rings.isEmpty():
            painter.fillPath(paths.stroke(("rings", i), rings, pen), pen.brush())
    pen = _pen(palette.sector_line, lw)
    if paths.geometry.n_areas == 1:  # a whole disc: a circle
        outlines = [paths.outlines]
    else:
        outlines = [paths.sector(i) for i in range(paths.geometry.n_areas)]
    for i, outline in enumerate(outlines):
        painter.fillPath(paths.stroke(("outline", i), outline, pen), pen.brush())
    painter.restore()


def _lines_image(dpr: float, paths: WheelPaths, palette: WheelPalette) -> tuple[QImage, QPointF]:
    """:func:`paint_lines` in a transparent layer just big enough for the wheel,
    and where its top left goes (on a device pixel)."""
    lay = paths.layout
    reach = lay.radius + 4 * _line_width(paths, palette) + 2
    box = _device_aligned(QRectF(lay.cx - reach, lay.cy - reach, 2 * reach, 2 * reach), dpr)
    image = _layer_image(QSizeF(box.width(), box.height()), dpr, None)
    p = QPainter(image)
    try:
        p.translate(-box.left(), -box.top())
        paint_lines(p, paths, palette)
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
    g, pal = paths.geometry, palette
    lw = _line_width(paths, pal)
    clip = _clip_box(painter)
    _begin(painter)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, area in enumerate(state.definition.areas):
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
    painter.restore()


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
    lay, g, pal = paths.layout, paths.geometry, palette
    lw = _line_width(paths, pal)
    label_px = _label_px(paths, state)
    lang_font = _font(state.language, label_px)
    clip = _clip_box(painter)  # parts wholly outside it are skipped
    _begin(painter)
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

    # symbols for declined / don't know, in the middle of the sector
    symbol = max(18.0, lay.radius * 0.13)
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
    badge_r = max(8.0, lay.radius * 0.032)
    for i, area in enumerate(areas):
        if only_areas is not None and i not in only_areas:
            continue
        used: list[float] = []
        for answers, badge, colour, style in marks:
            ans = answers.get(area.id, NOT_ASKED)
            if not ans.is_given:
                continue
            if ans.kind is AnswerKind.LEVEL and ans.level is not None:
                radius = g.ring_radius(min(ans.level, g.n_levels))
            else:
                radius = 1.0  # declined / don't know: a badge on the rim, no line
            nudge = sum(1 for r in used if abs(r - radius) < 1e-6)
            used.append(radius)
            radius -= nudge * (6.0 * lw / lay.radius)
            arc = paths.arc_polygon(i, radius, inset=0.12)
            if ans.kind is AnswerKind.LEVEL and _reaches(clip, arc.boundingRect(), 3.2 * lw):
                painter.setPen(_pen(colour, 3.2 * lw, style))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(arc)
            text = badge
            if ans.kind is AnswerKind.DECLINED:
                text += "–"
            elif ans.kind is AnswerKind.DONT_KNOW:
                text += "?"
            end = arc.last() if nudge == 0 else arc.first()
            r = badge_r * (1.0 if len(text) == 1 else 1.3)
            if _reaches(clip, QRectF(end, end), r * 1.2):
                _badge(painter, end, r, colour, text, pal, lang_font)

    # the hub: the child is in the middle
    if hub:
        _paint_hub(painter, paths, pal, lw)
    label_areas = only_areas if labels is None else labels
    if label_areas is None or label_areas:
        _paint_labels(painter, rect, state, paths, pal, lang_font, label_px, areas=label_areas)
    if legend:
        _paint_legend(painter, rect, state, pal, lw, max(12, round(label_px * 0.75)))
    painter.restore()


def _clip_box(painter: QPainter) -> QRectF | None:
    """The painter's clip as a box, or None when it paints everywhere."""
    return painter.clipBoundingRect() if painter.hasClipping() else None


def _reaches(clip: QRectF | None, box: QRectF, pen: float) -> bool:
    """Whether a part within ``box`` (drawn with a pen ``pen`` wide) can touch
    a pixel inside ``clip``: its pen, round ends and antialiasing included."""
    if clip is None:
        return True
    m = pen + 2.0
    return box.adjusted(-m, -m, m, m).intersects(clip)


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


# What one wheel's sprites may hold (a whole screen's wheel at 150 % with every
# ring hovered once would hold about 30 MiB).
SPRITE_BYTES = 12 * 1024 * 1024


def _sprite(
    painter: QPainter,
    paths: WheelPaths,
    key: tuple[object, ...],
    box: QRectF,
    draw: Callable[[QPainter], None],
) -> None:
    """What ``draw`` paints inside ``box``, from a small transparent image kept
    with the paths: painted once per key and place, then laid on the same device
    pixels every time (the cached picture and the one-pass one both use it)."""
    dpr = _device_ratio(painter)
    at = _device_aligned(box.adjusted(-1, -1, 1, 1), dpr)
    full = (*key, dpr, at.left(), at.top(), at.width(), at.height())
    image = paths.sprites.get(full)
    if image is None:
        image = _layer_image(QSizeF(at.width(), at.height()), dpr, None)
        held = sum(kept.sizeInBytes() for kept in paths.sprites.values())
        if held + image.sizeInBytes() > SPRITE_BYTES:
            paths.sprites.clear()  # painted again as they are needed
        p = QPainter(image)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.translate(-at.left(), -at.top())
            draw(p)
        finally:
            p.end()
        paths.sprites[full] = image
    painter.drawImage(at.topLeft(), image)


def _has_overlays(state: WheelState) -> bool:
    return state.hover is not None or (state.focus is not None and state.focus_visible)


def paint_wheel_overlays(
    painter: QPainter, rect: QRectF, state: WheelState, palette: WheelPalette, paths: WheelPaths
) -> None:
    """The hovered ring and the keyboard focus, over the base picture."""
    if not _has_overlays(state):
        return
    lay, g, pal = paths.layout, paths.geometry, palette
    areas = state.definition.areas
    lw = _line_width(paths, pal)
    label_px = _label_px(paths, state)
    lang_font = _font(state.language, label_px)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    # hover: the ring under the pointer lights up (it is what a tap would set)
    if state.hover is not None:
        hi, hl = state.hover
        if 0 <= hi < len(areas) and 1 <= hl <= g.n_levels:
            band = paths.bands[hi][hl - 1]
            pen = _pen(pal.hover_line, 1.5 * lw)
            stroke = paths.stroke(("band", hi, hl), band, pen)

            def lit(p: QPainter, band: QPainterPath = band, stroke: QPainterPath = stroke) -> None:
                p.fillPath(band, _colour(pal.hover))
                p.fillPath(stroke, _colour(pal.hover_line))

            key = ("hover", hi, hl, pal.hover, pal.hover_line, lw)
            _sprite(painter, paths, key, stroke.boundingRect(), lit)

    # keyboard focus: a strong outline around the whole sector, level numbers inside
    if state.focus is not None and state.focus_visible and 0 <= state.focus < len(areas):
        fi = state.focus
        pen = _pen(pal.focus, 3.0 * lw)
        outline = paths.outlines if g.n_areas == 1 else paths.sector(fi)
        ring = paths.stroke(("focus", fi), outline, pen)

        def outlined(p: QPainter, ring: QPainterPath = ring) -> None:
            p.fillPath(ring, _colour(pal.focus))

        _sprite(painter, paths, ("focus", fi, pal.focus, lw), ring.boundingRect(), outlined)
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
        _paint_labels(painter, rect, state, paths, pal, lang_font, label_px, only=state.focus)
    painter.restore()


def label_limit(rect: QRectF, lay: WheelLayout, angle_deg: float, rim_share: float) -> float:
    """How wide an area's label may be before it is shortened.

    ``rim_share``: what every label gets (its share of the rim). A label beside
    the wheel may also use the room between the rim and the rect's edge (a wide
    rect: the comparison, the conversation); one above or below may be as wide
    as the radius, since it moves outward when it would touch the rim.
    """
    a = math.radians(angle_deg)
    dx, dy = math.sin(a), -math.cos(a)
    gap = lay.radius * 1.05
    room = 0.0
    if abs(dx) > 0.7:  # from the rim to the rect's edge on its side
        side = rect.right() - lay.cx if dx > 0 else lay.cx - rect.left()
        room = side - gap * abs(dx) - 4
    if abs(dy) > 0.7:
        room = min(lay.radius * 0.95, rect.width() / 2 - 8)
    return max(rim_share, room)


def label_centre(
    rect: QRectF, lay: WheelLayout, angle_deg: float, w: float, h: float
) -> tuple[float, float]:
    """Where a ``w`` x ``h`` label block goes: touching the circle at the sector's
    middle angle, outside the rim, inside ``rect``; a block above or below that
    the rect's edge pushes onto the rim moves outward, clear of it, where there
    is room; so does a block beside whose row nearest the centre line would
    reach over the rim."""
    a = math.radians(angle_deg)
    dx, dy = math.sin(a), -math.cos(a)
    gap = lay.radius * 1.05
    cx = lay.cx + dx * (gap + w / 2 * abs(dx))
    cy = lay.cy + dy * (gap + h / 2 * abs(dy))
    cx = min(max(cx, rect.left() + w / 2 + 2), rect.right() - w / 2 - 2)
    cy = min(max(cy, rect.top() + h / 2 + 2), rect.bottom() - h / 2 - 2)
    if abs(dy) > 0.7 and abs(dx) > 0.05:
        near = cy + h / 2 if dy < 0 else cy - h / 2  # its edge nearest the centre
        rise = abs(near - lay.cy)
        if rise < gap:
            clear = math.sqrt(gap * gap - rise * rise) + w / 2
            if abs(cx - lay.cx) < clear:
                cx = lay.cx + math.copysign(clear, dx)
                cx = min(max(cx, rect.left() + w / 2 + 2), rect.right() - w / 2 - 2)
    elif abs(dx) > 0.7:
        # beside: the block touches the circle at its middle row, but its row nearest
        # the centre line (the answer's words, often wider than the name) lies where
        # the rim bulges outward: move out until that row clears it too
        near = min(max(lay.cy, cy - h / 2), cy + h / 2)
        rise = abs(near - lay.cy)
        if rise < gap:
            clear = math.sqrt(gap * gap - rise * rise) + w / 2
            if abs(cx - lay.cx) < clear:
                cx = lay.cx + math.copysign(clear, dx)
                cx = min(max(cx, rect.left() + w / 2 + 2), rect.right() - w / 2 - 2)
    return cx, cy


def beside_room(
    rect: QRectF, lay: WheelLayout, angle_deg: float, cy: float, h: float, icon: float = 0.0
) -> float | None:
    """How wide a block beside the wheel (``h`` high, centred at ``cy``, its top
    ``icon`` a narrow centred icon) may be between the rim, at the block's widest
    row nearest the centre line, and the rect's edge; None for a block above or
    below."""
    a = math.radians(angle_deg)
    dx = math.sin(a)
    if abs(dx) <= 0.7 or abs(math.cos(a)) > 0.7:
        return None
    gap = lay.radius * 1.05
    near = min(max(lay.cy, cy - h / 2 + icon), cy + h / 2)
    rise = abs(near - lay.cy)
    reach = math.sqrt(gap * gap - rise * rise) if rise < gap else 0.0
    if dx > 0:
        return rect.right() - 2 - (lay.cx + reach)
    return (lay.cx - reach) - rect.left() - 2


def shortened_names(state: WheelState, rect: QRectF, paths: WheelPaths) -> list[str]:
    """The area names (and second-language names) that the wheel in ``rect``
    shortens with "…", as :func:`_paint_labels` would."""
    lay, g = paths.layout, paths.geometry
    label_px = _label_px(paths, state)
    bold = QFont(_font(state.language, label_px))
    bold.setBold(True)
    fm_label = QFontMetricsF(bold)
    small_px = max(state.min_label_px - 2, round(label_px * 0.8))
    second = state.second_language if state.second_language != state.language else None
    fm_second = QFontMetricsF(_font(second, small_px)) if second else None
    cut: list[str] = []
    for i, area in enumerate(state.definition.areas):
        limit = label_limit(rect, lay, g.mid_angle(i), lay.radius * 0.62)
        names = [(fm_label, area.label_in(state.language))]
        if fm_second is not None and second is not None:
            names.append((fm_second, area.label_in(second)))
        for fm, name in names:
            if fm.elidedText(name, Qt.TextElideMode.ElideRight, limit) != name:
                cut.append(name)
    return cut


def _direction_option(rtl: bool) -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag.AlignCenter)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return option


def _paint_labels(
    painter: QPainter | None,
    rect: QRectF,
    state: WheelState,
    paths: WheelPaths,
    pal: WheelPalette,
    font: QFont,
    label_px: int,
    only: int | None = None,
    areas: Collection[int] | None = None,
    boxes: dict[int, QRectF] | None = None,
    word_boxes: dict[int, QRectF] | None = None,
    measure: Collection[int] | None = None,
) -> None:
    """Icon, label and the answer's words around the rim, outside each sector.

    ``only``: the focused area's label alone, in the focus colour, over the
    base picture (whose labels are all in the plain colour). ``areas``: paint
    only these areas' labels. ``boxes``: filled with every area's label block;
    ``word_boxes``: with the line of each one's answer words (empty if none);
    ``measure``: only these areas' (None: every area's). Parts wholly outside
    the painter's clip are skipped; with no painter, nothing is painted.
    """
    lay, g = paths.layout, paths.geometry
    icon_size = max(20.0, lay.radius * 0.13)
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPixelSize(max(state.min_label_px - 2, round(label_px * 0.8)))
    option = QTextOption(Qt.AlignmentFlag.AlignCenter)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if state.is_rtl() else Qt.LayoutDirection.LeftToRight
    )
    max_w = lay.radius * 0.62
    fm_label = QFontMetricsF(bold)
    fm_small = QFontMetricsF(small)
    second = state.second_language if state.second_language != state.language else None
    second_font = _font(second, small.pixelSize()) if second else small
    fm_second = QFontMetricsF(second_font)
    if painter is None:  # measuring only
        areas, only = (), None
    clip = _clip_box(painter) if painter is not None else None
    ink = label_px / 2  # how far a glyph may reach outside its line
    for i, area in enumerate(state.definition.areas):
        if (boxes is None or (measure is not None and i not in measure)) and (
            (areas is not None and i not in areas) or (only is not None and i != only)
        ):
            continue  # neither painted nor measured
        label = area.label_in(state.language)
        other = area.label_in(second) if second else ""
        other = "" if other == label else other
        words = answer_text(state, state.answer(area.id))
        limit = label_limit(rect, lay, g.mid_angle(i), max_w)
        label_w = min(limit, fm_label.horizontalAdvance(label) + 4)
        words_w = min(limit, fm_small.horizontalAdvance(words) + 4) if words else 0.0
        other_w = min(limit, fm_second.horizontalAdvance(other) + 4) if other else 0.0
        w = max(icon_size, label_w, words_w, other_w)
        h = icon_size + 2 + fm_label.height() + (fm_small.height() if words else 0.0)
        h += fm_second.height() if other else 0.0
        cx, cy = label_centre(rect, lay, g.mid_angle(i), w, h)
        room = beside_room(rect, lay, g.mid_angle(i), cy, h, icon_size + 2)
        if room is not None and room < w:
            # the rect's edge holds the block over the rim: the answer's words give
            # way (shortened with "…"), never the name; centred under a name wider
            # than the room, they keep to the room's part of the line
            w = max(icon_size, label_w, other_w, room)
            cx, cy = label_centre(rect, lay, g.mid_angle(i), w, h)
            # the words' own row: between the rim there and the rect's edge
            row = cy + h / 2 - fm_small.height()
            near = min(max(lay.cy, row), row + fm_small.height())
            rise = abs(near - lay.cy)
            gap = lay.radius * 1.05
            reach = math.sqrt(gap * gap - rise * rise) if rise < gap else 0.0
            edge = rect.right() - 2 - cx if cx > lay.cx else cx - rect.left() - 2
            fits = 2 * min(abs(cx - lay.cx) - reach, edge)
            words_w = min(words_w, max(icon_size, fits))
        top = cy - h / 2
        if boxes is not None:
            boxes[i] = QRectF(cx - w / 2, top, w, h)
        if word_boxes is not None:
            words_h = fm_small.height() if words else 0.0
            word_boxes[i] = QRectF(cx - words_w / 2, top + h - words_h, words_w, words_h)
        if painter is None or (areas is not None and i not in areas):
            continue
        text = fm_label.elidedText(label, Qt.TextElideMode.ElideRight, limit)
        if only is not None:
            if i != only:
                continue
            # the whole block's words over the focus outline (which may cross
            # them where the rect pushes the block onto the rim), on the ground
            top += icon_size + 2
            box = QRectF(cx - w / 2, top, w, h - icon_size - 2)
            painter.fillRect(box, _colour(pal.background))
            label_colour = pal.focus
        else:
            icon_box = QRectF(cx - icon_size / 2, top, icon_size, icon_size)
            if _reaches(clip, icon_box, ink):
                icon = area_icon(area.icon)
                _sprite(
                    painter, paths, ("icon", id(icon), pal.icon), icon_box,
                    functools.partial(draw_icon, icon=icon, box=icon_box, colour=pal.icon),
                )  # fmt: skip
            top += icon_size + 2
            label_colour = pal.text
        line = QRectF(cx - w / 2, top, w, fm_label.height())
        if _reaches(clip, line, ink):
            painter.setFont(bold)
            painter.setPen(_colour(label_colour))
            painter.drawText(line, text, option)
        top += fm_label.height()
        if other:
            # the child's language beneath, in its own direction
            painter.setFont(second_font)
            painter.setPen(_colour(pal.text))
            other_option = _direction_option(state.definition.is_rtl(second or ""))
            text = fm_second.elidedText(other, Qt.TextElideMode.ElideRight, limit)
            painter.drawText(QRectF(cx - w / 2, top, w, fm_second.height()), text, other_option)
            top += fm_second.height()
        words_line = QRectF(cx - words_w / 2, top, words_w, fm_small.height())
        if words and _reaches(clip, words_line, ink):
            painter.setFont(small)
            painter.setPen(_colour(pal.text_muted))
            text = fm_small.elidedText(words, Qt.TextElideMode.ElideRight, words_w)
            painter.drawText(words_line, text, option)


def _legend_rows(state: WheelState, pal: WheelPalette, lw: float) -> list[tuple[str, QPen]]:
    """The legend's rows: one per kind of extra mark on screen."""
    rows: list[tuple[str, QPen]] = []
    if state.show_previous and any(a.kind is AnswerKind.LEVEL for a in state.previous.values()):
        rows.append(
            (
                QCoreApplication.translate("WheelWidget", "Last time"),
                _pen(pal.previous_outline, 1.5 * lw, Qt.PenStyle.DashLine),
            )
        )
    if state.show_adult and any(a.is_given for a in state.adult.values()):
        rows.append(
            (
                f"{viewpoint_badge('adult')} = {viewpoint_name('adult')}",
                _pen(pal.adult_mark, 3.2 * lw),
            )
        )
    if state.show_guardian and any(a.is_given for a in state.guardian.values()):
        rows.append(
            (
                f"{viewpoint_badge('guardian')} = {viewpoint_name('guardian')}",
                _pen(pal.guardian_mark, 3.2 * lw, Qt.PenStyle.DashDotLine),
            )
        )
    if state.show_guardian_views:
        for n, view in enumerate(state.guardian_views):
            if any(a.is_given for a in view.answers.values()):
                colour, style = guardian_mark_style(pal, n)
                rows.append((f"{view.badge} = {view.name}", _pen(colour, 3.2 * lw, style)))
    return rows


def _legend_box(
    rect: QRectF, state: WheelState, pal: WheelPalette, paths: WheelPaths
) -> QRectF | None:
    """The strip along the rect's bottom that the legend paints in, if any."""
    lw = _line_width(paths, pal)
    rows = _legend_rows(state, pal, lw)
    if not rows:
        return None
    px = max(12, round(_label_px(paths, state) * 0.75))
    row_h = QFontMetricsF(_font("sv", px)).height() * 1.25
    top = rect.bottom() - row_h * len(rows) - 6 - 4 * lw
    return QRectF(rect.left(), top, rect.width(), rect.bottom() - top)


def _paint_legend(
    painter: QPainter, rect: QRectF, state: WheelState, pal: WheelPalette, lw: float, px: int
) -> None:
    """A small key for the extra marks, only when any of them is on screen."""
    rows = _legend_rows(state, pal, lw)
    if not rows:
        return
    font = _font("sv", px)  # professional UI text, not the child language
    fm = QFontMetricsF(font)
    line_w = px * 2.2
    row_h = fm.height() * 1.25
    rtl = state.is_rtl()
    painter.save()
    painter.setFont(font)
    y = rect.bottom() - row_h * len(rows) - 6
    for text, pen in rows:
        tw = fm.horizontalAdvance(text)
        if rtl:
            x1 = rect.right() - 8
            x0 = x1 - line_w
            text_rect = QRectF(x0 - 6 - tw, y, tw, row_h)
        else:
            x0 = rect.left() + 8
            x1 = x0 + line_w
            text_rect = QRectF(x1 + 6, y, tw + 2, row_h)
        painter.setPen(pen)
        painter.drawLine(QPointF(x0, y + row_h / 2), QPointF(x1, y + row_h / 2))
        painter.setPen(_colour(pal.text_muted))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
        y += row_h
    painter.restore()

"""The wheel's picture in cached layers (:class:`WheelPicture`).

The layers are keyed on the state's fields declared for them (:func:`layer_key`);
when only some areas' answers changed, only the boxes those changes reach are
painted again (the changed-reach and clip helpers here). The result is the same,
pixel for pixel, as :func:`~hjulet.gui.wheel.paint.paint_wheel`.

A whole new picture (a new size) is :meth:`WheelPicture.build`, a generator over
the painting steps, which the widget spreads over several turns of the event
loop after a resize, showing the last picture scaled meanwhile
(:meth:`WheelPicture.paint_scaled`); :meth:`WheelPicture.paint` runs the same
steps at once.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter

from hjulet.core.model import Answer, AnswerKind
from hjulet.gui.theme import WheelPalette
from hjulet.gui.wheel._qt import (
    STRIP_BYTES,
    _device_aligned,
    _label_px,
    _line_width,
    _run,
    copy_steps,
    layer_image_steps,
)
from hjulet.gui.wheel.labels import (
    _label_boxes,
    _legend_box,
    _legend_px,
    _legend_rows,
    _paint_legend,
    legend_extent,
    legend_texts,
)
from hjulet.gui.wheel.layout import WheelPaths
from hjulet.gui.wheel.paint import (
    answer_mark_steps,
    answer_sector_steps,
    ground_steps,
    lines_image_steps,
    overlay_steps,
    paint_answer_marks,
    paint_answer_sectors,
    paint_wheel_overlays,
)
from hjulet.gui.wheel.state import Layer, WheelState, layer_fields

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


class WheelKey(NamedTuple):
    """What the wheel's layers were painted for: the size, the device pixel
    ratio, and the wheel itself (:meth:`wheel`: the palette, the legend's rows,
    which the layout keeps room for, and the state's wheel fields)."""

    width: int
    height: int
    dpr: float
    palette: WheelPalette
    legend: tuple[str, ...]
    fields: tuple[object, ...]  # layer_key(Layer.WHEEL, state)

    def wheel(self) -> tuple[object, ...]:
        """The key without the size and ratio: whether two pictures are of the
        same wheel, at whatever size."""
        return (self.palette, self.legend, self.fields)


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
        self._wheel_key: WheelKey | None = None
        self._ground: QImage | None = None
        self._lines: QImage | None = None
        self._lines_at = QPointF()  # where the lines' layer's top left goes
        self._answers_key: tuple[object, ...] | None = None
        self._answers: QImage | None = None
        self._boxes: dict[int, QRectF] = {}  # each area's label block in the answers' picture
        self._word_boxes: dict[int, QRectF] = {}  # and the line of its answer's words
        self._legend: tuple[str, ...] = ()
        self._paths: WheelPaths | None = None  # the paths the picture was painted with
        self._retired: list[object] = []  # layers a build replaced, to let go (retire_steps)
        self.renders: dict[Layer, int] = {Layer.WHEEL: 0, Layer.ANSWERS: 0}  # for tests
        self.areas_repainted = 0  # answers' repaints of some areas only (for tests)

    def invalidate(self) -> None:
        self._wheel_key = self._answers_key = None
        self._ground = self._lines = self._answers = None
        self._paths = None

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
        if not self.is_current(size, dpr, state, palette):
            _run(self.build(size, dpr, state, palette, paths))
            self._retired.clear()
        self._update_answers(rect, dpr, state, palette, paths)
        assert self._answers is not None
        mode = painter.compositionMode()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QPointF(0, 0), self._answers)
        painter.setCompositionMode(mode)
        paint_wheel_overlays(painter, rect, state, palette, paths)

    def _update_answers(
        self,
        rect: QRectF,
        dpr: float,
        state: WheelState,
        palette: WheelPalette,
        paths: WheelPaths,
    ) -> None:
        """Bring the answers' picture up to the state's answers: repaint the
        areas whose answers changed (or the whole layer)."""
        answers_key = layer_key(Layer.ANSWERS, state)
        if answers_key != self._answers_key or self._answers is None:
            legend = self._legend_key(state, palette, paths)
            dirty = self._changed_areas(state, answers_key, legend)
            if dirty is None:
                self._paint_answers_layer(rect, state, palette, paths)
            elif dirty:
                self._repaint_areas(dirty, rect, dpr, state, palette, paths)
            self._answers_key, self._legend = answers_key, legend

    def wheel_key(
        self, size: QSize, dpr: float, state: WheelState, palette: WheelPalette
    ) -> WheelKey:
        """The key of the wheel's layers for this size, ratio, palette and state
        (and the legend's rows: the layout keeps room for them)."""
        return WheelKey(
            size.width(), size.height(), dpr, palette, legend_texts(state),
            layer_key(Layer.WHEEL, state),
        )  # fmt: skip

    def is_current(self, size: QSize, dpr: float, state: WheelState, palette: WheelPalette) -> bool:
        """Whether the layers are painted for this size, ratio, palette and the
        state's wheel fields (the answers' layer may still lag behind the answers:
        :meth:`paint` repaints what they changed)."""
        return self._answers is not None and self._wheel_key == self.wheel_key(
            size, dpr, state, palette
        )

    def same_wheel(self, state: WheelState, palette: WheelPalette) -> bool:
        """Whether the last whole picture is of this wheel (the state's wheel
        fields and the palette), at whatever size: only then may it stand,
        scaled, for the picture at another size."""
        return self._wheel_key is not None and (
            self._wheel_key.wheel() == self.wheel_key(QSize(), 1.0, state, palette).wheel()
        )

    def size(self) -> tuple[QSize, float] | None:
        """The size and device pixel ratio of the last whole picture, if any."""
        if self._wheel_key is None:
            return None
        key = self._wheel_key
        return QSize(key.width, key.height), key.dpr

    def paths(self) -> WheelPaths | None:
        """The paths the last whole picture was painted with, if any."""
        return self._paths

    def has_picture(self) -> bool:
        """Whether a whole picture was painted (at whatever size)."""
        return self._answers is not None and self._paths is not None

    def build(
        self,
        size: QSize,
        dpr: float,
        state: WheelState,
        palette: WheelPalette,
        paths: WheelPaths,
    ) -> Generator[None, None, None]:
        """Paint every layer again, in steps: a generator that paints up to its
        next ``yield`` (a sector's rings, a label, a sprite...), each step well
        under a millisecond at 800 x 800, so the widget can spread a whole new
        picture over several turns of the event loop after a resize
        (:meth:`WheelWidget.settle`). The new layers replace the old ones only
        at the end: the old picture stays whole until then, and a build
        abandoned (``close()``) changes nothing. ``state`` must not change until
        the end: give it a copy (:func:`~hjulet.gui.wheel.state.snapshot`)
        when the build runs across turns. :meth:`paint` runs the same steps at
        once, so the pixels are the same."""
        # layers an earlier build replaced and not let go yet: one a step
        yield from self.retire_steps()
        yield
        rect = QRectF(QPointF(0, 0), QSizeF(size))
        wheel_key = self.wheel_key(size, dpr, state, palette)
        ground = yield from layer_image_steps(size, dpr, QColor(palette.background))
        p = QPainter(ground)
        try:
            yield from ground_steps(p, rect, state, palette, paths, filled=True)
        finally:
            p.end()
        yield
        lines, lines_at = yield from lines_image_steps(dpr, paths, palette)
        yield
        answers, boxes, word_boxes = yield from _answers_steps(
            ground, lines, lines_at, rect, state, palette, paths
        )
        legend = self._legend_key(state, palette, paths)
        yield
        # the pointer's and the focus's sprites for the first frame (painted
        # where nothing shows): the frame is then a few blits, as usual
        warm = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        warm.setDevicePixelRatio(dpr)
        p = QPainter(warm)
        try:
            yield from overlay_steps(p, rect, state, palette, paths)
        finally:
            p.end()
        yield
        # the old layers go a few turns later (retire_steps): freeing them takes time too
        self._retired += [self._ground, self._lines, self._answers, self._paths]
        self._ground, self._lines, self._lines_at = ground, lines, lines_at
        self._answers, self._boxes, self._word_boxes = answers, boxes, word_boxes
        self._wheel_key, self._answers_key = wheel_key, layer_key(Layer.ANSWERS, state)
        self._legend, self._paths = legend, paths
        self.renders[Layer.WHEEL] += 1
        self.renders[Layer.ANSWERS] += 1

    def retire_steps(self) -> Iterator[None]:
        """Let the layers a build replaced go, one a step."""
        while self._retired:
            self._retired.pop()
            yield

    def paint_scaled(
        self,
        painter: QPainter,
        size: QSize,
        state: WheelState,
        palette: WheelPalette,
        paths: WheelPaths,
    ) -> None:
        """The last whole picture, painted at another size: scaled about the
        wheel's centre so that its rim falls on the rim at ``paths``' size, with
        the pointer and the focus over it as they were placed in it; nearest
        pixel (bilinear doubled the frame's cost, to about the pie anchor's, for
        a frame shown a tenth of a second). For the frames while the size
        changes. The legend, placed by the box's corner, is painted where it
        goes; the labels, placed by the rim, follow it scaled (one the box's
        edge holds may stand a little off until the exact picture is painted:
        see :class:`WheelWidget`). An answer given since the picture was
        painted is painted into it first, at its size."""
        assert self._answers is not None and self._paths is not None
        assert self._wheel_key is not None
        if self.same_wheel(state, palette):
            # the same wheel at another size: a new answer (a tap while the size
            # changes) is painted into the last picture at once, at its size,
            # so that the child sees it in this very frame
            key = self._wheel_key
            self._update_answers(
                QRectF(0, 0, key.width, key.height), key.dpr, state, palette, self._paths
            )
        old, new = self._paths.layout, paths.layout
        scale = new.radius / old.radius
        rect = QRectF(QPointF(0, 0), QSizeF(size))
        source = self._answers
        old_rect = QRectF(
            0, 0, source.width() / source.devicePixelRatio(),
            source.height() / source.devicePixelRatio(),
        )  # fmt: skip
        covered = QRectF(
            new.cx + (old_rect.left() - old.cx) * scale,
            new.cy + (old_rect.top() - old.cy) * scale,
            old_rect.width() * scale,
            old_rect.height() * scale,
        )
        if not covered.contains(rect):
            painter.fillRect(rect, QColor(palette.background))
        painter.save()
        painter.translate(new.cx, new.cy)
        painter.scale(scale, scale)
        painter.translate(-old.cx, -old.cy)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QPointF(0, 0), source)
        paint_wheel_overlays(painter, old_rect, state, palette, self._paths)
        painter.restore()
        # the legend: the box's corner places it, not the wheel's centre, so
        # scaled it lands beside (or over) the labels: the scaled one cleared and
        # painted where it goes (but where it overlapped a label in a picture
        # too small for both: their pixels cannot be told apart, it stays scaled)
        was = legend_extent(old_rect, state, palette, self._paths) if self._legend else None
        if was is not None and not any(b.intersects(was) for b in self._boxes.values()):
            painter.fillRect(
                QRectF(
                    new.cx + (was.left() - old.cx) * scale,
                    new.cy + (was.top() - old.cy) * scale,
                    was.width() * scale,
                    was.height() * scale,
                ),
                QColor(palette.background),
            )
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            lw = _line_width(paths, palette)
            px = _legend_px(paths, state)
            _paint_legend(painter, rect, state, palette, lw, px)
            painter.restore()

    def _paint_answers_layer(
        self, rect: QRectF, state: WheelState, palette: WheelPalette, paths: WheelPaths
    ) -> None:
        assert self._ground is not None and self._lines is not None
        steps = _answers_steps(
            self._ground, self._lines, self._lines_at, rect, state, palette, paths
        )
        while True:
            try:
                next(steps)
            except StopIteration as done:
                self._answers, self._boxes, self._word_boxes = done.value
                break
        self.renders[Layer.ANSWERS] += 1

    @staticmethod
    def _legend_key(state: WheelState, palette: WheelPalette, paths: WheelPaths) -> tuple[str, ...]:
        # a refusal row's sample shows a view's badge: a change of view repaints it
        rows = _legend_rows(state, palette, _line_width(paths, palette))
        return tuple(row.key for row in rows)

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


def _answers_steps(
    ground: QImage,
    lines: QImage,
    lines_at: QPointF,
    rect: QRectF,
    state: WheelState,
    palette: WheelPalette,
    paths: WheelPaths,
) -> Generator[None, None, tuple[QImage, dict[int, QRectF], dict[int, QRectF]]]:
    """The answers' picture on a copy of ``ground``, in steps; returns it with
    each area's label block and line of words (measured as they are painted)."""
    image = yield from copy_steps(ground)
    boxes: dict[int, QRectF] = {}
    word_boxes: dict[int, QRectF] = {}
    p = QPainter(image)
    try:
        yield
        yield from answer_sector_steps(p, state, palette, paths)
        yield
        yield from _blit_steps(p, lines_at, lines)
        yield from answer_mark_steps(
            p, rect, state, palette, paths, boxes=boxes, word_boxes=word_boxes
        )
    finally:
        p.end()
    return image, boxes, word_boxes


def _blit_steps(painter: QPainter, at: QPointF, image: QImage) -> Iterator[None]:
    """``painter.drawImage(at, image)`` in steps, a strip of rows each: each
    strip on whole device pixels (``at`` is on one), so each pixel is laid once,
    as by the one call."""
    dpr = image.devicePixelRatio()
    rows = max(1, STRIP_BYTES // max(1, image.bytesPerLine()))
    width = image.width()
    for top in range(0, image.height(), rows):
        height = min(rows, image.height() - top)
        target = QRectF(at.x(), at.y() + top / dpr, width / dpr, height / dpr)
        painter.drawImage(target, image, QRectF(0, top, width, height))
        yield

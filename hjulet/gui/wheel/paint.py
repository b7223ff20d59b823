"""Painting the wheel.

:func:`paint_wheel` paints a :class:`~hjulet.gui.wheel.state.WheelState` into any
QPainter (the widget's ``paintEvent``, ``grab()`` in tests, a print preview). It reads
colours from a :class:`~hjulet.gui.theme.WheelPalette` and geometry from
:class:`~hjulet.core.geometry.WheelGeometry`, the same geometry the PDF uses.
:class:`WheelPicture` caches the base picture between paints.

The drawing never sums or ranks: there are no totals and no judgement colours.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import fields

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextOption,
)

from hjulet.core.icons import Icon, area_icon
from hjulet.core.model import NOT_ASKED, Answer, AnswerKind
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import NORMAL, WheelPalette, area_pattern
from hjulet.gui.wheel.layout import WheelPaths, build_paths
from hjulet.gui.wheel.state import WheelState, answer_text, viewpoint_badge, viewpoint_name

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
    painter.save()
    for path in icon.paths():
        poly = QPolygonF([QPointF(ox + x * size, oy + y * size) for x, y in path.points])
        painter.setPen(pen if path.stroke else Qt.PenStyle.NoPen)
        painter.setBrush(brush if path.fill else Qt.BrushStyle.NoBrush)
        if path.closed:
            painter.drawPolygon(poly)
        else:
            painter.drawPolyline(poly)
    painter.restore()


def hatch(painter: QPainter, clip: QPainterPath, spacing: float, pen: QPen) -> None:
    """Diagonal lines (45°, rising to the right) across ``clip``."""
    r = clip.boundingRect()
    painter.save()
    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    painter.setPen(pen)
    span = r.width() + r.height()
    x = -span
    while x < span:
        painter.drawLine(
            QPointF(r.left() + x, r.bottom()), QPointF(r.left() + x + r.height(), r.top())
        )
        x += spacing
    painter.restore()


def dots(painter: QPainter, clip: QPainterPath, spacing: float, radius: float, col: str) -> None:
    r = clip.boundingRect()
    painter.save()
    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_colour(col))
    row = 0
    y = r.top() + spacing / 2
    while y < r.bottom():
        x = r.left() + (spacing / 2 if row % 2 else 0.0)
        while x < r.right():
            painter.drawEllipse(QPointF(x, y), radius, radius)
            x += spacing
        y += spacing * 0.866
        row += 1
    painter.restore()


def _area_pattern(
    painter: QPainter, paths: WheelPaths, index: int, clip: QPainterPath, pen: QPen
) -> None:
    pattern = area_pattern(index)
    if pattern == "plain":
        return
    lay, g = paths.layout, paths.geometry
    spacing = max(6.0, lay.radius * 0.05)
    r = clip.boundingRect()
    painter.save()
    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if pattern.startswith("sparse_"):
        spacing *= 2.2
    if pattern in ("horizontal", "grid", "sparse_horizontal"):
        y = r.top()
        while y < r.bottom():
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
            y += spacing
    if pattern in ("vertical", "grid", "sparse_vertical"):
        x = r.left()
        while x < r.right():
            painter.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            x += spacing
    if pattern == "rings":
        rad = g.hub * lay.radius + spacing
        while rad < lay.radius:
            painter.drawEllipse(QPointF(lay.cx, lay.cy), rad, rad)
            rad += spacing
    if pattern == "rays":
        for t in range(1, 6):
            angle = g.sector_start(index) + g.span * t / 6
            painter.drawLine(lay.to_px(g.point(angle, g.hub)), lay.to_px(g.point(angle, 1.0)))
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
    """Paint the whole wheel for ``state`` into ``rect``.

    ``paths`` is the cache for this rect; pass None to build it on the fly
    (print preview, one-off renders). The picture is the base (everything
    but the pointer and the keyboard focus) with the overlays on top: the
    widget caches the base (:class:`WheelPicture`) and paints the same thing.
    """
    rect = QRectF(rect)
    if paths is None:
        paths = build_paths(state, rect)
    paint_wheel_base(painter, rect, state, palette, paths)
    paint_wheel_overlays(painter, rect, state, palette, paths)


# The state painted over the cached base each time (paint_wheel_overlays); every
# other field of WheelState is part of the base and so of its cache key.
_OVERLAY_FIELDS = frozenset({"focus", "focus_visible", "hover"})
_BASE_FIELDS = tuple(f.name for f in fields(WheelState) if f.name not in _OVERLAY_FIELDS)


class WheelPicture:
    """The wheel's base picture, kept between paints.

    Keyed on the size, the device pixel ratio, the palette and every part of
    the state the base depends on (answers, marks shown, language, direction,
    label size); the pointer and the keyboard focus are painted over it each
    time (:func:`paint_wheel_overlays`), so moving them repaints in a blit.
    The result is the same, pixel for pixel, as :func:`paint_wheel`.
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._image: QImage | None = None
        self.renders = 0  # how many times the base was painted (for tests)

    @staticmethod
    def key(
        state: WheelState, palette: WheelPalette, size: QSize, dpr: float
    ) -> tuple[object, ...]:
        """Every field of the state but the overlays, so a field added to WheelState
        can never be left out of the key (answers copied: the widget mutates them)."""

        def frozen(value: object) -> object:
            return tuple(sorted(value.items())) if isinstance(value, dict) else value

        return (
            size.width(),
            size.height(),
            dpr,
            palette,
            *(frozen(getattr(state, name)) for name in _BASE_FIELDS),
        )

    def invalidate(self) -> None:
        self._key = None
        self._image = None

    def paint(
        self,
        painter: QPainter,
        size: QSize,
        dpr: float,
        state: WheelState,
        palette: WheelPalette,
        paths: WheelPaths,
    ) -> None:
        key = self.key(state, palette, size, dpr)
        if self._image is None or key != self._key:
            # opaque (the base fills its background first), so the blit is a copy
            image = QImage(
                round(size.width() * dpr),
                round(size.height() * dpr),
                QImage.Format.Format_RGB32,
            )
            image.setDevicePixelRatio(dpr)
            image.fill(QColor(palette.background))
            p = QPainter(image)
            try:
                paint_wheel_base(p, QRectF(QPointF(0, 0), QSizeF(size)), state, palette, paths)
            finally:
                p.end()
            self._image, self._key = image, key
            self.renders += 1
        mode = painter.compositionMode()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QPointF(0, 0), self._image)
        painter.setCompositionMode(mode)
        paint_wheel_overlays(painter, QRectF(QPointF(0, 0), QSizeF(size)), state, palette, paths)


def _line_width(paths: WheelPaths, pal: WheelPalette) -> float:
    return max(1.0, paths.layout.radius / 250.0) * pal.line_scale


def _label_px(paths: WheelPaths, state: WheelState) -> int:
    return max(state.min_label_px, round(paths.layout.side * 0.022))


def paint_wheel_base(
    painter: QPainter, rect: QRectF, state: WheelState, palette: WheelPalette, paths: WheelPaths
) -> None:
    """Everything that depends on the answers and the view, not on pointer or focus."""
    lay, g, pal = paths.layout, paths.geometry, palette
    lw = _line_width(paths, pal)
    label_px = _label_px(paths, state)
    lang_font = font_for(state.language, label_px)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, _colour(pal.background))

    areas = state.definition.areas
    for i, area in enumerate(areas):
        sector = paths.sector(i)
        answer = state.answer(area.id)
        # the plain sector: "not asked yet" is this and nothing more
        painter.setPen(Qt.PenStyle.NoPen)
        if pal.empty_tint > 0:
            painter.setBrush(_colour(area.colour, pal.empty_tint))
            painter.drawPath(sector)
        if answer.kind is AnswerKind.LEVEL and answer.level is not None:
            level = min(answer.level, g.n_levels)
            fill = paths.fills[i][level - 1]
            painter.setBrush(_colour(area.colour, pal.fill_opacity))
            painter.drawPath(fill)
            if pal.area_patterns:
                _area_pattern(painter, paths, i, fill, _pen(pal.pattern_line, lw))
        elif answer.kind is AnswerKind.DECLINED:
            painter.setBrush(_colour(pal.declined_fill))
            painter.drawPath(sector)
            hatch(painter, sector, max(7.0, lay.radius * 0.045), _pen(pal.declined_hatch, lw))
        elif answer.kind is AnswerKind.DONT_KNOW:
            painter.setBrush(_colour(pal.dont_know_fill))
            painter.drawPath(sector)
            dots(
                painter, sector, max(8.0, lay.radius * 0.05), max(1.4, lw * 1.4), pal.dont_know_dots
            )

    # the rings: thin lines that show where each level is
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(pal.ring_line, lw))
    painter.drawPath(paths.rings)
    painter.setPen(_pen(pal.sector_line, lw))
    painter.drawPath(paths.outlines)
    # a clear outer edge on each child fill, so the level reads without colour
    for i, area in enumerate(areas):
        answer = state.answer(area.id)
        if answer.kind is AnswerKind.LEVEL and answer.level is not None:
            edge = QColor(area.colour).darker(135)
            painter.setPen(QPen(edge, 2.0 * lw))
            painter.drawPolyline(
                QPolygonF(paths.arc(i, g.ring_radius(min(answer.level, g.n_levels))))
            )

    # symbols for declined / don't know, in the middle of the sector
    symbol = max(18.0, lay.radius * 0.13)
    for i, area in enumerate(areas):
        answer = state.answer(area.id)
        mid = lay.to_px(g.point(g.mid_angle(i), (g.hub + 1.0) / 2))
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
            prev = state.previous.get(area.id, NOT_ASKED)
            if prev.kind is AnswerKind.LEVEL and prev.level is not None:
                painter.drawPath(paths.fills[i][min(prev.level, g.n_levels) - 1])

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
            pts = paths.arc(i, radius, inset=0.12)
            if ans.kind is AnswerKind.LEVEL:
                painter.setPen(_pen(colour, 3.2 * lw, style))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(QPolygonF(pts))
            text = badge
            if ans.kind is AnswerKind.DECLINED:
                text += "–"
            elif ans.kind is AnswerKind.DONT_KNOW:
                text += "?"
            end = pts[-1] if nudge == 0 else pts[0]
            _badge(
                painter,
                end,
                badge_r * (1.0 if len(text) == 1 else 1.3),
                colour,
                text,
                pal,
                lang_font,
            )

    # the hub: the child is in the middle
    _paint_hub(painter, paths, pal, lw)
    _paint_labels(painter, rect, state, paths, pal, lang_font, label_px)
    _paint_legend(painter, rect, state, pal, lw, max(12, round(label_px * 0.75)))
    painter.restore()


def _paint_hub(painter: QPainter, paths: WheelPaths, pal: WheelPalette, lw: float) -> None:
    lay, g = paths.layout, paths.geometry
    painter.setPen(_pen(pal.hub_line, lw * 1.5))
    painter.setBrush(_colour(pal.hub_fill))
    painter.drawPath(paths.hub)
    hub_r = g.hub * lay.radius
    child = area_icon("child")
    draw_icon(
        painter,
        child,
        QRectF(lay.cx - hub_r * 0.7, lay.cy - hub_r * 0.75, hub_r * 1.4, hub_r * 1.4),
        pal.text_muted,
    )


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
    lang_font = font_for(state.language, label_px)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    # hover: the ring under the pointer lights up (it is what a tap would set)
    if state.hover is not None:
        hi, hl = state.hover
        if 0 <= hi < len(areas) and 1 <= hl <= g.n_levels:
            painter.setPen(_pen(pal.hover_line, 1.5 * lw))
            painter.setBrush(_colour(pal.hover))
            painter.drawPath(paths.bands[hi][hl - 1])

    # keyboard focus: a strong outline around the whole sector, level numbers inside
    if state.focus is not None and state.focus_visible and 0 <= state.focus < len(areas):
        fi = state.focus
        painter.setPen(_pen(pal.focus, 3.0 * lw))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(paths.outlines if g.n_areas == 1 else paths.sector(fi))
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


def _paint_labels(
    painter: QPainter,
    rect: QRectF,
    state: WheelState,
    paths: WheelPaths,
    pal: WheelPalette,
    font: QFont,
    label_px: int,
    only: int | None = None,
) -> None:
    """Icon, label and the answer's words around the rim, outside each sector.

    ``only``: the focused area's label alone, in the focus colour, over the
    base picture (whose labels are all in the plain colour).
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
    second_font = font_for(second, small.pixelSize()) if second else small
    fm_second = QFontMetricsF(second_font)
    for i, area in enumerate(state.definition.areas):
        label = area.label_in(state.language)
        other = area.label_in(second) if second else ""
        other = "" if other == label else other
        words = answer_text(state, state.answer(area.id))
        label_w = min(max_w, fm_label.horizontalAdvance(label) + 4)
        words_w = min(max_w, fm_small.horizontalAdvance(words) + 4) if words else 0.0
        other_w = min(max_w, fm_second.horizontalAdvance(other) + 4) if other else 0.0
        w = max(icon_size, label_w, words_w, other_w)
        h = icon_size + 2 + fm_label.height() + (fm_small.height() if words else 0.0)
        h += fm_second.height() if other else 0.0
        # the block touches the circle at the sector's middle angle, outside the rim
        a = math.radians(g.mid_angle(i))
        dx, dy = math.sin(a), -math.cos(a)
        gap = lay.radius * 1.05
        cx = lay.cx + dx * (gap + w / 2 * abs(dx))
        cy = lay.cy + dy * (gap + h / 2 * abs(dy))
        # keep inside the rect
        cx = min(max(cx, rect.left() + w / 2 + 2), rect.right() - w / 2 - 2)
        cy = min(max(cy, rect.top() + h / 2 + 2), rect.bottom() - h / 2 - 2)
        top = cy - h / 2
        text = fm_label.elidedText(label, Qt.TextElideMode.ElideRight, max_w)
        if only is not None:
            if i == only:
                box = QRectF(cx - w / 2, top + icon_size + 2, w, fm_label.height())
                painter.fillRect(box, _colour(pal.background))
                painter.setFont(bold)
                painter.setPen(_colour(pal.focus))
                painter.drawText(box, text, option)
            continue
        draw_icon(
            painter,
            area_icon(area.icon),
            QRectF(cx - icon_size / 2, top, icon_size, icon_size),
            pal.icon,
        )
        top += icon_size + 2
        painter.setFont(bold)
        painter.setPen(_colour(pal.text))
        painter.drawText(QRectF(cx - w / 2, top, w, fm_label.height()), text, option)
        top += fm_label.height()
        if other:
            # the child's language beneath, in its own direction
            painter.setFont(second_font)
            painter.setPen(_colour(pal.text))
            other_option = QTextOption(Qt.AlignmentFlag.AlignCenter)
            other_option.setTextDirection(
                Qt.LayoutDirection.RightToLeft
                if state.definition.is_rtl(second or "")
                else Qt.LayoutDirection.LeftToRight
            )
            text = fm_second.elidedText(other, Qt.TextElideMode.ElideRight, max_w)
            painter.drawText(QRectF(cx - w / 2, top, w, fm_second.height()), text, other_option)
            top += fm_second.height()
        if words:
            painter.setFont(small)
            painter.setPen(_colour(pal.text_muted))
            text = fm_small.elidedText(words, Qt.TextElideMode.ElideRight, max_w)
            painter.drawText(QRectF(cx - w / 2, top, w, fm_small.height()), text, option)


def _paint_legend(
    painter: QPainter, rect: QRectF, state: WheelState, pal: WheelPalette, lw: float, px: int
) -> None:
    """A small key for the extra marks, only when any of them is on screen."""
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
    if not rows:
        return
    font = font_for("sv", px)  # professional UI text, not the child language
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

"""The wheel: eight (or N) sectors that fill from the centre to the child's answer.

Two parts:

* :func:`paint_wheel` paints a :class:`WheelState` into any QPainter (the
  widget's ``paintEvent``, ``grab()`` in tests, a print preview). It reads
  colours from a :class:`~hjulet.gui.theme.WheelPalette` and geometry from
  :class:`~hjulet.core.geometry.WheelGeometry`, the same geometry the PDF uses.
* :class:`WheelWidget` holds view state only and emits signals; it never saves.
  A controller saves through services and calls :meth:`WheelWidget.set_answer`
  (which does not emit) for undo/redo.

Signals
-------
``rating_changed(area_id: str, new: Answer, old: Answer)``
    The child changed an answer (click, tap, drag, keyboard, context menu).
    Emitted once per gesture: a drag emits on release, with ``old`` the answer
    before the press. A slot taking only ``(area_id, new)`` works too.
``area_activated(area_id: str)``
    Enter/Return or a double click: "open this area".
``focus_area_changed(area_id: str)``
    The keyboard focus moved to another area.

Keys (documented for users in the widget's accessible description)
------------------------------------------------------------------
* Left/Right: previous/next area *on screen* (mirrored for right-to-left);
  Home/End: first/last area.
* Up or +: one level further out; Down or -: one level in.
* 1..n: that level. 0, Delete or Backspace: back to "not asked yet".
* D: "Vill inte svara" (declined). K or ?: "Vet inte" (don't know).
* Enter/Return: emit ``area_activated``.

The drawing never sums or ranks: there are no totals and no judgement colours.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTextOption,
    QTouchEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QMenu, QSizePolicy, QWidget

from hjulet.core._validate import pick
from hjulet.core.geometry import WheelGeometry
from hjulet.core.icons import Icon, area_icon
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer, AnswerKind
from hjulet.core.scales import Scale
from hjulet.core.wheel import WheelDefinition
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import NORMAL, WheelPalette, area_pattern

Point = tuple[float, float]

# The wheel's outer radius as a fraction of the smaller side; the rest is for
# icons and labels around the rim.
RADIUS_FRACTION = 0.35
# Minimum depth of one ring, in device-independent pixels (touch target).
MIN_TARGET_PX = 44.0
SEGMENTS = 48  # polygon points per sector arc (for a 45° sector; wider sectors get more)


def segments_for(n_areas: int) -> int:
    """Polygon points per sector arc, so a one-area disc is as smooth as an eighth."""
    return max(SEGMENTS, math.ceil(SEGMENTS * 8 / max(1, n_areas)))


WHO = ("child", "adult", "guardian")


# Every user-visible string below is a literal QCoreApplication.translate("WheelWidget", ...)
# call so that pyside6-lupdate finds it.


# --- state and layout -----------------------------------------------------------


@dataclass(frozen=True)
class GuardianMark:
    """One guardian's own view as a mark: a short badge ("G1"), a name, the answers."""

    badge: str
    name: str
    answers: Mapping[str, Answer]


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


@dataclass
class WheelState:
    """Everything the painter needs; the widget owns one and mutates it."""

    definition: WheelDefinition
    scale: Scale
    language: str = "sv"
    second_language: str | None = None  # shown beneath each label where it differs
    child: dict[str, Answer] = field(default_factory=dict)
    adult: dict[str, Answer] = field(default_factory=dict)
    guardian: dict[str, Answer] = field(default_factory=dict)
    previous: dict[str, Answer] = field(default_factory=dict)
    show_previous: bool = True
    show_adult: bool = False
    show_guardian: bool = False
    # the family's own views (one per guardian), each a labelled mark of its own
    guardian_views: tuple[GuardianMark, ...] = ()
    show_guardian_views: bool = False
    rtl: bool | None = None  # None: from the definition's language info
    focus: int | None = None  # focused area index
    focus_visible: bool = False  # draw the focus outline (widget has keyboard focus)
    hover: tuple[int, int] | None = None  # (area index, level) under the pointer
    min_label_px: int = 14  # the system font size: labels never get smaller

    def is_rtl(self) -> bool:
        if self.rtl is not None:
            return self.rtl
        return self.definition.is_rtl(self.language)

    def geometry(self) -> WheelGeometry:
        n = len(self.definition.areas)
        if n == 1:  # a single area (practice item, one area per screen): a whole disc
            return WheelGeometry(1, self.scale.size, clockwise=not self.is_rtl(), gap_deg=0.0)
        return WheelGeometry(n, self.scale.size, clockwise=not self.is_rtl())

    def answers(self, who: str) -> dict[str, Answer]:
        if who not in WHO:
            raise ValueError(f"unknown viewpoint {who!r}")
        answers: dict[str, Answer] = getattr(self, who)
        return answers

    def answer(self, area_id: str, who: str = "child") -> Answer:
        return self.answers(who).get(area_id, NOT_ASKED)


def answer_text(state: WheelState, answer: Answer) -> str:
    """The answer in the wheel's language ("Ofta", "Vet inte"...), or '' if not asked."""
    lang = state.language
    scale = state.scale
    if answer.kind is AnswerKind.LEVEL and answer.level is not None:
        if answer.level > scale.size:
            return str(answer.level)
        label = scale.step(answer.level).label_in(lang)
        return f"{answer.level} – {label}" if scale.show_numbers else label
    if answer.kind is AnswerKind.DECLINED:
        return _pick(scale.declined_label, lang)
    if answer.kind is AnswerKind.DONT_KNOW:
        return _pick(scale.dont_know_label, lang)
    return ""


def _pick(texts: Mapping[str, str], lang: str) -> str:
    # "ar-x-girl" (a form of address) falls back to "ar", then Swedish
    return pick(texts, lang)


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


# --- painting -------------------------------------------------------------------


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


def _hatch(painter: QPainter, clip: QPainterPath, spacing: float, pen: QPen) -> None:
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


def _dots(painter: QPainter, clip: QPainterPath, spacing: float, radius: float, col: str) -> None:
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


def viewpoint_badge(who: str) -> str:
    """The one-letter badge on an adult's / guardian's mark (translatable)."""
    if who == "adult":
        return QCoreApplication.translate(
            "WheelWidget", "A", "one-letter badge on the professional's mark in the wheel"
        )
    return QCoreApplication.translate(
        "WheelWidget", "G", "one-letter badge on the guardian's mark in the wheel"
    )


def viewpoint_name(who: str) -> str:
    if who == "adult":
        return QCoreApplication.translate("WheelWidget", "Professional's view")
    if who == "guardian":
        return QCoreApplication.translate("WheelWidget", "Guardian's view")
    return QCoreApplication.translate("WheelWidget", "Child's view")


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
            _hatch(painter, sector, max(7.0, lay.radius * 0.045), _pen(pal.declined_hatch, lw))
        elif answer.kind is AnswerKind.DONT_KNOW:
            painter.setBrush(_colour(pal.dont_know_fill))
            painter.drawPath(sector)
            _dots(
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


# --- accessibility --------------------------------------------------------------


class _SectorValue(QAccessibleValueInterface):
    """A sector's answer as a number a screen reader can read and set.

    0 is "not asked yet"; 1..n are the scale's steps from the centre outward.
    "Vet inte" and "Vill inte svara" have no number: they read as 0 here and
    are told in words by the sector's value text.
    """

    def __init__(self, sector: _SectorAccessible) -> None:
        super().__init__()
        self._sector = sector

    def currentValue(self) -> int:
        return self._sector.level()

    def setCurrentValue(self, value: object) -> None:
        try:
            level = round(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return
        self._sector.set_level(level)

    def maximumValue(self) -> int:
        return self._sector.wheel.state.scale.size

    def minimumValue(self) -> int:
        return 0

    def minimumStepSize(self) -> int:
        return 1


class _SectorAccessible(QAccessibleInterface):
    """One sector as a screen reader sees it: name "Trygg", value "Ofta" (3)."""

    def __init__(self, wheel: WheelWidget, index: int) -> None:
        super().__init__()
        self._wheel = wheel
        self._index = index
        self._value = _SectorValue(self)  # kept alive as long as the sector

    @property
    def wheel(self) -> WheelWidget:
        return self._wheel

    def isValid(self) -> bool:
        return 0 <= self._index < len(self._wheel.state.definition.areas)

    def object(self) -> None:  # type: ignore[override]
        return None

    def window(self):  # type: ignore[no-untyped-def]
        return self._wheel.window().windowHandle()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Slider

    def state(self) -> QAccessible.State:
        st = QAccessible.State()
        st.focusable = True
        st.focused = self._wheel.hasFocus() and self._wheel.state.focus == self._index
        # a wheel on a hidden page (or a hidden window) is not showing
        st.invisible = not self._wheel.isVisible()
        st.offscreen = not self._wheel.isVisible()
        return st

    def text(self, kind: QAccessible.Text) -> str:
        return self._wheel.accessible_text(self._index, kind)

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def rect(self) -> QRect:
        r = self._wheel.sector_rect(self._index).toAlignedRect()
        return QRect(self._wheel.mapToGlobal(r.topLeft()), r.size())

    def parent(self) -> QAccessibleInterface:
        return QAccessible.queryAccessibleInterface(self._wheel)

    def childCount(self) -> int:
        return 0

    def child(self, index: int) -> None:  # type: ignore[override]
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> None:  # type: ignore[override]
        return None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        # Qt expects a raw pointer to the C++ interface: hand it over as a VoidPtr
        if kind == QAccessible.InterfaceType.ValueInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._value)[0])
        return shiboken6.VoidPtr(0)  # null: Qt's default (None or 0 would crash)

    # -- the value ---------------------------------------------------------------
    def level(self) -> int:
        state = self._wheel.state
        answer = state.answer(state.definition.areas[self._index].id)
        return answer.level if answer.kind is AnswerKind.LEVEL and answer.level else 0

    def set_level(self, level: int) -> None:
        size = self._wheel.state.scale.size
        level = max(0, min(size, level))
        self._wheel.set_by_accessibility(self._index, Answer.at(level) if level else NOT_ASKED)


class _WheelAccessible(QAccessibleWidget):
    def __init__(self, wheel: WheelWidget) -> None:
        super().__init__(wheel, QAccessible.Role.Grouping, "")
        self._wheel = wheel
        self._children: list[_SectorAccessible] = []

    def _kids(self) -> list[_SectorAccessible]:
        n = len(self._wheel.state.definition.areas)
        if len(self._children) != n:
            self._children = [_SectorAccessible(self._wheel, i) for i in range(n)]
        return self._children

    def childCount(self) -> int:
        return len(self._kids())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        kids = self._kids()
        return kids[index] if 0 <= index < len(kids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for i, kid in enumerate(self._kids()):
            if kid is child:
                return i
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        focus = self._wheel.state.focus
        return self.child(focus) if focus is not None else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        local = self._wheel.mapFromGlobal(QPoint(x, y))
        hit = self._wheel.hit(QPointF(local))
        return self.child(hit[0]) if hit else None


def _accessible_factory(key: str, obj: object) -> QAccessibleInterface | None:
    if isinstance(obj, WheelWidget):
        return obj._accessible_interface()
    return None


_factory_installed = False


def _install_accessible_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible_factory)
        _factory_installed = True


# --- the widget -----------------------------------------------------------------


class WheelWidget(QWidget):
    """The interactive wheel. View state only: it never saves anything."""

    rating_changed = Signal(str, object, object)  # area_id, new Answer, old Answer
    area_activated = Signal(str)
    focus_area_changed = Signal(str)

    def __init__(
        self,
        definition: WheelDefinition,
        scale: Scale,
        language: str = "sv",
        parent: QWidget | None = None,
        palette: WheelPalette = NORMAL,
    ) -> None:
        super().__init__(parent)
        _install_accessible_factory()
        self._state = WheelState(definition, scale, language)
        self._palette = palette
        self._paths: WheelPaths | None = None
        self._picture = WheelPicture()  # the cached base picture (painting only)
        self._gesture: tuple[int, Answer] | None = None  # (area index, answer before press)
        self._a11y: _WheelAccessible | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(QCoreApplication.translate("WheelWidget", "Wheel"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "WheelWidget",
                "Left and Right move between areas. Up, Down, plus, minus or a digit set how it "
                "is. D: do not want to answer. K: do not know. Delete: not asked. "
                "Enter opens the area.",
            )
        )
        self._sync_font()

    # -- state ---------------------------------------------------------------
    @property
    def state(self) -> WheelState:
        return self._state

    @property
    def wheel_palette(self) -> WheelPalette:
        return self._palette

    def set_wheel_palette(self, palette: WheelPalette) -> None:
        self._palette = palette
        self.update()

    def set_definition(self, definition: WheelDefinition, scale: Scale, language: str) -> None:
        s = self._state
        s.definition, s.scale, s.language = definition, scale, language
        if s.focus is not None and s.focus >= len(definition.areas):
            s.focus = None
        s.hover = None
        self._invalidate()

    def set_second_language(self, language: str | None) -> None:
        """A second language beneath each area label (the child's, for the adult)."""
        self._state.second_language = language
        self._invalidate()

    def set_language(self, language: str) -> None:
        self._state.language = language
        self._invalidate()

    def set_rtl(self, rtl: bool | None) -> None:
        """Force the wheel's direction (None: from the language)."""
        self._state.rtl = rtl
        self._invalidate()

    def set_answers(
        self,
        child: Mapping[str, Answer] | None = None,
        adult: Mapping[str, Answer] | None = None,
        guardian: Mapping[str, Answer] | None = None,
        previous: Mapping[str, Answer] | None = None,
    ) -> None:
        """Replace whole sets of answers (None leaves a set as it is). No signal."""
        for who, answers in (
            ("child", child),
            ("adult", adult),
            ("guardian", guardian),
            ("previous", previous),
        ):
            if answers is not None:
                setattr(self._state, who, dict(answers))
        self.update()

    def set_answer(self, area_id: str, answer: Answer, who: str = "child") -> None:
        """Set one answer without emitting ``rating_changed`` (for controllers, undo/redo)."""
        index = self._state.definition.area_ids.index(area_id)
        old = self._state.answer(area_id, who)
        self._state.answers(who)[area_id] = answer
        if who == "child" and old != answer:
            self._announce_value(index)
        self.update()

    def answer(self, area_id: str, who: str = "child") -> Answer:
        return self._state.answer(area_id, who)

    def set_show_previous(self, on: bool) -> None:
        self._state.show_previous = on
        self.update()

    def set_show_adult(self, on: bool) -> None:
        self._state.show_adult = on
        self.update()

    def set_show_guardian(self, on: bool) -> None:
        self._state.show_guardian = on
        self.update()

    def set_guardian_views(self, views: Sequence[GuardianMark]) -> None:
        """The family's own views, one labelled mark each (see ``set_show_guardian_views``)."""
        self._state.guardian_views = tuple(views)
        self.update()

    def set_show_guardian_views(self, on: bool) -> None:
        self._state.show_guardian_views = on
        self.update()

    def focus_area(self) -> str | None:
        f = self._state.focus
        return None if f is None else self._state.definition.areas[f].id

    def set_focus_area(self, area_id: str) -> None:
        self._move_focus(self._state.definition.area_ids.index(area_id))

    # -- geometry ------------------------------------------------------------
    def _invalidate(self) -> None:
        self._paths = None
        self.update()

    def paths(self) -> WheelPaths:
        size = (float(self.width()), float(self.height()))
        if self._paths is None or self._paths.size != size:
            self._paths = build_paths(self._state, QRectF(self.rect()))
        return self._paths

    def layout_box(self) -> WheelLayout:
        return self.paths().layout

    def unit_to_widget(self, p: Point) -> QPointF:
        """A unit-coordinate point (geometry.py) in widget pixels."""
        return self.layout_box().to_px(p)

    def hit(self, pos: QPointF) -> tuple[int, int] | None:
        """(area index, level) under a widget position, or None."""
        u = self.layout_box().to_unit(pos.x(), pos.y())
        return self._state.geometry().hit(*u)

    def sector_rect(self, index: int) -> QRectF:
        return self.paths().sector(index).boundingRect()

    def ring_depth_px(self) -> float:
        """How deep one ring is right now, in device-independent pixels."""
        g = self._state.geometry()
        return (1.0 - g.hub) / g.n_levels * self.layout_box().radius

    # -- Qt sizing -----------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        side = max(800, min_side_for(self._state.scale.size))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = min_side_for(self._state.scale.size)
        return QSize(side, side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._paths is not None and self._paths.size != (
            float(self.width()),
            float(self.height()),
        ):
            self._paths = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.FontChange:
            self._sync_font()
        super().changeEvent(event)

    def _sync_font(self) -> None:
        info_px = self.fontInfo().pixelSize()
        self._state.min_label_px = max(12, info_px)
        self.update()

    # -- painting ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._picture.paint(
                painter, self.size(), self.devicePixelRatioF(), self._state, self._palette,
                self.paths(),
            )  # fmt: skip
        finally:
            painter.end()

    # -- pointer: mouse, touch, pen -------------------------------------------
    def _press(self, pos: QPointF) -> bool:
        hit = self.hit(pos)
        if hit is None:
            return False
        index, level = hit
        area_id = self._state.definition.areas[index].id
        self._gesture = (index, self._state.answer(area_id))
        self._move_focus(index)
        self._set_live(index, Answer.at(level))
        return True

    def _drag(self, pos: QPointF) -> None:
        if self._gesture is None:
            return
        index = self._gesture[0]
        g = self._state.geometry()
        u = self.layout_box().to_unit(pos.x(), pos.y())
        r = math.hypot(*u)
        level = math.ceil((min(r, 1.0) - g.hub) / (1.0 - g.hub) * g.n_levels)
        self._set_live(index, Answer.at(max(1, min(level, g.n_levels))))

    def _release(self) -> None:
        if self._gesture is None:
            return
        index, old = self._gesture
        self._gesture = None
        area_id = self._state.definition.areas[index].id
        new = self._state.answer(area_id)
        if new != old:
            self.rating_changed.emit(area_id, new, old)

    def _cancel(self) -> None:
        if self._gesture is None:
            return
        index, old = self._gesture
        self._gesture = None
        self._set_live(index, old)

    def _set_live(self, index: int, answer: Answer) -> None:
        area_id = self._state.definition.areas[index].id
        if self._state.child.get(area_id, NOT_ASKED) != answer:
            self._state.child[area_id] = answer
            self._announce_value(index)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press(event.position()):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._gesture is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag(event.position())
        hover = self.hit(event.position())
        if self._gesture is not None:
            hover = None
        if hover != self._state.hover:
            self._state.hover = hover
            self.setToolTip(self._hover_tip(hover))
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._gesture is not None:
            self._release()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.area_activated.emit(self._state.definition.areas[hit[0]].id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._state.hover is not None:
            self._state.hover = None
            self.update()
        super().leaveEvent(event)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            return self._touch(event)
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> bool:
        kind = event.type()
        points = event.points()
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
        elif kind == QEvent.Type.TouchBegin:
            if not points or not self._press(points[0].position()):
                event.ignore()
                return False
        elif kind == QEvent.Type.TouchUpdate:
            if points:
                self._drag(points[0].position())
        else:
            if points:
                self._drag(points[0].position())
            self._release()
        event.accept()
        return True

    def _hover_tip(self, hover: tuple[int, int] | None) -> str:
        if hover is None:
            return ""
        area = self._state.definition.areas[hover[0]]
        text = answer_text(self._state, Answer.at(hover[1]))
        return f"{area.label_in(self._state.language)}: {text}"

    # -- keyboard ------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._state.focus_visible = True
        if self._state.focus is None and self._state.definition.areas:
            self._move_focus(0)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._state.focus_visible = False
        self.update()
        super().focusOutEvent(event)

    def _move_focus(self, index: int) -> None:
        n = len(self._state.definition.areas)
        index %= n
        if self._state.focus != index:
            self._state.focus = index
            self.focus_area_changed.emit(self._state.definition.areas[index].id)
            self._announce_focus(index)
        self.update()

    def _set_by_key(self, answer: Answer) -> None:
        focus = self._state.focus
        if focus is None:
            return
        area_id = self._state.definition.areas[focus].id
        old = self._state.answer(area_id)
        if answer == old:
            return
        self._set_live(focus, answer)
        self.rating_changed.emit(area_id, answer, old)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        s = self._state
        n = len(s.definition.areas)
        if n == 0:
            super().keyPressEvent(event)
            return
        focus = s.focus if s.focus is not None else 0
        key = event.key()
        step = -1 if s.is_rtl() else 1  # visual left/right, mirrored for RTL
        current = s.answer(s.definition.areas[focus].id)
        level = current.level if current.kind is AnswerKind.LEVEL else None
        keys = Qt.Key
        text = event.text()
        if s.focus is None:
            self._move_focus(0)
        if key == keys.Key_Right:
            self._move_focus(focus + step)
        elif key == keys.Key_Left:
            self._move_focus(focus - step)
        elif key == keys.Key_Home:
            self._move_focus(0)
        elif key == keys.Key_End:
            self._move_focus(n - 1)
        elif key in (keys.Key_Up, keys.Key_Plus) or text == "+":
            self._set_by_key(Answer.at(min(s.scale.size, (level or 0) + 1)))
        elif key in (keys.Key_Down, keys.Key_Minus) or text == "-":
            if level is not None:
                self._set_by_key(Answer.at(max(1, level - 1)))
        elif text.isdigit() and len(text) == 1:
            digit = int(text)
            if digit == 0:
                self._set_by_key(NOT_ASKED)
            elif digit <= s.scale.size:
                self._set_by_key(Answer.at(digit))
        elif key in (keys.Key_Delete, keys.Key_Backspace):
            self._set_by_key(NOT_ASKED)
        elif key == keys.Key_D:
            self._set_by_key(DECLINED)
        elif key == keys.Key_K or text == "?":
            self._set_by_key(DONT_KNOW)
        elif key in (keys.Key_Return, keys.Key_Enter):
            self.area_activated.emit(s.definition.areas[focus].id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right click / long press: every answer, including the two refusals."""
        hit = self.hit(QPointF(event.pos()))
        if hit is None:
            return
        index = hit[0]
        self._move_focus(index)
        menu = QMenu(self)
        menu.setFont(font_for(self._state.language))
        choices: list[Answer] = [Answer.at(k) for k in range(1, self._state.scale.size + 1)]
        choices += [DONT_KNOW, DECLINED]
        for answer in choices:
            action = menu.addAction(answer_text(self._state, answer))
            action.setData(answer)
        clear = menu.addAction(QCoreApplication.translate("WheelWidget", "Not asked yet"))
        clear.setData(NOT_ASKED)
        chosen = menu.exec(event.globalPos())
        if chosen is not None and isinstance(chosen.data(), Answer):
            self._set_by_key(chosen.data())

    # -- accessibility ---------------------------------------------------------
    def _accessible_interface(self) -> _WheelAccessible:
        if self._a11y is None:
            self._a11y = _WheelAccessible(self)
        return self._a11y

    def accessible_text(self, index: int, kind: QAccessible.Text) -> str:
        """What a screen reader reads for sector ``index``."""
        s = self._state
        if not 0 <= index < len(s.definition.areas):
            return ""
        area = s.definition.areas[index]
        answer = s.answer(area.id)
        if kind == QAccessible.Text.Name:
            return area.label_in(s.language)
        if kind == QAccessible.Text.Value:
            return answer_text(s, answer) or QCoreApplication.translate(
                "WheelWidget", "Not asked yet"
            )
        if kind == QAccessible.Text.Description:
            parts = [area.question_in(s.language)]
            for who in ("adult", "guardian"):
                shown = s.show_adult if who == "adult" else s.show_guardian
                other = s.answer(area.id, who)
                if shown and other.is_given:
                    parts.append(f"{viewpoint_name(who)}: {answer_text(s, other)}")
            if s.show_guardian_views:
                for view in s.guardian_views:
                    theirs = view.answers.get(area.id, NOT_ASKED)
                    if theirs.is_given:
                        parts.append(f"{view.name}: {answer_text(s, theirs)}")
            prev = s.previous.get(area.id, NOT_ASKED)
            if s.show_previous and prev.is_given:
                last = QCoreApplication.translate("WheelWidget", "Last time")
                parts.append(f"{last}: {answer_text(s, prev)}")
            return " ".join(p if p.endswith(".") else p + "." for p in parts if p)
        return ""

    def set_by_accessibility(self, index: int, answer: Answer) -> None:
        """A screen reader set a sector's value: as if the child had chosen it."""
        area_id = self._state.definition.areas[index].id
        old = self._state.answer(area_id)
        if answer == old:
            return
        self._set_live(index, answer)
        self.rating_changed.emit(area_id, answer, old)

    def _announce_focus(self, index: int) -> None:
        if not QAccessible.isActive():
            return
        event = QAccessibleEvent(self, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)

    def _announce_value(self, index: int) -> None:
        if not QAccessible.isActive():
            return
        event = QAccessibleValueChangeEvent(
            self, self.accessible_text(index, QAccessible.Text.Value)
        )
        event.setChild(index)
        QAccessible.updateAccessibility(event)

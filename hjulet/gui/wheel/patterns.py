"""Patterns filled from small tiles: hatching, dots and the high-contrast lines.

:func:`hatch` and :func:`dots` are also used by the workspace's area chart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)

from hjulet.gui.theme import area_pattern
from hjulet.gui.wheel._qt import _colour, _device_ratio
from hjulet.gui.wheel.layout import WheelPaths

# Patterns (hatching, dots, the high-contrast lines) are filled with a small tile
# as a texture brush: one antialiased path fill, instead of clipping to the path
# and drawing each line or dot (a clip path is slow and its edge is not antialiased).
# A tile is whole device pixels, so a spacing is rounded to one; the tile's corner
# sits on a device pixel, so every paint of the same path gives the same pixels.
_TILES: dict[tuple[object, ...], QImage] = {}


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


def _fill_stroke(painter: QPainter, path: QPainterPath, pen: QPen) -> None:
    """Stroke ``path`` as one filled outline: each pixel is blended once (a thin
    pen drawn segment by segment blends twice where segments meet)."""
    painter.fillPath(QPainterPathStroker(pen).createStroke(path), pen.brush())

"""Small painting helpers shared by the wheel's modules.

Fonts, colours and pens as the wheel asks for them, the painter's device pixel
ratio and whole-device-pixel boxes, transparent or opaque layer images, the
wheel's line width and label size, and whether a part reaches the painter's clip.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from hjulet.gui.fonts import font_for
from hjulet.gui.theme import WheelPalette
from hjulet.gui.wheel.layout import WheelPaths, label_px_for
from hjulet.gui.wheel.state import WheelState


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


def _device_ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


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


def _device_aligned(r: QRectF, dpr: float) -> QRectF:
    """``r`` grown to whole device pixels, so clipping to it is exact."""
    left, top = math.floor(r.left() * dpr), math.floor(r.top() * dpr)
    right, bottom = math.ceil(r.right() * dpr), math.ceil(r.bottom() * dpr)
    return QRectF(left / dpr, top / dpr, (right - left) / dpr, (bottom - top) / dpr)


def _line_width(paths: WheelPaths, pal: WheelPalette) -> float:
    return max(1.0, paths.layout.radius / 250.0) * pal.line_scale


def _label_px(paths: WheelPaths, state: WheelState) -> int:
    return label_px_for(paths.layout.side, state)


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

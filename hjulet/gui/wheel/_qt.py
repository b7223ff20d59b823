"""Small painting helpers shared by the wheel's modules.

Fonts, colours and pens as the wheel asks for them, the painter's device pixel
ratio and whole-device-pixel boxes, transparent or opaque layer images, the
wheel's line width and label size, and whether a part reaches the painter's clip.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Generator, Iterator

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from hjulet.gui.fonts import font_for
from hjulet.gui.theme import WheelPalette
from hjulet.gui.wheel.layout import WheelPaths, label_px_for
from hjulet.gui.wheel.state import WheelState


def _run(steps: Iterator[None]) -> None:
    """Every step of a painting generator, at once."""
    for _ in steps:
        pass


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


# How many bytes of an image a step of a build fills or copies: a new image's
# memory is first touched when it is filled, about a millisecond for the 2.5 MB
# of an 800 x 800 picture, so it is touched a strip of rows at a time.
STRIP_BYTES = 384 * 1024


def layer_image_steps(
    size: QSize | QSizeF, dpr: float, fill: QColor | None
) -> Generator[None, None, QImage]:
    """:func:`_layer_image` in steps, a strip of rows each (the same pixels);
    returns the image."""
    width, height = round(size.width() * dpr), round(size.height() * dpr)
    if fill is None:
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        colour = QColor(Qt.GlobalColor.transparent)
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        colour = QColor(fill)
        colour.setAlpha(255)  # as QImage.fill() does for an opaque format
    rows = max(1, STRIP_BYTES // max(1, image.bytesPerLine()))
    p = QPainter(image)
    try:
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        for top in range(0, height, rows):
            p.fillRect(QRect(0, top, width, min(rows, height - top)), colour)
            yield
    finally:
        p.end()
    image.setDevicePixelRatio(dpr)
    return image


def copy_steps(source: QImage) -> Generator[None, None, QImage]:
    """``source.copy()`` in steps, a strip of its bytes each; returns the copy."""
    image = QImage(source.width(), source.height(), source.format())
    image.setDevicePixelRatio(source.devicePixelRatio())
    src, dst = memoryview(source.constBits()), memoryview(image.bits())
    step = max(1, STRIP_BYTES // max(1, source.bytesPerLine())) * source.bytesPerLine()
    try:
        for start in range(0, len(src), step):
            dst[start : start + step] = src[start : start + step]
            yield
    finally:
        src.release()
        dst.release()
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

"""Sprites: small pictures painted once and kept with the wheel's paths.

What is painted again and again (the hub, the icons, a refused sector, the
hovered ring, the focus outline) is laid from a small transparent image on the
same device pixels every time, within a budget (:data:`SPRITE_BYTES`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPainter

from hjulet.gui.wheel._qt import _device_aligned, _device_ratio, _layer_image
from hjulet.gui.wheel.layout import WheelPaths

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

"""Draw the program icon: the eight areas of the wheel in their colours.

    python packaging/make_icon.py     (writes packaging/icons/hjulet.{png,ico,icns})

The colours are read from the built-in wheel definition, so the icon matches
the wheel people see. Run again only when they change; the results are
committed (the build machines need no drawing step).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

from hjulet.core.catalog import load_catalog  # noqa: E402

SIZE = 512


def draw(path: Path) -> None:
    colours = [a.colour for a in load_catalog().definition().areas]
    img = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = SIZE * 0.04
    box = QRectF(margin, margin, SIZE - 2 * margin, SIZE - 2 * margin)
    span = 360 / len(colours)
    p.setPen(QPen(QColor("white"), SIZE * 0.02))
    for i, colour in enumerate(colours):
        p.setBrush(QColor(colour))
        # Qt: 1/16 degree, counter-clockwise from 3 o'clock; start at 12, go clockwise.
        p.drawPie(box, int((90 - i * span) * 16), int(-span * 16))
    p.setBrush(QColor("white"))
    p.drawEllipse(QPointF(SIZE / 2, SIZE / 2), SIZE * 0.13, SIZE * 0.13)
    p.end()
    img.save(str(path))


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (QImage painting needs it for fonts)
    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    big = out / "hjulet-512.png"
    draw(big)
    image = Image.open(big)
    image.resize((256, 256), Image.LANCZOS).save(out / "hjulet.png")
    image.save(out / "hjulet.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    image.save(out / "hjulet.icns")
    big.unlink()


if __name__ == "__main__":
    main()

"""Guards against a broken Qt binding release.

PySide6 6.12.0 drops a reference to ``None`` on every call returning void; on
Python 3.11 the process dies after a few thousand such calls (a wheel repaint
makes ~360). pyproject pins below it; this test fails if a bad build slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_void_calls_do_not_consume_references_to_none(qtbot):
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.setPen(QColor("red"))
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50, "this PySide6 build leaks references to None"

"""Wheel figures for ``make bench``: repaint time at 800x800 and click -> committed answer.

``run()`` returns the figures (milliseconds) as a dict; ``python -m
benchmarks.wheel_bench`` prints them. Needs a QApplication (offscreen is fine);
uses a throw-away vault with fast key derivation in a temporary folder.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def run(repaints: int = 60, clicks: int = 200) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    from hjulet import services
    from hjulet.core.catalog import load_catalog
    from hjulet.core.model import DECLINED, DONT_KNOW, AgeTier, Answer
    from hjulet.gui.conversation_view import ConversationView
    from hjulet.gui.fonts import register_fonts
    from hjulet.gui.wheel_widget import WheelState, build_paths, paint_wheel
    from hjulet.storage.keyslots import FAST_KDF

    register_fonts()
    catalog = load_catalog()
    definition, scale = catalog.definition(), catalog.scale("steps4")

    # 1. repaint at 800x800: a realistic state (answers, refusals, marks, last time)
    state = WheelState(definition, scale, "sv")
    for i, area in enumerate(definition.areas):
        state.child[area.id] = Answer.at(1 + i % scale.size)
        state.previous[area.id] = Answer.at(1 + (i + 1) % scale.size)
        state.adult[area.id] = Answer.at(1 + (i + 2) % scale.size)
    state.child[definition.areas[3].id] = DECLINED
    state.child[definition.areas[5].id] = DONT_KNOW
    state.show_adult = True
    rect = QRectF(0, 0, 800, 800)
    paths = build_paths(state, rect)  # cached on resize in the widget, so outside the loop
    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    paint_ms: list[float] = []
    for _ in range(repaints + 5):
        painter = QPainter(image)
        t0 = time.perf_counter()
        paint_wheel(painter, rect, state, paths=paths)
        painter.end()
        paint_ms.append((time.perf_counter() - t0) * 1000)
    paint_ms = paint_ms[5:]  # warm-up (font caches)

    # 2. click -> answer committed in the vault (fsync'd), through the real view/controller
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = services.create_vault(Path(tmp) / "v", "bench bench", name="B", kdf=FAST_KDF)
        child = services.add_child(vault, name="B", birth_year=2015, age_tier=AgeTier.MIDDLE)
        assert child.id is not None
        conv = services.start_conversation(vault, child.id, definition=definition, scale=scale)
        assert conv.id is not None
        view = ConversationView(vault, conv.id)
        view.resize(1366, 768)
        view.show()
        app.processEvents()
        wheel = view.wheel
        g = wheel.state.geometry()
        done: list[float] = []
        view.controller.answer_committed.connect(lambda *_a: done.append(time.perf_counter()))
        click_ms: list[float] = []
        for i in range(clicks):
            area, level = i % g.n_areas, 1 + (i // g.n_areas + i) % g.n_levels
            pos = wheel.unit_to_widget(g.sector_centre(area, level)).toPoint()
            done.clear()
            t0 = time.perf_counter()
            QTest.mouseClick(
                wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(pos)
            )
            if done:
                click_ms.append((done[-1] - t0) * 1000)
        view.close()
        vault.close()

    return {
        "wheel_repaint_800_median_ms": statistics.median(paint_ms),
        "click_to_committed_median_ms": statistics.median(click_ms),
        "click_to_committed_p95_ms": _percentile(click_ms, 95),
        "clicks_committed": float(len(click_ms)),
    }


def main() -> None:
    for name, value in run().items():
        print(f"{name:34s} {value:8.2f}")


if __name__ == "__main__":
    main()

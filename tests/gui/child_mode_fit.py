"""Does every child-mode screen fit? (run as a subprocess: QT_SCALE_FACTOR must be set first)

    python -m tests.gui.child_mode_fit OUT.json

Tours every screen of every tier in Swedish and Arabic at 1366x768 and
1280x720 (device pixels; at 150 % that is 911x512 and 853x480 logical), and
every screen of the young and the teen tier in every other shipped child
language (each file in resources/child_texts) at 1366x768: the middle tier
shows the same who-sees-what texts as the teen tier, and each tour costs a
vault and a window, so all languages on all tiers and sizes would double the
test's time. It records each problem a person would see:

* the window grew beyond the screen (its layout needs more room than there is);
* a visible control lies (partly) outside the screen;
* a wrapped text needs more height than it got, or a button's words more width;
* a control on the page lies under the corner buttons (pause, cover, the adult's).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def problems_on(window: Any, where: str) -> list[str]:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    out: list[str] = []
    screen = QRect(0, 0, window.width(), window.height())
    if window.width() > window.target[0] or window.height() > window.target[1]:
        out.append(f"{where}: window grew to {window.width()}x{window.height()}")
    corners = [b for b in window.corner.buttons if b.isVisible()]
    page = window.stack.currentWidget()
    covered = window.cover_screen.isVisible()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or covered:
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        label = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        name = f"{type(widget).__name__} {label!r}"
        if not screen.contains(rect.adjusted(1, 1, -1, -1)):
            out.append(f"{where}: {name} at {rect.getRect()} is outside the screen")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 2:
                    out.append(f"{where}: text of {name} is cut off (height)")
            elif widget.sizeHint().width() > widget.width() + 2:
                out.append(f"{where}: text of {name} is cut off (width)")
        if isinstance(widget, QAbstractButton) and widget.sizeHint().width() > widget.width() + 2:
            out.append(f"{where}: words of {name} do not fit")
        if page is not None and page.isAncestorOf(widget) and not widget.children():
            for corner in corners:
                corner_rect = QRect(corner.mapTo(window, corner.rect().topLeft()), corner.size())
                if corner_rect.intersects(rect):
                    out.append(f"{where}: {name} lies under a corner button")
    return out


ROOT = Path(__file__).resolve().parents[2]


def other_languages() -> tuple[str, ...]:
    """Every shipped child language beyond the two toured in full."""
    from benchmarks.child_mode_tour import LANGS

    shipped = sorted(p.stem for p in (ROOT / "resources" / "child_texts").glob("*.toml"))
    return tuple(lang for lang in shipped if lang not in LANGS)


def all_tours(part: str = "all") -> list[tuple[str, str, tuple[int, int]]]:
    """``full``: the two languages toured in full; ``others``: the rest on two tiers;
    ``all``: both (the test runs the two parts as processes of their own, in parallel)."""
    from benchmarks.child_mode_tour import tours

    full = tours() if part in ("all", "full") else []
    others = (
        tours(sizes=((1366, 768),), langs=other_languages(), tiers=("young", "teen"))
        if part in ("all", "others")
        else []
    )
    return [*full, *others]


def main(out_path: Path, part: str = "all") -> int:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from benchmarks.child_mode_tour import scale_factor, tour
    from hjulet.gui.fonts import register_fonts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    register_fonts()
    found: list[str] = []
    screens = 0
    k = scale_factor()
    with tempfile.TemporaryDirectory(prefix="hjulet-fit-") as d:
        for lang, tier, size in all_tours(part):

            def check(
                window: Any, name: str, lang: str = lang, tier: str = tier, size: Any = size
            ) -> None:
                nonlocal screens
                screens += 1
                window.target = (round(size[0] / k), round(size[1] / k))
                where = f"{lang} {tier} {size[0]}x{size[1]}@{k:g} {name}"
                found.extend(problems_on(window, where))

            tour(app, Path(d), lang, tier, size, check)
    out_path.write_text(
        json.dumps(
            {"screens": screens, "tours": len(all_tours(part)), "problems": found},
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), *sys.argv[2:3]))

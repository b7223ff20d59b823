"""A tour of every child-mode screen, per tier and language (screenshots and the fit test).

    python -m benchmarks.child_mode_tour OUTDIR [WIDTHxHEIGHT ...]

Run it with ``QT_SCALE_FACTOR`` set for 150 % (it must be set before Qt
starts, hence a process of its own). For each language (sv, ar), each tier
(young, middle, teen) and each screen size it opens child mode in a vault of
its own, walks the screens the child sees (hand-over, who sees what, practice,
an area answered, what is important to me, the sharing question, thank you,
pause, the adult's exit screen, the cover) and writes one PNG per screen:
``OUTDIR/<lang>-<tier>-<scale>-<nn>-<screen>.png``. Under Xvfb the PNG is the
screen as a person sees it (QScreen.grabWindow).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

LANGS = ("sv", "ar")
SIZES = ((1366, 768), (1280, 720))
SCALE_OF_TIER = {"young": "faces3", "middle": "steps4", "teen": "steps5"}


def scale_factor() -> float:
    try:
        return float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    except ValueError:
        return 1.0


@contextmanager
def open_child_mode(
    app: Any,
    basedir: Path,
    lang: str,
    tier_name: str,
    size: tuple[int, int],
    address_form: str = "",
    wait: Callable[[Any], None] | None = None,
) -> Iterator[Any]:
    """Child mode for a fresh child and conversation in a vault of its own, shown at
    ``size`` (device pixels) on the hand-over page; closed and the vault shut after.
    ``wait`` lets the window settle (default: ``settle``, for a real display)."""
    from hjulet import services
    from hjulet.core.catalog import load_catalog
    from hjulet.core.model import AgeTier
    from hjulet.gui.child_mode import ChildModeWindow
    from hjulet.gui.conversation.controller import ConversationController
    from hjulet.storage.keyslots import FAST_KDF

    wait = wait or settle
    catalog = load_catalog()
    tier = AgeTier(tier_name)
    form = f"-{address_form}" if address_form else ""
    folder = basedir / f"v-{lang}{form}-{tier_name}-{size[0]}x{size[1]}"
    vault, _ = services.create_vault(folder, "tour", kdf=FAST_KDF)
    try:
        child = services.add_child(
            vault, name="Tour", languages=(lang,), age_tier=tier, address_form=address_form
        )
        assert child.id is not None
        conv = services.start_conversation(
            vault,
            child.id,
            definition=catalog.definition(),
            scale=catalog.scale(SCALE_OF_TIER[tier_name]),
            language=lang,
        )
        assert conv.id is not None
        window = ChildModeWindow(vault, ConversationController(vault, conv.id), tier=tier)
        k = scale_factor()
        logical = (round(size[0] / k), round(size[1] / k))
        window.setGeometry(0, 0, *logical)
        window.show()
        window.raise_()
        window.activateWindow()
        wait(app)
        try:
            yield window
        finally:
            window.allow_close()
            window.close()
            window.deleteLater()
            wait(app)
    finally:
        vault.close()


def tour(
    app: Any,
    basedir: Path,
    lang: str,
    tier_name: str,
    size: tuple[int, int],
    on_screen: Callable[[Any, str], None],
    wait: Callable[[Any], None] | None = None,
) -> None:
    """Open child mode at ``size`` (device pixels) and call ``on_screen`` on every screen,
    once ``wait`` (default: ``settle``) let it settle."""
    from hjulet.core.model import Answer

    wait = wait or settle
    with open_child_mode(app, basedir, lang, tier_name, size, wait=wait) as window:
        conv = window.conv

        def show(name: str) -> None:
            wait(app)
            on_screen(window, name)

        show("handover")
        window.handover.start_button.click()
        show("who")
        window.forward()
        show("practice")
        window.forward()
        way = window.current_page()
        first = conv.definition.areas[0].id
        window.controller.set_answer(first, Answer.at(2), "child")
        if tier_name == "teen":
            window.controller.set_text(first, _words_field(), _words(lang))
            window.controller.flush()
        window.go(way)
        show(way)
        window.go("important")
        if tier_name == "teen":
            window.controller.set_conversation_text("important_to_me", _words(lang))
            window.controller.flush()
        show("important")
        window.share_index = 0
        window.go("share")
        show("share")
        window.go("done")
        show("done")
        window.go("who")
        window.pause()
        show("pause")
        window.resume()
        window.ask_to_leave()
        show("exit")
        window.go("who")
        window.cover()
        show("cover")
        window.uncover()


def _words_field() -> Any:
    from hjulet.core.model import EntryField

    return EntryField.WORDS


def _words(lang: str) -> str:
    return {"ar": "عندي صديق جيد في المدرسة"}.get(lang, "Jag har en bra kompis i skolan")


def settle(app: Any, ms: int = 120) -> None:
    """Let a real (virtual) display catch up: its X server answers in its own time."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def drain(app: Any) -> None:
    """Offscreen there is no display to wait for: handle the posted events (layouts,
    resizes, deferred deletes, as the event loop would), in three rounds because an
    event may post another (a layout asks for a resize, which asks for a layout)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, 0)
        QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
        app.processEvents()


def tours(
    sizes: tuple[tuple[int, int], ...] = SIZES,
    langs: tuple[str, ...] = LANGS,
    tiers: tuple[str, ...] = tuple(SCALE_OF_TIER),
) -> Iterator[tuple[str, str, tuple[int, int]]]:
    for lang in langs:
        for tier in tiers:
            for size in sizes:
                yield lang, tier, size


def main(outdir: Path, sizes: tuple[tuple[int, int], ...]) -> list[Path]:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from hjulet.app.translations import install_translators
    from hjulet.gui.fonts import register_fonts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators("sv")
    register_fonts()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    scale = f"{round(scale_factor() * 100)}pct"
    with tempfile.TemporaryDirectory(prefix="hjulet-tour-") as d:
        for lang, tier, size in tours(sizes):
            count = [0]

            def grab(
                window: Any, name: str, lang: str = lang, tier: str = tier, count: Any = count
            ) -> None:
                count[0] += 1
                from hjulet.gui.wheel.widget import settle_wheels

                settle_wheels()  # no wheel shows a resize's scaled frame
                app.processEvents()
                screen = QGuiApplication.primaryScreen()
                picture = screen.grabWindow(0) if screen is not None else window.grab()
                path = outdir / f"{lang}-{tier}-{scale}-{count[0]:02d}-{name}.png"
                picture.save(str(path))
                written.append(path)

            tour(app, Path(d), lang, tier, size, grab)
    return written


# -- every child language: who sees what, a question, the sharing step -------------

CHILD_LANGS = ("sv", "en", "ar", "so", "ti", "fa", "prs", "uk", "fi")
# (language, address form, file prefix): one Arabic run speaks to a girl
LANGUAGE_RUNS = (*((lang, "", lang) for lang in CHILD_LANGS), ("ar", "girl", "ar-girl"))
YOUNG_FACE_LANGS = ("ar", "so")


def languages_main(outdir: Path) -> list[Path]:
    """For each child language at 1366x768, 100 %: ``<prefix>-child-who.png``,
    ``-child-question.png`` (middle tier, one area per screen) and ``-child-share.png``
    (the sharing step, one area answered); ``<lang>-child-young-face.png`` (the young
    tier's faces) for ar and so. Needs a real (virtual) display for the grab."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from hjulet.app.translations import install_translators
    from hjulet.core.model import Answer
    from hjulet.gui.fonts import register_fonts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators("sv")
    register_fonts()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab(window: Any, name: str) -> None:
        settle(app, 300)
        from hjulet.gui.wheel.widget import settle_wheels

        settle_wheels()  # no wheel shows a resize's scaled frame
        app.processEvents()
        screen = QGuiApplication.primaryScreen()
        picture = screen.grabWindow(0) if screen is not None else window.grab()
        path = outdir / f"{name}.png"
        picture.save(str(path))
        written.append(path)

    size = (1366, 768)
    with tempfile.TemporaryDirectory(prefix="hjulet-langs-") as d:
        for lang, form, prefix in LANGUAGE_RUNS:
            with open_child_mode(app, Path(d), lang, "middle", size, form) as window:
                window.handover.start_button.click()
                grab(window, f"{prefix}-child-who")
                first = window.definition.areas[0].id
                window.one_index = 0
                window.go("one")
                grab(window, f"{prefix}-child-question")
                window.controller.set_answer(first, Answer.at(2), "child")
                window.controller.flush()
                window.share_index = 0
                window.go("share")
                grab(window, f"{prefix}-child-share")
        for lang in YOUNG_FACE_LANGS:
            with open_child_mode(app, Path(d), lang, "young", size) as window:
                window.handover.start_button.click()
                window.one_index = 0
                window.go("young")
                grab(window, f"{lang}-child-young-face")
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots/child-mode")
    chosen = tuple((int(w), int(h)) for w, h in (arg.split("x") for arg in sys.argv[2:])) or (
        (1366, 768),
    )
    for p in main(out, chosen):
        print(p)

"""Does every guardian screen fit, whole and without scrolling? (run as a subprocess:
the screen size and QT_SCALE_FACTOR are read once, when the application starts)

    python -m tests.gui.guardian_fit OUT.json

Opens the guardian's screens full screen in every shipped guardian language
(each child-texts file has a ``[guardian]`` section) and looks at each page
(intro, the wheel page for every area, important, thanks, the professional's
way out, and it after a wrong passphrase). It records each problem a guardian would meet:

* anything the workspace fit probe finds (``tests/gui/fit_probe.py``): a control
  outside the screen or cut by its parent, a button's or box's words cut;
* a page that scrolls: a guardian must see every control without scrolling;
* a wrapped text that needs more height than it got;
* the professional's note on read-aloud (shown on every screen, with the longest
  note the reader gives) over a page's title, text or control, or cut.

Writes ``{"screen": [w, h], "languages": [...], "screens": N, "problems": [...]}``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HJULET_TTS_ENGINE", "mock")


def guardian_languages() -> list[str]:
    """Every shipped language whose text file has the guardian's screens."""
    import tomllib

    from hjulet.core.child_texts import available_child_languages

    root = Path(__file__).resolve().parents[2] / "resources" / "child_texts"
    out = []
    for lang in available_child_languages():
        path = root / f"{lang}.toml"
        if path.exists() and "guardian" in tomllib.loads(path.read_text(encoding="utf-8")):
            out.append(lang)
    return out


def note_problems(window: Any, where: str) -> list[str]:
    """The note on read-aloud (``window.speech_note``), where shown, covers no text,
    picture or control of the page and the professional's way out (the passphrase
    panel opens over it), and is whole."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

    from hjulet.gui.child_mode.parts import ScaleLegend
    from hjulet.gui.child_mode.pictures import AreaPicture
    from hjulet.gui.wheel.widget import WheelWidget

    note = window.speech_note
    if not note.isVisible():  # the probe shows it on every screen
        return [f"{where}: the read-aloud note is not shown"]
    out: list[str] = []
    if note.height() < note.heightForWidth(note.width()):
        out.append(f"{where}: the read-aloud note is cut off (height)")
    box = note.geometry()
    if not window.rect().contains(box):
        out.append(f"{where}: the read-aloud note reaches out of the window")
    panel = window.exit_panel
    for w in window.findChildren(QWidget):
        if w is note or not w.isVisible() or w is panel or panel.isAncestorOf(w):
            continue
        if isinstance(w, QScrollArea):  # a page (what it holds is looked at)
            continue
        text = isinstance(w, QLabel) and bool(w.text())
        control = w.focusPolicy() != Qt.FocusPolicy.NoFocus
        picture = isinstance(w, WheelWidget | ScaleLegend | AreaPicture)
        if not (text or control or picture):
            continue
        at = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
        if at.intersects(box):
            name = w.text()[:30] if isinstance(w, QLabel) else type(w).__name__
            out.append(f"{where}: the read-aloud note covers {name!r}")
    return out


def page_problems(window: Any, where: str) -> list[str]:
    """What a guardian would meet on the page shown now."""
    from PySide6.QtWidgets import QLabel, QScrollArea

    from tests.gui.fit_probe import out_of_reach

    out = [f"{where}: {p}" for p in out_of_reach(window)]
    out += note_problems(window, where)
    for area in window.findChildren(QScrollArea):
        if area.isVisible() and area.verticalScrollBar().maximum() > 0:
            name = area.objectName() or type(area.widget()).__name__
            out.append(f"{where}: {name} scrolls {area.verticalScrollBar().maximum()} px")
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.wordWrap() or not label.text():
            continue
        if label.heightForWidth(label.width()) > label.height() + 2:
            out.append(f"{where}: text {label.text()[:30]!r} cut off (height)")
    return out


def main(out_path: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from hjulet import services
    from hjulet.app.translations import install_translators
    from hjulet.core.catalog import load_catalog
    from hjulet.core.errors import WrongPassphrase
    from hjulet.core.guardian import GuardianRole
    from hjulet.gui.fonts import register_fonts
    from hjulet.gui.guardians.window import open_guardian_mode
    from hjulet.storage.keyslots import FAST_KDF

    install_translators("sv")  # the professional's parts (the way out) in Swedish
    register_fonts()

    def drain() -> None:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            app.processEvents()

    langs = guardian_languages()
    found: list[str] = []
    screens = 0
    catalog = load_catalog()
    with tempfile.TemporaryDirectory(prefix="hjulet-guardian-fit-") as d:
        vault, _ = services.create_vault(Path(d) / "vault", "fit passphrase", kdf=FAST_KDF)
        try:
            child = services.add_child(vault, name="Fit", languages=("sv",))
            assert child.id is not None
            for lang in langs:
                conv = services.start_conversation(
                    vault,
                    child.id,
                    definition=catalog.definition(),
                    scale=catalog.scale("steps4"),
                    language="sv",
                )
                assert conv.id is not None
                window = open_guardian_mode(
                    vault, conv.id, GuardianRole.GUARDIAN_1, lang, no_err_windows=True
                )
                assert window is not None
                # the longest note the reader gives: the clip player stopped answering
                window.reader._clips_died("hung")
                assert window.speech_note.isVisible()
                for page in window.PAGES:
                    window.go(page)
                    areas = window.definition.area_ids if page == "wheel" else ("",)
                    for area_id in areas:
                        if area_id:
                            window.show_area(area_id)
                        drain()
                        screens += 1
                        found += page_problems(window, f"{lang} {page} {area_id}".strip())
                window.ask_to_leave()
                drain()
                screens += 1
                found += page_problems(window, f"{lang} leave")
                # a wrong passphrase: the panel's longest line (the answer of a
                # failed check, and how long to wait) must show whole too
                window.exit_panel._failed(WrongPassphrase())
                drain()
                screens += 1
                found += page_problems(window, f"{lang} leave, a wrong passphrase")
                window.exit_panel._wait.stop()
                window.leave()
                drain()
        finally:
            vault.close()
    screen = app.primaryScreen().availableGeometry()  # type: ignore[union-attr]
    out_path.write_text(
        json.dumps(
            {
                "screen": [screen.width(), screen.height()],
                "languages": langs,
                "screens": screens,
                "problems": found,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

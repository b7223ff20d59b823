"""`make screenshots`: the main screens on a real (virtual) display, in Swedish.

    python -m benchmarks.screenshots OUTDIR
    python -m benchmarks.screenshots --workspace [OUTDIR]   (the workspace, three screens)
    python -m benchmarks.screenshots --languages [OUTDIR]   (child mode in every child language)
    python -m benchmarks.screenshots --family [OUTDIR]      (the guardians' own screens)
    python -m benchmarks.screenshots --help

Starts its own Xvfb at 1366x768 when no DISPLAY is set, loads the Swedish
catalogue, and writes PNGs of the workspace (wizard, unlock, caseload, child
page, consent, audit), a conversation and the print preview; and every
child-mode screen of each tier in Swedish and Arabic at 100 % and 150 % into
docs/screenshots/child-mode/. Look at them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    exe = shutil.which("Xvfb")
    if exe is None:
        raise SystemExit("Xvfb is not installed: apt-get install xvfb")
    for n in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{n}").exists():
            proc = subprocess.Popen(
                [exe, f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"]
            )
            os.environ["DISPLAY"] = f":{n}"
            time.sleep(1.0)
            return proc
    raise SystemExit("no free X display number")


CHILD_MODE_DIR = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "child-mode"


def _shooter(
    app: Any, outdir: Path, written: list[Path], suffix: str, default_ms: int
) -> tuple[Callable[..., None], Callable[[str], None]]:
    """settle(ms): let the event loop run; shot(name): the whole screen into outdir."""

    def settle(ms: int = default_ms) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        from PySide6.QtGui import QGuiApplication

        settle()
        from hjulet.gui.wheel.widget import settle_wheels

        settle_wheels()  # no wheel shows a resize's scaled frame
        app.processEvents()
        path = outdir / f"{name}{suffix}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        written.append(path)

    return settle, shot


def main(outdir: Path) -> list[Path]:
    os.environ.pop("QT_QPA_PLATFORM", None)
    xvfb = _start_xvfb()
    try:
        return _shots(outdir) + child_mode_shots(CHILD_MODE_DIR)
    finally:
        if xvfb is not None:
            xvfb.terminate()


def child_mode_shots(outdir: Path) -> list[Path]:
    """Every child-mode screen, per tier, in Swedish and Arabic, at 100 % and 150 %.

    One process per scale (Qt reads QT_SCALE_FACTOR at start); see
    benchmarks/child_mode_tour.py. Written to docs/screenshots/child-mode/.
    """
    written: list[Path] = []
    for old in outdir.glob("*.png"):
        old.unlink()
    for scale in ("1", "1.5"):
        env = {**os.environ, "QT_SCALE_FACTOR": scale}
        env.pop("QT_QPA_PLATFORM", None)  # the real (virtual) display, never offscreen
        run = subprocess.run(
            [sys.executable, "-m", "benchmarks.child_mode_tour", str(outdir), "1366x768"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        written += [Path(line) for line in run.stdout.splitlines() if line.endswith(".png")]
    return written


def _shots(outdir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.workspace_bench import take_screenshots
    from hjulet import services
    from hjulet.app.translations import install_translators
    from hjulet.gui.fonts import register_fonts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators("sv")
    register_fonts()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    settle, shot = _shooter(app, outdir, written, "", 300)

    with tempfile.TemporaryDirectory(prefix="hjulet-shots-") as d:
        base = Path(d)
        written += take_screenshots(outdir, base / "ws")

        from benchmarks.workspace_bench import _window
        from hjulet.gui.conversation.view import open_conversation_window
        from hjulet.gui.printing.summary import open_summary_dialog
        from hjulet.services.demo import DEMO_NAME, populate_demo
        from hjulet.storage.keyslots import FAST_KDF

        window = _window(base / "main")
        window.ctx.kdf = FAST_KDF
        vault_path = base / "demo"
        vault, _ = services.create_vault(vault_path, "demo", name=DEMO_NAME, kdf=FAST_KDF)
        populate_demo(vault, window.ctx.catalog)
        vault.close()
        window.entry.open_with_passphrase(vault_path, "demo")
        end = time.perf_counter() + 30
        while window.vault is None and time.perf_counter() < end:
            app.processEvents()
        if window.retention_dialog is not None:
            window.retention_dialog.done(0)
        shot("caseload")
        liam = services.find_child(window.vault, "DEMO-004")
        conv = services.list_conversations(window.vault, liam.id or 0)[-1]
        view = open_conversation_window(
            window.ctx, window.vault, conv.id or 0, window, session=window.session
        )
        view.move(0, 0)
        view.resize(1366, 768)
        shot("conversation")
        dialog = open_summary_dialog(window.ctx, window.vault, liam.id or 0, conv.id, view)
        dialog.move(60, 20)
        settle(2500)
        shot("print_preview")
        dialog.close()
        view.close()
        window.close()
        settle()
    return written


def languages(outdir: Path) -> list[Path]:
    """Child mode in each of the nine child languages at 1366x768, 100 %: who sees
    what, a question, the sharing step; the young tier's faces for ar and so. See
    benchmarks/child_mode_tour.py (languages_main). Stale child-mode PNGs are removed
    first; the PDF page renders (childs-copy, blank-sheet) are kept."""
    from benchmarks.child_mode_tour import languages_main

    os.environ.pop("QT_QPA_PLATFORM", None)
    os.environ["QT_SCALE_FACTOR"] = "1"
    xvfb = _start_xvfb()
    try:
        for old in outdir.glob("*-child-*.png"):
            old.unlink()
        return languages_main(outdir)
    finally:
        if xvfb is not None:
            xvfb.terminate()


# -- the professional's workspace at three screens -----------------------------------

WORKSPACE_SCREENS = (
    ("1366x768-100", "1366x768", "1"),
    ("1366x768-150", "1366x768", "1.5"),
    ("1920x1080-100", "1920x1080", "1"),
)


def _shots_on_xvfb(display: str, size: str, scale: str, args: list[str]) -> list[Path]:
    """Run ``python -m benchmarks.screenshots ARGS`` on an Xvfb of its own at ``size``
    with ``QT_SCALE_FACTOR=scale`` (read when the application starts: one process
    each); the PNG files it printed."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise SystemExit("Xvfb is not installed: apt-get install xvfb")
    xvfb = subprocess.Popen(
        [exe, display, "-screen", "0", f"{size}x24", "-nolisten", "tcp", "-noreset"],
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = {**os.environ, "DISPLAY": display, "QT_SCALE_FACTOR": scale,
               "HJULET_TTS_ENGINE": "mock"}  # fmt: skip
        env.pop("QT_QPA_PLATFORM", None)
        run = subprocess.run(
            [sys.executable, "-m", "benchmarks.screenshots", *args],
            env=env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        if run.returncode != 0:
            raise SystemExit(run.stderr[-3000:])
        return [Path(line) for line in run.stdout.splitlines() if line.endswith(".png")]
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def workspace(outdir: Path, display: str = ":68") -> list[Path]:
    """The workspace at 1366x768 (100 % and 150 %) and 1920x1080, each on its own Xvfb."""
    written: list[Path] = []
    for name, size, scale in WORKSPACE_SCREENS:
        written += _shots_on_xvfb(display, size, scale, ["--workspace-one", name, str(outdir)])
    return written


def _workspace_one(outdir: Path, suffix: str) -> list[Path]:
    """One screen: caseload, child page, Swedish and Arabic conversation, consent
    register, summary dialog and the first-run wizard, in Swedish."""
    from PySide6.QtWidgets import QApplication

    from hjulet import services
    from hjulet.app.translations import install_translators
    from hjulet.gui.fonts import register_fonts
    from hjulet.gui.printing.summary import open_summary_dialog
    from hjulet.services.demo import DEMO_NAME, populate_demo
    from hjulet.storage.keyslots import FAST_KDF

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators("sv")
    register_fonts()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    settle, shot = _shooter(app, outdir, written, f"-{suffix}", 400)

    with tempfile.TemporaryDirectory(prefix="hjulet-ws-shots-") as d:
        base = Path(d)
        from hjulet.app.context import AppContext
        from hjulet.app.settings import Settings
        from hjulet.core.catalog import load_catalog
        from hjulet.gui.workspace.main_window import MainWindow

        (base / "main").mkdir()
        settings = Settings(base / "main")
        ctx = AppContext(
            basedir=base / "main",
            settings=settings,
            catalog=load_catalog(),
            no_err_windows=True,
            kdf=FAST_KDF,
        )
        window = MainWindow(ctx)
        window.show()
        wizard = window.entry.new_vault()
        shot("wizard-welcome")
        wizard.next()
        wizard.name_page.name.setText("Skolkurator Vingåker")
        wizard.next()
        wizard.next()
        wizard.passphrase_page.passphrase.setText("kanelbulle orbit lingon spårvagn")
        wizard.passphrase_page.repeat.setText("kanelbulle orbit lingon spårvagn")
        wizard.next()
        end = time.perf_counter() + 30
        while not wizard.key_page.created and time.perf_counter() < end:
            app.processEvents()
        shot("wizard-recovery-key")
        wizard.next()
        first, second = wizard.confirm_page.expected()
        wizard.confirm_page.first.setText(first)
        wizard.confirm_page.second.setText(second)
        wizard.next()
        shot("wizard-you-and-the-wheel")
        if wizard.vault is not None:
            wizard.vault.close()
            wizard.vault = None
        wizard.done(0)

        vault_path = base / "demo"
        vault, _ = services.create_vault(vault_path, "demo", name=DEMO_NAME, kdf=FAST_KDF)
        populate_demo(vault, ctx.catalog)
        services.save_settings(
            vault,
            {
                "professional_name": "Sara Lind",
                "professional_title": "Skolkurator",
                "organisation": "Vingåkers kommun, Slottsskolan",
                "prepared_by": "Sara Lind, Skolkurator",
            },
        )
        vault.close()
        window.entry.open_with_passphrase(vault_path, "demo")
        end = time.perf_counter() + 30
        while window.vault is None and time.perf_counter() < end:
            app.processEvents()
        if window.retention_dialog is not None:
            window.retention_dialog.done(0)
        shot("caseload")
        noah = services.find_child(window.vault, "DEMO-002")
        window.open_child(noah.id or 0)
        shot("child-page")
        window.child_page.tabs.setCurrentWidget(window.child_page.timeline)
        shot("child-timeline")
        window.child_page.tabs.setCurrentWidget(window.child_page.consent)
        shot("consent-register")
        window.child_page.tabs.setCurrentIndex(0)
        for code, name in (("DEMO-002", "conversation-sv"), ("DEMO-003", "conversation-ar")):
            child = services.find_child(window.vault, code)
            conv = services.list_conversations(window.vault, child.id or 0)[-1]
            view = window.open_conversation(conv.id or 0)
            assert view is not None
            view.activateWindow()
            shot(name)
            if name == "conversation-sv":
                dialog = open_summary_dialog(window.ctx, window.vault, child.id or 0, conv.id, view)
                settle(2500)
                shot("summary-dialog")
                dialog.close()
            view.close()
            settle()
        window.close()
        settle()
    return written


def family(outdir: Path, display: str = ":68") -> list[Path]:
    """The guardians' own screens (intro, wheel, important, done, the professional's
    way out) for Maryam's guardians in the demo vault, in Arabic and Swedish, the wheel
    page in Somali and Tigrinya (long words, another script), and the professional's
    two dialogs (hand over, a guardian's copy), at 1366x768 100 % and 150 %, each scale
    on its own Xvfb: ``guardian-<lang>-<screen>-<pct>.png``, ``guardian-<dialog>-<pct>.png``."""
    written: list[Path] = []
    for scale, pct in (("1", "100"), ("1.5", "150")):
        written += _shots_on_xvfb(display, "1366x768", scale, ["--family-one", pct, str(outdir)])
    return written


def _family_one(outdir: Path, pct: str) -> list[Path]:
    """One scale: both of Maryam's guardians' screens (guardian 1 Arabic, guardian 2 Swedish),
    another caregiver's wheel page in Somali and in Tigrinya, and the professional's dialogs."""
    from PySide6.QtWidgets import QApplication

    from hjulet import services
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.app.translations import install_translators
    from hjulet.core.catalog import load_catalog
    from hjulet.core.guardian import GuardianRole
    from hjulet.gui.fonts import register_fonts
    from hjulet.gui.guardians.copy_dialog import open_guardian_copy_dialog
    from hjulet.gui.guardians.window import GuardianStartDialog, open_guardian_mode
    from hjulet.services.demo import DEMO_NAME, populate_demo
    from hjulet.storage.keyslots import FAST_KDF

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators("sv")
    register_fonts()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    settle, _ = _shooter(app, outdir, written, "", 400)

    def shot(lang: str, screen: str) -> None:
        from PySide6.QtGui import QGuiApplication

        settle()
        from hjulet.gui.wheel.widget import settle_wheels

        settle_wheels()  # no wheel shows a resize's scaled frame
        app.processEvents()
        path = outdir / f"guardian-{lang}-{screen}-{pct}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory(prefix="hjulet-family-shots-") as d:
        vault, _ = services.create_vault(Path(d) / "demo", "demo", name=DEMO_NAME, kdf=FAST_KDF)
        try:
            populate_demo(vault, load_catalog())
            children = [s.child for s in services.list_children(vault)]
            maryam = next(c for c in children if c.name == "Maryam")
            conv = services.list_conversations(vault, maryam.id or 0)[-1]
            for role, lang in ((GuardianRole.GUARDIAN_1, "ar"), (GuardianRole.GUARDIAN_2, "sv")):
                window = open_guardian_mode(vault, conv.id or 0, role, lang, no_err_windows=True)
                assert window is not None
                shot(lang, "intro")
                window.go("wheel")
                window.show_area("utvecklas")
                shot(lang, "wheel")
                window.go("important")
                shot(lang, "important")
                window.go("done")
                shot(lang, "done")
                window.ask_to_leave()
                shot(lang, "leave")
                window.leave()
                settle()
            for lang in ("so", "ti"):  # long words; another script
                window = open_guardian_mode(
                    vault, conv.id or 0, GuardianRole.OTHER, lang, no_err_windows=True
                )
                assert window is not None
                window.go("wheel")
                window.show_area("ansvarstagande")  # the longest area name
                shot(lang, "wheel")
                window.leave()
                settle()
            (Path(d) / "main").mkdir()
            ctx = AppContext(
                basedir=Path(d) / "main",
                settings=Settings(Path(d) / "main"),
                catalog=load_catalog(),
                no_err_windows=True,
                kdf=FAST_KDF,
            )
            start = GuardianStartDialog(ctx.basedir)
            start.show()
            shot("professional", "hand-over")
            start.done(0)
            copy = open_guardian_copy_dialog(ctx, vault, conv.id or 0)
            settle(2500)  # the copy is made off the GUI thread
            shot("professional", "copy")
            copy.close()
            settle()
        finally:
            vault.close()
    return written


def _parse(argv: list[str] | None = None) -> Any:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.screenshots",
        description="Screenshots of Hjulet under Xvfb (Swedish UI). With no option: the "
        "main screens into OUTDIR and every child-mode screen into docs/screenshots/child-mode/.",
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--workspace", action="store_true", help="the workspace at three screen sizes"
    )
    what.add_argument("--languages", action="store_true", help="child mode in every child language")
    what.add_argument(
        "--family", action="store_true", help="the guardians' own screens (ar, sv; 100/150 %%)"
    )
    # one process per screen (QT_SCALE_FACTOR is read at start); used by the above
    what.add_argument("--workspace-one", metavar="SUFFIX", help=argparse.SUPPRESS)
    what.add_argument("--family-one", metavar="PCT", help=argparse.SUPPRESS)
    parser.add_argument("outdir", nargs="?", type=Path, help="where the PNGs go")
    parser.add_argument(
        "--display",
        default=":68",
        help="the Xvfb display number --workspace and --family start (default :68)",
    )
    args = parser.parse_args(argv)
    if (args.workspace_one or args.family_one) and args.outdir is None:
        parser.error("OUTDIR is needed")
    return args


DEFAULT_DIRS = {
    "workspace": "docs/screenshots/workspace",
    "languages": "docs/screenshots/languages",
    "family": "docs/screenshots/family",
}


if __name__ == "__main__":
    args = _parse()
    if args.workspace_one:
        written = _workspace_one(args.outdir, args.workspace_one)
    elif args.family_one:
        written = _family_one(args.outdir, args.family_one)
    elif args.workspace:
        written = workspace(args.outdir or Path(DEFAULT_DIRS["workspace"]), args.display)
    elif args.languages:
        written = languages(args.outdir or Path(DEFAULT_DIRS["languages"]))
    elif args.family:
        written = family(args.outdir or Path(DEFAULT_DIRS["family"]), args.display)
    else:
        written = main(args.outdir or Path("shots"))
    for p in written:
        print(p)

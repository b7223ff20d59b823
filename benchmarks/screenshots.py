"""`make screenshots`: the main screens on a real (virtual) display, in Swedish.

    python -m benchmarks.screenshots OUTDIR

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
from pathlib import Path


def _start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    exe = shutil.which("Xvfb")
    if exe is None:
        raise SystemExit("Xvfb is not installed: apt-get install xvfb")
    for n in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{n}").exists():
            proc = subprocess.Popen(
                [exe, f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"]
            )
            os.environ["DISPLAY"] = f":{n}"
            time.sleep(1.0)
            return proc
    raise SystemExit("no free X display number")


CHILD_MODE_DIR = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "child-mode"


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
    from PySide6.QtGui import QGuiApplication
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

    def settle(ms: int = 300) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        settle()
        path = outdir / f"{name}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory(prefix="hjulet-shots-") as d:
        base = Path(d)
        written += take_screenshots(outdir, base / "ws")

        from benchmarks.workspace_bench import _window
        from hjulet.gui.conversation_view import open_conversation_window
        from hjulet.gui.print_dialogs import open_summary_dialog
        from hjulet.services.demo import DEMO_NAME, populate_demo
        from hjulet.storage.keyslots import FAST_KDF

        window = _window(base / "main")
        window.ctx.kdf = FAST_KDF
        vault_path = base / "demo"
        vault, _ = services.create_vault(vault_path, "demo", name=DEMO_NAME, kdf=FAST_KDF)
        populate_demo(vault, window.ctx.catalog)
        vault.close()
        window.open_with_passphrase(vault_path, "demo")
        end = time.perf_counter() + 30
        while window.vault is None and time.perf_counter() < end:
            app.processEvents()
        if window.retention_dialog is not None:
            window.retention_dialog.done(0)
        shot("caseload")
        liam = services.find_child(window.vault, "DEMO-004")
        conv = services.list_conversations(window.vault, liam.id or 0)[-1]
        view = open_conversation_window(window.ctx, window.vault, conv.id or 0, window)
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


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    for p in main(out):
        print(p)

"""What a command line run and the first screen import: only what they need.

``hjulet --help`` (and a bare ``hjulet`` with no display) run in a real
subprocess with ``-X importtime``, whose report on standard error names every
module the interpreter imported. Nothing here is timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = {"PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "cryptography", "PIL"}


def imported(*args: str, env: dict[str, str] | None = None, anchor: bool = False) -> set[str]:
    """Every module ``python -m hjulet ARGS`` imports (``anchor``: ``python ARGS``)."""
    run_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    out = subprocess.run(
        [sys.executable, "-X", "importtime", *(() if anchor else ("-m", "hjulet")), *args],
        capture_output=True,
        text=True,
        env=run_env,
        check=False,
        timeout=120,
    )
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    names = set()
    for line in out.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    assert anchor or "hjulet.cli.main" in names or "hjulet.app.main" in names  # report read
    return names


@pytest.mark.parametrize(
    "args",
    [("--help",), ("--lang", "en", "--help"), ("summary", "--help"), ("backup", "--help")],
)
def test_help_imports_no_heavy_library(args: tuple[str, ...]) -> None:
    names = imported(*args)
    heavy = sorted({n.split(".")[0] for n in names} & HEAVY)
    assert heavy == []


# Modules ``hjulet --help`` imports beyond ``python -c "import argparse"`` (its anchor in
# ``make bench``, whose ratio must stay under 3x): 35 today, among them argparse's own
# help formatting (shutil, textwrap, locale), the .qm reader (struct), typing, ctypes for
# the core-dump refusal and Hjulet's CLI modules. One stray import of a model or storage
# module costs about ten more; that is what this budget catches.
HELP_MODULE_BUDGET = 40
# what only a running command needs, never --help
NOT_FOR_HELP = {
    "logging",
    "dataclasses",
    "inspect",
    "tempfile",
    "json",
    "getpass",
    "datetime",
    "threading",
    "hjulet.core.model",
    "hjulet.core.languages",
    "hjulet.storage.files",
}


def test_help_imports_a_small_budget_of_modules_beyond_argparse() -> None:
    anchor = imported("-c", "import argparse", anchor=True)
    assert "argparse" in anchor  # the anchor's report was read
    extra = imported("--help") - anchor
    assert "hjulet.cli.main" in extra
    assert sorted(extra & NOT_FOR_HELP) == []
    assert len(extra) <= HELP_MODULE_BUDGET, sorted(extra)


def test_a_command_still_loads_what_it_needs(tmp_path: Path) -> None:
    # the other side: running a command imports the vault's libraries (so the
    # check above would see them if --help did)
    names = imported("--basedir", str(tmp_path), "list", str(tmp_path / "none"),
                     "--passphrase-file", "-")  # fmt: skip
    assert {"sqlalchemy", "cryptography"} <= {n.split(".")[0] for n in names}


def test_the_unlock_screen_imports_no_vault_or_pdf_library(tmp_path: Path) -> None:
    from hjulet import services
    from hjulet.storage.keyslots import FAST_KDF

    vault, _ = services.create_vault(tmp_path / "v", "passphrase 123", kdf=FAST_KDF)
    vault.close()
    (tmp_path / "base" / "wheels").mkdir(parents=True)
    (tmp_path / "base" / "wheels" / "broken.toml").write_text("= not toml")
    names = imported(
        "--basedir", str(tmp_path / "base"), "--vault", str(tmp_path / "v"),
        "--no-err-windows", "--quit-after", "300",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert "hjulet.gui.dialogs.unlock" in names  # the unlock screen was built
    tops = {n.split(".")[0] for n in names}
    assert sorted(tops & {"sqlalchemy", "sqlcipher3", "reportlab", "PIL", "cryptography"}) == []
    assert "hjulet.storage.keyslots" not in names  # the KDF parameters alone, from storage.kdf
    # nor the dialogs and pages that the first screen does not show
    not_shown = {
        "hjulet.gui.printing.pdf_dialog",
        "hjulet.gui.workspace.child_page",
        "hjulet.gui.dialogs.wizard",
    }
    assert not not_shown & names
    # nor the wheel catalogue: no wheel file was read (a broken one would be reported)
    assert "broken.toml" not in (tmp_path / "base" / "logs" / "hjulet.log").read_text()


FIRST_FRAME_PROBE = """
import json, sys
import hjulet.app.main as app_main
from hjulet.__main__ import main

original = app_main.start_flow
seen = {}


def qt_types():
    # The PySide classes made so far: PySide 6.11 makes a wrapped class (and every
    # enum type of it) on first use, and a made one is in its module's namespace.
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets

    return sorted(
        f"{m.__name__.split('.')[1]}.{k}"
        for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
        for k, v in list(vars(m).items())
        if isinstance(v, type)
    )


def start_flow(window):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from hjulet.gui import fonts

    def report_after():  # once the first frame is out, the rest gets built
        from PySide6.QtCore import Qt

        dialog = window.entry.unlock_dialog
        seen["locked_label"] = [
            window.locked_label.textFormat() == Qt.TextFormat.PlainText,
            window.locked_label.alignment() == Qt.AlignmentFlag.AlignCenter,
        ]
        off = dialog.frameGeometry().center() - window.frameGeometry().center()
        seen["dialog_off_centre"] = [off.x(), off.y()]
        seen["passphrase_name"] = dialog.passphrase.accessibleName()
        seen["caseload_after"] = window._caseload is not None
        seen["all_fonts_after"] = fonts._registered is not None
        seen["menus_after"] = window.menus is not None and bool(window.menus.lock_action.shortcut())
        print(json.dumps(seen), flush=True)
        QApplication.instance().exit(0)

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if (
                not seen
                and event.type() == QEvent.Type.Paint
                and callable(getattr(obj, "window", None))
                and type(obj.window()).__name__ == "UnlockDialog"
            ):
                seen["modules"] = sorted(sys.modules)
                seen["qt_types"] = qt_types()
                seen["caseload_built"] = window._caseload is not None
                seen["fonts_added"] = sorted(fonts._added)
                seen["menus_built"] = window.menus is not None
                seen["menu_titles"] = [
                    (a.text(), len(a.menu().actions())) for a in window.menuBar().actions()
                ]
                QTimer.singleShot(300, report_after)
            return False

    watch = Watch(QApplication.instance())
    QApplication.instance().installEventFilter(watch)
    original(window)


app_main.start_flow = start_flow
main(sys.argv[1:])
"""


def test_the_first_frame_builds_and_imports_only_what_it_shows(tmp_path: Path) -> None:
    """At the first paint of the unlock prompt: no caseload page (nor its module),
    no wheel model or catalogue, no rotating log file module, no importlib.resources,
    only the interface's fonts, and of the menus only their titles. Right after that
    frame the caseload, the menus' actions and the other fonts are built, so
    unlocking finds them ready.

    Nor has PySide made the classes that the frame does not need: ``Qt`` (reading
    any ``Qt.`` enum makes its ~80 enum types, about 14 ms of a start of ~150 ms),
    message boxes, wizards, the wheel-guarded inputs. What the frame shows is still
    right: the locked page's text centred and plain, the prompt centred on the
    window, its field named for a screen reader."""
    import json

    from hjulet import services
    from hjulet.gui.fonts import UI_FONT_FILES
    from hjulet.storage.keyslots import FAST_KDF

    vault, _ = services.create_vault(tmp_path / "v", "passphrase 123", kdf=FAST_KDF)
    vault.close()
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, "--basedir", str(tmp_path / "base"),
         "--vault", str(tmp_path / "v"), "--no-err-windows"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    modules = set(seen["modules"])
    assert "hjulet.gui.dialogs.unlock" in modules  # the report is of the unlock screen
    assert not seen["caseload_built"]
    not_needed = {
        "hjulet.gui.workspace.caseload",
        "hjulet.gui.workspace.caseload_model",
        "hjulet.core.model",
        "hjulet.core.catalog",
        "logging.handlers",
        "importlib.resources",
        "html",
        "hjulet.gui.dialogs.backup",
    }
    assert sorted(not_needed & modules) == []
    assert seen["fonts_added"] == sorted(UI_FONT_FILES)
    # the menu bar shows its four titles; their actions come right after the frame
    assert not seen["menus_built"]
    assert seen["menu_titles"] == [["&Arkiv", 0], ["&Barn", 0], ["&Valv", 0], ["&Hjälp", 0]]
    assert seen["caseload_after"] and seen["all_fonts_after"] and seen["menus_after"]
    made = set(seen["qt_types"])
    assert "QtWidgets.QDialog" in made  # the report lists the classes made
    not_made = {
        "QtCore.Qt",
        "QtWidgets.QMessageBox",
        "QtWidgets.QWizard",
        "QtWidgets.QComboBox",
        "QtWidgets.QAbstractSpinBox",
        "QtWidgets.QAbstractSlider",
        "QtCore.QStandardPaths",
        "QtGui.QFont",
        "QtGui.QKeySequence",
    }
    assert sorted(not_made & made) == []
    assert seen["locked_label"] == [True, True]
    assert all(abs(d) <= 4 for d in seen["dialog_off_centre"]), seen["dialog_off_centre"]
    assert seen["passphrase_name"] == "Lösenfras"

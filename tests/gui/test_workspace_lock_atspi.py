"""A screen reader is told why a dialog stopped answering when a lock waits for its work.

The real app on its own Xvfb, D-Bus session and AT-SPI bus (the fixture of the child
mode walk): a PDF save held, the lock comes in the main window and veils the print
dialog. Through AT-SPI, the object with the keyboard focus is, in turn: the main
window's "Låser…" line; the veil's line once the dialog is brought to the front; the
line saying the work is stuck, never "Stäng Hjulet nu". Each is a label named by
what it says.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.child_mode.test_atspi import (  # noqa: F401  (the fixture is used by name)
    MISSING,
    SYSTEM_PYTHON,
    _stop,
    desktop,
)

ROOT = Path(__file__).resolve().parents[2]
# what has the focus, in turn: the main window's line, the veil's, the stuck line
SAID_IN_TURN = (
    "Låser… Hjulet gör först klart",
    "Låser… det arbete som pågår blir klart",
    "Arbetet som pågår har fastnat",
)

pytestmark = [
    pytest.mark.skipif(bool(MISSING), reason=f"AT-SPI walk needs {MISSING}"),
    pytest.mark.slow,
    pytest.mark.xdist_group("desktop"),
]


def test_the_veil_line_has_the_focus_and_says_why(desktop, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    from tests.gui.atspi.lock_app import APP_NAME

    app_env = {
        **desktop,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "PYTHONPATH": str(ROOT),
    }
    log = (tmp_path / "app.log").open("wb")
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.atspi.lock_app", str(tmp_path), "sv"],
        env=app_env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    log.close()
    out = tmp_path / "focus.json"
    try:
        walker = subprocess.run(
            [
                SYSTEM_PYTHON,
                str(ROOT / "tests/gui/atspi/focus_walk.py"),
                APP_NAME,
                str(out),
                *SAID_IN_TURN,
            ],
            env={**desktop, "PYTHONPATH": ""},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        _stop(app)
    assert walker.returncode == 0, walker.stderr + (tmp_path / "app.log").read_text()
    result = json.loads(out.read_text())
    assert result["missing"] == "", (result, (tmp_path / "app.log").read_text())
    roles = {role for role, name in result["seen"] if "Låser…" in name or "fastnat" in name}
    assert len([n for _r, n in result["seen"] if "Låser…" in n or "fastnat" in n]) >= 3
    assert roles == {"label"}, result
    assert not any(name == "Stäng Hjulet nu" for _role, name in result["seen"]), result

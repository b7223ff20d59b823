"""Every child-mode screen fits: 1366x768 and 1280x720, at 100 % and 150 %, Swedish and
Arabic in full; every other shipped child language on the young and teen tiers at 1366x768.

Each scale runs in a process of its own (Qt reads QT_SCALE_FACTOR once, at
start); tests/gui/child_mode_fit.py tours every screen of every tier and
reports any control outside the screen, text cut off, words that do not fit a
button, a control under the corner buttons, or a window that had to grow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each screen size is a process of its own

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("part", ["full", "others"])
@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_control_lies_inside_the_screen(scale: str, part: str, tmp_path: Path) -> None:
    out = tmp_path / "fit.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": str(ROOT),
    }
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.child_mode_fit", str(out), part],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    # sv, ar: 3 tiers x 2 screen sizes; the others: 2 tiers x 1366x768; 10 screens each
    shipped = sorted(p.stem for p in (ROOT / "resources" / "child_texts").glob("*.toml"))
    assert len(shipped) >= 9
    assert "so" in shipped
    assert result["tours"] == (2 * 3 * 2 if part == "full" else (len(shipped) - 2) * 2)
    assert result["screens"] == result["tours"] * 10
    assert result["problems"] == []

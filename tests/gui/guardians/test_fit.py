"""Every guardian screen shows every control whole, without scrolling, in every shipped
guardian language: 1366x768 at 100 % and 150 % and 1920x1080 (full screen, no taskbar:
the guardian's screens cover it).

Each screen runs in its own process (``tests/gui/guardian_fit.py``): Qt reads the
screen size and ``QT_SCALE_FACTOR`` once, when the application starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each screen is a process of its own

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("width", "height", "scale", "logical"),
    [
        (1366, 768, "1", [1366, 768]),
        (1366, 768, "1.5", [911, 512]),
        (1920, 1080, "1", [1920, 1080]),
    ],
    ids=["1366x768-100", "1366x768-150", "1920x1080-100"],
)
def test_every_guardian_screen_shows_every_control_whole_without_scrolling(
    tmp_path: Path, width: int, height: int, scale: str, logical: list[int]
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    out = tmp_path / "fit.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.guardian_fit", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["screen"] == logical  # the probe really ran on that screen
    shipped = sorted(p.stem for p in (ROOT / "resources" / "child_texts").glob("*.toml"))
    assert sorted(result["languages"]) == shipped  # every language has the guardian's screens
    assert {"ar", "fa", "prs", "so", "ti"} <= set(result["languages"])
    # intro, the wheel page for each of the eight areas, important, thanks, the way out
    assert result["screens"] == len(shipped) * (3 + 8 + 2)  # + the way out, twice
    assert result["problems"] == []

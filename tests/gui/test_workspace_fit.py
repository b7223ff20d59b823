"""Every window and dialog fits the screen: 1366×768 with a taskbar (728 available) at
100 % and 150 %, and 1920×1080 (1040 available).

Each screen runs in its own process (``tests/gui/fit_probe.py``): Qt reads the
screen size and ``QT_SCALE_FACTOR`` once, when the application starts. The
offscreen platform takes the screen from a JSON configuration file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each screen size is a process of its own

ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, width: int, height: int, scale: str) -> dict[str, object]:
    screen = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.fit_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(
    ("width", "height", "scale", "logical"),
    [
        (1366, 728, "1", [1366, 728]),
        (1366, 728, "1.5", [911, 485]),
        (1920, 1040, "1", [1920, 1040]),
    ],
    ids=["1366x728-100", "1366x728-150", "1920x1040-100"],
)
def test_every_window_and_dialog_keeps_its_controls_on_screen(
    tmp_path: Path, width: int, height: int, scale: str, logical: list[int]
) -> None:
    result = probe(tmp_path, width, height, scale)
    assert result["screen"] == logical  # the probe really ran on that screen
    opened = result["opened"]
    assert isinstance(opened, list) and len(opened) >= 28
    for name in ("summary", "conversation (Arabic)", "wizard: welcome", "consent", "child page"):
        assert name in opened
    assert "guardian: hand over" in opened and "guardian: own copy" in opened
    if width >= 1920:  # room to move it: a conversation window reopens where it was
        assert "conversation (reopened)" in opened
    assert result["problems"] == []

"""`python -m benchmarks.screenshots` reads its arguments properly: --help helps and
touches nothing (it was once taken for an output folder, and the child-mode
screenshots in docs/ were deleted and made again)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHILD_MODE_DIR = ROOT / "docs" / "screenshots" / "child-mode"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.screenshots", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _snapshot() -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in CHILD_MODE_DIR.glob("*.png")}


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_prints_usage_and_touches_nothing(tmp_path: Path, flag: str) -> None:
    before = _snapshot()
    run = _run(flag, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "usage:" in run.stdout
    for option in ("--workspace", "--languages", "--family"):
        assert option in run.stdout
    assert _snapshot() == before
    assert list(tmp_path.iterdir()) == []  # no folder called "--help"


def test_unknown_option_is_refused_before_anything_is_made(tmp_path: Path) -> None:
    before = _snapshot()
    run = _run("--no-such-thing", cwd=tmp_path)
    assert run.returncode == 2
    assert "unrecognized arguments" in run.stderr
    assert _snapshot() == before
    assert list(tmp_path.iterdir()) == []

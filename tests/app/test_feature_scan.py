"""PySide6's per-import source scan is skipped: no module's source stays in memory.

Each case runs in a fresh interpreter, because the scan concerns what happens to
modules imported after PySide6 (this test process imported everything long ago).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = textwrap.dedent(
    """
    import linecache, sys
    sys.path.insert(0, sys.argv[1])
    import PySide6.QtCore
    if sys.argv[2] == "skip":
        from hjulet.app.feature_scan import skip_feature_scan
        assert skip_feature_scan()
    import fresh_module_for_scan  # imported after PySide6
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    print(fresh_module_for_scan.__file__ in linecache.cache, table["fresh_module_for_scan"])
    """
)


def run(tmp_path: Path, mode: str) -> str:
    (tmp_path / "fresh_module_for_scan.py").write_text("# uses PySide6\nVALUE = 1\n")
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path), mode],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def test_pyside_keeps_the_source_of_modules_imported_after_it(tmp_path: Path) -> None:
    # what the skip is for: without it, the module's whole source stays in linecache
    assert run(tmp_path, "keep") == "True 0"


def test_skipping_the_scan_keeps_no_source_and_gives_the_same_answer(tmp_path: Path) -> None:
    assert run(tmp_path, "skip") == "False 0"

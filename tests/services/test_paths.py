"""The base folder: given, portable (marker beside the program) or per-user."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hjulet.services.paths import (
    PORTABLE_MARKER,
    default_basedir,
    portable_basedir,
    prepare_basedir,
)


def test_marker_beside_the_program_keeps_data_beside_it(tmp_path: Path) -> None:
    assert portable_basedir(tmp_path) is None
    (tmp_path / PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    assert portable_basedir(tmp_path) == tmp_path / "data"


def test_frozen_program_with_marker_uses_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "Hjulet"
    program.mkdir()
    (program / PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "hjulet.exe"))
    base = prepare_basedir(None)
    assert base == program.resolve() / "data"
    assert (base / "logs").is_dir()


def test_without_marker_data_goes_to_the_per_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "hjulet.exe"))
    assert not default_basedir().is_relative_to(tmp_path)


def test_a_python_run_ignores_a_marker_beside_the_interpreter(tmp_path: Path) -> None:
    """Only a frozen program is portable: python itself is no program folder."""
    assert getattr(sys, "frozen", False) is False
    assert not default_basedir().is_relative_to(Path(sys.executable).resolve().parent)


def test_the_log_file_opens_at_the_first_record_and_still_rotates(tmp_path: Path) -> None:
    """The start imports no ``logging.handlers``: the rotating file is made when a
    record comes; records land in the file and it rotates at its size (a fresh
    interpreter, so that no other test has imported the module already)."""
    import subprocess

    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from hjulet.services.paths import setup_logging\n"
        "path = setup_logging(Path(sys.argv[1]))\n"
        "print(path.exists(), 'logging.handlers' in sys.modules)\n"
        "log = logging.getLogger('hjulet.test')\n"
        "log.info('first record')\n"
        "print('logging.handlers' in sys.modules)\n"
        "for i in range(3000):\n"
        "    log.info('filler %d %s', i, 'x' * 200)\n"
        "logging.shutdown()\n"
    )
    (tmp_path / "logs").mkdir()
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert out.stdout.split() == ["True", "False", "True"]
    log = tmp_path / "logs" / "hjulet.log"
    assert (tmp_path / "logs" / "hjulet.log.1").exists()  # rotated at 512 kB
    assert log.stat().st_size <= 512_000
    assert "first record" in (tmp_path / "logs" / "hjulet.log.1").read_text(encoding="utf-8")
